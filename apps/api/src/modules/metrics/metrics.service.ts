import { Injectable } from '@nestjs/common';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { DataSource } from 'typeorm';

type PgPool = { totalCount: number; idleCount: number; waitingCount: number };

/** Prometheus metrics: GraphQL operations, the DB pool, the process. */
@Injectable()
export class MetricsService {
  readonly registry = new Registry();
  readonly operations = new Counter({
    name: 'graphql_operations_total',
    help: 'GraphQL operations by name, type and outcome',
    labelNames: ['operation', 'type', 'outcome'] as const,
    registers: [this.registry],
  });
  readonly durations = new Histogram({
    name: 'graphql_operation_duration_seconds',
    help: 'GraphQL operation duration by name',
    labelNames: ['operation', 'type'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [this.registry],
  });

  constructor(db: DataSource) {
    collectDefaultMetrics({ register: this.registry });
    const pool = () => (db.driver as unknown as { master?: PgPool }).master;
    for (const [name, help, read] of [
      ['db_pool_connections', 'Connections in the DB pool', (p: PgPool) => p.totalCount],
      ['db_pool_idle_connections', 'Idle connections in the DB pool', (p: PgPool) => p.idleCount],
      ['db_pool_waiting_requests', 'Queries waiting for a DB connection', (p: PgPool) => p.waitingCount],
    ] as const) {
      new Gauge({
        name,
        help,
        registers: [this.registry],
        collect() {
          const p = pool();
          if (p) this.set(read(p));
        },
      });
    }
  }
}
