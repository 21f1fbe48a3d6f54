import { randomBytes } from 'node:crypto';
import { generateSshKeyPair, sshFingerprint } from '@coop/provisioning';
import { hashPassword } from '../../modules/auth/password';
import type { SeedStep } from './seed-step';

const ALL_KINDS = ['DROPLET', 'MAIL_DOMAIN', 'MAILBOX', 'BACKUP_REPO'];

/**
 * Demo only: two sandbox partners (simulated; two so backups can be placed off-site) and an ops
 * member with an SSH key, so a paid demo order provisions end to end without touching anything real.
 */
export const sandboxPartnersSeed: SeedStep = {
  name: 'sandbox-partners',
  demoOnly: true,
  async run({ db, say }) {
    const partners = [
      { name: 'Sandbox Co-op North (simulated)', regions: ['tor1', 'ams3', 'fra1', 'eu'], prices: { DROPLET: 600, MAIL_DOMAIN: 100, MAILBOX: 50, BACKUP_REPO: 300 } },
      { name: 'Sandbox Co-op South (simulated)', regions: ['tor1', 'ams3', 'lon1', 'eu'], prices: { DROPLET: 700, MAIL_DOMAIN: 120, MAILBOX: 60, BACKUP_REPO: 200 } },
    ];
    for (const p of partners) {
      await db.query(
        `INSERT INTO partners (name, driver, api_base_url, regions, offers, prices, capacity, coop, active)
         VALUES ($1, 'sandbox', 'sandbox://simulated', $2, $3, $4, '{}', true, true) ON CONFLICT DO NOTHING`,
        [p.name, p.regions, ALL_KINDS, JSON.stringify(p.prices)],
      );
    }
    const email = 'ops@coop.local';
    const [existing] = await db.query('SELECT id FROM users WHERE lower(email) = $1', [email]);
    let userId: string = existing?.id;
    if (!userId) {
      const password = randomBytes(12).toString('base64url');
      [{ id: userId }] = await db.query(`INSERT INTO users (email, name, password_hash, staff_role) VALUES ($1, 'Demo Ops', $2, 'OPS') RETURNING id`, [
        email,
        await hashPassword(password),
      ]);
      say(`Demo ops member: ${email}   Password: ${password}   (shown once)`);
    }
    const key = generateSshKeyPair('demo-ops@coop.local').publicKey;
    await db.query(
      `INSERT INTO ssh_keys (user_id, type, public_key, fingerprint, comment, bits) VALUES ($1, 'ssh-ed25519', $2, $3, 'demo-ops@coop.local', 256)
       ON CONFLICT DO NOTHING`,
      [userId, key, sshFingerprint(key)],
    );
    say('Sandbox partners: 2 simulated co-ops (nothing real is created)');
  },
};
