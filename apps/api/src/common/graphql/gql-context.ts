import type { PortalRequest } from '../auth/request-of';

export type CookieResponse = {
  cookie(name: string, value: string, options: Record<string, unknown>): void;
  clearCookie(name: string, options: Record<string, unknown>): void;
};

/** The GraphQL context: the HTTP request and response, or a graphql-ws connection's request. */
export type GqlContext = { req: PortalRequest; res?: CookieResponse };
