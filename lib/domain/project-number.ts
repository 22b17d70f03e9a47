/**
 * Two kinds of project numbers: WIR-nnnn for the projects of WIR's national portfolio (kept as
 * imported, so reports and earlier exports still match), RT-nnnn for a project registered in
 * Regiotafel itself (given when it is first saved). Both stay for the life of the project.
 */
export type ProjectNumberKind = "wir" | "regiotafel" | "other";

export function projectNumberKind(wirNumber: string): ProjectNumberKind {
  if (/^WIR-\d+$/i.test(wirNumber)) return "wir";
  if (/^RT-\d+$/i.test(wirNumber)) return "regiotafel";
  return "other";
}

/** A sentence for the reader about where the number comes from; null for the usual WIR number. */
export function projectNumberNote(wirNumber: string): string | null {
  return projectNumberKind(wirNumber) === "regiotafel"
    ? `${wirNumber} is het registratienummer dat Regiotafel geeft aan een project dat hier is aangemeld. Projecten uit de landelijke portefeuille van WIR houden hun WIR-nummer; beide nummers blijven altijd gelijk.`
    : null;
}

/** Shown where a new project is registered. */
export const NEW_PROJECT_NUMBER_NOTE =
  "Bij het eerste opslaan krijgt het project een registratienummer RT-nnnn. Projecten uit de landelijke portefeuille van WIR hebben een WIR-nummer; beide soorten nummers blijven voor altijd gelijk.";
