/**
 * Reference data as of 2020–2021 (docs/domain.md): concessiehouders, the 31
 * zorgkantoorregio's with their CBS codes, the 34 (sub)regions WIR tracks, the 11
 * hoofdrubrieken, the 8 kwaliteitskader themes and the reporting periods of the January 2021
 * report. Loaded idempotently by lib/server/reference-data/seed.ts. Order is report order.
 */

export type ConcessiehouderRef = { code: string; name: string; reportOrder: number; supported: boolean };

export const CONCESSIEHOUDERS: readonly ConcessiehouderRef[] = [
  { code: "CZ", name: "CZ", reportOrder: 1, supported: true },
  { code: "ZK-DF", name: "Zilveren Kruis (De Friesland)", reportOrder: 2, supported: true },
  { code: "ENO", name: "ENO", reportOrder: 3, supported: true },
  { code: "MENZIS", name: "Menzis", reportOrder: 4, supported: true },
  { code: "VGZ", name: "VGZ", reportOrder: 5, supported: true },
  { code: "ZK", name: "Zilveren Kruis", reportOrder: 6, supported: true },
  { code: "ZZ", name: "Z&Z", reportOrder: 7, supported: true },
  { code: "DSW", name: "DSW", reportOrder: 8, supported: false },
];

export type ZorgkantoorregioRef = { cbsCode: string; name: string; concessiehouder: string };

/** The 31 zorgkantoorregio's and who held the concession in 2020–2021. */
export const ZORGKANTOORREGIOS: readonly ZorgkantoorregioRef[] = [
  { cbsCode: "ZK01", name: "Amstelland en de Meerlanden", concessiehouder: "ZZ" },
  { cbsCode: "ZK02", name: "Amsterdam", concessiehouder: "ZK" },
  { cbsCode: "ZK03", name: "Apeldoorn/Zutphen", concessiehouder: "ZK" },
  { cbsCode: "ZK04", name: "Arnhem", concessiehouder: "MENZIS" },
  { cbsCode: "ZK06", name: "Drenthe", concessiehouder: "ZK" },
  { cbsCode: "ZK07", name: "Flevoland", concessiehouder: "ZK" },
  { cbsCode: "ZK08", name: "Friesland", concessiehouder: "ZK-DF" },
  { cbsCode: "ZK09", name: "Groningen", concessiehouder: "MENZIS" },
  { cbsCode: "ZK10", name: "Haaglanden", concessiehouder: "CZ" },
  { cbsCode: "ZK11", name: "Kennemerland", concessiehouder: "ZK" },
  { cbsCode: "ZK12", name: "Midden-Brabant", concessiehouder: "VGZ" },
  { cbsCode: "ZK13", name: "Midden-Holland", concessiehouder: "VGZ" },
  { cbsCode: "ZK14", name: "Midden-IJssel", concessiehouder: "ENO" },
  { cbsCode: "ZK16", name: "Nijmegen", concessiehouder: "VGZ" },
  { cbsCode: "ZK17", name: "Noord- en Midden-Limburg", concessiehouder: "VGZ" },
  { cbsCode: "ZK18", name: "Noord-Holland Noord", concessiehouder: "VGZ" },
  { cbsCode: "ZK19", name: "Noordoost-Brabant", concessiehouder: "VGZ" },
  { cbsCode: "ZK20", name: "Rotterdam", concessiehouder: "ZK" },
  { cbsCode: "ZK21", name: "'t Gooi", concessiehouder: "ZK" },
  { cbsCode: "ZK22", name: "Twente", concessiehouder: "MENZIS" },
  { cbsCode: "ZK23", name: "Utrecht", concessiehouder: "ZK" },
  { cbsCode: "ZK24", name: "Waardenland", concessiehouder: "VGZ" },
  { cbsCode: "ZK25", name: "West-Brabant", concessiehouder: "CZ" },
  { cbsCode: "ZK26", name: "Zaanstreek/Waterland", concessiehouder: "ZK" },
  { cbsCode: "ZK27", name: "Zeeland", concessiehouder: "CZ" },
  { cbsCode: "ZK28", name: "Zuid-Holland Noord", concessiehouder: "ZZ" },
  { cbsCode: "ZK29", name: "Zuid-Hollandse Eilanden", concessiehouder: "CZ" },
  { cbsCode: "ZK30", name: "Zuidoost-Brabant", concessiehouder: "CZ" },
  { cbsCode: "ZK31", name: "Zuid-Limburg", concessiehouder: "CZ" },
  { cbsCode: "ZK32", name: "Zwolle", concessiehouder: "ZK" },
  { cbsCode: "ZK33", name: "Westland Schieland Delfland", concessiehouder: "DSW" },
];

