import "server-only";
import { Prisma } from "../../generated/prisma/client";
import type { NotificationKind } from "../../domain/enums";
import { utc } from "../jobs/sql";

/**
 * Turns one event into notification rows for everyone it concerns, in ONE `INSERT … SELECT`
 * whatever the number of recipients. The recipients query yields (user_id, data). Deactivated
 * accounts get nothing; `(userId, eventKey)` is unique, so running an event again adds nothing.
 * How each row is mailed follows the person's setting (no setting = at once).
 */
export async function insertNotifications(
  tx: Prisma.TransactionClient,
  input: {
    kind: NotificationKind;
    eventKey: string;
    /** SELECT user_id, data (jsonb) … */
    recipients: Prisma.Sql;
    now: Date;
    /** "digest": a summary item by nature (overdue counts): never mailed at once */
    mail?: "preference" | "digest";
  },
): Promise<number> {
  const mailState =
    input.mail === "digest"
      ? Prisma.sql`CASE WHEN s.mail = 'NONE' THEN 'SKIPPED' ELSE 'DIGEST' END`
      : Prisma.sql`CASE coalesce(s.mail::text, 'IMMEDIATE') WHEN 'IMMEDIATE' THEN 'PENDING' WHEN 'DAILY' THEN 'DIGEST' ELSE 'SKIPPED' END`;
  return tx.$executeRaw`
    INSERT INTO "Notification" ("userId", kind, "eventKey", data, "createdAt", mail)
    SELECT r.user_id, ${input.kind}::"NotificationKind", ${input.eventKey}, r.data, ${utc(input.now)}, (${mailState})::"NotificationMail"
    FROM (${input.recipients}) r
    JOIN "User" u ON u.id = r.user_id AND u.active
    LEFT JOIN "NotificationSetting" s ON s."userId" = r.user_id
    ON CONFLICT ("userId", "eventKey") DO NOTHING`;
}

const periodJson = Prisma.sql`jsonb_build_object('code', rp.code, 'label', rp.label)`;
const deadlineJson = Prisma.sql`to_char(rp."updateDeadline", 'YYYY-MM-DD')`;
const projectJson = Prisma.sql`jsonb_build_object('id', p.id, 'wirNumber', p."wirNumber", 'title', p.title)`;
/** An update the leader still has to write or finish (none yet, draft, or returned). */
const updateOutstanding = Prisma.sql`(u.state IS NULL OR u.state IN ('DRAFT', 'RETURNED'))`;

/** Per leader: the active projects of the period whose update is outstanding (optionally only `projectIds`). */
export function leadersWithOutstandingUpdates(periodId: string, projectIds?: readonly string[]): Prisma.Sql {
  const only = projectIds ? Prisma.sql`AND p.id = ANY(${[...projectIds]}::text[])` : Prisma.empty;
  return Prisma.sql`
    SELECT pl."userId" AS user_id,
           jsonb_build_object('period', ${periodJson}, 'deadline', ${deadlineJson},
                              'projects', jsonb_agg(${projectJson} ORDER BY p."wirNumber")) AS data
    FROM "ReportingPeriod" rp
    JOIN "Project" p ON p.lifecycle = 'ACTIVE'
    JOIN "ProjectLeader" pl ON pl."projectId" = p.id
    LEFT JOIN "ProgressUpdate" u ON u."projectId" = p.id AND u."periodId" = rp.id
    WHERE rp.id = ${periodId} AND ${updateOutstanding} ${only}
    GROUP BY pl."userId", rp.code, rp.label, rp."updateDeadline"`;
}

/** The inkopers whose concessiehouder currently holds the region of project `p` (joined as r → ca → m). */
const inkopersOfRegion = Prisma.sql`
    JOIN "Region" r ON r.id = p."regionId"
    JOIN "ConcessionAssignment" ca ON ca."zorgkantoorregioId" = r."zorgkantoorregioId" AND ca."validTo" IS NULL
    JOIN "Membership" m ON m.role = 'INKOPER' AND m."concessiehouderId" = ca."concessiehouderId"`;

/** Per inkoper: how many outstanding updates (of projects that have a leader) are in its regions. */
export function inkopersWithOverdueUpdates(periodId: string): Prisma.Sql {
  return Prisma.sql`
    SELECT m."userId" AS user_id,
           jsonb_build_object('period', ${periodJson}, 'deadline', ${deadlineJson}, 'count', count(DISTINCT p.id)) AS data
    FROM "ReportingPeriod" rp
    JOIN "Project" p ON p.lifecycle = 'ACTIVE' AND EXISTS (SELECT 1 FROM "ProjectLeader" pl WHERE pl."projectId" = p.id)
    LEFT JOIN "ProgressUpdate" u ON u."projectId" = p.id AND u."periodId" = rp.id
    ${inkopersOfRegion}
    WHERE rp.id = ${periodId} AND ${updateOutstanding}
    GROUP BY m."userId", rp.code, rp.label, rp."updateDeadline"`;
}

