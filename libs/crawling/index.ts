export * from './crawl-runs.repository';
export * from './crawling.service';
export * from './entities/crawl-run.entity';
export * from './host-gate';
