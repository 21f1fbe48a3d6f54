import { UseGuards } from '@nestjs/common';
import { Args, Int, Resolver, Subscription } from '@nestjs/graphql';
import { AuthGuard } from '../../common/auth/auth.guard';
import type { AuthUser } from '../../common/auth/auth-user';
import { CurrentUser } from '../../common/auth/current-user.decorator';
import { Roles } from '../../common/auth/roles.decorator';
import { TicketQueueViewEnum } from './dto/ticket-enums';
import { TicketQueueChange } from './dto/ticket-queue.objects';
import { TicketObject } from './dto/ticket.object';
import { TicketLiveService, type TicketSignal } from './ticket-live.service';
import type { TicketQueueView } from './ticket-queue-views';
import { viewerOf } from './ticket-viewer';
import { TicketsService } from './tickets.service';

/** Live updates over graphql-ws, fed by PostgreSQL NOTIFY (see TicketLiveService). */
@Resolver()
@UseGuards(AuthGuard)
export class TicketSubscriptionsResolver {
  constructor(
    private readonly live: TicketLiveService,
    private readonly tickets: TicketsService,
  ) {}

  @Subscription(() => TicketObject, { description: 'The ticket, each time it changes in a way you can see' })
  async ticketUpdated(@CurrentUser() user: AuthUser, @Args('number', { type: () => Int }) number: number) {
    const viewer = viewerOf(user);
    const ticket = await this.tickets.byNumber(user, number); // NOT_FOUND unless the caller may see it
    // Clients hear only of public changes: an internal note or a triage change sends them nothing at all.
    return this.live.subscribe(
      (s) => s.ticketId === ticket.id && (viewer.isStaff || s.visibility === 'PUBLIC'),
      async (s) => {
        const current = await this.tickets.visibleById(viewer, s.ticketId);
        return current ? { ticketUpdated: current } : null;
      },
    );
  }

  @Subscription(() => TicketQueueChange, { description: 'Staff: tickets entering, changing in or leaving a queue view' })
  @Roles('OPS')
  ticketQueueChanged(@CurrentUser() user: AuthUser, @Args('view', { type: () => TicketQueueViewEnum }) view: TicketQueueView) {
    const viewer = viewerOf(user);
    const inView = (s: TicketSignal, when: 'before' | 'after') =>
      view === 'MINE'
        ? (when === 'before' ? s.assigneeBefore : s.assigneeAfter) === user.id && (when === 'before' ? s.viewsBefore : s.viewsAfter).includes('OPEN')
        : (when === 'before' ? s.viewsBefore : s.viewsAfter).includes(view);
    return this.live.subscribe(
      (s) => inView(s, 'before') || inView(s, 'after'),
      async (s) => {
        const ticket = await this.tickets.visibleById(viewer, s.ticketId);
        if (!ticket) return null;
        const kind = !inView(s, 'before') ? 'ADDED' : !inView(s, 'after') ? 'REMOVED' : 'UPDATED';
        return { ticketQueueChanged: { view, kind, ticket } };
      },
    );
  }
}
