export const PARTICIPANT_STATUSES = [
  'referred',
  'in_indication',
  'waiting',
  'in_trajectory',
  'employed',
  'closed',
] as const;
export const STATUS_COLOR: Record<string, string> = {
  referred: 'gray',
  in_indication: 'violet',
  waiting: 'orange',
  in_trajectory: 'blue',
  employed: 'green',
  closed: 'dark',
};
