const ENTITY_LABEL: Record<string, string> = {
  Project: "Projectkaart",
  ProjectAssessment: "Beoordeling",
  ProgressUpdate: "Voortgangsupdate",
  RegionScore: "Regioscore",
  ReportingPeriod: "Rapportageperiode",
  Organisation: "Organisatie",
  User: "Gebruiker",
};
const ACTION_LABEL: Record<string, string> = {
  CREATE: "aangemaakt",
  UPDATE: "gewijzigd",
  DELETE: "verwijderd",
  IMPORT: "geïmporteerd",
  SIGN_IN: "ingelogd",
};

function show(value: unknown): string {
  if (value == null || value === "") return "—";
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}

/** One audit entry: what was done and, per field, the old and new value (as text, never HTML). */
export function AuditChanges({ action, entity, before, after }: { action: string; entity: string; before: unknown; after: unknown }) {
  const b = (before ?? {}) as Record<string, unknown>;
  const a = (after ?? {}) as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])];
  return (
    <div>
      <p>
        {ENTITY_LABEL[entity] ?? entity} {ACTION_LABEL[action] ?? action}
      </p>
      {keys.length > 0 && action !== "CREATE" ? (
        <ul className="mt-1 text-muted">
          {keys.map((k) => (
            <li key={k}>
              {k}: <del>{show(b[k])}</del> → <ins className="no-underline">{show(a[k])}</ins>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
