import { execFileSync } from 'node:child_process';
import path from 'node:path';

/**
 * Makes sure a real PostgreSQL and Redis run on loopback for the integration tests: uses
 * TEST_DATABASE_URL / TEST_REDIS_URL when given, else starts them with .ci/start-services
 * (which installs Debian's packages when missing). Workers inherit the environment.
 */
export default function globalSetup(): void {
  if (process.env.TEST_DATABASE_URL && process.env.TEST_REDIS_URL) {
    return;
  }
  const script = path.resolve(__dirname, '../../.ci/start-services');
  let output: string;
  try {
    output = execFileSync('bash', [script], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
    });
  } catch (error) {
    throw new Error(
      `could not start PostgreSQL and Redis for the tests (${(error as Error).message}); set TEST_DATABASE_URL and TEST_REDIS_URL to use running servers`,
    );
  }
  for (const match of output.matchAll(/^export (TEST_[A-Z_]+)=(\S+)$/gm)) {
    process.env[match[1]!] = match[2]!;
  }
}
