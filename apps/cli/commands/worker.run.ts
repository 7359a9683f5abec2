import { loadConfig } from '@chc/config';
import { startMetricsServer } from '@chc/operations';
import { openPipeline } from '@chc/pipeline';

export async function runWorker(): Promise<void> {
  const config = loadConfig();
  if (!config.REDIS_URL) {
    throw new Error(
      'chc worker needs REDIS_URL: without Redis, jobs run inside the command that makes them',
    );
  }
  // A worker outlives Redis outages: it says so once and carries on when Redis is back.
  const pipeline = await openPipeline(config, { localWorker: true, waitForRedis: true });
  const metrics = config.CHC_METRICS_PORT
    ? await startMetricsServer(
        pipeline.metrics,
        config.CHC_API_HOST,
        config.CHC_METRICS_PORT,
        config.CHC_METRICS_TOKEN,
      ).catch(async (error: unknown) => {
        await pipeline.close();
        throw error;
      })
    : null;
  const stop = () =>
    void Promise.all([metrics?.close(), pipeline.close()]).then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  process.stderr.write(
    `chc worker: processing jobs (concurrency ${config.CHC_WORKER_CONCURRENCY})${metrics ? `, metrics at ${metrics.url}` : ''}; Ctrl-C to stop\n`,
  );
  await pipeline.runner.work();
}
