export * from './landlord-registry';
export * from './landlords.errors';
export * from './website-url';
export * from './landlords.repository';
export * from './entities/landlord.entity';
export * from './size-band';
export * from './landlords.module';
export * from './landlord-matcher';
