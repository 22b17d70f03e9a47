import type { Metadata } from "next";
import { referenceLists } from "@/lib/server/reference-data/lists";
import { getProjectForEdit } from "@/lib/server/projects/edit";
import { notFoundOrThrow } from "@/lib/server/core/boundary";
import { PageHeader } from "@/components/ui/page-header";
import { ProjectForm } from "@/components/forms/project-form";
import type { Ctx } from "@/lib/server/accounts/session";
import { gatedProjectPage } from "../gate";

export const metadata: Metadata = { title: "Project bewerken" };

export default async function EditProjectPage({ params }: { params: Promise<{ id: string }> }) {
  return gatedProjectPage((await params).id, { permissions: ["project:edit"], page: "edit", loadingText: "Het project wordt geladen…" }, (ctx, id) => <EditProject ctx={ctx} id={id} />);
}

async function EditProject({ ctx, id }: { ctx: Ctx; id: string }) {
  const project = await getProjectForEdit(ctx, id).catch(notFoundOrThrow);
  const refs = await referenceLists(ctx.db);
  return (
    <>
      <PageHeader title={`${project.values.title} bewerken`} intro={`${project.wirNumber}${project.lifecycle === "DRAFT" ? " · concept" : ""}. Velden met * zijn verplicht.`} />
      <ProjectForm projectId={project.id} version={project.version} initial={project.values} organisations={project.organisations} refs={refs} />
    </>
  );
}
