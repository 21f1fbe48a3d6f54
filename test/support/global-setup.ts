import { chmod, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import exitHook from 'async-exit-hook';
import PgBoss from 'pg-boss';
import type { TestProject } from 'vitest/node';
import { startEmbeddedPostgres } from '../../apps/api/src/database/embedded-postgres';
import { runMigrations, withDataSource } from '../../apps/api/src/database/migrate';
import { PGBOSS_SCHEMA } from '../../apps/api/src/modules/jobs/jobs.service';
import { adminClient, databaseUrl } from './database';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A server URL (database part ignored) where test databases are created. */
    serverUrl: string;
    /** The migrated database every test file clones. */
    templateDatabase: string;
    /** Why the server is what it is, for skip messages. */
    serverKind: 'embedded' | 'external';
  }
}

/**
 * Once per test run: a PostgreSQL server (embedded, or DATABASE_URL's), a template database with every
 * migration and the pg-boss schema applied. Each test file then clones it (CREATE DATABASE ... TEMPLATE).
 */
export default async function setup(project: TestProject) {
  const external = process.env.DATABASE_URL;
  let stop = async () => {};
  let serverUrl: string;
  if (external) {
    serverUrl = external;
  } else {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'coop-portal-test-'));
    await chmod(dir, 0o755); // as root, PostgreSQL runs as the postgres user and must reach its data directory
    const pg = await startEmbeddedPostgres({ dataDir: path.join(dir, 'pg'), preferredPort: 55432, database: 'postgres' });
    serverUrl = pg.url;
    // embedded-postgres registers async-exit-hook, whose beforeExit handler calls process.exit(0) and
    // would turn a failing test run into a passing one. We stop PostgreSQL ourselves in the teardown.
    for (const event of exitHook.hookedEvents()) exitHook.unhookEvent(event);
    stop = async () => {
      await pg.stop();
      await rm(dir, { recursive: true, force: true });
    };
  }
  const templateDatabase = `portal_template_${process.pid}`;
  const admin = await adminClient(serverUrl);
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${templateDatabase}`);
    await admin.query(`CREATE DATABASE ${templateDatabase}`);
  } finally {
    await admin.end();
  }
  const templateUrl = databaseUrl(serverUrl, templateDatabase);
  await withDataSource(templateUrl, runMigrations);
  const boss = new PgBoss({ connectionString: templateUrl, schema: PGBOSS_SCHEMA, supervise: false, schedule: false, max: 1 });
  await boss.start();
  await boss.stop({ graceful: false, wait: true });

  project.provide('serverUrl', serverUrl);
  project.provide('templateDatabase', templateDatabase);
  project.provide('serverKind', external ? 'external' : 'embedded');

  return async () => {
    const a = await adminClient(serverUrl);
    try {
      await a.query(`DROP DATABASE IF EXISTS ${templateDatabase} WITH (FORCE)`);
    } finally {
      await a.end();
    }
    await stop();
  };
}
