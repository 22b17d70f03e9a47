import "server-only";
import type { Db } from "../db";

/** Reference lists for filters and forms. Reference data is not confidential. */
export async function referenceLists(db: Db) {
  const [regions, hoofdrubrieken, concessiehouders, themes] = await Promise.all([
    db.region.findMany({ select: { code: true, name: true }, orderBy: { reportOrder: "asc" } }),
    db.hoofdrubriek.findMany({ select: { code: true, label: true }, orderBy: { reportOrder: "asc" } }),
    db.concessiehouder.findMany({ where: { supported: true }, select: { code: true, name: true }, orderBy: { reportOrder: "asc" } }),
    db.kwaliteitskaderTheme.findMany({ select: { code: true, label: true }, orderBy: { reportOrder: "asc" } }),
  ]);
  return { regions, hoofdrubrieken, concessiehouders, themes };
}
