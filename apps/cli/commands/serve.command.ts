import type { Command } from 'commander';
import { loadConfig } from '@chc/config';
import { startApiServer } from '../../api/api-server';

async function runServe(options: { port?: string }): Promise<void> {
  const config = loadConfig();
  const port = options.port === undefined ? config.CHC_API_PORT : Number(options.port);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    throw new Error(`--port ${options.port}: not a port number`);
  }
  const server = await startApiServer(config, port);
  process.stdout.write(
    `chc-bench API at ${server.url}/graphql (exports at ${server.url}/api/exports, health at ${server.url}/health/ready, metrics at ${server.metricsUrl}); Ctrl+C stops it\n`,
  );
}

export function registerServeCommand(program: Command): void {
  program
    .command('serve')
    .description('serve the GraphQL API, dataset exports and dashboards')
    .option(
      '--port <port>',
      'port to listen on (default CHC_API_PORT or 3000; 0 for any free port)',
    )
    .action((options: { port?: string }) => runServe(options));
}
