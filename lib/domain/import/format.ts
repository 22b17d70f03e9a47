/**
 * The portfolio exchange format (docs/import-format.md): one workbook with the sheets below, or the
 * same sheets as CSV files. Sheet and column names are Dutch; the order here is the order of the
 * template and of every export. The results sheets (indicators, measurements, traject; issue 14)
 * may be left out of a workbook.
 *
 * Headers are the fields' labels from lib/domain/fields.ts (`fileHeader`: the label, or the
 * file's own header where the two differ); the aliases are what else users write.
 */
import { JUDGEMENT_FIELDS, OTHER_FIELDS, PROJECT_FIELDS, fileHeader } from "../fields";
import { FUNDING_DECISION, INDICATOR_DIRECTION, INDICATOR_UNIT, TRAJECT_STAGE } from "../results/enums";

const P = PROJECT_FIELDS;
const O = OTHER_FIELDS.Organisation;
const S = OTHER_FIELDS.RegionScore;

export type SheetKey = "organisations" | "projects" | "records" | "scores" | "indicators" | "measurements" | "traject";

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
  name: { header: fileHeader(O.name), aliases: ["Organisatie", "Organisatienaam"], required: true, help: "Naam van de organisatie, uniek in het bestand.", example: "Zorggroep Scheldeoever" },
  type: { header: fileHeader(O.type), aliases: ["Type"], required: true, help: "Zorgaanbieder, Onderwijs, Gemeente, Werkgeversorganisatie, Kennisinstituut of Overig.", example: "Zorgaanbieder" },
  city: { header: fileHeader(O.city), required: false, help: "Vestigingsplaats.", example: "Middelburg" },
} as const satisfies Record<string, ColumnDef>;

export const PROJECT_COLUMNS = {
  wirNumber: { header: fileHeader(P.wirNumber), aliases: ["WIR nummer", "WIRnummer", "Projectnummer"], required: true, help: "Vaste referentie van het project; uniek. Een bekend nummer werkt het project bij, een nieuw nummer maakt het aan.", example: "WIR-0001" },
  title: { header: fileHeader(P.title), aliases: ["Projecttitel", "Projectnaam"], required: true, help: "Naam van het project.", example: "Samen opleiden in de wijk" },
  region: { header: fileHeader(P.region), aliases: ["(Sub)regio", "Subregio", "Zorgkantoorregio"], required: true, help: "Een van de 34 (sub)regio's, met naam of code.", example: "Zeeland" },
  hoofdrubriek: { header: fileHeader(P.hoofdrubriek), aliases: ["Rubriek", "Thema"], required: true, help: "Een van de 11 hoofdrubrieken (evaluatiekader 2018).", example: "Technologie" },
  themes: { header: fileHeader(P.themes), aliases: ["Kwaliteitskader thema's", "Kwaliteitskaderthemas", "Thema's kwaliteitskader"], required: false, help: "Thema's uit het Kwaliteitskader, gescheiden door puntkomma's.", example: "Wonen en welzijn; Veiligheid" },
  leadOrganisation: { header: fileHeader(P.leadOrganisation), aliases: ["Penvoerder", "Trekker"], required: false, help: "Naam van de trekkende organisatie; moet op het blad Organisaties staan of al bekend zijn.", example: "Zorggroep Scheldeoever" },
  partners: { header: fileHeader(P.partners), aliases: ["Partnerorganisaties", "Deelnemende organisaties"], required: false, help: "Namen van deelnemende organisaties, gescheiden door puntkomma's; elk moet bekend zijn.", example: "Stichting Hofzicht; ROC Zorgcollege" },
  startDate: { header: fileHeader(P.startDate), aliases: ["Start", "Begindatum"], required: false, help: "Datum (dd-mm-jjjj of jjjj-mm-dd) of maand (\"maart 2020\", \"mrt-20\": de eerste van de maand).", example: "01-09-2019" },
  endDate: { header: fileHeader(P.endDate), aliases: ["Eind", "Geplande einddatum"], required: false, help: "(Geplande) einddatum, zelfde notatie als de startdatum; niet voor de startdatum.", example: "31-12-2021" },
  budgetEuros: { header: fileHeader(P.budgetEuros), aliases: ["Budget", "Budget ontwikkelgelden", "Bedrag"], required: false, help: "Bijdrage uit ontwikkelgelden/transitiemiddelen in hele euro's.", example: "45000" },
  goal: { header: fileHeader(P.goal), aliases: ["Doel | waarom dit project"], required: false, help: "Waarom dit project.", example: "Meer leerplekken in de regio." },
  description: { header: fileHeader(P.description), aliases: ["Beschrijving | wat en hoe", "Aanpak"], required: false, help: "Wat en hoe.", example: "Vier organisaties delen één leerafdeling." },
  results: { header: fileHeader(P.results), required: false, help: "Wat het project tot nu toe heeft bereikt.", example: "Twintig studenten per jaar." },
  deliveredProducts: { header: fileHeader(P.deliveredProducts), aliases: ["Opgeleverde resultaten", "Producten"], required: false, help: "Bijvoorbeeld een handboek, een instrument of een film.", example: "Handboek leerafdeling" },
  lessonsLearned: { header: fileHeader(P.lessonsLearned), aliases: ["Lessen"], required: false, help: "Wat anderen ervan kunnen leren.", example: "Begin klein." },
  contactName: { header: fileHeader(P.contactName), aliases: ["Contact"], required: false, help: "Naam van de contactpersoon.", example: "Anna de Vries" },
  contactEmail: { header: fileHeader(P.contactEmail), aliases: ["E-mail", "Contact e-mail", "E-mailadres"], required: false, help: "E-mailadres van de contactpersoon.", example: "a.devries@voorbeeld.nl" },
  contactPhone: { header: fileHeader(P.contactPhone), aliases: ["Telefoon", "Contact telefoon"], required: false, help: "Telefoonnummer van de contactpersoon.", example: "0118 123 456" },
  leaders: { header: fileHeader(P.leaders), aliases: ["Projectleider", "Projectleiders (e-mail)"], required: false, help: "E-mailadressen van Regiotafel-gebruikers die het project leiden, gescheiden door puntkomma's. Leeg = geen; kolom weglaten = ongewijzigd.", example: "projectleider@regiotafel.demo" },
  isPublic: { header: fileHeader(P.isPublic), aliases: ["Gepubliceerd"], required: false, help: "Ja of Nee: projectkaart zichtbaar voor alle gebruikers. Standaard Nee.", example: "Ja" },
  isShowcase: { header: fileHeader(P.isShowcase), aliases: ["Voorbeeld", "Bijlage 2"], required: false, help: "Ja of Nee: het voorbeeldproject van de regio in bijlage 2 van de rapportage. Standaard Nee.", example: "Nee" },
  lifecycle: { header: fileHeader(P.lifecycle), aliases: ["Registratiestatus"], required: false, help: "Concept, Actief of Gearchiveerd. Standaard Actief.", example: "Actief" },
} as const satisfies Record<string, ColumnDef>;

