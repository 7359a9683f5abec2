export * from './random';
export * from './synthetic-sector';
