import { beforeAll, describe, expect, it } from 'vitest';
import { MARK_PAID, PURCHASE, seedCatalog } from '../billing/billing-support';
import { createClient, createUser, loginAs, type TestClient, type TestUser } from '../support/factories';
import { browserUnavailableReason, screenshot } from './support/browser';
import { browserSuite } from './support/browser-suite';

const unavailable = browserUnavailableReason();

describe.skipIf(unavailable !== null)('a client manages their services in Chromium', () => {
  // Billing and the pages are under test, not provisioning: no worker runs, services stay "Setting up".
  const suite = browserSuite({ env: { PROCESS_ROLE: 'api' }, seed: seedCatalog });
  const { newPage, expectAccessible, logIn } = suite;
  let owner: TestUser;
  let client: TestClient;
  let ops: TestUser;

  /** What a purchase paid by transfer leaves behind: a service, through the API as the client and ops would. */
  async function buyAndPay(packageSlug: string, domain: string): Promise<string> {
    const { t } = suite;
    const res = await t.gql(PURCHASE, { input: { clientId: client.id, packageSlug, cycle: 'MONTHLY', domain } }, { token: await loginAs(t, owner) });
    await t.gql(MARK_PAID, { input: { invoiceId: res.data!.purchasePackage.invoice.id, reference: 'transfer' } }, { token: await loginAs(t, ops) });
    const [order] = await t.db.query('SELECT service_id FROM orders WHERE id = $1', [res.data!.purchasePackage.order.id]);
    return order.service_id as string;
  }

  beforeAll(async () => {
    const { t } = suite;
    owner = await createUser(t, { name: 'Sam Services' });
    client = await createClient(t, owner, { name: 'Sam Shop' });
    ops = await createUser(t, { name: 'Ada Admin', staffRole: 'ADMIN' });
  });

  it('changes a package (a refused choice is explained beside the field) and cancels now', { timeout: 90_000 }, async () => {
    const { t } = suite;
    const serviceId = await buyAndPay('website', 'shop.example.org');
    const page = await newPage();
    await logIn(page, owner, `/c/${client.slug}/services`);
    await page.getByRole('region', { name: /^shop\.example\.org/ }).waitFor();
    await page.getByRole('button', { name: 'Change package of shop.example.org' }).click();
    const dialog = page.getByRole('dialog', { name: 'Change the package of shop.example.org' });
    await dialog.getByText('Now on Website.', { exact: false }).waitFor();
    await dialog.getByRole('textbox', { name: 'New package' }).click();
    await page.getByRole('option', { name: /^Website \+ Mail: .* per month$/ }).waitFor();
    await screenshot(page, '50-client-change-package');

    // Taken off sale while the dialog is open: the server's answer goes next to the field.
    await t.db.query(`UPDATE packages SET active = false WHERE slug = 'website-mail'`);
    await page.getByRole('option', { name: /^Website \+ Mail/ }).click();
    await dialog.getByRole('button', { name: 'Change package' }).click();
    await dialog.getByText('Is no longer sold').waitFor();
    expect(await dialog.getByRole('textbox', { name: 'New package' }).getAttribute('aria-invalid')).toBe('true');
    await expectAccessible(page);

    await t.db.query(`UPDATE packages SET active = true WHERE slug = 'website-mail'`);
    await dialog.getByRole('button', { name: 'Change package' }).click();
    const done = dialog.getByRole('status').filter({ hasText: 'Package changed' });
    await done.waitFor();
    expect(await done.innerText()).toContain('shop.example.org is now on Website + Mail, billed monthly');
    await screenshot(page, '51-client-package-changed');
    await expectAccessible(page);
    const [changed] = await t.db.query('SELECT p.slug FROM services s JOIN packages p ON p.id = s.package_id WHERE s.id = $1', [serviceId]);
    expect(changed.slug).toBe('website-mail');
    await dialog.getByRole('button', { name: 'Done' }).click();
    await page.getByRole('region', { name: /^shop\.example\.org/ }).getByText('Website + Mail, billed monthly').waitFor();

    await page.getByRole('button', { name: 'Cancel service shop.example.org' }).click();
    const cancel = page.getByRole('dialog', { name: 'Cancel shop.example.org?' });
    await cancel.getByRole('radio', { name: 'Now' }).check();
    await cancel.getByText('is shut down right away').waitFor();
    await cancel.getByRole('button', { name: 'Shut down now' }).click();
    await cancel.waitFor({ state: 'hidden' });
    await page.getByLabel('Service status: Shutting down').waitFor();
    expect((await t.db.query('SELECT status FROM services WHERE id = $1', [serviceId]))[0].status).toBe('TERMINATING');
  });

  it('cancels at the end of the paid period on a phone, after saying what happens', { timeout: 90_000 }, async () => {
    const { t } = suite;
    const serviceId = await buyAndPay('mail', 'pocket.example.org');
    const page = await newPage({ width: 390, height: 844 });
    await logIn(page, owner, `/c/${client.slug}/services`);
    const card = page.getByRole('region', { name: /^pocket\.example\.org/ });
    await card.waitFor();
    await card.getByRole('button', { name: 'Cancel service pocket.example.org' }).click();
    const dialog = page.getByRole('dialog', { name: 'Cancel pocket.example.org?' });
    const until = new Date((await t.db.query('SELECT current_period_end FROM service_billing WHERE service_id = $1', [serviceId]))[0].current_period_end);
    await dialog.getByRole('radio', { name: /^At the end of the paid period/ }).waitFor();
    expect(await dialog.getByRole('radio', { name: /^At the end of the paid period/ }).isChecked()).toBe(true);
    await dialog.getByText('keeps running until', { exact: false }).waitFor();
    expect(await dialog.innerText()).toContain(until.toLocaleDateString('en-US'));
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(page, '52-phone-cancel-service');
    await expectAccessible(page);

    await dialog.getByRole('button', { name: 'Cancel at period end' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await card.getByText('(ends then)', { exact: false }).waitFor();
    expect(await card.getByRole('button', { name: 'Cancel service pocket.example.org' }).count()).toBe(0);
    await screenshot(page, '53-phone-service-cancelling');
    await expectAccessible(page);
    const [billing] = await t.db.query('SELECT cancel_at_period_end FROM service_billing WHERE service_id = $1', [serviceId]);
    expect(billing.cancel_at_period_end).toBe(true);
  });

  it('files a ticket about one of the services; the client and ops see which one', { timeout: 90_000 }, async () => {
    const { t } = suite;
    const serviceId = await buyAndPay('mail', 'mail.example.org');
    const page = await newPage();
    await logIn(page, owner, `/c/${client.slug}/tickets/new`);
    await page.getByLabel('Subject').fill('Mailbox full');
    await page.getByRole('textbox', { name: 'Service' }).click();
    await page.getByRole('option', { name: 'mail.example.org (Mail)' }).click();
    await page.getByLabel('What is going on?').fill('The info@ mailbox says it is full.');
    await screenshot(page, '54-client-new-ticket-service');
    await expectAccessible(page);
    await page.getByRole('button', { name: 'File ticket' }).click();
    await page.waitForURL(/\/tickets\/\d+$/);
    const number = Number(page.url().split('/').pop());
    const [row] = await t.db.query('SELECT service_id FROM tickets WHERE number = $1', [number]);
    expect(row.service_id).toBe(serviceId);
    await page.getByText('About').getByRole('link', { name: 'mail.example.org' }).waitFor();
    await screenshot(page, '55-client-ticket-about-service');
    await expectAccessible(page);

    const opsPage = await newPage({ width: 1400, height: 900 });
    await logIn(opsPage, ops, `/ops/tickets/${number}`);
    await opsPage.getByRole('heading', { name: 'Mailbox full' }).waitFor();
    await opsPage.getByText('About').getByRole('link', { name: 'mail.example.org' }).waitFor();
    expect(await opsPage.getByText('About').innerText()).toContain('(Mail)');
  });
});
