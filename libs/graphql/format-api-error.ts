import { unwrapResolverError } from '@apollo/server/errors';
import { HttpException, Logger } from '@nestjs/common';
import type { GraphQLFormattedError } from 'graphql';
import { ApiErrorCode } from './api-error';

const BY_STATUS: Record<number, ApiErrorCode> = {
  400: ApiErrorCode.BadUserInput,
  401: ApiErrorCode.Unauthenticated,
  403: ApiErrorCode.Forbidden,
  404: ApiErrorCode.NotFound,
  429: ApiErrorCode.RateLimited,
};

/** Codes that reach clients as they are: ours, and GraphQL's own for malformed queries. */
const PASSED_THROUGH = new Set<string>([
  ...Object.values(ApiErrorCode),
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'PERSISTED_QUERY_NOT_FOUND',
]);

const logger = new Logger('GraphQL');

/** The exception's message, and any details its body adds (e.g. retryAfterSeconds). */
function partsOf(exception: HttpException): { message: string; details: Record<string, unknown> } {
  const body = exception.getResponse();
  if (typeof body === 'object' && body !== null && 'message' in body) {
    const {
      message,
      statusCode: _status,
      error: _error,
      ...details
    } = body as Record<string, unknown>;
    return { message: Array.isArray(message) ? message.join('; ') : String(message), details };
  }
  return { message: exception.message, details: {} };
}

/**
 * The one place errors become what clients see: a stable code for every error, and no
 * internal detail (stack, SQL) for the ones we did not mean to raise.
 */
export function formatApiError(
  formatted: GraphQLFormattedError,
  error: unknown,
): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  const path = formatted.path ? { path: formatted.path } : {};
  if (original instanceof HttpException) {
    const code = BY_STATUS[original.getStatus()] ?? ApiErrorCode.Internal;
    const { message, details } = partsOf(original);
    return { message, ...path, extensions: { ...details, code } };
  }
  const code = formatted.extensions?.code;
  if (
    typeof code === 'string' &&
    PASSED_THROUGH.has(code) &&
    code !== (ApiErrorCode.Internal as string)
  ) {
    return formatted;
  }
  logger.error(original instanceof Error ? (original.stack ?? original.message) : original);
  return {
    message: 'internal error: the request could not be completed',
    ...path,
    extensions: { code: ApiErrorCode.Internal },
  };
}