export const RECORD_COLUMNS = {
  wirNumber: PROJECT_COLUMNS.wirNumber,
  period: { header: fileHeader(JUDGEMENT_FIELDS.period), aliases: ["Peildatum", "Rapportageperiode"], required: true, help: "Rapportageperiode, bijv. \"oktober 2020\", \"okt-20\" of \"2020-10\"; moet in Regiotafel bestaan.", example: "oktober 2020" },
  status: { header: fileHeader(JUDGEMENT_FIELDS.status), aliases: ["Status"], required: false, help: "Afgerond en niet succesvol verlopen; Afgerond en succesvol verlopen; Lopend; Nog niet gestart; Vroegtijdig gestopt of helemaal niet gestart.", example: "Lopend" },
  impact: { header: fileHeader(JUDGEMENT_FIELDS.impact), aliases: ["Impact"], required: false, help: "Een van de zeven waarden van de mate van impact (schaal × betekenis, of Nog onbekend).", example: "Op gemiddelde schaal met veel betekenis" },
  sharing: { header: fileHeader(JUDGEMENT_FIELDS.sharing), aliases: ["Delen resultaten", "Resultaten delen"], required: false, help: "Nee, geen resultaten te delen; Nee, werk in uitvoering, wel in de nabije toekomst; Ja, vanwege meerdere redenen; Nog onbekend.", example: "Ja, vanwege meerdere redenen" },
  scalability: { header: fileHeader(JUDGEMENT_FIELDS.scalability), aliases: ["Opschalen"], required: false, help: "Niet zinvol om op te schalen; Nee, is nog niet zinvol; Ja, alleen in deze regio; Ja naar enkele andere regio's; Ja, landelijk opschaalbaar.", example: "Ja, landelijk opschaalbaar" },
  careOrgCount: { header: fileHeader(JUDGEMENT_FIELDS.careOrgCount), aliases: ["Aantal betrokken zorgorganisaties", "Aantal organisaties"], required: false, help: "Aantal betrokken zorgorganisaties op de peildatum (heel getal, 1 of meer). Leeg = onbekend.", example: "6" },
  note: { header: fileHeader(JUDGEMENT_FIELDS.note), aliases: ["Opmerking", "Notitie"], required: false, help: "Toelichting bij het oordeel.", example: "" },
} as const satisfies Record<string, ColumnDef>;

