import {
  Inject,
  Injectable,
  Logger,
  type OnModuleDestroy,
  type OnModuleInit,
} from '@nestjs/common';
import { Client } from 'pg';
import { PIPELINE } from '../pipeline/pipeline.module';
import type { Pipeline } from '../pipeline/pipeline';
import { ResultCache } from './result-cache';

/** Without notices, cached answers live this long at most. */
const FALLBACK_TTL_MS = 15_000;

/**
 * Listens for the database's notices of committed changes (any process: workers, the CLI,
 * this API) and empties the result cache on each.
 */
@Injectable()
export class DataChangeListener implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(DataChangeListener.name);
  private client: Client | null = null;

  constructor(
    @Inject(PIPELINE) private readonly pipeline: Pipeline,
    private readonly cache: ResultCache,
  ) {}

  async onModuleInit(): Promise<void> {
    if (this.pipeline.database.embedded) {
      // The embedded database serves one connection, so there is none to listen on; its
      // sectors are small enough to count afresh on every request.
      this.cache.shortenLifetime(0);
      return;
    }
    const client = new Client({ connectionString: this.pipeline.database.url });
    try {
      await client.connect();
      client.on('notification', () => this.cache.invalidate());
      client.on('error', (error) => this.fallBack(error));
      await client.query('LISTEN chc_data_changed');
      this.client = client;
    } catch (error) {
      await client.end().catch(() => undefined);
      this.fallBack(error);
    }
  }

  private fallBack(error: unknown): void {
    this.logger.warn(
      `no change notices (${error instanceof Error ? error.message : String(error)}): benchmark answers are kept ${FALLBACK_TTL_MS / 1000} s at most`,
    );
    this.cache.shortenLifetime(FALLBACK_TTL_MS);
  }

  async onModuleDestroy(): Promise<void> {
    await this.client?.end();
  }
}
