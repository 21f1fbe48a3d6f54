import { afterAll, describe, expect, it } from 'vitest';
import { runSeed } from '../../apps/api/src/database/seed/run-seed';
import { sandboxPartnersSeed } from '../../apps/api/src/database/seed/sandbox-partners.seed';
import { MARK_PAID, PURCHASE, seedCatalog } from '../billing/billing-support';
import { PROVISIONING_TEST_ENV, startStandIns, type StandIns } from '../provisioning/provisioning-fixtures';
import { createClient, createUser, loginAs, type TestUser } from '../support/factories';
import { browserUnavailableReason, screenshot, visibleText } from './support/browser';
import { browserSuite } from './support/browser-suite';

const unavailable = browserUnavailableReason();

describe.skipIf(unavailable !== null)('the ops console admin screens in Chromium', () => {
  let s: StandIns;
  let admin: TestUser;
  const suite = browserSuite({
    // No worker: the paid demo service only has to count in the economics, not be provisioned.
    env: { ...PROVISIONING_TEST_ENV, PROCESS_ROLE: 'api' },
    seed: async (t) => {
      s = await startStandIns();
      await seedCatalog(t);
      await runSeed({ db: t.db, config: t.config, demo: true, say: () => undefined }, [sandboxPartnersSeed]);
      admin = await createUser(t, { name: 'Ada Admin', staffRole: 'ADMIN' });
      const owner = await createUser(t, { name: 'Paula Paying' });
      const client = await createClient(t, owner, { name: 'Paying Bakery' });
      const bought = await t.gql(PURCHASE, { input: { clientId: client.id, packageSlug: 'website-mail', cycle: 'MONTHLY', domain: 'bakery.example.org' } }, { token: await loginAs(t, owner) });
      const paid = await t.gql(MARK_PAID, { input: { invoiceId: bought.data!.purchasePackage.invoice.id, reference: 'transfer' } }, { token: await loginAs(t, admin) });
      if (paid.errors) throw new Error(JSON.stringify(paid.errors));
    },
  });
  afterAll(() => s?.stop());
  const { newPage, expectAccessible, logIn } = suite;

  it('an admin creates a package, sees a refused field next to it, edits a price and retires it', { timeout: 90_000 }, async () => {
    const page = await newPage({ width: 1400, height: 900 });
    await logIn(page, admin, '/ops/admin/packages');
    await page.getByRole('heading', { name: 'Packages & prices' }).waitFor();
    const adminNav = page.getByRole('navigation', { name: 'Console sections' }).getByRole('group', { name: 'Admin' });
    expect(await adminNav.getByRole('link').allInnerTexts()).toEqual(['Staff', 'Packages & prices', 'Partners', 'Tickets & SLA', 'Economics']);
    await page.getByRole('row').filter({ hasText: 'Website + Mail' }).waitFor();
    await screenshot(page, '40-admin-packages');
    await expectAccessible(page);

    await page.getByRole('button', { name: 'New package' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Name').fill('Green Hosting');
    await dialog.getByLabel('Slug').fill('green-hosting');
    await dialog.getByLabel('Droplet size').fill('S 2');
    await dialog.getByLabel('Monthly price').fill('12.50');
    await dialog.getByLabel('Monthly partner cost').fill('4');
    await dialog.getByRole('button', { name: 'Create package' }).click();
    // The API names spec.website.size; the message sits under that input.
    const size = dialog.getByLabel('Droplet size');
    await page.waitForFunction(() => document.querySelector('[aria-invalid="true"]') !== null);
    expect(await size.getAttribute('aria-invalid')).toBe('true');
    expect(await dialog.innerText()).toContain('Must be a lower-case slug');
    await dialog.getByLabel('Name').scrollIntoViewIfNeeded();
    await screenshot(page, '41-admin-package-form-error');
    await expectAccessible(page);
    await size.fill('s-1vcpu-1gb');
    await dialog.getByRole('button', { name: 'Create package' }).click();
    await page.getByRole('status').filter({ hasText: 'Green Hosting is on sale.' }).waitFor();
    const row = page.getByRole('row').filter({ hasText: 'Green Hosting' });
    expect(await row.innerText()).toContain('$12.50');
    expect(await row.innerText()).toContain('($4.00)');

    await page.getByRole('button', { name: 'Edit Green Hosting' }).click();
    expect(await dialog.getByLabel('Monthly price').inputValue()).toBe('12.50');
    await dialog.getByLabel('Monthly price').fill('14.00');
    await dialog.getByRole('button', { name: 'Save changes' }).click();
    await page.getByRole('status').filter({ hasText: 'Green Hosting saved.' }).waitFor();
    await row.filter({ hasText: '$14.00' }).waitFor();
    const [price] = await suite.t.db.query(
      `SELECT count(*)::int AS n FROM package_prices pp JOIN packages p ON p.id = pp.package_id WHERE p.slug = 'green-hosting'`,
    );
    expect(price.n).toBe(2); // the old price is kept for whoever bought it

    await page.getByRole('button', { name: 'Retire Green Hosting' }).click();
    await screenshot(page, '42-admin-package-retire');
    await page.getByRole('dialog').getByRole('button', { name: 'Retire Green Hosting' }).click();
    await row.getByText('Retired').waitFor();
    await page.getByRole('status').filter({ hasText: 'Green Hosting is retired' }).waitFor();
    await screenshot(page, '43-admin-packages-after');
  });

  it('an admin adds a partner whose credentials are never shown, and tests the connection', { timeout: 90_000 }, async () => {
    const page = await newPage({ width: 1400, height: 900 });
    await logIn(page, admin, '/ops/admin/partners');
    await page.getByRole('heading', { name: 'Partners', exact: true }).waitFor();
    await page.getByRole('button', { name: 'Add partner' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Name').fill('Green Cloud');
    await dialog.getByLabel('API base URL').fill(s.digitalocean.url);
    await dialog.getByLabel('Regions').fill('ams3, tor1');
    await dialog.getByLabel('API token').fill(s.digitalocean.token);
    await dialog.getByRole('button', { name: 'Add partner' }).click();
    expect(await dialog.innerText()).toContain('Choose at least one thing this partner hosts');
    await dialog.getByLabel('Web servers', { exact: true }).check();
    await dialog.getByLabel('Web servers: price per unit and month').fill('6');
    await dialog.getByLabel('Web servers: capacity').fill('10');
    await screenshot(page, '44-admin-partner-form');
    await dialog.getByRole('button', { name: 'Add partner' }).click();
    await page.getByRole('status').filter({ hasText: 'Green Cloud added' }).waitFor();
    const row = page.getByRole('row').filter({ hasText: 'Green Cloud' });
    expect(await row.innerText()).toContain('credentials stored');
    expect(await visibleText(page)).not.toContain(s.digitalocean.token);

    await page.getByRole('button', { name: 'Edit Green Cloud' }).click();
    const token = dialog.getByLabel('API token');
    expect(await token.inputValue()).toBe('');
    expect(await token.getAttribute('placeholder')).toBe('stored — type to replace');
    expect(await page.content()).not.toContain(s.digitalocean.token);
    await screenshot(page, '45-admin-partner-edit');
    await expectAccessible(page);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });

    await page.getByRole('button', { name: 'Test connection to Green Cloud' }).click();
    const result = page.getByRole('status').filter({ hasText: 'Green Cloud: connected' });
    await result.waitFor();
    expect(await result.innerText()).toContain('Connected');
    await screenshot(page, '46-admin-partners');
    await expectAccessible(page);

    // A sandbox partner's base URL (sandbox://simulated) is not sent back unchanged, so it can be edited.
    await page.getByRole('button', { name: 'Edit Sandbox Co-op North (simulated)' }).click();
    expect(await dialog.getByLabel('API token').count()).toBe(0);
    await dialog.getByLabel('Regions').fill('tor1, ams3, fra1, eu, lon1');
    await dialog.getByRole('button', { name: 'Save changes' }).click();
    await page.getByRole('status').filter({ hasText: 'Sandbox Co-op North (simulated) saved' }).waitFor();
    expect(await page.getByRole('row').filter({ hasText: 'Sandbox Co-op North' }).innerText()).toContain('lon1');

    await page.getByRole('button', { name: 'Retire Green Cloud' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Retire Green Cloud' }).click();
    await row.getByText('Retired').waitFor();
  });

  it('an admin reads the ticket settings and the economics, and changes the overhead ratio', { timeout: 90_000 }, async () => {
    const page = await newPage({ width: 1400, height: 900 });
    await logIn(page, admin, '/ops/admin/tickets');
    await page.getByRole('heading', { name: 'Tickets & SLA' }).waitFor();
    const text = await visibleText(page);
    expect(text).toContain('TICKET_SLA_HIGH=1h/8h');
    expect(text).toContain('Infra ops');
    expect(text).toContain('stored on the ticket');
    await screenshot(page, '47-admin-ticket-settings');
    await expectAccessible(page);

    await page.getByRole('link', { name: 'Economics' }).click();
    const breakEven = page.getByRole('region', { name: 'Break-even' });
    await breakEven.waitFor();
    const [{ overhead_basis_points: bp }] = await suite.t.db.query('SELECT overhead_basis_points FROM billing_settings');
    expect(await breakEven.innerText()).toContain(`Overhead (wages, admin, tools) takes ${bp / 100}% of every dollar`);
    expect(await breakEven.innerText()).toMatch(/we need \$[\d,.]+ of revenue a month; we bring in \$[\d,.]+/);
    expect(await page.getByRole('region', { name: 'By package' }).innerText()).toContain('website-mail');
    await page.getByRole('img', { name: /Revenue, partner cost and margin per month, by partner/ }).waitFor();
    await screenshot(page, '48-admin-economics');
    await expectAccessible(page);

    await page.getByLabel('Overhead share of revenue (%)').fill('80');
    await page.getByRole('button', { name: 'Save ratio' }).click();
    await page.getByRole('status').filter({ hasText: 'Saved: overhead is 80% of revenue.' }).waitFor();
    await breakEven.getByText('takes 80% of every dollar', { exact: false }).waitFor();
    await page.getByLabel('Overhead share of revenue (%)').fill('120');
    await page.getByRole('button', { name: 'Save ratio' }).click();
    await page.getByText('Must be a share from 0 to 99.99 (%)').waitFor();

    const phone = await newPage({ width: 390, height: 844 });
    await logIn(phone, admin, '/ops/admin/economics');
    await phone.getByRole('region', { name: 'Break-even' }).waitFor();
    await screenshot(phone, '50-admin-economics-phone');
    await expectAccessible(phone);
    await phone.goto('/ops/admin/packages');
    await phone.getByRole('row').filter({ hasText: 'Website + Mail' }).waitFor();
    await screenshot(phone, '51-admin-packages-phone');
    await expectAccessible(phone);
  });

  it('an ops member without the admin role sees no admin sections and is refused at their addresses', { timeout: 60_000 }, async () => {
    const ops = await createUser(suite.t, { name: 'Otto Ops', staffRole: 'OPS' });
    const page = await newPage();
    await logIn(page, ops, '/ops/queue');
    const nav = page.getByRole('navigation', { name: 'Console sections' });
    await nav.getByRole('link', { name: 'Ticket queue' }).waitFor();
    expect(await nav.getByRole('group', { name: 'Admin' }).count()).toBe(0);
    for (const name of ['Staff', 'Packages & prices', 'Partners', 'Tickets & SLA', 'Economics']) expect(await nav.getByRole('link', { name }).count()).toBe(0);
    for (const path of ['/ops/admin/packages', '/ops/admin/partners', '/ops/admin/tickets', '/ops/admin/economics']) {
      await page.goto(path);
      await page.getByRole('alert').filter({ hasText: 'Not allowed' }).waitFor();
    }
    await screenshot(page, '49-ops-admin-refused');
    await expectAccessible(page);
  });
});
