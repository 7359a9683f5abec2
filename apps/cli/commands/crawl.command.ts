import type { Command } from 'commander';
import type { CrawlOptions } from './crawl.run';

export function registerCrawlCommand(program: Command): void {
  program
    .command('crawl')
    .description(
      "search registered landlords' websites for their self-assessments and ingest what is found",
    )
    .option('--landlord <name>', 'one landlord, by its registered name')
    .option('--all', 'every registered landlord with a website')
    .action(async (options: CrawlOptions) => (await import('./crawl.run.js')).runCrawl(options));
}
