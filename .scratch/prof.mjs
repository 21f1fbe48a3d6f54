// usage: BENCH_DATABASE_URL=… BENCH_NODE_ARGS='--cpu-prof --cpu-prof-dir=/tmp/prof' node .scratch/prof.mjs [queue|typename|search]
import { load } from '../test/bench/lib/load.mjs';
import { startSeededServer, sessionFor } from '../test/bench/tickets.bench.mjs';
const which = process.argv[2] ?? 'queue';
const c = Number(process.argv[3] ?? 8);
const { server, db } = await startSeededServer();
const { token } = await sessionFor(db, 'ops1@bench.test');
const QUEUE = `query ($view: TicketQueueView!, $filter: TicketQueueFilterInput) { ticketQueue(view: $view, first: 25, filter: $filter) {
      totalCount edges { node { id number subject status priority lastActivityAt assignee { name } workingGroup { slug } sla { firstResponse { dueAt state } } } } } }`;
const SEARCH = `query ($q: String!) { searchTickets(query: $q, first: 25) { totalCount edges { node { snippet ticket { number } } } } }`;
const body = which === 'queue' ? JSON.stringify({ query: QUEUE, variables: { view: 'OPEN' } })
  : which === 'search' ? JSON.stringify({ query: SEARCH, variables: { q: 'certificate expired' } })
  : JSON.stringify({ query: '{ __typename }' });
const headers = { 'content-type': 'application/json', authorization: `Bearer ${token}` };
for (const round of [1, 2]) {
  const r = await load({ url: server.url, concurrency: c, seconds: Number(process.env.SECS ?? 8), makeRequest: () => ({ path: '/graphql', body, headers }), check: (t) => !t.includes('"errors"') });
  console.log(which, `c=${c}`, r.rps.toFixed(0), 'req/s p95', r.p95.toFixed(1), 'errors', r.errors);
}
await server.stop();
await db.end();
