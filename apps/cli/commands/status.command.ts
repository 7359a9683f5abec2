import type { Command } from 'commander';
import { AssessmentsRepository } from '@chc/assessments/assessments.repository';
import { loadConfig } from '@chc/config';
import { LandlordsRepository } from '@chc/landlords';
import { openPipeline } from '@chc/pipeline';

async function runStatus(options: { json?: boolean }): Promise<void> {
  const config = loadConfig();
  const pipeline = await openPipeline(config, { localWorker: false });
  try {
    const manager = pipeline.database.dataSource.manager;
    const [landlords, stored, queue, failedJobs] = await Promise.all([
      new LandlordsRepository(manager).count(),
      new AssessmentsRepository(manager).counts(),
      pipeline.runner.counts(),
      pipeline.runner.failed(20),
    ]);
    const status = {
      database: pipeline.database.embedded ? 'embedded' : 'postgresql',
      queue: pipeline.runner.kind,
      landlords,
      ...stored,
      jobs: queue,
      failedJobs,
    };
    if (options.json) {
      process.stdout.write(`${JSON.stringify(status, null, 2)}\n`);
      return;
    }
    const lines = [
      `database ${status.database}, queue ${status.queue}`,
      `landlords ${landlords}; documents ${stored.documents} (${stored.failedDocuments} failed); assessments ${stored.assessments} (${stored.currentAssessments} current); responses ${stored.responses}`,
      `jobs: ${queue.waiting} waiting, ${queue.active} active, ${queue.delayed} delayed, ${queue.failed} failed, ${queue.completed} completed`,
      ...failedJobs.map(
        (j) => `  failed ${j.name} ${j.id} after ${j.attempts} attempt(s): ${j.error}`,
      ),
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
  } finally {
    await pipeline.close();
  }
}

export function registerStatusCommand(program: Command): void {
  program
    .command('status')
    .description(
      'counts of landlords, documents, assessments, responses and queued and failed jobs',
    )
    .option('--json', 'machine-readable output')
    .action((options: { json?: boolean }) => runStatus(options));
}
