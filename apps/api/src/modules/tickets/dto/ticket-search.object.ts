import { Field, Float, ObjectType } from '@nestjs/graphql';
import { Paginated } from '../../../common/pagination/connection';
import { TicketObject } from './ticket.object';

@ObjectType()
export class TicketSearchHit {
  @Field(() => TicketObject) ticket: TicketObject;
  @Field(() => Float) rank: number;
  @Field({ description: 'HTML-escaped text around the best match, matches wrapped in <mark>' }) snippet: string;
  @Field({ description: 'SUBJECT, PUBLIC (a reply) or INTERNAL (a note; staff only)' }) matchedIn: string;
}

export const TicketSearchConnection = Paginated(TicketSearchHit, 'TicketSearchHit');
