import { createHash } from 'node:crypto';

export type ParsedSshKey = { type: string; blob: Buffer; comment: string | null; bits: number; fingerprint: string; normalized: string };

export class SshKeyError extends Error {}

const ECDSA_BITS: Record<string, number> = { 'ecdsa-sha2-nistp256': 256, 'ecdsa-sha2-nistp384': 384, 'ecdsa-sha2-nistp521': 521 };
export const RSA_MIN_BITS = 3072;

/** Reads length-prefixed fields of the SSH wire format (RFC 4253 §6.6). */
function readFields(blob: Buffer, count: number): Buffer[] {
  const out: Buffer[] = [];
  let at = 0;
  for (let i = 0; i < count; i++) {
    if (at + 4 > blob.length) throw new SshKeyError('the key data is truncated');
    const len = blob.readUInt32BE(at);
    at += 4;
    if (at + len > blob.length) throw new SshKeyError('the key data is truncated');
    out.push(blob.subarray(at, at + len));
    at += len;
  }
  return out;
}

function mpintBits(mpint: Buffer): number {
  let i = 0;
  while (i < mpint.length && mpint[i] === 0) i++;
  if (i === mpint.length) return 0;
  return (mpint.length - i - 1) * 8 + (32 - Math.clz32(mpint[i]));
}

/** Parses an OpenSSH public key line; accepts ed25519, ecdsa (nistp256/384/521) and RSA of at least 3072 bits. */
export function parseSshPublicKey(line: string): ParsedSshKey {
  const parts = line.trim().split(/\s+/);
  if (parts.length < 2) throw new SshKeyError('expected "<type> <base64 key> [comment]"');
  const [type, data, ...rest] = parts;
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(data)) throw new SshKeyError('the key data is not base64');
  const blob = Buffer.from(data, 'base64');
  const [innerType] = readFields(blob, 1);
  if (innerType.toString() !== type) throw new SshKeyError(`the key data is of type ${innerType.toString()}, not ${type}`);
  let bits: number;
  if (type === 'ssh-ed25519') {
    const [, key] = readFields(blob, 2);
    if (key.length !== 32) throw new SshKeyError('an ed25519 key is 32 bytes');
    bits = 256;
  } else if (type in ECDSA_BITS) {
    const [, curve, point] = readFields(blob, 3);
    if (`ecdsa-sha2-${curve.toString()}` !== type || point.length === 0) throw new SshKeyError('the ecdsa curve does not match the key type');
    bits = ECDSA_BITS[type];
  } else if (type === 'ssh-rsa') {
    const [, , n] = readFields(blob, 3);
    bits = mpintBits(n);
    if (bits < RSA_MIN_BITS) throw new SshKeyError(`RSA keys need at least ${RSA_MIN_BITS} bits; this one has ${bits}`);
  } else {
    throw new SshKeyError(`key type ${type} is not accepted (use ssh-ed25519, ecdsa-sha2-nistp256/384/521 or ssh-rsa >= ${RSA_MIN_BITS} bits)`);
  }
  const comment = rest.length ? rest.join(' ') : null;
  const fingerprint = 'SHA256:' + createHash('sha256').update(blob).digest('base64').replace(/=+$/, '');
  return { type, blob, comment, bits, fingerprint, normalized: [type, data, comment].filter(Boolean).join(' ') };
}
