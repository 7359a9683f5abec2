import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Params } from 'nestjs-pino';
import { pino, stdTimeFunctions, type DestinationStream } from 'pino';
import { pinoHttp, type HttpLogger } from 'pino-http';
import type { AppConfig } from '@chc/config';

const PINO_LEVELS = { error: 'error', warn: 'warn', log: 'info', debug: 'debug' } as const;

/** A request id a caller (or a proxy in front) may give; anything else gets a new one. */
const GIVEN_REQUEST_ID = /^[\w.:-]{1,64}$/;

/** The path alone: query strings can carry keys or tokens, which never reach a log. */
const pathOf = (url: string | undefined) => (url ?? '').split('?')[0];

/**
 * One JSON line per request on stdout (method, path, status, ms, reqId), answering
 * with the request id in X-Request-Id. Headers are never logged (Authorization, cookies),
 * nor query strings. 5xx answers log as errors and 4xx as warnings, so CHC_LOG_LEVEL=warn
 * keeps only the requests that went wrong.
 */
export function requestLogger(
  level: AppConfig['CHC_LOG_LEVEL'],
  destination?: DestinationStream,
): HttpLogger {
  const logger = pino(
    { level: PINO_LEVELS[level], timestamp: stdTimeFunctions.isoTime },
    destination,
  );
  return pinoHttp({
    logger,
    quietReqLogger: true,
    genReqId: (req: IncomingMessage, res: ServerResponse) => {
      const given = req.headers['x-request-id'];
      const id = typeof given === 'string' && GIVEN_REQUEST_ID.test(given) ? given : randomUUID();
      res.setHeader('x-request-id', id);
      return id;
    },
    customLogLevel: (_req, res, error) =>
      error || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info',
    customAttributeKeys: { responseTime: 'ms' },
    customSuccessMessage: (req, res) => `${req.method} ${pathOf(req.url)} ${res.statusCode}`,
    customErrorMessage: (req, res) => `${req.method} ${pathOf(req.url)} ${res.statusCode}`,
    serializers: {
      req: (req: { method: string; url: string }) => ({
        method: req.method,
        path: pathOf(req.url),
      }),
      res: (res: { statusCode: number }) => ({ status: res.statusCode }),
    },
  });
}

/** nestjs-pino on the request logger's pino: the app's own lines as JSON, with the request id. */
export function nestLoggerParams(http: HttpLogger): Params {
  return { pinoHttp: { logger: http.logger }, useExisting: true };
}
