/**
 * The chapters of the biannual progress report, in the order of the January 2021 report
 * (seed 004): the covering letter with its summary, chapters 1–6 and the two appendices that
 * hold data. Each chapter has a narrative written by WIR; the data tables sit in the chapter
 * where the January 2021 report put them. Keys are stable: narratives are stored under them.
 */
export const CHAPTERS = [
  { key: "brief", title: "Begeleidende brief en samenvatting", tables: ["kerncijfers"] },
  { key: "inleiding", title: "1 Inleiding", tables: [] },
  { key: "procesresultaten", title: "2 Procesresultaten zorgkantoorregio's", tables: ["tabel1", "tabel2", "tabel3"] },
  { key: "kwaliteitskader", title: "3 Verbinding met het kwaliteitskader", tables: [] },
  {
    key: "transitieplannen",
    title: "4 Analyse transitieplannen",
    tables: ["tabel4", "tabel5", "tabel6", "tabel7", "tabel8", "tabel10", "tabel11", "tabel12"],
  },
  { key: "kennisuitwisseling", title: "5 Kennisuitwisseling en rol zorgkantoren", tables: [] },
  { key: "doorkijk", title: "6 Doorkijk naar de volgende periode", tables: [] },
  { key: "resultaten", title: "7 Resultaten in cijfers", tables: ["resultaten"] },
  { key: "bijlage1", title: "Bijlage 1 Processtatus per (sub)regio", tables: ["bijlage1"] },
  { key: "bijlage2", title: "Bijlage 2 Voorbeeldprojecten per regio", tables: ["bijlage2"] },
] as const;

export type ChapterKey = (typeof CHAPTERS)[number]["key"];
export const CHAPTER_KEYS: readonly ChapterKey[] = CHAPTERS.map((c) => c.key);

export function isChapterKey(value: unknown): value is ChapterKey {
  return typeof value === "string" && (CHAPTER_KEYS as readonly string[]).includes(value);
}

/** The longest narrative a chapter may hold (characters). */
export const NARRATIVE_MAX = 20_000;

export type Narrative = Partial<Record<ChapterKey, string>>;

/** Reads a stored narrative JSON defensively: unknown keys and non-strings are dropped. */
export function readNarrative(json: unknown): Narrative {
  const out: Narrative = {};
  if (!json || typeof json !== "object" || Array.isArray(json)) return out;
  for (const [key, value] of Object.entries(json)) {
    if (isChapterKey(key) && typeof value === "string") out[key] = value;
  }
  return out;
}
