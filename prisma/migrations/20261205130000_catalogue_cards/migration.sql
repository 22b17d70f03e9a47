-- The Projectenbank's search table (docs/decisions/0024-catalogue-search-table.md): one narrow row
-- per published card with small integer keys, so a search that matches most of the catalogue
-- reads ~40 MB of narrow rows instead of the wide Project heap and counts every facet from one
-- materialised set. Reference rows get a small stable key (`seq`) for it.

-- AlterTable
ALTER TABLE "Concessiehouder" ADD COLUMN     "seq" SERIAL NOT NULL;

-- AlterTable
ALTER TABLE "Region" ADD COLUMN     "seq" SERIAL NOT NULL;

-- AlterTable
ALTER TABLE "Hoofdrubriek" ADD COLUMN     "seq" SERIAL NOT NULL;

-- AlterTable
ALTER TABLE "KwaliteitskaderTheme" ADD COLUMN     "seq" SERIAL NOT NULL;

-- AlterTable
ALTER TABLE "Organisation" ADD COLUMN     "seq" SERIAL NOT NULL;

-- CreateTable
CREATE TABLE "CatalogueCard" (
    "projectId" TEXT NOT NULL,
    "wirNumber" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "startDate" DATE,
    "startYear" INTEGER,
    "regionSeq" INTEGER NOT NULL,
    "rubriekSeq" INTEGER NOT NULL,
    "concessiehouderSeq" INTEGER,
    "status" "ProjectStatus",
    "scalability" "Scalability",
    "sharing" "ResultSharing",
    "themeSeqs" INTEGER[],
    "partnerSeqs" INTEGER[],
    "searchVector" tsvector NOT NULL,

    CONSTRAINT "CatalogueCard_pkey" PRIMARY KEY ("projectId")
);

-- CreateIndex
CREATE UNIQUE INDEX "Concessiehouder_seq_key" ON "Concessiehouder"("seq");

-- CreateIndex
CREATE UNIQUE INDEX "Region_seq_key" ON "Region"("seq");

-- CreateIndex
CREATE UNIQUE INDEX "Hoofdrubriek_seq_key" ON "Hoofdrubriek"("seq");

-- CreateIndex
CREATE UNIQUE INDEX "KwaliteitskaderTheme_seq_key" ON "KwaliteitskaderTheme"("seq");

-- CreateIndex
CREATE UNIQUE INDEX "Organisation_seq_key" ON "Organisation"("seq");

-- AddForeignKey
ALTER TABLE "CatalogueCard" ADD CONSTRAINT "CatalogueCard_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;


CREATE INDEX "CatalogueCard_searchVector_idx" ON "CatalogueCard" USING GIN ("searchVector");

