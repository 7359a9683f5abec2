export * from './layout-axes';
export * from './variant-catalogue';
export * from './generate-variants';
export * from './libreoffice-pdf';
export * from './score-variants';
export * from './truth-writer';
export * from './variant-scorer';
