import "server-only";
import type { Ctx } from "../accounts/session";
import type { Db } from "../db";
import { assertPermission } from "../core/authz";
import { projectManageWhere, projectReadWhere } from "../core/scope";
import { ConflictError, ForbiddenError, isUniqueViolation, NotFoundError, ValidationError } from "../core/errors";
import { changedFields, writeAudit } from "../core/audit";
import { PROJECT_CARD_FIELDS } from "./read";
import type { ProjectInput } from "../../domain/validation/project";
import { buildTsQuery } from "../projectenbank/search";

/**
 * Registering and editing projects (the leader's project form) and "Bestaat dit al?".
 * Reads of project cards live in projects.ts.
 */

const PROJECT_NOT_FOUND = "Dit project bestaat niet of u mag het niet wijzigen.";

/** The form's view of a project: what the edit form is filled with. Manage scope only. */
export async function getProjectForEdit(ctx: Ctx, projectId: string) {
  assertPermission(ctx.actor, "project:edit");
  const p = await ctx.db.project.findFirst({
    where: { AND: [{ id: projectId }, projectManageWhere(ctx.actor, "project:edit")] },
    select: {
      id: true,
      ...PROJECT_CARD_FIELDS,
      lifecycle: true,
      version: true,
      region: { select: { code: true } },
      hoofdrubriek: { select: { code: true } },
      leadOrganisation: { select: { id: true, name: true, status: true } },
      partners: { select: { organisation: { select: { id: true, name: true, status: true } } }, orderBy: { organisation: { name: "asc" } } },
      themes: { select: { theme: { select: { code: true } } } },
      contacts: { select: { name: true, role: true, email: true, phone: true, organisation: true }, orderBy: { position: "asc" } },
      links: { select: { label: true, url: true }, orderBy: { position: "asc" } },
    },
  });
  if (!p) throw new NotFoundError(PROJECT_NOT_FOUND);
  const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : "");
  return {
    id: p.id,
    wirNumber: p.wirNumber,
    lifecycle: p.lifecycle,
    version: p.version,
    values: {
      title: p.title,
      regionCode: p.region.code,
      hoofdrubriekCode: p.hoofdrubriek.code,
      themeCodes: p.themes.map((t) => t.theme.code),
      goal: p.goal,
      description: p.description,
      results: p.results,
      deliveredProducts: p.deliveredProducts,
      lessonsLearned: p.lessonsLearned,
      leadOrganisationId: p.leadOrganisation?.id ?? "",
      partnerIds: p.partners.map((x) => x.organisation.id),
      startDate: day(p.startDate),
      endDate: day(p.endDate),
      budgetEuros: p.budgetEuros == null ? "" : String(p.budgetEuros),
      isPublic: p.isPublic,
      contacts: p.contacts,
      links: p.links,
    },
    organisations: [...(p.leadOrganisation ? [p.leadOrganisation] : []), ...p.partners.map((x) => x.organisation)],
  };
}
export type ProjectForEdit = Awaited<ReturnType<typeof getProjectForEdit>>;

/** Codes and ids from the form, resolved to rows; unknown ones are field errors, never trusted. */
async function resolveReferences(db: Db, input: ProjectInput) {
  // one after the other: inside a transaction all queries share one connection
  const region = await db.region.findUnique({ where: { code: input.regionCode }, select: { id: true } });
  const rubriek = await db.hoofdrubriek.findUnique({ where: { code: input.hoofdrubriekCode }, select: { id: true } });
  const themes = await db.kwaliteitskaderTheme.findMany({ where: { code: { in: input.themeCodes } }, select: { id: true, code: true } });
  const orgs = await db.organisation.findMany({
    where: { id: { in: [...input.partnerIds, ...(input.leadOrganisationId ? [input.leadOrganisationId] : [])] } },
    select: { id: true },
  });
  const errors: Record<string, string[]> = {};
  if (!region) errors.regionCode = ["Kies een (sub)regio uit de lijst."];
  if (!rubriek) errors.hoofdrubriekCode = ["Kies een hoofdrubriek uit de lijst."];
  if (themes.length !== new Set(input.themeCodes).size) errors.themeCodes = ["Kies kwaliteitskader-thema's uit de lijst."];
  const known = new Set(orgs.map((o) => o.id));
  if (input.leadOrganisationId && !known.has(input.leadOrganisationId)) errors.leadOrganisationId = ["Kies de kartrekker uit het organisatieregister."];
  if (input.partnerIds.some((id) => !known.has(id))) errors.partnerIds = ["Kies partnerorganisaties uit het organisatieregister."];
  if (Object.keys(errors).length) throw new ValidationError("Niet alles is goed ingevuld. Bekijk de meldingen bij de velden.", errors);
  return { regionId: region!.id, hoofdrubriekId: rubriek!.id, themeIds: themes.map((t) => t.id) };
}

