import { Field, Int, ObjectType } from '@nestjs/graphql';
import { TicketPriorityEnum } from './ticket-enums';
import { TicketWorkingGroup } from './ticket.object';

@ObjectType('TicketSlaTarget')
export class TicketSlaTargetObject {
  @Field(() => TicketPriorityEnum) priority: string;
  @Field(() => Int) firstResponseMinutes: number;
  @Field(() => Int) resolutionMinutes: number;
}

@ObjectType('TicketSettings', { description: 'Read-only: working groups are seeded by the platform, the SLA comes from TICKET_SLA_* at boot' })
export class TicketSettingsObject {
  @Field(() => [TicketWorkingGroup]) workingGroups: TicketWorkingGroup[];
  @Field(() => [TicketSlaTargetObject], { description: 'Highest priority first' }) sla: TicketSlaTargetObject[];
  @Field(() => Int, { description: 'Days after which a RESOLVED ticket closes by itself (TICKET_AUTO_CLOSE_DAYS)' }) autoCloseDays: number;
}
