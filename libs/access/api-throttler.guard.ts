import { HttpException, HttpStatus, Injectable, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext, type GqlContextType } from '@nestjs/graphql';
import {
  ThrottlerGuard,
  type ThrottlerLimitDetail,
  type ThrottlerRequest,
} from '@nestjs/throttler';
import type { CallerRequest } from './caller';

const VERDICTS = Symbol('rate limit verdicts');

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

  /**
   * One HTTP request counts once per limit, however many top-level fields its GraphQL
   * query asks for (each runs the guard): every field shares the first one's verdict.
   */
  protected override handleRequest(props: ThrottlerRequest): Promise<boolean> {
    const req = this.getRequestResponse(props.context).req as {
      [VERDICTS]?: Map<string, Promise<boolean>>;
    };
    const verdicts = (req[VERDICTS] ??= new Map<string, Promise<boolean>>());
    let verdict = verdicts.get(props.throttler.name ?? 'default');
    if (!verdict) {
      verdict = super.handleRequest(props);
      verdicts.set(props.throttler.name ?? 'default', verdict);
    }
    return verdict;
  }

  /** Says when to come back: a `Retry-After` header, and `retryAfterSeconds` in the error. */
  protected override async throwThrottlingException(
    context: ExecutionContext,
    detail: ThrottlerLimitDetail,
  ): Promise<void> {
    const seconds = Math.max(1, Math.ceil(detail.timeToBlockExpire));
    this.setResponseHeader(this.getRequestResponse(context).res, 'Retry-After', seconds);
    const message = `${await this.getErrorMessage(context, detail)} (in ${seconds} s)`;
    throw new HttpException(
      { statusCode: HttpStatus.TOO_MANY_REQUESTS, message, retryAfterSeconds: seconds },
      HttpStatus.TOO_MANY_REQUESTS,
    );
  }

  protected override getTracker(req: Record<string, unknown>): Promise<string> {
    const request = req as unknown as CallerRequest;
    return Promise.resolve(request.caller?.tracker ?? `ip:${request.ip ?? 'unknown'}`);
  }
}
