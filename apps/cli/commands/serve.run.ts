import { loadConfig } from '@chc/config';
import { startApiServer } from '../../api/api-server';

export async function runServe(options: { port?: string }): Promise<void> {
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
