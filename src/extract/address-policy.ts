import ipaddr from 'ipaddr.js';

/**
 * True when an IP address must not be fetched from a server that takes URLs from
 * strangers: anything but ordinary public unicast (private, loopback, link-local,
 * unique-local, CGNAT, multicast, reserved, unspecified, documentation …).
 * Addresses that embed an IPv4 address (IPv4-mapped, NAT64, 6to4, Teredo) are
 * refused too unless they are plain IPv4-mapped public addresses, because the
 * embedded address is what the packets may finally reach.
 * Strings that are not IP addresses are refused: the caller should have resolved them.
 */
export function isBlockedAddress(address: string): boolean {
  let parsed: ipaddr.IPv4 | ipaddr.IPv6;
  try {
    // `parse` rejects zone ids ("fe80::1%eth0"); strip one so the prefix still decides.
    parsed = ipaddr.parse(address.replace(/%.*$/, ''));
  } catch {
    return true;
  }
  if (parsed instanceof ipaddr.IPv6) {
    if (parsed.isIPv4MappedAddress()) return parsed.toIPv4Address().range() !== 'unicast';
    return parsed.range() !== 'unicast';
  }
  return parsed.range() !== 'unicast';
}

/** True when `host` (a URL hostname, IPv6 possibly in brackets) is an IP literal. */
export function parseIpLiteral(host: string): string | undefined {
  const bare = host.startsWith('[') && host.endsWith(']') ? host.slice(1, -1) : host;
  return ipaddr.isValid(bare) ? bare : undefined;
}
