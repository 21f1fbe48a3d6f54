import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../apps/api/src/config/app-config';
import { runMigrations, withDataSource } from '../../apps/api/src/database/migrate';
import { prepareDatabase } from '../../apps/api/src/database/prepare-database';
import { databaseUrl } from '../support/database';
import { startTestApp, type TestApp } from '../support/test-app';

/** The machine's own PostgreSQL 15 (trust auth), as an operator's external DATABASE_URL would be. */
const EXTERNAL_SERVER = 'postgres://postgres@127.0.0.1:5432/postgres';

async function reachable(): Promise<string | null> {
  const c = new pg.Client({ connectionString: EXTERNAL_SERVER, connectionTimeoutMillis: 2000 });
  try {
    await c.connect();
    const r = await c.query('SHOW server_version');
    return r.rows[0].server_version;
  } catch {
    return null;
  } finally {
    await c.end().catch(() => undefined);
  }
}

const version = await reachable();
if (!version) console.log(`skipping external-database tests: no PostgreSQL answers at ${EXTERNAL_SERVER}`);

describe.skipIf(!version)(`the app on an external PostgreSQL (${version ?? 'unreachable'}) via DATABASE_URL`, () => {
  const name = `coop_ext_${randomBytes(4).toString('hex')}`;
  const url = databaseUrl(EXTERNAL_SERVER, name);
  let admin: pg.Client;
  let t: TestApp | undefined;

  beforeAll(async () => {
    admin = new pg.Client({ connectionString: EXTERNAL_SERVER });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
  });
  afterAll(async () => {
    await t?.close();
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  });

  it('refuses to start while migrations are pending, saying which command to run', async () => {
    await expect(prepareDatabase(loadConfig({ DATABASE_URL: url }))).rejects.toThrow(/schema is behind: \d+ migration\(s\) pending .*Run `npm run migrate`/);
  });

  it('runs once migrated: sign up, create a client, read it back', async () => {
    const applied = await withDataSource(url, runMigrations);
    expect(applied.length).toBeGreaterThan(0);
    await expect(prepareDatabase(loadConfig({ DATABASE_URL: url }))).resolves.toMatchObject({ url, embedded: null });
    t = await startTestApp({ databaseUrl: url });
    const signUp = await t.gql(`mutation { signUp(input: { email: "ext@example.test", password: "external password", name: "Ext" }) { token } }`);
    const token = signUp.data?.signUp.token;
    const created = await t.gql(`mutation { createClient(input: { name: "External Co" }) { slug } }`, {}, { token });
    expect(created.data?.createClient.slug).toBe('external-co');
    const mine = await t.gql(`{ myClients { slug } }`, {}, { token });
    expect(mine.data?.myClients).toEqual([{ slug: 'external-co' }]);
    expect((await t.http.get('/readyz')).body).toMatchObject({ status: 'ok' });
  });
});
