import { GraphQLError } from 'graphql';

/** Stable codes in `errors[].extensions.code`, for clients to branch on. */
export enum ApiErrorCode {
  Unauthenticated = 'UNAUTHENTICATED',
  Forbidden = 'FORBIDDEN',
  BadRequest = 'BAD_REQUEST',
  BadUserInput = 'BAD_USER_INPUT',
  NotFound = 'NOT_FOUND',
  RateLimited = 'RATE_LIMITED',
  QueryTooComplex = 'QUERY_TOO_COMPLEX',
  QueryTooDeep = 'QUERY_TOO_DEEP',
  QueryTooLarge = 'QUERY_TOO_LARGE',
  Internal = 'INTERNAL_SERVER_ERROR',
}

/** The HTTP status of a response refused as a whole with each code. */
export const HTTP_STATUS: Record<ApiErrorCode, number> = {
  [ApiErrorCode.Unauthenticated]: 401,
  [ApiErrorCode.Forbidden]: 403,
  [ApiErrorCode.BadRequest]: 400,
  [ApiErrorCode.BadUserInput]: 400,
  [ApiErrorCode.NotFound]: 404,
  [ApiErrorCode.RateLimited]: 429,
  [ApiErrorCode.QueryTooComplex]: 400,
  [ApiErrorCode.QueryTooDeep]: 400,
  [ApiErrorCode.QueryTooLarge]: 400,
  [ApiErrorCode.Internal]: 500,
};

/**
 * An error that refuses a whole request before any resolver runs: Apollo answers it with
 * the code's HTTP status (and `headers`, e.g. Retry-After) instead of 200 or 500.
 */
export function apiError(
  code: ApiErrorCode,
  message: string,
  extensions: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): GraphQLError {
  return new GraphQLError(message, {
    extensions: {
      ...extensions,
      code,
      http: { status: HTTP_STATUS[code], headers: new Map(Object.entries(headers)) },
    },
  });
}
