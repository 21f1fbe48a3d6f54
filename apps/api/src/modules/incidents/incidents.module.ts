import { Global, Module } from '@nestjs/common';
import { EventsModule } from '../events/events.module';
import { INCIDENT_REPORTER } from './incident-reporter';
import { LoggingIncidentReporter } from './logging-incident-reporter';

/** Provides INCIDENT_REPORTER; the tickets module replaces the logging one with real tickets at merge. */
@Global()
@Module({
  imports: [EventsModule],
  providers: [{ provide: INCIDENT_REPORTER, useClass: LoggingIncidentReporter }],
  exports: [INCIDENT_REPORTER],
})
export class IncidentsModule {}
