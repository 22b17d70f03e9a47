import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { pageCtx } from "@/lib/server/accounts/session";
import { hasPermission } from "@/lib/server/core/authz";
import { referenceLists } from "@/lib/server/reference-data/lists";
import { PageHeader } from "@/components/ui/page-header";
import { EMPTY_PROJECT, ProjectForm } from "@/components/forms/project-form";

export const metadata: Metadata = { title: "Project registreren" };

export default async function NewProjectPage() {
  const ctx = await pageCtx();
  if (!hasPermission(ctx.actor, "project:create")) notFound();
  const refs = await referenceLists(ctx.db);
  return (
    <>
      <PageHeader
        title="Project registreren"
        intro="Vul in wat u nu weet; u kunt het project als concept bewaren en later aanvullen. Velden met * zijn verplicht. Pas als u het indient, ziet het zorgkantoor het."
      />
      <ProjectForm version={0} initial={EMPTY_PROJECT} organisations={[]} refs={refs} />
    </>
  );
}
