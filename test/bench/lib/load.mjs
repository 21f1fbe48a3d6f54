// A closed-loop load generator: `concurrency` workers send requests back to back for `seconds`.
import { Agent, request } from 'undici';

export function percentile(sorted, p) {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/** Runs `makeRequest` (returns { path, body, headers }) and reports requests/s and latency percentiles in ms. */
export async function load({ url, concurrency, seconds, warmupSeconds = 1, makeRequest, check }) {
  const dispatcher = new Agent({ connections: concurrency, pipelining: 1, keepAliveTimeout: 30_000 });
  const run = async (duration, record) => {
    const latencies = [];
    let errors = 0;
    const deadline = performance.now() + duration * 1000;
    await Promise.all(
      Array.from({ length: concurrency }, async (_, worker) => {
        let i = 0;
        while (performance.now() < deadline) {
          const r = makeRequest(worker, i++);
          const started = performance.now();
          const res = await request(`${url}${r.path}`, { method: 'POST', body: r.body, headers: r.headers, dispatcher });
          const text = await res.body.text();
          const ms = performance.now() - started;
          if (res.statusCode !== 200 || (check && !check(text))) errors++;
          if (record) latencies.push(ms);
        }
      }),
    );
    return { latencies, errors };
  };
  await run(warmupSeconds, false);
  const started = performance.now();
  const { latencies, errors } = await run(seconds, true);
  const elapsed = (performance.now() - started) / 1000;
  await dispatcher.close();
  latencies.sort((a, b) => a - b);
  return {
    rps: latencies.length / elapsed,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    requests: latencies.length,
    errors,
  };
}

export const fmt = (n, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : '-');

export function summarize(values) {
  const s = [...values].sort((a, b) => a - b);
  return { min: s[0], median: s[Math.floor(s.length / 2)], max: s.at(-1) };
}
