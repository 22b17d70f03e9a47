import "server-only";
import type { Db } from "../db";
import {
  CONCESSIEHOUDERS,
  CONCESSION_VALID_FROM,
  HOOFDRUBRIEKEN,
  KWALITEITSKADER_THEMES,
  PERIODS,
  REGIONS,
  ZORGKANTOORREGIOS,
} from "../../domain/reference-data";
import { STANDARD_INDICATORS } from "../../domain/results/standard-indicators";

/**
 * Loads the reference data of lib/domain/reference-data.ts. Idempotent: running it again changes
 * nothing; it never overwrites what a beheerder changed later (names, period states) except the
 * labels of the fixed code lists.
 */
export async function unsafeSeedReferenceData(db: Db): Promise<void> {
  for (const c of CONCESSIEHOUDERS) {
    await db.concessiehouder.upsert({ where: { code: c.code }, create: c, update: {} });
  }
  const chIds = new Map((await db.concessiehouder.findMany({ select: { id: true, code: true } })).map((c) => [c.code, c.id]));

  for (const z of ZORGKANTOORREGIOS) {
    const zkr = await db.zorgkantoorregio.upsert({
      where: { cbsCode: z.cbsCode },
      create: { cbsCode: z.cbsCode, name: z.name },
      update: {},
    });
    const validFrom = new Date(CONCESSION_VALID_FROM);
    await db.concessionAssignment.upsert({
      where: { zorgkantoorregioId_validFrom: { zorgkantoorregioId: zkr.id, validFrom } },
      create: { zorgkantoorregioId: zkr.id, concessiehouderId: chIds.get(z.concessiehouder)!, validFrom },
      update: {},
    });
  }
  const zkrIds = new Map((await db.zorgkantoorregio.findMany({ select: { id: true, cbsCode: true } })).map((z) => [z.cbsCode, z.id]));

  for (const [index, r] of REGIONS.entries()) {
    await db.region.upsert({
      where: { code: r.code },
      create: { code: r.code, name: r.name, reportOrder: index + 1, isSubregion: r.isSubregion, zorgkantoorregioId: zkrIds.get(r.cbsCode)! },
      update: {},
    });
  }
  for (const [index, h] of HOOFDRUBRIEKEN.entries()) {
    await db.hoofdrubriek.upsert({
      where: { code: h.code },
      create: { ...h, reportOrder: index + 1 },
      update: { label: h.label, reportOrder: index + 1 },
    });
  }
  for (const [index, t] of KWALITEITSKADER_THEMES.entries()) {
    await db.kwaliteitskaderTheme.upsert({
      where: { code: t.code },
      create: { ...t, reportOrder: index + 1 },
      update: { label: t.label, group: t.group, reportOrder: index + 1 },
    });
  }
  for (const p of PERIODS) {
    await db.reportingPeriod.upsert({
      where: { code: p.code },
      create: { ...p, peildatum: new Date(p.peildatum), state: "CLOSED", closedAt: new Date(p.peildatum) },
      update: {},
    });
  }
  // the standard indicator library: created once; WIR keeps it from then on
  for (const indicator of STANDARD_INDICATORS) {
    await db.indicator.upsert({ where: { code: indicator.code }, create: indicator, update: {} });
  }
}
