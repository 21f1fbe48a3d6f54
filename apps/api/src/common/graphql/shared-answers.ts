import type { FormattedExecutionResult } from 'graphql';

/**
 * Answers served to many requests (an answer cache's) keep their JSON: keyed by the answer's `data`
 * object, which Apollo passes on unchanged to `stringifyResult`. null until first serialized.
 */
const json = new WeakMap<object, string | null>();

const plainData = (result: FormattedExecutionResult) => (result.data && !result.errors && !result.extensions ? result.data : undefined);

/** Marks an answer that will be served again, so its JSON is made once. */
export function markShared(result: FormattedExecutionResult): void {
  const data = plainData(result);
  if (data) json.set(data, null);
}

/** Apollo's `stringifyResult`: compact JSON (Apollo pretty-prints by default), made once for a shared answer. */
export function stringifyResult(result: FormattedExecutionResult): string {
  const data = plainData(result);
  const kept = data ? json.get(data) : undefined;
  if (kept) return kept;
  const text = JSON.stringify(result);
  if (kept === null) json.set(data!, text);
  return text;
}
