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
import { queryDepth } from './query-depth';

export const MAX_QUERY_DEPTH = 12;
export const MAX_QUERY_COMPLEXITY = 20_000;

/** A paged field costs its page size times what each item asks for. */
const pagedEstimator: ComplexityEstimator = ({ args, childComplexity }) =>
  typeof args.first === 'number' ? 1 + args.first * Math.max(childComplexity, 1) : undefined;

/** Refuses operations nested too deeply or asking for too much, before any resolver runs. */
@Plugin()
export class QueryLimitsPlugin implements ApolloServerPlugin {
  constructor(private readonly schemaHost: GraphQLSchemaHost) {}

  requestDidStart(): Promise<GraphQLRequestListener<object>> {
    const { schema } = this.schemaHost;
    return Promise.resolve({
      didResolveOperation({ request, document, operation }) {
        const depth = operation ? queryDepth(document, operation) : 0;
        if (depth > MAX_QUERY_DEPTH) {
          throw apiError(
            ApiErrorCode.QueryTooDeep,
            `the query nests ${depth} levels deep; the limit is ${MAX_QUERY_DEPTH}`,
            { depth, limit: MAX_QUERY_DEPTH },
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
        });
        if (complexity > MAX_QUERY_COMPLEXITY) {
          throw apiError(
            ApiErrorCode.QueryTooComplex,
            `the query would cost ${complexity}; the limit is ${MAX_QUERY_COMPLEXITY} (ask for smaller pages or fewer nested lists)`,
            { complexity, limit: MAX_QUERY_COMPLEXITY },
          );
        }
        return Promise.resolve();
      },
    });
  }
}
