import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { TicketSettingsObject } from './dto/ticket-settings.object';
import { TicketPolicy } from './ticket-policy';
import { TICKET_PRIORITIES } from './ticket-sla';

const MINUTE_MS = 60_000;

/** What staff may read of the ticket rules: the working groups and the SLA policy the process booted with. */
@Injectable()
export class TicketSettingsService {
  constructor(
    private readonly db: DataSource,
    private readonly policy: TicketPolicy,
  ) {}

  async settings(): Promise<TicketSettingsObject> {
    const workingGroups: { id: string; slug: string; name: string }[] = await this.db.query('SELECT id, slug, name FROM working_groups ORDER BY name');
    const sla = [...TICKET_PRIORITIES].reverse().map((priority) => ({
      priority,
      firstResponseMinutes: Math.round(this.policy.sla[priority].firstResponseMs / MINUTE_MS),
      resolutionMinutes: Math.round(this.policy.sla[priority].resolutionMs / MINUTE_MS),
    }));
    return { workingGroups, sla, autoCloseDays: this.policy.autoCloseDays };
  }
}
