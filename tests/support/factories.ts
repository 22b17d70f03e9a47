import "server-only";
import type { Db } from "../../lib/server/db";
import { hashPassword } from "../../lib/server/accounts/passwords";
import type { Impact, OrganisationType, ProjectStatus, ResultSharing, Role, Scalability } from "../../lib/domain/enums";

/**
 * Factories for test and demo data. They write through Prisma directly (no actor, no audit):
 * they stand for data that existed before, not for a user's action.
 */

let counter = 0;
const next = () => ++counter;

export async function createOrganisation(
  db: Db,
  input: { name?: string; type?: OrganisationType; city?: string } = {},
) {
  return db.organisation.create({
    data: { name: input.name ?? `Organisatie ${next()}`, type: input.type ?? "ZORGAANBIEDER", city: input.city ?? null },
  });
}

export type MembershipInput = { role: Role; concessiehouderCode?: string };

export async function createUser(
  db: Db,
  input: { email?: string; name?: string; password?: string; memberships: MembershipInput[]; organisationId?: string | null; active?: boolean },
) {
  const n = next();
  const chCodes = input.memberships.map((m) => m.concessiehouderCode).filter((c): c is string => !!c);
  const chs = await db.concessiehouder.findMany({ where: { code: { in: chCodes } }, select: { id: true, code: true } });
  const chId = new Map(chs.map((c) => [c.code, c.id]));
  return db.user.create({
    data: {
      email: (input.email ?? `gebruiker${n}@regiotafel.test`).toLowerCase(),
      name: input.name ?? `Gebruiker ${n}`,
      passwordHash: await hashPassword(input.password ?? "wachtwoord-voor-tests"),
      organisationId: input.organisationId ?? null,
      active: input.active ?? true,
      memberships: {
        create: input.memberships.map((m) => ({
          role: m.role,
          concessiehouderId: m.concessiehouderCode ? chId.get(m.concessiehouderCode) ?? null : null,
        })),
      },
    },
  });
}

export type ProjectInput = {
  wirNumber?: string;
  title?: string;
  regionCode: string;
  hoofdrubriekCode: string;
  leaderIds?: string[];
  leadOrganisationId?: string | null;
  partnerIds?: string[];
  themeCodes?: string[];
  isPublic?: boolean;
  isShowcase?: boolean;
  lifecycle?: "DRAFT" | "ACTIVE" | "ARCHIVED";
  startDate?: string | null;
  endDate?: string | null;
  budgetEuros?: number | null;
  goal?: string;
  description?: string;
  results?: string;
};

export async function createProject(db: Db, input: ProjectInput) {
  const n = next();
  const [region, rubriek, themes] = await Promise.all([
    db.region.findUniqueOrThrow({ where: { code: input.regionCode }, select: { id: true } }),
    db.hoofdrubriek.findUniqueOrThrow({ where: { code: input.hoofdrubriekCode }, select: { id: true } }),
    db.kwaliteitskaderTheme.findMany({ where: { code: { in: input.themeCodes ?? [] } }, select: { id: true } }),
  ]);
  return db.project.create({
    data: {
      wirNumber: input.wirNumber ?? `T-${String(n).padStart(5, "0")}`,
      title: input.title ?? `Testproject ${n}`,
      regionId: region.id,
      hoofdrubriekId: rubriek.id,
      goal: input.goal ?? "",
      description: input.description ?? "",
      results: input.results ?? "",
      leadOrganisationId: input.leadOrganisationId ?? null,
      isPublic: input.isPublic ?? false,
      isShowcase: input.isShowcase ?? false,
      lifecycle: input.lifecycle ?? "ACTIVE",
      startDate: input.startDate ? new Date(input.startDate) : null,
      endDate: input.endDate ? new Date(input.endDate) : null,
      budgetEuros: input.budgetEuros ?? null,
      leaders: { create: (input.leaderIds ?? []).map((userId) => ({ userId })) },
      partners: { create: (input.partnerIds ?? []).map((organisationId) => ({ organisationId })) },
      themes: { create: themes.map((t) => ({ themeId: t.id })) },
    },
  });
}

