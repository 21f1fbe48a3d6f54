import { describe, expect, it } from 'vitest';
import { addBillingCycle, addDays } from './billing-period';

describe('addBillingCycle', () => {
  it('adds a calendar month, keeping the time of day', () => {
    expect(addBillingCycle(new Date('2026-03-15T10:20:30Z'), 'MONTHLY')).toEqual(new Date('2026-04-15T10:20:30Z'));
  });

  it('clamps to the end of shorter months', () => {
    expect(addBillingCycle(new Date('2026-01-31T00:00:00Z'), 'MONTHLY')).toEqual(new Date('2026-02-28T00:00:00Z'));
    expect(addBillingCycle(new Date('2028-01-31T00:00:00Z'), 'MONTHLY')).toEqual(new Date('2028-02-29T00:00:00Z'));
  });

  it('crosses year ends and adds whole years', () => {
    expect(addBillingCycle(new Date('2026-12-10T00:00:00Z'), 'MONTHLY')).toEqual(new Date('2027-01-10T00:00:00Z'));
    expect(addBillingCycle(new Date('2028-02-29T00:00:00Z'), 'YEARLY')).toEqual(new Date('2029-02-28T00:00:00Z'));
    expect(addBillingCycle(new Date('2026-05-01T00:00:00Z'), 'MONTHLY', 13)).toEqual(new Date('2027-06-01T00:00:00Z'));
  });

  it('adds days exactly', () => {
    expect(addDays(new Date('2026-03-01T00:00:00Z'), 14)).toEqual(new Date('2026-03-15T00:00:00Z'));
  });
});
