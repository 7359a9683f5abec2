import type { GraphQLSchema } from 'graphql';

/** Code-first schemas leave Query and Mutation undescribed: say what each root is for. */
export function describeRootTypes(schema: GraphQLSchema): GraphQLSchema {
  const query = schema.getQueryType();
  const mutation = schema.getMutationType();
  if (query) {
    query.description = 'Reads: landlords, assessments, benchmarks, search and operations.';
  }
  if (mutation) {
    mutation.description = 'Changes, for analysts: landlords, ingestion, flags and re-analysis.';
  }
  return schema;
}
