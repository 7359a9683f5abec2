import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ChcMetrics } from './chc-metrics';
import { mayReadMetrics } from './metrics-access';

export const METRICS_PATH = '/metrics';

/**
 * Answers GET /metrics in Prometheus's text format, to anyone or only with the token.
 * Plain Node middleware: the API mounts it ahead of its API-key guard and rate limits (a
 * scraper's bearer token is not an API key), and the metrics port serves it alone.
 */
export function serveMetrics(metrics: ChcMetrics, token: string | undefined) {
  return (request: IncomingMessage, response: ServerResponse, next?: () => void): void => {
    if ((request.url ?? '').split('?')[0] !== METRICS_PATH) {
      if (next) {
        next();
      } else {
        response.writeHead(404, { 'content-type': 'text/plain' }).end('not found: try /metrics\n');
      }
      return;
    }
    if (request.method !== 'GET') {
      response.writeHead(405, { allow: 'GET', 'content-type': 'text/plain' }).end('GET only\n');
      return;
    }
    if (!mayReadMetrics(request.headers.authorization, token)) {
      response
        .writeHead(401, { 'content-type': 'text/plain', 'www-authenticate': 'Bearer' })
        .end('metrics need Authorization: Bearer <CHC_METRICS_TOKEN>\n');
      return;
    }
    metrics.registry.metrics().then(
      (text) => response.writeHead(200, { 'content-type': metrics.registry.contentType }).end(text),
      (error: Error) => response.writeHead(500).end(`metrics failed: ${error.message}\n`),
    );
  };
}

export interface MetricsServer {
  /** http://host:port/metrics, as listening. */
  url: string;
  close(): Promise<void>;
}

/**
 * /metrics on a port of its own (CHC_METRICS_PORT): for workers, which serve no HTTP
 * otherwise, and for an API whose metrics should stay off its public port.
 */
export async function startMetricsServer(
  metrics: ChcMetrics,
  host: string,
  port: number,
  token: string | undefined,
): Promise<MetricsServer> {
  const server = createServer(serveMetrics(metrics, token));
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'EADDRINUSE'
          ? new Error(`CHC_METRICS_PORT ${port} on ${host} is already in use`)
          : error,
      ),
    );
    server.listen(port, host, resolve);
  });
  const address = server.address() as AddressInfo;
  const shown = host === '0.0.0.0' ? '127.0.0.1' : host;
  return {
    url: `http://${shown}:${address.port}${METRICS_PATH}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
