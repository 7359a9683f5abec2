import { Controller, Get, Inject } from '@nestjs/common';
import { PIPELINE, type Pipeline } from '@chc/pipeline';

@Controller('health')
export class HealthController {
  constructor(@Inject(PIPELINE) private readonly pipeline: Pipeline) {}

  /** Up when the database answers; says which database and queue are in use. */
  @Get()
  async health(): Promise<{ status: string; database: string; queue: string }> {
    await this.pipeline.database.dataSource.query('SELECT 1');
    return {
      status: 'ok',
      database: this.pipeline.database.embedded ? 'embedded' : 'postgresql',
      queue: this.pipeline.runner.kind,
    };
  }
}
