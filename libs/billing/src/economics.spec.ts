import { describe, expect, it } from 'vitest';
import { allocateMoney, breakEvenRevenue, economicsReport, EconomicsLine, monthlyShare } from './economics';
import { money } from './money';

const cad = (n: number) => money(n, 'CAD');
const line = (over: Partial<EconomicsLine>): EconomicsLine => ({
  packageSlug: 'website',
  partnerName: 'Koumbit',
  cycle: 'MONTHLY',
  price: cad(2500),
  partnerCostMonthly: cad(600),
  countsRevenue: true,
  ...over,
});

describe('economics', () => {
  it('reproduces the co-op rule of thumb: a $10 droplet needs $77 of business at 87% overhead', () => {
    expect(breakEvenRevenue(cad(1000), 8700)).toEqual(cad(7692));
  });

  it('needs exactly the cost when there is no overhead, and rejects 100% or more', () => {
    expect(breakEvenRevenue(cad(1000), 0)).toEqual(cad(1000));
    expect(() => breakEvenRevenue(cad(1000), 10_000)).toThrow(RangeError);
  });

  it('spreads yearly prices over twelve months', () => {
    expect(monthlyShare(cad(24000), 'YEARLY')).toEqual(cad(2000));
    expect(monthlyShare(cad(2500), 'MONTHLY')).toEqual(cad(2500));
  });

  it('totals revenue, partner cost and margin per package and per partner', () => {
    const report = economicsReport(
      [
        line({}),
        line({ cycle: 'YEARLY', price: cad(24000) }),
        line({ packageSlug: 'mail', partnerName: 'Mailcoop', price: cad(900), partnerCostMonthly: cad(200) }),
        // The backup part of a website service sits at another partner: a cost, not a second revenue.
        line({ partnerName: 'BorgBase', partnerCostMonthly: cad(100), countsRevenue: false }),
      ],
      5000,
      'CAD',
    );
    expect(report.total).toMatchObject({ services: 3, monthlyRevenue: cad(5400), partnerCostMonthly: cad(1500), marginMonthly: cad(3900) });
    expect(report.total.breakEvenRevenue).toEqual(cad(3000));
    expect(report.total.coversOverhead).toBe(true);
    expect(report.byPackage.map((g) => [g.key, g.monthlyRevenue.amountMinor, g.partnerCostMonthly.amountMinor])).toEqual([
      ['mail', 900, 200],
      ['website', 4500, 1300],
    ]);
    expect(report.byPartner.map((g) => g.key)).toEqual(['BorgBase', 'Koumbit', 'Mailcoop']);
    expect(report.byPartner[0]).toMatchObject({ services: 0, coversOverhead: false });
  });

  it('writes the arithmetic out', () => {
    const report = economicsReport([line({ price: cad(7000), partnerCostMonthly: cad(1000) })], 8700, 'CAD');
    expect(report.total.arithmetic).toBe(
      'partner costs $10.00/month ÷ (100% − 87.00% overhead = 13.00%) = $76.92/month of revenue needed; brought in $70.00/month',
    );
    expect(report.total.coversOverhead).toBe(false);
  });

  it('allocates a cost across partners in whole cents that add up exactly', () => {
    expect(allocateMoney(cad(1000), [1, 1, 1]).map((m) => m.amountMinor)).toEqual([334, 333, 333]);
    expect(allocateMoney(cad(1000), [3, 1]).map((m) => m.amountMinor)).toEqual([750, 250]);
    expect(allocateMoney(cad(7), [0, 2, 5]).map((m) => m.amountMinor)).toEqual([0, 2, 5]);
    const parts = allocateMoney(cad(99_999), [7, 11, 13]);
    expect(parts.reduce((s, m) => s + m.amountMinor, 0)).toBe(99_999);
    expect(() => allocateMoney(cad(1), [0, 0])).toThrow(RangeError);
  });
});
