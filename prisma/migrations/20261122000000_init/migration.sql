-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "ThemeGroup" AS ENUM ('CONTENT', 'PRECONDITION');

-- CreateEnum
CREATE TYPE "OrganisationType" AS ENUM ('ZORGAANBIEDER', 'ONDERWIJS', 'GEMEENTE', 'WERKGEVERSORGANISATIE', 'KENNISINSTITUUT', 'OVERIG');

-- CreateEnum
CREATE TYPE "OrganisationStatus" AS ENUM ('PROPOSED', 'CONFIRMED');

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('PROJECTLEIDER', 'INKOPER', 'WIR', 'BEHEERDER');

-- CreateEnum
CREATE TYPE "ProjectLifecycle" AS ENUM ('DRAFT', 'ACTIVE', 'ARCHIVED');

-- CreateEnum
CREATE TYPE "PeriodState" AS ENUM ('PLANNED', 'OPEN', 'CLOSED');

-- CreateEnum
CREATE TYPE "ProjectStatus" AS ENUM ('FINISHED_UNSUCCESSFUL', 'FINISHED_SUCCESSFUL', 'RUNNING', 'NOT_STARTED', 'STOPPED_EARLY');

-- CreateEnum
CREATE TYPE "Impact" AS ENUM ('SMALL_LIMITED', 'SMALL_MUCH', 'MEDIUM_LIMITED', 'MEDIUM_MUCH', 'LARGE_LIMITED', 'LARGE_GREAT', 'UNKNOWN');

-- CreateEnum
CREATE TYPE "ResultSharing" AS ENUM ('NO_RESULTS', 'NOT_YET_SOON', 'YES', 'UNKNOWN');

-- CreateEnum
CREATE TYPE "Scalability" AS ENUM ('NOT_USEFUL', 'NOT_YET_USEFUL', 'THIS_REGION_ONLY', 'SOME_OTHER_REGIONS', 'NATIONAL');

-- CreateEnum
CREATE TYPE "UpdateState" AS ENUM ('DRAFT', 'SUBMITTED', 'RETURNED', 'APPROVED');

-- CreateEnum
CREATE TYPE "ReportState" AS ENUM ('DRAFT', 'PUBLISHED');

-- CreateEnum
CREATE TYPE "AuditAction" AS ENUM ('CREATE', 'UPDATE', 'DELETE', 'IMPORT', 'SIGN_IN');

-- CreateTable
CREATE TABLE "Concessiehouder" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "reportOrder" INTEGER NOT NULL,
    "supported" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Concessiehouder_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Zorgkantoorregio" (
    "id" TEXT NOT NULL,
    "cbsCode" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Zorgkantoorregio_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ConcessionAssignment" (
    "id" TEXT NOT NULL,
    "zorgkantoorregioId" TEXT NOT NULL,
    "concessiehouderId" TEXT NOT NULL,
    "validFrom" DATE NOT NULL,
    "validTo" DATE,

    CONSTRAINT "ConcessionAssignment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Region" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "reportOrder" INTEGER NOT NULL,
    "zorgkantoorregioId" TEXT NOT NULL,
    "isSubregion" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Region_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Hoofdrubriek" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "reportOrder" INTEGER NOT NULL,

    CONSTRAINT "Hoofdrubriek_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "KwaliteitskaderTheme" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "group" "ThemeGroup" NOT NULL,
    "reportOrder" INTEGER NOT NULL,

    CONSTRAINT "KwaliteitskaderTheme_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Organisation" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "type" "OrganisationType" NOT NULL,
    "city" TEXT,
    "status" "OrganisationStatus" NOT NULL DEFAULT 'CONFIRMED',
    "proposedById" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Organisation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "organisationId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "lastLoginAt" TIMESTAMP(3),

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Membership" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "concessiehouderId" TEXT,
    "organisationId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Membership_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LoginThrottle" (
    "key" TEXT NOT NULL,
    "failures" INTEGER NOT NULL DEFAULT 0,
    "firstFailAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lockedUntil" TIMESTAMP(3),

    CONSTRAINT "LoginThrottle_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "Project" (
    "id" TEXT NOT NULL,
    "wirNumber" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "regionId" TEXT NOT NULL,
    "hoofdrubriekId" TEXT NOT NULL,
    "goal" TEXT NOT NULL DEFAULT '',
    "description" TEXT NOT NULL DEFAULT '',
    "results" TEXT NOT NULL DEFAULT '',
    "deliveredProducts" TEXT NOT NULL DEFAULT '',
    "lessonsLearned" TEXT NOT NULL DEFAULT '',
    "leadOrganisationId" TEXT,
    "startDate" DATE,
    "endDate" DATE,
    "budgetEuros" INTEGER,
    "isPublic" BOOLEAN NOT NULL DEFAULT false,
    "isShowcase" BOOLEAN NOT NULL DEFAULT false,
    "lifecycle" "ProjectLifecycle" NOT NULL DEFAULT 'ACTIVE',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Project_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProjectPartner" (
    "projectId" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,

    CONSTRAINT "ProjectPartner_pkey" PRIMARY KEY ("projectId","organisationId")
);

