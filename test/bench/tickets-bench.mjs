// Ticket queue benchmark (not a test): seeds tickets with generate_series, boots the built API as a child
// process, and measures GraphQL against the same SQL issued straight through `pg`, at concurrency 8 and 32.
//
//   npx tsc -b && node test/bench/tickets-bench.mjs
//
// Env: BENCH_TICKETS (default 1000000, 10% open), BENCH_SECONDS per measurement (default 10),
//      DATABASE_URL (a server to create a scratch database on; default: embedded PostgreSQL in a temp dir).
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm, chmod } from 'node:fs/promises';
import { createRequire } from 'node:module';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const require = createRequire(import.meta.url);
const dist = (p) => require(path.join(root, 'apps/api/dist', p));
const pg = require('pg');
const { startEmbeddedPostgres } = dist('database/embedded-postgres.js');
const { withDataSource, runMigrations } = dist('database/migrate.js');
const { newToken } = dist('modules/auth/opaque-token.js');
const { queueSql } = dist('modules/tickets/ticket-queue-sql.js');
const { ticketSearchSql } = dist('modules/tickets/ticket-search-sql.js');

const TICKETS = Number(process.env.BENCH_TICKETS ?? 1_000_000);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CLIENTS = 1000;
const say = (s = '') => process.stdout.write(s + '\n');