/** Date from which the 2020–2021 concession assignments are recorded. */
export const CONCESSION_VALID_FROM = "2018-01-01";

export type RegionRef = { code: string; name: string; cbsCode: string; isSubregion: boolean };

/** The 34 (sub)regions WIR tracks, in the order of Bijlage 1 of the January 2021 report. */
export const REGIONS: readonly RegionRef[] = [
  { code: "zeeland", name: "Zeeland", cbsCode: "ZK27", isSubregion: false },
  { code: "west-brabant", name: "West-Brabant", cbsCode: "ZK25", isSubregion: false },
  { code: "zuid-hollandse-eilanden", name: "Zuid-Hollandse Eilanden", cbsCode: "ZK29", isSubregion: false },
  { code: "haaglanden", name: "Haaglanden", cbsCode: "ZK10", isSubregion: false },
  { code: "zuid-limburg", name: "Zuid-Limburg", cbsCode: "ZK31", isSubregion: false },
  { code: "zuidoost-brabant", name: "Zuidoost-Brabant", cbsCode: "ZK30", isSubregion: false },
  { code: "friesland", name: "Friesland", cbsCode: "ZK08", isSubregion: false },
  { code: "midden-ijssel", name: "Midden-IJssel", cbsCode: "ZK14", isSubregion: false },
  { code: "groningen", name: "Groningen", cbsCode: "ZK09", isSubregion: false },
  { code: "twente", name: "Twente", cbsCode: "ZK22", isSubregion: false },
  { code: "arnhem", name: "Arnhem", cbsCode: "ZK04", isSubregion: true },
  { code: "food-valley", name: "Food Valley", cbsCode: "ZK04", isSubregion: true },
  { code: "achterhoek", name: "Achterhoek", cbsCode: "ZK04", isSubregion: true },
  { code: "waardenland", name: "Waardenland", cbsCode: "ZK24", isSubregion: false },
  { code: "midden-holland", name: "Midden-Holland", cbsCode: "ZK13", isSubregion: false },
  { code: "midden-brabant", name: "Midden-Brabant", cbsCode: "ZK12", isSubregion: false },
  { code: "noordoost-brabant", name: "Noordoost-Brabant", cbsCode: "ZK19", isSubregion: false },
  { code: "noord-holland-noord", name: "Noord-Holland Noord", cbsCode: "ZK18", isSubregion: false },
  { code: "noord-en-midden-limburg", name: "Noord- en Midden-Limburg", cbsCode: "ZK17", isSubregion: false },
  { code: "nijmegen", name: "Nijmegen", cbsCode: "ZK16", isSubregion: true },
  { code: "rivierenland", name: "Rivierenland", cbsCode: "ZK16", isSubregion: true },
  { code: "amstelland-meerlanden", name: "Amstelland en de Meerlanden", cbsCode: "ZK01", isSubregion: false },
  { code: "zuid-holland-noord", name: "Zuid-Holland Noord", cbsCode: "ZK28", isSubregion: false },
  { code: "rotterdam", name: "Rotterdam", cbsCode: "ZK20", isSubregion: true },
  { code: "capelle-krimpen", name: "Capelle/Krimpen", cbsCode: "ZK20", isSubregion: true },
  { code: "drenthe", name: "Drenthe", cbsCode: "ZK06", isSubregion: false },
  { code: "amsterdam", name: "Groot Amsterdam", cbsCode: "ZK02", isSubregion: false },
  { code: "zwolle", name: "Zwolle", cbsCode: "ZK32", isSubregion: false },
  { code: "apeldoorn-zutphen", name: "Apeldoorn/Zutphen", cbsCode: "ZK03", isSubregion: false },
  { code: "flevoland", name: "Flevoland", cbsCode: "ZK07", isSubregion: false },
  { code: "kennemerland", name: "Kennemerland", cbsCode: "ZK11", isSubregion: false },
  { code: "zaanstreek-waterland", name: "Zaanstreek/Waterland", cbsCode: "ZK26", isSubregion: false },
  { code: "utrecht", name: "Utrecht", cbsCode: "ZK23", isSubregion: false },
  { code: "t-gooi", name: "'t Gooi", cbsCode: "ZK21", isSubregion: false },
];

