/** Display helpers shared by the indication pages: status colours and the code lists in display order. */
export const INDICATION_STATUS_COLOR: Record<string, string> = {
  draft: 'gray',
  submitted: 'violet',
  returned: 'orange',
  approved: 'green',
};

export const QUALIFIERS = [0, 1, 2, 3, 4, 8, 9] as const;
export const ICF_SOURCES = [
  'interview',
  'observation',
  'self_report',
  'medical_report',
  'test',
  'third_party',
] as const;
export const ADVICES = ['regular_work', 'regular_work_with_support', 'cmw', 'ama', 'care_first'] as const;
export const INDICATION_BOXES = ['review', 'mine', 'organisation', 'all'] as const;

/** A qualifier's colour: the larger the problem, the warmer. 8/9 carry no information. */
export function qualifierColor(q: number): string {
  return ['green', 'lime', 'yellow', 'orange', 'red'][q] ?? 'gray';
}

/** A capability level's colour: 4 fully capable … 0 not possible. */
export function levelColor(level: number | null): string {
  return level === null ? 'gray' : (['red', 'orange', 'yellow', 'lime', 'green'][level] ?? 'gray');
}
