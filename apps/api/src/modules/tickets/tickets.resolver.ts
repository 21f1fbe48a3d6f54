import { UseGuards } from '@nestjs/common';
import { Args, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AuthGuard } from '../../common/auth/auth.guard';
import type { AuthUser } from '../../common/auth/auth-user';
import { CurrentUser } from '../../common/auth/current-user.decorator';
import { Roles } from '../../common/auth/roles.decorator';
import {
  AddInternalNoteInput,
  FileTicketInput,
  LinkTicketsInput,
  MergeTicketsInput,
  MyTicketsArgs,
  ReplyToTicketInput,
  TicketVersionInput,
  UpdateTicketInput,
  WatchTicketInput,
} from './dto/ticket.inputs';
import { TicketConnection, TicketEventObject, TicketLinkObject, TicketMessageObject, TicketObject, TicketPerson } from './dto/ticket.object';
import { TicketMessagesService } from './ticket-messages.service';
import { TicketRelationsService } from './ticket-relations.service';
import { TicketsService } from './tickets.service';

@Resolver(() => TicketObject)
@UseGuards(AuthGuard)
export class TicketsResolver {
  constructor(
    private readonly tickets: TicketsService,
    private readonly conversation: TicketMessagesService,
    private readonly relations: TicketRelationsService,
  ) {}

  @Query(() => TicketObject, { description: 'A ticket by its number (a merged ticket finds the one it was merged into)' })
  ticket(@CurrentUser() user: AuthUser, @Args('number', { type: () => Int }) number: number) {
    return this.tickets.byNumber(user, number);
  }

  @Query(() => TicketConnection, { description: "Tickets of the caller's clients, most recently active first" })
  myTickets(@CurrentUser() user: AuthUser, @Args() args: MyTicketsArgs) {
    return this.tickets.mine(user, args.filter ?? {}, args.first, args.after);
  }

  @Mutation(() => TicketObject, { description: 'Files a ticket for a client (members, or staff on their behalf)' })
  fileTicket(@CurrentUser() user: AuthUser, @Args('input') input: FileTicketInput) {
    return this.tickets.file(user, input);
  }

  @Mutation(() => TicketObject, { description: 'A public reply; on a CLOSED ticket it files a follow-up ticket, which is returned' })
  replyToTicket(@CurrentUser() user: AuthUser, @Args('input') input: ReplyToTicketInput) {
    return this.conversation.reply(user, input.ticketId, input.body, input.confirmPublic);
  }

  @Mutation(() => TicketObject, { description: 'Staff: a note clients never see' })
  @Roles('OPS')
  addInternalNote(@CurrentUser() user: AuthUser, @Args('input') input: AddInternalNoteInput) {
    return this.conversation.addInternalNote(user, input.ticketId, input.body);
  }

  @Mutation(() => TicketObject, { description: 'Staff: status, priority, working group, assignee, labels, service' })
  @Roles('OPS')
  updateTicket(@CurrentUser() user: AuthUser, @Args('input') input: UpdateTicketInput) {
    const { ticketId, version, ...fields } = input;
    return this.tickets.update(user, ticketId, version, fields);
  }

  @Mutation(() => TicketObject)
  closeTicket(@CurrentUser() user: AuthUser, @Args('input') input: TicketVersionInput) {
    return this.tickets.moveStatus(user, input.ticketId, input.version, 'CLOSED');
  }

  @Mutation(() => TicketObject, { description: 'Reopens a RESOLVED ticket (CLOSED is final: reply to file a follow-up)' })
  reopenTicket(@CurrentUser() user: AuthUser, @Args('input') input: TicketVersionInput) {
    return this.tickets.moveStatus(user, input.ticketId, input.version, 'OPEN');
  }

  @Mutation(() => TicketObject, { description: 'Staff: closes the source as merged into the target, which is returned' })
  @Roles('OPS')
  mergeTickets(@CurrentUser() user: AuthUser, @Args('input') input: MergeTicketsInput) {
    return this.relations.merge(user, input);
  }

  @Mutation(() => TicketObject)
  @Roles('OPS')
  linkTickets(@CurrentUser() user: AuthUser, @Args('input') input: LinkTicketsInput) {
    return this.relations.link(user, input.fromTicketId, input.toTicketId, input.kind);
  }

  @Mutation(() => TicketObject)
  @Roles('OPS')
  unlinkTickets(@CurrentUser() user: AuthUser, @Args('input') input: LinkTicketsInput) {
    return this.relations.unlink(user, input.fromTicketId, input.toTicketId, input.kind);
  }

  @Mutation(() => TicketObject)
  watchTicket(@CurrentUser() user: AuthUser, @Args('input') input: WatchTicketInput) {
    return this.relations.setWatching(user, input.ticketId, input.watching);
  }

  @ResolveField(() => [TicketMessageObject], { description: 'Clients see public replies only' })
  messages(@Parent() ticket: TicketObject) {
    return this.conversation.messages(ticket);
  }

  @ResolveField(() => Int)
  messageCount(@Parent() ticket: TicketObject) {
    return this.conversation.messageCount(ticket);
  }

  @ResolveField(() => [TicketEventObject], { description: 'Who changed what, when; clients see the public part' })
  events(@Parent() ticket: TicketObject) {
    return this.conversation.events(ticket);
  }

  @ResolveField(() => [TicketLinkObject])
  links(@Parent() ticket: TicketObject) {
    return this.conversation.links(ticket);
  }

  @ResolveField(() => [TicketPerson], { description: 'Staff see all watchers; others only themselves' })
  watchers(@Parent() ticket: TicketObject) {
    return this.relations.watchers(ticket);
  }
}
