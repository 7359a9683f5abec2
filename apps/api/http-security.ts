import type { INestApplication } from '@nestjs/common';
import helmet from 'helmet';
import type { AppConfig } from '@chc/config';

/**
 * Helmet's headers with a Content Security Policy the dashboards run under: scripts, styles
 * and requests to this origin only; inline style attributes allowed (the charts' bar widths),
 * inline scripts not. No upgrade-insecure-requests: the API is often served over plain HTTP
 * on an internal address, where it would break every asset.
 */
export function securityHeaders() {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        baseUri: ["'self'"],
        connectSrc: ["'self'"],
        fontSrc: ["'self'", 'data:'],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        imgSrc: ["'self'", 'data:'],
        objectSrc: ["'none'"],
        scriptSrc: ["'self'"],
        scriptSrcAttr: ["'none'"],
        styleSrc: ["'self'"],
        styleSrcAttr: ["'unsafe-inline'"],
      },
    },
  });
}

/**
 * CORS for the origins in CHC_CORS_ORIGINS (`*` for any). None configured: no CORS headers,
 * so browsers on other sites cannot read the API's answers.
 */
export function enableCors(app: INestApplication, config: AppConfig): void {
  const origins = config.CHC_CORS_ORIGINS.split(',')
    .map((o) => o.trim())
    .filter(Boolean);
  if (origins.length === 0) {
    return;
  }
  app.enableCors({
    origin: origins.includes('*') ? '*' : origins,
    allowedHeaders: ['authorization', 'content-type', 'x-request-id'],
    exposedHeaders: ['x-request-id', 'content-disposition'],
    maxAge: 600,
  });
}
