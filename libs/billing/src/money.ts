import { BillingError, BillingErrorCode } from './billing.error';

/** An amount of money: integer minor units (cents) and an ISO 4217 currency code. Never a float. */
export interface Money {
  readonly amountMinor: number;
  readonly currency: string;
}

const CURRENCY = /^[A-Z]{3}$/;

export function money(amountMinor: number, currency: string): Money {
  if (!Number.isSafeInteger(amountMinor)) {
    throw new BillingError(BillingErrorCode.INVALID_MONEY, `amount must be an integer number of minor units, got ${amountMinor}`);
  }
  const code = currency.toUpperCase();
  if (!CURRENCY.test(code) || !isKnownCurrency(code)) {
    throw new BillingError(BillingErrorCode.INVALID_MONEY, `unknown currency "${currency}"`);
  }
  return { amountMinor, currency: code };
}

function isKnownCurrency(code: string): boolean {
  try {
    return (Intl as unknown as { supportedValuesOf(k: string): string[] }).supportedValuesOf('currency').includes(code);
  } catch {
    return true;
  }
}

/** How many decimal places the currency's minor unit has (CAD 2, JPY 0, BHD 3). */
export function minorUnitDigits(currency: string): number {
  return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
}

function sameCurrency(a: Money, b: Money): void {
  if (a.currency !== b.currency) {
    throw new BillingError(BillingErrorCode.CURRENCY_MISMATCH, `cannot combine ${a.currency} with ${b.currency}`);
  }
}

export function addMoney(a: Money, b: Money): Money {
  sameCurrency(a, b);
  return money(a.amountMinor + b.amountMinor, a.currency);
}

export function subtractMoney(a: Money, b: Money): Money {
  sameCurrency(a, b);
  return money(a.amountMinor - b.amountMinor, a.currency);
}

export function sumMoney(items: readonly Money[], currency: string): Money {
  return items.reduce((acc, m) => addMoney(acc, m), money(0, currency));
}

/**
 * Multiplies by a ratio numerator/denominator (integers) and rounds half away from zero to a whole
 * minor unit. BigInt so that large amounts times long periods never lose precision.
 */
export function scaleMoney(m: Money, numerator: number | bigint, denominator: number | bigint): Money {
  const n = BigInt(numerator);
  const d = BigInt(denominator);
  if (d === 0n) throw new BillingError(BillingErrorCode.INVALID_MONEY, 'division by zero');
  return money(Number(divRoundHalfAway(BigInt(m.amountMinor) * n, d)), m.currency);
}

function divRoundHalfAway(num: bigint, den: bigint): bigint {
  const negative = num < 0n !== den < 0n;
  const a = num < 0n ? -num : num;
  const b = den < 0n ? -den : den;
  const q = (a * 2n + b) / (b * 2n);
  return negative ? -q : q;
}

/** "CA$12.50" style text for people; `locale` defaults to Canadian English. */
export function formatMoney(m: Money, locale = 'en-CA'): string {
  const digits = minorUnitDigits(m.currency);
  const text = new Intl.NumberFormat(locale, {
    style: 'currency',
    currency: m.currency,
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
  // Format from a decimal string so no float arithmetic touches the amount.
  return text.format(toDecimalString(m) as unknown as number);
}

/** "12.50" for an amount of 1250 CAD; exact, no floats. */
export function toDecimalString(m: Money): string {
  const digits = minorUnitDigits(m.currency);
  const negative = m.amountMinor < 0;
  const abs = Math.abs(m.amountMinor).toString().padStart(digits + 1, '0');
  const whole = digits === 0 ? abs : abs.slice(0, -digits);
  const frac = digits === 0 ? '' : `.${abs.slice(-digits)}`;
  return `${negative ? '-' : ''}${whole}${frac}`;
}

export interface ProrationInput {
  /** Price of the current plan for one full period. */
  readonly oldPrice: Money;
  /** Price of the new plan for one full period (same currency). */
  readonly newPrice: Money;
  readonly periodStart: Date;
  readonly periodEnd: Date;
  /** When the change takes effect; clamped into the period. */
  readonly at: Date;
}

export interface Proration {
  /** Unused part of the old price, returned to the client (>= 0). */
  readonly credit: Money;
  /** Remaining part of the new price, owed by the client (>= 0). */
  readonly charge: Money;
  /** charge - credit: positive means the client pays, negative means a credit. */
  readonly net: Money;
  /** Seconds left in the period and its length, to show the arithmetic. */
  readonly remainingSeconds: number;
  readonly periodSeconds: number;
}

/**
 * The one proration rule (both gateways use it): time-based, to the second, like Stripe's
 * `create_prorations`. Credit for the unused time on the old price, charge for the same time on the
 * new price, each rounded half away from zero to a minor unit.
 */
export function prorate(input: ProrationInput): Proration {
  sameCurrency(input.oldPrice, input.newPrice);
  const start = Math.floor(input.periodStart.getTime() / 1000);
  const end = Math.floor(input.periodEnd.getTime() / 1000);
  if (!(end > start)) {
    throw new BillingError(BillingErrorCode.INVALID_PERIOD, 'the period must end after it starts');
  }
  const at = Math.min(Math.max(Math.floor(input.at.getTime() / 1000), start), end);
  const remaining = end - at;
  const length = end - start;
  const credit = scaleMoney(input.oldPrice, remaining, length);
  const charge = scaleMoney(input.newPrice, remaining, length);
  return { credit, charge, net: subtractMoney(charge, credit), remainingSeconds: remaining, periodSeconds: length };
}
