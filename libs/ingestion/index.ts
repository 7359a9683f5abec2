export * from './ingestion.service';
export * from './ingestion-runs';
