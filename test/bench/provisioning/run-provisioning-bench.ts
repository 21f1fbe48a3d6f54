// 200 services paid at once (one transaction, like billing would), provisioned by the real server
// (role all) against the three stand-ins with 50-150 ms latency and 5% transient faults (503 / 429).
// Reports: all ACTIVE?, duplicate remote objects (counted in the stand-ins), wall time against the
// ideal (partner calls x mean latency / worker concurrency), and the server's RSS.
import { randomBytes } from 'node:crypto';
import net from 'node:net';
import { generateSshKeyPair } from '@coop/provisioning';
import pg from 'pg';
import PgBoss from 'pg-boss';
import { BorgBaseStandIn } from '../../stand-ins/borgbase/borgbase-stand-in';
import { DigitalOceanStandIn } from '../../stand-ins/digitalocean/digitalocean-stand-in';
import { MailcowStandIn } from '../../stand-ins/mailcow/mailcow-stand-in';
// @ts-expect-error plain ESM helper shared with the platform benchmark
import { gql, startServer } from '../lib/server.mjs';

const SERVICES = Number(process.env.BENCH_SERVICES ?? 200);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 8);
const LATENCY: [number, number] = [50, 150];
const FAULT_RATE = 0.05;
const SPEC = {
  website: { size: 's-1vcpu-1gb', region: 'ams3', image: 'debian-13-x64' },
  mail: { mailboxes: 1, quotaMiB: 1024 },
  backup: { retention: { daily: 7, weekly: 4, monthly: 6 }, schedule: '0 3 * * *', quotaGiB: 50 },
};

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

