import { Global, Module } from '@nestjs/common';
import { TicketsModule } from '../tickets/tickets.module';

/**
 * Makes INCIDENT_REPORTER available everywhere: incidents become ★★★ infra-ops tickets linked to the
 * service (the tickets module implements the reporter).
 */
@Global()
@Module({
  imports: [TicketsModule],
  exports: [TicketsModule],
})
export class IncidentsModule {}
