import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { ValidationPipe, type INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { Request } from 'express';
import type { AppConfig } from '@chc/config';
import { UPLOADS_PATH } from '@chc/operations';
import { openPipeline } from '@chc/pipeline';
import { ApiModule } from './api.module';
import { jsonBody } from './json-body.middleware';

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
  let app: NestExpressApplication;
  try {
    app = await NestFactory.create<NestExpressApplication>(ApiModule.forRoot(config, pipeline), {
      logger: LOG_LEVELS.slice(0, LOG_LEVELS.indexOf(config.CHC_LOG_LEVEL) + 1),
      bodyParser: false,
    });
  } catch (error) {
    await pipeline.close();
    throw error;
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
  const address = app.getHttpServer().address() as AddressInfo;
  const host = config.CHC_API_HOST === '0.0.0.0' ? '127.0.0.1' : config.CHC_API_HOST;
  return {
    app,
    url: `http://${host}:${address.port}`,
    close: () => app.close(),
  };
}
