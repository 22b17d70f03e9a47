/** The one shape of a file Regiotafel hands out (exports, template); served by fileResponse. */
export type ExportFile = {
  body: Uint8Array | string;
  contentType: string;
  /** The suggested name; fileResponse makes it safe for the Content-Disposition header. */
  fileName: string;
  /** How many data rows the file holds, where that is meaningful (written to the audit log). */
  rows?: number;
};

export const CONTENT_TYPES = {
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  csv: "text/csv; charset=utf-8",
  json: "application/json; charset=utf-8",
} as const;

/**
 * A file name safe in a header and on every file system: letters, digits, dot, dash and
 * underscore; anything else becomes a dash. Never empty, never a leading dot.
 */
export function safeFileName(name: string): string {
  const cleaned = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^A-Za-z0-9._-]+/g, "-")
    .replace(/-{2,}/g, "-")
    .replace(/^[.-]+/, "")
    .slice(0, 120);
  return cleaned || "bestand";
}

/** The file's bytes (text bodies as UTF-8). */
export function fileBytes(file: Pick<ExportFile, "body">): Uint8Array {
  return typeof file.body === "string" ? new TextEncoder().encode(file.body) : file.body;
}
