/**
 * The participant's summary as a PDF (A4, Dutch by default), with pdfmake and the Roboto fonts it ships. Built from
 * the same summary the web page shows, so both always say the same.
 */
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { Locale } from '../../db/schema';
import { renderPdf } from '../../lib/pdf';
import type { SummaryDto } from './evaluations.schemas';

const TEXT = {
  'nl-BE': {
    title: 'Jouw evaluatie',
    decided: 'Wat is beslist?',
    why: 'Waarom?',
    strengths: 'Wat goed gaat',
    toWorkOn: 'Waar je nog aan werkt',
    yourView: 'Wat jij zei',
    next: 'Wat gebeurt er nu?',
    again: 'We bekijken het opnieuw op',
    date: 'Datum van de beslissing',
    coach: 'Je coach',
    questions: 'Heb je vragen? Praat erover met je coach.',
  },
  en: {
    title: 'Your evaluation',
    decided: 'What was decided?',
    why: 'Why?',
    strengths: 'What goes well',
    toWorkOn: 'What you are still working on',
    yourView: 'What you said',
    next: 'What happens now?',
    again: 'We look at it again on',
    date: 'Date of the decision',
    coach: 'Your coach',
    questions: 'Do you have questions? Talk about it with your coach.',
  },
} as const;

const formatDate = (date: string, locale: Locale) =>
  new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${date}T00:00:00Z`),
  );

/** The summary as PDF bytes. */
export async function summaryPdf(summary: SummaryDto, locale: Locale): Promise<Buffer> {
  const t = TEXT[locale];
  const list = (items: string[]): Content => ({ ul: items, margin: [0, 0, 0, 10] });
  const content: Content[] = [
    { text: t.title, style: 'title' },
    { text: `${summary.participantName} · ${summary.organisation}`, margin: [0, 0, 0, 4] },
    {
      text: `${t.date}: ${formatDate(summary.decidedOn, locale)}${summary.coach ? ` · ${t.coach}: ${summary.coach}` : ''}`,
      margin: [0, 0, 0, 14],
    },
    { text: t.decided, style: 'heading' },
    { text: summary.outcomeText, margin: [0, 0, 0, 10], fontSize: 13 },
    { text: t.why, style: 'heading' },
    list(summary.why),
  ];
  if (summary.strengths.length) {
    content.push({ text: t.strengths, style: 'heading' }, list(summary.strengths));
  }
  if (summary.toWorkOn.length) {
    content.push({ text: t.toWorkOn, style: 'heading' }, list(summary.toWorkOn));
  }
  if (summary.yourView) {
    content.push({ text: t.yourView, style: 'heading' }, { text: summary.yourView, margin: [0, 0, 0, 10] });
  }
  content.push({ text: t.next, style: 'heading' });
  if (summary.nextSteps) {
    content.push({ text: summary.nextSteps, margin: [0, 0, 0, 6] });
  }
  if (summary.reEvaluateOn) {
    content.push({ text: `${t.again} ${formatDate(summary.reEvaluateOn, locale)}.`, margin: [0, 0, 0, 6] });
  }
  content.push({ text: t.questions, margin: [0, 16, 0, 0], italics: true });
  const doc: TDocumentDefinitions = {
    pageSize: 'A4',
    pageMargins: [56, 56, 56, 56],
    info: { title: t.title, subject: t.title },
    language: locale,
    defaultStyle: { font: 'Roboto', fontSize: 12, lineHeight: 1.3 },
    styles: {
      title: { fontSize: 22, bold: true, margin: [0, 0, 0, 8] },
      heading: { fontSize: 15, bold: true, margin: [0, 6, 0, 4] },
    },
    content,
  };
  return renderPdf(doc);
}
