import type { GraphQLFormattedError } from 'graphql';
import { DomainException, type ErrorCode } from './domain.exception';

type Logger = { error(obj: unknown, msg?: string): void };

/** Codes produced by Apollo / graphql-js itself for malformed requests; they pass through unchanged. */
const PASS_THROUGH = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'QUERY_TOO_DEEP',
  'QUERY_TOO_COMPLEX',
]);

function codeExtensions(e: DomainException): Record<string, unknown> {
  const code: ErrorCode = e.code;
  switch (code) {
    case 'BAD_USER_INPUT':
      return { code, field: e.details.field };
    case 'RATE_LIMITED':
      return { code, retryAfterSeconds: e.details.retryAfterSeconds };
    case 'CONFLICT':
      return { code, ...e.details.extra };
    case 'UNAUTHENTICATED':
    case 'FORBIDDEN':
    case 'NOT_FOUND':
      return { code };
    default: {
      const unreachable: never = code;
      return { code: unreachable };
    }
  }
}

/** The one place that turns errors into what a GraphQL caller sees. Unknown errors are logged once and hidden. */
export function createGraphqlErrorFormatter(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    // Duck-typed: graphql-js may be loaded twice (ESM and CommonJS), so instanceof GraphQLError is unreliable.
    const original = (error as { originalError?: unknown } | null)?.originalError ?? error;
    if (original instanceof DomainException) {
      return { message: original.message, path: formatted.path, extensions: codeExtensions(original) };
    }
    const variableField = variableCoercionField(formatted.message);
    if (variableField) {
      return { message: formatted.message, locations: formatted.locations, extensions: { code: 'BAD_USER_INPUT', field: variableField } };
    }
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && PASS_THROUGH.has(code)) {
      return { message: formatted.message, locations: formatted.locations, path: formatted.path, extensions: { ...formatted.extensions, stacktrace: undefined } };
    }
    // A GraphQLError of ours (e.g. QUERY_TOO_DEEP from a plugin) that Apollo wrapped as unexpected.
    const own = original as { message?: string; extensions?: Record<string, unknown> };
    if (typeof own.extensions?.code === 'string' && PASS_THROUGH.has(own.extensions.code)) {
      return { message: String(own.message), extensions: own.extensions };
    }
    logger.error({ err: original, path: formatted.path }, 'unexpected error in GraphQL operation');
    return { message: 'Internal server error', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  };
}

/**
 * graphql-js rejects variables that do not fit their types before any resolver runs
 * ('Variable "$input" got invalid value 1 at "input.email"; ...'). Those are the caller's mistake:
 * BAD_USER_INPUT naming the field when the message says which.
 */
export function variableCoercionField(message: string): string | null {
  const m = /^Variable "\$(\w+)" got invalid value/.exec(message);
  if (!m) return null;
  const at = /at "([^"]+)"/.exec(message)?.[1];
  const missing = /Field "([^"]+)" of required type/.exec(message)?.[1];
  const unknown = /Field "([^"]+)" is not defined/.exec(message)?.[1];
  const base = at ?? m[1];
  const leaf = missing ?? unknown;
  return leaf ? `${base}.${leaf}`.replace(/^\w+\./, '') : base.replace(/^\w+\./, '') || base;
}

