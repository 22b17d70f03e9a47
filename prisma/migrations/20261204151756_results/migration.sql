-- CreateEnum
CREATE TYPE "IndicatorUnit" AS ENUM ('PERCENT', 'COUNT', 'SCORE_10', 'DAYS', 'HOURS');

-- CreateEnum
CREATE TYPE "IndicatorDirection" AS ENUM ('HIGHER_IS_BETTER', 'LOWER_IS_BETTER');

-- CreateEnum
CREATE TYPE "TrajectStage" AS ENUM ('INTAKE', 'SCAN', 'PLAN', 'FUNDING', 'EXECUTION', 'MIDTERM', 'FINAL', 'BORGING');

-- CreateEnum
CREATE TYPE "FundingDecision" AS ENUM ('GRANTED', 'PARTLY_GRANTED', 'REFUSED');

-- CreateEnum
CREATE TYPE "Transferability" AS ENUM ('YES', 'WITH_ADAPTATION', 'NO');

-- CreateTable
CREATE TABLE "Indicator" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "definition" TEXT NOT NULL DEFAULT '',
    "unit" "IndicatorUnit" NOT NULL,
    "direction" "IndicatorDirection" NOT NULL,
    "hoofdrubriekCodes" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "themeCodes" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "ownerProjectId" TEXT,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Indicator_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProjectIndicator" (
    "id" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "indicatorId" TEXT NOT NULL,
    "baselineValue" DOUBLE PRECISION,
    "baselineDate" DATE,
    "baselineMethod" TEXT NOT NULL DEFAULT '',
    "targetValue" DOUBLE PRECISION,
    "targetDate" DATE,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ProjectIndicator_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IndicatorMeasurement" (
    "id" TEXT NOT NULL,
    "projectIndicatorId" TEXT NOT NULL,
    "periodId" TEXT NOT NULL,
    "value" DOUBLE PRECISION NOT NULL,
    "measuredOn" DATE,
    "note" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "IndicatorMeasurement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TrajectStep" (
    "id" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "stage" "TrajectStage" NOT NULL,
    "date" DATE NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "fundingDecision" "FundingDecision",
    "fundingAmountEuros" INTEGER,
    "recordedById" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "TrajectStep_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FinalEvaluation" (
    "id" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "resultsSummary" TEXT NOT NULL DEFAULT '',
    "successFactors" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "barriers" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "factorsNote" TEXT NOT NULL DEFAULT '',
    "borgingPlan" TEXT NOT NULL DEFAULT '',
    "transferable" "Transferability",
    "transferNote" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "FinalEvaluation_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Indicator_code_key" ON "Indicator"("code");

-- CreateIndex
CREATE INDEX "Indicator_ownerProjectId_idx" ON "Indicator"("ownerProjectId");

-- CreateIndex
CREATE INDEX "ProjectIndicator_indicatorId_idx" ON "ProjectIndicator"("indicatorId");

-- CreateIndex
CREATE UNIQUE INDEX "ProjectIndicator_projectId_indicatorId_key" ON "ProjectIndicator"("projectId", "indicatorId");

-- CreateIndex
CREATE INDEX "IndicatorMeasurement_periodId_idx" ON "IndicatorMeasurement"("periodId");

-- CreateIndex
CREATE UNIQUE INDEX "IndicatorMeasurement_projectIndicatorId_periodId_key" ON "IndicatorMeasurement"("projectIndicatorId", "periodId");

-- CreateIndex
CREATE UNIQUE INDEX "TrajectStep_projectId_stage_key" ON "TrajectStep"("projectId", "stage");

-- CreateIndex
CREATE UNIQUE INDEX "FinalEvaluation_projectId_key" ON "FinalEvaluation"("projectId");

-- AddForeignKey
ALTER TABLE "Indicator" ADD CONSTRAINT "Indicator_ownerProjectId_fkey" FOREIGN KEY ("ownerProjectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectIndicator" ADD CONSTRAINT "ProjectIndicator_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectIndicator" ADD CONSTRAINT "ProjectIndicator_indicatorId_fkey" FOREIGN KEY ("indicatorId") REFERENCES "Indicator"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IndicatorMeasurement" ADD CONSTRAINT "IndicatorMeasurement_projectIndicatorId_fkey" FOREIGN KEY ("projectIndicatorId") REFERENCES "ProjectIndicator"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IndicatorMeasurement" ADD CONSTRAINT "IndicatorMeasurement_periodId_fkey" FOREIGN KEY ("periodId") REFERENCES "ReportingPeriod"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrajectStep" ADD CONSTRAINT "TrajectStep_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FinalEvaluation" ADD CONSTRAINT "FinalEvaluation_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

