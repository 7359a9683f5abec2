import { DashboardSessions } from './dashboard-sessions';

describe(DashboardSessions.name, () => {
  const sessions = new DashboardSessions();
  const now = Date.UTC(2026, 0, 1);

  it('should accept its own token from the address it was issued to', () => {
    const { token } = sessions.issue('203.0.113.7', now);
    expect(sessions.verify(token, '203.0.113.7', now + 60_000)).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('should refuse a token from another address, expired, altered or from another process', () => {
    const { token } = sessions.issue('203.0.113.7', now);
    expect(sessions.verify(token, '198.51.100.1', now)).toBeNull();
    expect(sessions.verify(token, '203.0.113.7', now + 13 * 3_600_000)).toBeNull();
    const [payload, signature] = token.split('.');
    const widened = Buffer.from(
      Buffer.from(payload!, 'base64url').toString().replace('203.0.113.7', '198.51.100.1'),
    ).toString('base64url');
    expect(sessions.verify(`${widened}.${signature}`, '198.51.100.1', now)).toBeNull();
    expect(sessions.verify('garbage', '203.0.113.7', now)).toBeNull();
    expect(new DashboardSessions().verify(token, '203.0.113.7', now)).toBeNull();
  });
});
