// Issue 6's benchmark (not a test): in Debian's Chromium, the ops queue page on the 1,000,000-ticket
// benchmark database (seeded as the tickets benchmark does) shows its first 25 rows within 1 s of
// navigation. The time is read in the page with the Performance API: a MutationObserver installed before
// any script notes performance.now() (ms since navigation start) when the 25th row is in the table.
//
//   npm run bench queue-page      (BENCH_RUNS: default 7; BENCH_DATABASE_URL as for the tickets benchmark)
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { sessionFor, startSeededServer } from './tickets.bench.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const root = path.resolve(import.meta.dirname, '../..');
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const WATCH_ROWS = `(() => {
  const done = () => document.querySelectorAll('table tbody tr[id^="queue-row-"]').length >= 25;
  new MutationObserver((_, observer) => {
    if (window.__rows25 === undefined && done()) { window.__rows25 = performance.now(); observer.disconnect(); }
  }).observe(document, { childList: true, subtree: true });
})()`;

export async function run() {
  if (!existsSync(path.join(root, 'apps/web/dist/index.html'))) execSync('npm run build --workspace @coop/web', { cwd: root, stdio: 'inherit' });
  const { server, db } = await startSeededServer();
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const { token } = await sessionFor(db, 'ops1@bench.test');
    const open = (await db.query(`SELECT count(*)::int AS n FROM tickets WHERE status IN ('NEW', 'OPEN', 'PENDING_CLIENT', 'ON_HOLD')`)).rows[0].n;
    const total = (await db.query(`SELECT count(*)::int AS n FROM tickets`)).rows[0].n;
    console.log(`${total} tickets, ${open} open; ${RUNS} runs each`);
    const measure = async (page) => {
      await page.goto(`${server.url}/ops/queue?view=OPEN`);
      await page.waitForFunction('window.__rows25 !== undefined', null, { timeout: 30_000 });
      return page.evaluate(`({ rows: window.__rows25, dcl: performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd })`);
    };
    const cookie = { name: 'portal_session', value: token, url: server.url, httpOnly: true, sameSite: 'Lax' };
    // one navigation first, reported apart: the server's first queue page plans its statements and
    // fills its caches, and Chromium starts its first renderer
    const first = await browser.newContext();
    await first.addCookies([cookie]);
    await first.addInitScript(WATCH_ROWS);
    const warmup = await measure(await first.newPage());
    await first.close();
    console.log(`first navigation after the server started: rows at ${warmup.rows.toFixed(0)} ms (not counted)`);
    // cold: a fresh browser profile each time (no HTTP cache, no service state); warm: the same tab again
    const cold = [];
    for (let i = 0; i < RUNS; i++) {
      const context = await browser.newContext();
      await context.addCookies([cookie]);
      await context.addInitScript(WATCH_ROWS);
      cold.push(await measure(await context.newPage()));
      await context.close();
    }
    const context = await browser.newContext();
    await context.addCookies([cookie]);
    await context.addInitScript(WATCH_ROWS);
    const page = await context.newPage();
    await measure(page);
    const warm = [];
    for (let i = 0; i < RUNS; i++) warm.push(await measure(page));
    await context.close();
    const line = (name, runs) =>
      `${name}: first 25 rows at ${runs.map((r) => r.rows.toFixed(0)).join(', ')} ms after navigation; median ${median(runs.map((r) => r.rows)).toFixed(0)} ms, max ${Math.max(...runs.map((r) => r.rows)).toFixed(0)} ms (DOMContentLoaded median ${median(runs.map((r) => r.dcl)).toFixed(0)} ms)`;
    console.log(line('cold (new profile each run)', cold));
    console.log(line('warm (same tab, reloaded)', warm));
    const worst = Math.max(...cold.map((r) => r.rows), ...warm.map((r) => r.rows));
    console.log(`floor: every run under 1000 ms: ${worst < 1000 ? 'OK' : 'NOT MET'}`);
  } finally {
    await browser.close();
    await db.end();
    await server.stop();
  }
}