export type AssessmentInput = {
  projectId: string;
  periodCode: string;
  status?: ProjectStatus | null;
  impact?: Impact | null;
  sharing?: ResultSharing | null;
  scalability?: Scalability | null;
  careOrgCount?: number | null;
  note?: string;
};

/** The row data of a judgement of a project at a period (an assessment or a proposal); what is not given stays empty. */
async function judgementData(db: Db, input: AssessmentInput) {
  const period = await db.reportingPeriod.findUniqueOrThrow({ where: { code: input.periodCode }, select: { id: true } });
  return {
    projectId: input.projectId,
    periodId: period.id,
    status: input.status ?? null,
    impact: input.impact ?? null,
    sharing: input.sharing ?? null,
    scalability: input.scalability ?? null,
    careOrgCount: input.careOrgCount ?? null,
    note: input.note ?? "",
  };
}

export async function createAssessment(db: Db, input: AssessmentInput) {
  return db.projectAssessment.create({ data: await judgementData(db, input) });
}

export async function createRegionScore(
  db: Db,
  input: { regionCode: string; periodCode: string; agreements: number | null; dynamics: number | null; vision: number | null; note?: string },
) {
  const [region, period] = await Promise.all([
    db.region.findUniqueOrThrow({ where: { code: input.regionCode }, select: { id: true } }),
    db.reportingPeriod.findUniqueOrThrow({ where: { code: input.periodCode }, select: { id: true } }),
  ]);
  return db.regionScore.create({
    data: {
      regionId: region.id,
      periodId: period.id,
      agreements: input.agreements,
      dynamics: input.dynamics,
      vision: input.vision,
      note: input.note ?? "",
    },
  });
}

// ---------------------------------------------------------------------------
// Review, assessment and period factories (issue 5). Kept in this separate block.
// ---------------------------------------------------------------------------

export async function createReportingPeriod(
  db: Db,
  input: { code: string; label?: string; shortLabel?: string; peildatum: string; state?: "PLANNED" | "OPEN" | "CLOSED" },
) {
  return db.reportingPeriod.create({
    data: {
      code: input.code,
      label: input.label ?? input.code,
      shortLabel: input.shortLabel ?? input.code,
      peildatum: new Date(`${input.peildatum}T00:00:00Z`),
      state: input.state ?? "PLANNED",
      openedAt: input.state && input.state !== "PLANNED" ? new Date() : null,
      closedAt: input.state === "CLOSED" ? new Date() : null,
    },
  });
}

export type ProgressUpdateInput = {
  projectId: string;
  periodCode: string;
  state?: "DRAFT" | "SUBMITTED" | "RETURNED" | "APPROVED";
  status?: ProjectStatus | null;
  progress?: string;
  careOrgCount?: number | null;
  submittedById?: string | null;
};

export async function createProgressUpdate(db: Db, input: ProgressUpdateInput) {
  const period = await db.reportingPeriod.findUniqueOrThrow({ where: { code: input.periodCode }, select: { id: true } });
  const state = input.state ?? "SUBMITTED";
  return db.progressUpdate.create({
    data: {
      projectId: input.projectId,
      periodId: period.id,
      state,
      status: input.status ?? null,
      progress: input.progress ?? "Het project loopt volgens plan.",
      careOrgCount: input.careOrgCount ?? null,
      submittedAt: state === "DRAFT" ? null : new Date(),
      submittedById: input.submittedById ?? null,
    },
  });
}

export async function createAssessmentProposal(db: Db, input: AssessmentInput & { proposedById: string }) {
  return db.assessmentProposal.create({ data: { ...(await judgementData(db, input)), proposedById: input.proposedById } });
}

/** A stage of a project's traject reached on `date` (yyyy-mm-dd). */
export async function createTrajectStep(db: Db, input: { projectId: string; stage: "INTAKE" | "SCAN" | "PLAN" | "FUNDING" | "EXECUTION" | "MIDTERM" | "FINAL" | "BORGING"; date: string; note?: string }) {
  return db.trajectStep.create({ data: { projectId: input.projectId, stage: input.stage, date: new Date(`${input.date}T00:00:00Z`), note: input.note ?? "" } });
}
