import { randomBytes } from 'node:crypto';
import { generateSshKeyPair } from '@coop/provisioning';

/** Secrets a resource needs at creation, generated once and kept sealed on the resource row. */
export function newSecretsFor(kind: string, serviceId: string): Record<string, string> | null {
  if (kind === 'BACKUP_REPO') {
    const pair = generateSshKeyPair(`coop-backup-${serviceId.slice(0, 8)}`);
    return { passphrase: randomBytes(24).toString('base64url'), privateKey: pair.privateKey, publicKey: pair.publicKey };
  }
  if (kind === 'MAILBOX') return { password: `${randomBytes(12).toString('base64url')}-A1` };
  return null;
}
