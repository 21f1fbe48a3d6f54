import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../config/app-config';
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

describe('SecretsCipher.fromConfig', () => {
  it('generates one key under DATA_DIR outside production and reuses it', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'coop-secrets-'));
    try {
      const config = loadConfig({ DATA_DIR: dir });
      const sealed = SecretsCipher.fromConfig(config).encrypt('x');
      expect(SecretsCipher.fromConfig(config).decrypt(sealed)).toBe('x');
      expect(statSync(path.join(dir, 'secrets.key')).mode & 0o777).toBe(0o600);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses to start in production without SECRETS_KEY', () => {
    expect(() => SecretsCipher.fromConfig(loadConfig({ NODE_ENV: 'production' }))).toThrow(/SECRETS_KEY/);
  });

  it('takes SECRETS_KEY as hex', () => {
    const key = randomBytes(32).toString('hex');
    const sealed = SecretsCipher.fromConfig(loadConfig({ SECRETS_KEY: key })).encrypt('y');
    expect(new SecretsCipher(Buffer.from(key, 'hex')).decrypt(sealed)).toBe('y');
  });
});
