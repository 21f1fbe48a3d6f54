import { UseGuards } from '@nestjs/common';
import { Query, Resolver } from '@nestjs/graphql';
import { AuthGuard } from '../../common/auth/auth.guard';
import { Roles } from '../../common/auth/roles.decorator';
import { TicketSettingsObject } from './dto/ticket-settings.object';
import { TicketSettingsService } from './ticket-settings.service';

/** The ticket rules as staff see them; changed through the environment, not here. */
@Resolver()
@UseGuards(AuthGuard)
@Roles('OPS')
export class TicketSettingsResolver {
  constructor(private readonly settings: TicketSettingsService) {}

  @Query(() => TicketSettingsObject, { description: 'Staff: working groups, SLA targets per priority, auto-close days' })
  ticketSettings() {
    return this.settings.settings();
  }
}
