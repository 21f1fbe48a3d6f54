import type { BillingCycle } from './billing-period';
import { addMoney, formatMoney, money, Money, scaleMoney, subtractMoney } from './money';

/**
 * The co-op's by-hand arithmetic, automated: "to pay for a $10 droplet we need to bring in $77 of
 * business". Overhead (wages, admin, tools) takes a share of every dollar; what is left must cover
 * the partner costs. Ratios are basis points (8700 = 87.00 %), so nothing here is a float.
 */
export interface EconomicsLine {
  readonly packageSlug: string;
  /** Partner hosting (part of) the service; null while not placed. */
  readonly partnerName: string | null;
  readonly cycle: BillingCycle;
  /** What the client pays per cycle. */
  readonly price: Money;
  /** Partner cost estimate per month for this line (the service's share at this partner). */
  readonly partnerCostMonthly: Money;
  /** Whether this line carries the service's revenue (one line per service does; others only cost). */
  readonly countsRevenue: boolean;
}

export interface EconomicsGroup {
  readonly key: string;
  readonly services: number;
  readonly monthlyRevenue: Money;
  readonly partnerCostMonthly: Money;
  readonly marginMonthly: Money;
  /** Revenue needed each month to carry this group's partner costs plus overhead. */
  readonly breakEvenRevenue: Money;
  readonly coversOverhead: boolean;
  /** The arithmetic, written out for people. */
  readonly arithmetic: string;
}

export interface EconomicsReport {
  readonly overheadBasisPoints: number;
  readonly currency: string;
  readonly total: EconomicsGroup;
  readonly byPackage: EconomicsGroup[];
  readonly byPartner: EconomicsGroup[];
}

/** Monthly share of a price: a yearly price is spread over 12 months (rounded to the cent). */
export function monthlyShare(price: Money, cycle: BillingCycle): Money {
  return cycle === 'MONTHLY' ? price : scaleMoney(price, 1, 12);
}

/** Revenue needed so that, after overhead takes its share, `cost` is paid: cost / (1 - overhead). */
export function breakEvenRevenue(cost: Money, overheadBasisPoints: number): Money {
  if (!Number.isInteger(overheadBasisPoints) || overheadBasisPoints < 0 || overheadBasisPoints >= 10_000) {
    throw new RangeError(`overhead must be 0..9999 basis points, got ${overheadBasisPoints}`);
  }
  return scaleMoney(cost, 10_000, 10_000 - overheadBasisPoints);
}

export function economicsReport(lines: readonly EconomicsLine[], overheadBasisPoints: number, currency: string): EconomicsReport {
  const group = (key: string, of: readonly EconomicsLine[]): EconomicsGroup => {
    const zero = money(0, currency);
    const revenue = of.filter((l) => l.countsRevenue).reduce((s, l) => addMoney(s, monthlyShare(l.price, l.cycle)), zero);
    const cost = of.reduce((s, l) => addMoney(s, l.partnerCostMonthly), zero);
    const needed = breakEvenRevenue(cost, overheadBasisPoints);
    const left = 10_000 - overheadBasisPoints;
    return {
      key,
      services: of.filter((l) => l.countsRevenue).length,
      monthlyRevenue: revenue,
      partnerCostMonthly: cost,
      marginMonthly: subtractMoney(revenue, cost),
      breakEvenRevenue: needed,
      coversOverhead: revenue.amountMinor >= needed.amountMinor,
      arithmetic:
        `partner costs ${formatMoney(cost)}/month ÷ (100% − ${pct(overheadBasisPoints)} overhead = ${pct(left)}) ` +
        `= ${formatMoney(needed)}/month of revenue needed; brought in ${formatMoney(revenue)}/month`,
    };
  };
  const by = (keyOf: (l: EconomicsLine) => string) => {
    const groups = new Map<string, EconomicsLine[]>();
    for (const line of lines) groups.set(keyOf(line), [...(groups.get(keyOf(line)) ?? []), line]);
    return [...groups.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => group(k, v));
  };
  return {
    overheadBasisPoints,
    currency,
    total: group('total', lines),
    byPackage: by((l) => l.packageSlug),
    byPartner: by((l) => l.partnerName ?? 'unplaced'),
  };
}

/**
 * Splits an amount into parts proportional to integer weights, in whole minor units that add up
 * exactly to the amount (largest remainder goes first; ties to the earlier part).
 */
export function allocateMoney(amount: Money, weights: readonly number[]): Money[] {
  if (!weights.length || weights.some((w) => !Number.isInteger(w) || w < 0) || weights.every((w) => w === 0)) {
    throw new RangeError('weights must be non-negative integers, not all zero');
  }
  const total = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (BigInt(amount.amountMinor) * BigInt(w)) / BigInt(total));
  const remainders = weights.map((w, i) => ({ i, r: (BigInt(amount.amountMinor) * BigInt(w)) % BigInt(total) }));
  let left = BigInt(amount.amountMinor) - exact.reduce((a, b) => a + b, 0n);
  for (const { i } of [...remainders].sort((a, b) => (a.r === b.r ? a.i - b.i : a.r > b.r ? -1 : 1))) {
    if (left <= 0n) break;
    exact[i] += 1n;
    left -= 1n;
  }
  return exact.map((v) => money(Number(v), amount.currency));
}

function pct(basisPoints: number): string {
  return `${Math.floor(basisPoints / 100)}.${String(basisPoints % 100).padStart(2, '0')}%`;
}
