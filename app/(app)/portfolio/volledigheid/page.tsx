import type { Metadata } from "next";
import Link from "next/link";
import { pageCtx } from "@/lib/server/accounts/session";
import { periodCompleteness, type CompletenessGroup } from "@/lib/server/review/completeness";
import { listFilterOptions } from "@/lib/server/projects/list";
import { PERIOD_STATE, UPDATE_STATE } from "@/lib/domain/enums";
import { PageHeader } from "@/components/ui/page-header";
import { Card, EmptyState, Figure } from "@/components/ui/card";
import { requirePagePermission } from "@/lib/server/core/page-access";
import { ScrollTable, numeric } from "@/components/ui/table";
import { FilterSelect } from "@/components/ui/filter-select";
import { NoPeriodYet } from "@/components/ui/no-period";

export const metadata: Metadata = { title: "Volledigheid" };

function GroupTable({ caption, head, groups, hrefOf }: { caption: string; head: string; groups: CompletenessGroup[]; hrefOf?: (g: CompletenessGroup) => string }) {
  return (
    <ScrollTable
      caption={caption}
      captionClassName="mb-2 text-left font-semibold text-brand-800"
      cellClassName="px-2 py-1"
      columns={[head, numeric("Projecten"), numeric("Met update"), numeric("Beoordeeld"), numeric("Compleet")]}
    >
      {groups.map((g) => (
        <tr key={g.key} className="border-t border-gray-100">
          <th scope="row" className="px-2 py-1 font-medium">
            {hrefOf ? (
              <Link href={hrefOf(g)} className="text-brand-700 underline">
                {g.name}
              </Link>
            ) : (
              g.name
            )}
          </th>
          <td className="px-2 py-1 text-right tabular-nums">{g.projects}</td>
          <td className="px-2 py-1 text-right tabular-nums">{g.withUpdate}</td>
          <td className="px-2 py-1 text-right tabular-nums">{g.withAssessment}</td>
          <td className={`px-2 py-1 text-right tabular-nums ${g.percent === 100 ? "font-semibold text-green-900" : ""}`}>{g.percent}%</td>
        </tr>
      ))}
    </ScrollTable>
  );
}

export default async function CompletenessPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const ctx = await pageCtx();
  requirePagePermission(ctx, "portfolio:read");
  const sp = await searchParams;
  const code = typeof sp.periode === "string" && /^\d{4}-\d{2}$/.test(sp.periode) ? sp.periode : null;
  const regio = typeof sp.regio === "string" ? sp.regio : null;
  const withLeaderOnly = sp.leider === "1";
  const [c, options] = await Promise.all([periodCompleteness(ctx, code, { withLeaderOnly }), listFilterOptions(ctx, "portfolio")]);
  if (!c.period || !c.total) return <NoPeriodYet title="Volledigheid" />;
  const missing = regio ? c.missing.filter((m) => c.byRegion.find((g) => g.key === regio)?.name === m.regionName) : c.missing;
  const q = (extra: string) => `/portfolio/volledigheid?periode=${c.period!.code}${withLeaderOnly ? "&leider=1" : ""}${extra}`;
  return (
    <>
      <PageHeader
        title="Volledigheid"
        intro={`Hoeveel actieve projecten in periode ${c.period.label} (${PERIOD_STATE.label(c.period.state).toLowerCase()}) een ingediende of goedgekeurde update hebben en een volledige beoordeling van WIR (status, impact, delen en opschaalbaarheid).`}
      />
      <form method="get" className="no-print mb-4 flex items-end gap-2" aria-label="Periode kiezen">
        <FilterSelect
          id="v-periode"
          name="periode"
          label="Periode"
          options={options.periods.map((p) => ({ value: p.code, label: p.label }))}
          defaultValue={c.period.code}
          fullWidth={false}
        />
        <div className="flex items-center gap-2 pb-2">
          <input id="v-leider" name="leider" type="checkbox" value="1" defaultChecked={withLeaderOnly} />
          <label htmlFor="v-leider" className="text-sm">
            Alleen projecten met een projectleider in Regiotafel
          </label>
        </div>
        {regio ? <input type="hidden" name="regio" value={regio} /> : null}
        <button type="submit" className="rounded bg-brand-700 px-4 py-1.5 text-white hover:bg-brand-800">
          Tonen
        </button>
      </form>
      <div className="mb-6 grid gap-4 sm:grid-cols-4">
        <Figure label="Actieve projecten" value={c.total.projects} />
        <Figure label="Met update" value={c.total.withUpdate} />
        <Figure label="Beoordeeld" value={c.total.withAssessment} />
        <Figure label="Compleet" value={`${c.total.percent}%`} hint={`${c.total.complete} van ${c.total.projects}`} />
      </div>
      <div className="grid gap-6 lg:grid-cols-2">
        <Card>
          <GroupTable caption="Per (sub)regio" head="(Sub)regio" groups={c.byRegion} hrefOf={(g) => q(`&regio=${g.key}#ontbreekt`)} />
        </Card>
        <Card>
          <GroupTable caption="Per concessiehouder" head="Concessiehouder" groups={c.byConcessiehouder} />
        </Card>
      </div>
      <Card title={`Wat ontbreekt${regio ? ` in ${c.byRegion.find((g) => g.key === regio)?.name ?? regio}` : ""} (${missing.length})`} className="mt-6">
        <div id="ontbreekt" />
        {regio ? (
          <p className="mb-2 text-sm">
            <Link href={q("")} className="text-brand-700 underline">
              Alle regio&apos;s tonen
            </Link>
          </p>
        ) : null}
        {missing.length === 0 ? (
          <EmptyState>Niets: alles is compleet.</EmptyState>
        ) : (
          <ScrollTable
            caption="Projecten waarvan de update of de beoordeling ontbreekt"
            cellClassName="px-2 py-1"
            columns={["Project", "(Sub)regio", "Update", "Beoordeling"]}
          >
            {missing.map((m) => (
              <tr key={m.projectId} className="border-t border-gray-100">
                <th scope="row" className="px-2 py-1 font-normal">
                  <Link href={`/beoordelen/${m.projectId}?periode=${c.period!.code}`} className="text-brand-700 underline">
                    {m.wirNumber} {m.title}
                  </Link>
                </th>
                <td className="px-2 py-1">{m.regionName}</td>
                <td className="px-2 py-1">
                  {m.missingUpdate ? (m.updateState ? `Ontbreekt (${UPDATE_STATE.label(m.updateState).toLowerCase()})` : "Ontbreekt") : "In orde"}
                  {m.missingUpdate && !m.hasLeader ? <span className="block text-xs text-muted">Geen projectleider in Regiotafel</span> : null}
                </td>
                <td className="px-2 py-1">{m.missingAssessment ? "Ontbreekt" : "In orde"}</td>
              </tr>
            ))}
          </ScrollTable>
        )}
      </Card>
    </>
  );
}
