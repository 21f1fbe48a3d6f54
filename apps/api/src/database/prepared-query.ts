import { createHash } from 'node:crypto';
import type { DataSource } from 'typeorm';

type Pool = { query(q: { name: string; text: string; values: unknown[] }): Promise<{ rows: unknown[] }> };

/**
 * A read on a hot path as a named statement straight on the pg pool: PostgreSQL parses and plans each
 * distinct SQL text once per connection instead of on every call (planning the queue's joins costs more
 * than running them), and TypeORM's query runner is skipped. The name is a hash of the text, so one
 * name never stands for two statements. For reads outside a transaction only.
 */
export async function preparedQuery<T>(db: DataSource, text: string, values: unknown[]): Promise<T[]> {
  const pool = (db.driver as unknown as { master: Pool }).master;
  const name = `q_${createHash('sha1').update(text).digest('base64url').slice(0, 22)}`;
  const { rows } = await pool.query({ name, text, values });
  return rows as T[];
}
