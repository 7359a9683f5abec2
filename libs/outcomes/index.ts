export * from './entities/outcome-import.entity';
export * from './outcomes.repository';
export * from './outcomes-import.service';
export * from './claims-flags.service';
export * from './outcomes.module';
