import { lookupKeyFor } from '@coop/billing';
import { parsePackageSpec } from '@coop/provisioning';
import type { SeedStep } from './seed-step';

const backup = { retention: { daily: 7, weekly: 4, monthly: 6 }, schedule: '0 3 * * *', quotaGiB: 50 };

/** Demo catalog: what most clients want (a website, mail, or both), each with off-site backups, in CAD. */
export const DEMO_PACKAGES = [
  {
    slug: 'website',
    name: 'Website',
    description: 'A website on its own Debian server, with encrypted off-site backups.',
    spec: { website: { size: 's-1vcpu-2gb', region: 'tor1' }, backup },
    prices: { MONTHLY: [2500, 1200], YEARLY: [25000, 14400] },
  },
  {
    slug: 'mail',
    name: 'Mail',
    description: 'Email on your domain: 5 mailboxes of 5 GiB, with encrypted off-site backups.',
    spec: { mail: { mailboxes: 5, quotaMiB: 5120 }, backup },
    prices: { MONTHLY: [1200, 300], YEARLY: [12000, 3600] },
  },
  {
    slug: 'website-mail',
    name: 'Website + Mail',
    description: 'A website and email on your domain (5 mailboxes of 5 GiB), with encrypted off-site backups.',
    spec: { website: { size: 's-1vcpu-2gb', region: 'tor1' }, mail: { mailboxes: 5, quotaMiB: 5120 }, backup },
    prices: { MONTHLY: [3500, 1500], YEARLY: [35000, 18000] },
  },
] as const;

export const catalogSeed: SeedStep = {
  name: 'demo-catalog',
  demoOnly: true,
  async run({ db, say }) {
    for (const p of DEMO_PACKAGES) {
      const [row] = await db.query(
        `INSERT INTO packages (slug, name, description, spec) VALUES ($1, $2, $3, $4) ON CONFLICT (slug) DO NOTHING RETURNING id`,
        [p.slug, p.name, p.description, JSON.stringify(parsePackageSpec(p.spec))],
      );
      if (!row) continue;
      for (const [cycle, [amount, partnerCost]] of Object.entries(p.prices)) {
        await db.query(
          `INSERT INTO package_prices (package_id, cycle, amount_minor, currency, partner_cost_minor, lookup_key) VALUES ($1, $2, $3, 'CAD', $4, $5)`,
          [row.id, cycle, amount, partnerCost, lookupKeyFor(p.slug, cycle as 'MONTHLY' | 'YEARLY')],
        );
      }
    }
    say('Demo catalog: Website, Mail, Website + Mail (CAD)');
  },
};
