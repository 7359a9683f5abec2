import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { Plugin } from '@nestjs/apollo';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import {
  fieldExtensionsEstimator,
  getComplexity,
  simpleEstimator,
  type ComplexityEstimator,
} from 'graphql-query-complexity';
import { ApiErrorCode, apiError } from './api-error';
import { findNulCharacter } from './nul-character';
import { PassedOperations } from './passed-operations';
import { queryShape } from './query-shape';
import { DEFAULT_PAGE_SIZE } from './page.args';

export const MAX_QUERY_DEPTH = 12;
export const MAX_QUERY_COMPLEXITY = 20_000;
/** Selections once fragments are expanded: the dashboards' largest query uses a few hundred. */
export const MAX_QUERY_NODES = 3_000;
/** Tokens in a query: bounds parsing and validation, which run before any check here. */
export const MAX_QUERY_TOKENS = 5_000;

/**
 * A paged field costs its page size (`first`, else `last`, else the default page) times
 * what each item asks for.
 */
const pagedEstimator: ComplexityEstimator = ({ field, args, childComplexity }) => {
  if (!field.args.some((arg) => arg.name === 'first')) {
    return undefined;
  }
  const { first, last } = args as { first?: number | null; last?: number | null };
  return 1 + (first ?? last ?? DEFAULT_PAGE_SIZE) * Math.max(childComplexity, 1);
};

/**
 * Refuses operations too large once their fragments are expanded, nested too deeply,
 * asking for too much or carrying NUL characters, before any resolver runs. Every check
 * is linear in the query's text: the expanded size is measured first (memoised), and the
 * cost walk only runs on queries known to be small once expanded. A query that passed is
 * not walked again for the same variables (a fixed cost every light request paid).
 */
@Plugin()
export class QueryLimitsPlugin implements ApolloServerPlugin {
  private readonly passed = new PassedOperations();

  constructor(private readonly schemaHost: GraphQLSchemaHost) {}

  requestDidStart(): Promise<GraphQLRequestListener<object>> {
    const { schema } = this.schemaHost;
    const passed = this.passed;
    return Promise.resolve({
      didResolveOperation({ request, document, operation }) {
        const key = passed.key(request.operationName, request.variables);
        if (passed.has(document, key)) {
          return Promise.resolve();
        }
        const { depth, nodes } = operation
          ? queryShape(document, operation)
          : { depth: 0, nodes: 0 };
        if (nodes > MAX_QUERY_NODES) {
          throw apiError(
            ApiErrorCode.QueryTooLarge,
            `the query selects ${nodes > 1e9 ? 'over a billion' : nodes} fields once its fragments are expanded; the limit is ${MAX_QUERY_NODES}`,
            { limit: MAX_QUERY_NODES },
          );
        }
        if (depth > MAX_QUERY_DEPTH) {
          throw apiError(
            ApiErrorCode.QueryTooDeep,
            `the query nests ${depth} levels deep; the limit is ${MAX_QUERY_DEPTH}`,
            { depth, limit: MAX_QUERY_DEPTH },
          );
        }
        const nul = findNulCharacter(document, request.variables);
        if (nul) {
          throw apiError(
            ApiErrorCode.BadUserInput,
            `a string in ${nul} contains a NUL character (\\u0000), which cannot be stored`,
          );
        }
        const complexity = getComplexity({
          schema,
          operationName: request.operationName ?? undefined,
          query: document,
          variables: request.variables ?? {},
          estimators: [
            fieldExtensionsEstimator(),
            pagedEstimator,
            simpleEstimator({ defaultComplexity: 1 }),
          ],
          // It visits at most the nodes counted above, so its own cap is never the one met.
          maxQueryNodes: MAX_QUERY_NODES + 1,
        });
        if (complexity > MAX_QUERY_COMPLEXITY) {
          throw apiError(
            ApiErrorCode.QueryTooComplex,
            `the query would cost ${complexity}; the limit is ${MAX_QUERY_COMPLEXITY} (ask for smaller pages or fewer nested lists)`,
            { complexity, limit: MAX_QUERY_COMPLEXITY },
          );
        }
        passed.add(document, key);
        return Promise.resolve();
      },
    });
  }
}
