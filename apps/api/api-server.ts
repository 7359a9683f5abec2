import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { ValidationPipe, type INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { Request } from 'express';
import { Logger } from 'nestjs-pino';
import type { AppConfig } from '@chc/config';
import {
  serveMetrics,
  startMetricsServer,
  UPLOADS_PATH,
  type MetricsServer,
} from '@chc/operations';
import { openPipeline } from '@chc/pipeline';
import { ApiModule } from './api.module';
import { httpMetrics } from './http-metrics.middleware';
import { enableCors, securityHeaders } from './http-security';
import { jsonBody } from './json-body.middleware';
import { requestLogger } from './request-log';

/** The built dashboards: beside the compiled API, or under dist/ when run from source (tests). */
function dashboardsDir(): string | null {
  return (
    [
      path.resolve(__dirname, '../../dashboards'),
      path.resolve(__dirname, '../../dist/dashboards'),
    ].find((dir) => existsSync(path.join(dir, 'app.js'))) ?? null
  );
}

const LOG_LEVELS = ['error', 'warn', 'log', 'debug'] as const;

export interface ApiServer {
  app: INestApplication;
  /** http://host:port, as listening. */
  url: string;
  /** Where /metrics is served: the API's own port, or CHC_METRICS_PORT. */
  metricsUrl: string;
  close(): Promise<void>;
}

/**
 * Opens the pipeline (database, queue runner) and serves the API on the configured host
 * and port (0 for any free port). Jobs started through the API run in this process
 * without REDIS_URL, and on the workers with it.
 */
export async function startApiServer(
  config: AppConfig,
  port = config.CHC_API_PORT,
): Promise<ApiServer> {
  const pipeline = await openPipeline(config, { localWorker: true });
  const requests = requestLogger(config.CHC_LOG_LEVEL);
  let app: NestExpressApplication;
  try {
    app = await NestFactory.create<NestExpressApplication>(
      ApiModule.forRoot(config, pipeline, requests),
      // Nest's start-up chatter (modules loaded, routes mapped) is left out: problems only.
      {
        logger: LOG_LEVELS.slice(0, Math.min(LOG_LEVELS.indexOf(config.CHC_LOG_LEVEL), 1) + 1),
        bodyParser: false,
      },
    );
  } catch (error) {
    await pipeline.close();
    throw error;
  }
  // First, so that every request is logged and counted, whoever answers it.
  app.use(requests);
  app.use(httpMetrics(pipeline.metrics));
  app.use(securityHeaders());
  enableCors(app, config);
  if (!config.CHC_METRICS_PORT) {
    app.use(serveMetrics(pipeline.metrics, config.CHC_METRICS_TOKEN));
  }
  app.use(jsonBody());
  // Nest's JSON and form parsers, except on uploads: their bytes are the document, read by
  // the upload route whatever the content type (curl sends files as form-urlencoded).
  const unlessUpload = (mediaType: string) => (request: Request) =>
    !request.path.startsWith(UPLOADS_PATH) && Boolean(request.is(mediaType));
  app.useBodyParser('json', { type: unlessUpload('application/json') });
  app.useBodyParser('urlencoded', {
    extended: true,
    type: unlessUpload('application/x-www-form-urlencoded'),
  });
  const dashboards = dashboardsDir();
  if (dashboards) {
    app.useStaticAssets(dashboards, { index: 'index.html' });
  }
  app.useGlobalPipes(new ValidationPipe({ whitelist: true, transform: true }));
  app.enableShutdownHooks();
  try {
    await app.listen(port, config.CHC_API_HOST);
  } catch (error) {
    await app.close();
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      throw new Error(
        `port ${port} on ${config.CHC_API_HOST} is already in use: choose another with --port or CHC_API_PORT`,
      );
    }
    throw error;
  }
  // From here on the app's own lines are JSON too, with the request id when in a request.
  app.useLogger(app.get(Logger));
  let metricsServer: MetricsServer | null = null;
  if (config.CHC_METRICS_PORT) {
    try {
      metricsServer = await startMetricsServer(
        pipeline.metrics,
        config.CHC_API_HOST,
        config.CHC_METRICS_PORT,
        config.CHC_METRICS_TOKEN,
      );
    } catch (error) {
      await app.close();
      throw error;
    }
  }
  const address = app.getHttpServer().address() as AddressInfo;
  const host = config.CHC_API_HOST === '0.0.0.0' ? '127.0.0.1' : config.CHC_API_HOST;
  const url = `http://${host}:${address.port}`;
  return {
    app,
    url,
    metricsUrl: metricsServer?.url ?? `${url}/metrics`,
    async close() {
      await metricsServer?.close();
      await app.close();
    },
  };
}
