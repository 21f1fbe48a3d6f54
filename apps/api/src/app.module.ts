import compression from 'compression';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { type DynamicModule, Global, type MiddlewareConsumer, Module, type NestModule } from '@nestjs/common';
import { APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { ServeStaticModule } from '@nestjs/serve-static';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LoggerModule } from 'nestjs-pino';
import { Clock, SystemClock } from './common/clock';
import { inputValidationPipe } from './common/errors/validation.pipe';
import { graphqlOptions } from './common/graphql/graphql-options';
import { loggerOptions } from './common/logging/logger-options';
import { APP_CONFIG, type AppConfig } from './config/app-config';
import { dataSourceOptions } from './database/data-source-options';
import { AuthModule } from './modules/auth/auth.module';
import { SessionService } from './modules/auth/session.service';
import { BillingModule } from './modules/billing/billing.module';
import { CatalogModule } from './modules/catalog/catalog.module';
import { ClientsModule } from './modules/clients/clients.module';
import { EventsModule } from './modules/events/events.module';
import { HealthModule } from './modules/health/health.module';
import { IncidentsModule } from './modules/incidents/incidents.module';
import { PartnersModule } from './modules/partners/partners.module';
import { ProvisioningModule } from './modules/provisioning/provisioning.module';
import { JobsModule } from './modules/jobs/jobs.module';
import { MetricsModule } from './modules/metrics/metrics.module';
import { MetricsService } from './modules/metrics/metrics.service';
import { OrdersModule } from './modules/orders/orders.module';
import { ServicesModule } from './modules/services/services.module';
import { TicketAnswerCache } from './modules/tickets/ticket-answer-cache';
import { ticketAnswerCachePlugin } from './modules/tickets/ticket-answer-cache.plugin';
import { TicketsModule } from './modules/tickets/tickets.module';
import { UsersModule } from './modules/users/users.module';

/** Where the built web app is; a placeholder page until it has been built. */
function webRoot(): string {
  const built = path.resolve(__dirname, '../../web/dist');
  return existsSync(path.join(built, 'index.html')) ? built : path.resolve(__dirname, '../../web/placeholder');
}

@Global()
@Module({})
class CoreModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: CoreModule,
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: Clock, useClass: SystemClock },
      ],
      exports: [APP_CONFIG, Clock],
    };
  }
}

@Module({})
export class AppModule implements NestModule {
  /** gzip for the web app's files and larger answers, for browsers that ask (the portal runs without a proxy in front). */
  configure(consumer: MiddlewareConsumer) {
    consumer.apply(compression({ threshold: 1024 })).forRoutes('*');
  }

  static forRoot(config: AppConfig): DynamicModule {
    if (!config.databaseUrl) throw new Error('AppModule needs config.databaseUrl (main.ts starts the embedded database first)');
    return {
      module: AppModule,
      imports: [
        CoreModule.forRoot(config),
        LoggerModule.forRoot(loggerOptions(config)),
        TypeOrmModule.forRoot({ ...dataSourceOptions(config.databaseUrl), autoLoadEntities: true }),
        MetricsModule,
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          imports: [TicketsModule],
          inject: [MetricsService, TicketAnswerCache, SessionService],
          useFactory: (metrics: MetricsService, answers: TicketAnswerCache, sessions: SessionService) =>
            graphqlOptions(config, metrics, [ticketAnswerCachePlugin(answers, sessions)]),
        }),
        ServeStaticModule.forRoot({ rootPath: webRoot(), exclude: ['/graphql{*path}', '/healthz', '/readyz', '/metrics', '/webhooks{*path}'] }),
        JobsModule,
        EventsModule,
        AuthModule,
        UsersModule,
        ClientsModule,
        ServicesModule,
        IncidentsModule,
        PartnersModule,
        ProvisioningModule,
        CatalogModule,
        OrdersModule,
        BillingModule,
        TicketsModule,
        HealthModule,
      ],
      providers: [{ provide: APP_PIPE, useValue: inputValidationPipe }],
    };
  }
}
