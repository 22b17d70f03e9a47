import type { Metadata } from "next";
import { pageCtx } from "@/lib/server/accounts/session";
import { requirePagePermission } from "@/lib/server/core/page-access";
import { referenceDataOverview } from "@/lib/server/reference-data/admin";
import { THEME_GROUP } from "@/lib/domain/enums";
import { PageHeader } from "@/components/ui/page-header";
import { Card } from "@/components/ui/card";
import { formatDate } from "@/components/ui/format";
import { CodeRecordForm, MergerForm, TransferForm } from "@/components/forms/reference-data-forms";
import { mergeConcessiehoudersAction, saveConcessiehouderAction, saveHoofdrubriekAction, saveThemeAction, transferRegionAction } from "./actions";
import { ScrollTable, TableHead, numeric, srOnly } from "@/components/ui/table";

export const metadata: Metadata = { title: "Referentiegegevens" };

const th = "px-3 py-2 font-semibold";
const td = "px-3 py-2 align-top";

function Edit({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <details className="group">
      <summary className="cursor-pointer text-brand-700 underline">{label}</summary>
      <div className="mt-2 min-w-[18rem] rounded border border-gray-200 bg-gray-50 p-3">{children}</div>
    </details>
  );
}

export default async function ReferenceDataPage() {
  const ctx = await pageCtx();
  requirePagePermission(ctx, "reference:manage");
  const data = await referenceDataOverview(ctx);
  const holders = data.concessiehouders.map((c) => ({ value: c.id, label: c.name }));
  const nextOrder = (rows: { reportOrder: number }[]) => Math.max(0, ...rows.map((r) => r.reportOrder)) + 1;
  return (
    <>
      <PageHeader
        title="Referentiegegevens"
        intro="Concessiehouders en hun zorgkantoorregio's door de tijd, hoofdrubrieken en thema's van het Kwaliteitskader. Elke wijziging wordt vastgelegd in het logboek."
      />
      <nav aria-label="Op deze pagina" className="mb-6 flex flex-wrap gap-4 text-brand-700 underline">
        <a href="#concessiehouders">Concessiehouders</a>
        <a href="#regios">Zorgkantoorregio&apos;s</a>
        <a href="#fusie">Fusie of overname</a>
        <a href="#hoofdrubrieken">Hoofdrubrieken</a>
        <a href="#themas">Thema&apos;s</a>
      </nav>

      <Card title="Concessiehouders" id="concessiehouders" className="mb-6">
        <ScrollTable caption="Concessiehouders" cellClassName={th} columns={["Naam", "Code", numeric("Regio's nu"), "In de rapportage", srOnly("Wijzigen")]}>
          {data.concessiehouders.map((c) => (
            <tr key={c.id} className="border-t border-gray-100">
              <th scope="row" className={`${td} font-medium`}>{c.name}</th>
              <td className={td}>{c.code}</td>
              <td className={`${td} text-right`}>{c.regionCount}</td>
              <td className={td}>{c.supported ? `ja, als ${c.reportOrder}e` : "nee (niet ondersteund)"}</td>
              <td className={td}>
                <Edit label={`${c.name} wijzigen`}>
                  <CodeRecordForm action={saveConcessiehouderAction} kind="concessiehouder" record={c} submitLabel={`${c.name} opslaan`} />
                </Edit>
              </td>
            </tr>
          ))}
        </ScrollTable>
        <div className="mt-4">
          <Edit label="Concessiehouder toevoegen">
            <CodeRecordForm action={saveConcessiehouderAction} kind="concessiehouder" record={{ version: 0, code: "", name: "", reportOrder: nextOrder(data.concessiehouders), supported: true }} submitLabel="Concessiehouder toevoegen" />
          </Edit>
        </div>
      </Card>

      <Card title="Zorgkantoorregio's en hun concessiehouder door de tijd" id="regios" className="mb-6">
        <p className="mb-3 text-sm text-muted">
          Een overdracht geldt vanaf de ingangsdatum. Rapporten van perioden met een peildatum daarvoor blijven gelijk: de oude toewijzing blijft bewaard.
        </p>
        <ScrollTable
          caption="Zorgkantoorregio's met hun concessiehouders door de tijd"
          cellClassName={th}
          columns={["Zorgkantoorregio", "(Sub)regio's", "Concessiehouder nu", "Eerder", srOnly("Overdragen")]}
        >
          {data.zorgkantoorregios.map((z) => (
            <tr key={z.id} className="border-t border-gray-100">
              <th scope="row" className={`${td} font-medium`}>
                {z.name} <span className="font-normal text-muted">({z.cbsCode})</span>
              </th>
              <td className={td}>{z.regions.join(", ")}</td>
              <td className={td}>{z.current ? `${z.current.concessiehouderName}, sinds ${formatDate(z.current.validFrom)}` : "geen"}</td>
              <td className={td}>
                {z.history.filter((h) => h.validTo).length === 0 ? (
                  "—"
                ) : (
                  <ul>
                    {z.history
                      .filter((h) => h.validTo)
                      .map((h) => (
                        <li key={h.validFrom}>
                          {h.concessiehouderName}: {formatDate(h.validFrom)} tot {formatDate(h.validTo)}
                        </li>
                      ))}
                  </ul>
                )}
              </td>
              <td className={td}>
                <Edit label={`${z.name} overdragen`}>
                  <TransferForm action={transferRegionAction} zkr={{ id: z.id, name: z.name, version: z.version, currentId: z.current?.concessiehouderId ?? null }} concessiehouders={holders} />
                </Edit>
              </td>
            </tr>
          ))}
        </ScrollTable>
      </Card>

      <Card title="Fusie of overname" id="fusie" className="mb-6">
        <p className="mb-3 text-sm text-muted">Alle zorgkantoorregio&apos;s van een concessiehouder gaan vanaf een datum naar een andere. Voeg een nieuwe concessiehouder eerst toe als die nog niet bestaat.</p>
        <MergerForm action={mergeConcessiehoudersAction} concessiehouders={holders} />
      </Card>

      <Card title="Hoofdrubrieken" id="hoofdrubrieken" className="mb-6">
        <CodeList rows={data.hoofdrubrieken.map((h) => ({ ...h, name: h.label }))} kind="hoofdrubriek" action={saveHoofdrubriekAction} caption="Hoofdrubrieken" />
        <div className="mt-4">
          <Edit label="Hoofdrubriek toevoegen">
            <CodeRecordForm action={saveHoofdrubriekAction} kind="hoofdrubriek" record={{ version: 0, code: "", name: "", reportOrder: nextOrder(data.hoofdrubrieken) }} submitLabel="Hoofdrubriek toevoegen" />
          </Edit>
        </div>
      </Card>

      <Card title="Thema's van het Kwaliteitskader" id="themas">
        <CodeList rows={data.themes.map((t) => ({ ...t, name: t.label, groupLabel: THEME_GROUP.label(t.group) }))} kind="theme" action={saveThemeAction} caption="Thema's van het Kwaliteitskader" />
        <div className="mt-4">
          <Edit label="Thema toevoegen">
            <CodeRecordForm action={saveThemeAction} kind="theme" record={{ version: 0, code: "", name: "", reportOrder: nextOrder(data.themes), group: "" }} submitLabel="Thema toevoegen" />
          </Edit>
        </div>
      </Card>
    </>
  );
}

