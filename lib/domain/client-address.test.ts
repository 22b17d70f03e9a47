import { describe, expect, it } from "vitest";
import { clientAddressOf, formatIp, isTrusted, parseIp, parseTrustedProxies, stampClientAddress, stampedClientAddress, CLIENT_ADDRESS_HEADER } from "./client-address";

describe("client address", () => {
  it("parses IPv4, IPv6, IPv4-mapped IPv6, ports, brackets and zones", () => {
    expect(parseIp("192.0.2.1")).toEqual({ version: 4, value: 0xc0000201n });
    expect(parseIp("::ffff:192.0.2.1")).toEqual({ version: 4, value: 0xc0000201n });
    expect(parseIp("192.0.2.1:4431")).toEqual({ version: 4, value: 0xc0000201n });
    expect(parseIp("[2001:db8::1]:443")).toEqual({ version: 6, value: (0x20010db8n << 96n) + 1n });
    expect(parseIp("fe80::1%eth0")?.version).toBe(6);
    expect(parseIp("::1")).toEqual({ version: 6, value: 1n });
    for (const bad of ["", "1.2.3", "256.1.1.1", "1:2:3:4:5:6:7:8:9", "1::2::3", "evil.example", "12345::"]) expect(parseIp(bad)).toBeNull();
    expect(formatIp("::ffff:127.0.0.1")).toBe("127.0.0.1");
    expect(formatIp("2001:DB8::1")).toBe("2001:db8::1");
  });

  it("reads TRUSTED_PROXIES as addresses and CIDR ranges, and refuses anything else", () => {
    const trusted = parseTrustedProxies("10.0.0.0/8, 192.0.2.7 2001:db8::/32");
    expect(isTrusted("10.1.2.3", trusted)).toBe(true);
    expect(isTrusted("::ffff:10.1.2.3", trusted)).toBe(true);
    expect(isTrusted("11.0.0.1", trusted)).toBe(false);
    expect(isTrusted("192.0.2.7", trusted)).toBe(true);
    expect(isTrusted("192.0.2.8", trusted)).toBe(false);
    expect(isTrusted("2001:db8:ffff::1", trusted)).toBe(true);
    expect(parseTrustedProxies(undefined)).toEqual([]);
    expect(() => parseTrustedProxies("10.0.0.0/33")).toThrow(/TRUSTED_PROXIES/);
    expect(() => parseTrustedProxies("proxy.example")).toThrow(/TRUSTED_PROXIES/);
  });

  it("ignores X-Forwarded-For from a peer that is not a trusted proxy", () => {
    expect(clientAddressOf("203.0.113.9", "198.51.100.1", [])).toBe("203.0.113.9");
    expect(clientAddressOf("::ffff:203.0.113.9", "198.51.100.1", parseTrustedProxies("10.0.0.1"))).toBe("203.0.113.9");
    expect(clientAddressOf(undefined, "198.51.100.1", [])).toBeNull();
  });

  it("behind trusted proxies takes the right-most address that is not a trusted proxy", () => {
    const trusted = parseTrustedProxies("10.0.0.0/8");
    // the client forged the first entry; the load balancer (10.0.0.2) appended the real one
    expect(clientAddressOf("10.0.0.1", "6.6.6.6, 198.51.100.1, 10.0.0.2", trusted)).toBe("198.51.100.1");
    expect(clientAddressOf("10.0.0.1", ["6.6.6.6", "198.51.100.1"], trusted)).toBe("198.51.100.1");
    expect(clientAddressOf("10.0.0.1", "10.0.0.3, 10.0.0.2", trusted)).toBe("10.0.0.3");
    expect(clientAddressOf("10.0.0.1", undefined, trusted)).toBe("10.0.0.1");
  });

  it("hands the address to the app only with the server's proof; headers from outside are dropped", () => {
    const headers: Record<string, string | string[] | undefined> = { [CLIENT_ADDRESS_HEADER]: "1.1.1.1", "x-regiotafel-client-proof": "geraden", "x-forwarded-for": "6.6.6.6" };
    expect(stampedClientAddress((n) => headers[n] as string, "geheim")).toBeNull();
    stampClientAddress(headers, "203.0.113.9", [], "geheim");
    expect(stampedClientAddress((n) => headers[n] as string, "geheim")).toBe("203.0.113.9");
    expect(stampedClientAddress((n) => headers[n] as string, undefined)).toBeNull();
  });
});
