import { BillingError, BillingErrorCode } from './billing.error';

export type BillingCycle = 'MONTHLY' | 'YEARLY';

/**
 * The end of a billing period that starts at `start`: one calendar month or year later (UTC),
 * clamped to the last day of a shorter month (Jan 31 -> Feb 28/29), like Stripe's billing anchor.
 */
export function addBillingCycle(start: Date, cycle: BillingCycle, count = 1): Date {
  if (!Number.isInteger(count) || count < 0) {
    throw new BillingError(BillingErrorCode.INVALID_PERIOD, `cycle count must be a whole number >= 0, got ${count}`);
  }
  const months = cycle === 'MONTHLY' ? count : 12 * count;
  const y = start.getUTCFullYear();
  const m = start.getUTCMonth() + months;
  const targetYear = y + Math.floor(m / 12);
  const targetMonth = m % 12;
  const lastDay = new Date(Date.UTC(targetYear, targetMonth + 1, 0)).getUTCDate();
  const d = Math.min(start.getUTCDate(), lastDay);
  return new Date(
    Date.UTC(targetYear, targetMonth, d, start.getUTCHours(), start.getUTCMinutes(), start.getUTCSeconds(), start.getUTCMilliseconds()),
  );
}

/** Stripe's recurring interval for a cycle. */
export function stripeInterval(cycle: BillingCycle): 'month' | 'year' {
  return cycle === 'MONTHLY' ? 'month' : 'year';
}

export function addDays(at: Date, days: number): Date {
  return new Date(at.getTime() + days * 86_400_000);
}
