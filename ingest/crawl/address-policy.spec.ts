import { blockedReason, parseAllowList } from './address-policy';

describe('blockedReason', () => {
  const none = parseAllowList([]);

  it('should refuse IPv4-compatible addresses even when their IPv4 address is allowed', () => {
    expect(blockedReason('::7f00:1', parseAllowList(['127.0.0.1']))).toBe(
      '::7f00:1 is an IPv4-compatible address (of 127.0.0.1)',
    );
    expect(blockedReason('::808:808', none)).toContain('IPv4-compatible');
  });

  it('should judge IPv4-mapped and NAT64 addresses by the IPv4 address they carry', () => {
    expect(blockedReason('::ffff:10.1.2.3', none)).toBe('::ffff:10.1.2.3 is a private address');
    expect(blockedReason('::ffff:127.0.0.1', parseAllowList(['127.0.0.1']))).toBeNull();
    expect(blockedReason('64:ff9b::7f00:1', parseAllowList(['127.0.0.1']))).toBe(
      '64:ff9b::7f00:1 is a NAT64 address of 127.0.0.1, a loopback address',
    );
    expect(blockedReason('64:ff9b::808:808', none)).toBeNull();
    expect(blockedReason('64:ff9b:1::a00:1', none)).toContain('rfc6052');
  });

  it('should refuse 6to4 and Teredo addresses, and let public addresses through', () => {
    expect(blockedReason('2002:c0a8:101::1', none)).toContain('6to4');
    expect(blockedReason('2001:0:4136:e378:8000:63bf:3fff:fdd2', none)).toContain('teredo');
    expect(blockedReason('2a00:1450:4009:81d::200e', none)).toBeNull();
    expect(blockedReason('8.8.8.8', none)).toBeNull();
  });
});