-- Brings the cards of the given projects in line with their sources: a project has a card while it
-- is published (isPublic, lifecycle ACTIVE) and has its search document; status, scalability and
-- sharing are those of the latest CLOSED period; the concessiehouder is the region's current one.
-- Rows that would not change are not written, so a refresh of everything leaves no dead rows
-- behind when little changed.
CREATE FUNCTION catalogue_refresh(ids text[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM "CatalogueCard" c WHERE c."projectId" = ANY(ids) AND NOT EXISTS (
    SELECT 1 FROM "Project" p WHERE p."id" = c."projectId" AND p."isPublic" AND p."lifecycle" = 'ACTIVE' AND p."searchVector" IS NOT NULL);
  INSERT INTO "CatalogueCard" AS c ("projectId", "wirNumber", "title", "startDate", "startYear", "regionSeq", "rubriekSeq",
      "concessiehouderSeq", "status", "scalability", "sharing", "themeSeqs", "partnerSeqs", "searchVector")
    SELECT p."id", p."wirNumber", p."title", p."startDate", extract(year FROM p."startDate")::int, r."seq", h."seq",
      (SELECT ch."seq" FROM "ConcessionAssignment" ca JOIN "Concessiehouder" ch ON ch."id" = ca."concessiehouderId"
        WHERE ca."zorgkantoorregioId" = r."zorgkantoorregioId" AND ca."validTo" IS NULL ORDER BY ca."validFrom" DESC LIMIT 1),
      a."status", a."scalability", a."sharing",
      ARRAY(SELECT t."seq" FROM "ProjectTheme" pt JOIN "KwaliteitskaderTheme" t ON t."id" = pt."themeId" WHERE pt."projectId" = p."id" ORDER BY t."seq"),
      ARRAY(SELECT o."seq" FROM "ProjectPartner" pp JOIN "Organisation" o ON o."id" = pp."organisationId" WHERE pp."projectId" = p."id" ORDER BY o."seq"),
      p."searchVector"
    FROM "Project" p
    JOIN "Region" r ON r."id" = p."regionId"
    JOIN "Hoofdrubriek" h ON h."id" = p."hoofdrubriekId"
    LEFT JOIN "ProjectAssessment" a ON a."projectId" = p."id"
      AND a."periodId" = (SELECT "id" FROM "ReportingPeriod" WHERE "state" = 'CLOSED' ORDER BY "peildatum" DESC LIMIT 1)
    WHERE p."id" = ANY(ids) AND p."isPublic" AND p."lifecycle" = 'ACTIVE' AND p."searchVector" IS NOT NULL
  ON CONFLICT ("projectId") DO UPDATE SET
    "wirNumber" = EXCLUDED."wirNumber", "title" = EXCLUDED."title", "startDate" = EXCLUDED."startDate", "startYear" = EXCLUDED."startYear",
    "regionSeq" = EXCLUDED."regionSeq", "rubriekSeq" = EXCLUDED."rubriekSeq", "concessiehouderSeq" = EXCLUDED."concessiehouderSeq",
    "status" = EXCLUDED."status", "scalability" = EXCLUDED."scalability", "sharing" = EXCLUDED."sharing",
    "themeSeqs" = EXCLUDED."themeSeqs", "partnerSeqs" = EXCLUDED."partnerSeqs", "searchVector" = EXCLUDED."searchVector"
  WHERE (c."wirNumber", c."title", c."startDate", c."startYear", c."regionSeq", c."rubriekSeq", c."concessiehouderSeq",
         c."status", c."scalability", c."sharing", c."themeSeqs", c."partnerSeqs", c."searchVector")
    IS DISTINCT FROM (EXCLUDED."wirNumber", EXCLUDED."title", EXCLUDED."startDate", EXCLUDED."startYear", EXCLUDED."regionSeq",
         EXCLUDED."rubriekSeq", EXCLUDED."concessiehouderSeq", EXCLUDED."status", EXCLUDED."scalability", EXCLUDED."sharing",
         EXCLUDED."themeSeqs", EXCLUDED."partnerSeqs", EXCLUDED."searchVector");
END $$;

-- Every card: after a change that can touch all of them (a period closed or reopened, a
-- concession moved) and at the end of a bulk import.
CREATE FUNCTION catalogue_refresh_all() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM "CatalogueCard" c WHERE NOT EXISTS (
    SELECT 1 FROM "Project" p WHERE p."id" = c."projectId" AND p."isPublic" AND p."lifecycle" = 'ACTIVE' AND p."searchVector" IS NOT NULL);
  PERFORM catalogue_refresh(ARRAY(SELECT "id" FROM "Project" WHERE "isPublic" AND "lifecycle" = 'ACTIVE'));
END $$;

-- Row changes of a project or of its judgements refresh those projects' cards; a trigger created
-- with the argument 'all' (a change that can move every card) refreshes all of them. A bulk import
-- (transaction-local regiotafel.defer_search = 'on') refreshes every card once at its end instead.
CREATE FUNCTION catalogue_touch() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF current_setting('regiotafel.defer_search', true) = 'on' THEN
    RETURN NULL;
  ELSIF TG_NARGS > 0 AND TG_ARGV[0] = 'all' THEN
    PERFORM catalogue_refresh_all();
  ELSIF TG_TABLE_NAME = 'Project' THEN
    PERFORM catalogue_refresh(ARRAY(SELECT "id" FROM new_rows)); -- a deleted project's card goes by ON DELETE CASCADE
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM catalogue_refresh(ARRAY(SELECT DISTINCT "projectId" FROM old_rows));
  ELSE
    PERFORM catalogue_refresh(ARRAY(SELECT DISTINCT "projectId" FROM new_rows));
  END IF;
  RETURN NULL;
END $$;

-- Themes, partners, products and lessons already mark the project's search document stale with an
-- UPDATE of "Project" (project_search_touch), which reaches the card through these triggers.
CREATE TRIGGER catalogue_project_ins AFTER INSERT ON "Project" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION catalogue_touch();
CREATE TRIGGER catalogue_project_upd AFTER UPDATE ON "Project" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION catalogue_touch();
CREATE TRIGGER catalogue_assessment_ins AFTER INSERT ON "ProjectAssessment" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION catalogue_touch();
CREATE TRIGGER catalogue_assessment_upd AFTER UPDATE ON "ProjectAssessment" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION catalogue_touch();
CREATE TRIGGER catalogue_assessment_del AFTER DELETE ON "ProjectAssessment" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION catalogue_touch();
-- Which period is the latest closed one, and which concessiehouder holds a region: every card.
CREATE TRIGGER catalogue_period_ins_del AFTER INSERT OR DELETE ON "ReportingPeriod" FOR EACH STATEMENT EXECUTE FUNCTION catalogue_touch('all');
CREATE TRIGGER catalogue_period_upd AFTER UPDATE OF "state", "peildatum" ON "ReportingPeriod" FOR EACH STATEMENT EXECUTE FUNCTION catalogue_touch('all');
CREATE TRIGGER catalogue_assignment AFTER INSERT OR UPDATE OR DELETE ON "ConcessionAssignment" FOR EACH STATEMENT EXECUTE FUNCTION catalogue_touch('all');
CREATE TRIGGER catalogue_region_upd AFTER UPDATE OF "zorgkantoorregioId" ON "Region" FOR EACH STATEMENT EXECUTE FUNCTION catalogue_touch('all');

SELECT catalogue_refresh_all();
