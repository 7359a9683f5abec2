#!/usr/bin/env node
import 'reflect-metadata';
import { Command } from 'commander';
import { registerAnalyseCommand } from './commands/analyse.command';
import { registerCompareCommand } from './commands/compare.command';
import { registerCorrectionsCommand } from './commands/corrections.command';
import { registerCrawlCommand } from './commands/crawl.command';
import { registerDemoCommand } from './commands/demo.command';
import { registerExportCommand } from './commands/export.command';
import { registerExtractCommand } from './commands/extract.command';
import { registerIngestCommand } from './commands/ingest.command';
import { registerKeysCommand } from './commands/keys.command';
import { registerLandlordsCommand } from './commands/landlords.command';
import { registerOutcomesCommand } from './commands/outcomes.command';
import { registerReanalyseCommand } from './commands/reanalyse.command';
import { registerReviewCommand } from './commands/review.command';
import { registerServeCommand } from './commands/serve.command';
import { registerStatusCommand } from './commands/status.command';
import { registerWorkerCommand } from './commands/worker.command';

// Each `*.command.ts` only declares its command; the `*.run.ts` beside it, with the libraries
// the work needs (TypeORM, Nest, pdf.js), is imported when the command runs, so help and
// argument errors answer at once rather than after seconds of module loading.
const program = new Command('chc')
  .description('chc-bench: Complaint Handling Code self-assessments, extracted and benchmarked')
  .version('0.1.0');
registerExtractCommand(program);
registerAnalyseCommand(program);
registerCompareCommand(program);
registerIngestCommand(program);
registerWorkerCommand(program);
registerStatusCommand(program);
registerLandlordsCommand(program);
registerOutcomesCommand(program);
registerReanalyseCommand(program);
registerCrawlCommand(program);
registerServeCommand(program);
registerExportCommand(program);
registerKeysCommand(program);
registerDemoCommand(program);
registerReviewCommand(program);
registerCorrectionsCommand(program);
// A reader that stops early (`chc extract … | head`) closes the pipe: stop quietly, as other
// command-line tools do, rather than with a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') {
    throw error;
  }
  process.exit(0);
});
program.parseAsync(process.argv).catch((error: unknown) => {
  process.stderr.write(`chc: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 2;
});