async function main() {
  const digitalocean = new DigitalOceanStandIn();
  const mailcow = new MailcowStandIn();
  const borgbase = new BorgBaseStandIn();
  for (const stand of [digitalocean, mailcow, borgbase]) {
    await stand.start();
    stand.latencyMs = LATENCY;
    stand.transientFaultRate = FAULT_RATE;
  }
  digitalocean.actionDelayMs = 300;
  // Contract validation compiles big schemas per request shape; keep it on, it is part of the stand-in.

  const pgPort = await freePort();
  const server = await startServer({
    EMBEDDED_POSTGRES_PORT: String(pgPort),
    SECRETS_KEY: randomBytes(32).toString('hex'),
    PROCESS_ROLE: 'all',
    JOBS_POLL_SECONDS: '0.5',
    PROVISIONING_CONCURRENCY: String(CONCURRENCY),
    PROVISIONING_POLL_MS: '100',
    PROVISIONING_RETRY_BASE_SECONDS: '1',
    PROVISIONING_MAX_ATTEMPTS: '10',
  });
  const db = new pg.Client({ connectionString: `postgres://portal:portal@127.0.0.1:${pgPort}/portal` });
  await db.connect();
  try {
    const { logIn } = await gql(server.url, `mutation($i: LogInInput!) { logIn(input: $i) { token } }`, { i: { email: 'admin@coop.local', password: 'bench-admin-password' } });
    const token = logIn.token;
    await gql(server.url, `mutation($i: AddSshKeyInput!) { addSshKey(input: $i) { id } }`, { i: { publicKey: generateSshKeyPair('bench-admin').publicKey } }, token);
    const partners = [
      { name: 'Bench Droplets', driver: 'DIGITALOCEAN', apiBaseUrl: digitalocean.url, regions: ['ams3'], offers: [{ kind: 'DROPLET' }], coop: true, credentials: { token: digitalocean.token } },
      { name: 'Bench Mail', driver: 'MAILCOW', apiBaseUrl: mailcow.url, regions: [], offers: [{ kind: 'MAIL_DOMAIN' }, { kind: 'MAILBOX' }], coop: true, credentials: { apiKey: mailcow.apiKey } },
      { name: 'Bench Backups', driver: 'BORGBASE', apiBaseUrl: borgbase.url, regions: ['eu'], offers: [{ kind: 'BACKUP_REPO' }], coop: true, credentials: { token: borgbase.token } },
    ];
    for (const input of partners) await gql(server.url, `mutation($i: CreatePartnerInput!) { createPartner(input: $i) { id } }`, { i: input }, token);
    const { createClient } = await gql(server.url, `mutation { createClient(input: { name: "Bench Client" }) { id } }`, {}, token);

    const [pkg] = (await db.query(`INSERT INTO packages (slug, name, spec) VALUES ('bench', 'Bench', $1) RETURNING id`, [JSON.stringify(SPEC)])).rows;
    const boss = new PgBoss({ connectionString: `postgres://portal:portal@127.0.0.1:${pgPort}/portal`, schema: 'pgboss', supervise: false, schedule: false });
    await boss.start();
    const started = Date.now();
    await db.query('BEGIN');
    const ids: string[] = [];
    for (let i = 0; i < SERVICES; i++) {
      const domain = `bench${i}.example.org`;
      const { rows } = await db.query(`INSERT INTO services (client_id, package_id, domain, spec) VALUES ($1, $2, $3, $4) RETURNING id`, [
        createClient.id,
        pkg.id,
        domain,
        JSON.stringify({ ...SPEC, domain }),
      ]);
      ids.push(rows[0].id);
    }
    await boss.insert(ids.map((serviceId) => ({ name: 'provisioning.apply-service', data: { serviceId } })));
    await db.query('COMMIT');
    await boss.stop({ graceful: false });

    let active = 0;
    let peakRss = 0;
    const deadline = Date.now() + 20 * 60_000;
    while (Date.now() < deadline) {
      const { rows } = await db.query(`SELECT status, count(*)::int AS n FROM services GROUP BY status`);
      active = rows.find((r) => r.status === 'ACTIVE')?.n ?? 0;
      peakRss = Math.max(peakRss, await server.rssMiB());
      const failed = rows.filter((r) => r.status === 'DEGRADED').reduce((a, r) => a + r.n, 0);
      if (active + failed >= SERVICES) break;
      await new Promise((r) => setTimeout(r, 500));
    }
    const seconds = (Date.now() - started) / 1000;

    const calls = digitalocean.requests.length + mailcow.requests.length + borgbase.requests.length;
    const faults = [digitalocean, mailcow, borgbase].flatMap((s) => s.requests).filter((r) => r.status === 503 || r.status === 429).length;
    const meanLatency = (LATENCY[0] + LATENCY[1]) / 2000;
    const ideal = (calls * meanLatency) / CONCURRENCY;
    const dropletTags = new Set(digitalocean.created.map((d) => d.tags.find((t: string) => t.startsWith('coop:res:'))));
    const duplicates = {
      droplets: digitalocean.created.length - dropletTags.size,
      mailDomains: mailcow.adds.filter((a) => a.startsWith('domain:')).length - new Set(mailcow.adds.filter((a) => a.startsWith('domain:'))).size,
      mailboxes: mailcow.adds.filter((a) => a.startsWith('mailbox:')).length - new Set(mailcow.adds.filter((a) => a.startsWith('mailbox:'))).size,
      repos: borgbase.added.length - new Set(borgbase.added).size,
    };
    const { rows: retries } = await db.query(`SELECT count(*)::int AS n FROM resource_runs WHERE outcome = 'RETRYING'`);
    console.log(`services: ${SERVICES}, ACTIVE: ${active}, worker concurrency: ${CONCURRENCY}`);
    console.log(`remote objects: ${digitalocean.created.length} droplets, ${mailcow.adds.length} mail adds, ${borgbase.added.length} repos; duplicates: ${JSON.stringify(duplicates)}`);
    console.log(`partner calls: ${calls} (${faults} injected faults), step retries: ${retries[0].n}, contract violations: ${digitalocean.violations.length}`);
    console.log(`wall time: ${seconds.toFixed(1)} s, ideal: ${ideal.toFixed(1)} s, throughput vs ideal: ${((ideal / seconds) * 100).toFixed(0)}% (floor 50%) ${ideal / seconds >= 0.5 ? 'OK' : 'BELOW FLOOR'}`);
    console.log(`server (worker) peak RSS: ${peakRss.toFixed(0)} MiB (limit 300) ${peakRss < 300 ? 'OK' : 'OVER'}`);
  } finally {
    await db.end();
    await server.stop();
    for (const stand of [digitalocean, mailcow, borgbase]) await stand.stop();
  }
}

main().then(
  () => process.exit(0),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
