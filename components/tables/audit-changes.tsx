import { PROJECT_LIFECYCLE, PROJECT_STATUS, UPDATE_STATE } from "@/lib/domain/enums";

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

/** Dutch names of the fields the history shows; unknown fields keep their code name. */
const FIELD_LABEL: Record<string, string> = {
  title: "Titel",
  region: "(Sub)regio",
  hoofdrubriek: "Hoofdrubriek",
  themes: "Kwaliteitskader-thema's",
  goal: "Doel",
  description: "Beschrijving",
  results: "Resultaten",
  deliveredProducts: "Opgeleverde resultaten",
  lessonsLearned: "Geleerde lessen",
  leadOrganisation: "Kartrekker",
  partners: "Partners",
  startDate: "Startdatum",
  endDate: "Einddatum",
  budgetEuros: "Budget",
  isPublic: "Gepubliceerd",
  lifecycle: "Fase",
  contacts: "Contactpersonen",
  links: "Links",
  state: "Stand",
  status: "Projectstatus",
  progress: "Voortgang",
  resultsSoFar: "Resultaten tot nu toe",
  nextSteps: "Volgende stappen",
  risks: "Risico's",
  careOrgCount: "Betrokken zorgorganisaties",
  returnComment: "Opmerking bij terugsturen",
  comment: "Opmerking",
};

/** Code values shown with their Dutch label. */
function showValue(key: string, value: unknown): string {
  if (key === "lifecycle" && PROJECT_LIFECYCLE.is(value)) return PROJECT_LIFECYCLE.label(value);
  if (key === "state" && UPDATE_STATE.is(value)) return UPDATE_STATE.label(value);
  if (key === "status" && PROJECT_STATUS.is(value)) return PROJECT_STATUS.label(value);
  if (typeof value === "boolean") return value ? "ja" : "nee";
  return show(value);
}

function show(value: unknown): string {
  if (Array.isArray(value)) return value.length ? value.map((v) => (typeof v === "string" ? v : JSON.stringify(v))).join("; ") : "—";
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
              {FIELD_LABEL[k] ?? k}: <del>{showValue(k, b[k])}</del> → <ins className="no-underline">{showValue(k, a[k])}</ins>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
