// Issue 3's benchmark (not a test): seeds tickets with generate_series into the server's database, then
// measures ticketQueue (OPEN, TRIAGE), searchTickets and fileTicket through the API against the same SQL
// issued straight through `pg` and against the `{ __typename }` ceiling, at concurrency 8 and 32. Each
// read is measured twice: as asked (repeated answers come from TicketAnswerCache) and with
// `Cache-Control: no-cache` (computed every time); then the queue while clients file 10 tickets a second.
//
//   npm run bench tickets      (BENCH_TICKETS: default 1000000, 10% open; BENCH_SECONDS per case: default 10)
//
// BENCH_DATABASE_URL=postgres://… runs the server on that (migrated) database instead of a throwaway
// embedded one and seeds it only the first time, so repeated runs skip the minutes of seeding.
import { createRequire } from 'node:module';
import net from 'node:net';
import path from 'node:path';
import { load, percentile } from './lib/load.mjs';
import { gql, startServer } from './lib/server.mjs';

const root = path.resolve(import.meta.dirname, '../..');
const require = createRequire(import.meta.url);
const dist = (p) => require(path.join(root, 'apps/api/dist', p));
const pg = require('pg');
const { newToken } = dist('modules/auth/opaque-token.js');
const { queueSql } = dist('modules/tickets/ticket-queue-sql.js');
const { ticketSearchSql } = dist('modules/tickets/ticket-search-sql.js');

const TICKETS = Number(process.env.BENCH_TICKETS ?? 1_000_000);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CLIENTS = 1000;
const say = (s = '') => process.stdout.write(s + '\n');

