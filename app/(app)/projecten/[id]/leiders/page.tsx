import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getProjectLeaders } from "@/lib/server/accounts";
import { PageHeader } from "@/components/ui/page-header";
import { InviteLeaderForm } from "@/components/forms/user-forms";
import { inviteLeaderAction } from "./actions";
import type { Ctx } from "@/lib/server/accounts/session";
import { gatedProjectPage } from "../gate";

export const metadata: Metadata = { title: "Projectleiders" };

/** Who leads a project, and inviting a (co-)leader: WIR, the inkoper of the region, or a leader of the project. */
export default async function ProjectLeadersPage({ params }: { params: Promise<{ id: string }> }) {
  return gatedProjectPage((await params).id, { permissions: ["leader:invite"], page: "leaders", loadingText: "De projectleiders worden geladen…" }, (ctx, id) => <LeadersPage ctx={ctx} id={id} />);
}

async function LeadersPage({ ctx, id }: { ctx: Ctx; id: string }) {
  const project = await getProjectLeaders(ctx, id);
  if (!project) notFound();
  return (
    <>
      <PageHeader
        title={`Projectleiders van ${project.title}`}
        intro={<Link href={`/projecten/${project.id}`} className="underline">Terug naar het project ({project.wirNumber})</Link>}
      />
      <section aria-labelledby="leiders-kop" className="mb-8">
        <h2 id="leiders-kop" className="mb-2 text-lg font-semibold">
          Huidige projectleiders
        </h2>
        {project.leaders.length ? (
          <ul className="list-disc pl-6">
            {project.leaders.map((l) => (
              <li key={l.email}>
                {l.name} ({l.email}){!l.active ? " — gedeactiveerd" : l.invited ? " — uitgenodigd, nog geen wachtwoord gekozen" : ""}
              </li>
            ))}
          </ul>
        ) : (
          <p>Dit project heeft nog geen projectleider.</p>
        )}
      </section>
      <section aria-labelledby="uitnodigen-kop">
        <h2 id="uitnodigen-kop" className="mb-2 text-lg font-semibold">
          Projectleider uitnodigen
        </h2>
        <p className="mb-3 max-w-2xl text-muted">
          Een nieuw e-mailadres krijgt een account als projectleider en een e-mail met een link om een wachtwoord te kiezen. Heeft het adres al een
          account, dan wordt die persoon projectleider van dit project.
        </p>
        <InviteLeaderForm action={inviteLeaderAction} projectId={project.id} />
      </section>
    </>
  );
}
