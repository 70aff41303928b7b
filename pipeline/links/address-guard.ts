import { BlockList, isIP } from "node:net";
import { lookup } from "node:dns/promises";

/**
 * Addresses the link checker never requests: loopback, link-local (cloud metadata at
 * 169.254.169.254), private and "this host" ranges. A link in the content, or a
 * redirect from a public site, must not make a CI job probe its own machine or
 * network; and no reader of the site could follow such a link anyway.
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
] as const) {
  INTERNAL.addSubnet(network, prefix, "ipv4");
}
for (const [network, prefix] of [
  ["::", 128],
  ["::1", 128],
  ["fc00::", 7],
  ["fe80::", 10],
] as const) {
  INTERNAL.addSubnet(network, prefix, "ipv6");
}

/** True when `address` (an IP literal, IPv6 without brackets) lies in an internal range; IPv4-mapped IPv6 included. */
export function isInternalAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 4) return INTERNAL.check(address, "ipv4");
  if (family === 6) return INTERNAL.check(address, "ipv6");
  return false;
}

/** The addresses a host name stands for; injected in tests, so no test needs a name server. */
export type ResolveHost = (hostname: string) => Promise<string[]>;

export const resolveWithSystem: ResolveHost = async (hostname) =>
  (await lookup(hostname, { all: true })).map((entry) => entry.address);

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