/** What the audit log records of a project: its fields plus readable lists. */
async function snapshot(db: Db, id: string) {
  const p = await db.project.findUniqueOrThrow({
    where: { id },
    select: {
      ...PROJECT_CARD_FIELDS,
      lifecycle: true,
      region: { select: { name: true } },
      hoofdrubriek: { select: { label: true } },
      leadOrganisation: { select: { name: true } },
      partners: { select: { organisation: { select: { name: true } } } },
      themes: { select: { theme: { select: { label: true } } } },
      contacts: { select: { name: true, role: true, email: true, phone: true, organisation: true }, orderBy: { position: "asc" } },
      links: { select: { label: true, url: true }, orderBy: { position: "asc" } },
    },
  });
  const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);
  return {
    wirNumber: p.wirNumber,
    title: p.title,
    region: p.region.name,
    hoofdrubriek: p.hoofdrubriek.label,
    themes: p.themes.map((t) => t.theme.label).sort(),
    goal: p.goal,
    description: p.description,
    results: p.results,
    deliveredProducts: p.deliveredProducts,
    lessonsLearned: p.lessonsLearned,
    leadOrganisation: p.leadOrganisation?.name ?? null,
    partners: p.partners.map((x) => x.organisation.name).sort(),
    startDate: day(p.startDate),
    endDate: day(p.endDate),
    budgetEuros: p.budgetEuros,
    isPublic: p.isPublic,
    lifecycle: p.lifecycle,
    contacts: p.contacts.map((c) => [c.name, c.role, c.organisation, c.email, c.phone].filter(Boolean).join(", ")),
    links: p.links.map((l) => (l.label ? `${l.label} (${l.url})` : l.url)),
  };
}

function scalarData(input: ProjectInput, refs: { regionId: string; hoofdrubriekId: string }) {
  return {
    title: input.title,
    regionId: refs.regionId,
    hoofdrubriekId: refs.hoofdrubriekId,
    goal: input.goal,
    description: input.description,
    results: input.results,
    deliveredProducts: input.deliveredProducts,
    lessonsLearned: input.lessonsLearned,
    leadOrganisationId: input.leadOrganisationId,
    startDate: input.startDate ? new Date(`${input.startDate}T00:00:00Z`) : null,
    endDate: input.endDate ? new Date(`${input.endDate}T00:00:00Z`) : null,
    budgetEuros: input.budgetEuros,
    // publishing is a step of its own (lib/server/projectenbank/publication.ts), never a form field
  };
}

async function writeChildren(db: Db, projectId: string, input: ProjectInput, themeIds: string[]) {
  await db.projectPartner.deleteMany({ where: { projectId } });
  await db.projectTheme.deleteMany({ where: { projectId } });
  await db.contactPerson.deleteMany({ where: { projectId } });
  await db.projectLink.deleteMany({ where: { projectId } });
  if (input.partnerIds.length) await db.projectPartner.createMany({ data: input.partnerIds.map((organisationId) => ({ projectId, organisationId })) });
  if (themeIds.length) await db.projectTheme.createMany({ data: themeIds.map((themeId) => ({ projectId, themeId })) });
  if (input.contacts.length) await db.contactPerson.createMany({ data: input.contacts.map((c, position) => ({ ...c, projectId, position })) });
  if (input.links.length) await db.projectLink.createMany({ data: input.links.map((l, position) => ({ ...l, projectId, position })) });
}

