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
    if (!req.user) {
      const token = extractToken(req);
      if (!token) throw unauthenticated();
      const user = await this.sessions.authenticate(token);
      if (!user) throw unauthenticated('Your session has expired or the token is not valid');
      req.user = user;
    }
    const role = this.reflector.getAllAndOverride<StaffRole | undefined>(ROLES_KEY, [ctx.getHandler(), ctx.getClass()]);
    if (role && !hasRole(req.user, role)) throw new DomainException('FORBIDDEN', `This needs the ${role} role`);
    return true;
  }
}
