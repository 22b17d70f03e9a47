/** The little of oidc-provider (it ships no types) that tests/support/oidc-provider.ts uses. */
declare module "oidc-provider" {
  import type { Server } from "node:http";
  type Claims = Record<string, unknown> & { sub: string };
  type Account = { accountId: string; claims(use: string, scope: string): Claims | Promise<Claims> };
  export default class Provider {
    constructor(issuer: string, configuration: Record<string, unknown> & { findAccount?: (ctx: unknown, id: string) => Account | undefined | Promise<Account | undefined> });
    listen(port: number, callback?: () => void): Server;
    proxy: boolean;
  }
}
