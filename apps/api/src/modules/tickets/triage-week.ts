const DAY = 86_400_000;

/** The Monday (UTC) of the week `at` falls in, as YYYY-MM-DD: the key of the triage rota. */
export function weekStartOf(at: Date): string {
  const midnight = Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate());
  const isoDay = new Date(midnight).getUTCDay() || 7; // Monday 1 ... Sunday 7
  return new Date(midnight - (isoDay - 1) * DAY).toISOString().slice(0, 10);
}

/** A YYYY-MM-DD that is a real Monday, or null. */
export function parseWeekStart(text: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return null;
  const date = new Date(`${text}T00:00:00Z`);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== text) return null;
  return date.getUTCDay() === 1 ? text : null;
}

export function addWeeks(weekStart: string, weeks: number): string {
  return new Date(Date.parse(`${weekStart}T00:00:00Z`) + weeks * 7 * DAY).toISOString().slice(0, 10);
}
