import path from 'node:path';
import { type AppConfig, ConfigError } from '../config/app-config';
import { type EmbeddedPostgresHandle, startEmbeddedPostgres } from './embedded-postgres';
import { pendingMigrations, runMigrations, withDataSource } from './migrate';

export type PreparedDatabase = { url: string; embedded: EmbeddedPostgresHandle | null; applied: string[] };

/**
 * Without DATABASE_URL: starts the embedded PostgreSQL and applies pending migrations.
 * With it: refuses a schema that is behind (migrations there are applied by `npm run migrate`).
 */
export async function prepareDatabase(config: AppConfig): Promise<PreparedDatabase> {
  if (config.databaseUrl) {
    const pending = await withDataSource(config.databaseUrl, pendingMigrations);
    if (pending.length) {
      throw new ConfigError(
        `The database schema is behind: ${pending.length} migration(s) pending (${pending.join(', ')}). Run \`npm run migrate\` with the same DATABASE_URL, then start again.`,
      );
    }
    return { url: config.databaseUrl, embedded: null, applied: [] };
  }
  const embedded = await startEmbeddedPostgres({
    dataDir: path.join(config.dataDir, 'postgres'),
    preferredPort: config.embeddedPostgresPort,
  });
  try {
    const applied = await withDataSource(embedded.url, runMigrations);
    return { url: embedded.url, embedded, applied };
  } catch (e) {
    await embedded.stop();
    throw e;
  }
}
