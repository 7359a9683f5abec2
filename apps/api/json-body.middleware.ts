import { STATUS_CODES } from 'node:http';
import { json, type NextFunction, type Request, type Response } from 'express';

interface BodyParserError {
  status?: number;
  type?: string;
  limit?: number;
  message: string;
}

function reasonOf(error: BodyParserError): string {
  if (error.type === 'entity.parse.failed') {
    return `the request body is not valid JSON: ${error.message}`;
  }
  if (error.type === 'entity.too.large') {
    return `the request body is larger than the limit of ${error.limit} bytes`;
  }
  return `the request body cannot be read: ${error.message}`;
}

/**
 * JSON bodies parsed before Nest's own parser (which then leaves them alone), so that a
 * body that is not JSON, or too large, is answered with a clear 4xx in JSON — a GraphQL
 * error on /graphql — rather than Express's HTML error page.
 */
export function jsonBody(): (req: Request, res: Response, next: NextFunction) => void {
  const parse = json();
  return (req, res, next) => {
    parse(req, res, (failure?: unknown) => {
      const error = failure as BodyParserError | undefined;
      if (!error?.status || error.status >= 500) {
        next(failure);
        return;
      }
      const message = reasonOf(error);
      res
        .status(error.status)
        .json(
          req.path.startsWith('/graphql')
            ? { errors: [{ message, extensions: { code: 'BAD_REQUEST' } }] }
            : { statusCode: error.status, message, error: STATUS_CODES[error.status] },
        );
    });
  };
}
