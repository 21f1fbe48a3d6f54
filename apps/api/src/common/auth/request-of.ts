import type { ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { AuthUser } from './auth-user';

/** What the guards read and write, over HTTP and over graphql-ws alike. */
export type PortalRequest = {
  headers: Record<string, string | string[] | undefined>;
  ip?: string;
  socket?: { remoteAddress?: string };
  connectionParams?: Record<string, unknown>;
  user?: AuthUser;
  res?: { cookie?: (...a: unknown[]) => void; clearCookie?: (...a: unknown[]) => void; setHeader?: (k: string, v: string) => void };
};

export function requestOf(ctx: ExecutionContext): PortalRequest {
  if (ctx.getType<string>() === 'graphql') return GqlExecutionContext.create(ctx).getContext().req;
  return ctx.switchToHttp().getRequest();
}
