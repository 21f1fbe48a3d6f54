import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthGuard } from '../../common/auth/auth.guard';
import { ApiTokenEntity } from './api-token.entity';
import { ApiTokensService } from './api-tokens.service';
import { AuthResolver } from './auth.resolver';
import { AuthService } from './auth.service';
import { LoginThrottleService } from './login-throttle.service';
import { SessionCookie } from './session-cookie';
import { SessionEntity } from './session.entity';
import { SessionService } from './session.service';

/** Global so every feature can use AuthGuard. */
@Global()
@Module({
  imports: [TypeOrmModule.forFeature([SessionEntity, ApiTokenEntity])],
  providers: [AuthService, ApiTokensService, SessionService, LoginThrottleService, SessionCookie, AuthResolver, AuthGuard],
  exports: [SessionService, AuthGuard],
})
export class AuthModule {}
