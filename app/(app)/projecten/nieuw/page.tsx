import type { Metadata } from "next";
import { pageCtx } from "@/lib/server/accounts/session";
import { referenceLists } from "@/lib/server/reference-data/lists";
import { PageHeader } from "@/components/ui/page-header";
import { EMPTY_PROJECT, ProjectForm } from "@/components/forms/project-form";
import { requirePagePermission } from "@/lib/server/core/page-access";
import { NEW_PROJECT_NUMBER_NOTE } from "@/lib/domain/project-number";

export const metadata: Metadata = { title: "Project registreren" };

export default async function NewProjectPage() {
  const ctx = await pageCtx();
  requirePagePermission(ctx, "project:create");
  const refs = await referenceLists(ctx.db);
  return (
    <>
      <PageHeader
        title="Project registreren"
        intro={`Vul in wat u nu weet; u kunt het project als concept bewaren en later aanvullen. Velden met * zijn verplicht. Pas als u het indient, ziet het zorgkantoor het. ${NEW_PROJECT_NUMBER_NOTE}`}
      />
      <ProjectForm version={0} initial={EMPTY_PROJECT} organisations={[]} refs={refs} />
    </>
  );
}
