import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import PgBoss from 'pg-boss';
import type { EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';

export type JobHandler<T> = (job: PgBoss.Job<T>) => Promise<unknown>;
type Registration = { name: string; handler: JobHandler<never>; concurrency: number; queue: Omit<PgBoss.Queue, 'name'> };

export const PGBOSS_SCHEMA = 'pgboss';

/**
 * pg-boss 10 behind one small API. Jobs sent with a TypeORM manager are enqueued inside that
 * transaction, so they exist exactly when the change that caused them commits.
 */
@Injectable()
export class JobsService implements OnModuleInit, OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(JobsService.name);
  private readonly boss: PgBoss;
  private readonly registrations: Registration[] = [];
  private readonly schedules: { name: string; cron: string; data: object }[] = [];
  private readonly queues = new Set<string>();
  private started: Promise<unknown> | null = null;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.boss = new PgBoss({
      connectionString: config.databaseUrl,
      schema: PGBOSS_SCHEMA,
      max: 4,
      application_name: 'coop-portal-jobs',
      supervise: config.role !== 'api',
      schedule: config.role !== 'api',
    });
    this.boss.on('error', (err) => {
      // PostgreSQL shutting down (a terminal's Ctrl-C reaches the embedded server too; an admin restart):
      // pg-boss reconnects by itself, so one line is enough.
      if ((err as { code?: string }).code === '57P01') return this.logger.warn('pg-boss: the database closed its connections (shutting down)');
      this.logger.error({ err }, 'pg-boss error');
    });
  }

  onModuleInit() {
    this.started = this.boss.start();
    return this.started;
  }

  /** Declares a queue and its handler; workers start after boot in the worker and all roles. */
  register<T>(name: string, handler: JobHandler<T>, options: { concurrency?: number; queue?: Omit<PgBoss.Queue, 'name'> } = {}) {
    this.registrations.push({ name, handler: handler as JobHandler<never>, concurrency: options.concurrency ?? 2, queue: options.queue ?? {} });
  }

  /** A cron schedule (pg-boss keeps one per name across replicas). */
  schedule(name: string, cron: string, data: object = {}) {
    this.schedules.push({ name, cron, data });
  }

  async onApplicationBootstrap() {
    await this.started;
    for (const r of this.registrations) await this.ensureQueue(r.name, r.queue);
    if (this.config.role === 'api') return;
    for (const r of this.registrations) {
      for (let i = 0; i < r.concurrency; i++) {
        await this.boss.work<never>(r.name, { batchSize: 1, pollingIntervalSeconds: this.config.jobsPollSeconds }, async ([job]) => {
          const started = Date.now();
          try {
            const result = await r.handler(job);
            this.logger.debug({ job: job.id, queue: r.name, ms: Date.now() - started }, 'job done');
            return result;
          } catch (err) {
            this.logger.warn({ err, job: job.id, queue: r.name }, 'job failed');
            throw err;
          }
        });
      }
    }
    for (const s of this.schedules) {
      await this.ensureQueue(s.name);
      await this.boss.schedule(s.name, s.cron, s.data, { tz: 'UTC' });
    }
  }

  async send<T extends object>(name: string, data: T, options: PgBoss.SendOptions = {}, manager?: EntityManager): Promise<string | null> {
    await this.started;
    await this.ensureQueue(name);
    const db = manager ? { executeSql: async (text: string, values: unknown[]) => ({ rows: await manager.query(text, values) }) } : undefined;
    return this.boss.send(name, data, db ? { ...options, db } : options);
  }

  /** For tests and tools: pg-boss itself. */
  get raw(): PgBoss {
    return this.boss;
  }

  private async ensureQueue(name: string, options: Omit<PgBoss.Queue, 'name'> = {}) {
    if (this.queues.has(name)) return;
    if (!(await this.boss.getQueue(name))) await this.boss.createQueue(name, { name, ...options });
    this.queues.add(name);
  }

  async onModuleDestroy() {
    await this.started?.catch(() => undefined);
    await this.boss.stop({ graceful: true, wait: true, timeout: 10_000 });
  }
}
