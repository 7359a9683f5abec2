import {
  ForbiddenException,
  Injectable,
  type CanActivate,
  type ExecutionContext,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { CallerResolver } from './caller.resolver';
import { requestOf } from './request-of';
import { REQUIRED_ROLE } from './require-role.decorator';
import type { Role } from './role';

/** Identifies the caller of every request, and refuses handlers their role may not use. */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly callers: CallerResolver,
    private readonly reflector: Reflector,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = requestOf(context);
    request.caller ??= await this.callers.resolve(request);
    const required = this.reflector.getAllAndOverride<Role | undefined>(REQUIRED_ROLE, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (required === 'analyst' && request.caller.role !== 'analyst') {
      throw new ForbiddenException('this needs an analyst API key');
    }
    return true;
  }
}
