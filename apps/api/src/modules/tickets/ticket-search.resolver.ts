import { UseGuards } from '@nestjs/common';
import { Args, Query, Resolver } from '@nestjs/graphql';
import { AuthGuard } from '../../common/auth/auth.guard';
import type { AuthUser } from '../../common/auth/auth-user';
import { CurrentUser } from '../../common/auth/current-user.decorator';
import { offsetFromArgs } from '../../common/pagination/connection';
import { TicketSearchConnection } from './dto/ticket-search.object';
import { SearchTicketsArgs } from './dto/ticket.inputs';
import { TicketSearchService } from './ticket-search.service';

@Resolver()
@UseGuards(AuthGuard)
export class TicketSearchResolver {
  constructor(private readonly search: TicketSearchService) {}

  @Query(() => TicketSearchConnection, { description: 'Full-text search over the tickets you may see, best match first' })
  searchTickets(@CurrentUser() user: AuthUser, @Args() args: SearchTicketsArgs) {
    return this.search.search(user, args.query, args.first, offsetFromArgs(args));
  }
}
