import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ProvisioningRunner } from '../../apps/api/src/modules/provisioning/provisioning-runner.service';
import { ReconcileService } from '../../apps/api/src/modules/provisioning/reconcile.service';
import { createClient, createUser, loginAs } from '../support/factories';
import { startTestApp, type TestApp } from '../support/test-app';
import { addSshKey, createPartners, payForService, PROVISIONING_TEST_ENV, startStandIns, waitForStatus, type StandIns } from './provisioning-fixtures';

const ROOT = path.resolve(__dirname, '../..');
const WEBSITE_ONLY = { website: { size: 's-1vcpu-1gb', region: 'ams3' } };

let t: TestApp;
let s: StandIns;
let clientId: string;
const workers: ChildProcess[] = [];

/** A separate worker process (the built app, role worker) on the test's database. */
function startWorker(): ChildProcess & { output: string[] } {
  const child = spawn(process.execPath, [path.join(ROOT, 'apps/api/dist/main.js')], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH,
      ...PROVISIONING_TEST_ENV,
      NODE_ENV: 'test',
      DATABASE_URL: t.config.databaseUrl,
      PROCESS_ROLE: 'worker',
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      JOBS_POLL_SECONDS: '0.5',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  }) as ChildProcess & { output: string[] };
  child.output = [];
  child.stdout!.on('data', (d) => child.output.push(String(d)));
  child.stderr!.on('data', (d) => child.output.push(String(d)));
  workers.push(child);
  return child;
}

async function until(what: string, check: () => Promise<boolean> | boolean, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

beforeAll(async () => {
  execFileSync('npx', ['tsc', '-b'], { cwd: ROOT, stdio: 'inherit' }); // the worker runs the built app
  s = await startStandIns();
  t = await startTestApp({ env: { ...PROVISIONING_TEST_ENV, PROCESS_ROLE: 'api' } });
  const admin = await createUser(t, { staffRole: 'ADMIN' });
  await addSshKey(t, await createUser(t, { staffRole: 'OPS' }));
  const owner = await createUser(t);
  clientId = (await createClient(t, owner)).id;
  await createPartners(t, await loginAs(t, admin), s);
}, 180_000);

afterAll(async () => {
  for (const w of workers) if (w.exitCode === null) w.kill('SIGKILL');
  await t?.close();
  await s?.stop();
});

describe('a worker killed mid-provisioning', () => {
  it('leaves exactly one droplet after SIGKILL between the create call and saving its result', async () => {
    // The partner creates the droplet but the answer never arrives; the worker dies waiting for it.
    s.digitalocean.inject({ method: 'POST', path: /^\/v2\/droplets$/, times: 1, afterHandling: true, effect: 'hang' });
    const first = startWorker();
    const serviceId = await payForService(t, clientId, 'crash.example.org', WEBSITE_ONLY);
    await until('the droplet create call', () => s.digitalocean.created.length === 1);
    first.kill('SIGKILL');
    await until('the worker to die', () => first.exitCode !== null || first.signalCode !== null);

    const [before] = await t.db.query(`SELECT status, step, handle FROM service_resources WHERE service_id = $1`, [serviceId]);
    expect(before).toMatchObject({ status: 'CREATING', step: 'ENSURE', handle: null });

    const second = startWorker();
    // Reconciliation re-queues services still converging; the dead worker's lock went with its connection.
    await t.app.get(ReconcileService).reconcileAll();
    await waitForStatus(t, serviceId, 'ACTIVE', 90_000).catch((e) => {
      throw new Error(`${(e as Error).message}\nworker output:\n${second.output.join('')}`);
    });
    expect(s.digitalocean.created).toHaveLength(1);
    expect(s.digitalocean.tagged(`coop:svc:${serviceId}`)).toHaveLength(1);
    const log = await t.db.query(`SELECT message FROM resource_runs WHERE service_id = $1 AND outcome = 'SUCCEEDED'`, [serviceId]);
    expect(log.map((l: { message: string }) => l.message)).toContain('adopted an existing object');
    second.kill('SIGTERM');
  }, 180_000);

  it('runs one service at a time even when two runs are started together', async () => {
    s.digitalocean.latencyMs = [50, 80];
    const serviceId = await payForService(t, clientId, 'twice.example.org', WEBSITE_ONLY);
    const runner = t.app.get(ProvisioningRunner);
    await Promise.all([runner.run(serviceId), runner.run(serviceId)]);
    const started = await t.db.query(`SELECT count(*)::int AS n FROM resource_runs WHERE service_id = $1 AND outcome = 'STARTED'`, [serviceId]);
    expect(started[0].n).toBe(1);
    expect(s.digitalocean.tagged(`coop:svc:${serviceId}`)).toHaveLength(1);
    s.digitalocean.latencyMs = [0, 0];
  }, 60_000);
});
