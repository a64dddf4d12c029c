import type { Locale } from '../../db/schema';

/** Names of the codes that figures are grouped by, for tables and files (the UI shows the same words). */
const LABELS: Record<string, Record<string, { nl: string; en: string }>> = {
  measure: {
    ama: { nl: 'Arbeidsmatige activiteiten (AMA)', en: 'Work-like activities (AMA)' },
    cmw: { nl: 'Collectief maatwerk (CMW)', en: 'Collective custom work (CMW)' },
    imw: { nl: 'Individueel maatwerk (IMW)', en: 'Individual custom work (IMW)' },
    reintegration: { nl: 'Re-integratie', en: 'Re-integration' },
    transition: { nl: 'Doorstroom', en: 'Transition' },
    regular_work: { nl: 'Regulier werk', en: 'Regular work' },
  },
  channel: {
    vdab: { nl: 'VDAB', en: 'VDAB' },
    gtb: { nl: 'GTB', en: 'GTB' },
    ocmw_indication_cell: { nl: 'OCMW-indiceringscel', en: 'OCMW indication cell' },
    health_insurer: { nl: 'Ziekenfonds', en: 'Health insurer' },
    caw: { nl: 'CAW', en: 'CAW' },
    self: { nl: 'Zelf aangemeld', en: 'Self-referred' },
    other: { nl: 'Andere verwijzer', en: 'Other referrer' },
  },
  step: {
    referred: { nl: 'Toegeleid', en: 'Referred' },
    contacted: { nl: 'Eerste contact', en: 'First contact' },
    indicated: { nl: 'Indicering gestart', en: 'Indication started' },
    advised: { nl: 'Advies', en: 'Advice' },
    validated: { nl: 'Gevalideerd', en: 'Validated' },
    started: { nl: 'Gestart', en: 'Started' },
    active3m: { nl: 'Na 3 maanden nog actief', en: 'Still active after 3 months' },
    active6m: { nl: 'Na 6 maanden nog actief', en: 'Still active after 6 months' },
  },
  reason: {
    not_reachable: { nl: 'Niet bereikbaar', en: 'Not reachable' },
    health: { nl: 'Gezondheid', en: 'Health' },
    not_motivated: { nl: 'Niet gemotiveerd', en: 'Not motivated' },
    activity_mismatch: { nl: 'Past niet bij de activiteit', en: 'Does not fit the activity' },
    financial: { nl: 'Financieel', en: 'Financial' },
    moved: { nl: 'Verhuisd', en: 'Moved' },
    other: { nl: 'Andere', en: 'Other' },
    no_answer: { nl: 'Geen antwoord', en: 'No answer' },
  },
  misc: {
    all: { nl: 'Alle', en: 'All' },
    total: { nl: 'Totaal', en: 'Total' },
    unknown: { nl: 'Onbekend', en: 'Unknown' },
    group: { nl: 'Groep', en: 'Group' },
    period: { nl: 'Periode', en: 'Period' },
    channelColumn: { nl: 'Kanaal', en: 'Channel' },
    reasonColumn: { nl: 'Reden', en: 'Reason' },
    count: { nl: 'Aantal', en: 'Count' },
    median: { nl: 'Mediaan (dagen)', en: 'Median (days)' },
    p90: { nl: '90e percentiel (dagen)', en: '90th percentile (days)' },
    stepColumn: { nl: 'Stap', en: 'Step' },
    referralToAdvice: { nl: 'Toeleiding → advies', en: 'Referral → advice' },
    adviceToValidation: { nl: 'Advies → validatie', en: 'Advice → validation' },
    funnel: { nl: 'Trechter van toeleiding tot start', en: 'Referral funnel' },
    noStart: { nl: 'Redenen van niet starten', en: 'Reasons for not starting' },
    leadTimes: { nl: 'Doorlooptijden per kanaal', en: 'Lead times per channel' },
    map: { nl: 'Per gemeente', en: 'Per municipality' },
    municipality: { nl: 'Gemeente', en: 'Municipality' },
    province: { nl: 'Provincie', en: 'Province' },
    startRate: { nl: 'Startpercentage', en: 'Start rate' },
  },
};

export function label(kind: string, code: string, locale: Locale): string {
  const entry = LABELS[kind]?.[code];
  return entry ? (locale === 'en' ? entry.en : entry.nl) : code;
}