async function freePort() {
  return new Promise((resolve) => {
    const s = net.createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

async function database() {
  if (process.env.DATABASE_URL) {
    const name = `bench_${randomBytes(4).toString('hex')}`;
    const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const u = new URL(process.env.DATABASE_URL);
    u.pathname = `/${name}`;
    return { url: u.toString(), stop: async () => {} };
  }
  const dir = await mkdtemp(path.join(os.tmpdir(), 'coop-bench-'));
  await chmod(dir, 0o755);
  const handle = await startEmbeddedPostgres({ dataDir: path.join(dir, 'pg'), preferredPort: 56432, database: 'bench' });
  return { url: handle.url, stop: async () => { await handle.stop(); await rm(dir, { recursive: true, force: true }); } };
}

async function seed(db) {
  const started = Date.now();
  const open = Math.floor(TICKETS / 10);
  await db.query(`
    INSERT INTO clients (name, slug) SELECT 'Bench client ' || g, 'bench-' || g FROM generate_series(1, ${CLIENTS}) g;
    INSERT INTO users (email, name, password_hash) SELECT 'member' || g || '@bench.test', 'Member ' || g, 'x' FROM generate_series(1, ${CLIENTS}) g;
    INSERT INTO users (email, name, password_hash, staff_role) SELECT 'ops' || g || '@bench.test', 'Ops ' || g, 'x', 'OPS' FROM generate_series(1, 40) g;
    INSERT INTO client_members (client_id, user_id, role)
      SELECT c.id, u.id, 'OWNER' FROM clients c JOIN users u ON u.email = 'member' || substr(c.slug, 7) || '@bench.test';
    CREATE TEMP TABLE bench_clients AS SELECT row_number() OVER (ORDER BY slug) AS i, c.id, cm.user_id FROM clients c JOIN client_members cm ON cm.client_id = c.id;
    CREATE TEMP TABLE bench_groups AS SELECT row_number() OVER (ORDER BY slug) AS i, id FROM working_groups;
    CREATE TEMP TABLE bench_ops AS SELECT row_number() OVER (ORDER BY email) AS i, id FROM users WHERE staff_role IS NOT NULL;
  `);
  // Every 10th ticket is open (spread over the open states); 20% of open ones are untriaged.
  await db.query(`
    INSERT INTO tickets (number, client_id, requester_id, subject, body, status, priority, working_group_id, assignee_id, labels,
      created_at, updated_at, last_public_activity_at, last_activity_at, first_response_at, first_response_paused_ms,
      resolved_at, resolution_paused_ms, closed_at, first_response_due_at, resolution_due_at)
    SELECT g, c.id, c.user_id,
      (ARRAY['Mail','Website','DNS','Backup','Invoice','Certificate','Mailbox','Droplet'])[1 + g % 8] || ' ' ||
        (ARRAY['down','slow','bouncing','expired','missing','full','broken','question'])[1 + (g / 8) % 8] || ' #' || g,
      'Seeded ticket ' || g,
      CASE WHEN g % 10 = 0 THEN (ARRAY['NEW','OPEN','PENDING_CLIENT','ON_HOLD'])[1 + (g / 10) % 4] ELSE 'CLOSED' END,
      CASE WHEN g % 10 = 0 AND (g / 10) % 5 = 0 THEN NULL ELSE (ARRAY['LOW','MEDIUM','HIGH'])[1 + g % 3] END,
      CASE WHEN g % 10 = 0 AND (g / 10) % 5 = 1 THEN NULL ELSE wg.id END,
      CASE WHEN g % 10 = 0 AND (g / 10) % 3 = 0 THEN NULL ELSE o.id END,
      CASE WHEN g % 7 = 0 THEN ARRAY['vip'] ELSE '{}' END,
      ts, ts, ts, ts,
      CASE WHEN g % 10 = 0 THEN NULL ELSE ts + interval '1 hour' END, CASE WHEN g % 10 = 0 THEN NULL ELSE 0 END,
      CASE WHEN g % 10 = 0 THEN NULL ELSE ts + interval '1 day' END, CASE WHEN g % 10 = 0 THEN NULL ELSE 0 END,
      CASE WHEN g % 10 = 0 THEN NULL ELSE ts + interval '2 days' END,
      ts + (ARRAY[interval '1 day', interval '4 hours', interval '1 hour'])[1 + g % 3],
      ts + (ARRAY[interval '10 days', interval '3 days', interval '8 hours'])[1 + g % 3]
    FROM generate_series(1, ${TICKETS}) g
    CROSS JOIN LATERAL (SELECT now() - (${TICKETS} - g) * interval '30 seconds' AS ts) x
    JOIN bench_clients c ON c.i = 1 + g % ${CLIENTS}
    JOIN bench_groups wg ON wg.i = 1 + g % 4
    JOIN bench_ops o ON o.i = 1 + g % 40;
    UPDATE tickets SET priority = NULL, first_response_due_at = NULL, resolution_due_at = NULL WHERE priority IS NULL;
    INSERT INTO ticket_messages (ticket_id, kind, author_id, body, created_at)
      SELECT id, 'PUBLIC', requester_id, 'Hello, our ' || lower(subject) || ' since this morning, please help', created_at FROM tickets;
    INSERT INTO ticket_messages (ticket_id, kind, author_id, body, created_at)
      SELECT id, 'INTERNAL', assignee_id, 'Checked the logs on the partner side', created_at FROM tickets WHERE number % 5 = 0 AND assignee_id IS NOT NULL;
    UPDATE ticket_number_counter SET last_number = ${TICKETS};
    ANALYZE;
  `);
  say(`seeded ${TICKETS} tickets (${open} open), ${CLIENTS} clients in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

function percentile(sorted, p) {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : NaN;
}

/** Runs `fn` in `concurrency` loops for SECONDS; returns p50/p95 (ms) and requests/s. */
async function measure(concurrency, fn) {
  const latencies = [];
  const until = Date.now() + SECONDS * 1000;
  let errors = 0;
  let i = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (Date.now() < until) {
        const n = i++;
        const t0 = performance.now();
        try {
          await fn(n);
          latencies.push(performance.now() - t0);
        } catch (e) {
          errors++;
          if (errors < 3) say(`  error: ${e.message}`);
        }
      }
    }),
  );
  latencies.sort((a, b) => a - b);
  return { p50: percentile(latencies, 50), p95: percentile(latencies, 95), rps: latencies.length / SECONDS, errors };
}

const fmt = (r) => `p50 ${r.p50.toFixed(1)} ms  p95 ${r.p95.toFixed(1)} ms  ${r.rps.toFixed(0)} req/s${r.errors ? `  (${r.errors} errors)` : ''}`;

async function rssMb(pid) {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)[1]) / 1024;
}

async function main() {
  const { url, stop } = await database();
  let api;
  try {
    await withDataSource(url, runMigrations);
    const db = new pg.Pool({ connectionString: url, max: 40 });
    await seed(db);
    const [{ id: opsId }] = (await db.query(`SELECT id FROM users WHERE email = 'ops1@bench.test'`)).rows;
    const { token, hash } = newToken('session');
    await db.query(`INSERT INTO sessions (user_id, token_hash, expires_at) VALUES ($1, $2, now() + interval '1 day')`, [opsId, hash]);
    const [{ id: clientId, user_id: memberId }] = (await db.query(`SELECT c.id, cm.user_id FROM clients c JOIN client_members cm ON cm.client_id = c.id WHERE c.slug = 'bench-1'`)).rows;
    const member = newToken('session');
    await db.query(`INSERT INTO sessions (user_id, token_hash, expires_at) VALUES ($1, $2, now() + interval '1 day')`, [memberId, member.hash]);

    const port = await freePort();
    api = spawn(process.execPath, [path.join(root, 'apps/api/dist/main.js')], {
      env: { ...process.env, DATABASE_URL: url, PORT: String(port), HOST: '127.0.0.1', PROCESS_ROLE: 'api', LOG_LEVEL: 'warn', SEED_DEMO: 'false', NODE_ENV: 'production', GRAPHQL_MAX_COST: '100000' },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    const base = `http://127.0.0.1:${port}`;
    for (let i = 0; ; i++) {
      try {
        if ((await fetch(`${base}/healthz`)).ok) break;
      } catch { /* not up yet */ }
      if (i > 120) throw new Error('API did not start');
      await new Promise((r) => setTimeout(r, 500));
    }
    let maxRss = 0;
    const sampler = setInterval(() => rssMb(api.pid).then((m) => (maxRss = Math.max(maxRss, m))).catch(() => {}), 200);

    const gql = async (query, variables, bearer = token) => {
      const res = await fetch(`${base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${bearer}` },
        body: JSON.stringify({ query, variables }),
      });
      const body = await res.json();
      if (body.errors) throw new Error(JSON.stringify(body.errors[0]));
      return body.data;
    };
    const QUEUE = `query ($view: TicketQueueView!, $filter: TicketQueueFilterInput) { ticketQueue(view: $view, first: 25, filter: $filter) {
      totalCount edges { node { id number subject status priority lastActivityAt assignee { name } workingGroup { slug } sla { firstResponse { dueAt state } } } } } }`;
    const rawQueue = async (view, text) => {
      const q = queueSql({ view, filter: text ? { text } : {}, order: null, first: 25, cursor: null, userId: opsId, now: new Date(), onDuty: false });
      await db.query(q.countSql, q.countParams);
      await db.query(q.pageSql, q.pageParams);
    };
    const SEARCH_TERM = 'certificate expired';
    const rawSearch = async () => {
      const q = ticketSearchSql({ userId: opsId, isStaff: true }, SEARCH_TERM, 25, 0);
      await db.query(q.sql, q.params);
    };
    const fileRaw = async (n) => {
      const c = await db.connect();
      try {
        await c.query('BEGIN');
        const { rows } = await c.query('UPDATE ticket_number_counter SET last_number = last_number + 1 WHERE id RETURNING last_number');
        const now = new Date();
        const ins = await c.query(
          `INSERT INTO tickets (number, client_id, requester_id, subject, body, created_at, updated_at, last_public_activity_at, last_activity_at)
           VALUES ($1, $2, $3, $4, $5, $6, $6, $6, $6) RETURNING id`,
          [rows[0].last_number, clientId, memberId, `raw ${n}`, 'raw body', now],
        );
        await c.query(`INSERT INTO ticket_events (ticket_id, at, actor_id, kind, visibility, to_value) VALUES ($1, $2, $3, 'FILED', 'PUBLIC', $4)`, [ins.rows[0].id, now, memberId, `#${rows[0].last_number}`]);
        await c.query('COMMIT');
      } catch (e) {
        await c.query('ROLLBACK');
        throw e;
      } finally {
        c.release();
      }
    };
    await db.query('CREATE SEQUENCE bench_plain START 100000000');
    const plainInsert = (n) =>
      db.query(
        `INSERT INTO tickets (number, client_id, requester_id, subject, body, created_at, updated_at, last_public_activity_at, last_activity_at)
         VALUES (nextval('bench_plain'), $1, $2, $3, 'plain body', now(), now(), now(), now())`,
        [clientId, memberId, `plain ${n}`],
      );
    const FILE = `mutation ($input: FileTicketInput!) { fileTicket(input: $input) { id number } }`;

    // warm up
    await gql('{ __typename }');
    await gql(QUEUE, { view: 'OPEN' });
    const results = [];
    for (const concurrency of [8, 32]) {
      say(`\nconcurrency ${concurrency}, ${SECONDS} s each`);
      const ceiling = await measure(concurrency, () => gql('{ __typename }'));
      say(`  { __typename }            ${fmt(ceiling)}`);
      for (const [name, api, raw] of [
        ['ticketQueue(OPEN, 25)', () => gql(QUEUE, { view: 'OPEN' }), () => rawQueue('OPEN')],
        ['ticketQueue(TRIAGE, 25)', () => gql(QUEUE, { view: 'TRIAGE' }), () => rawQueue('TRIAGE')],
        ['searchTickets', () => gql(`query ($q: String!) { searchTickets(query: $q, first: 25) { totalCount edges { node { snippet ticket { number } } } } }`, { q: SEARCH_TERM }), rawSearch],
      ]) {
        const a = await measure(concurrency, api);
        const r = await measure(concurrency, raw);
        say(`  ${name.padEnd(25)} ${fmt(a)}`);
        say(`  ${'  same SQL through pg'.padEnd(25)} ${fmt(r)}   api/raw throughput ${(a.rps / r.rps).toFixed(2)}, vs ceiling ${(a.rps / ceiling.rps).toFixed(2)}`);
        results.push({ concurrency, name, api: a, raw: r, ceiling: ceiling.rps });
      }
      const f = await measure(concurrency, (n) => gql(FILE, { input: { clientId, subject: `bench ${n}`, body: 'bench body' } }, member.token));
      const fr = await measure(concurrency, fileRaw);
      const pl = await measure(concurrency, plainInsert);
      say(`  ${'fileTicket'.padEnd(25)} ${fmt(f)}`);
      say(`  ${'  counter+insert+event pg'.padEnd(25)} ${fmt(fr)}   api/raw ${(f.rps / fr.rps).toFixed(2)}`);
      say(`  ${'  plain INSERT (no counter)'.padEnd(25)} ${fmt(pl)}   gap-free numbering costs ${(100 * (1 - fr.rps / pl.rps)).toFixed(0)}% of raw insert throughput`);
    }
    clearInterval(sampler);
    say(`\nAPI process RSS, max under load: ${maxRss.toFixed(0)} MB`);
    const gaps = (await db.query(`SELECT count(*)::int AS n, max(number) AS max FROM tickets WHERE number < 100000000`)).rows[0];
    say(`numbers: ${gaps.n} tickets, max #${gaps.max} (gap-free: ${gaps.n === Number(gaps.max)})`);
    await db.end();
  } finally {
    api?.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 1000));
    await stop();
  }
}

main().catch((e) => {
  process.stderr.write(`${e.stack ?? e}\n`);
  process.exit(1);
});
