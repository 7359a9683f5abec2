import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { ThrottlerModule } from '@nestjs/throttler';
import { AppConfig } from '../config';
import { AccessGuard } from './access.guard';
import { ApiThrottlerGuard } from './api-throttler.guard';
import { CallerResolver } from './caller.resolver';
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
            limit: (context) =>
              requestOf(context).caller?.role === 'analyst'
                ? config.CHC_RATE_LIMIT_ANALYST
                : config.CHC_RATE_LIMIT_PUBLIC,
          },
        ],
        errorMessage: 'rate limit reached: too many requests this minute, try again shortly',
      }),
    }),
  ],
  providers: [
    CallerResolver,
    // Order matters: the caller is known before the rate limit picks its bucket.
    { provide: APP_GUARD, useClass: AccessGuard },
    { provide: APP_GUARD, useClass: ApiThrottlerGuard },
  ],
})
export class AccessModule {}