export type CodeLabel = { code: string; label: string };

/** The 11 hoofdrubrieken (evaluation framework 2018), in report order. */
export const HOOFDRUBRIEKEN: readonly CodeLabel[] = [
  { code: "ANDERS_OPLEIDEN", label: "Anders opleiden / samenwerking met onderwijs" },
  { code: "ANDERS_WERKEN", label: "Anders werken" },
  { code: "BEHANDELFUNCTIE", label: "Behandelfunctie / SOG" },
  { code: "EFFICIENT_WERKEN", label: "Efficiënt werken" },
  { code: "LEREN_VERBETEREN", label: "Leren en verbeteren" },
  { code: "NIEUWE_PROFESSIONALS", label: "Nieuwe professionals aantrekken" },
  { code: "PERSOONSGERICHTE_ZORG", label: "Persoonsgerichte zorg" },
  { code: "PROFESSIONALS_BEHOUDEN", label: "Professionals behouden" },
  { code: "REGIONALE_STRATEGIE", label: "Regionale strategievorming" },
  { code: "SAMENWERKING_KETEN", label: "Samenwerking in de keten" },
  { code: "TECHNOLOGIE", label: "Technologie" },
];

/** The five cross-organisational rubrieken the headline figures single out. */
export const CROSS_ORGANISATIONAL_RUBRIEKEN: readonly string[] = [
  "BEHANDELFUNCTIE",
  "PERSOONSGERICHTE_ZORG",
  "REGIONALE_STRATEGIE",
  "SAMENWERKING_KETEN",
  "TECHNOLOGIE",
];

export type ThemeRef = CodeLabel & { group: "CONTENT" | "PRECONDITION" };

export const KWALITEITSKADER_THEMES: readonly ThemeRef[] = [
  { code: "PERSOONSGERICHT", label: "Persoonsgerichte zorg en ondersteuning", group: "CONTENT" },
  { code: "WONEN_WELZIJN", label: "Wonen en welzijn", group: "CONTENT" },
  { code: "VEILIGHEID", label: "Veiligheid", group: "CONTENT" },
  { code: "LEREN_VERBETEREN", label: "Leren en verbeteren van kwaliteit", group: "CONTENT" },
  { code: "LEIDERSCHAP", label: "Leiderschap, governance en management", group: "PRECONDITION" },
  { code: "PERSONEELSSAMENSTELLING", label: "Personeelssamenstelling", group: "PRECONDITION" },
  { code: "HULPBRONNEN", label: "Gebruik van hulpbronnen", group: "PRECONDITION" },
  { code: "INFORMATIE", label: "Gebruik van informatie", group: "PRECONDITION" },
];

export type PeriodRef = { code: string; label: string; shortLabel: string; peildatum: string };

/** The reporting periods of the January 2021 report; all closed. */
export const PERIODS: readonly PeriodRef[] = [
  { code: "2019-03", label: "maart 2019", shortLabel: "mrt-19", peildatum: "2019-03-01" },
  { code: "2019-10", label: "oktober 2019", shortLabel: "okt-19", peildatum: "2019-11-01" },
  { code: "2020-03", label: "maart 2020", shortLabel: "mrt-20", peildatum: "2020-03-01" },
  { code: "2020-10", label: "oktober 2020", shortLabel: "okt-20", peildatum: "2020-11-01" },
];
