import { randomBytes } from 'node:crypto';
import type { Server } from 'node:http';
import { loadConfig } from '@chc/config';
import { createScratchDatabase } from '@chc/db';
import { startApiServer, type ApiServer } from '../../apps/api/api-server';
import { testServices } from '../support/services';
import { TcpProxy } from '../support/tcp-proxy';

/** A proxy to the service at `url`, and the same URL through it. */
async function proxied(url: string): Promise<{ proxy: TcpProxy; url: string }> {
  const target = new URL(url);
  const proxy = new TcpProxy(target.hostname, Number(target.port));
  await proxy.start();
  target.port = String(proxy.port);
  return { proxy, url: target.toString() };
}

describe('/health/ready and /metrics with a dependency down', () => {
  const { databaseUrl, redisUrl } = testServices();
  let database: { url: string; drop: () => Promise<void> };
  let postgres: { proxy: TcpProxy; url: string };
  let redis: { proxy: TcpProxy; url: string };
  let server: ApiServer;

  beforeAll(async () => {
    database = await createScratchDatabase(databaseUrl, 'chc_health');
    postgres = await proxied(database.url);
    redis = await proxied(redisUrl);
    server = await startApiServer(
      loadConfig({
        DATABASE_URL: postgres.url,
        REDIS_URL: redis.url,
        CHC_QUEUE_PREFIX: `chc-health-${randomBytes(4).toString('hex')}`,
        CHC_LOG_LEVEL: 'error',
      }),
      0,
    );
  }, 60_000);

  afterAll(async () => {
    (server.app.getHttpServer() as Server).closeAllConnections();
    await server.close();
    await Promise.all([postgres.proxy.stop(), redis.proxy.stop()]);
    await database.drop();
  });

  const health = async (path = '/health') => {
    const started = Date.now();
    const response = await fetch(`${server.url}${path}`);
    return {
      status: response.status,
      body: (await response.json()) as { status: string; down: string[] },
      ms: Date.now() - started,
    };
  };

  it('should say which dependency is down, with a 503 and a JSON body', async () => {
    expect(await health()).toMatchObject({ status: 200, body: { status: 'ok', down: [] } });
    for (const [name, service] of [
      ['redis', redis],
      ['database', postgres],
    ] as const) {
      await service.proxy.stop();
      for (const path of ['/health/ready', '/health']) {
        const answer = await health(path);
        expect({ name, path, ...answer }).toMatchObject({
          name,
          path,
          status: 503,
          body: { status: 'unavailable', down: [name] },
        });
        expect(answer.ms).toBeLessThan(5_000);
      }
      // Liveness is the process only: a dependency down must not get the API restarted.
      expect(await health('/health/live')).toMatchObject({ status: 200, body: { status: 'ok' } });
      await service.proxy.start(service.proxy.port);
    }
  });

  it('should report the queue unreachable in /metrics within seconds while Redis is down', async () => {
    await redis.proxy.stop();
    try {
      const started = Date.now();
      const response = await fetch(`${server.url}/metrics`);
      const text = await response.text();
      expect(response.status).toBe(200);
      expect(text).toMatch(/^chc_queue_up 0$/m);
      expect(text).not.toMatch(/^chc_queue_jobs\{/m);
      expect(Date.now() - started).toBeLessThan(5_000);
    } finally {
      await redis.proxy.start(redis.proxy.port);
    }
    // Back once Redis is: the client reconnects with a backoff of its own.
    let text = '';
    for (let tries = 0; tries < 20 && !/^chc_queue_up 1$/m.test(text); tries++) {
      await new Promise((resolve) => setTimeout(resolve, 500));
      text = await (await fetch(`${server.url}/metrics`)).text();
    }
    expect(text).toMatch(/^chc_queue_up 1$/m);
    expect(text).toMatch(/^chc_queue_jobs\{state="waiting"\} \d+$/m);
  });
});
