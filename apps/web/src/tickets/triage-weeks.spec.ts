import { describe, expect, it } from 'vitest';
import { mondaysFrom } from './triage-weeks';

describe('mondaysFrom', () => {
  it('starts at the Monday of the current week, Sunday included', () => {
    expect(mondaysFrom(new Date('2026-11-26T12:00:00Z'), 3)).toEqual(['2026-11-23', '2026-11-30', '2026-12-07']);
    expect(mondaysFrom(new Date('2026-11-29T23:00:00Z'), 1)).toEqual(['2026-11-23']);
    expect(mondaysFrom(new Date('2026-11-23T00:00:00Z'), 1)).toEqual(['2026-11-23']);
  });

  it('crosses a year end', () => {
    expect(mondaysFrom(new Date('2026-12-31T10:00:00Z'), 2)).toEqual(['2026-12-28', '2027-01-04']);
  });
});
