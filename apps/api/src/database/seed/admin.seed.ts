import { randomBytes } from 'node:crypto';
import { hashPassword } from '../../modules/auth/password';
import type { SeedStep } from './seed-step';

/** The first admin: from ADMIN_EMAIL / ADMIN_PASSWORD, or admin@coop.local with a generated password printed once. */
export const adminSeed: SeedStep = {
  name: 'admin',
  demoOnly: false,
  async run({ db, config, say }) {
    const email = (config.admin.email ?? 'admin@coop.local').toLowerCase();
    const existing = await db.query('SELECT 1 FROM users WHERE lower(email) = $1', [email]);
    if (existing.length) {
      await db.query(`UPDATE users SET staff_role = 'ADMIN' WHERE lower(email) = $1`, [email]);
      return;
    }
    const password = config.admin.password ?? randomBytes(12).toString('base64url');
    await db.query(`INSERT INTO users (email, name, password_hash, staff_role) VALUES ($1, 'Admin', $2, 'ADMIN')`, [
      email,
      await hashPassword(password),
    ]);
    say(`Admin account: ${email}`);
    say(config.admin.password ? 'Password: the one in ADMIN_PASSWORD' : `Password: ${password}   (shown once: write it down)`);
  },
};