-- CreateTable
CREATE TABLE "ProjectTheme" (
    "projectId" TEXT NOT NULL,
    "themeId" TEXT NOT NULL,

    CONSTRAINT "ProjectTheme_pkey" PRIMARY KEY ("projectId","themeId")
);

-- CreateTable
CREATE TABLE "ProjectLink" (
    "id" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ProjectLink_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ContactPerson" (
    "id" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "role" TEXT NOT NULL DEFAULT '',
    "email" TEXT NOT NULL DEFAULT '',
    "phone" TEXT NOT NULL DEFAULT '',
    "organisation" TEXT NOT NULL DEFAULT '',
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ContactPerson_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProjectLeader" (
    "projectId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,

    CONSTRAINT "ProjectLeader_pkey" PRIMARY KEY ("projectId","userId")
);

-- CreateTable
CREATE TABLE "ReportingPeriod" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "shortLabel" TEXT NOT NULL,
    "peildatum" DATE NOT NULL,
    "state" "PeriodState" NOT NULL DEFAULT 'PLANNED',
    "openedAt" TIMESTAMP(3),
    "closedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ReportingPeriod_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProjectAssessment" (
    "id" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "periodId" TEXT NOT NULL,
    "status" "ProjectStatus",
    "impact" "Impact",
    "sharing" "ResultSharing",
    "scalability" "Scalability",
    "careOrgCount" INTEGER,
    "note" TEXT NOT NULL DEFAULT '',
    "assessedById" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ProjectAssessment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AssessmentProposal" (
    "id" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "periodId" TEXT NOT NULL,
    "status" "ProjectStatus",
    "impact" "Impact",
    "sharing" "ResultSharing",
    "scalability" "Scalability",
    "careOrgCount" INTEGER,
    "note" TEXT NOT NULL DEFAULT '',
    "proposedById" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AssessmentProposal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProgressUpdate" (
    "id" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "periodId" TEXT NOT NULL,
    "state" "UpdateState" NOT NULL DEFAULT 'DRAFT',
    "status" "ProjectStatus",
    "progress" TEXT NOT NULL DEFAULT '',
    "resultsSoFar" TEXT NOT NULL DEFAULT '',
    "lessonsLearned" TEXT NOT NULL DEFAULT '',
    "nextSteps" TEXT NOT NULL DEFAULT '',
    "risks" TEXT NOT NULL DEFAULT '',
    "careOrgCount" INTEGER,
    "returnComment" TEXT NOT NULL DEFAULT '',
    "submittedAt" TIMESTAMP(3),
    "submittedById" TEXT,
    "reviewedAt" TIMESTAMP(3),
    "reviewedById" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ProgressUpdate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RegionScore" (
    "id" TEXT NOT NULL,
    "regionId" TEXT NOT NULL,
    "periodId" TEXT NOT NULL,
    "agreements" INTEGER,
    "dynamics" INTEGER,
    "vision" INTEGER,
    "note" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "RegionScore_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReportVersion" (
    "id" TEXT NOT NULL,
    "periodId" TEXT NOT NULL,
    "comparePeriodId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "state" "ReportState" NOT NULL DEFAULT 'DRAFT',
    "narrative" JSONB NOT NULL DEFAULT '{}',
    "snapshot" JSONB,
    "createdById" TEXT,
    "publishedById" TEXT,
    "publishedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ReportVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditLog" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorUserId" TEXT,
    "action" "AuditAction" NOT NULL,
    "entity" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "before" JSONB,
    "after" JSONB,

    CONSTRAINT "AuditLog_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Concessiehouder_code_key" ON "Concessiehouder"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Zorgkantoorregio_cbsCode_key" ON "Zorgkantoorregio"("cbsCode");

-- CreateIndex
CREATE INDEX "ConcessionAssignment_concessiehouderId_idx" ON "ConcessionAssignment"("concessiehouderId");

-- CreateIndex
CREATE UNIQUE INDEX "ConcessionAssignment_zorgkantoorregioId_validFrom_key" ON "ConcessionAssignment"("zorgkantoorregioId", "validFrom");

-- CreateIndex
CREATE UNIQUE INDEX "Region_code_key" ON "Region"("code");

-- CreateIndex
CREATE INDEX "Region_zorgkantoorregioId_idx" ON "Region"("zorgkantoorregioId");

-- CreateIndex
CREATE UNIQUE INDEX "Hoofdrubriek_code_key" ON "Hoofdrubriek"("code");

-- CreateIndex
CREATE UNIQUE INDEX "KwaliteitskaderTheme_code_key" ON "KwaliteitskaderTheme"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Organisation_name_type_key" ON "Organisation"("name", "type");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "Membership_concessiehouderId_idx" ON "Membership"("concessiehouderId");

-- CreateIndex
CREATE UNIQUE INDEX "Membership_userId_role_concessiehouderId_key" ON "Membership"("userId", "role", "concessiehouderId");

-- CreateIndex
CREATE UNIQUE INDEX "Project_wirNumber_key" ON "Project"("wirNumber");

-- CreateIndex
CREATE INDEX "Project_regionId_idx" ON "Project"("regionId");

-- CreateIndex
CREATE INDEX "Project_hoofdrubriekId_idx" ON "Project"("hoofdrubriekId");

-- CreateIndex
CREATE INDEX "ProjectPartner_organisationId_idx" ON "ProjectPartner"("organisationId");

-- CreateIndex
CREATE INDEX "ProjectLink_projectId_idx" ON "ProjectLink"("projectId");

-- CreateIndex
CREATE INDEX "ContactPerson_projectId_idx" ON "ContactPerson"("projectId");

-- CreateIndex
CREATE INDEX "ProjectLeader_userId_idx" ON "ProjectLeader"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "ReportingPeriod_code_key" ON "ReportingPeriod"("code");

-- CreateIndex
CREATE INDEX "ProjectAssessment_periodId_idx" ON "ProjectAssessment"("periodId");

-- CreateIndex
CREATE UNIQUE INDEX "ProjectAssessment_projectId_periodId_key" ON "ProjectAssessment"("projectId", "periodId");

-- CreateIndex
CREATE UNIQUE INDEX "AssessmentProposal_projectId_periodId_key" ON "AssessmentProposal"("projectId", "periodId");

-- CreateIndex
CREATE INDEX "ProgressUpdate_periodId_state_idx" ON "ProgressUpdate"("periodId", "state");

-- CreateIndex
CREATE UNIQUE INDEX "ProgressUpdate_projectId_periodId_key" ON "ProgressUpdate"("projectId", "periodId");

-- CreateIndex
CREATE INDEX "RegionScore_periodId_idx" ON "RegionScore"("periodId");

-- CreateIndex
CREATE UNIQUE INDEX "RegionScore_regionId_periodId_key" ON "RegionScore"("regionId", "periodId");

-- CreateIndex
CREATE UNIQUE INDEX "ReportVersion_periodId_number_key" ON "ReportVersion"("periodId", "number");

-- CreateIndex
CREATE INDEX "AuditLog_entity_entityId_idx" ON "AuditLog"("entity", "entityId");

-- CreateIndex
CREATE INDEX "AuditLog_actorUserId_idx" ON "AuditLog"("actorUserId");

-- AddForeignKey
ALTER TABLE "ConcessionAssignment" ADD CONSTRAINT "ConcessionAssignment_zorgkantoorregioId_fkey" FOREIGN KEY ("zorgkantoorregioId") REFERENCES "Zorgkantoorregio"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConcessionAssignment" ADD CONSTRAINT "ConcessionAssignment_concessiehouderId_fkey" FOREIGN KEY ("concessiehouderId") REFERENCES "Concessiehouder"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Region" ADD CONSTRAINT "Region_zorgkantoorregioId_fkey" FOREIGN KEY ("zorgkantoorregioId") REFERENCES "Zorgkantoorregio"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Organisation" ADD CONSTRAINT "Organisation_proposedById_fkey" FOREIGN KEY ("proposedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_concessiehouderId_fkey" FOREIGN KEY ("concessiehouderId") REFERENCES "Concessiehouder"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Project" ADD CONSTRAINT "Project_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Project" ADD CONSTRAINT "Project_hoofdrubriekId_fkey" FOREIGN KEY ("hoofdrubriekId") REFERENCES "Hoofdrubriek"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Project" ADD CONSTRAINT "Project_leadOrganisationId_fkey" FOREIGN KEY ("leadOrganisationId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectPartner" ADD CONSTRAINT "ProjectPartner_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectPartner" ADD CONSTRAINT "ProjectPartner_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectTheme" ADD CONSTRAINT "ProjectTheme_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectTheme" ADD CONSTRAINT "ProjectTheme_themeId_fkey" FOREIGN KEY ("themeId") REFERENCES "KwaliteitskaderTheme"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectLink" ADD CONSTRAINT "ProjectLink_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContactPerson" ADD CONSTRAINT "ContactPerson_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectLeader" ADD CONSTRAINT "ProjectLeader_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectLeader" ADD CONSTRAINT "ProjectLeader_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectAssessment" ADD CONSTRAINT "ProjectAssessment_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectAssessment" ADD CONSTRAINT "ProjectAssessment_periodId_fkey" FOREIGN KEY ("periodId") REFERENCES "ReportingPeriod"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AssessmentProposal" ADD CONSTRAINT "AssessmentProposal_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AssessmentProposal" ADD CONSTRAINT "AssessmentProposal_periodId_fkey" FOREIGN KEY ("periodId") REFERENCES "ReportingPeriod"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgressUpdate" ADD CONSTRAINT "ProgressUpdate_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgressUpdate" ADD CONSTRAINT "ProgressUpdate_periodId_fkey" FOREIGN KEY ("periodId") REFERENCES "ReportingPeriod"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RegionScore" ADD CONSTRAINT "RegionScore_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RegionScore" ADD CONSTRAINT "RegionScore_periodId_fkey" FOREIGN KEY ("periodId") REFERENCES "ReportingPeriod"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReportVersion" ADD CONSTRAINT "ReportVersion_periodId_fkey" FOREIGN KEY ("periodId") REFERENCES "ReportingPeriod"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReportVersion" ADD CONSTRAINT "ReportVersion_comparePeriodId_fkey" FOREIGN KEY ("comparePeriodId") REFERENCES "ReportingPeriod"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditLog" ADD CONSTRAINT "AuditLog_actorUserId_fkey" FOREIGN KEY ("actorUserId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

