import type { NextFunction, Request, Response } from 'express';
import { METRICS_PATH, type ChcMetrics } from '@chc/operations';

/**
 * The route a request matched, as a metrics label: the route's pattern (never the ids in
 * it), /graphql, /metrics, a static file of the dashboards, or unmatched — so that labels
 * stay few whatever paths callers try.
 */
function routeOf(req: Request, res: Response): string {
  // Checked first: a catch-all route that answers 404 names no route either.
  if (res.statusCode === 404) {
    return 'unmatched';
  }
  const route = req.route as { path?: string } | undefined;
  // A wildcard is a middleware's mount (the request logger's), not the route that answered.
  if (typeof route?.path === 'string' && !route.path.includes('{*')) {
    return `${req.baseUrl}${route.path}`;
  }
  // originalUrl: a mounted handler (Apollo's, at /graphql) may leave req.path rewritten.
  const path = req.originalUrl.split('?')[0];
  return path === '/graphql' || path === METRICS_PATH ? path : 'static';
}

/** Counts every request and times it, by method, route and status. */
export function httpMetrics(metrics: ChcMetrics) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const started = performance.now();
    res.once('finish', () =>
      metrics.observeRequest(
        req.method,
        routeOf(req, res),
        res.statusCode,
        (performance.now() - started) / 1000,
      ),
    );
    next();
  };
}
