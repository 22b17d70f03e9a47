-- CreateEnum
CREATE TYPE "ProductType" AS ENUM ('HANDREIKING', 'INSTRUMENT', 'E_LEARNING', 'FILM', 'RAPPORT', 'WEBSITE', 'ANDER');

-- AlterTable
ALTER TABLE "Project" ADD COLUMN     "publishedAt" TIMESTAMP(3),
ADD COLUMN     "publishedById" TEXT,
ADD COLUMN     "searchVector" tsvector,
ADD COLUMN     "withdrawnAt" TIMESTAMP(3),
ADD COLUMN     "withdrawnById" TEXT,
ADD COLUMN     "withdrawnReason" TEXT NOT NULL DEFAULT '';

-- AlterTable
ALTER TABLE "ContactPerson" ADD COLUMN     "publicConsent" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "KnowledgeProduct" (
    "id" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "type" "ProductType" NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "url" TEXT NOT NULL DEFAULT '',
    "fileKey" TEXT,
    "fileName" TEXT,
    "fileType" TEXT,
    "fileSize" INTEGER,
    "position" INTEGER NOT NULL DEFAULT 0,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "KnowledgeProduct_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Lesson" (
    "id" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "title" TEXT NOT NULL DEFAULT '',
    "text" TEXT NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Lesson_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ShowcaseChoice" (
    "id" TEXT NOT NULL,
    "periodId" TEXT NOT NULL,
    "regionId" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "chosenById" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ShowcaseChoice_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SearchWord" (
    "word" TEXT NOT NULL,

    CONSTRAINT "SearchWord_pkey" PRIMARY KEY ("word")
);

-- CreateTable
CREATE TABLE "RateLimitWindow" (
    "key" TEXT NOT NULL,
    "windowStart" TIMESTAMP(3) NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "RateLimitWindow_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "KnowledgeProduct_projectId_idx" ON "KnowledgeProduct"("projectId");

-- CreateIndex
CREATE INDEX "Lesson_projectId_idx" ON "Lesson"("projectId");

-- CreateIndex
CREATE INDEX "ShowcaseChoice_projectId_idx" ON "ShowcaseChoice"("projectId");

-- CreateIndex
CREATE UNIQUE INDEX "ShowcaseChoice_periodId_regionId_key" ON "ShowcaseChoice"("periodId", "regionId");

-- AddForeignKey
ALTER TABLE "KnowledgeProduct" ADD CONSTRAINT "KnowledgeProduct_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Lesson" ADD CONSTRAINT "Lesson_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ShowcaseChoice" ADD CONSTRAINT "ShowcaseChoice_periodId_fkey" FOREIGN KEY ("periodId") REFERENCES "ReportingPeriod"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ShowcaseChoice" ADD CONSTRAINT "ShowcaseChoice_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ShowcaseChoice" ADD CONSTRAINT "ShowcaseChoice_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- ---------------------------------------------------------------------------
-- Search index (docs/decisions/0020-projectenbank-search-index.md), written by hand.
-- ---------------------------------------------------------------------------
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS unaccent;

-- Dutch stemming and stop words after removing accents ("cliënten" = "clienten").
CREATE TEXT SEARCH CONFIGURATION regiotafel_nl (COPY = pg_catalog.dutch);
ALTER TEXT SEARCH CONFIGURATION regiotafel_nl
  ALTER MAPPING FOR hword, hword_part, word WITH unaccent, dutch_stem;

-- The weighted document of one project: title and number (A), goal and description (B),
-- results, products and lessons (C), organisations, region and themes (D). Contacts are left
-- out: a contact without consent must not be findable.
CREATE FUNCTION project_search_text(p "Project") RETURNS text[] LANGUAGE sql STABLE AS $$
  SELECT ARRAY[
    p."title" || ' ' || p."wirNumber",
    p."goal" || ' ' || p."description",
    p."results" || ' ' || p."deliveredProducts" || ' ' || p."lessonsLearned"
      || ' ' || coalesce((SELECT string_agg(k."title" || ' ' || k."description", ' ') FROM "KnowledgeProduct" k WHERE k."projectId" = p."id"), '')
      || ' ' || coalesce((SELECT string_agg(l."title" || ' ' || l."text", ' ') FROM "Lesson" l WHERE l."projectId" = p."id"), ''),
    coalesce((SELECT o."name" FROM "Organisation" o WHERE o."id" = p."leadOrganisationId"), '')
      || ' ' || coalesce((SELECT string_agg(o."name", ' ') FROM "ProjectPartner" pp JOIN "Organisation" o ON o."id" = pp."organisationId" WHERE pp."projectId" = p."id"), '')
      || ' ' || coalesce((SELECT r."name" FROM "Region" r WHERE r."id" = p."regionId"), '')
      || ' ' || coalesce((SELECT string_agg(t."label", ' ') FROM "ProjectTheme" pt JOIN "KwaliteitskaderTheme" t ON t."id" = pt."themeId" WHERE pt."projectId" = p."id"), '')
  ]
$$;

CREATE FUNCTION project_search_refresh() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  parts text[];
BEGIN
  IF TG_OP = 'UPDATE' AND NEW."searchVector" IS NOT NULL
     AND NEW."title" = OLD."title" AND NEW."wirNumber" = OLD."wirNumber" AND NEW."goal" = OLD."goal"
     AND NEW."description" = OLD."description" AND NEW."results" = OLD."results"
     AND NEW."deliveredProducts" = OLD."deliveredProducts" AND NEW."lessonsLearned" = OLD."lessonsLearned"
     AND NEW."leadOrganisationId" IS NOT DISTINCT FROM OLD."leadOrganisationId" AND NEW."regionId" = OLD."regionId" THEN
    RETURN NEW;
  END IF;
  parts := project_search_text(NEW);
  NEW."searchVector" :=
       setweight(to_tsvector('regiotafel_nl', parts[1]), 'A')
    || setweight(to_tsvector('regiotafel_nl', parts[2]), 'B')
    || setweight(to_tsvector('regiotafel_nl', parts[3]), 'C')
    || setweight(to_tsvector('regiotafel_nl', parts[4]), 'D');
  -- the word list for typo correction (ordered: concurrent writers take locks in one order)
  INSERT INTO "SearchWord" ("word")
    SELECT w FROM unnest(tsvector_to_array(to_tsvector('simple', unaccent(array_to_string(parts, ' '))))) w
    WHERE length(w) BETWEEN 4 AND 40 AND w !~ '^[0-9]+$'
    ORDER BY w
  ON CONFLICT DO NOTHING;
  RETURN NEW;
END $$;

CREATE TRIGGER project_search_refresh BEFORE INSERT OR UPDATE ON "Project"
  FOR EACH ROW EXECUTE FUNCTION project_search_refresh();

-- A change to a project's products, lessons, partners or themes marks its document stale; the
-- trigger above rebuilds it. Statement-level, so a bulk import updates each project once.
CREATE FUNCTION project_search_touch() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    UPDATE "Project" SET "searchVector" = NULL WHERE "id" IN (SELECT DISTINCT "projectId" FROM old_rows);
  ELSE
    UPDATE "Project" SET "searchVector" = NULL WHERE "id" IN (SELECT DISTINCT "projectId" FROM new_rows);
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER knowledge_product_search_ins AFTER INSERT ON "KnowledgeProduct" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION project_search_touch();
CREATE TRIGGER knowledge_product_search_upd AFTER UPDATE ON "KnowledgeProduct" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION project_search_touch();
CREATE TRIGGER knowledge_product_search_del AFTER DELETE ON "KnowledgeProduct" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION project_search_touch();
CREATE TRIGGER lesson_search_ins AFTER INSERT ON "Lesson" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION project_search_touch();
CREATE TRIGGER lesson_search_upd AFTER UPDATE ON "Lesson" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION project_search_touch();
CREATE TRIGGER lesson_search_del AFTER DELETE ON "Lesson" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION project_search_touch();
CREATE TRIGGER project_partner_search_ins AFTER INSERT ON "ProjectPartner" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION project_search_touch();
CREATE TRIGGER project_partner_search_del AFTER DELETE ON "ProjectPartner" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION project_search_touch();
CREATE TRIGGER project_theme_search_ins AFTER INSERT ON "ProjectTheme" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION project_search_touch();
CREATE TRIGGER project_theme_search_del AFTER DELETE ON "ProjectTheme" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION project_search_touch();

CREATE INDEX "Project_searchVector_idx" ON "Project" USING GIN ("searchVector");
CREATE INDEX "SearchWord_word_trgm_idx" ON "SearchWord" USING GIN ("word" gin_trgm_ops);
CREATE INDEX "Project_published_idx" ON "Project" ("regionId") WHERE "isPublic" AND "lifecycle" = 'ACTIVE';

-- existing rows: build their documents; cards already public count as published now
UPDATE "Project" SET "searchVector" = NULL, "publishedAt" = CASE WHEN "isPublic" THEN now() ELSE NULL END;
