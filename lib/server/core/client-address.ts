import "server-only";
import { CLIENT_PROOF_ENV, stampedClientAddress } from "../../domain/client-address";

/**
 * The client address of a request, as the server (scripts/serve.ts) determined it from the TCP
 * peer and, behind TRUSTED_PROXIES, X-Forwarded-For (lib/domain/client-address.ts). Null when the
 * app runs without that server (`next dev`): then no header a client can set is believed.
 */
export function clientAddressFromHeaders(headers: Headers | Record<string, unknown> | undefined): string | null {
  const get =
    headers instanceof Headers
      ? (name: string) => headers.get(name)
      : (name: string) => {
          const value = headers?.[name];
          return typeof value === "string" ? value : null;
        };
  return stampedClientAddress(get, process.env[CLIENT_PROOF_ENV]);
}
