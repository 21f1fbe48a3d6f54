import { Controller, Get, HttpCode, Res } from '@nestjs/common';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { pendingMigrations } from '../../database/migrate';

@Controller()
export class HealthController {
  constructor(private readonly db: DataSource) {}

  /** The process is up. */
  @Get('healthz')
  @HttpCode(200)
  healthz() {
    return { status: 'ok' };
  }

  /** The database answers and its schema is current. */
  @Get('readyz')
  async readyz(@Res({ passthrough: true }) res: Response) {
    try {
      const pending = await pendingMigrations(this.db);
      if (pending.length) {
        res.status(503);
        return { status: 'unavailable', database: 'ok', migrations: { pending } };
      }
      return { status: 'ok', database: 'ok', migrations: 'current' };
    } catch {
      res.status(503);
      return { status: 'unavailable', database: 'unreachable' };
    }
  }
}
