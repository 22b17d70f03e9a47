import { describe, expect, it } from "vitest";
import { SHEETS, WORKBOOK_SHEETS } from "./format";
import { JUDGEMENT_FIELDS, PROJECT_FIELDS, fileHeader } from "../fields";

/**
 * The headers (first) and aliases every import accepts, as docs/import-format.md documents them.
 * The headers are read from lib/domain/fields.ts; this list is frozen so that moving or renaming a
 * label there can never change what an existing file may contain.
 */
const ACCEPTED: Record<string, string[][]> = {
  "Organisaties": [
    ["Naam", "Organisatie", "Organisatienaam"],
    ["Soort", "Type"],
    ["Plaats"],
  ],
  "Projecten": [
    ["WIR-nummer", "WIR nummer", "WIRnummer", "Projectnummer"],
    ["Titel", "Projecttitel", "Projectnaam"],
    ["Regio", "(Sub)regio", "Subregio", "Zorgkantoorregio"],
    ["Hoofdrubriek", "Rubriek", "Thema"],
    ["Kwaliteitskaderthema's", "Kwaliteitskader thema's", "Kwaliteitskaderthemas", "Thema's kwaliteitskader"],
    ["Kartrekker", "Penvoerder", "Trekker"],
    ["Partners", "Partnerorganisaties", "Deelnemende organisaties"],
    ["Startdatum", "Start", "Begindatum"],
    ["Einddatum", "Eind", "Geplande einddatum"],
    ["Budget (euro)", "Budget", "Budget ontwikkelgelden", "Bedrag"],
    ["Doel", "Doel | waarom dit project"],
    ["Beschrijving", "Beschrijving | wat en hoe", "Aanpak"],
    ["Resultaten"],
    ["Opgeleverde producten", "Opgeleverde resultaten", "Producten"],
    ["Geleerde lessen", "Lessen"],
    ["Contactpersoon", "Contact"],
    ["E-mail contactpersoon", "E-mail", "Contact e-mail", "E-mailadres"],
    ["Telefoon contactpersoon", "Telefoon", "Contact telefoon"],
    ["Projectleiders", "Projectleider", "Projectleiders (e-mail)"],
    ["Openbaar", "Gepubliceerd"],
    ["Voorbeeldproject", "Voorbeeld", "Bijlage 2"],
    ["Registratie", "Registratiestatus"],
  ],
  "Periodegegevens": [
    ["WIR-nummer", "WIR nummer", "WIRnummer", "Projectnummer"],
    ["Periode", "Peildatum", "Rapportageperiode"],
    ["Projectstatus", "Status"],
    ["Mate van impact", "Impact"],
    ["Delen van resultaten", "Delen resultaten", "Resultaten delen"],
    ["Opschaalbaarheid", "Opschalen"],
    ["Aantal zorgorganisaties", "Aantal betrokken zorgorganisaties", "Aantal organisaties"],
    ["Toelichting", "Opmerking", "Notitie"],
  ],
  "Regioscores": [
    ["Regio", "(Sub)regio", "Subregio", "Zorgkantoorregio"],
    ["Periode", "Peildatum", "Rapportageperiode"],
    ["Afspraken / convenanten", "Afspraken", "Convenanten", "Afspraken en convenanten"],
    ["Samenwerkingsdynamiek", "Dynamiek", "Ontwikkelfase"],
    ["Regiovisie / stip op de horizon", "Regiovisie", "Stip op de horizon"],
    ["Toelichting", "Opmerking", "Notitie"],
  ],
};

describe("exchange-file headers", () => {
  it("accept exactly the documented headers and aliases", () => {
    const now = Object.fromEntries(WORKBOOK_SHEETS.map((k) => [SHEETS[k].name, Object.values(SHEETS[k].columns).map((c) => [c.header, ...(c.aliases ?? [])])]));
    expect(now).toEqual(ACCEPTED);
  });

  it("are the field labels of lib/domain/fields.ts", () => {
    expect(SHEETS.projects.columns.wirNumber.header).toBe(PROJECT_FIELDS.wirNumber.label);
    expect(SHEETS.projects.columns.title.header).toBe(PROJECT_FIELDS.title.label);
    expect(SHEETS.projects.columns.region.header).toBe(fileHeader(PROJECT_FIELDS.region));
    expect(SHEETS.records.columns.status.header).toBe(JUDGEMENT_FIELDS.status.label);
    // where the file's header is not the screen label, the label is still an accepted alias or documented
    expect(SHEETS.projects.columns.region.aliases).toContain(PROJECT_FIELDS.region.label);
  });
});
