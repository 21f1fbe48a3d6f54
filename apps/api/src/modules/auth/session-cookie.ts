import { Inject, Injectable } from '@nestjs/common';
import { SESSION_COOKIE } from '../../common/auth/extract-token';
import type { GqlContext } from '../../common/graphql/gql-context';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';

/** The web app's session cookie: httpOnly, SameSite=Lax, Secure when configured. */
@Injectable()
export class SessionCookie {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  set(ctx: GqlContext, token: string, expiresAt: Date): void {
    ctx.res?.cookie(SESSION_COOKIE, token, {
      httpOnly: true,
      sameSite: 'lax',
      secure: this.config.cookieSecure,
      path: '/',
      expires: expiresAt,
    });
  }
}
