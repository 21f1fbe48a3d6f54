import { UseGuards } from '@nestjs/common';
import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AuthGuard } from '../../common/auth/auth.guard';
import type { AuthUser } from '../../common/auth/auth-user';
import { CurrentUser } from '../../common/auth/current-user.decorator';
import { Roles } from '../../common/auth/roles.decorator';
import { offsetConnection, offsetFromArgs, PageArgs } from '../../common/pagination/connection';
import type { ClientEntity } from './client.entity';
import { ClientsService } from './clients.service';
import { AcceptInvitationInput, ClientsFilter, CreateClientInput, InviteMemberInput, LeaveClientInput, RemoveMemberInput } from './dto/client.inputs';
import { ClientConnection, ClientMemberObject, ClientObject, CreatedInvitation, MemberRoleEnum } from './dto/client.object';
import { MembershipsService } from './memberships.service';
import { ClientAccessService } from './client-access.service';

@Resolver(() => ClientObject)
@UseGuards(AuthGuard)
export class ClientsResolver {
  constructor(
    private readonly clientsService: ClientsService,
    private readonly memberships: MembershipsService,
    private readonly access: ClientAccessService,
  ) {}

  @Mutation(() => ClientObject, { description: 'Creates a client organisation with the caller as its owner' })
  createClient(@CurrentUser() user: AuthUser, @Args('input') input: CreateClientInput) {
    return this.clientsService.create(user, input);
  }

  @Query(() => [ClientObject])
  myClients(@CurrentUser() user: AuthUser) {
    return this.clientsService.mine(user);
  }

  @Query(() => ClientObject)
  client(@CurrentUser() user: AuthUser, @Args('slug') slug: string) {
    return this.clientsService.bySlug(user, slug);
  }

  @Query(() => ClientConnection, { description: 'Staff: all clients' })
  @Roles('OPS')
  async clients(@Args() page: PageArgs, @Args('filter', { nullable: true }) filter?: ClientsFilter) {
    const offset = offsetFromArgs(page);
    const { rows, total } = await this.clientsService.search(filter ?? {}, page.first, offset);
    return offsetConnection(rows, total, offset);
  }

  @ResolveField(() => [ClientMemberObject])
  members(@Parent() client: ClientEntity) {
    return this.clientsService.members(client.id);
  }

  @ResolveField(() => MemberRoleEnum, { nullable: true, description: "The caller's role in this client" })
  myRole(@Parent() client: ClientEntity, @CurrentUser() user: AuthUser) {
    return this.access.memberRole(user.id, client.id);
  }

  @Mutation(() => CreatedInvitation)
  inviteMember(@CurrentUser() user: AuthUser, @Args('input') input: InviteMemberInput) {
    return this.memberships.invite(user, input.clientId, input.email);
  }

  @Mutation(() => ClientObject)
  async acceptInvitation(@CurrentUser() user: AuthUser, @Args('input') input: AcceptInvitationInput) {
    const clientId = await this.memberships.accept(user, input.token);
    return this.clientsService.byId(user, clientId);
  }

  @Mutation(() => Boolean)
  async removeMember(@CurrentUser() user: AuthUser, @Args('input') input: RemoveMemberInput) {
    await this.memberships.remove(user, input.clientId, input.userId);
    return true;
  }

  @Mutation(() => Boolean)
  async leaveClient(@CurrentUser() user: AuthUser, @Args('input') input: LeaveClientInput) {
    await this.memberships.leave(user, input.clientId);
    return true;
  }
}
