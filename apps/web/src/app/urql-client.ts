import { cacheExchange, type Cache } from '@urql/exchange-graphcache';
import { Client, fetchExchange, subscriptionExchange } from 'urql';
import { createClient as createWsClient } from 'graphql-ws';

/** Types without their own identity: graphcache stores them inside their parent. */
const EMBEDDED = [
  'PageInfo',
  'AuthPayload',
  'CreatedInvitation',
  'CreatedApiToken',
  'ClientConnection',
  'ClientEdge',
  'UserConnection',
  'UserEdge',
  'AuditEventConnection',
  'AuditEventEdge',
  'TicketConnection',
  'TicketEdge',
  'TicketEvent',
  'TicketLink',
  'TicketSlaObject',
  'SlaDeadlineObject',
  'TicketQueueCounts',
  'TicketQueueChange',
  'BulkTicketResult',
  'BulkUpdateTicketsPayload',
  'TriageRotaEntryObject',
  'PurchaseResult',
  'InvoiceLine',
  'ResourceOutput',
  'DnsRecord',
  'ServiceConnection',
  'ServiceEdge',
  'PartnerKindTerms',
  'PartnerConnectionTest',
  'Economics',
  'EconomicsGroup',
  'TicketSettings',
  'TicketSlaTarget',
] as const;

/** Drops every cached answer of these root fields (all arguments), so active queries fetch again. */
function invalidateRootFields(cache: Cache, ...names: string[]): void {
  for (const f of cache.inspectFields('Query')) if (names.includes(f.fieldName)) cache.invalidate('Query', f.fieldName, f.arguments ?? undefined);
}

function wsUrl(): string {
  const { protocol, host } = window.location;
  return `${protocol === 'https:' ? 'wss' : 'ws'}://${host}/graphql`;
}

/**
 * One GraphQL client per session: the session cookie travels with every request (same origin), and
 * logging in or out builds a fresh client, so no cached data outlives the session it belongs to.
 */
export function createUrqlClient(): Client {
  const ws = createWsClient({ url: wsUrl(), lazy: true, retryAttempts: Infinity });
  return new Client({
    url: '/graphql',
    // Apollo's CSRF prevention refuses simple GET requests; POST with JSON is always allowed.
    preferGetMethod: false,
    requestPolicy: 'cache-and-network',
    exchanges: [
      cacheExchange({
        keys: Object.fromEntries(EMBEDDED.map((t) => [t, () => null])),
        updates: {
          Subscription: {
            // A ticket entered, changed in or left a view: counts and pages are recomputed by the server.
            ticketQueueChanged: (_r, _a, cache) => invalidateRootFields(cache, 'ticketQueue', 'ticketQueueCounts'),
          },
          Mutation: {
            fileTicket: (_r, _a, cache) => invalidateRootFields(cache, 'myTickets', 'ticketQueue', 'ticketQueueCounts'),
            claimNextTicket: (_r, _a, cache) => invalidateRootFields(cache, 'ticketQueue', 'ticketQueueCounts'),
            bulkUpdateTickets: (_r, _a, cache) => invalidateRootFields(cache, 'ticketQueue', 'ticketQueueCounts'),
            updateTicket: (_r, _a, cache) => invalidateRootFields(cache, 'ticketQueue', 'ticketQueueCounts'),
            purchasePackage: (_r, _a, cache) => invalidateRootFields(cache, 'invoices', 'myServices', 'orders'),
            markInvoicePaid: (_r, _a, cache) => invalidateRootFields(cache, 'invoices', 'myServices', 'services'),
            closeTicket: (_r, _a, cache) => invalidateRootFields(cache, 'myTickets'),
            reopenTicket: (_r, _a, cache) => invalidateRootFields(cache, 'myTickets'),
            createPackage: (_r, _a, cache) => invalidateRootFields(cache, 'allPackages', 'packages'),
            retirePackage: (_r, _a, cache) => invalidateRootFields(cache, 'packages'),
            createPartner: (_r, _a, cache) => invalidateRootFields(cache, 'partners'),
            updateBillingSettings: (_r, _a, cache) => invalidateRootFields(cache, 'economics'),
            createClient: (_result, _args, cache) => cache.invalidate('Query', 'myClients'),
            acceptInvitation: (_result, _args, cache) => cache.invalidate('Query', 'myClients'),
            leaveClient: (_result, _args, cache) => cache.invalidate('Query', 'myClients'),
            removeMember: (_result, args, cache) => {
              const input = (args as { input: { clientId: string } }).input;
              cache.invalidate({ __typename: 'Client', id: input.clientId }, 'members');
            },
          },
        },
      }),
      fetchExchange,
      subscriptionExchange({
        forwardSubscription(request) {
          const input = { ...request, query: request.query || '' };
          return {
            subscribe(sink) {
              const unsubscribe = ws.subscribe(input, sink);
              return { unsubscribe };
            },
          };
        },
      }),
    ],
  });
}
