import { HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import { Kind, type OperationDefinitionNode } from 'graphql';
import type { GqlContext } from '../../common/graphql/gql-context';
import type { SessionService } from '../auth/session.service';
import type { AnswerMark, TicketAnswerCache } from './ticket-answer-cache';

/** Root fields whose answers depend on tickets and on who asks, nothing else. */
const TICKET_READS = new Set(['ticketQueue', 'ticketQueueCounts', 'searchTickets']);

/** A query made only of ticket reads (and `__typename`), with no fragment at its root. */
function readsOnlyTickets(operation: OperationDefinitionNode): boolean {
  const fields = operation.selectionSet.selections;
  return (
    operation.operation === 'query' &&
    fields.every((s) => s.kind === Kind.FIELD && (TICKET_READS.has(s.name.value) || s.name.value === '__typename')) &&
    fields.some((s) => s.kind === Kind.FIELD && TICKET_READS.has(s.name.value))
  );
}

/**
 * Answers a staff member's repeated queue and search queries from TicketAnswerCache, skipping execution,
 * or waits for the same answer another ask is computing; `Cache-Control: no-cache` asks for a fresh one.
 * Runs after parsing, validation and the query limits. Clients' answers are never kept.
 */
export function ticketAnswerCachePlugin(cache: TicketAnswerCache, sessions: SessionService): ApolloServerPlugin {
  return {
    async requestDidStart() {
      let mark: AnswerMark | null = null;
      return {
        async responseForOperation({ operation, request, source, contextValue }) {
          if (!operation || !readsOnlyTickets(operation)) return null;
          const user = await sessions.callerOf((contextValue as GqlContext).req);
          if (!user?.isStaff) return null;
          const key = JSON.stringify([user.id, user.staffRole, request.operationName ?? null, request.variables ?? null, source]);
          const found = cache.lookup(key, /no-cache/i.test(request.http?.headers.get('cache-control') ?? ''));
          const kept = 'hit' in found ? found.hit : 'wait' in found ? await found.wait : undefined;
          if (kept) return { http: { status: undefined, headers: new HeaderMap() }, body: { kind: 'single', singleResult: kept } };
          if ('compute' in found) mark = found.compute; // else the computation waited for failed: compute, keep nothing
          return null;
        },
        async willSendResponse({ response }) {
          if (!mark) return;
          const body = response.body;
          cache.settle(mark, body.kind === 'single' && !body.singleResult.errors ? body.singleResult : undefined);
        },
      };
    },
  };
}
