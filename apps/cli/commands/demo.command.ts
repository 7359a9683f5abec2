import type { Command } from 'commander';
import type { DemoOptions } from './demo.run';

export function registerDemoCommand(program: Command): void {
  program
    .command('demo')
    .description(
      'crawl and ingest generated demo landlord websites, then serve the API and dashboards',
    )
    .option('--landlords <count>', 'demo landlords to generate', '20')
    .option('--port <port>', 'port of the API and dashboards (default CHC_API_PORT or 3000)')
    .action(async (options: DemoOptions) => (await import('./demo.run.js')).runDemo(options));
}
