import { Injectable, Logger } from '@nestjs/common';
import { EventLogService } from '../events/event-log.service';
import type { IncidentReporter } from './incident-reporter';

/** Stand-in until the tickets module provides the real reporter: records an event and logs a warning. */
@Injectable()
export class LoggingIncidentReporter implements IncidentReporter {
  private readonly logger = new Logger('Incidents');

  constructor(private readonly events: EventLogService) {}

  async reportFailure(input: { clientId: string; serviceId: string; subject: string; body: string }) {
    this.logger.warn({ service: input.serviceId, subject: input.subject }, 'incident reported');
    await this.events.record(null, {
      actorId: null,
      action: 'incident.reported',
      subjectType: 'service',
      subjectId: input.serviceId,
      clientId: input.clientId,
      data: { subject: input.subject, body: input.body.slice(0, 4000) },
    });
    return { ticketNumber: null };
  }
}
