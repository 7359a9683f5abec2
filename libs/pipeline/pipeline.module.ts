import {
  Global,
  Inject,
  Module,
  type DynamicModule,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Pipeline } from './pipeline';

export const PIPELINE = Symbol('Pipeline');

/**
 * Gives a Nest app an opened pipeline (database, queue runner, ingestion) and its
 * DataSource, and closes it when the app shuts down.
 */
@Global()
@Module({})
export class PipelineModule implements OnApplicationShutdown {
  constructor(@Inject(PIPELINE) private readonly pipeline: Pipeline) {}

  static forRoot(pipeline: Pipeline): DynamicModule {
    return {
      module: PipelineModule,
      providers: [
        { provide: PIPELINE, useValue: pipeline },
        { provide: DataSource, useValue: pipeline.database.dataSource },
      ],
      exports: [PIPELINE, DataSource],
    };
  }

  onApplicationShutdown(): Promise<void> {
    return this.pipeline.close();
  }
}
