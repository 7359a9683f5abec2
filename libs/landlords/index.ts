export * from './landlord-registry';
export * from './landlords.repository';
export * from './entities/landlord.entity';
