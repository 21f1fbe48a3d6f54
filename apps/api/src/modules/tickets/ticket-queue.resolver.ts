import { UseGuards } from '@nestjs/common';
import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AuthGuard } from '../../common/auth/auth.guard';
import type { AuthUser } from '../../common/auth/auth-user';
import { CurrentUser } from '../../common/auth/current-user.decorator';
import { Roles } from '../../common/auth/roles.decorator';
import { BulkUpdateTicketsPayload, TriageRotaEntryObject } from './dto/ticket-queue.objects';
import { BulkUpdateTicketsInput, ClaimNextTicketInput, SetTriageRotaInput, TicketQueueArgs, TicketQueueFilterInput } from './dto/ticket.inputs';
import { TicketConnection, TicketObject, TicketQueueCounts } from './dto/ticket.object';
import { TicketQueueService } from './ticket-queue.service';
import { TicketTriageRotaService } from './ticket-triage-rota.service';

/** The ops queue; staff only. */
@Resolver()
@UseGuards(AuthGuard)
@Roles('OPS')
export class TicketQueueResolver {
  constructor(
    private readonly queue: TicketQueueService,
    private readonly rota: TicketTriageRotaService,
  ) {}

  @Query(() => TicketConnection)
  ticketQueue(@CurrentUser() user: AuthUser, @Args() args: TicketQueueArgs) {
    return this.queue.queue(user, args.view, args.filter ?? {}, args.orderBy ?? null, args.first, args.after);
  }

  @Query(() => TicketQueueCounts, { description: 'How many tickets each view holds' })
  ticketQueueCounts(
    @CurrentUser() user: AuthUser,
    @Args('filter', { type: () => TicketQueueFilterInput, nullable: true }) filter?: TicketQueueFilterInput | null,
  ) {
    return this.queue.counts(user, filter ?? {});
  }

  @Mutation(() => TicketObject, { nullable: true, description: 'Assigns the most urgent unassigned ticket to you; null when none is left' })
  claimNextTicket(
    @CurrentUser() user: AuthUser,
    @Args('input', { type: () => ClaimNextTicketInput, nullable: true }) input?: ClaimNextTicketInput | null,
  ) {
    return this.queue.claimNext(user, input?.workingGroup ?? null);
  }

  @Mutation(() => BulkUpdateTicketsPayload)
  async bulkUpdateTickets(@CurrentUser() user: AuthUser, @Args('input') input: BulkUpdateTicketsInput) {
    const { ticketIds, versions, ...change } = input;
    const results = await this.queue.bulkUpdate(user, ticketIds, versions ?? null, change);
    return { results, allOk: results.every((r) => r.ok) };
  }

  @Query(() => TriageRotaEntryObject, { nullable: true, description: 'Who triages this week' })
  triageDuty() {
    return this.rota.onDuty();
  }

  @Query(() => [TriageRotaEntryObject], { description: 'The rota from this week on' })
  triageRota(@Args('weeks', { type: () => Int, defaultValue: 8 }) weeks: number) {
    return this.rota.list(Math.min(Math.max(weeks, 1), 104));
  }

  @Mutation(() => TriageRotaEntryObject)
  setTriageRota(@Args('input') input: SetTriageRotaInput) {
    return this.rota.set(input.weekStart, input.userId);
  }

  @Mutation(() => Boolean)
  clearTriageRota(@Args('weekStart') weekStart: string) {
    return this.rota.clear(weekStart);
  }
}
