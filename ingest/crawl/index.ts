export * from './address-policy';
export * from './crawl-site';
export * from './link-score';
export * from './normalise-url';
export * from './page-links';
export * from './redact-url';
export * from './safe-fetch';