async function freePort() {
  return new Promise((resolve) => {
    const srv = net.createServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

export async function seed(db) {
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
  // Every 10th ticket is open (spread over the open states); 20% of open ones are untriaged. The search
  // documents are built in one pass at the end rather than row by row by their triggers.
  await db.query(`
    ALTER TABLE tickets DISABLE TRIGGER ticket_search_docs_on_ticket;
    ALTER TABLE ticket_messages DISABLE TRIGGER ticket_search_docs_on_message;
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
    SELECT ticket_search_docs_rebuild_all();
    ALTER TABLE tickets ENABLE TRIGGER ticket_search_docs_on_ticket;
    ALTER TABLE ticket_messages ENABLE TRIGGER ticket_search_docs_on_message;
  `);
  await db.query('VACUUM ANALYZE'); // as autovacuum would: index-only counts need the visibility map
  say(`seeded ${TICKETS} tickets (${open} open), ${CLIENTS} clients in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

/** Runs `fn` (raw SQL through pg) in `concurrency` loops for SECONDS; returns p50/p95 (ms) and requests/s. */
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

/**
 * The built server on the benchmark database, seeded: BENCH_DATABASE_URL's (seeded the first time only)
 * or a throwaway embedded one. `db` is a pg pool on the same database.
 */
export async function startSeededServer(env = {}) {
  const pgPort = await freePort();
  const external = process.env.BENCH_DATABASE_URL;
  const server = await startServer({
    PROCESS_ROLE: 'api',
    GRAPHQL_MAX_COST: '100000',
    ...(external ? { DATABASE_URL: external } : { EMBEDDED_POSTGRES_PORT: String(pgPort) }),
    ...env,
  });
  const db = new pg.Pool({ connectionString: external ?? `postgres://portal:portal@127.0.0.1:${pgPort}/portal`, max: 40 });
  db.on('error', () => {}); // idle clients are cut off when the server stops its embedded PostgreSQL
  const seeded = (await db.query(`SELECT count(*)::int AS n FROM clients WHERE slug = 'bench-1'`)).rows[0].n > 0;
  if (seeded) say('reusing the seeded benchmark database');
  else await seed(db);
  return { server, db };
}

/** A session for a seeded user, as the web app's cookie or a bearer token. */
export async function sessionFor(db, email) {
  const [{ id }] = (await db.query(`SELECT id FROM users WHERE email = $1`, [email])).rows;
  const { token, hash } = newToken('session');
  await db.query(`INSERT INTO sessions (user_id, token_hash, expires_at) VALUES ($1, $2, now() + interval '1 day')`, [id, hash]);
  return { userId: id, token };
}

export async function run() {
  const { server, db } = await startSeededServer();
  try {
    const { userId: opsId, token } = await sessionFor(db, 'ops1@bench.test');
    const [{ id: clientId, user_id: memberId }] = (await db.query(`SELECT c.id, cm.user_id FROM clients c JOIN client_members cm ON cm.client_id = c.id WHERE c.slug = 'bench-1'`)).rows;
    const member = newToken('session');
    await db.query(`INSERT INTO sessions (user_id, token_hash, expires_at) VALUES ($1, $2, now() + interval '1 day')`, [memberId, member.hash]);
    const base = server.url;
    let maxRss = 0;
    const sampler = setInterval(() => server.rssMiB().then((m) => (maxRss = Math.max(maxRss, m))).catch(() => {}), 200);

    const QUEUE = `query ($view: TicketQueueView!, $filter: TicketQueueFilterInput) { ticketQueue(view: $view, first: 25, filter: $filter) {
      totalCount edges { node { id number subject status priority lastActivityAt assignee { name } workingGroup { slug } sla { firstResponse { dueAt state } } } } } }`;
    const rawQueue = async (view, text) => {
      const q = queueSql({ view, filter: text ? { text } : {}, order: null, first: 25, cursor: null, userId: opsId, now: new Date(), onDuty: false });
      // as the app sends them (named, so planned once per connection); the app also remembers counts
      await db.query({ name: `count-${view}-${text ?? ''}`, text: q.countSql, values: q.countParams });
      await db.query({ name: `page-${view}-${text ?? ''}`, text: q.pageSql, values: q.pageParams });
    };
    // a broad term (1 ticket in 64 matches it: ~15,600 subjects and as many messages to rank) and a
    // selective one (a number quoted from an email: one ticket)
    const SEARCH_TERM = 'certificate expired';
    const SELECTIVE_TERM = String(Math.floor(TICKETS / 2) + 7);
    const rawSearch = (term) => async () => {
      const q = ticketSearchSql({ userId: opsId, isStaff: true }, term, 25, 0);
      await db.query(q.sql, q.params);
    };
    const SEARCH = `query ($q: String!) { searchTickets(query: $q, first: 25) { totalCount edges { node { snippet ticket { number } } } } }`;
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
    await db.query('CREATE SEQUENCE IF NOT EXISTS bench_plain START 100000000');
    const plainInsert = (n) =>
      db.query(
        `INSERT INTO tickets (number, client_id, requester_id, subject, body, created_at, updated_at, last_public_activity_at, last_activity_at)
         VALUES (nextval('bench_plain'), $1, $2, $3, 'plain body', now(), now(), now(), now())`,
        [clientId, memberId, `plain ${n}`],
      );
    const FILE = `mutation ($input: FileTicketInput!) { fileTicket(input: $input) { id number } }`;
    // `fresh`: ask with Cache-Control: no-cache, so the server computes every answer instead of serving
    // the one it keeps for a second (TicketAnswerCache)
    const apiLoad = (concurrency, query, variables, bearer = token, fresh = false) =>
      load({
        url: base,
        concurrency,
        seconds: SECONDS,
        makeRequest: (w, i) => ({
          path: '/graphql',
          body: JSON.stringify({ query, variables: typeof variables === 'function' ? variables(w, i) : variables }),
          headers: {
            'content-type': 'application/json',
            ...(bearer ? { authorization: `Bearer ${bearer}` } : {}),
            ...(fresh ? { 'cache-control': 'no-cache' } : {}),
          },
        }),
        check: (text) => !text.includes('"errors"'),
      });

    const results = [];
    for (const concurrency of [8, 32]) {
      say(`\nconcurrency ${concurrency}, ${SECONDS} s each`);
      const ceiling = await apiLoad(concurrency, '{ __typename }', {}, null);
      say(`  { __typename }            ${fmt(ceiling)}`);
      for (const [name, query, variables, raw] of [
        ['ticketQueue(OPEN, 25)', QUEUE, { view: 'OPEN' }, () => rawQueue('OPEN')],
        ['ticketQueue(TRIAGE, 25)', QUEUE, { view: 'TRIAGE' }, () => rawQueue('TRIAGE')],
        ['searchTickets (broad)', SEARCH, { q: SEARCH_TERM }, rawSearch(SEARCH_TERM)],
        ['searchTickets (number)', SEARCH, { q: SELECTIVE_TERM }, rawSearch(SELECTIVE_TERM)],
      ]) {
        const a = await apiLoad(concurrency, query, variables);
        const fresh = await apiLoad(concurrency, query, variables, token, true);
        const r = await measure(concurrency, raw);
        const vs = (x) => `api/raw throughput ${(x.rps / r.rps).toFixed(2)}, vs ceiling ${(x.rps / ceiling.rps).toFixed(2)}`;
        say(`  ${name.padEnd(25)} ${fmt(a)}   ${vs(a)}`);
        say(`  ${'  computed every time'.padEnd(25)} ${fmt(fresh)}   ${vs(fresh)}`);
        say(`  ${'  same SQL through pg'.padEnd(25)} ${fmt(r)}`);
        results.push({ concurrency, name, api: a, fresh, raw: r, ceiling: ceiling.rps });
      }
      // the queue while clients file 10 tickets a second: every filing makes the kept answers stale
      let filing = true;
      const filer = (async () => {
        for (let i = 0; filing; i++) {
          await gql(base, FILE, { input: { clientId, subject: `churn ${concurrency}-${i}`, body: 'bench body' } }, member.token);
          await new Promise((r) => setTimeout(r, 100));
        }
      })();
      const churn = await apiLoad(concurrency, QUEUE, { view: 'OPEN' });
      filing = false;
      await filer;
      say(`  ${'  OPEN, 10 filings/s'.padEnd(25)} ${fmt(churn)}   vs ceiling ${(churn.rps / ceiling.rps).toFixed(2)}`);
      const f = await apiLoad(concurrency, FILE, (w, i) => ({ input: { clientId, subject: `bench ${w}-${i}`, body: 'bench body' } }), member.token);
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
  } finally {
    await db.end();
    await server.stop();
  }
}
