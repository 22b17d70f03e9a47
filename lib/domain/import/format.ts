/**
 * The portfolio exchange format (docs/import-format.md): one workbook with four sheets, or the same
 * four sheets as CSV files. Sheet and column names are Dutch; the order here is the order of the
 * template and of every export.
 */

export type SheetKey = "organisations" | "projects" | "records" | "scores";

export type ColumnDef = {
  /** the header as written in the template and exports */
  header: string;
  /** other headers users write for this column */
  aliases?: readonly string[];
  required: boolean;
  /** one line for the template's help sheet and docs/import-format.md */
  help: string;
  example: string;
};

export type SheetDef = {
  key: SheetKey;
  /** sheet name in the workbook; CSV files are named `<fileName>.csv` */
  name: string;
  fileName: string;
  aliases: readonly string[];
  columns: Readonly<Record<string, ColumnDef>>;
};

export const ORGANISATION_COLUMNS = {
  name: { header: "Naam", aliases: ["Organisatie", "Organisatienaam"], required: true, help: "Naam van de organisatie, uniek in het bestand.", example: "Zorggroep Scheldeoever" },
  type: { header: "Soort", aliases: ["Type"], required: true, help: "Zorgaanbieder, Onderwijs, Gemeente, Werkgeversorganisatie, Kennisinstituut of Overig.", example: "Zorgaanbieder" },
  city: { header: "Plaats", required: false, help: "Vestigingsplaats.", example: "Middelburg" },
} as const satisfies Record<string, ColumnDef>;

export const PROJECT_COLUMNS = {
  wirNumber: { header: "WIR-nummer", aliases: ["WIR nummer", "WIRnummer", "Projectnummer"], required: true, help: "Vaste referentie van het project; uniek. Een bekend nummer werkt het project bij, een nieuw nummer maakt het aan.", example: "WIR-0001" },
  title: { header: "Titel", aliases: ["Projecttitel", "Projectnaam"], required: true, help: "Naam van het project.", example: "Samen opleiden in de wijk" },
  region: { header: "Regio", aliases: ["(Sub)regio", "Subregio", "Zorgkantoorregio"], required: true, help: "Een van de 34 (sub)regio's, met naam of code.", example: "Zeeland" },
  hoofdrubriek: { header: "Hoofdrubriek", aliases: ["Rubriek", "Thema"], required: true, help: "Een van de 11 hoofdrubrieken (evaluatiekader 2018).", example: "Technologie" },
  themes: { header: "Kwaliteitskaderthema's", aliases: ["Kwaliteitskader thema's", "Kwaliteitskaderthemas", "Thema's kwaliteitskader"], required: false, help: "Thema's uit het Kwaliteitskader, gescheiden door puntkomma's.", example: "Wonen en welzijn; Veiligheid" },
  leadOrganisation: { header: "Kartrekker", aliases: ["Penvoerder", "Trekker"], required: false, help: "Naam van de trekkende organisatie; moet op het blad Organisaties staan of al bekend zijn.", example: "Zorggroep Scheldeoever" },
  partners: { header: "Partners", aliases: ["Partnerorganisaties", "Deelnemende organisaties"], required: false, help: "Namen van deelnemende organisaties, gescheiden door puntkomma's; elk moet bekend zijn.", example: "Stichting Hofzicht; ROC Zorgcollege" },
  startDate: { header: "Startdatum", aliases: ["Start", "Begindatum"], required: false, help: "Datum (dd-mm-jjjj of jjjj-mm-dd) of maand (\"maart 2020\", \"mrt-20\": de eerste van de maand).", example: "01-09-2019" },
  endDate: { header: "Einddatum", aliases: ["Eind", "Geplande einddatum"], required: false, help: "(Geplande) einddatum, zelfde notatie als de startdatum; niet voor de startdatum.", example: "31-12-2021" },
  budgetEuros: { header: "Budget (euro)", aliases: ["Budget", "Budget ontwikkelgelden", "Bedrag"], required: false, help: "Bijdrage uit ontwikkelgelden/transitiemiddelen in hele euro's.", example: "45000" },
  goal: { header: "Doel", aliases: ["Doel | waarom dit project"], required: false, help: "Waarom dit project.", example: "Meer leerplekken in de regio." },
  description: { header: "Beschrijving", aliases: ["Beschrijving | wat en hoe", "Aanpak"], required: false, help: "Wat en hoe.", example: "Vier organisaties delen één leerafdeling." },
  results: { header: "Resultaten", required: false, help: "Wat het project tot nu toe heeft bereikt.", example: "Twintig studenten per jaar." },
  deliveredProducts: { header: "Opgeleverde producten", aliases: ["Opgeleverde resultaten", "Producten"], required: false, help: "Bijvoorbeeld een handboek, een instrument of een film.", example: "Handboek leerafdeling" },
  lessonsLearned: { header: "Geleerde lessen", aliases: ["Lessen"], required: false, help: "Wat anderen ervan kunnen leren.", example: "Begin klein." },
  contactName: { header: "Contactpersoon", aliases: ["Contact"], required: false, help: "Naam van de contactpersoon.", example: "Anna de Vries" },
  contactEmail: { header: "E-mail contactpersoon", aliases: ["E-mail", "Contact e-mail", "E-mailadres"], required: false, help: "E-mailadres van de contactpersoon.", example: "a.devries@voorbeeld.nl" },
  contactPhone: { header: "Telefoon contactpersoon", aliases: ["Telefoon", "Contact telefoon"], required: false, help: "Telefoonnummer van de contactpersoon.", example: "0118 123 456" },
  leaders: { header: "Projectleiders", aliases: ["Projectleider", "Projectleiders (e-mail)"], required: false, help: "E-mailadressen van Regiotafel-gebruikers die het project leiden, gescheiden door puntkomma's. Leeg = geen; kolom weglaten = ongewijzigd.", example: "projectleider@regiotafel.demo" },
  isPublic: { header: "Openbaar", aliases: ["Gepubliceerd"], required: false, help: "Ja of Nee: projectkaart zichtbaar voor alle gebruikers. Standaard Nee.", example: "Ja" },
  isShowcase: { header: "Voorbeeldproject", aliases: ["Voorbeeld", "Bijlage 2"], required: false, help: "Ja of Nee: het voorbeeldproject van de regio in bijlage 2 van de rapportage. Standaard Nee.", example: "Nee" },
  lifecycle: { header: "Registratie", aliases: ["Registratiestatus"], required: false, help: "Concept, Actief of Gearchiveerd. Standaard Actief.", example: "Actief" },
} as const satisfies Record<string, ColumnDef>;

