-- A bulk import defers the Projectenbank search documents: while the transaction-local setting
-- regiotafel.defer_search is 'on', a new project gets no document and changes to partners,
-- themes, products and lessons do not mark documents stale. The importer then rebuilds the
-- documents of the projects it touched once, at the end of its transaction (docs/performance.md).
-- Without the setting both functions behave exactly as before.
CREATE OR REPLACE FUNCTION project_search_refresh() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  parts text[];
BEGIN
  IF TG_OP = 'INSERT' AND current_setting('regiotafel.defer_search', true) = 'on' THEN
    RETURN NEW;
  END IF;
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

CREATE OR REPLACE FUNCTION project_search_touch() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF current_setting('regiotafel.defer_search', true) = 'on' THEN
    RETURN NULL;
  END IF;
  IF TG_OP = 'DELETE' THEN
    UPDATE "Project" SET "searchVector" = NULL WHERE "id" IN (SELECT DISTINCT "projectId" FROM old_rows);
  ELSE
    UPDATE "Project" SET "searchVector" = NULL WHERE "id" IN (SELECT DISTINCT "projectId" FROM new_rows);
  END IF;
  RETURN NULL;
END $$;
