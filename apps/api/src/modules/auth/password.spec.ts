import { describe, expect, it } from 'vitest';
import { assertPasswordAcceptable, hashPassword, verifyPassword } from './password';

describe('password hashing', () => {
  it('verifies the right password and rejects a wrong one', async () => {
    const hash = await hashPassword('correct horse battery');
    expect(hash).toMatch(/^scrypt\$32768\$8\$1\$/);
    expect(await verifyPassword('correct horse battery', hash)).toBe(true);
    expect(await verifyPassword('correct horse batterz', hash)).toBe(false);
  });

  it('salts every hash', async () => {
    expect(await hashPassword('same password here')).not.toBe(await hashPassword('same password here'));
  });

  it('refuses too short and too long passwords before hashing', () => {
    expect(() => assertPasswordAcceptable('short')).toThrow(/at least 12/);
    expect(() => assertPasswordAcceptable('x'.repeat(1_000_000))).toThrow(/at most 256/);
    expect(() => assertPasswordAcceptable('a fine passphrase')).not.toThrow();
  });
});
