import type { EntityManager } from 'typeorm';

/**
 * Rows of any statement. TypeORM's postgres driver answers UPDATE/DELETE ... RETURNING with
 * `[rows, affectedCount]` but SELECT/INSERT with `rows`; this gives rows either way.
 */
export async function rowsOf<T = Record<string, any>>(m: EntityManager, sql: string, params: unknown[] = []): Promise<T[]> {
  const result = await m.query(sql, params);
  if (Array.isArray(result) && result.length === 2 && Array.isArray(result[0]) && typeof result[1] === 'number') return result[0] as T[];
  return result as T[];
}
