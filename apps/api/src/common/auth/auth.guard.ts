import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { SessionService } from '../../modules/auth/session.service';
import { DomainException, unauthenticated } from '../errors/domain.exception';
import { hasRole, type StaffRole } from './auth-user';
import { extractToken } from './extract-token';
import { requestOf } from './request-of';
import { ROLES_KEY } from './roles.decorator';

/** Establishes the caller from the session cookie or `Authorization: Bearer`, then checks @Roles. */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly sessions: SessionService,
    private readonly reflector: Reflector,
  ) {}

  async canActivate(ctx: ExecutionContext): Promise<boolean> {
    const req = requestOf(ctx);
    const user = await this.sessions.callerOf(req);
    if (!user) {
      throw extractToken(req) ? unauthenticated('Your session has expired or the token is not valid') : unauthenticated();
    }
    const role = this.reflector.getAllAndOverride<StaffRole | undefined>(ROLES_KEY, [ctx.getHandler(), ctx.getClass()]);
    if (role && !hasRole(user, role)) throw new DomainException('FORBIDDEN', `This needs the ${role} role`);
    return true;
  }
}
