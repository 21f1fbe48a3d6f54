// Money in the web app: integer minor units plus an ISO currency, as the API sends it. Mirrors
// @coop/billing's formatting (Canadian English) without importing the package (it brings Stripe).

/** How many decimal places the currency's minor unit has (CAD 2, JPY 0, BHD 3). */
export function minorUnitDigits(currency: string): number {
  return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
}

/** "12.50" for 1250 CAD; exact, no floats. */
export function toDecimalString(amountMinor: number, currency: string): string {
  const digits = minorUnitDigits(currency);
  const abs = Math.abs(amountMinor).toString().padStart(digits + 1, '0');
  const whole = digits === 0 ? abs : abs.slice(0, -digits);
  return `${amountMinor < 0 ? '-' : ''}${whole}${digits === 0 ? '' : `.${abs.slice(-digits)}`}`;
}

/** "$12.50" for 1250 CAD, as the API's `formattedAmount`. */
export function formatMoney(amountMinor: number, currency: string): string {
  const digits = minorUnitDigits(currency);
  const format = new Intl.NumberFormat('en-CA', { style: 'currency', currency, minimumFractionDigits: digits, maximumFractionDigits: digits });
  return format.format(toDecimalString(amountMinor, currency) as unknown as number);
}

/** What someone typed ("12.5", "12,50", "1 200") -> 1250 minor units; null when it is not an amount. */
export function parseMoneyInput(text: string, currency: string): number | null {
  const digits = minorUnitDigits(currency);
  const match = /^(\d+)(?:[.,](\d*))?$/.exec(text.trim().replace(/[\s_]/g, '').replace(/^\$/, ''));
  if (!match || (match[2] ?? '').length > digits) return null;
  const minor = Number(match[1] + (match[2] ?? '').padEnd(digits, '0'));
  return Number.isSafeInteger(minor) ? minor : null;
}
