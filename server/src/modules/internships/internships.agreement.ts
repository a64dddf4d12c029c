import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { CostPayer, CostPeriod } from '../../db/schema';
import { belgianDate, renderPdf } from '../../lib/pdf';
import { scheduleHours } from './internships.policy';
import type { InternshipRecord } from './internships.repository';

const DAYS: Record<string, string> = {
  mon: 'maandag',
  tue: 'dinsdag',
  wed: 'woensdag',
  thu: 'donderdag',
  fri: 'vrijdag',
  sat: 'zaterdag',
  sun: 'zondag',
};
const PAYERS: Record<CostPayer, string> = {
  employer: 'werkgever',
  organisation: 'organisatie',
  vdab: 'VDAB',
  participant: 'stagiair(e)',
  other: 'andere',
};
const PERIODS: Record<CostPeriod, string> = {
  once: 'eenmalig',
  per_hour: 'per uur',
  per_day: 'per dag',
  per_week: 'per week',
  per_month: 'per maand',
};

const euro = (n: number) => `€ ${n.toFixed(2).replace('.', ',')}`;
const orDash = (v: string | null | undefined) => (v?.trim() ? v : '—');

const row = (label: string, value: string): Content[] => [{ text: label, style: 'label' }, { text: value }];

function party(title: string, rows: [string, string][]): Content {
  return {
    stack: [
      { text: title, style: 'h2' },
      {
        table: { widths: [150, '*'], body: rows.map(([l, v]) => row(l, v)) },
        layout: 'noBorders',
      },
    ],
    margin: [0, 0, 0, 8],
  };
}

/**
 * The internship agreement (stageovereenkomst) in Dutch on A4, with the data of all parties: the intern, the
 * employer (its legal signatory and the mentor on the work floor) and the organisation with its coach; the
 * internship's dates, weekly schedule, learning goals, costs, insurance and expectations; and a signature block
 * with the approval status of each party.
 */
