import { describeAuditEntry } from "@/lib/domain/fields";

/**
 * One audit entry in a change history: what was done and, per field, the old and new value in
 * Dutch labels and formatted values (lib/domain/fields.ts). Plain text, never HTML.
 */
export function AuditChanges(entry: { action: string; entity: string; before: unknown; after: unknown }) {
  const { title, lines } = describeAuditEntry(entry);
  const created = entry.action === "CREATE" || entry.action === "IMPORT";
  return (
    <div>
      <p>{title}</p>
      {lines.length > 0 ? (
        <ul className="mt-1 text-muted">
          {lines.map((l) => (
            <li key={l.field}>
              {l.label}:{" "}
              {created ? (
                l.after
              ) : (
                <>
                  <del>{l.before || "leeg"}</del> → <ins className="no-underline">{l.after || "leeg"}</ins>
                </>
              )}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