function CodeList({
  rows,
  kind,
  action,
  caption,
}: {
  rows: { id: string; code: string; name: string; reportOrder: number; version: number; projectCount: number; group?: string; groupLabel?: string }[];
  kind: "hoofdrubriek" | "theme";
  action: typeof saveHoofdrubriekAction;
  caption: string;
}) {
  return (
    <div tabIndex={0} className="overflow-x-auto">
      <table className="min-w-full text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <TableHead cellClassName={th} columns={[numeric("Volgorde"), "Naam", "Code", kind === "theme" ? "Soort" : null, numeric("Projecten"), srOnly("Wijzigen")]} />
        <tbody>
          {rows.map((r) => (
            <tr key={r.id} className="border-t border-gray-100">
              <td className={`${td} text-right`}>{r.reportOrder}</td>
              <th scope="row" className={`${td} font-medium`}>{r.name}</th>
              <td className={td}>{r.code}</td>
              {kind === "theme" ? <td className={td}>{r.groupLabel}</td> : null}
              <td className={`${td} text-right`}>{r.projectCount}</td>
              <td className={td}>
                <Edit label={`${r.name} wijzigen`}>
                  <CodeRecordForm action={action} kind={kind} record={r} submitLabel={`${r.name} opslaan`} />
                </Edit>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
