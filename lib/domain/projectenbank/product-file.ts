/**
 * Which uploaded files a kennisbank product may carry, decided on the file's content (its magic
 * bytes), not on its name: a name only has to agree with what the content is. Pure, no I/O.
 */

/** The largest file a product may carry. */
export const MAX_PRODUCT_FILE_BYTES = 20 * 1024 * 1024;
export const MAX_PRODUCT_FILE_MB = MAX_PRODUCT_FILE_BYTES / 1024 / 1024;

export type ProductFileKind = { label: string; contentType: string; extensions: readonly string[] };

const OOXML = "application/vnd.openxmlformats-officedocument";
/** Every accepted kind, by key; the key is what the sniffer returns. */
export const PRODUCT_FILE_KINDS = {
  pdf: { label: "PDF", contentType: "application/pdf", extensions: ["pdf"] },
  docx: { label: "Word", contentType: `${OOXML}.wordprocessingml.document`, extensions: ["docx"] },
  xlsx: { label: "Excel", contentType: `${OOXML}.spreadsheetml.sheet`, extensions: ["xlsx"] },
  pptx: { label: "PowerPoint", contentType: `${OOXML}.presentationml.presentation`, extensions: ["pptx"] },
  odt: { label: "OpenDocument-tekst", contentType: "application/vnd.oasis.opendocument.text", extensions: ["odt"] },
  ods: { label: "OpenDocument-rekenblad", contentType: "application/vnd.oasis.opendocument.spreadsheet", extensions: ["ods"] },
  odp: { label: "OpenDocument-presentatie", contentType: "application/vnd.oasis.opendocument.presentation", extensions: ["odp"] },
  /** the old binary Office formats share one container (OLE2); the name says which */
  ole: { label: "Office (oud formaat)", contentType: "", extensions: ["doc", "xls", "ppt"] },
  png: { label: "PNG-afbeelding", contentType: "image/png", extensions: ["png"] },
  jpeg: { label: "JPEG-afbeelding", contentType: "image/jpeg", extensions: ["jpg", "jpeg"] },
  gif: { label: "GIF-afbeelding", contentType: "image/gif", extensions: ["gif"] },
  webp: { label: "WebP-afbeelding", contentType: "image/webp", extensions: ["webp"] },
} as const satisfies Record<string, ProductFileKind>;
export type ProductFileKindKey = keyof typeof PRODUCT_FILE_KINDS;

const OLE_TYPES: Record<string, string> = { doc: "application/msword", xls: "application/vnd.ms-excel", ppt: "application/vnd.ms-powerpoint" };

/** For the file input's `accept` and the form's hint. */
export const PRODUCT_FILE_ACCEPT = Object.values(PRODUCT_FILE_KINDS)
  .flatMap((k) => k.extensions.map((e) => `.${e}`))
  .join(",");
export const PRODUCT_FILE_HINT = `PDF, Word, Excel, PowerPoint, OpenDocument of een afbeelding (PNG, JPEG, GIF, WebP); hoogstens ${MAX_PRODUCT_FILE_MB} MB.`;

const startsWith = (bytes: Uint8Array, sig: readonly number[], at = 0) => sig.every((b, i) => bytes[at + i] === b);
const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));

/** Whether the bytes contain the ASCII text (a ZIP's member names are stored uncompressed). */
function contains(bytes: Uint8Array, text: string): boolean {
  const needle = ascii(text);
  const first = needle[0];
  outer: for (let i = bytes.indexOf(first); i !== -1 && i <= bytes.length - needle.length; i = bytes.indexOf(first, i + 1)) {
    for (let j = 1; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

/** The kind of file the content is, or null when it is none of the accepted kinds. */
export function sniffProductFile(bytes: Uint8Array): ProductFileKindKey | null {
  if (startsWith(bytes, ascii("%PDF-"))) return "pdf";
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return "png";
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return "jpeg";
  if (startsWith(bytes, ascii("GIF87a")) || startsWith(bytes, ascii("GIF89a"))) return "gif";
  if (startsWith(bytes, ascii("RIFF")) && startsWith(bytes, ascii("WEBP"), 8)) return "webp";
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return "ole";
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    // OpenDocument: the first member is "mimetype", stored, holding the media type
    if (startsWith(bytes, ascii("mimetype"), 30)) {
      const head = new TextDecoder("latin1").decode(bytes.subarray(38, 38 + 80));
      for (const key of ["odt", "ods", "odp"] as const) if (head.startsWith(PRODUCT_FILE_KINDS[key].contentType)) return key;
      return null;
    }
    // Office Open XML: a [Content_Types].xml and the part folder of one application
    if (!contains(bytes, "[Content_Types].xml")) return null;
    if (contains(bytes, "word/")) return "docx";
    if (contains(bytes, "xl/")) return "xlsx";
    if (contains(bytes, "ppt/")) return "pptx";
  }
  return null;
}

/** The refusal of a file over the maximum (the route's early check, the form and the server's check say the same). */
export function productFileTooLargeMessage(bytes: number): string {
  const mb = Math.ceil((bytes / 1024 / 1024) * 10) / 10;
  return `Het bestand is te groot (${mb.toLocaleString("nl-NL")} MB); het maximum is ${MAX_PRODUCT_FILE_MB} MB.`;
}

export type CheckedProductFile = { contentType: string; fileName: string; size: number };

/**
 * Checks an uploaded file: not empty, at most 20 MB, content of an accepted kind, and a name
 * whose extension agrees with the content. Returns the content type to serve it with, or the
 * Dutch message for the form.
 */
export function checkProductFile(bytes: Uint8Array, fileName: string): { ok: true; file: CheckedProductFile } | { ok: false; message: string } {
  if (bytes.length === 0) return { ok: false, message: "Het bestand is leeg." };
  if (bytes.length > MAX_PRODUCT_FILE_BYTES) {
    return { ok: false, message: productFileTooLargeMessage(bytes.length) };
  }
  const kind = sniffProductFile(bytes);
  if (!kind) return { ok: false, message: `Dit soort bestand kan niet worden geplaatst. Kies ${PRODUCT_FILE_HINT.replace(/;.*$/, "")}.` };
  const extension = fileName.toLowerCase().match(/\.([a-z0-9]+)$/)?.[1] ?? "";
  const { label, extensions } = PRODUCT_FILE_KINDS[kind];
  if (!(extensions as readonly string[]).includes(extension)) {
    return { ok: false, message: `De inhoud van het bestand is ${label}, maar de naam eindigt niet op ${extensions.map((e) => `.${e}`).join(" of ")}. Controleer of u het goede bestand kiest.` };
  }
  const contentType = kind === "ole" ? OLE_TYPES[extension] : PRODUCT_FILE_KINDS[kind].contentType;
  return { ok: true, file: { contentType, fileName: fileName.slice(-200), size: bytes.length } };
}
