import { Injectable, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext, type GqlContextType } from '@nestjs/graphql';
import { ThrottlerGuard } from '@nestjs/throttler';
import type { CallerRequest } from './caller';

/** Rate limits per API key (or per address without one), for REST and GraphQL alike. */
@Injectable()
export class ApiThrottlerGuard extends ThrottlerGuard {
  protected override getRequestResponse(context: ExecutionContext): {
    req: Record<string, unknown>;
    res: Record<string, unknown>;
  } {
    if (context.getType<GqlContextType>() === 'graphql') {
      const { req, res } = GqlExecutionContext.create(context).getContext<{
        req: Record<string, unknown>;
        res: Record<string, unknown>;
      }>();
      return { req, res };
    }
    return super.getRequestResponse(context);
  }

  protected override getTracker(req: Record<string, unknown>): Promise<string> {
    const request = req as unknown as CallerRequest;
    return Promise.resolve(request.caller?.tracker ?? `ip:${request.ip ?? 'unknown'}`);
  }
}
