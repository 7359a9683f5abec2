import type { Command } from 'commander';

export function registerServeCommand(program: Command): void {
  program
    .command('serve')
    .description('serve the GraphQL API, dataset exports and dashboards')
    .option(
      '--port <port>',
      'port to listen on (default CHC_API_PORT or 3000; 0 for any free port)',
    )
    .action(async (options: { port?: string }) =>
      (await import('./serve.run.js')).runServe(options),
    );
}
