import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { INCIDENT_REPORTER } from '../incidents/incident-reporter';
import { TicketAutoCloseJob } from './ticket-auto-close.job';
import { TicketAnswerCache } from './ticket-answer-cache';
import { TicketCountCache } from './ticket-count-cache';
import { TicketEscalationJob } from './ticket-escalation.job';
import { TicketEventEntity } from './ticket-event.entity';
import { TicketIncidentReporter } from './ticket-incident-reporter';
import { TicketLinkEntity } from './ticket-link.entity';
import { TicketLiveService } from './ticket-live.service';
import { TicketMessageEntity } from './ticket-message.entity';
import { TicketMessagesService } from './ticket-messages.service';
import { TicketNumberingService } from './ticket-numbering.service';
import { TicketPolicy } from './ticket-policy';
import { TicketQueueResolver } from './ticket-queue.resolver';
import { TicketQueueService } from './ticket-queue.service';
import { TicketRelationsService } from './ticket-relations.service';
import { TicketSearchResolver } from './ticket-search.resolver';
import { TicketSearchService } from './ticket-search.service';
import { TicketSettingsResolver } from './ticket-settings.resolver';
import { TicketSettingsService } from './ticket-settings.service';
import { TicketStore } from './ticket-store.service';
import { TicketSubscriptionsResolver } from './ticket-subscriptions.resolver';
import { TicketTriageRotaService } from './ticket-triage-rota.service';
import { TicketEntity } from './ticket.entity';
import { TicketsResolver } from './tickets.resolver';
import { TicketsService } from './tickets.service';

/**
 * Numbered tickets for clients and the ops queue. Exports TicketsService (system tickets),
 * INCIDENT_REPORTER and TicketAnswerCache (for the GraphQL plugin that serves from it).
 */
@Module({
  imports: [TypeOrmModule.forFeature([TicketEntity, TicketMessageEntity, TicketEventEntity, TicketLinkEntity])],
  providers: [
    TicketPolicy,
    TicketLiveService,
    TicketCountCache,
    TicketAnswerCache,
    TicketStore,
    TicketNumberingService,
    TicketsService,
    TicketMessagesService,
    TicketRelationsService,
    TicketTriageRotaService,
    TicketQueueService,
    TicketSearchService,
    TicketSettingsService,
    TicketAutoCloseJob,
    TicketEscalationJob,
    TicketIncidentReporter,
    { provide: INCIDENT_REPORTER, useExisting: TicketIncidentReporter },
    TicketsResolver,
    TicketQueueResolver,
    TicketSearchResolver,
    TicketSubscriptionsResolver,
    TicketSettingsResolver,
  ],
  exports: [TicketsService, INCIDENT_REPORTER, TicketAnswerCache],
})
export class TicketsModule {}
