import path from 'node:path';
import { ConfigError, loadConfig } from './app-config';

describe(loadConfig.name, () => {
  it('should default to the embedded database, the in-process queue and ./data', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      DATABASE_URL: undefined,
      REDIS_URL: undefined,
      CHC_DATA_DIR: path.resolve('data'),
      CHC_WORKER_CONCURRENCY: 2,
    });
  });

  it('should read and convert the variables it knows', () => {
    const config = loadConfig({
      DATABASE_URL: 'postgres://u@h/db',
      REDIS_URL: 'redis://h:6379',
      CHC_WORKER_CONCURRENCY: '4',
      CHC_DATA_DIR: 'var/chc',
    });
    expect(config).toMatchObject({
      CHC_WORKER_CONCURRENCY: 4,
      CHC_DATA_DIR: path.resolve('var/chc'),
    });
  });

  it('should refuse bad values with the variable and the reason', () => {
    expect(() => loadConfig({ DATABASE_URL: 'mysql://x' })).toThrow(ConfigError);
    expect(() => loadConfig({ CHC_WORKER_CONCURRENCY: 'many' })).toThrow(/CHC_WORKER_CONCURRENCY/);
  });
});
