import type { NextFunction, Request, Response } from 'express';
import { METRICS_PATH, type ChcMetrics } from '@chc/operations';

/**
 * The route a request matched, as a metrics label: the route's pattern (never the ids in
 * it), /graphql, /metrics, a static file of the dashboards, or unmatched — so that labels stay few
 * whatever paths callers try.
 */
function routeOf(req: Request, res: Response): string {
  const route = req.route as { path?: string } | undefined;
  if (typeof route?.path === 'string') {
    return `${req.baseUrl}${route.path}`;
  }
  if (req.path === '/graphql' || req.path === METRICS_PATH) {
    return req.path;
  }
  return res.statusCode === 404 ? 'unmatched' : 'static';
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
