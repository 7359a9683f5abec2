import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { loadConfig } from '@chc/config';

/** PostgreSQL and Redis for a benchmark: DATABASE_URL and REDIS_URL, or the test servers. */
export function benchServices(): { databaseUrl: string; redisUrl: string } {
  const config = loadConfig();
  if (config.DATABASE_URL && config.REDIS_URL) {
    return { databaseUrl: config.DATABASE_URL, redisUrl: config.REDIS_URL };
  }
  const out = execFileSync('bash', [path.resolve(__dirname, '../../../.ci/start-services')], {
    encoding: 'utf8',
  });
  const read = (name: string) => new RegExp(`${name}=(\\S+)`).exec(out)![1]!;
  return { databaseUrl: read('TEST_DATABASE_URL'), redisUrl: read('TEST_REDIS_URL') };
}
