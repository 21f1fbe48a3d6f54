import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { AppConfig } from '../../config/app-config';

/**
 * AES-256-GCM for secrets we must be able to read back (partner credentials, backup passphrases).
 * Format: `v1:<iv>:<tag>:<ciphertext>`, base64 parts. The key comes from SECRETS_KEY; without it,
 * outside production, one is generated once under DATA_DIR.
 */
export class SecretsCipher {
  private readonly key: Buffer;

  constructor(key: Buffer) {
    if (key.length !== 32) throw new Error('SECRETS_KEY must be 32 bytes');
    this.key = key;
  }

  static fromConfig(config: AppConfig): SecretsCipher {
    if (config.secretsKey) return new SecretsCipher(parseKey(config.secretsKey));
    if (config.env === 'production') throw new Error('SECRETS_KEY must be set in production');
    const file = path.resolve(config.dataDir, 'secrets.key');
    if (!existsSync(file)) {
      mkdirSync(path.dirname(file), { recursive: true });
      try {
        writeFileSync(file, randomBytes(32).toString('hex'), { mode: 0o600, flag: 'wx' });
      } catch (e) {
        // Another process (a parallel test file, a second replica) wrote it first: use theirs.
        if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      }
    }
    return new SecretsCipher(parseKey(readFileSync(file, 'utf8').trim()));
  }

  encrypt(plain: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    const data = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return ['v1', iv.toString('base64'), cipher.getAuthTag().toString('base64'), data.toString('base64')].join(':');
  }

  decrypt(sealed: string): string {
    const [version, iv, tag, data] = sealed.split(':');
    if (version !== 'v1' || !iv || !tag || data === undefined) throw new Error('not a sealed secret');
    const decipher = createDecipheriv('aes-256-gcm', this.key, Buffer.from(iv, 'base64'));
    decipher.setAuthTag(Buffer.from(tag, 'base64'));
    return Buffer.concat([decipher.update(Buffer.from(data, 'base64')), decipher.final()]).toString('utf8');
  }

  encryptJson(value: Record<string, string>): string {
    return this.encrypt(JSON.stringify(value));
  }

  decryptJson(sealed: string | null): Record<string, string> {
    return sealed ? (JSON.parse(this.decrypt(sealed)) as Record<string, string>) : {};
  }
}

function parseKey(text: string): Buffer {
  return /^[0-9a-fA-F]{64}$/.test(text) ? Buffer.from(text, 'hex') : Buffer.from(text, 'base64');
}