/** The next free registration number ("RT-0001", …) for projects registered in Regiotafel. */
async function nextWirNumber(db: Db): Promise<string> {
  const rows = await db.project.findMany({ where: { wirNumber: { startsWith: "RT-" } }, select: { wirNumber: true } });
  const max = rows.reduce((m, r) => Math.max(m, Number(r.wirNumber.slice(3)) || 0), 0);
  return `RT-${String(max + 1).padStart(4, "0")}`;
}

export type SavedProject = { id: string; version: number; wirNumber: string; lifecycle: "DRAFT" | "ACTIVE" | "ARCHIVED" };

/**
 * Registers a new project as a draft (no projectId; the actor becomes its leader) or saves an
 * existing one within the actor's manage scope, refusing a save based on an old version.
 */
export async function saveProject(ctx: Ctx, input: ProjectInput): Promise<SavedProject> {
  if (!input.projectId) return registerProject(ctx, input);
  assertPermission(ctx.actor, "project:edit");
  const projectId = input.projectId;
  return ctx.db.$transaction(async (tx) => {
    const current = await tx.project.findFirst({ where: { AND: [{ id: projectId }, projectManageWhere(ctx.actor, "project:edit")] }, select: { id: true, lifecycle: true, version: true } });
    if (!current) throw new NotFoundError(PROJECT_NOT_FOUND);
    if (current.lifecycle === "ARCHIVED") throw new ForbiddenError("Dit project is gearchiveerd en kan niet meer worden gewijzigd.");
    const refs = await resolveReferences(tx, input);
    const before = await snapshot(tx, projectId);
    const { count } = await tx.project.updateMany({
      where: { id: projectId, version: input.version },
      data: { ...scalarData(input, refs), version: { increment: 1 } },
    });
    if (count === 0) throw new ConflictError();
    await writeChildren(tx, projectId, input, refs.themeIds);
    const after = await snapshot(tx, projectId);
    const diff = changedFields(before, after);
    if (diff) await writeAudit(tx, ctx.actor, { action: "UPDATE", entity: "Project", entityId: projectId, ...diff });
    const saved = await tx.project.findUniqueOrThrow({ where: { id: projectId }, select: { id: true, version: true, wirNumber: true, lifecycle: true } });
    return saved;
  });
}

async function registerProject(ctx: Ctx, input: ProjectInput): Promise<SavedProject> {
  assertPermission(ctx.actor, "project:create");
  if (input.version !== 0) throw new NotFoundError(PROJECT_NOT_FOUND);
  for (let attempt = 0; ; attempt++) {
    try {
      return await ctx.db.$transaction(async (tx) => {
        const refs = await resolveReferences(tx, input);
        const created = await tx.project.create({
          data: {
            ...scalarData(input, refs),
            wirNumber: await nextWirNumber(tx),
            lifecycle: "DRAFT",
            leaders: { create: { userId: ctx.actor.userId } },
          },
          select: { id: true, version: true, wirNumber: true, lifecycle: true },
        });
        await writeChildren(tx, created.id, input, refs.themeIds);
        await writeAudit(tx, ctx.actor, { action: "CREATE", entity: "Project", entityId: created.id, after: await snapshot(tx, created.id) });
        return created;
      });
    } catch (error) {
      // two registrations at once may pick the same number: take the next one
      if (!isUniqueViolation(error) || attempt >= 3) throw error;
    }
  }
}

