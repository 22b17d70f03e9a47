import type { Metadata } from "next";
import { pageCtx } from "@/lib/server/accounts/session";
import { hasPermission } from "@/lib/server/core/authz";
import { isNational } from "@/lib/domain/actor";
import { PageHeader } from "@/components/ui/page-header";
import { Card } from "@/components/ui/card";
import { ImportForm } from "@/components/forms/import-form";
import { SHEETS, SHEET_ORDER } from "@/lib/domain/import/format";
import { requirePagePermission } from "@/lib/server/core/page-access";

export const metadata: Metadata = { title: "Import en export" };

export default async function ImportPage() {
  const ctx = await pageCtx();
  const canImport = hasPermission(ctx.actor, "portfolio:import");
  const canExport = hasPermission(ctx.actor, "portfolio:export");
  requirePagePermission(ctx, "portfolio:import", "portfolio:export");
  const link = "text-brand-700 underline hover:text-brand-800";
  return (
    <>
      <PageHeader
        title="Import en export"
        intro="Breng de projectendatabase van WIR of van een regio in Regiotafel, of download de gegevens in hetzelfde formaat. Elk project heeft een vast WIR-nummer: een bekend nummer werkt het project bij, een nieuw nummer voegt het toe."
      />
      <div className="grid gap-6 lg:grid-cols-3">
        {canImport ? (
          <Card title="Importeren" className="lg:col-span-2">
            <ol className="mb-4 list-decimal space-y-1 pl-6">
              <li>
                Download het <a className={link} href="/api/import/sjabloon">lege sjabloon (Excel)</a> of een export hieronder, en vul het aan.
              </li>
              <li>Kies het bestand en klik op Controleren. U ziet per rij en kolom wat niet klopt; er wordt dan nog niets opgeslagen.</li>
              <li>Is alles in orde, dan ziet u wat er verandert en bevestigt u de import. Alles wordt in één keer opgeslagen, of niets.</li>
            </ol>
            <ImportForm mayChangeClosedPeriods={hasPermission(ctx.actor, "period:manage")} />
          </Card>
        ) : null}
        {canExport ? (
          <Card title="Exporteren">
            <p className="mb-3">{isNational(ctx.actor) ? "De hele portefeuille." : "De projecten en regioscores van uw regio's."}</p>
            <ul className="space-y-2">
              <li>
                <a className={link} href="/api/export?formaat=xlsx">
                  Excel-werkboek (alle bladen)
                </a>
              </li>
              {SHEET_ORDER.map((k) => (
                <li key={k}>
                  <a className={link} href={`/api/export?formaat=csv&blad=${SHEETS[k].fileName}`}>
                    CSV: {SHEETS[k].name.toLowerCase()}
                  </a>
                </li>
              ))}
            </ul>
            {!canImport ? (
              <p className="mt-4 text-sm text-muted">
                <a className={link} href="/api/import/sjabloon">Leeg sjabloon</a>
              </p>
            ) : null}
          </Card>
        ) : null}
      </div>
    </>
  );
}
