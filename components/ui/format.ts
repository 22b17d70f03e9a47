/** Dutch formatting of dates, numbers and money for display. */
const dateFormat = new Intl.DateTimeFormat("nl-NL", { day: "numeric", month: "long", year: "numeric", timeZone: "Europe/Amsterdam" });
const dateTimeFormat = new Intl.DateTimeFormat("nl-NL", { dateStyle: "medium", timeStyle: "short", timeZone: "Europe/Amsterdam" });
const euro = new Intl.NumberFormat("nl-NL", { style: "currency", currency: "EUR", maximumFractionDigits: 0 });

export const formatDate = (d: Date | string | null | undefined) => (d ? dateFormat.format(new Date(d)) : "—");
export const formatDateTime = (d: Date | string | null | undefined) => (d ? dateTimeFormat.format(new Date(d)) : "—");
export const formatEuros = (n: number | null | undefined) => (n == null ? "—" : euro.format(n));
/** A file size: "840 kB", "3,2 MB"; empty when unknown. */
export function formatFileSize(bytes: number | null | undefined): string {
  if (!bytes) return "";
  return bytes > 1_000_000 ? `${(bytes / 1_000_000).toLocaleString("nl-NL", { maximumFractionDigits: 1 })} MB` : `${Math.ceil(bytes / 1000)} kB`;
}
