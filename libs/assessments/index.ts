export * from './assessments.module';
export * from './assessments.repository';
export * from './reanalysis.service';
export { relinkUnmatched } from './landlord-links.service';
