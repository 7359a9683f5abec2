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
  const range = ip.range();
  return BLOCKED_RANGES.has(range) ? `${address} is a ${range} address` : null;
}
