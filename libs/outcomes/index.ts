export * from './entities/outcome-import.entity';
export * from './outcome-source';
export * from './outcomes.repository';
export * from './outcomes-import.service';
export * from './claims-flags.service';
export * from './outcomes.module';
