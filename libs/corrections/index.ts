export * from './corrections.module';
export * from './corrections.service';
export { carryCorrections, reapplyCorrections } from './correction-replay';
