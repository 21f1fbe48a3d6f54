import { DataSource } from 'typeorm';
import { dataSourceOptions } from './data-source-options';

export async function withDataSource<T>(url: string, fn: (ds: DataSource) => Promise<T>): Promise<T> {
  const ds = new DataSource(dataSourceOptions(url, { extra: { max: 2 } }));
  await ds.initialize();
  try {
    return await fn(ds);
  } finally {
    await ds.destroy();
  }
}

/** Applies every pending migration; returns the names applied. */
export async function runMigrations(ds: DataSource): Promise<string[]> {
  const applied = await ds.runMigrations({ transaction: 'each' });
  return applied.map((m) => m.name);
}

/** Names of migrations the code has and the database has not applied yet. */
export async function pendingMigrations(ds: DataSource): Promise<string[]> {
  const known = ds.migrations.map((m) => m.name ?? m.constructor.name);
  const table = await ds.query(`SELECT to_regclass('migrations') AS t`);
  if (!table[0].t) return known;
  const rows: { name: string }[] = await ds.query('SELECT name FROM migrations');
  const done = new Set(rows.map((r) => r.name));
  return known.filter((n) => !done.has(n));
}
