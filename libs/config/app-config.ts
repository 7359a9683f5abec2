import 'reflect-metadata';
import path from 'node:path';
import { plainToInstance } from 'class-transformer';
import {
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  Min,
  validateSync,
} from 'class-validator';

/** Every setting chc-bench reads from the environment, validated once at start-up. */
export class AppConfig {
  /** PostgreSQL server; without it an embedded PGlite database under dataDir is used. */
  @IsOptional()
  @Matches(/^postgres(ql)?:\/\//, {
    message: 'DATABASE_URL must be a postgres:// or postgresql:// URL',
  })
  DATABASE_URL?: string;

  /** Redis for the queues; without it the same job handlers run in-process. */
  @IsOptional()
  @Matches(/^rediss?:\/\//, { message: 'REDIS_URL must be a redis:// or rediss:// URL' })
  REDIS_URL?: string;

  /** Folder of the embedded database and other local state. */
  @IsString()
  CHC_DATA_DIR: string = path.resolve('data');

  /** Jobs a worker runs at once. */
  @IsInt()
  @Min(1)
  @Max(64)
  CHC_WORKER_CONCURRENCY: number = 2;

  /**
   * Threads a process reads documents with. Fewer threads than jobs lets one job's document
   * be read while another's results are analysed and stored, without more readers than cores.
   */
  @IsInt()
  @Min(1)
  @Max(64)
  CHC_READER_THREADS: number = 2;

  /** Key prefix of the queues in Redis, so several deployments can share one server. */
  @Matches(/^[a-z0-9_-]{1,40}$/i, {
    message: 'CHC_QUEUE_PREFIX must be 1-40 letters, digits, - or _',
  })
  CHC_QUEUE_PREFIX: string = 'chc';

  /**
   * How long a worker holds a job before others may take it back: a worker that dies
   * mid-job has its job retried after this (BullMQ's stalled-job check).
   */
  @IsInt()
  @Min(1_000)
  @Max(600_000)
  CHC_JOB_LOCK_MS: number = 30_000;

  /** Hosts or CIDR ranges the fetcher may reach although private or loopback (comma-separated). */
  @IsString()
  CHC_CRAWL_ALLOW: string = '';

  /** Identifies our fetches to landlords' sites, with a contact address. */
  @IsString()
  CHC_USER_AGENT: string =
    'chc-bench/0.1 (+https://github.com/chc-bench; complaint-handling-code research)';

  @IsInt()
  @Min(1024)
  @Max(500 * 1024 * 1024)
  CHC_FETCH_MAX_BYTES: number = 25 * 1024 * 1024;

  @IsInt()
  @Min(1_000)
  @Max(300_000)
  CHC_FETCH_TIMEOUT_MS: number = 30_000;

  /** Wait between two requests to one site (robots.txt may ask for more). */
  @IsInt()
  @Min(0)
  @Max(60_000)
  CHC_CRAWL_DELAY_MS: number = 1_000;

  /** Pages the crawler may visit on one landlord's site. */
  @IsInt()
  @Min(1)
  @Max(10_000)
  CHC_CRAWL_MAX_PAGES: number = 60;

  /** Address `chc serve` listens on: loopback unless set (0.0.0.0 for every interface). */
  @IsString()
  CHC_API_HOST: string = '127.0.0.1';

  /** Port of `chc serve` (the API and dashboards). */
  @IsInt()
  @Min(0)
  @Max(65_535)
  CHC_API_PORT: number = 3000;

  /** Requests a minute for callers with no key or a `public` key (per key, or per address). */
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  CHC_RATE_LIMIT_PUBLIC: number = 300;

  /** Requests a minute for each `analyst` key. */
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  CHC_RATE_LIMIT_ANALYST: number = 3_000;

  /** Requests a minute for each dashboards session (one browser tab, see libs/access). */
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  CHC_RATE_LIMIT_SESSION: number = 600;

  /** Requests a minute from all dashboards sessions of one address together (an office). */
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  CHC_RATE_LIMIT_DASHBOARDS: number = 3_000;

  /**
   * The least severe log line written (JSON on stdout): `log` includes one line per HTTP
   * request; `warn` only 4xx answers and problems; `error` only 5xx answers and failures.
   */
  @IsIn(['error', 'warn', 'log', 'debug'])
  CHC_LOG_LEVEL: 'error' | 'warn' | 'log' | 'debug' = 'log';

  /**
   * Browser origins allowed to call the API from other sites (comma-separated, e.g.
   * `https://analysis.example.org`; `*` for any). None by default: the dashboards are
   * served from the API's own origin and need none.
   */
  @Matches(/^(\*|https?:\/\/[^\s,/]+(,\s*https?:\/\/[^\s,/]+)*)?$/, {
    message: 'CHC_CORS_ORIGINS must be *, or origins such as https://host:port separated by commas',
  })
  CHC_CORS_ORIGINS: string = '';

  /**
   * Serve /metrics on this port (on CHC_API_HOST) instead of the API's port, for `chc serve`
   * and `chc worker` alike; without it the API serves /metrics and workers serve none.
   */
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(65_535)
  CHC_METRICS_PORT?: number;

  /** When set, /metrics answers only requests with `Authorization: Bearer <token>`. */
  @IsOptional()
  @Matches(/^\S{16,}$/, { message: 'CHC_METRICS_TOKEN must be 16 or more characters, no spaces' })
  CHC_METRICS_TOKEN?: string;
}

export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

/**
 * Reads and validates the environment. The only place in the code base that looks at
 * process.env; everything else receives an AppConfig.
 */
export function loadConfig(env: Record<string, string | undefined> = process.env): AppConfig {
  const present = Object.fromEntries(
    Object.entries(env).filter(([, v]) => v !== undefined && v !== ''),
  );
  const config = plainToInstance(AppConfig, present, {
    enableImplicitConversion: true,
    excludeExtraneousValues: false,
  });
  const errors = validateSync(config, { whitelist: false });
  if (errors.length > 0) {
    const lines = errors.flatMap((e) =>
      Object.values(e.constraints ?? {}).map((m) => `${e.property}: ${m}`),
    );
    throw new ConfigError(`invalid configuration: ${lines.join('; ')}`);
  }
  config.CHC_DATA_DIR = path.resolve(config.CHC_DATA_DIR);
  return config;
}
