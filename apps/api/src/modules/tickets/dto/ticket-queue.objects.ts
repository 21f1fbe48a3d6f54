import { Field, ID, ObjectType } from '@nestjs/graphql';
import { TicketQueueChangeKindEnum, TicketQueueViewEnum } from './ticket-enums';
import { TicketObject, TicketPerson } from './ticket.object';

@ObjectType()
export class BulkTicketResult {
  @Field(() => ID) ticketId: string;
  @Field() ok: boolean;
  @Field(() => TicketObject, { nullable: true }) ticket: TicketObject | null;
  @Field(() => String, { nullable: true, description: 'NOT_FOUND, CONFLICT (stale version), BAD_USER_INPUT (refused move, bad value) ...' })
  errorCode: string | null;
  @Field(() => String, { nullable: true }) errorMessage: string | null;
}

@ObjectType()
export class BulkUpdateTicketsPayload {
  @Field(() => [BulkTicketResult], { description: 'One per ticket id, in the order given' }) results: BulkTicketResult[];
  @Field() allOk: boolean;
}

@ObjectType()
export class TriageRotaEntryObject {
  @Field({ description: 'Monday, YYYY-MM-DD' }) weekStart: string;
  @Field(() => TicketPerson) user: TicketPerson;
}

@ObjectType()
export class TicketQueueChange {
  @Field(() => TicketQueueViewEnum) view: string;
  @Field(() => TicketQueueChangeKindEnum) kind: string;
  @Field(() => TicketObject) ticket: TicketObject;
}
