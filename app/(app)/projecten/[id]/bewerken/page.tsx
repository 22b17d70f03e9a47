import type { Metadata } from "next";
import { pageCtx } from "@/lib/server/accounts/session";
import { referenceLists } from "@/lib/server/reference-data/lists";
import { getProjectForEdit } from "@/lib/server/projects/edit";
import { notFoundOrThrow } from "@/lib/server/core/boundary";
import { PageHeader } from "@/components/ui/page-header";
import { ProjectForm } from "@/components/forms/project-form";
import { requirePagePermission } from "@/lib/server/core/page-access";
import { Suspense } from "react";
import { notFound } from "next/navigation";
import type { Ctx } from "@/lib/server/accounts/session";
import { projectPageExists } from "@/lib/server/projects/page-gate";
import { LoadingState } from "@/components/ui/loading";

export const metadata: Metadata = { title: "Project bewerken" };

export default async function EditProjectPage({ params }: { params: Promise<{ id: string }> }) {
  const ctx = await pageCtx();
  requirePagePermission(ctx, "project:edit");
  const { id } = await params;
  if (!(await projectPageExists(ctx, id, "edit"))) notFound();
  return (
    <Suspense fallback={<LoadingState text="Het project wordt geladen…" />}>
      <EditProject ctx={ctx} id={id} />
    </Suspense>
  );
}

async function EditProject({ ctx, id }: { ctx: Ctx; id: string }) {
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
