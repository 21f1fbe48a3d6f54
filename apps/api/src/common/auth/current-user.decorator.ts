import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { requestOf } from './request-of';
import type { AuthUser } from './auth-user';

/** The caller established by AuthGuard; use only on guarded resolvers. */
export const CurrentUser = createParamDecorator((_: unknown, ctx: ExecutionContext): AuthUser => {
  return requestOf(ctx).user as AuthUser;
});
