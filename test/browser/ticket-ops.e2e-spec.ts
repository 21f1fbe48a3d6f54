import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { createClient, createUser, loginAs, type TestClient, type TestUser } from '../support/factories';
import { fileTicket, update, type Ticket } from '../tickets/ticket-fixtures';
import { browserUnavailableReason, screenshot, visibleText } from './support/browser';
import { browserSuite } from './support/browser-suite';

const unavailable = browserUnavailableReason();

describe.skipIf(unavailable !== null)('ops ticket work in Chromium', () => {
  const suite = browserSuite();
  const { newPage, expectAccessible, logIn } = suite;
  let owner: TestUser;
  let client: TestClient;
  let ops: TestUser;
  let ownerToken: string;
  let opsToken: string;

  beforeAll(async () => {
    const { t } = suite;
    owner = await createUser(t, { name: 'Kim Client' });
    client = await createClient(t, owner, { name: 'Kim Kiosks' });
    ops = await createUser(t, { name: 'Otto Ops', staffRole: 'OPS' });
    ownerToken = await loginAs(t, owner);
    opsToken = await loginAs(t, ops);
  });

  const file = (subject: string) => fileTicket(suite.t, ownerToken, client.id, subject, `${subject}: details`);
  const row = (page: Page, ticket: Ticket) => page.getByRole('row').filter({ hasText: ticket.displayNumber });
  const query = (sql: string, params: unknown[]) => suite.t.db.query(sql, params);

  it('queue keyboard: j/k move, r and n open a composer, c claims the next ticket of the group filtered on', { timeout: 90_000 }, async () => {
    const first = await file('Keyboard first');
    await file('Keyboard second');
    const finance = await update(suite.t, opsToken, await file('Invoice address is wrong'), { workingGroup: 'finance', priority: 'LOW' });
    await update(suite.t, opsToken, await file('Server on fire'), { workingGroup: 'infra-ops', priority: 'HIGH' });

    const page = await newPage({ width: 1400, height: 900 });
    await logIn(page, ops, '/ops/queue');
    const rows = page.getByRole('row').filter({ has: page.getByRole('checkbox', { name: /^Select #/ }) });
    await row(page, first).waitFor();
    await page.keyboard.press('j');
    await expect.poll(() => rows.nth(0).getAttribute('aria-current')).toBe('true');
    await page.keyboard.press('j');
    await expect.poll(() => rows.nth(1).getAttribute('aria-current')).toBe('true');
    expect(await rows.nth(0).getAttribute('aria-current')).toBeNull();
    await page.keyboard.press('k');
    await expect.poll(() => rows.nth(0).getAttribute('aria-current')).toBe('true');
    const cursorNumber = (await rows.nth(0).getByRole('cell').nth(1).innerText()).replace('#', '');

    await page.keyboard.press('r');
    await page.waitForURL(`**/ops/tickets/${cursorNumber}?compose=reply`);
    await expect.poll(() => page.getByLabel('Reply to client').evaluate((el) => el === document.activeElement)).toBe(true);
    await page.goBack();
    await rows.first().waitFor();
    await page.keyboard.press('j');
    await page.keyboard.press('n');
    await page.waitForURL(`**/ops/tickets/${cursorNumber}?compose=note`);
    await expect.poll(() => page.getByLabel('Internal note').evaluate((el) => el === document.activeElement)).toBe(true);

    // c claims the most urgent unassigned ticket of the selected group, not the more urgent infra one.
    await page.goto('/ops/queue');
    await page.getByRole('textbox', { name: 'Working group' }).click();
    await page.getByRole('option', { name: 'Finance' }).click();
    await page.getByRole('button', { name: 'Claim next in finance' }).waitFor();
    await page.getByRole('heading', { name: 'Ticket queue' }).click();
    await page.keyboard.press('c');
    await page.waitForURL(`**/ops/tickets/${finance.number}`);
    await page.getByRole('heading', { name: 'Invoice address is wrong' }).waitFor();
    await page.getByRole('button', { name: 'Unassign me' }).waitFor();
    const [claimed] = await query('SELECT assignee_id FROM tickets WHERE number = $1', [finance.number]);
    expect(claimed.assignee_id).toBe(ops.id);

    await page.goto('/ops/queue');
    await page.getByRole('textbox', { name: 'Working group' }).click();
    await page.getByRole('option', { name: 'Finance' }).click();
    await page.getByRole('heading', { name: 'Ticket queue' }).click();
    await page.keyboard.press('c');
    await page.getByRole('status').filter({ hasText: 'Nothing left to claim in finance.' }).waitFor();
  });

  it('bulk actions: set priority and group on several tickets, and say which ones failed', { timeout: 90_000 }, async () => {
    const a = await file('Bulk A');
    const b = await file('Bulk B');
    const c = await file('Bulk C');
    const page = await newPage({ width: 1400, height: 900 });
    // No live updates here: the rows keep the versions the page loaded, as when two people work at once.
    await page.routeWebSocket(/\/graphql/, () => undefined);
    await logIn(page, ops, '/ops/queue?view=TRIAGE');
    for (const ticket of [a, b, c]) await page.getByRole('checkbox', { name: `Select ${ticket.displayNumber}` }).check();
    const bulk = page.getByRole('region', { name: 'Bulk actions' });
    await bulk.getByText('3 selected').waitFor();
    await screenshot(page, '40-ops-queue-bulk-selected');
    await expectAccessible(page);
    await bulk.getByRole('button', { name: 'Medium ★★☆' }).click();
    await page.getByRole('status').filter({ hasText: 'Priority Medium ★★☆: 3 tickets updated.' }).waitFor();
    expect((await query('SELECT count(*)::int AS n FROM tickets WHERE id = ANY($1) AND priority = $2', [[a.id, b.id, c.id], 'MEDIUM']))[0].n).toBe(3);

    // Someone else changes B after the page loaded it: B's move fails on its own, the others go through.
    for (const ticket of [a, b, c]) await page.getByRole('checkbox', { name: `Select ${ticket.displayNumber}` }).check();
    await update(suite.t, opsToken, { ...b, version: (await query('SELECT version FROM tickets WHERE id = $1', [b.id]))[0].version }, { labels: ['billing'] });
    await bulk.getByRole('textbox', { name: 'Move selected to working group' }).click();
    await page.getByRole('option', { name: 'Governance' }).click();
    const notice = page.getByRole('status').filter({ hasText: 'Moved to governance' });
    await notice.waitFor();
    expect(await notice.innerText()).toContain('2 updated, 1 not.');
    expect(await notice.innerText()).toContain(`${b.displayNumber}:`);
    await screenshot(page, '41-ops-queue-bulk-partial');
    await expectAccessible(page);
    const groups = await query('SELECT t.number, g.slug FROM tickets t LEFT JOIN working_groups g ON g.id = t.working_group_id WHERE t.id = ANY($1) ORDER BY t.number', [[a.id, b.id, c.id]]);
    expect(groups.map((g: { slug: string | null }) => g.slug)).toEqual(['governance', null, 'governance']);
  });

  it('asks before a public reply that mentions "internal", and sends it only once confirmed', { timeout: 60_000 }, async () => {
    const ticket = await file('Backups missing');
    const page = await newPage({ width: 1400, height: 900 });
    await logIn(page, ops, `/ops/tickets/${ticket.number}`);
    const reply = 'Our internal checks show the backup ran at 03:00.';
    const sent = async () => (await query('SELECT count(*)::int AS n FROM ticket_messages WHERE body = $1', [reply]))[0].n;
    await page.getByLabel('Reply to client').fill(reply);
    await page.getByRole('button', { name: 'Send reply to client' }).click();
    const dialog = page.getByRole('dialog', { name: 'Send this to the client?' });
    await dialog.getByText('This reply says "internal", so it may be meant as an internal note.').waitFor();
    expect(await sent()).toBe(0);
    await screenshot(page, '42-ops-confirm-public-reply');
    await expectAccessible(page);

    await dialog.getByRole('button', { name: 'Keep editing' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(await sent()).toBe(0);
    expect(await page.getByLabel('Reply to client').inputValue()).toBe(reply);

    await page.getByRole('button', { name: 'Send reply to client' }).click();
    await dialog.getByRole('button', { name: 'Send to client anyway' }).click();
    await page.getByRole('listitem', { name: /Reply from Otto Ops/ }).waitFor();
    expect(await sent()).toBe(1);
  });

  it('a stale edit says who changed what, and the change can be applied again', { timeout: 90_000 }, async () => {
    const ticket = await file('Two people at once');
    const pia = await createUser(suite.t, { name: 'Pia Parallel', staffRole: 'OPS' });
    const otto = await newPage({ width: 1400, height: 900 });
    await logIn(otto, ops, `/ops/tickets/${ticket.number}`);
    const piaPage = await newPage({ width: 1400, height: 900 });
    // Pia's live updates are cut (a dropped connection), so her page still holds the version she loaded.
    await piaPage.routeWebSocket(/\/graphql/, () => undefined);
    await logIn(piaPage, pia, `/ops/tickets/${ticket.number}`);
    await piaPage.getByRole('heading', { name: 'Two people at once' }).waitFor();

    await otto.getByRole('textbox', { name: 'Priority' }).click();
    await otto.getByRole('option', { name: /High/ }).click();
    await expect.poll(async () => (await query('SELECT priority FROM tickets WHERE number = $1', [ticket.number]))[0].priority).toBe('HIGH');

    await piaPage.getByRole('textbox', { name: 'Working group' }).click();
    await piaPage.getByRole('option', { name: 'Finance' }).click();
    const alert = piaPage.getByRole('alert').filter({ hasText: 'Someone changed this ticket first' });
    await alert.waitFor();
    await alert.getByText('Latest: Otto Ops changed priority from — to HIGH.').waitFor();
    expect(await alert.innerText()).toContain('Your change was not saved.');
    await screenshot(piaPage, '43-ops-stale-edit');
    await expectAccessible(piaPage);

    await alert.getByRole('button', { name: 'Apply my change again' }).click();
    await alert.waitFor({ state: 'hidden' });
    const [after] = await query('SELECT t.priority, g.slug FROM tickets t JOIN working_groups g ON g.id = t.working_group_id WHERE t.number = $1', [ticket.number]);
    expect(after).toEqual({ priority: 'HIGH', slug: 'finance' });
  });

  it('links tickets by number, watches one, and merges it into another after naming both', { timeout: 90_000 }, async () => {
    const source = await file('Mail bounces');
    const other = await file('Mail bounces again');
    const target = await file('All mail problems');
    const page = await newPage({ width: 1400, height: 900 });
    await logIn(page, ops, `/ops/tickets/${source.number}`);
    const related = page.getByRole('region', { name: 'Related tickets' });
    await related.getByText('No links yet.').waitFor();

    const linkForm = page.getByRole('form', { name: 'Link another ticket' });
    await linkForm.getByLabel('Ticket number').fill('99999');
    await linkForm.getByRole('button', { name: 'Link' }).click();
    await linkForm.getByText('There is no ticket #99999').waitFor();
    expect(await linkForm.getByLabel('Ticket number').getAttribute('aria-invalid')).toBe('true');

    await linkForm.getByRole('textbox', { name: 'This ticket' }).click();
    await page.getByRole('option', { name: 'is a duplicate of' }).click();
    await linkForm.getByLabel('Ticket number').fill(String(other.number));
    await linkForm.getByRole('button', { name: 'Link' }).click();
    await related.getByText(`Duplicate of #${other.number}`).waitFor();
    expect(await related.innerText()).toContain('Mail bounces again');

    await page.getByRole('button', { name: 'Watch', exact: true }).click();
    await page.getByRole('button', { name: 'Stop watching' }).waitFor();
    await page.getByText('You watch this').waitFor();
    expect((await query('SELECT count(*)::int AS n FROM ticket_watchers WHERE ticket_id = $1 AND user_id = $2', [source.id, ops.id]))[0].n).toBe(1);
    await screenshot(page, '44-ops-ticket-links-watch');
    await expectAccessible(page);

    await related.getByRole('button', { name: `Remove link: Duplicate of #${other.number}` }).click();
    await related.getByText('No links yet.').waitFor();
    expect((await query('SELECT count(*)::int AS n FROM ticket_links WHERE from_ticket_id = $1', [source.id]))[0].n).toBe(0);

    const mergeForm = page.getByRole('form', { name: 'Merge into another ticket' });
    await mergeForm.getByLabel('Merge into ticket number').fill(String(target.number));
    await mergeForm.getByRole('button', { name: 'Merge…' }).click();
    const dialog = page.getByRole('dialog', { name: `Merge #${source.number} into #${target.number}?` });
    await dialog.waitFor();
    expect(await dialog.innerText()).toContain(`#${source.number} closes as merged into #${target.number}`);
    expect((await query('SELECT merged_into_id FROM tickets WHERE id = $1', [source.id]))[0].merged_into_id).toBeNull();
    await screenshot(page, '45-ops-merge-confirm');
    await expectAccessible(page);
    await dialog.getByRole('button', { name: `Merge #${source.number} into #${target.number}` }).click();

    await page.waitForURL(`**/ops/tickets/${target.number}`);
    await page.getByRole('heading', { name: 'All mail problems' }).waitFor();
    await page.getByText(`Mail bounces: details`).waitFor();
    // The watcher moved with the merge.
    await page.getByRole('button', { name: 'Stop watching' }).waitFor();
    expect((await query('SELECT merged_into_id FROM tickets WHERE id = $1', [source.id]))[0].merged_into_id).toBe(target.id);
    expect(await visibleText(page)).toContain('merged from');
  });
});
