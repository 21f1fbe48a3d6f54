/** The Monday (YYYY-MM-DD, UTC) of the week `date` falls in, and the n weeks from it: the rota's rows. */
export function mondaysFrom(date: Date, weeks: number): string[] {
  const day = (date.getUTCDay() + 6) % 7; // Monday = 0
  const monday = Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate() - day);
  return Array.from({ length: weeks }, (_, i) => new Date(monday + i * 7 * 86_400_000).toISOString().slice(0, 10));
}