/** The inkopers of the region of a submitted update. */
export function inkopersOfUpdate(updateId: string): Prisma.Sql {
  return Prisma.sql`
    SELECT DISTINCT m."userId" AS user_id,
           jsonb_build_object('period', ${periodJson}, 'project', ${projectJson}, 'regionName', r.name) AS data
    FROM "ProgressUpdate" u
    JOIN "Project" p ON p.id = u."projectId"
    JOIN "ReportingPeriod" rp ON rp.id = u."periodId"
    ${inkopersOfRegion}
    WHERE u.id = ${updateId}`;
}

/** The leaders of the project of an update, with the reviewer's comment. */
export function leadersOfUpdate(updateId: string, comment: string): Prisma.Sql {
  return Prisma.sql`
    SELECT pl."userId" AS user_id,
           jsonb_build_object('period', ${periodJson}, 'project', ${projectJson}, 'comment', ${comment}::text) AS data
    FROM "ProgressUpdate" u
    JOIN "Project" p ON p.id = u."projectId"
    JOIN "ReportingPeriod" rp ON rp.id = u."periodId"
    JOIN "ProjectLeader" pl ON pl."projectId" = p.id
    WHERE u.id = ${updateId}`;
}

/** Per leader: the projects with a final judgement (a status) in the period. */
export function leadersWithAssessments(periodId: string): Prisma.Sql {
  return Prisma.sql`
    SELECT pl."userId" AS user_id,
           jsonb_build_object('period', ${periodJson}, 'projects', jsonb_agg(${projectJson} ORDER BY p."wirNumber")) AS data
    FROM "ProjectAssessment" a
    JOIN "ReportingPeriod" rp ON rp.id = a."periodId"
    JOIN "Project" p ON p.id = a."projectId"
    JOIN "ProjectLeader" pl ON pl."projectId" = p.id
    WHERE a."periodId" = ${periodId} AND a.status IS NOT NULL
    GROUP BY pl."userId", rp.code, rp.label`;
}

/** Every beheerder, about a proposed organisation. */
export function beheerdersAboutOrganisation(organisationId: string): Prisma.Sql {
  return Prisma.sql`
    SELECT DISTINCT m."userId" AS user_id,
           jsonb_build_object('organisation', jsonb_build_object('id', o.id, 'name', o.name), 'proposedBy', coalesce(pu.name, '')) AS data
    FROM "Organisation" o
    LEFT JOIN "User" pu ON pu.id = o."proposedById"
    JOIN "Membership" m ON m.role = 'BEHEERDER'
    WHERE o.id = ${organisationId}`;
}

const assessmentDeadlineJson = Prisma.sql`to_char(rp."assessmentDeadline", 'YYYY-MM-DD')`;

/**
 * Before and after the assessment deadline: the people whose work on the period's judgements is
 * still open. Per inkoper (its concessiehouder's regions now): submitted updates to review and
 * projects with a submitted or approved update but no proposal yet. Per WIR user (national):
 * submitted updates to review and active projects without a final judgement. Only people with
 * something left to do.
 */
export function reviewersWithOpenAssessments(periodId: string): Prisma.Sql {
  return Prisma.sql`
    SELECT m."userId" AS user_id,
           jsonb_build_object('period', ${periodJson}, 'deadline', ${assessmentDeadlineJson}, 'role', 'INKOPER',
                              'toReview', count(DISTINCT p.id) FILTER (WHERE u.state = 'SUBMITTED'),
                              'proposalsToMake', count(DISTINCT p.id) FILTER (WHERE u.state IN ('SUBMITTED', 'APPROVED') AND ap.id IS NULL)) AS data
    FROM "ReportingPeriod" rp
    JOIN "Project" p ON p.lifecycle = 'ACTIVE'
    LEFT JOIN "ProgressUpdate" u ON u."projectId" = p.id AND u."periodId" = rp.id
    LEFT JOIN "AssessmentProposal" ap ON ap."projectId" = p.id AND ap."periodId" = rp.id
    ${inkopersOfRegion}
    WHERE rp.id = ${periodId}
    GROUP BY m."userId", rp.code, rp.label, rp."assessmentDeadline"
    HAVING count(DISTINCT p.id) FILTER (WHERE u.state = 'SUBMITTED' OR (u.state = 'APPROVED' AND ap.id IS NULL)) > 0
    UNION ALL
    SELECT w.user_id,
           jsonb_build_object('period', ${periodJson}, 'deadline', ${assessmentDeadlineJson}, 'role', 'WIR',
                              'toReview', c.to_review, 'toAssess', c.to_assess) AS data
    FROM (SELECT DISTINCT m."userId" AS user_id FROM "Membership" m WHERE m.role = 'WIR') w
    JOIN "ReportingPeriod" rp ON rp.id = ${periodId}
    CROSS JOIN (
      SELECT count(*) FILTER (WHERE u.state = 'SUBMITTED')::int AS to_review,
             count(*) FILTER (WHERE a.status IS NULL)::int AS to_assess
      FROM "Project" p
      LEFT JOIN "ProgressUpdate" u ON u."projectId" = p.id AND u."periodId" = ${periodId}
      LEFT JOIN "ProjectAssessment" a ON a."projectId" = p.id AND a."periodId" = ${periodId}
      WHERE p.lifecycle = 'ACTIVE'
    ) c
    WHERE c.to_review + c.to_assess > 0`;
}