export const SCORE_COLUMNS = {
  region: PROJECT_COLUMNS.region,
  period: RECORD_COLUMNS.period,
  agreements: { header: fileHeader(S.agreements), aliases: ["Afspraken", "Convenanten", "Afspraken en convenanten"], required: false, help: "Fase 1–4: een getal, \"Fase 4\" of de naam van de fase (Implementatiefase).", example: "4" },
  dynamics: { header: fileHeader(S.dynamics), aliases: ["Dynamiek", "Ontwikkelfase"], required: false, help: "Fase 1–4: een getal of de naam van de fase (Samenwerking vanuit visie).", example: "3" },
  vision: { header: fileHeader(S.vision), aliases: ["Regiovisie", "Stip op de horizon"], required: false, help: "Fase 1–5: een getal of de naam van de fase (Strategische keuzes).", example: "5" },
  note: RECORD_COLUMNS.note,
} as const satisfies Record<string, ColumnDef>;

const labels = (e: { options: readonly { label: string }[] }) => e.options.map((o) => o.label).join(", ");
/** On the results sheets a project must exist already (on the Projecten sheet or in Regiotafel). */
const projectRef = { ...PROJECT_COLUMNS.wirNumber, help: "Het project: op het blad Projecten of al in Regiotafel." };

export const INDICATOR_COLUMNS = {
  wirNumber: projectRef,
  indicator: { header: "Indicator", aliases: ["Indicatorcode", "Code indicator"], required: true, help: "Code van een standaardindicator uit de bibliotheek (Beheer → Indicatoren, bijv. VERZUIM of CLIENTTEVREDENHEID), of van een eigen indicator van het project: EIGEN-, het WIR-nummer en een volgnummer (bijv. EIGEN-WIR-0001-1).", example: "CLIENTTEVREDENHEID" },
  ownName: { header: "Naam eigen indicator", aliases: ["Naam indicator"], required: false, help: "Alleen bij een eigen indicator (EIGEN-…): de naam; verplicht als de indicator nieuw is. Bij een standaardindicator leeg laten.", example: "" },
  ownDefinition: { header: "Definitie eigen indicator", required: false, help: "Alleen bij een eigen indicator: wat er precies wordt gemeten.", example: "" },
  ownUnit: { header: "Eenheid", required: false, help: `Alleen bij een eigen indicator, verplicht als hij nieuw is: ${labels(INDICATOR_UNIT)}. Verandert niet meer.`, example: "" },
  ownDirection: { header: "Richting", required: false, help: `Alleen bij een eigen indicator, verplicht als hij nieuw is: ${labels(INDICATOR_DIRECTION)}.`, example: "" },
  baselineValue: { header: "Nulmeting", aliases: ["Beginwaarde", "Baseline"], required: false, help: "Waarde bij de nulmeting in de eenheid van de indicator (7,3 of 7.3; 1500 zonder punt; percentage 0–100, rapportcijfer 1–10).", example: "7,0" },
  baselineDate: { header: "Datum nulmeting", required: false, help: "Verplicht bij een nulmeting; zelfde notatie als de startdatum.", example: "01-03-2020" },
  baselineMethod: { header: "Hoe gemeten", aliases: ["Meetmethode"], required: false, help: "Hoe de nulmeting is gedaan (bron, instrument, groep).", example: "Cliëntenraadpleging onder 120 bewoners" },
  targetValue: { header: "Streefwaarde", aliases: ["Doelwaarde", "Target"], required: false, help: "De waarde die het project wil bereiken, in de eenheid van de indicator.", example: "7,5" },
  targetDate: { header: "Streefdatum", required: false, help: "Verplicht bij een streefwaarde; na de datum van de nulmeting.", example: "31-12-2021" },
} as const satisfies Record<string, ColumnDef>;

export const MEASUREMENT_COLUMNS = {
  wirNumber: projectRef,
  indicator: { ...INDICATOR_COLUMNS.indicator, help: "Code van een indicator die het project meet: op het blad Indicatoren of al in Regiotafel." },
  period: RECORD_COLUMNS.period,
  value: { header: "Meetwaarde", aliases: ["Waarde", "Meting"], required: true, help: "De gemeten waarde in de eenheid van de indicator (7,3 of 7.3; 1500 zonder punt, want 1.500 wordt geweigerd). Niet in een periode die nog niet geopend is.", example: "7,3" },
  note: { header: "Toelichting", aliases: ["Opmerking", "Notitie"], required: false, help: "Toelichting bij de meting.", example: "" },
} as const satisfies Record<string, ColumnDef>;

