// The IPv4 ranges the guard judges an address by, read from its first two octets: the ip_address detector reports a
// private network's host (contact.ts), the labelled-IP reader a subscriber's address, which no range here holds
// (labelled-ips.ts).

/** RFC 1918's private networks (10/8, 172.16/12, 192.168/16): a LAN's or a VPC's hosts, internal topology. */
export function isPrivateNetworkIpv4(first: number, second: number): boolean {
  return first === 10 || (first === 172 && second >= 16 && second <= 31) || (first === 192 && second === 168)
}

/**
 * No public unicast host's: this network (0/8), a private network, shared address space (100.64/10, an ISP's NAT),
 * loopback (127/8), link-local (169.254/16), and multicast and the reserved ones (224/3).
 */
export function isNonPublicIpv4(first: number, second: number): boolean {
  return (
    first === 0 ||
    first === 127 ||
    first >= 224 ||
    isPrivateNetworkIpv4(first, second) ||
    (first === 169 && second === 254) ||
    (first === 100 && second >= 64 && second <= 127)
  )
}
