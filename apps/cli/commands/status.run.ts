import { AssessmentsRepository } from '@chc/assessments/assessments.repository';
import { loadConfig, type AppConfig } from '@chc/config';
import { openDatabase, type Database } from '@chc/db';
import { LandlordsRepository } from '@chc/landlords';
import { openPipeline } from '@chc/pipeline';
import { QueueError, type JobRunner } from '@chc/queue';

interface StatusSources {
  database: Database;
  /** Null when Redis does not answer: the database counts are still worth showing. */
  runner: JobRunner | null;
  queueProblem: string | null;
  close(): Promise<void>;
}

async function openSources(config: AppConfig): Promise<StatusSources> {
  try {
    const pipeline = await openPipeline(config, { localWorker: false });
    return { ...pipeline, queueProblem: null };
  } catch (error) {
    if (!(error instanceof QueueError)) {
      throw error;
    }
    const database = await openDatabase(config);
    return { database, runner: null, queueProblem: error.message, close: () => database.close() };
  }
}

export async function runStatus(options: { json?: boolean }): Promise<void> {
  const config = loadConfig();
  const sources = await openSources(config);
  try {
    const manager = sources.database.dataSource.manager;
    const [landlords, stored, queue, failedJobs] = await Promise.all([
      new LandlordsRepository(manager).count(),
      new AssessmentsRepository(manager).counts(),
      sources.runner?.counts() ?? null,
      sources.runner?.failed(20) ?? [],
    ]);
    const status = {
      database: sources.database.embedded ? 'embedded' : 'postgresql',
      queue: sources.runner?.kind ?? 'bullmq',
      landlords,
      ...stored,
      jobs: queue,
      failedJobs,
      ...(sources.queueProblem ? { queueProblem: sources.queueProblem } : {}),
    };
    if (sources.queueProblem) {
      process.exitCode = 1;
    }
    if (options.json) {
      process.stdout.write(`${JSON.stringify(status, null, 2)}\n`);
      return;
    }
    const lines = [
      `database ${status.database}, queue ${status.queue}`,
      `landlords ${landlords}; documents ${stored.documents} (${stored.failedDocuments} failed); assessments ${stored.assessments} (${stored.currentAssessments} current); responses ${stored.responses}`,
      queue
        ? `jobs: ${queue.waiting} waiting, ${queue.active} active, ${queue.delayed} delayed, ${queue.failed} failed, ${queue.completed} completed`
        : `jobs: unknown: ${sources.queueProblem}`,
      ...failedJobs.map(
        (j) => `  failed ${j.name} ${j.id} after ${j.attempts} attempt(s): ${j.error}`,
      ),
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
  } finally {
    await sources.close();
  }
}
