export * from './ingestion.service';
