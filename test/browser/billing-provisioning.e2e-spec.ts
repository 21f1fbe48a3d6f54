import { describe, expect, it } from 'vitest';
import { runSeed } from '../../apps/api/src/database/seed/run-seed';
import { sandboxPartnersSeed } from '../../apps/api/src/database/seed/sandbox-partners.seed';
import { seedCatalog } from '../billing/billing-support';
import { PROVISIONING_TEST_ENV } from '../provisioning/provisioning-fixtures';
import type { Page } from 'playwright-core';
import { createClient, createUser, type TestClient, type TestUser } from '../support/factories';
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
    },
  });
  const { newPage, expectAccessible, logIn } = suite;

  /** The demo catalog puts websites in tor1; scenario 4's failure is a sandbox partner set that stops serving it. */
  const sandboxServesTor1 = (serves: boolean) =>
    suite.t.db.query(
      serves
        ? `UPDATE partners SET regions = array_append(regions, 'tor1') WHERE driver = 'sandbox' AND NOT 'tor1' = ANY(regions)`
        : `UPDATE partners SET regions = array_remove(regions, 'tor1') WHERE driver = 'sandbox'`,
    );

  async function buyAndPay(owner: TestUser, client: TestClient, ops: TestUser, domain: string): Promise<Page> {
    const { t } = suite;
    const page = await newPage();
    await logIn(page, owner, `/c/${client.slug}/packages`);
    await page.getByRole('button', { name: 'Buy Website + Mail' }).click();
    await page.getByLabel('Domain').fill(domain);
    await page.getByRole('button', { name: 'Continue to payment' }).click();
    await page.getByRole('status').filter({ hasText: 'Order placed' }).waitFor();
    const [invoice] = await t.db.query(`SELECT number FROM invoices WHERE client_id = $1`, [client.id]);
    const opsPage = await newPage();
    await logIn(opsPage, ops, `/ops/clients/${client.slug}/invoices`);
    await opsPage.getByRole('button', { name: `Mark ${invoice.number} paid` }).click();
    await opsPage.getByLabel('Payment reference').fill('transfer');
    await opsPage.getByRole('dialog').getByRole('button', { name: /Mark .* paid/ }).click();
    await opsPage.getByText(`${invoice.number} marked paid`).waitFor();
    await opsPage.close();
    return page;
  }

  it('scenario 4: a provisioning failure shows as DEGRADED with a ticket; ops retry it once the cause is fixed', { timeout: 150_000 }, async () => {
    const { t } = suite;
    const owner = await createUser(t, { name: 'Fay Failure' });
    const client = await createClient(t, owner, { name: 'Fay Fixes' });
    const ops = await createUser(t, { name: 'Rex Retry', staffRole: 'OPS' });
    await sandboxServesTor1(false);
    const page = await buyAndPay(owner, client, ops, 'fay.example.org');

    await page.goto(`/c/${client.slug}/services`);
    await page.getByLabel('Service status: Needs attention (we are on it)').waitFor({ timeout: 60_000 });
    await screenshot(page, '35-client-service-degraded');
    const [ticket] = await t.db.query(`SELECT number, subject FROM tickets WHERE client_id = $1`, [client.id]);
    expect(ticket.subject).toContain('fay.example.org');

    const opsPage = await newPage({ width: 1400, height: 900 });
    await logIn(opsPage, ops, '/ops/services');
    const card = opsPage.getByRole('region', { name: 'fay.example.org: DEGRADED' });
    await card.waitFor();
    await screenshot(opsPage, '36-ops-services-degraded');
    await expectAccessible(opsPage);
    await sandboxServesTor1(true);
    await card.getByRole('button', { name: 'Retry' }).click();
    await opsPage.getByText('Retrying fay.example.org.').waitFor();

    await page.getByLabel('Service status: Running').waitFor({ timeout: 90_000 });
    await screenshot(page, '37-client-service-recovered');
  });

  it('scenario 3: a client buys Website + Mail (manual gateway), ops mark it paid, the client watches it become ACTIVE', { timeout: 150_000 }, async () => {
    const { t } = suite;
    await sandboxServesTor1(true);
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
