import 'reflect-metadata';
import path from 'node:path';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Logger } from 'nestjs-pino';
import { AppModule } from './app.module';
import { ConfigError, loadConfig } from './config/app-config';
import { withDataSource } from './database/migrate';
import { prepareDatabase } from './database/prepare-database';
import { runSeed } from './database/seed/run-seed';

const say = (line = '') => process.stdout.write(line + '\n');

async function main() {
  const config = loadConfig(process.env);
  const { url, embedded, applied } = await prepareDatabase(config);
  if (applied.length) say(`Applied ${applied.length} migration(s) to the embedded database.`);
  const stopDatabase = async () => {
    await embedded?.stop().catch(() => undefined);
  };
  try {
    const demo = config.seedDemo ?? embedded !== null;
    const seeded: string[] = [];
    await withDataSource(url, (db) => runSeed({ db, config: { ...config, databaseUrl: url }, demo, say: (l) => seeded.push(l) }));

    const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot({ ...config, databaseUrl: url }), { logger: ['warn', 'error'], rawBody: true });
    app.useLogger(app.get(Logger));
    app.disable('x-powered-by');
    app.set('etag', false); // answers are POSTed GraphQL results, never revalidated: hashing each body is waste
    await app.listen(config.port, config.host);

    let stopping = false;
    const shutdown = async (signal: string) => {
      if (stopping) return;
      stopping = true;
      say(`\n${signal}: stopping...`);
      await app.close();
      await stopDatabase();
      process.exit(0);
    };
    process.on('SIGINT', () => void shutdown('SIGINT'));
    process.on('SIGTERM', () => void shutdown('SIGTERM'));

    say('');
    say(`coop-portal is running (role: ${config.role})`);
    say(`  Web app:   ${config.publicUrl}/`);
    say(`  GraphQL:   ${config.publicUrl}/graphql`);
    say(`  Database:  ${embedded ? `embedded PostgreSQL on 127.0.0.1:${embedded.port}, data in ${path.resolve(config.dataDir, 'postgres')}` : 'DATABASE_URL'}`);
    for (const line of seeded) say(`  ${line}`);
    if (!seeded.length) say('  Log in with the admin account created on first start (its password was printed then).');
    say('Press Ctrl-C to stop.');
  } catch (e) {
    await stopDatabase();
    throw e;
  }
}

main().catch((e) => {
  if (e instanceof ConfigError) {
    process.stderr.write(`${e.message}\n`);
  } else {
    process.stderr.write(`Failed to start: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  }
  process.exit(1);
});