export function agreementDefinition(
  i: InternshipRecord,
  approvals: { party: string; status: string; decided_by_name: string | null; decided_at: Date | null }[],
): TDocumentDefinitions {
  const approval = (p: string) => {
    const a = approvals.find((x) => x.party === p);
    if (a?.status !== 'approved' || !a.decided_at) {
      return 'Nog niet goedgekeurd';
    }
    const on = belgianDate(a.decided_at.toISOString().slice(0, 10));
    // The intern approves for themselves; for employer and organisation the one who approved is named.
    return p === 'participant'
      ? `Goedgekeurd op ${on}`
      : `Goedgekeurd door ${orDash(a.decided_by_name)} op ${on}`;
  };
  const costs = i.costs as { item: string; paidBy: CostPayer; amount: number | null; period: CostPeriod }[];
  const schedule = i.weekly_schedule as { day: string; from: string; to: string }[];
  return {
    pageSize: 'A4',
    pageMargins: [50, 50, 50, 50],
    info: { title: `Stageovereenkomst ${i.first_name} ${i.last_name}`, subject: 'Stageovereenkomst' },
    defaultStyle: { font: 'Roboto', fontSize: 10, lineHeight: 1.2 },
    styles: {
      h1: { fontSize: 16, bold: true, margin: [0, 0, 0, 4] },
      h2: { fontSize: 12, bold: true, margin: [0, 8, 0, 4] },
      label: { bold: true },
      small: { fontSize: 8, color: '#444444' },
    },
    footer: (page, pages) => ({
      text: `Stageovereenkomst ${i.first_name} ${i.last_name} — pagina ${page} van ${pages}`,
      style: 'small',
      alignment: 'center',
    }),
    content: [
      { text: 'Stageovereenkomst', style: 'h1' },
      {
        text: `Versie ${i.version} — stage van ${belgianDate(i.starts_on)} tot en met ${belgianDate(i.ends_on)}`,
        margin: [0, 0, 0, 8],
      },
      party('Stagiair(e)', [
        ['Naam', `${i.first_name} ${i.last_name}`],
        ['Geboortedatum', belgianDate(i.birth_date)],
        ['Adres', orDash(i.participant_address)],
        ['E-mail', orDash(i.participant_email)],
        ['Telefoon', orDash(i.participant_phone)],
      ]),
      party('Werkgever (stageplaats)', [
        ['Naam', i.employer_name],
        ['Ondernemingsnummer', i.employer_enterprise_number],
        ['Vestiging', `${i.site_name}${i.site_address ? ` — ${i.site_address}` : ''}`],
        ['Functie', orDash(i.job_title)],
        [
          'Tekenbevoegde',
          `${i.signatory_first_name} ${i.signatory_last_name}${i.signatory_job_title ? ` (${i.signatory_job_title})` : ''}`,
        ],
        [
          'Mentor',
          `${i.mentor_first_name} ${i.mentor_last_name}${i.mentor_job_title ? ` (${i.mentor_job_title})` : ''}`,
        ],
        ['Contact mentor', [i.mentor_email, i.mentor_phone].filter(Boolean).join(' — ') || '—'],
        ['Mentortijd', `${String(Number(i.mentor_hours_per_week)).replace('.', ',')} uur per week`],
      ]),
      party('Organisatie (begeleiding)', [
        ['Naam', i.organisation_name],
        ['Ondernemingsnummer', i.organisation_enterprise_number],
        ['Adres', orDash(i.organisation_address)],
        ['Jobcoach', orDash(i.coach_name)],
        ['E-mail jobcoach', orDash(i.coach_email)],
      ]),
      { text: 'Periode en uurrooster', style: 'h2' },
      {
        text: `Van ${belgianDate(i.starts_on)} tot en met ${belgianDate(i.ends_on)}, ${String(scheduleHours(schedule)).replace('.', ',')} uur per week:`,
      },
      { ul: schedule.map((b) => `${DAYS[b.day] ?? b.day} van ${b.from} tot ${b.to}`), margin: [0, 2, 0, 0] },
      { text: 'Leerdoelen', style: 'h2' },
      { ol: i.learning_goals },
      { text: 'Kosten', style: 'h2' },
      costs.length
        ? {
            table: {
              headerRows: 1,
              widths: ['*', 90, 70, 70],
              body: [
                [
                  { text: 'Kost', style: 'label' },
                  { text: 'Betaald door', style: 'label' },
                  { text: 'Bedrag', style: 'label' },
                  { text: 'Periode', style: 'label' },
                ],
                ...costs.map((c) => [
                  c.item,
                  PAYERS[c.paidBy] ?? c.paidBy,
                  c.amount === null ? 'nog te bepalen' : euro(c.amount),
                  PERIODS[c.period] ?? c.period,
                ]),
              ],
            },
            layout: 'lightHorizontalLines',
          }
        : { text: 'Geen kosten.' },
      { text: 'Verzekering', style: 'h2' },
      { text: i.insurance },
      { text: 'Verwachtingen', style: 'h2' },
      { text: orDash(i.expectations) },
      { text: 'Goedkeuring door de partijen', style: 'h2' },
      {
        table: {
          widths: [150, '*'],
          body: [
            row(`Stagiair(e): ${i.first_name} ${i.last_name}`, approval('participant')),
            row(`Werkgever: ${i.signatory_first_name} ${i.signatory_last_name}`, approval('employer')),
            row(`Organisatie: ${i.organisation_name}`, approval('organisation')),
          ],
        },
        layout: 'lightHorizontalLines',
      },
      {
        text: 'Elke wijziging aan deze overeenkomst zet de goedkeuring van alle partijen terug op "nog niet goedgekeurd".',
        style: 'small',
        margin: [0, 8, 0, 0],
      },
    ],
  };
}

export function renderAgreement(def: TDocumentDefinitions): Promise<Buffer> {
  return renderPdf(def);
}
