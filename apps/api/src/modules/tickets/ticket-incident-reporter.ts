import { Injectable, Logger } from '@nestjs/common';
import type { IncidentReporter } from '../incidents/incident-reporter';
import { TicketsService } from './tickets.service';

/** Incidents become ★★★ infra-ops tickets linked to the failing service. */
@Injectable()
export class TicketIncidentReporter implements IncidentReporter {
  private readonly logger = new Logger(TicketIncidentReporter.name);

  constructor(private readonly tickets: TicketsService) {}

  async reportFailure(input: { clientId: string; serviceId: string; subject: string; body: string }): Promise<{ ticketNumber: number | null }> {
    try {
      const ticket = await this.tickets.fileSystemTicket({
        clientId: input.clientId,
        serviceId: input.serviceId,
        subject: input.subject.slice(0, 200),
        body: input.body.slice(0, 20_000),
        priority: 'HIGH',
        workingGroupSlug: 'infra-ops',
      });
      return { ticketNumber: ticket.number };
    } catch (err) {
      // The caller is a failing job already; a ticket we could not file must not hide its own error.
      this.logger.error({ err, service: input.serviceId }, 'could not file an incident ticket');
      return { ticketNumber: null };
    }
  }
}
