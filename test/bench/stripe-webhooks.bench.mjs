// Issue 4's benchmark: 10,000 signed Stripe webhook events (10% duplicates, shuffled) posted at
// concurrency 16 to the built server. Checks every event took effect exactly once (orders paid,
// services, provisioning jobs, event rows), reports events/s, and compares with inserting the same
// event rows raw through `pg` at the same concurrency. Floor: >= 25% of the raw rate.
import { createRequire } from 'node:module';
import pg from 'pg';
import { Agent, request } from 'undici';
import { fmt } from './lib/load.mjs';
import { startServer } from './lib/server.mjs';

const require = createRequire(import.meta.url);
const Stripe = require('stripe');

const ORDERS = Number(process.env.BENCH_ORDERS ?? 3000); // 3 events each -> 9,000 unique + 1,000 duplicates
const CONCURRENCY = 16;
const SECRET = 'whsec_bench';

function shuffle(items, seed = 7) {
  let a = seed;
  const rand = () => ((a = (a * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [items[i], items[j]] = [items[j], items[i]];
  }
  return items;
}

export function eventsFor(orderId, i, created) {
  const sub = `sub_bench${i}`;
  const meta = { coop_order_id: orderId };
  const period = { start: created, end: created + 30 * 86400 };
  return [
    { id: `evt_cs_${i}`, object: 'event', type: 'checkout.session.completed', created, data: { object: { id: `cs_${i}`, object: 'checkout.session', client_reference_id: orderId, customer: `cus_${i}`, subscription: sub, payment_status: 'paid', metadata: meta } } },
    {
      id: `evt_in_${i}`, object: 'event', type: 'invoice.paid', created,
      data: { object: { id: `in_${i}`, object: 'invoice', number: `B-${i}`, customer: `cus_${i}`, currency: 'cad', amount_due: 2500, amount_paid: 2500, hosted_invoice_url: null, due_date: null, period_start: period.start, period_end: period.end, lines: { data: [{ period }] }, parent: { type: 'subscription_details', subscription_details: { subscription: sub, metadata: meta } } } },
    },
    {
      id: `evt_su_${i}`, object: 'event', type: 'customer.subscription.updated', created: created + 1,
      data: { object: { id: sub, object: 'subscription', status: 'active', cancel_at_period_end: false, ended_at: null, metadata: meta, items: { data: [{ current_period_end: period.end, price: { id: 'price_b', lookup_key: 'coop_bench_monthly' } }] } } },
    },
  ];
}

async function post(events, url, signer) {
  const dispatcher = new Agent({ connections: CONCURRENCY, pipelining: 1 });
  let next = 0;
  const statuses = {};
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < events.length) {
        const body = JSON.stringify(events[next++]);
        const header = signer.generateTestHeaderString({ payload: body, secret: SECRET });
        const res = await request(`${url}/webhooks/stripe`, { method: 'POST', body, headers: { 'content-type': 'application/json', 'stripe-signature': header }, dispatcher });
        await res.body.text();
        statuses[res.statusCode] = (statuses[res.statusCode] ?? 0) + 1;
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  await dispatcher.close();
  return { seconds, statuses };
}

async function rawInserts(pool, events) {
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < events.length) {
        const e = events[next++];
        await pool.query(
          `INSERT INTO bench_raw_events (id, source, type, occurred_at, payload) VALUES ($1, 'stripe', $2, to_timestamp($3), $4) ON CONFLICT (id) DO NOTHING`,
          [e.id, e.type, e.created, JSON.stringify(e)],
        );
      }
    }),
  );
  return (performance.now() - started) / 1000;
}

/**
 * Baseline B: the same rows the webhook path writes (event row, invoice, service, billing row, order
 * update, job, two audit events, a notice), written raw through `pg` into the same tables, one
 * transaction per event.
 */
