export * from './access.module';
export * from './api-keys.repository';
export * from './caller';
export * from './require-role.decorator';
export * from './role';
