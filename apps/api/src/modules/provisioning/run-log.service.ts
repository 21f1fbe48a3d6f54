import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Clock } from '../../common/clock';
import type { RunOutcome } from './resource-run.entity';

/** Appends to the provisioning run log (resource_runs). Messages never contain credentials. */
@Injectable()
export class RunLogService {
  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
  ) {}

  async add(serviceId: string, resourceId: string | null, step: string, outcome: RunOutcome, message = ''): Promise<void> {
    await this.db.query('INSERT INTO resource_runs (service_id, resource_id, at, step, outcome, message) VALUES ($1, $2, $3, $4, $5, $6)', [
      serviceId,
      resourceId,
      this.clock.now(),
      step,
      outcome,
      message.slice(0, 2000),
    ]);
  }

  /** The log as text, for incident tickets. */
  async render(serviceId: string, limit = 40): Promise<string> {
    const rows: Array<{ at: Date; step: string; outcome: string; message: string; key: string | null }> = await this.db.query(
      `SELECT r.at, r.step, r.outcome, r.message, sr.key FROM resource_runs r LEFT JOIN service_resources sr ON sr.id = r.resource_id
       WHERE r.service_id = $1 ORDER BY r.id DESC LIMIT $2`,
      [serviceId, limit],
    );
    return rows
      .reverse()
      .map((r) => `${new Date(r.at).toISOString()} ${r.key ?? 'service'} ${r.step} ${r.outcome}${r.message ? `: ${r.message}` : ''}`)
      .join('\n');
  }
}
