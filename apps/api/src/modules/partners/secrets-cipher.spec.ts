import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { SecretsCipher } from './secrets-cipher';

describe('SecretsCipher', () => {
  const cipher = new SecretsCipher(randomBytes(32));

  it('round-trips and never contains the plain text', () => {
    const sealed = cipher.encryptJson({ token: 'dop_v1_secret' });
    expect(sealed).not.toContain('dop_v1_secret');
    expect(cipher.decryptJson(sealed)).toEqual({ token: 'dop_v1_secret' });
  });

  it('uses a fresh IV each time', () => {
    expect(cipher.encrypt('same')).not.toBe(cipher.encrypt('same'));
  });

  it('refuses tampered ciphertext and a different key', () => {
    const sealed = cipher.encrypt('secret');
    const parts = sealed.split(':');
    const flipped = Buffer.from(parts[3]!, 'base64');
    flipped[0] = flipped[0]! ^ 1;
    expect(() => cipher.decrypt([...parts.slice(0, 3), flipped.toString('base64')].join(':'))).toThrow();
    expect(() => new SecretsCipher(randomBytes(32)).decrypt(sealed)).toThrow();
  });
});
