import type { Metadata } from "next";
import { pageCtx } from "@/lib/server/accounts/session";
import { requirePagePermission } from "@/lib/server/core/page-access";
import { listLibrary } from "@/lib/server/results/library";
import { HOOFDRUBRIEKEN, KWALITEITSKADER_THEMES } from "@/lib/domain/reference-data";
import { INDICATOR_DIRECTION, INDICATOR_UNIT } from "@/lib/domain/results/enums";
import { PageHeader } from "@/components/ui/page-header";
import { Card, EmptyState } from "@/components/ui/card";
import { Badge } from "@/components/ui/badge";
import { LibraryIndicatorForm } from "@/components/forms/results-forms";
import { saveLibraryIndicatorAction } from "./actions";

export const metadata: Metadata = { title: "Indicatorbibliotheek" };

const labelOf = (list: readonly { code: string; label: string }[], code: string) => list.find((x) => x.code === code)?.label ?? code;

/** WIR keeps the library of standard indicators projects choose from. */
export default async function IndicatorLibraryPage() {
  const ctx = await pageCtx();
  requirePagePermission(ctx, "indicator:manage");
  const library = await listLibrary(ctx);
  return (
    <>
      <PageHeader
        title="Indicatorbibliotheek"
        intro="De standaardindicatoren waaruit projecten kiezen. Alleen deze worden in de rapportage tussen projecten vergeleken. Elke wijziging wordt vastgelegd in de wijzigingshistorie."
      />
      {library.length === 0 ? <EmptyState>De bibliotheek is leeg.</EmptyState> : null}
      <div className="space-y-4">
        {library.map((i) => (
          <details key={i.id} className="rounded-lg border border-gray-200 bg-white p-4 shadow-sm">
            <summary className="cursor-pointer">
              <span className="font-semibold">{i.name}</span> <span className="text-sm text-muted">({i.code} · {INDICATOR_UNIT.label(i.unit)} · {INDICATOR_DIRECTION.label(i.direction)} · {i.projectCount} projecten)</span>{" "}
              {i.active ? null : <Badge tone="warning">Niet actief</Badge>}
              <span className="block text-sm">{i.definition}</span>
              <span className="block text-xs text-muted">
                {[...i.hoofdrubriekCodes.map((c) => labelOf(HOOFDRUBRIEKEN, c)), ...i.themeCodes.map((c) => labelOf(KWALITEITSKADER_THEMES, c))].join(" · ")}
              </span>
            </summary>
            <div className="mt-3">
              <LibraryIndicatorForm action={saveLibraryIndicatorAction} values={i} hoofdrubrieken={HOOFDRUBRIEKEN} themes={KWALITEITSKADER_THEMES} />
            </div>
          </details>
        ))}
      </div>
      <Card title="Nieuwe indicator" className="mt-6">
        <LibraryIndicatorForm action={saveLibraryIndicatorAction} values={null} hoofdrubrieken={HOOFDRUBRIEKEN} themes={KWALITEITSKADER_THEMES} />
      </Card>
    </>
  );
}
