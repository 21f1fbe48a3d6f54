import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import type { ApolloServerPlugin } from '@apollo/server';
import type { ApolloDriverConfig } from '@nestjs/apollo';
import { Logger } from '@nestjs/common';
import type { GraphQLError } from 'graphql';
import type { AppConfig } from '../../config/app-config';
import type { MetricsService } from '../../modules/metrics/metrics.service';
import { metricsPlugin } from '../../modules/metrics/metrics.plugin';
import type { PortalRequest } from '../auth/request-of';
import { createGraphqlErrorFormatter } from '../errors/format-graphql-error';
import { queryLimitsPlugin } from './query-limits.plugin';
import { stringifyResult } from './shared-answers';

type WsContext = { extra?: { request?: { headers: PortalRequest['headers']; socket?: { remoteAddress?: string } } }; connectionParams?: Record<string, unknown> };

/**
 * Apollo Server 5 through @nestjs/apollo: code-first schema, CSRF prevention, limits, metrics, one error
 * formatter; `features` adds features' own plugins (they run after the query limits).
 */
export function graphqlOptions(config: AppConfig, metrics: MetricsService, features: ApolloServerPlugin[] = []): ApolloDriverConfig {
  const logger = new Logger('GraphQL');
  const formatError = createGraphqlErrorFormatter({ error: (obj, msg) => logger.error(obj, msg) });
  // graphql-ws does not go through Apollo: format the errors in its results the same way (codes, no internals).
  const formatWsErrors = (errors: readonly GraphQLError[]) => errors.map((e) => formatError(e.toJSON(), e));
  return {
    autoSchemaFile: true,
    sortSchema: true,
    path: '/graphql',
    csrfPrevention: true,
    introspection: config.graphql.introspection,
    playground: false,
    stringifyResult,
    plugins: [
      // We give no cache hints and send no traces: without these, Apollo wraps every field's resolver.
      ApolloServerPluginCacheControlDisabled(),
      ApolloServerPluginInlineTraceDisabled(),
      queryLimitsPlugin(config.graphql),
      metricsPlugin(metrics),
      ...features,
      ...(config.env === 'production' ? [] : [ApolloServerPluginLandingPageLocalDefault({ embed: true })]),
    ],
    formatError,
    includeStacktraceInErrorResponses: false,
    subscriptions: {
      'graphql-ws': {
        path: '/graphql',
        onNext: (_ctx, _id, _payload, _args, result) => (result.errors ? { ...result, errors: formatWsErrors(result.errors) } : undefined),
      },
    },
    context: (ctx: { req?: PortalRequest; res?: unknown } & WsContext) => {
      if (ctx.req) return { req: ctx.req, res: ctx.res };
      // graphql-ws: authenticate from the upgrade request's cookie or connectionParams.authorization.
      const request = ctx.extra?.request;
      return { req: { headers: request?.headers ?? {}, socket: request?.socket, connectionParams: ctx.connectionParams ?? {} } };
    },
  };
}
