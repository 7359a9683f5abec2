import ipaddr from 'ipaddr.js';

/** Ranges a fetch must never reach unless allowed: loopback, private, link-local, metadata… */
const BLOCKED_RANGES = new Set([
  'unspecified',
  'broadcast',
  'multicast',
  'linkLocal',
  'loopback',
  'carrierGradeNat',
  'private',
  'reserved',
  'uniqueLocal',
  'ipv4Mapped',
  'rfc6145',
  'rfc6052',
  '6to4',
  'teredo',
  'benchmarking',
  'amt',
  'as112',
  'deprecated',
  'orchid2',
  'discard',
]);

/** Hosts and CIDR ranges a deployment allows despite the rules (tests and demos on loopback). */
export interface AllowList {
  hosts: ReadonlySet<string>;
  ranges: ReadonlyArray<[ipaddr.IPv4 | ipaddr.IPv6, number]>;
}

export function parseAllowList(entries: readonly string[]): AllowList {
  const hosts = new Set<string>();
  const ranges: [ipaddr.IPv4 | ipaddr.IPv6, number][] = [];
  for (const entry of entries.map((e) => e.trim()).filter(Boolean)) {
    if (entry.includes('/')) {
      ranges.push(ipaddr.parseCIDR(entry));
    } else if (ipaddr.isValid(entry)) {
      ranges.push([ipaddr.parse(entry), ipaddr.parse(entry).kind() === 'ipv4' ? 32 : 128]);
    } else {
      hosts.add(entry.toLowerCase());
    }
  }
  return { hosts, ranges };
}

/** The well-known NAT64 prefix (64:ff9b::/96, RFC 6052): the IPv4 address is the last 32 bits. */
const NAT64 = ipaddr.parseCIDR('64:ff9b::/96');

/**
 * IPv6 forms that carry an IPv4 address. IPv4-compatible addresses (::a.b.c.d, deprecated)
 * are refused outright: some stacks still route them to the IPv4 host, loopback included.
 * A NAT64 address reaches its IPv4 address through the local translator, so it is judged
 * by that address (the allow-list names hosts reached directly, not through a translator).
 */
function embeddedReason(address: string, ip: ipaddr.IPv6): string | null | undefined {
  const bytes = ip.toByteArray();
  const v4 = (at: number) => new ipaddr.IPv4(bytes.slice(at, at + 4));
  if (bytes.slice(0, 12).every((b) => b === 0) && ip.range() === 'unicast') {
    return `${address} is an IPv4-compatible address (of ${v4(12).toString()})`;
  }
  if (ip.match(NAT64)) {
    const range = v4(12).range();
    return BLOCKED_RANGES.has(range)
      ? `${address} is a NAT64 address of ${v4(12).toString()}, a ${range} address`
      : null;
  }
  return undefined;
}

/** Why an address may not be fetched, or null when it may. */
export function blockedReason(address: string, allow: AllowList): string | null {
  if (!ipaddr.isValid(address)) {
    return `"${address}" is not an IP address`;
  }
  let ip = ipaddr.parse(address);
  if (ip.kind() === 'ipv6' && (ip as ipaddr.IPv6).isIPv4MappedAddress()) {
    ip = (ip as ipaddr.IPv6).toIPv4Address();
  }
  if (
    allow.ranges.some(([net, bits]) => net.kind() === ip.kind() && ip.match([net, bits] as never))
  ) {
    return null;
  }
  if (ip.kind() === 'ipv6') {
    const embedded = embeddedReason(address, ip as ipaddr.IPv6);
    if (embedded !== undefined) {
      return embedded;
    }
  }
  // 6to4, Teredo and IPv4-translated (rfc6145) addresses stay refused whatever they carry.
  const range = ip.range();
  return BLOCKED_RANGES.has(range) ? `${address} is a ${range} address` : null;
}
