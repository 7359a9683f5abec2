export * from './assessments.module';
export * from './assessments.repository';
export * from './reanalysis.service';
