import { describe, expect, it } from 'vitest';
import { addWeeks, parseWeekStart, weekStartOf } from './triage-week';

describe('triage rota weeks', () => {
  it('maps every moment of a week to its Monday, in UTC', () => {
    expect(weekStartOf(new Date('2026-03-02T00:00:00Z'))).toBe('2026-03-02'); // Monday
    expect(weekStartOf(new Date('2026-03-04T13:00:00Z'))).toBe('2026-03-02');
    expect(weekStartOf(new Date('2026-03-08T23:59:59.999Z'))).toBe('2026-03-02'); // Sunday night
    expect(weekStartOf(new Date('2026-03-09T00:00:00Z'))).toBe('2026-03-09');
  });

  it('crosses month and year ends', () => {
    expect(weekStartOf(new Date('2027-01-01T10:00:00Z'))).toBe('2026-12-28');
    expect(addWeeks('2026-12-28', 1)).toBe('2027-01-04');
    expect(addWeeks('2026-03-09', -1)).toBe('2026-03-02');
  });

  it('accepts only real Mondays', () => {
    expect(parseWeekStart('2026-03-02')).toBe('2026-03-02');
    expect(parseWeekStart('2026-03-03')).toBeNull();
    expect(parseWeekStart('2026-02-30')).toBeNull();
    expect(parseWeekStart('2026-3-2')).toBeNull();
    expect(parseWeekStart('next monday')).toBeNull();
  });
});
