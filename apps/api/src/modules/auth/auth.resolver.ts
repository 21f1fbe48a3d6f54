import { UseGuards } from '@nestjs/common';
import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AuthGuard } from '../../common/auth/auth.guard';
import type { AuthUser } from '../../common/auth/auth-user';
import { CurrentUser } from '../../common/auth/current-user.decorator';
import { SESSION_COOKIE } from '../../common/auth/extract-token';
import type { GqlContext } from '../../common/graphql/gql-context';
import { ApiTokensService } from './api-tokens.service';
import { AuthService } from './auth.service';
import { ApiTokenObject, AuthPayload, CreatedApiToken } from './dto/auth.objects';
import { ChangePasswordInput, CreateApiTokenInput, LogInInput, RevokeApiTokenInput, SignUpInput } from './dto/auth.inputs';
import { SessionCookie } from './session-cookie';

@Resolver()
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly apiTokens: ApiTokensService,
    private readonly cookie: SessionCookie,
  ) {}

  @Mutation(() => AuthPayload)
  async signUp(@Args('input') input: SignUpInput, @Context() ctx: GqlContext) {
    const result = await this.auth.signUp(input);
    this.cookie.set(ctx, result.token, result.expiresAt);
    return result;
  }

  @Mutation(() => AuthPayload)
  async logIn(@Args('input') input: LogInInput, @Context() ctx: GqlContext) {
    const result = await this.auth.logIn(input, ctx.req.ip ?? ctx.req.socket?.remoteAddress ?? 'unknown');
    this.cookie.set(ctx, result.token, result.expiresAt);
    return result;
  }

  @Mutation(() => Boolean)
  @UseGuards(AuthGuard)
  async logOut(@CurrentUser() user: AuthUser, @Context() ctx: GqlContext) {
    await this.auth.logOut(user);
    ctx.res?.clearCookie?.(SESSION_COOKIE, { path: '/' });
    return true;
  }

  @Mutation(() => Boolean)
  @UseGuards(AuthGuard)
  async changePassword(@CurrentUser() user: AuthUser, @Args('input') input: ChangePasswordInput) {
    await this.auth.changePassword(user, input.currentPassword, input.newPassword);
    return true;
  }

  @Query(() => [ApiTokenObject])
  @UseGuards(AuthGuard)
  myApiTokens(@CurrentUser() user: AuthUser) {
    return this.apiTokens.list(user);
  }

  @Mutation(() => CreatedApiToken)
  @UseGuards(AuthGuard)
  createApiToken(@CurrentUser() user: AuthUser, @Args('input') input: CreateApiTokenInput) {
    return this.apiTokens.create(user, input.name, input.expiresInDays);
  }

  @Mutation(() => ApiTokenObject)
  @UseGuards(AuthGuard)
  revokeApiToken(@CurrentUser() user: AuthUser, @Args('input') input: RevokeApiTokenInput) {
    return this.apiTokens.revoke(user, input.id);
  }
}
