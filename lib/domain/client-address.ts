/**
 * Where a request comes from, for the sign-in throttle, rate limits and the audit log
 * (docs/security.md "Client address"). The address of the direct peer (the TCP connection) is the
 * client, unless that peer is one of the operator's trusted proxies (TRUSTED_PROXIES: addresses
 * or CIDR ranges): then X-Forwarded-For is read from the right, skipping trusted proxies, and the
 * first address not trusted is the client. So a client that sets X-Forwarded-For itself changes
 * nothing unless it is itself a trusted proxy. Pure: the server (scripts/serve.ts) applies it.
 */

type Ip = { version: 4 | 6; value: bigint };
export type AddressRange = Ip & { prefix: number };

function parseIpv4(text: string): bigint | null {
  const parts = text.split(".");
  if (parts.length !== 4 || !parts.every((p) => /^\d{1,3}$/.test(p) && Number(p) <= 255)) return null;
  return parts.reduce((acc, p) => (acc << 8n) + BigInt(Number(p)), 0n);
}

function parseIpv6(text: string): bigint | null {
  const halves = text.split("::");
  if (halves.length > 2) return null;
  const groups = (half: string): string[] | null => {
    if (half === "") return [];
    const out: string[] = [];
    const pieces = half.split(":");
    for (const [i, piece] of pieces.entries()) {
      if (i === pieces.length - 1 && piece.includes(".")) {
        const v4 = parseIpv4(piece);
        if (v4 === null) return null;
        out.push((v4 >> 16n).toString(16), (v4 & 0xffffn).toString(16));
      } else if (/^[0-9a-f]{1,4}$/i.test(piece)) out.push(piece);
      else return null;
    }
    return out;
  };
  const head = groups(halves[0]);
  const tail = halves.length === 2 ? groups(halves[1]) : [];
  if (!head || !tail) return null;
  const missing = 8 - head.length - tail.length;
  if (halves.length === 1 ? missing !== 0 : missing < 1) return null;
  return [...head, ...Array<string>(halves.length === 2 ? missing : 0).fill("0"), ...tail].reduce((acc, g) => (acc << 16n) + BigInt(parseInt(g, 16)), 0n);
}

/** ::ffff:0:0/96, IPv4-mapped IPv6 */
const MAPPED_V4 = 0xffffn;

/** An IPv4 or IPv6 address (IPv4-mapped IPv6 counts as IPv4), without port, brackets or zone; null if it is none. */
export function parseIp(raw: string): Ip | null {
  let text = raw.trim();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(text);
  if (bracketed) text = bracketed[1];
  else if (/^[\d.]+:\d+$/.test(text)) text = text.slice(0, text.lastIndexOf(":"));
  text = text.replace(/%.*$/, "");
  const v4 = parseIpv4(text);
  if (v4 !== null) return { version: 4, value: v4 };
  const v6 = text.includes(":") ? parseIpv6(text) : null;
  if (v6 === null) return null;
  if (v6 >> 32n === MAPPED_V4) return { version: 4, value: v6 & 0xffffffffn };
  return { version: 6, value: v6 };
}

/** The address as text: dotted IPv4 (also for IPv4-mapped IPv6), IPv6 in lower case as written. */
export function formatIp(raw: string): string {
  const ip = parseIp(raw);
  if (!ip) return raw.trim().slice(0, 64);
  if (ip.version === 4) return [24n, 16n, 8n, 0n].map((s) => String((ip.value >> s) & 0xffn)).join(".");
  return raw.trim().replace(/^\[|\](?::\d+)?$/g, "").replace(/%.*$/, "").toLowerCase();
}

/** TRUSTED_PROXIES: addresses or CIDR ranges separated by commas or spaces; throws on an entry that is neither. */
export function parseTrustedProxies(raw: string | undefined): AddressRange[] {
  const entries = (raw ?? "").split(/[\s,]+/).filter(Boolean);
  return entries.map((entry) => {
    const [address, prefixText, extra] = entry.split("/");
    const ip = extra === undefined ? parseIp(address) : null;
    const bits = ip?.version === 4 ? 32 : 128;
    const prefix = prefixText === undefined ? bits : /^\d{1,3}$/.test(prefixText) ? Number(prefixText) : NaN;
    if (!ip || !(prefix >= 0 && prefix <= bits)) throw new Error(`TRUSTED_PROXIES: "${entry}" is geen IP-adres of CIDR-bereik.`);
    return { ...ip, prefix };
  });
}

export function isTrusted(address: string, trusted: readonly AddressRange[]): boolean {
  const ip = parseIp(address);
  if (!ip) return false;
  return trusted.some((range) => {
    if (range.version !== ip.version) return false;
    const shift = BigInt((ip.version === 4 ? 32 : 128) - range.prefix);
    return ip.value >> shift === range.value >> shift;
  });
}

/**
 * The client's address: the peer, or, when the peer is a trusted proxy, the right-most
 * X-Forwarded-For entry that is not a trusted proxy (the left-most when all are).
 */
export function clientAddressOf(peer: string | undefined, forwardedFor: string | string[] | undefined, trusted: readonly AddressRange[]): string | null {
  if (!peer) return null;
  if (!isTrusted(peer, trusted)) return formatIp(peer);
  const chain = (Array.isArray(forwardedFor) ? forwardedFor.join(",") : (forwardedFor ?? ""))
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  let client = peer;
  for (let i = chain.length - 1; i >= 0; i--) {
    client = chain[i];
    if (!isTrusted(client, trusted)) break;
  }
  return formatIp(client);
}

/**
 * The headers through which the server hands the client address to the app. The proof is a
 * random value the server makes at start and keeps in its own environment: a request that
 * carries these headers from outside cannot know it, so the app ignores them.
 */
export const CLIENT_ADDRESS_HEADER = "x-regiotafel-client-address";
export const CLIENT_PROOF_HEADER = "x-regiotafel-client-proof";
export const CLIENT_PROOF_ENV = "REGIOTAFEL_CLIENT_PROOF";

/** What the server does to every request's headers before the app sees them. */
export function stampClientAddress(
  headers: Record<string, string | string[] | undefined>,
  peer: string | undefined,
  trusted: readonly AddressRange[],
  proof: string,
): void {
  delete headers[CLIENT_ADDRESS_HEADER];
  delete headers[CLIENT_PROOF_HEADER];
  const address = clientAddressOf(peer, headers["x-forwarded-for"], trusted);
  if (!address) return;
  headers[CLIENT_ADDRESS_HEADER] = address;
  headers[CLIENT_PROOF_HEADER] = proof;
}

/** The app's side: the client address the server stamped, or null when the headers lack the server's proof. */
export function stampedClientAddress(get: (name: string) => string | null | undefined, proof: string | undefined): string | null {
  if (!proof || get(CLIENT_PROOF_HEADER) !== proof) return null;
  return get(CLIENT_ADDRESS_HEADER) || null;
}
