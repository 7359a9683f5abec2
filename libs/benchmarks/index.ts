export * from './benchmarks.module';
export * from './sector-filter';