export const RECORD_COLUMNS = {
  wirNumber: PROJECT_COLUMNS.wirNumber,
  period: { header: "Periode", aliases: ["Peildatum", "Rapportageperiode"], required: true, help: "Rapportageperiode, bijv. \"oktober 2020\", \"okt-20\" of \"2020-10\"; moet in Regiotafel bestaan.", example: "oktober 2020" },
  status: { header: "Projectstatus", aliases: ["Status"], required: false, help: "Afgerond en niet succesvol verlopen; Afgerond en succesvol verlopen; Lopend; Nog niet gestart; Vroegtijdig gestopt of helemaal niet gestart.", example: "Lopend" },
  impact: { header: "Mate van impact", aliases: ["Impact"], required: false, help: "Een van de zeven waarden van de mate van impact (schaal × betekenis, of Nog onbekend).", example: "Op gemiddelde schaal met veel betekenis" },
  sharing: { header: "Delen van resultaten", aliases: ["Delen resultaten", "Resultaten delen"], required: false, help: "Nee, geen resultaten te delen; Nee, werk in uitvoering, wel in de nabije toekomst; Ja, vanwege meerdere redenen; Nog onbekend.", example: "Ja, vanwege meerdere redenen" },
  scalability: { header: "Opschaalbaarheid", aliases: ["Opschalen"], required: false, help: "Niet zinvol om op te schalen; Nee, is nog niet zinvol; Ja, alleen in deze regio; Ja naar enkele andere regio's; Ja, landelijk opschaalbaar.", example: "Ja, landelijk opschaalbaar" },
  careOrgCount: { header: "Aantal zorgorganisaties", aliases: ["Aantal betrokken zorgorganisaties", "Aantal organisaties"], required: false, help: "Aantal betrokken zorgorganisaties op de peildatum (heel getal, 1 of meer). Leeg = onbekend.", example: "6" },
  note: { header: "Toelichting", aliases: ["Opmerking", "Notitie"], required: false, help: "Toelichting bij het oordeel.", example: "" },
} as const satisfies Record<string, ColumnDef>;

export const SCORE_COLUMNS = {
  region: PROJECT_COLUMNS.region,
  period: RECORD_COLUMNS.period,
  agreements: { header: "Afspraken / convenanten", aliases: ["Afspraken", "Convenanten", "Afspraken en convenanten"], required: false, help: "Fase 1–4: een getal, \"Fase 4\" of de naam van de fase (Implementatiefase).", example: "4" },
  dynamics: { header: "Samenwerkingsdynamiek", aliases: ["Dynamiek", "Ontwikkelfase"], required: false, help: "Fase 1–4: een getal of de naam van de fase (Samenwerking vanuit visie).", example: "3" },
  vision: { header: "Regiovisie / stip op de horizon", aliases: ["Regiovisie", "Stip op de horizon"], required: false, help: "Fase 1–5: een getal of de naam van de fase (Strategische keuzes).", example: "5" },
  note: RECORD_COLUMNS.note,
} as const satisfies Record<string, ColumnDef>;

export const SHEETS: Readonly<Record<SheetKey, SheetDef>> = {
  organisations: { key: "organisations", name: "Organisaties", fileName: "organisaties", aliases: ["Organisatie"], columns: ORGANISATION_COLUMNS },
  projects: { key: "projects", name: "Projecten", fileName: "projecten", aliases: ["Project", "Projectenlijst"], columns: PROJECT_COLUMNS },
  records: { key: "records", name: "Periodegegevens", fileName: "periodegegevens", aliases: ["Beoordelingen", "Oordelen", "Per periode"], columns: RECORD_COLUMNS },
  scores: { key: "scores", name: "Regioscores", fileName: "regioscores", aliases: ["Regio's", "Regioscore", "Processcores"], columns: SCORE_COLUMNS },
};

/** Order of sheets in the workbook. Organisations first: projects refer to them. */
export const SHEET_ORDER: readonly SheetKey[] = ["organisations", "projects", "records", "scores"];

/** Sheets that must be present in a workbook upload (a CSV upload may bring any subset). */
export const REQUIRED_SHEETS: readonly SheetKey[] = ["projects"];

/** Largest file accepted from the UI and the command line (bytes). */
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;

/** Values separated within one cell (themes, partners, leaders). */
export const LIST_SEPARATOR = ";";

export const YES_NO = { yes: "Ja", no: "Nee" } as const;
