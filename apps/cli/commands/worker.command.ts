import type { Command } from 'commander';
import { loadConfig } from '@chc/config';
import { openPipeline } from '@chc/pipeline';

async function runWorker(): Promise<void> {
  const config = loadConfig();
  if (!config.REDIS_URL) {
    throw new Error(
      'chc worker needs REDIS_URL: without Redis, jobs run inside the command that makes them',
    );
  }
  // A worker outlives Redis outages: it says so once and carries on when Redis is back.
  const pipeline = await openPipeline(config, { localWorker: true, waitForRedis: true });
  const stop = () => void pipeline.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  process.stderr.write(
    `chc worker: processing jobs (concurrency ${config.CHC_WORKER_CONCURRENCY}); Ctrl-C to stop\n`,
  );
  await pipeline.runner.work();
}

export function registerWorkerCommand(program: Command): void {
  program
    .command('worker')
    .description(
      'process queued jobs (several workers on several machines can share one Redis and one PostgreSQL)',
    )
    .action(() => runWorker());
}
