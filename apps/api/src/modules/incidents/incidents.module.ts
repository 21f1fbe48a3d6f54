import { Global, Module } from '@nestjs/common';
import { EventsModule } from '../events/events.module';
import { INCIDENT_REPORTER } from './incident-reporter';
import { LoggingIncidentReporter } from './logging-incident-reporter';

/**
 * Provides INCIDENT_REPORTER until tickets (issue 3) land: their TicketsModule exports the real one
 * (a ★★★ infra-ops ticket). At merge, provide it here from TicketsModule (or import TicketsModule in
 * ProvisioningModule) and drop LoggingIncidentReporter.
 */
@Global()
@Module({
  imports: [EventsModule],
  providers: [{ provide: INCIDENT_REPORTER, useClass: LoggingIncidentReporter }],
  exports: [INCIDENT_REPORTER],
})
export class IncidentsModule {}
