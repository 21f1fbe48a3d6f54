import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Paginated } from '../../../common/pagination/connection';
import type { TicketRecord } from '../ticket-record';
import type { Viewer } from '../ticket-viewer';
import {
  SlaDeadlineStateEnum,
  TicketLinkKindEnum,
  TicketMessageKindEnum,
  TicketPriorityEnum,
  TicketStatusEnum,
} from './ticket-enums';

@ObjectType()
export class TicketPerson {
  @Field(() => ID) id: string;
  @Field() name: string;
}

@ObjectType()
export class TicketWorkingGroup {
  @Field(() => ID) id: string;
  @Field() slug: string;
  @Field() name: string;
}

@ObjectType()
export class TicketClientRef {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field() slug: string;
}

@ObjectType()
export class SlaDeadlineObject {
  @Field() dueAt: Date;
  @Field(() => SlaDeadlineStateEnum) state: keyof typeof SlaDeadlineStateEnum;
  @Field(() => Date, { nullable: true, description: 'When the milestone was reached' }) reachedAt: Date | null;
  @Field({ description: 'The clock is paused (waiting on the client or on hold): dueAt moves with time' }) paused: boolean;
}

@ObjectType()
export class TicketSlaObject {
  @Field(() => SlaDeadlineObject) firstResponse: SlaDeadlineObject;
  @Field(() => SlaDeadlineObject) resolution: SlaDeadlineObject;
}

@ObjectType('TicketMessage')
export class TicketMessageObject {
  @Field(() => ID) id: string;
  @Field(() => TicketMessageKindEnum) kind: keyof typeof TicketMessageKindEnum;
  @Field() body: string;
  @Field(() => String, { nullable: true, description: "The author's name; null for messages the system wrote" }) author: string | null;
  @Field(() => TicketPerson, { nullable: true }) authorUser: TicketPerson | null;
  @Field() fromStaff: boolean;
  @Field() createdAt: Date;
}

@ObjectType('TicketEvent')
export class TicketEventObject {
  @Field() at: Date;
  @Field() kind: string;
  @Field(() => String, { nullable: true }) actor: string | null;
  @Field(() => String, { nullable: true }) from: string | null;
  @Field(() => String, { nullable: true }) to: string | null;
}

@ObjectType()
export class TicketSummary {
  @Field(() => ID) id: string;
  @Field(() => Int) number: number;
  @Field() subject: string;
  @Field(() => TicketStatusEnum) status: string;
}

@ObjectType('TicketLink')
export class TicketLinkObject {
  @Field(() => TicketLinkKindEnum) kind: keyof typeof TicketLinkKindEnum;
  @Field({ description: 'OUTGOING: this ticket -> other (e.g. this is a FOLLOW_UP_OF other); INCOMING: the reverse' })
  direction: 'OUTGOING' | 'INCOMING';
  @Field(() => TicketSummary) ticket: TicketSummary;
}

/**
 * A ticket as one viewer may see it. Built by `presentTicket`, which leaves the staff-only fields empty
 * for clients; nested lists are resolved with the same viewer.
 */
@ObjectType('Ticket')
export class TicketObject {
  @Field(() => ID) id: string;
  @Field(() => Int) number: number;
  @Field({ description: 'As people quote it: "#1042"' }) displayNumber: string;
  @Field() subject: string;
  @Field() body: string;
  @Field(() => TicketStatusEnum) status: string;
  @Field(() => TicketPriorityEnum, { nullable: true }) priority: string | null;
  @Field(() => TicketClientRef) client: TicketClientRef;
  @Field(() => TicketPerson, { nullable: true }) requester: TicketPerson | null;
  @Field(() => TicketWorkingGroup, { nullable: true, description: 'Staff only' }) workingGroup: TicketWorkingGroup | null;
  @Field(() => TicketPerson, { nullable: true, description: 'Staff only' }) assignee: TicketPerson | null;
  @Field(() => [String], { description: 'Staff only (empty for clients)' }) labels: string[];
  @Field(() => ID, { nullable: true }) serviceId: string | null;
  @Field(() => Int, { description: 'Pass it back with every write; a stale one is a CONFLICT' }) version: number;
  @Field(() => Int, { nullable: true, description: 'Set when this ticket was merged into another' }) mergedIntoNumber: number | null;
  @Field() createdAt: Date;
  @Field() updatedAt: Date;
  @Field({ description: 'The last reply or change the viewer can see' }) lastActivityAt: Date;
  @Field(() => Date, { nullable: true }) closedAt: Date | null;
  @Field(() => TicketSlaObject, { nullable: true, description: 'Null until the ticket has a priority' }) sla: TicketSlaObject | null;
  @Field(() => [TicketStatusEnum], { description: 'Statuses the viewer may move this ticket to' }) availableMoves: string[];

  /** Not fields: who is looking, and the full record for nested resolvers. */
  viewer: Viewer;
  record: TicketRecord;
}

export const TicketConnection = Paginated(TicketObject, 'Ticket');

@ObjectType()
export class TicketQueueCounts {
  @Field(() => Int) triage: number;
  @Field(() => Int) highPriority: number;
  @Field(() => Int) mine: number;
  @Field(() => Int) unassigned: number;
  @Field(() => Int) escalated: number;
  @Field(() => Int) open: number;
  @Field(() => Int) done: number;
}
