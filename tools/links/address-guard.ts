import { BlockList, isIP } from "node:net";
import { lookup } from "node:dns/promises";

/**
 * Addresses the link checker never requests: loopback, link-local (cloud metadata at
 * 169.254.169.254), private, benchmarking, multicast, reserved (broadcast included) and
 * "this host" ranges. A link in the content, or a redirect from a public site, must not
 * make a CI job probe its own machine or network; and no reader of the site could follow
 * such a link anyway.
 */
const INTERNAL = new BlockList();
for (const [network, prefix] of [
  ["0.0.0.0", 8],
  ["10.0.0.0", 8],
  ["100.64.0.0", 10],
  ["127.0.0.0", 8],
  ["169.254.0.0", 16],
  ["172.16.0.0", 12],
  ["192.168.0.0", 16],
  ["198.18.0.0", 15],
  ["224.0.0.0", 4],
  ["240.0.0.0", 4],
] as const) {
  INTERNAL.addSubnet(network, prefix, "ipv4");
}
for (const [network, prefix] of [
  ["::", 128],
  ["::1", 128],
  ["fc00::", 7],
  ["fe80::", 10],
  ["fec0::", 10],
  ["ff00::", 8],
] as const) {
  INTERNAL.addSubnet(network, prefix, "ipv6");
}

/** The eight 16-bit groups of an IPv6 literal (already checked by `isIP`), a dotted IPv4 tail included. */
function ipv6Groups(address: string): number[] {
  const dotted = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(address);
  const hex = (high: string, low: string) => ((Number(high) << 8) | Number(low)).toString(16);
  const text = dotted ? `${address.slice(0, dotted.index)}${hex(dotted[1], dotted[2])}:${hex(dotted[3], dotted[4])}` : address;
  const [head, tail] = text.split("::");
  const part = (side: string | undefined) => (side ? side.split(":").map((group) => Number.parseInt(group, 16)) : []);
  if (tail === undefined) return part(head);
  const [before, after] = [part(head), part(tail)];
  return [...before, ...new Array(8 - before.length - after.length).fill(0), ...after];
}

const dottedQuad = (high: number, low: number) => `${high >> 8}.${high & 255}.${low >> 8}.${low & 255}`;

/**
 * The IPv4 address an IPv6 one carries to reach it: NAT64 (64:ff9b::/96) ends with it,
 * 6to4 (2002::/16) holds it after the prefix. Such an address leads where its IPv4 does.
 */
function embeddedIpv4(address: string): string | undefined {
  const groups = ipv6Groups(address);
  if (groups[0] === 0x64 && groups[1] === 0xff9b && groups.slice(2, 6).every((group) => group === 0)) {
    return dottedQuad(groups[6], groups[7]);
  }
  if (groups[0] === 0x2002) return dottedQuad(groups[1], groups[2]);
  return undefined;
}

/**
 * True when `address` (an IP literal, IPv6 without brackets) lies in an internal range; IPv4-mapped,
 * NAT64 and 6to4 IPv6 included.
 */
export function isInternalAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 4) return INTERNAL.check(address, "ipv4");
  if (family === 6) {
    const ipv4 = embeddedIpv4(address);
    return INTERNAL.check(address, "ipv6") || (ipv4 !== undefined && INTERNAL.check(ipv4, "ipv4"));
  }
  return false;
}

/** The addresses a host name stands for; injected in tests, so no test needs a name server. */
export type ResolveHost = (hostname: string) => Promise<string[]>;

const resolveWithSystem: ResolveHost = async (hostname) => (await lookup(hostname, { all: true })).map((entry) => entry.address);

/** Why a URL is not requested: the internal address it names or resolves to. */
export interface InternalTarget {
  address: string;
  /** The host name that resolved to it, when the URL named one. */
  hostname?: string;
}

export interface AddressGuardOptions {
  /**
   * Origins the caller vouches for, such as a local mirror or test server that a rewrite
   * points at: requested whatever their address. Nothing else internal is.
   */
  trustedOrigins?: readonly string[];
  resolveHost?: ResolveHost;
}

/**
 * A check to run before every request of a run: it answers the internal address a URL
 * leads to, or undefined when the URL may be requested. A host name is resolved once per
 * run; a failed lookup is thrown, so that the caller reports it as the request's own
 * failure instead of asking the name server a second time.
 *
 * The request resolves the name again, so a name server that answers differently the
 * second time (DNS rebinding) is not caught here; that needs the address pinned in the
 * HTTP client.
 */
export function addressGuard(options: AddressGuardOptions = {}): (url: string) => Promise<InternalTarget | undefined> {
  const trusted = new Set((options.trustedOrigins ?? []).map((origin) => new URL(origin).origin));
  const resolveHost = options.resolveHost ?? resolveWithSystem;
  const resolved = new Map<string, Promise<string[]>>();
  return async (url) => {
    const parsed = new URL(url);
    if (trusted.has(parsed.origin)) return undefined;
    const host = parsed.hostname.replace(/^\[(.*)\]$/, "$1");
    if (isIP(host)) return isInternalAddress(host) ? { address: host } : undefined;
    // RFC 6761: localhost and its subdomains are this machine, whatever a resolver says.
    if (host === "localhost" || host.endsWith(".localhost")) return { address: "127.0.0.1", hostname: host };
    let addresses = resolved.get(host);
    if (!addresses) {
      addresses = resolveHost(host);
      resolved.set(host, addresses);
    }
    const internal = (await addresses).find(isInternalAddress);
    return internal ? { address: internal, hostname: host } : undefined;
  };
}
