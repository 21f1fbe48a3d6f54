import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind, type DocumentNode, type FragmentDefinitionNode, type GraphQLSchema, type OperationDefinitionNode, type SelectionSetNode } from 'graphql';
import { fieldExtensionsEstimator, getComplexity, simpleEstimator, type ComplexityEstimator } from 'graphql-query-complexity';

/** Depth of the deepest field path, following fragments; introspection fields count like any other. */
export function queryDepth(selectionSet: SelectionSetNode, fragments: Record<string, FragmentDefinitionNode>, seen = new Set<string>()): number {
  let max = 0;
  for (const sel of selectionSet.selections) {
    if (sel.kind === Kind.FIELD) {
      max = Math.max(max, sel.selectionSet ? 1 + queryDepth(sel.selectionSet, fragments, seen) : 1);
    } else if (sel.kind === Kind.INLINE_FRAGMENT) {
      max = Math.max(max, queryDepth(sel.selectionSet, fragments, seen));
    } else {
      const name = sel.name.value;
      if (seen.has(name) || !fragments[name]) continue;
      max = Math.max(max, queryDepth(fragments[name].selectionSet, fragments, new Set([...seen, name])));
    }
  }
  return max;
}

/** Lists cost what they may return: a field with `first: n` multiplies its children by n. */
const pageEstimator: ComplexityEstimator = ({ args, childComplexity }) => {
  const first = typeof args.first === 'number' ? args.first : undefined;
  return first !== undefined ? 1 + childComplexity * Math.max(1, first) : undefined;
};

/** Past this many variable sets for one document, start over rather than grow. */
const MAX_MEASURES_PER_DOCUMENT = 100;

/**
 * Rejects abusive operations before they execute: QUERY_TOO_DEEP and QUERY_TOO_COMPLEX. Apollo reuses
 * the parsed document of a query it has seen, so depth and cost are measured once per document,
 * operation and variables.
 */
export function queryLimitsPlugin(limits: { maxDepth: number; maxCost: number }): ApolloServerPlugin {
  const measured = new WeakMap<DocumentNode, Map<string, { depth: number; cost: number }>>();
  const measure = (document: DocumentNode, operation: OperationDefinitionNode, operationName: string | undefined, variables: Record<string, unknown>, schema: GraphQLSchema) => {
    let byVariables = measured.get(document);
    if (!byVariables) measured.set(document, (byVariables = new Map()));
    const key = JSON.stringify([operationName ?? null, variables]);
    let m = byVariables.get(key);
    if (!m) {
      const fragments = Object.fromEntries(
        document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]),
      );
      const depth = queryDepth(operation.selectionSet, fragments);
      // cost only matters once depth passes; an over-deep query is refused before its cost is weighed
      const cost =
        depth > limits.maxDepth
          ? 0
          : getComplexity({
              schema,
              query: document,
              operationName,
              variables,
              estimators: [fieldExtensionsEstimator(), pageEstimator, simpleEstimator({ defaultComplexity: 1 })],
            });
      if (byVariables.size >= MAX_MEASURES_PER_DOCUMENT) byVariables.clear();
      byVariables.set(key, (m = { depth, cost }));
    }
    return m;
  };
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, request, schema }) {
          if (!operation) return;
          const { depth, cost } = measure(document, operation, request.operationName ?? undefined, request.variables ?? {}, schema);
          if (depth > limits.maxDepth) {
            throw new GraphQLError(`Query depth ${depth} exceeds the limit of ${limits.maxDepth}`, {
              extensions: { code: 'QUERY_TOO_DEEP', depth, limit: limits.maxDepth, http: { status: 400 } },
            });
          }
          if (cost > limits.maxCost) {
            throw new GraphQLError(`Query cost ${cost} exceeds the limit of ${limits.maxCost}`, {
              extensions: { code: 'QUERY_TOO_COMPLEX', cost, limit: limits.maxCost, http: { status: 400 } },
            });
          }
        },
      };
    },
  };
}
