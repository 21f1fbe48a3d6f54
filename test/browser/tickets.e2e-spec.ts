import { describe, expect, it } from 'vitest';
import { createClient, createUser } from '../support/factories';
import { browserUnavailableReason, screenshot, visibleText } from './support/browser';
import { browserSuite } from './support/browser-suite';

const unavailable = browserUnavailableReason();

describe.skipIf(unavailable !== null)('tickets in Chromium', () => {
  const suite = browserSuite();
  const { newPage, expectAccessible, logIn } = suite;

  function skipWithoutTickets(ctx: { skip(note?: string): void }) {
    if (!suite.apiHas('Mutation', 'fileTicket')) {
      console.warn('[browser tests] the tickets API (issue 3) is not in this branch yet; ticket scenarios skipped');
      ctx.skip();
    }
  }

  it('scenario 1: a client signs up, creates their organisation, files a ticket and sees its number', { timeout: 90_000 }, async (ctx) => {
    skipWithoutTickets(ctx);
    const { t } = suite;
    const page = await newPage();
    await page.goto('/signup');
    await page.getByLabel('Your name').fill('Ada Lovelace');
    await page.getByLabel('Email').fill('ada@example.test');
    await page.getByLabel('Password').fill('a long enough password');
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.getByLabel('Organisation name').fill('Difference Engines');
    await page.getByRole('button', { name: 'Create organisation' }).click();
    await page.getByRole('heading', { name: 'Difference Engines' }).waitFor();

    await page.getByRole('link', { name: 'Tickets', exact: true }).click();
    await page.getByText('No open tickets').waitFor();
    await screenshot(page, '20-client-tickets-empty');
    await expectAccessible(page);
    await page.getByRole('link', { name: 'New ticket' }).first().click();
    await page.getByLabel('Subject').fill('Mail bounces since this morning');
    await page.getByLabel('What is going on?').fill('Every message to our shop address bounces with 550.');
    await screenshot(page, '21-client-new-ticket');
    await expectAccessible(page);
    await page.getByRole('button', { name: 'File ticket' }).click();

    await page.waitForURL(/\/tickets\/\d+$/);
    const [row] = await t.db.query(`SELECT number FROM tickets WHERE subject = 'Mail bounces since this morning'`);
    expect(page.url()).toMatch(new RegExp(`/tickets/${row.number}$`));
    await page.getByText(`Ticket #${row.number} filed`).waitFor();
    expect(await page.getByLabel(`Ticket number #${row.number}`).innerText()).toBe(`#${row.number}`);
    await screenshot(page, '22-client-ticket-filed');
    await expectAccessible(page);

    await page.getByRole('link', { name: 'Tickets', exact: true }).click();
    await page.getByRole('link', { name: 'Mail bounces since this morning' }).waitFor();
    expect(await visibleText(page)).toContain(`#${row.number}`);
    await screenshot(page, '23-client-tickets');
  });

  it('scenario 2: ops triage, claim, note and reply; the client sees the reply live and never the note', { timeout: 120_000 }, async (ctx) => {
    skipWithoutTickets(ctx);
    const { t } = suite;
    const owner = await createUser(t, { name: 'Clara Client' });
    const client = await createClient(t, owner, { name: 'Clara Crafts' });
    const ops = await createUser(t, { name: 'Otto Ops', staffRole: 'OPS' });

    const clientPage = await newPage();
    await logIn(clientPage, owner, `/c/${client.slug}/tickets/new`);
    await clientPage.getByLabel('Subject').fill('Website is slow');
    await clientPage.getByLabel('What is going on?').fill('Pages take ten seconds to load.');
    await clientPage.getByRole('button', { name: 'File ticket' }).click();
    await clientPage.waitForURL(/\/tickets\/\d+$/);
    const number = Number(clientPage.url().split('/').pop());

    const opsPage = await newPage({ width: 1400, height: 900 });
    await logIn(opsPage, ops, '/ops/queue?view=TRIAGE');
    const row = opsPage.getByRole('row').filter({ hasText: `#${number}` });
    await row.waitFor();
    await screenshot(opsPage, '24-ops-queue-triage');
    await expectAccessible(opsPage);

    // Keyboard: a click puts the cursor on the row, o opens it.
    await row.getByRole('cell', { name: 'Clara Crafts' }).click();
    expect(await row.getAttribute('aria-current')).toBe('true');
    await opsPage.keyboard.press('o');
    await opsPage.waitForURL(`**/ops/tickets/${number}`);
    await opsPage.getByRole('heading', { name: 'Website is slow' }).waitFor();

    await opsPage.getByRole('textbox', { name: 'Working group' }).click();
    await opsPage.getByRole('option', { name: 'Infra ops' }).click();
    await opsPage.getByText(/infra-ops|Infra ops/).first().waitFor();
    await expect.poll(async () => (await t.db.query('SELECT working_group_id IS NOT NULL AS set FROM tickets WHERE number = $1', [number]))[0].set).toBe(true);
    await opsPage.getByRole('textbox', { name: 'Priority' }).click();
    await opsPage.getByRole('option', { name: /High/ }).click();
    await expect.poll(async () => (await t.db.query('SELECT priority FROM tickets WHERE number = $1', [number]))[0].priority).toBe('HIGH');
    await opsPage.getByRole('button', { name: 'Assign to me' }).click();
    await opsPage.getByRole('button', { name: 'Unassign me' }).waitFor();

    const note = 'Internal: the droplet is swapping, resize it tonight';
    await opsPage.getByLabel('Internal note').fill(note);
    await opsPage.getByRole('button', { name: 'Add internal note' }).click();
    await opsPage.getByRole('listitem', { name: /Internal note from Otto Ops/ }).waitFor();

    const reply = 'We found the cause and are fixing it tonight.';
    await opsPage.getByLabel('Reply to client').fill(reply);
    await opsPage.getByRole('button', { name: 'Send reply to client' }).click();
    await opsPage.getByRole('listitem', { name: /Reply from Otto Ops/ }).waitFor();
    await screenshot(opsPage, '25-ops-ticket');
    await expectAccessible(opsPage);

    // The client's page, open all along, shows the reply without a reload, and never the note.
    await clientPage.getByText(reply).waitFor();
    const text = await visibleText(clientPage);
    expect(text).not.toContain('droplet is swapping');
    expect(text).not.toContain('Internal note');
    expect(await clientPage.content()).not.toContain('droplet is swapping');
    await screenshot(clientPage, '26-client-ticket-live-reply');
    await expectAccessible(clientPage);
  });

  it('ops put someone on triage duty this week, and the console says who is on duty', { timeout: 90_000 }, async (ctx) => {
    skipWithoutTickets(ctx);
    const { t } = suite;
    const ops = await createUser(t, { name: 'Rita Rota', staffRole: 'OPS' });
    const page = await newPage();
    await logIn(page, ops, '/ops/triage-rota');
    await page.getByRole('heading', { name: 'Triage rota' }).waitFor();
    await page.getByRole('textbox', { name: /Triager for the week of/ }).first().click();
    await page.getByRole('option', { name: 'Rita Rota' }).click();
    await page.getByText('On duty now:').getByText('Rita Rota').waitFor();
    await screenshot(page, '27-ops-triage-rota');
    await expectAccessible(page);
  });
});
