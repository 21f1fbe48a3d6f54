import { loadConfig } from '../config/app-config';
import { runMigrations, withDataSource } from './migrate';

/** `npm run migrate`: applies pending migrations to the database in DATABASE_URL. */
async function main() {
  const config = loadConfig(process.env);
  if (!config.databaseUrl) {
    console.error('DATABASE_URL is not set: the embedded database is migrated by `npm start` itself.');
    process.exit(2);
  }
  const applied = await withDataSource(config.databaseUrl, runMigrations);
  console.log(applied.length ? `Applied ${applied.length} migration(s): ${applied.join(', ')}` : 'Database schema is up to date.');
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
