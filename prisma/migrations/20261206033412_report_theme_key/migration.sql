-- The report counts projects per kwaliteitskader theme (chapter 3) in the same grouped query as
-- every other table (lib/server/report). A second query that joined every assessment to its project
-- and its themes again cost about as much as that query, so each project carries its themes' `seq` numbers, ascending and
-- comma-separated ('' for none), as a copy kept by triggers: the count query groups by this key and
-- spreads it over the themes in TypeScript. Text, not integer[]: hashing an array per row made the
-- count query some 15 % slower (docs/performance.md). Nothing in the app writes the column.

-- AlterTable
ALTER TABLE "Project" ADD COLUMN     "themeKey" TEXT NOT NULL DEFAULT '';

-- The themes of one project as its ascending `seq` numbers, e.g. '2,5'.
CREATE FUNCTION project_theme_key(project_id text) RETURNS text LANGUAGE sql STABLE AS $$
  SELECT COALESCE(string_agg(t."seq"::text, ',' ORDER BY t."seq"), '')
  FROM "ProjectTheme" pt JOIN "KwaliteitskaderTheme" t ON t."id" = pt."themeId"
  WHERE pt."projectId" = project_id
$$;

-- A change to a project's themes refreshes its copy and, as before, marks its search document
-- stale (project_search_touch did only the latter). Deferred like the search documents during a
-- bulk import (regiotafel.defer_search): the importer refreshes both for every project it touched.
CREATE FUNCTION project_theme_touch() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF current_setting('regiotafel.defer_search', true) = 'on' THEN
    RETURN NULL;
  END IF;
  IF TG_OP = 'DELETE' THEN
    UPDATE "Project" SET "searchVector" = NULL, "themeKey" = project_theme_key("id")
    WHERE "id" IN (SELECT DISTINCT "projectId" FROM old_rows);
  ELSIF TG_OP = 'UPDATE' THEN
    UPDATE "Project" SET "searchVector" = NULL, "themeKey" = project_theme_key("id")
    WHERE "id" IN (SELECT "projectId" FROM old_rows UNION SELECT "projectId" FROM new_rows);
  ELSE
    UPDATE "Project" SET "searchVector" = NULL, "themeKey" = project_theme_key("id")
    WHERE "id" IN (SELECT DISTINCT "projectId" FROM new_rows);
  END IF;
  RETURN NULL;
END $$;

DROP TRIGGER project_theme_search_ins ON "ProjectTheme";
DROP TRIGGER project_theme_search_del ON "ProjectTheme";
CREATE TRIGGER project_theme_touch_ins AFTER INSERT ON "ProjectTheme" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION project_theme_touch();
CREATE TRIGGER project_theme_touch_upd AFTER UPDATE ON "ProjectTheme" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION project_theme_touch();
CREATE TRIGGER project_theme_touch_del AFTER DELETE ON "ProjectTheme" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION project_theme_touch();

-- Existing projects.
UPDATE "Project" p SET "themeKey" = project_theme_key(p."id")
WHERE EXISTS (SELECT 1 FROM "ProjectTheme" pt WHERE pt."projectId" = p."id");
