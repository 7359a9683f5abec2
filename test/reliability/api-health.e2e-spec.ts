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

describe('/health with a dependency down', () => {
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

  const health = async () => {
    const started = Date.now();
    const response = await fetch(`${server.url}/health`);
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
      const answer = await health();
      expect({ name, ...answer }).toMatchObject({
        name,
        status: 503,
        body: { status: 'unavailable', down: [name] },
      });
      expect(answer.ms).toBeLessThan(5_000);
      await service.proxy.start(service.proxy.port);
    }
  });
});
