/**
 * The Kennisbank product routes for integration tests, as the platform calls them: the upload
 * route and the public download of a product's file. Only the session (support/session-double:
 * set `session.ctx`) and the public context (set `publicDb.db` to the suite's database) are test
 * doubles. Import this module first, before anything that loads lib/server, so that the doubles
 * are in place when the app's modules load.
 */
import { vi } from "vitest";
import { NextRequest } from "next/server";

vi.mock("@/lib/server/accounts/session", () => import("./session-double"));
export const publicDb = { db: null as unknown };
vi.mock("@/lib/server/projectenbank/context", () => ({ publicCtx: async () => publicDb }));
export const { session } = await import("./session-double");
export const uploadRoute = await import("@/app/api/projecten/[id]/producten/route");
export const downloadRoute = await import("@/app/projectenbank/producten/[id]/bestand/route");

export const PDF = new TextEncoder().encode("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n");

/** POST /api/projecten/:id/producten with the form's fields and, if given, a file (type: application/octet-stream unless given). */
export function uploadRequest(projectId: string, fields: Record<string, string>, file?: { bytes: Uint8Array; name: string; type?: string }, headers: Record<string, string> = {}) {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  if (file) form.append("bestand", new File([file.bytes as BlobPart], file.name, { type: file.type ?? "application/octet-stream" }));
  return new NextRequest(`http://localhost/api/projecten/${projectId}/producten`, { method: "POST", body: form, headers });
}
/** A route handler's second argument for a route with an `[id]`. */
export const params = (id: string) => ({ params: Promise.resolve({ id }) });
