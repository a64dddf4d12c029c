/** Calendar dates as the network lives them: in Brussels, as 'YYYY-MM-DD'. */

const brussels = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Brussels',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The date in Brussels at the given moment. */
export function brusselsDate(at: Date): string {
  return brussels.format(at);
}

/** Whole days from one 'YYYY-MM-DD' date to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** A 'YYYY-MM-DD' date moved by a number of days or months. */
export function addToDate(date: string, amount: { days?: number; months?: number }): string {
  const d = new Date(`${date}T00:00:00Z`);
  if (amount.months) {
    // Stay within the target month: 31 March minus a month is 28/29 February, not 3 March.
    const day = d.getUTCDate();
    d.setUTCDate(1);
    d.setUTCMonth(d.getUTCMonth() + amount.months);
    const lastDay = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
    d.setUTCDate(Math.min(day, lastDay));
  }
  if (amount.days) {
    d.setUTCDate(d.getUTCDate() + amount.days);
  }
  return d.toISOString().slice(0, 10);
}
