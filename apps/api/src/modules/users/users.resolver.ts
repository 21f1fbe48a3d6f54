import { UseGuards } from '@nestjs/common';
import { Args, Mutation, ObjectType, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AuthGuard } from '../../common/auth/auth.guard';
import type { AuthUser } from '../../common/auth/auth-user';
import { CurrentUser } from '../../common/auth/current-user.decorator';
import { Roles } from '../../common/auth/roles.decorator';
import { offsetConnection, offsetFromArgs, PageArgs, Paginated } from '../../common/pagination/connection';
import { AddSshKeyInput, RemoveSshKeyInput, SetStaffRoleInput, UsersFilter } from './dto/user.inputs';
import { SshKeyObject, UserObject } from './dto/user.object';
import type { UserEntity } from './user.entity';
import { UsersService } from './users.service';

@ObjectType()
export class UserConnection extends Paginated(UserObject, 'User') {}

@Resolver(() => UserObject)
@UseGuards(AuthGuard)
export class UsersResolver {
  constructor(private readonly usersService: UsersService) {}

  @Query(() => UserObject, { description: 'The caller' })
  me(@CurrentUser() user: AuthUser): UserObject {
    // The guard has just read the caller's row; no second query.
    return { id: user.id, email: user.email, name: user.name, staffRole: user.staffRole as UserObject['staffRole'], createdAt: user.createdAt };
  }

  @ResolveField(() => [SshKeyObject], { description: "Visible to the user and to staff (they go on every server)" })
  sshKeys(@Parent() parent: UserEntity, @CurrentUser() user: AuthUser) {
    if (parent.id !== user.id && !user.isStaff) return [];
    return this.usersService.sshKeys(parent.id);
  }

  @Mutation(() => SshKeyObject)
  addSshKey(@CurrentUser() user: AuthUser, @Args('input') input: AddSshKeyInput) {
    return this.usersService.addSshKey(user, input.publicKey);
  }

  @Mutation(() => SshKeyObject)
  removeSshKey(@CurrentUser() user: AuthUser, @Args('input') input: RemoveSshKeyInput) {
    return this.usersService.removeSshKey(user, input.id);
  }

  @Mutation(() => UserObject, { description: 'Admins grant OPS or ADMIN, or revoke with role: null' })
  @Roles('ADMIN')
  setStaffRole(@CurrentUser() user: AuthUser, @Args('input') input: SetStaffRoleInput) {
    return this.usersService.setStaffRole(user, input.userId, input.role);
  }

  @Query(() => UserConnection, { description: 'Staff: find users' })
  @Roles('OPS')
  async users(@Args() page: PageArgs, @Args('filter', { nullable: true }) filter?: UsersFilter) {
    const offset = offsetFromArgs(page);
    const { rows, total } = await this.usersService.search(filter ?? {}, page.first, offset);
    return offsetConnection(rows, total, offset);
  }
}
