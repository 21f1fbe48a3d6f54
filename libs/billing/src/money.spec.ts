import { describe, expect, it } from 'vitest';
import { BillingError, BillingErrorCode } from './billing.error';
import { addMoney, formatMoney, money, prorate, scaleMoney, subtractMoney, sumMoney, toDecimalString } from './money';

const cad = (n: number) => money(n, 'CAD');
const day = (d: number) => new Date(Date.UTC(2026, 0, 1 + d));

describe('money', () => {
  it('rejects fractional minor units and unknown currencies', () => {
    expect(() => money(10.5, 'CAD')).toThrow(BillingError);
    expect(() => money(100, 'XYZQ')).toThrow(BillingError);
    expect(() => money(100, 'ZZZ')).toThrow(BillingError);
    expect(money(100, 'cad')).toEqual({ amountMinor: 100, currency: 'CAD' });
  });

  it('refuses to add different currencies', () => {
    try {
      addMoney(cad(1), money(1, 'USD'));
      expect.fail('should throw');
    } catch (e) {
      expect((e as BillingError).code).toBe(BillingErrorCode.CURRENCY_MISMATCH);
    }
  });

  it('adds, subtracts and sums exactly', () => {
    expect(addMoney(cad(10), cad(20)).amountMinor).toBe(30);
    expect(subtractMoney(cad(10), cad(25)).amountMinor).toBe(-15);
    expect(sumMoney([cad(1), cad(2), cad(3)], 'CAD').amountMinor).toBe(6);
    expect(sumMoney([], 'CAD')).toEqual(cad(0));
  });

  it('rounds scaled amounts half away from zero', () => {
    expect(scaleMoney(cad(5), 1, 2).amountMinor).toBe(3);
    expect(scaleMoney(cad(-5), 1, 2).amountMinor).toBe(-3);
    expect(scaleMoney(cad(1000), 1, 3).amountMinor).toBe(333);
    expect(scaleMoney(cad(1000), 2, 3).amountMinor).toBe(667);
  });

  it('keeps precision for amounts times seconds beyond 2^53', () => {
    const big = cad(9_000_000_000);
    expect(scaleMoney(big, 31_536_000 - 1, 31_536_000).amountMinor).toBe(8_999_999_715);
  });

  it('formats with the currency minor unit and no float drift', () => {
    expect(toDecimalString(cad(1250))).toBe('12.50');
    expect(toDecimalString(cad(5))).toBe('0.05');
    expect(toDecimalString(cad(-5))).toBe('-0.05');
    expect(toDecimalString(money(1250, 'JPY'))).toBe('1250');
    expect(toDecimalString(money(1250, 'BHD'))).toBe('1.250');
    expect(formatMoney(cad(123450))).toBe('$1,234.50');
    expect(formatMoney(money(1000, 'USD'))).toBe('US$10.00');
  });
});

describe('prorate', () => {
  const period = { periodStart: day(0), periodEnd: day(30) };

  it('credits the unused half of the old price and charges half of the new one', () => {
    const p = prorate({ ...period, oldPrice: cad(3000), newPrice: cad(6000), at: day(15) });
    expect(p.credit.amountMinor).toBe(1500);
    expect(p.charge.amountMinor).toBe(3000);
    expect(p.net.amountMinor).toBe(1500);
    expect(p.remainingSeconds * 2).toBe(p.periodSeconds);
  });

  it('gives a net credit when downgrading', () => {
    const p = prorate({ ...period, oldPrice: cad(6000), newPrice: cad(3000), at: day(20) });
    expect(p.net.amountMinor).toBe(-1000);
  });

  it('charges the full difference at the start and nothing at or after the end', () => {
    expect(prorate({ ...period, oldPrice: cad(1000), newPrice: cad(2500), at: day(-3) }).net.amountMinor).toBe(1500);
    expect(prorate({ ...period, oldPrice: cad(1000), newPrice: cad(2500), at: day(30) }).net.amountMinor).toBe(0);
    expect(prorate({ ...period, oldPrice: cad(1000), newPrice: cad(2500), at: day(45) }).net.amountMinor).toBe(0);
  });

  it('rounds each side to whole cents', () => {
    const p = prorate({ ...period, oldPrice: cad(1000), newPrice: cad(2000), at: day(10) });
    expect(p.credit.amountMinor).toBe(667);
    expect(p.charge.amountMinor).toBe(1333);
    expect(Number.isInteger(p.net.amountMinor)).toBe(true);
  });

  it('rejects empty periods and mixed currencies', () => {
    expect(() => prorate({ periodStart: day(1), periodEnd: day(1), oldPrice: cad(1), newPrice: cad(1), at: day(1) })).toThrow(
      BillingError,
    );
    expect(() => prorate({ ...period, oldPrice: cad(1), newPrice: money(1, 'USD'), at: day(1) })).toThrow(BillingError);
  });
});
