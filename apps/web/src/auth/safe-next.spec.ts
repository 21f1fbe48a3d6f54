import { describe, expect, it } from 'vitest';
import { safeNext } from './safe-next';

describe('safeNext', () => {
  it('keeps a path on this site', () => {
    expect(safeNext('/c/acme/tickets?status=open')).toBe('/c/acme/tickets?status=open');
  });

  it('never sends the user to another site after logging in', () => {
    for (const bad of ['https://evil.example/', '//evil.example', '/\\evil.example', 'javascript:alert(1)']) {
      expect(safeNext(bad)).toBe('/');
    }
  });

  it('goes home without a target', () => {
    expect(safeNext(null)).toBe('/');
    expect(safeNext('')).toBe('/');
  });
});
