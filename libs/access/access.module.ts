import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { ThrottlerModule } from '@nestjs/throttler';
import { AppConfig } from '../config';
import { AccessGuard } from './access.guard';
import { ApiThrottlerGuard } from './api-throttler.guard';
import { CallerResolver } from './caller.resolver';
import { DashboardSessions } from './dashboard-sessions';
import { SessionController } from './session.controller';
import { requestOf } from './request-of';

/** API keys, roles and rate limits on every REST and GraphQL handler. */
@Module({
  imports: [
    ThrottlerModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        throttlers: [
          {
            name: 'per-minute',
            ttl: 60_000,
            limit: (context) => {
              const caller = requestOf(context).caller;
              if (caller?.role === 'analyst') {
                return config.CHC_RATE_LIMIT_ANALYST;
              }
              return caller?.sessionId
                ? config.CHC_RATE_LIMIT_SESSION
                : config.CHC_RATE_LIMIT_PUBLIC;
            },
          },
          {
            // Sessions are free to start, so all of one address's sessions share a ceiling: a
            // script that mints sessions gains a bounded allowance, not an endless one.
            name: 'dashboards-per-address',
            ttl: 60_000,
            limit: config.CHC_RATE_LIMIT_DASHBOARDS,
            skipIf: (context) => !requestOf(context).caller?.sessionId,
            getTracker: (req: Record<string, unknown>) => `dashboards:${String(req.ip)}`,
          },
        ],
        errorMessage: 'rate limit reached: too many requests this minute, try again shortly',
      }),
    }),
  ],
  controllers: [SessionController],
  providers: [
    DashboardSessions,
    CallerResolver,
    // Order matters: the caller is known before the rate limit picks its bucket.
    { provide: APP_GUARD, useClass: AccessGuard },
    { provide: APP_GUARD, useClass: ApiThrottlerGuard },
  ],
})
export class AccessModule {}
