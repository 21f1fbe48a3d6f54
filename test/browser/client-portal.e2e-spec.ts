import { beforeAll, describe, expect, it } from 'vitest';
import { createClient, createUser } from '../support/factories';
import type { TestApp } from '../support/test-app';
import { browserUnavailableReason, screenshot } from './support/browser';
import { browserSuite } from './support/browser-suite';

const unavailable = browserUnavailableReason();
if (unavailable) console.warn(`[browser tests] ${unavailable}`);

describe.skipIf(unavailable !== null)('client portal in Chromium', () => {
  const suite = browserSuite();
  const { newPage, expectAccessible, logIn } = suite;
  let t: TestApp;
  beforeAll(() => {
    t = suite.t;
  });

  it('scenario 1: a client signs up, creates their organisation and sees it', async () => {
    const page = await newPage();
    await page.goto('/');
    await page.waitForURL(/\/login\?next=/);
    await page.getByRole('heading', { name: 'Log in' }).waitFor();
    await screenshot(page, '01-log-in');
    await expectAccessible(page);

    await page.getByRole('link', { name: 'Create an account' }).click();
    await page.getByRole('heading', { name: 'Create your account' }).waitFor();
    await page.getByLabel('Your name').fill('Grace Hopper');
    await page.getByLabel('Email').fill('grace@example.test');
    await page.getByLabel('Password').fill('a long enough password');
    await screenshot(page, '02-sign-up');
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Create account' }).click();

    await page.waitForURL('**/organisations/new');
    await page.getByRole('heading', { name: 'Create your organisation' }).waitFor();
    await screenshot(page, '03-create-organisation');
    await expectAccessible(page);
    await page.getByLabel('Organisation name').fill('Analytical Engines Co-op');
    await page.getByRole('button', { name: 'Create organisation' }).click();

    await page.waitForURL(/\/c\/[a-z0-9-]+$/);
    await page.getByRole('heading', { name: 'Analytical Engines Co-op' }).waitFor();
    expect(await page.getByRole('textbox', { name: 'Organisation' }).inputValue()).toBe('Analytical Engines Co-op');
    await screenshot(page, '04-client-overview');
    await expectAccessible(page);

    const [row] = await t.db.query(
      `SELECT c.slug FROM clients c JOIN client_members m ON m.client_id = c.id JOIN users u ON u.id = m.user_id WHERE u.email = 'grace@example.test' AND m.role = 'OWNER'`,
    );
    expect(page.url()).toBe(`${t.url}/c/${row.slug}`);

    // A reload keeps the session (httpOnly cookie) and the deep link serves the app.
    await page.reload();
    await page.getByRole('heading', { name: 'Analytical Engines Co-op' }).waitFor();
  });

  it('shows the server message next to the field it names, and a wrong password above the form', async () => {
    const page = await newPage();
    await page.goto('/signup');
    await page.getByLabel('Your name').fill('Short Password');
    await page.getByLabel('Email').fill('short@example.test');
    await page.getByLabel('Password').fill('short');
    await page.getByRole('button', { name: 'Create account' }).click();
    const message = page.getByText('Must be at least 12 characters');
    await message.waitFor();
    // The message is tied to the password input, so a screen reader reads it with the field.
    const password = page.getByLabel('Password');
    const attrs = await password.evaluate((el) => ({ invalid: el.getAttribute('aria-invalid'), describedBy: el.getAttribute('aria-describedby') ?? '' }));
    expect(attrs.describedBy.split(' ')).toContain(await message.getAttribute('id'));
    expect(attrs.invalid).toBe('true');
    await screenshot(page, '05-sign-up-field-error');
    await expectAccessible(page);

    await page.goto('/login');
    await page.getByLabel('Email').fill('nobody@example.test');
    await page.getByLabel('Password').fill('not the password at all');
    await page.getByRole('button', { name: 'Log in' }).click();
    await expect.poll(() => page.getByRole('alert').innerText()).toContain('Wrong email or password');
  });

  it('invites and removes a member, changes the password, logs out and back in', async () => {
    const owner = await createUser(t, { name: 'Olive Owner' });
    const colleague = await createUser(t, { name: 'Cal Colleague' });
    const client = await createClient(t, owner, { name: 'Olive Bakery', members: [colleague] });
    const page = await newPage();
    await page.goto(`/c/${client.slug}/members`);
    await page.waitForURL(/\/login/);
    await page.getByLabel('Email').fill(owner.email);
    await page.getByLabel('Password').fill(owner.password);
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.waitForURL(`**/c/${client.slug}/members`);
    await page.getByRole('heading', { name: 'Members of Olive Bakery' }).waitFor();

    await page.getByLabel('Their email').fill('newbie@example.test');
    await page.getByRole('button', { name: 'Create invitation' }).click();
    await page.getByText('Invitation for newbie@example.test').waitFor();
    await screenshot(page, '06-members');
    await expectAccessible(page);

    await page.getByRole('button', { name: 'Remove Cal Colleague' }).click();
    await page.getByRole('dialog', { name: 'Remove this member?' }).getByRole('button', { name: 'Remove' }).click();
    await expect.poll(() => page.getByRole('table').innerText()).not.toContain('Cal Colleague');
    const [m] = await t.db.query('SELECT count(*)::int AS n FROM client_members WHERE client_id = $1 AND user_id = $2', [client.id, colleague.id]);
    expect(m.n).toBe(0);

    await page.goto('/account');
    await page.getByLabel('Current password').fill('not my password at all');
    await page.getByLabel('New password').fill('a brand new long password');
    await page.getByRole('button', { name: 'Change password' }).click();
    await expect.poll(() => page.getByLabel('Current password').getAttribute('aria-invalid')).toBe('true');
    await page.getByLabel('Current password').fill(owner.password);
    await page.getByRole('button', { name: 'Change password' }).click();
    await page.getByText('Your password has been changed').waitFor();
    await screenshot(page, '07-account');
    await expectAccessible(page);

    await page.getByRole('button', { name: /account menu/ }).click();
    await page.getByRole('menuitem', { name: 'Log out' }).click();
    await page.waitForURL('**/login');
    await page.goto(`/c/${client.slug}`);
    await page.waitForURL(/\/login\?next=/);
    await page.getByLabel('Email').fill(owner.email);
    await page.getByLabel('Password').fill('a brand new long password');
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.getByRole('heading', { name: 'Olive Bakery' }).waitFor();
  });

  it('an invited person logs in from the invitation link and joins the organisation', async () => {
    const owner = await createUser(t, { name: 'Ivy Inviter' });
    const joiner = await createUser(t, { name: 'Jo Joiner', email: 'jo.joiner@example.test' });
    const client = await createClient(t, owner, { name: 'Ivy Press' });
    const ownerPage = await newPage();
    await logIn(ownerPage, owner, `/c/${client.slug}/members`);
    await ownerPage.getByLabel('Their email').fill('jo.joiner@example.test');
    await ownerPage.getByRole('button', { name: 'Create invitation' }).click();
    const invitation = ownerPage.getByRole('alert').filter({ hasText: 'Invitation for jo.joiner@example.test' });
    await invitation.waitFor();
    const link = (await invitation.locator('pre, code').first().innerText()).trim();
    expect(link).toMatch(new RegExp(`^${t.url}/invitations/accept\\?token=`));

    // Another browser, where the invited person is not logged in yet.
    const page = await newPage();
    await page.goto(link);
    await page.waitForURL(/\/login\?next=/);
    await page.getByLabel('Email').fill(joiner.email);
    await page.getByLabel('Password').fill(joiner.password);
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.getByRole('heading', { name: 'Join an organisation' }).waitFor();
    await page.getByText('jo.joiner@example.test').waitFor();
    await screenshot(page, '12-accept-invitation');
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Accept invitation' }).click();
    await page.waitForURL(`**/c/${client.slug}`);
    await page.getByRole('heading', { name: 'Ivy Press' }).waitFor();
    const [m] = await t.db.query('SELECT role FROM client_members WHERE client_id = $1 AND user_id = $2', [client.id, joiner.id]);
    expect(m.role).toBe('MEMBER');

    // The owner sees the new member; the link does not work twice.
    await ownerPage.reload();
    await ownerPage.getByRole('cell', { name: 'Jo Joiner', exact: true }).waitFor();
    await page.goto(link);
    await page.getByRole('button', { name: 'Accept invitation' }).click();
    await page.getByRole('alert').waitFor();
    expect(page.url()).toContain('/invitations/accept');
  });

  it('shows the ops console to staff only', async () => {
    const ops = await createUser(t, { name: 'Oscar Ops', staffRole: 'ADMIN' });
    const page = await newPage();
    await logIn(page, ops, '/ops/clients');
    await page.waitForURL('**/ops/clients');
    await page.getByRole('heading', { name: /Clients/ }).waitFor();
    await page.getByRole('link', { name: 'Analytical Engines Co-op', exact: true }).waitFor();
    await screenshot(page, '08-ops-clients');
    await expectAccessible(page);
    await page.getByRole('link', { name: 'Staff' }).click();
    await page.getByRole('textbox', { name: 'Staff role of Oscar Ops' }).waitFor();
    await screenshot(page, '09-ops-staff');
    await expectAccessible(page);

    const client = await createUser(t, { name: 'Not Staff' });
    const other = await newPage();
    await logIn(other, client, '/ops');
    await other.waitForURL('**/organisations/new');
  });

  it('fits a phone screen', async () => {
    const owner = await createUser(t, { name: 'Phoebe Phone' });
    const client = await createClient(t, owner, { name: 'Pocket Co-op' });
    const page = await newPage({ width: 390, height: 844 });
    await logIn(page, owner, `/c/${client.slug}`);
    await page.getByRole('heading', { name: 'Pocket Co-op' }).waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(page, '10-phone-overview');
    await page.getByRole('button', { name: 'Show sections' }).click();
    await page.getByRole('link', { name: 'Members', exact: true }).click();
    await page.getByRole('heading', { name: 'Members of Pocket Co-op' }).waitFor();
    await screenshot(page, '11-phone-members');
    await expectAccessible(page);
  });
});