/** Submits a draft project (DRAFT → ACTIVE): from now on its region's inkoper sees it. */
export async function submitProject(ctx: Ctx, input: { projectId: string; version: number }): Promise<SavedProject> {
  assertPermission(ctx.actor, "project:edit");
  return ctx.db.$transaction(async (tx) => {
    const current = await tx.project.findFirst({
      where: { AND: [{ id: input.projectId }, projectManageWhere(ctx.actor, "project:edit")] },
      select: { id: true, lifecycle: true, title: true, description: true, goal: true },
    });
    if (!current) throw new NotFoundError(PROJECT_NOT_FOUND);
    if (current.lifecycle !== "DRAFT") throw new ValidationError("Dit project is al ingediend.");
    if (!current.goal.trim() || !current.description.trim()) {
      throw new ValidationError("Vul het doel en de beschrijving in voordat u het project indient.", {
        ...(current.goal.trim() ? {} : { goal: ["Vul het doel in voordat u het project indient."] }),
        ...(current.description.trim() ? {} : { description: ["Vul de beschrijving in voordat u het project indient."] }),
      });
    }
    const { count } = await tx.project.updateMany({ where: { id: input.projectId, version: input.version, lifecycle: "DRAFT" }, data: { lifecycle: "ACTIVE", version: { increment: 1 } } });
    if (count === 0) throw new ConflictError();
    await writeAudit(tx, ctx.actor, { action: "UPDATE", entity: "Project", entityId: input.projectId, before: { lifecycle: "DRAFT" }, after: { lifecycle: "ACTIVE" } });
    return tx.project.findUniqueOrThrow({ where: { id: input.projectId }, select: { id: true, version: true, wirNumber: true, lifecycle: true } });
  });
}

export type SimilarProject = {
  id: string;
  wirNumber: string;
  title: string;
  regionName: string;
  sameRegion: boolean;
  /** true when the actor may see more than the public card */
  inScope: boolean;
};

/**
 * "Bestaat dit al?": existing projects whose title and description resemble what is being
 * typed, ranked on the Projectenbank's search index (Dutch stemming, accents ignored, typo
 * correction; docs/decisions/0020-projectenbank-search-index.md), in every region. Only projects
 * the actor may open are returned.
 */
export async function similarProjects(
  ctx: Ctx,
  input: { title: string; description: string; projectId?: string; regionCode?: string },
  limit = 5,
): Promise<SimilarProject[]> {
  assertPermission(ctx.actor, "project:read");
  const query = await buildTsQuery(ctx.db, `${input.title} ${input.description}`, "any");
  if (!query) return [];
  const candidates = await ctx.db.$queryRaw<{ id: string; rank: number }[]>`
    SELECT p."id", ts_rank_cd(p."searchVector", q, 1)::float8 AS rank
    FROM "Project" p, to_tsquery('regiotafel_nl', ${query}) q
    WHERE p."searchVector" @@ q AND p."lifecycle" <> 'ARCHIVED' AND p."id" <> ${input.projectId ?? ""}
    ORDER BY rank DESC, p."wirNumber"
    LIMIT 100`;
  if (candidates.length === 0) return [];
  const rank = new Map(candidates.map((c) => [c.id, Number(c.rank)]));
  const ids = [...rank.keys()];
  const [readable, manageable] = await Promise.all([
    ctx.db.project.findMany({
      where: { AND: [{ id: { in: ids } }, projectReadWhere(ctx.actor)] },
      select: { id: true, wirNumber: true, title: true, region: { select: { name: true, code: true } } },
    }),
    ctx.db.project.findMany({ where: { AND: [{ id: { in: ids } }, projectManageWhere(ctx.actor, "project:edit")] }, select: { id: true } }),
  ]);
  const own = new Set(manageable.map((p) => p.id));
  return readable
    .sort((a, b) => rank.get(b.id)! - rank.get(a.id)! || a.wirNumber.localeCompare(b.wirNumber))
    .slice(0, limit)
    .map((p) => ({
      id: p.id,
      wirNumber: p.wirNumber,
      title: p.title,
      regionName: p.region.name,
      sameRegion: !!input.regionCode && p.region.code === input.regionCode,
      inScope: own.has(p.id),
    }));
}
