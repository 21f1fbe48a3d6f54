// Issue 2's benchmark: an authenticated `me` query against the bare `{ __typename }` ceiling of the same
// server, at concurrency 8 and 32, over several rounds. Floor: me >= 60% of the ceiling.
import { fmt, load, summarize } from './lib/load.mjs';
import { gql, startServer } from './lib/server.mjs';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);

export async function run() {
  const server = await startServer();
  try {
    const { signUp } = await gql(server.url, `mutation { signUp(input: { email: "bench@example.test", password: "bench password 123", name: "Bench" }) { token } }`);
    const token = signUp.token;
    const body = (query) => JSON.stringify({ query });
    const requests = {
      typename: () => ({ path: '/graphql', body: body('{ __typename }'), headers: { 'content-type': 'application/json' } }),
      me: () => ({ path: '/graphql', body: body('query Me { me { id email name staffRole } }'), headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` } }),
    };
    const checks = { typename: (t) => t.includes('"Query"'), me: (t) => t.includes('bench@example.test') };
    console.log(`me vs { __typename }: ${ROUNDS} rounds x ${SECONDS}s per case`);
    console.log('conc  case      req/s(min/med/max)        p50 ms  p95 ms  p99 ms  errors');
    const results = {};
    for (const concurrency of [8, 32]) {
      for (const name of ['typename', 'me']) {
        const rounds = [];
        for (let r = 0; r < ROUNDS; r++) {
          rounds.push(await load({ url: server.url, concurrency, seconds: SECONDS, makeRequest: requests[name], check: checks[name] }));
        }
        const rps = summarize(rounds.map((x) => x.rps));
        const med = rounds.find((x) => x.rps === rps.median);
        results[`${name}@${concurrency}`] = rps.median;
        console.log(
          `${String(concurrency).padEnd(5)} ${name.padEnd(9)} ${`${fmt(rps.min, 0)}/${fmt(rps.median, 0)}/${fmt(rps.max, 0)}`.padEnd(25)} ${fmt(med.p50).padStart(6)} ${fmt(med.p95).padStart(7)} ${fmt(med.p99).padStart(7)} ${String(rounds.reduce((a, x) => a + x.errors, 0)).padStart(7)}`,
        );
      }
      const ratio = results[`me@${concurrency}`] / results[`typename@${concurrency}`];
      console.log(`      me / ceiling at ${concurrency}: ${(ratio * 100).toFixed(0)}%  (floor 60%) ${ratio >= 0.6 ? 'OK' : 'BELOW FLOOR'}`);
    }
    console.log(`server RSS after load: ${fmt(await server.rssMiB(), 0)} MiB`);
  } finally {
    await server.stop();
  }
}
