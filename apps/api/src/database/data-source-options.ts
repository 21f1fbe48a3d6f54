import { migrations } from '@coop/migrations';
import type { DataSourceOptions } from 'typeorm';

/** The one description of our database connection, shared by the app, the migration CLI and tests. */
export function dataSourceOptions(url: string, extra: Partial<DataSourceOptions> = {}): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    migrations,
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    logging: false,
    extra: { max: 20, application_name: 'coop-portal' },
    ...extra,
  } as DataSourceOptions;
}
