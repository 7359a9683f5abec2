import { Controller, HttpCode, Post, Req } from '@nestjs/common';
import type { Request } from 'express';
import { DashboardSessions } from './dashboard-sessions';

export const SESSION_PATH = '/api/session';

/** Issues the dashboards' session tokens (sent back as `X-Chc-Session`). */
@Controller(SESSION_PATH.slice(1))
export class SessionController {
  constructor(private readonly sessions: DashboardSessions) {}

  @Post()
  @HttpCode(201)
  issue(@Req() request: Request): { token: string; expiresAt: Date } {
    return this.sessions.issue(request.ip ?? 'unknown');
  }
}
