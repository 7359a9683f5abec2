/** The dashboards' only way to the data: GraphQL over HTTP on the same origin. */

export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
  }
}

const KEY_STORAGE = 'chc-api-key';

/** An analyst's key, kept for this browser tab only. */
export const apiKey = {
  get: (): string | null => sessionStorage.getItem(KEY_STORAGE),
  set: (key: string | null) =>
    key ? sessionStorage.setItem(KEY_STORAGE, key) : sessionStorage.removeItem(KEY_STORAGE),
};

export async function gql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const key = apiKey.get();
  let response: Response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(key ? { authorization: `Bearer ${key}` } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
  } catch {
    throw new ApiError('The chc-bench server cannot be reached. Is it still running?', 'NETWORK');
  }
  const body = (await response.json().catch(() => ({}))) as {
    data?: T;
    errors?: { message: string; extensions?: { code?: string } }[];
  };
  const error = body.errors?.[0];
  if (error) {
    throw new ApiError(error.message, error.extensions?.code ?? 'ERROR');
  }
  if (!body.data) {
    throw new ApiError(`The server answered ${response.status} with no data.`, 'ERROR');
  }
  return body.data;
}