async function rawSameWork(pool, events) {
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      const db = await pool.connect();
      try {
        while (next < events.length) {
          const e = events[next++];
          const o = e.data.object;
          try {
            await db.query('BEGIN');
            const ins = await db.query(
              `INSERT INTO billing_events (id, source, type, occurred_at, payload) VALUES ($1, 'stripe', $2, to_timestamp($3), $4) ON CONFLICT (id) DO NOTHING RETURNING id`,
              [e.id, e.type, e.created, JSON.stringify(e)],
            );
            if (ins.rowCount && e.type === 'customer.subscription.updated') {
              await db.query('UPDATE service_billing SET cancel_at_period_end = $2, gateway_state_at = to_timestamp($3) WHERE gateway_subscription_id = $1', [o.id, o.cancel_at_period_end, e.created]);
            } else if (ins.rowCount) {
              const orderId = o.client_reference_id ?? o.parent.subscription_details.metadata.coop_order_id;
              const sub = o.subscription ?? o.parent.subscription_details.subscription;
              const { rows: [order] } = await db.query('SELECT * FROM orders WHERE id = $1 FOR UPDATE', [orderId]);
              if (e.type === 'invoice.paid') {
                await db.query(
                  `INSERT INTO invoices (client_id, order_id, gateway, gateway_invoice_id, number, status, amount_minor, currency, paid_at)
                   VALUES ($1, $2, 'STRIPE', $3, $4, 'PAID', $5, 'CAD', now()) ON CONFLICT (gateway_invoice_id) DO NOTHING`,
                  [order.client_id, order.id, o.id, o.number, o.amount_paid],
                );
              }
              if (order.status === 'PENDING_PAYMENT') {
                const { rows: [svc] } = await db.query(
                  `INSERT INTO services (client_id, package_id, domain, status, spec) VALUES ($1, $2, $3, 'PROVISIONING', '{}') RETURNING id`,
                  [order.client_id, order.package_id, order.domain],
                );
                await db.query(
                  `INSERT INTO service_billing (service_id, client_id, order_id, price_id, cycle, gateway, gateway_subscription_id, current_period_start, current_period_end)
                   VALUES ($1, $2, $3, $4, 'MONTHLY', 'STRIPE', $5, now(), now() + interval '1 month')`,
                  [svc.id, order.client_id, order.id, order.price_id, sub],
                );
                await db.query(`UPDATE orders SET status = 'PAID', paid_at = now(), service_id = $2 WHERE id = $1`, [order.id, svc.id]);
                await db.query('UPDATE invoices SET service_id = $2 WHERE order_id = $1 AND service_id IS NULL', [order.id, svc.id]);
                // the same job row pg-boss writes, in its own table (a partition per queue, with its indexes)
                await db.query('INSERT INTO pgboss.job (name, data) VALUES ($1, $2)', ['provisioning.apply-service', { serviceId: svc.id }]);
                for (const action of ['order.paid', 'service.created']) {
                  await db.query(`INSERT INTO events (actor_id, action, subject_type, subject_id, client_id, data) VALUES (NULL, $1, 'service', $2, $3, '{}')`, [action, svc.id, order.client_id]);
                }
                await db.query(`INSERT INTO billing_notices (client_id, service_id, kind, message) VALUES ($1, $2, 'ORDER_PAID', 'paid')`, [order.client_id, svc.id]);
              }
            }
            await db.query('COMMIT');
          } catch (err) {
            await db.query('ROLLBACK');
            console.error(`raw same work: ${e.id}: ${err.message}`);
          }
        }
      } finally {
        db.release();
      }
    }),
  );
  return (performance.now() - started) / 1000;
}

