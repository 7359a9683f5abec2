import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { loadConfig } from '@chc/config';

// No Docker engine runs where the tests do: the files are checked for what the README says
// they do, and against the code they start (the settings it reads, the files it needs).
const ROOT = path.resolve(__dirname, '../..');
const read = (file: string) => readFileSync(path.join(ROOT, file), 'utf8');

interface Service {
  image?: string;
  build?: string;
  command?: string[];
  environment?: Record<string, string>;
  depends_on?: Record<string, { condition: string }>;
  healthcheck?: { test: string[] };
  deploy?: { replicas?: number };
}

/** Every setting the code reads: loadConfig with the optional ones given too. */
const SETTINGS = new Set(
  Object.keys(
    loadConfig({
      DATABASE_URL: 'postgres://h/db',
      REDIS_URL: 'redis://h:6379',
      CHC_METRICS_PORT: '9464',
      CHC_METRICS_TOKEN: 'a-token-of-sixteen-chars',
    }),
  ),
);

/** ${NAME:-default} as compose fills it in when NAME is unset. */
const withDefaults = (value: string) =>
  String(value).replace(/\$\{[A-Z_]+(?::-([^}]*))?\}/g, (_m, fallback?: string) => fallback ?? '');

describe('compose.yaml', () => {
  // Compose resolves YAML merge keys (<<: *anchor), as the yaml package does when asked.
  const compose = parse(read('compose.yaml'), { merge: true }) as {
    services: Record<string, Service>;
  };
  const { services } = compose;

  it('should run PostgreSQL 16, Redis 7, the API and two workers from one image', () => {
    expect(Object.keys(services).sort()).toEqual(['api', 'postgres', 'redis', 'worker']);
    expect(services.postgres!.image).toMatch(/^postgres:16\b/);
    expect(services.redis!.image).toMatch(/^redis:7\b/);
    expect(services.api!.build).toBe('.');
    expect(services.worker!.image).toBe(services.api!.image);
    expect(services.api!.command).toEqual(['serve']);
    expect(services.worker!.command).toEqual(['worker']);
    expect(services.worker!.deploy?.replicas).toBe(2);
  });

  it('should give the API and the workers the same database and Redis, as settings the code reads', () => {
    for (const name of ['api', 'worker']) {
      const env = Object.fromEntries(
        Object.entries(services[name]!.environment!).map(([k, v]) => [k, withDefaults(v)]),
      );
      expect(new URL(env.DATABASE_URL!).hostname).toBe('postgres');
      expect(new URL(env.REDIS_URL!).hostname).toBe('redis');
      expect(Object.keys(env).filter((key) => !SETTINGS.has(key))).toEqual([]);
      // The values as compose passes them are valid settings.
      expect(() => loadConfig(env)).not.toThrow();
    }
  });

  it('should check readiness through /health/ready and start each service after what it needs', () => {
    expect(services.api!.healthcheck!.test.join(' ')).toContain('/health/ready');
    expect(services.api!.depends_on).toEqual({
      postgres: { condition: 'service_healthy' },
      redis: { condition: 'service_healthy' },
    });
    expect(services.worker!.depends_on).toEqual({ api: { condition: 'service_healthy' } });
    const port = services.worker!.environment!.CHC_METRICS_PORT;
    expect(services.worker!.healthcheck!.test.join(' ')).toContain(`:${port}/metrics`);
    for (const name of ['postgres', 'redis']) {
      expect(services[name]!.healthcheck?.test.length).toBeGreaterThan(0);
    }
  });
});

describe('Dockerfile', () => {
  const dockerfile = read('Dockerfile');
  const instructions = dockerfile
    .replace(/\\\n/g, ' ')
    .split('\n')
    .filter((line) => /^[A-Z]+\s/.test(line));

  it('should build in one node:20 stage and run, without the dev tools, as a user who is not root', () => {
    const stages = instructions.filter((line) => line.startsWith('FROM '));
    expect(stages).toEqual(['FROM node:20-bookworm-slim AS build', 'FROM node:20-bookworm-slim']);
    const runs = instructions.filter((line) => line.startsWith('RUN ')).join('\n');
    expect(runs).toContain('npm ci');
    expect(runs).toContain('npm run build');
    expect(runs).toContain('npm prune --omit=dev');
    const runtime = instructions.slice(instructions.indexOf(stages[1]!));
    expect(runtime).toContain('USER node');
    expect(runtime.join('\n')).toMatch(/CHC_DATA_DIR=\/data/);
    expect(runtime).toContain('VOLUME ["/data"]');
  });

  it('should copy every source folder the build compiles, and start the built CLI', () => {
    const copied = instructions
      .filter((line) => line.startsWith('COPY ') && !line.includes('--from'))
      .flatMap((line) => line.split(/\s+/).slice(1, -1));
    for (const source of copied) {
      expect({ source, exists: existsSync(path.join(ROOT, source)) }).toEqual({
        source,
        exists: true,
      });
    }
    const compiled = (JSON.parse(read('tsconfig.json')) as { include: string[] }).include;
    // Tests, benchmarks and tools are compiled for development only.
    const needed = compiled.filter((dir) => !['test', 'bench', 'tools'].includes(dir));
    expect(needed.filter((dir) => !copied.includes(dir))).toEqual([]);
    expect(copied).toContain('dashboards');
    const entry = /ENTRYPOINT \["node", "([^"]+)"\]/.exec(dockerfile)?.[1];
    expect(entry).toBe('dist/apps/cli/main.js');
    expect((JSON.parse(read('package.json')) as { bin: { chc: string } }).bin.chc).toBe(entry);
  });

  it('should keep local data, builds and secrets out of the build context', () => {
    const ignored = read('.dockerignore')
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line && !line.startsWith('#'));
    expect(ignored).toEqual(
      expect.arrayContaining(['.git', 'node_modules', 'dist', 'data', '.env', '.env.*']),
    );
  });
});
