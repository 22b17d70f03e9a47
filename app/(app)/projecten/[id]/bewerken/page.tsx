import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { pageCtx } from "@/lib/server/accounts/session";
import { hasPermission } from "@/lib/server/core/authz";
import { referenceLists } from "@/lib/server/reference-data/lists";
import { getProjectForEdit } from "@/lib/server/projects/edit";
import { notFoundOrThrow } from "@/lib/server/core/boundary";
import { PageHeader } from "@/components/ui/page-header";
import { ProjectForm } from "@/components/forms/project-form";

export const metadata: Metadata = { title: "Project bewerken" };

export default async function EditProjectPage({ params }: { params: Promise<{ id: string }> }) {
  const ctx = await pageCtx();
  if (!hasPermission(ctx.actor, "project:edit")) notFound();
  const { id } = await params;
  let project;
  try {
    project = await getProjectForEdit(ctx, id);
  } catch (error) {
    notFoundOrThrow(error);
  }
  const refs = await referenceLists(ctx.db);
  return (
    <>
      <PageHeader title={`${project.values.title} bewerken`} intro={`${project.wirNumber}${project.lifecycle === "DRAFT" ? " · concept" : ""}. Velden met * zijn verplicht.`} />
      <ProjectForm projectId={project.id} version={project.version} initial={project.values} organisations={project.organisations} refs={refs} />
    </>
  );
}