export const TRAJECT_COLUMNS = {
  wirNumber: projectRef,
  stage: { header: "Fase", aliases: ["Trajectfase", "Stap"], required: true, help: `Een fase van het traject: ${labels(TRAJECT_STAGE)}. Eén regel per fase.`, example: "Plan van aanpak" },
  date: { header: "Datum", aliases: ["Begindatum fase", "Datum besluit"], required: true, help: "Wanneer de fase begon (bij het financieringsbesluit: de datum van het besluit).", example: "01-09-2019" },
  note: { header: "Toelichting", aliases: ["Opmerking", "Notitie"], required: false, help: "Toelichting bij de fase (bij Borging: hoe het resultaat blijft na de financiering).", example: "" },
  fundingDecision: { header: "Financieringsbesluit", aliases: ["Besluit"], required: false, help: `Alleen bij de fase Financieringsbesluit zorgkantoor, en dan verplicht: ${labels(FUNDING_DECISION)}.`, example: "" },
  fundingAmountEuros: { header: "Toegekend bedrag (euro)", aliases: ["Toegekend bedrag", "Bedrag besluit"], required: false, help: "Alleen bij een (gedeeltelijk) toegekend financieringsbesluit, en dan verplicht: hele euro's.", example: "" },
} as const satisfies Record<string, ColumnDef>;

export const SHEETS: Readonly<Record<SheetKey, SheetDef>> = {
  organisations: { key: "organisations", name: "Organisaties", fileName: "organisaties", aliases: ["Organisatie"], columns: ORGANISATION_COLUMNS },
  projects: { key: "projects", name: "Projecten", fileName: "projecten", aliases: ["Project", "Projectenlijst"], columns: PROJECT_COLUMNS },
  records: { key: "records", name: "Periodegegevens", fileName: "periodegegevens", aliases: ["Beoordelingen", "Oordelen", "Per periode"], columns: RECORD_COLUMNS },
  scores: { key: "scores", name: "Regioscores", fileName: "regioscores", aliases: ["Regio's", "Regioscore", "Processcores"], columns: SCORE_COLUMNS },
  indicators: { key: "indicators", name: "Indicatoren", fileName: "indicatoren", aliases: ["Indicator", "Nulmetingen en streefwaarden"], columns: INDICATOR_COLUMNS },
  measurements: { key: "measurements", name: "Metingen", fileName: "metingen", aliases: ["Meting", "Meetwaarden"], columns: MEASUREMENT_COLUMNS },
  traject: { key: "traject", name: "Traject", fileName: "traject", aliases: ["Trajecten", "Trajectfasen", "Fasen"], columns: TRAJECT_COLUMNS },
};

/** Order of sheets in the workbook. Organisations first: projects refer to them; indicators before their measurements. */
export const SHEET_ORDER: readonly SheetKey[] = ["organisations", "projects", "records", "scores", "indicators", "measurements", "traject"];

/** Sheets a workbook must hold (the results sheets came later and may be absent). */
export const WORKBOOK_SHEETS: readonly SheetKey[] = ["organisations", "projects", "records", "scores"];

/** Sheets that must be present in a workbook upload (a CSV upload may bring any subset). */
export const REQUIRED_SHEETS: readonly SheetKey[] = ["projects"];

/** Largest file accepted from the UI and the command line (bytes). */
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;

/**
 * What an upload may hold once unpacked and parsed (docs/import-format.md, "Grenzen"). A file
 * over any of them is refused with a Dutch message before anything is validated or written.
 * The unpacked size bounds the memory the XLSX reader can need; a 31,800-project workbook
 * unpacks to about 60 MB.
 */
export type ImportLimits = {
  /** size of the uploaded file */
  bytes: number;
  /** total size of the files inside an XLSX (zip) once decompressed */
  unpackedBytes: number;
  /** number of files inside an XLSX */
  zipEntries: number;
  sheets: number;
  /** rows per sheet, header included */
  rows: number;
  columns: number;
  /** characters in one cell (Excel's own limit is 32,767) */
  cellChars: number;
};

export const IMPORT_LIMITS: ImportLimits = {
  bytes: MAX_IMPORT_BYTES,
  unpackedBytes: 100 * 1024 * 1024,
  zipEntries: 500,
  sheets: 12,
  rows: 200_000,
  columns: 80,
  cellChars: 32_767,
};

/** For the command line (an operator's own files), the demo seed and the benchmarks. */
export const COMMAND_LINE_LIMITS: ImportLimits = {
  ...IMPORT_LIMITS,
  bytes: 1024 ** 3,
  unpackedBytes: 4 * 1024 ** 3,
  rows: 2_000_000,
};

/** Values separated within one cell (themes, partners, leaders). */
export const LIST_SEPARATOR = ";";

export const YES_NO = { yes: "Ja", no: "Nee" } as const;
