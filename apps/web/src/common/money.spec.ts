import { describe, expect, it } from 'vitest';
import { formatMoney, parseMoneyInput, toDecimalString } from './money';

describe('money in the web app', () => {
  it('formats minor units like the API does', () => {
    expect(formatMoney(2500, 'CAD')).toBe('$25.00');
    expect(formatMoney(-1999, 'CAD')).toBe('-$19.99');
    expect(formatMoney(500, 'JPY')).toBe('JP¥500');
  });

  it('writes an amount back into a form field without floats', () => {
    expect(toDecimalString(1205, 'CAD')).toBe('12.05');
    expect(toDecimalString(5, 'CAD')).toBe('0.05');
    expect(toDecimalString(500, 'JPY')).toBe('500');
  });

  it('reads what people type into minor units', () => {
    expect(parseMoneyInput('12.5', 'CAD')).toBe(1250);
    expect(parseMoneyInput('12,50', 'CAD')).toBe(1250);
    expect(parseMoneyInput(' $1 200 ', 'CAD')).toBe(120000);
    expect(parseMoneyInput('0.29', 'CAD')).toBe(29);
    expect(parseMoneyInput('7', 'JPY')).toBe(7);
  });

  it('refuses what is not an amount', () => {
    for (const text of ['', 'abc', '-3', '1.234', '1.2.3']) expect(parseMoneyInput(text, 'CAD')).toBeNull();
    expect(parseMoneyInput('1.5', 'JPY')).toBeNull();
  });
});
