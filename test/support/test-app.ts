import 'reflect-metadata';
import type { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { inject } from 'vitest';
import { AppModule } from '../../apps/api/src/app.module';
import { Clock, FakeClock } from '../../apps/api/src/common/clock';
import { type AppConfig, loadConfig } from '../../apps/api/src/config/app-config';
import { cloneTemplate } from './database';

export type GqlResult<T = Record<string, any>> = {
  data?: T | null;
  errors?: { message: string; path?: string[]; extensions?: { code?: string; field?: string; [k: string]: unknown } }[];
};

export type TestApp = {
  app: INestApplication;
  http: ReturnType<typeof request>;
  /** Base URL of the listening server (for WebSocket clients and stand-ins calling back). */
  url: string;
  db: DataSource;
  clock: FakeClock;
  config: AppConfig;
  /** POSTs a GraphQL operation as JSON; `token` goes in `Authorization: Bearer`. */
  gql<T = Record<string, any>>(query: string, variables?: Record<string, unknown>, opts?: { token?: string; headers?: Record<string, string> }): Promise<GqlResult<T>>;
  close(): Promise<void>;
};

export type TestAppOptions = {
  /** Extra environment, as the app would read it (e.g. { LOGIN_MAX_FAILURES_PER_EMAIL: '3' }). */
  env?: Record<string, string>;
  /** Replace providers (only third parties, e.g. a gateway pointed at a stand-in). */
  overrides?: { provide: unknown; useValue: unknown }[];
  /** Use this database URL instead of a fresh clone of the template. */
  databaseUrl?: string;
};

/** Boots the real AppModule on its own fresh database (cloned from the migrated template). */
export async function startTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const cloned = options.databaseUrl ? null : await cloneTemplate(inject('serverUrl'), inject('templateDatabase'));
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    DATABASE_URL: options.databaseUrl ?? cloned!.url,
    JOBS_POLL_SECONDS: '0.5',
    ...options.env,
  });
  const clock = new FakeClock(new Date());
  let builder = Test.createTestingModule({ imports: [AppModule.forRoot(config)] })
    .overrideProvider(Clock)
    .useValue(clock);
  for (const o of options.overrides ?? []) builder = builder.overrideProvider(o.provide).useValue(o.useValue);
  const moduleRef = await builder.compile();
  // rawBody: the Stripe webhook verifies its signature over the exact bytes received.
  const app = moduleRef.createNestApplication({ logger: ['error'], rawBody: true });
  await app.listen(0, '127.0.0.1');
  const url = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  const http = request(app.getHttpServer());
  return {
    app,
    http,
    url,
    db: app.get(DataSource),
    clock,
    config,
    async gql(query, variables, opts = {}) {
      const req = http.post('/graphql').set('Content-Type', 'application/json');
      if (opts.token) req.set('Authorization', `Bearer ${opts.token}`);
      for (const [k, v] of Object.entries(opts.headers ?? {})) req.set(k, v);
      const res = await req.send({ query, variables });
      return res.body;
    },
    async close() {
      await app.close();
      await cloned?.drop();
    },
  };
}
