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
      CHC_READER_THREADS: '1',
      CHC_DATA_DIR: 'var/chc',
    });
    expect(config).toMatchObject({
      CHC_WORKER_CONCURRENCY: 4,
      CHC_READER_THREADS: 1,
      CHC_DATA_DIR: path.resolve('var/chc'),
    });
  });

  it('should refuse bad values with the variable and the reason', () => {
    expect(() => loadConfig({ DATABASE_URL: 'mysql://x' })).toThrow(ConfigError);
    expect(() => loadConfig({ CHC_WORKER_CONCURRENCY: 'many' })).toThrow(/CHC_WORKER_CONCURRENCY/);
    expect(() => loadConfig({ CHC_READER_THREADS: '0' })).toThrow(/CHC_READER_THREADS/);
  });

  it('should take CORS origins as a comma list of origins or *, and refuse paths or other schemes', () => {
    expect(
      loadConfig({ CHC_CORS_ORIGINS: 'https://a.example.org, http://b.example:8080' })
        .CHC_CORS_ORIGINS,
    ).toBe('https://a.example.org, http://b.example:8080');
    expect(loadConfig({ CHC_CORS_ORIGINS: '*' }).CHC_CORS_ORIGINS).toBe('*');
    for (const bad of ['https://a.example.org/path', 'ftp://a.example.org', 'a.example.org']) {
      expect(() => loadConfig({ CHC_CORS_ORIGINS: bad })).toThrow(/CHC_CORS_ORIGINS/);
    }
  });

  it('should refuse a metrics token shorter than 16 characters and a port out of range', () => {
    expect(() => loadConfig({ CHC_METRICS_TOKEN: 'short' })).toThrow(/CHC_METRICS_TOKEN/);
    expect(() => loadConfig({ CHC_METRICS_PORT: '70000' })).toThrow(/CHC_METRICS_PORT/);
    expect(loadConfig({ CHC_METRICS_PORT: '9464' }).CHC_METRICS_PORT).toBe(9464);
  });
});