export async function run() {
  const { default: net } = await import('node:net');
  const pgPort = await new Promise((resolve) => {
    const s = net.createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
  const server = await startServer({
    EMBEDDED_POSTGRES_PORT: String(pgPort),
    STRIPE_SECRET_KEY: 'sk_test_bench',
    STRIPE_WEBHOOK_SECRET: SECRET,
    STRIPE_API_BASE: 'http://127.0.0.1:9', // nothing may leave the machine; no catalog, so no sync calls
    PROCESS_ROLE: 'api', // no job workers: the provisioning jobs stay queued to be counted
  });
  const pool = new pg.Pool({ connectionString: `postgres://portal:portal@127.0.0.1:${pgPort}/portal`, max: CONCURRENCY });
  pool.on('error', (err) => console.error(`pg pool: ${err.message}`)); // an idle client dropped at shutdown must not crash the run
  try {
    const [client] = (await pool.query(`INSERT INTO clients (name, slug) VALUES ('Bench', 'bench') RETURNING id`)).rows;
    const spec = { website: { size: 's-1vcpu-1gb', region: 'tor1', image: 'debian-13-x64' } };
    const [pkg] = (await pool.query(`INSERT INTO packages (slug, name, spec) VALUES ('bench', 'Bench', $1) RETURNING id`, [JSON.stringify(spec)])).rows;
    const [price] = (await pool.query(`INSERT INTO package_prices (package_id, cycle, amount_minor, currency, lookup_key) VALUES ($1, 'MONTHLY', 2500, 'CAD', 'coop_bench_monthly') RETURNING id`, [pkg.id])).rows;
    const { rows: orders } = await pool.query(
      `INSERT INTO orders (client_id, package_id, price_id, cycle, domain, gateway)
       SELECT $1, $2, $3, 'MONTHLY', 'b' || g || '.example.org', 'STRIPE' FROM generate_series(1, $4) g RETURNING id`,
      [client.id, pkg.id, price.id, ORDERS],
    );
    const created = Math.floor(Date.now() / 1000);
    const unique = orders.flatMap((o, i) => eventsFor(o.id, i, created));
    const duplicates = shuffle([...unique]).slice(0, Math.round(unique.length / 9));
    const events = shuffle([...unique, ...duplicates]);
    const signer = new Stripe('sk_test_signer').webhooks;

    console.log(`${events.length} events (${unique.length} unique, ${duplicates.length} duplicates), shuffled, concurrency ${CONCURRENCY}`);
    const { seconds, statuses } = await post(events, server.url, signer);
    const rate = events.length / seconds;

    // The framework's share: the same endpoint with events that have no effects (stored and acknowledged).
    const ignored = Array.from({ length: 3000 }, (_, i) => ({ id: `evt_ign_${i}`, object: 'event', type: 'customer.created', created, data: { object: { id: `cus_ign_${i}`, object: 'customer' } } }));
    const ignoredRun = await post(ignored, server.url, signer);
    const ignoredRate = ignored.length / ignoredRun.seconds;

    const count = async (sql) => Number((await pool.query(`SELECT count(*)::int AS n FROM ${sql}`)).rows[0].n);
    const effects = {
      eventRows: await count(`billing_events WHERE type <> 'customer.created'`),
      ordersPaid: await count(`orders WHERE status = 'PAID'`),
      services: await count('services'),
      serviceBilling: await count('service_billing WHERE gateway_subscription_id IS NOT NULL'),
      invoicesPaid: await count(`invoices WHERE status = 'PAID'`),
      provisioningJobs: await count(`pgboss.job WHERE name = 'provisioning.apply-service'`),
      servicesCreatedEvents: await count(`events WHERE action = 'service.created'`),
    };
    const expected = { eventRows: unique.length, ordersPaid: ORDERS, services: ORDERS, serviceBilling: ORDERS, invoicesPaid: ORDERS, provisioningJobs: ORDERS, servicesCreatedEvents: ORDERS };
    const exactlyOnce = Object.entries(expected).every(([k, v]) => effects[k] === v);

    await pool.query(`CREATE TABLE bench_raw_events (LIKE billing_events INCLUDING ALL)`);
    const rawSeconds = await rawInserts(pool, events);
    const rawRate = events.length / rawSeconds;
    const ratio = rate / rawRate;

    const { rows: moreOrders } = await pool.query(
      `INSERT INTO orders (client_id, package_id, price_id, cycle, domain, gateway)
       SELECT $1, $2, $3, 'MONTHLY', 'r' || g || '.example.org', 'STRIPE' FROM generate_series(1, $4) g RETURNING id`,
      [client.id, pkg.id, price.id, ORDERS],
    );
    const uniqueB = moreOrders.flatMap((o, i) => eventsFor(o.id, ORDERS + i, created));
    const eventsB = shuffle([...uniqueB, ...shuffle([...uniqueB]).slice(0, Math.round(uniqueB.length / 9))]);
    const sameWorkSeconds = await rawSameWork(pool, eventsB);
    const sameWorkRate = eventsB.length / sameWorkSeconds;
    const rawServices = await count(`services WHERE domain LIKE 'r%'`);

    console.log(`HTTP statuses: ${JSON.stringify(statuses)}`);
    console.log(`effects: ${JSON.stringify(effects)}`);
    console.log(`exactly once: ${exactlyOnce ? 'yes' : `NO (expected ${JSON.stringify(expected)})`}`);
    console.log(`webhooks: ${fmt(rate, 0)} events/s (${fmt(seconds)} s)`);
    console.log(`raw pg INSERT ... ON CONFLICT of the same event rows: ${fmt(rawRate, 0)} rows/s (${fmt(rawSeconds)} s)`);
    console.log(`ratio to raw event rows: ${(ratio * 100).toFixed(0)}%  (floor 25%) ${ratio >= 0.25 ? 'OK' : 'BELOW FLOOR'}`);
    console.log(`webhooks without effects (customer.created, stored and acknowledged): ${fmt(ignoredRate, 0)} events/s = ${((ignoredRate / rawRate) * 100).toFixed(0)}% of raw`);
    console.log(`raw pg, same rows as the effects, one transaction per event: ${fmt(sameWorkRate, 0)} events/s (${fmt(sameWorkSeconds)} s, ${rawServices} services)`);
    const ratioB = rate / sameWorkRate;
    console.log(`ratio to raw same work: ${(ratioB * 100).toFixed(0)}%  (floor 25%) ${ratioB >= 0.25 ? 'OK' : 'BELOW FLOOR'}`);
    console.log(`server RSS after load: ${fmt(await server.rssMiB(), 0)} MiB`);
  } finally {
    await pool.end();
    await server.stop();
  }
}
