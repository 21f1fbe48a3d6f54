import { describe, expect, it } from 'vitest';
import { runSeed } from '../../apps/api/src/database/seed/run-seed';
import { sandboxPartnersSeed } from '../../apps/api/src/database/seed/sandbox-partners.seed';
import { seedCatalog } from '../billing/billing-support';
import { PROVISIONING_TEST_ENV } from '../provisioning/provisioning-fixtures';
import { createClient, createUser } from '../support/factories';
import { browserUnavailableReason, screenshot } from './support/browser';
import { browserSuite } from './support/browser-suite';

const unavailable = browserUnavailableReason();

describe.skipIf(unavailable !== null)('buying and provisioning in Chromium', () => {
  const suite = browserSuite({
    // Sandbox partners answer after a short delay, so the client can watch resources go READY.
    env: { ...PROVISIONING_TEST_ENV, SANDBOX_DELAY_MS: '200-800' },
    seed: async (t) => {
      await seedCatalog(t);
      await runSeed({ db: t.db, config: t.config, demo: true, say: () => undefined }, [sandboxPartnersSeed]);
      // The demo catalog puts websites in tor1 but the sandbox partners only serve ams3/fra1/lon1/eu, so
      // placement fails (reported to the lead). Until the seeds agree, the sandbox partners also serve tor1.
      await t.db.query(`UPDATE partners SET regions = array_append(regions, 'tor1') WHERE driver = 'sandbox' AND NOT 'tor1' = ANY(regions)`);
    },
  });
  const { newPage, expectAccessible, logIn } = suite;

  it('scenario 3: a client buys Website + Mail (manual gateway), ops mark it paid, the client watches it become ACTIVE', { timeout: 150_000 }, async () => {
    const { t } = suite;
    const owner = await createUser(t, { name: 'Bea Buyer' });
    const client = await createClient(t, owner, { name: 'Bea Bakes' });
    const ops = await createUser(t, { name: 'Petra Paid', staffRole: 'OPS' });

    const page = await newPage();
    await logIn(page, owner, `/c/${client.slug}/packages`);
    await page.getByRole('heading', { name: 'Packages' }).waitFor();
    await page.getByRole('button', { name: 'Buy Website + Mail' }).waitFor();
    await screenshot(page, '30-client-packages');
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Buy Website + Mail' }).click();
    await page.getByLabel('Domain').fill('bea-bakes.example.org');
    await page.getByRole('button', { name: 'Continue to payment' }).click();
    const placed = page.getByRole('status').filter({ hasText: 'Order placed' });
    await placed.waitFor();
    const [invoice] = await t.db.query(`SELECT number FROM invoices WHERE client_id = $1`, [client.id]);
    expect(await placed.innerText()).toContain(invoice.number);
    await screenshot(page, '31-client-order-placed');

    const opsPage = await newPage();
    await logIn(opsPage, ops, `/ops/clients/${client.slug}/invoices`);
    await opsPage.getByRole('button', { name: `Mark ${invoice.number} paid` }).click();
    await opsPage.getByLabel('Payment reference').fill('transfer 2026-11-26');
    await screenshot(opsPage, '32-ops-mark-paid');
    await opsPage.getByRole('dialog').getByRole('button', { name: /Mark .* paid/ }).click();
    await opsPage.getByText(`${invoice.number} marked paid`).waitFor();

    await page.goto(`/c/${client.slug}/services`);
    await page.getByRole('heading', { name: 'bea-bakes.example.org' }).waitFor();
    await screenshot(page, '33-client-service-provisioning');
    // The page polls while anything is still being set up; no reload from here on.
    await page.getByLabel('Service status: Running').waitFor({ timeout: 90_000 });
    const rows = page.getByRole('row').filter({ hasText: /Web server|Mail domain|Mailbox|Backups/ });
    expect(await rows.count()).toBeGreaterThan(0);
    for (const text of await rows.allInnerTexts()) expect(text.toLowerCase()).toContain('ready');
    await screenshot(page, '34-client-service-active');
    await expectAccessible(page);
    const [service] = await t.db.query(`SELECT status FROM services WHERE client_id = $1`, [client.id]);
    expect(service.status).toBe('ACTIVE');
  });
});
