import type { ApolloServerPlugin } from '@apollo/server';
import type { MetricsService } from './metrics.service';

/** Counts and times every GraphQL operation by its name (anonymous ones as "anonymous"). */
export function metricsPlugin(metrics: MetricsService): ApolloServerPlugin {
  return {
    async requestDidStart() {
      const started = process.hrtime.bigint();
      return {
        async willSendResponse({ operationName, operation, errors }) {
          const labels = { operation: (operationName ?? 'anonymous').slice(0, 64), type: operation?.operation ?? 'unknown' };
          metrics.operations.inc({ ...labels, outcome: errors?.length ? 'error' : 'ok' });
          metrics.durations.observe(labels, Number(process.hrtime.bigint() - started) / 1e9);
        },
      };
    },
  };
}
