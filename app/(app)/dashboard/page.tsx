import type { Metadata } from "next";
import Link from "next/link";
import { pageCtx } from "@/lib/server/accounts/session";
import { queryProblems } from "@/lib/server/core/boundary";
import { reportOptions } from "@/lib/server/report/document";
import { getReport, parseReportParams } from "@/lib/server/report";
import { reportSearch, type ReportQuery } from "@/lib/domain/report/query";
import { valueTableToDoc } from "@/lib/domain/report-document/from-report";
import { formatCount, formatPercent, formatSigned } from "@/lib/domain/report/format";
import { columnsAsGroups, rowsAsGroups } from "@/lib/domain/report-document/charts";
import { resultsTables } from "@/lib/domain/results/report-tables";
import { headlineHref, judgementCellHref, phaseCellHref, rubriekCellHref } from "@/lib/domain/report-document/links";
import type { HeadlineFigure, Report, ValueTable } from "@/lib/domain/report/types";
import type { DocTable } from "@/lib/domain/report-document/types";
import { TOTAL_KEY } from "@/lib/domain/report/types";
import { PageHeader } from "@/components/ui/page-header";
import { ReportTable } from "@/components/tables/report-table";
import { ReportBarChart } from "@/components/charts/bar-chart";
import { QueryProblem, ReportFilters } from "@/components/forms/report-filters";
import { requirePagePermission } from "@/lib/server/core/page-access";

export const metadata: Metadata = { title: "Dashboard" };

const str = (v: string | string[] | undefined) => (typeof v === "string" ? v : undefined);

function KeyFigure({ f, href, compareLabel }: { f: HeadlineFigure; href: string | null; compareLabel: string }) {
  const value = formatCount(f.value);
  return (
    <li className="rounded-lg border border-gray-200 bg-white p-4 shadow-sm">
      <p className="text-sm text-muted">{f.label}</p>
      <p className="mt-1 text-3xl font-semibold text-brand-800">
        {href ? (
          <Link href={href} className="underline decoration-2 underline-offset-4 hover:text-brand-600" aria-label={`${f.label}: ${value} — toon de projecten`}>
            {value}
          </Link>
        ) : (
          value
        )}
        {f.of != null ? <span className="ml-1 text-base font-normal text-muted">van {formatCount(f.of)}</span> : null}
      </p>
      <p className="mt-1 text-sm">
        {f.share != null ? <span>{formatPercent(f.share)} · </span> : null}
        <span className={f.change > 0 ? "text-green-800" : f.change < 0 ? "text-red-800" : "text-muted"}>
          {formatSigned(f.change)} sinds {compareLabel}
        </span>{" "}
        <span className="text-muted">(was {formatCount(f.compare.value)})</span>
      </p>
    </li>
  );
}

/** The charts of the judgements over the periods: the report's table of each, and how it is drawn. */
const JUDGEMENT_CHARTS = [
  { id: "status", title: "Projectstatus", table: "tabel6", dimension: "status", horizontal: false, height: undefined },
  { id: "impact", title: "Mate van impact", table: "tabel8", dimension: "impact", horizontal: true, height: 380 },
  { id: "opschaalbaarheid", title: "Opschaalbaarheid", table: "tabel11", dimension: "scalability", horizontal: true, height: undefined },
] as const;

function ChartBlock({
  id,
  title,
  table,
  chart,
  cellHref,
  change,
}: {
  id: string;
  title: string;
  table: DocTable;
  chart: React.ReactNode;
  cellHref?: (ri: number, ci: number) => string | null;
  change?: string;
}) {
  return (
    <section aria-labelledby={`h-${id}`} className="mb-10 rounded-lg border border-gray-200 bg-white p-4 shadow-sm">
      <h2 id={`h-${id}`} className="text-lg font-semibold text-brand-800">
        {title}
      </h2>
      {change ? <p className="mt-1 text-sm">{change}</p> : null}
      <div className="mt-3">{chart}</div>
      <ReportTable table={table} cellHref={cellHref} />
    </section>
  );
}

export default async function DashboardPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const ctx = await pageCtx();
  requirePagePermission(ctx, "report:read");
  const params = await searchParams;
  const options = await reportOptions(ctx);
  let report: Report | null = null;
  let query: ReportQuery | null = null;
  let problems: string[] = [];
  try {
    const asked = parseReportParams(params);
    report = await getReport(ctx, asked);
    query = { ...asked, period: report.period.code, compare: report.comparePeriod.code };
  } catch (error) {
    problems = queryProblems(error);
  }
  const values = query
    ? { periode: query.period, vergelijk: query.compare, concessiehouder: query.concessiehouder, regio: query.region, hoofdrubriek: query.hoofdrubriek }
    : { periode: str(params.periode), vergelijk: str(params.vergelijk), concessiehouder: str(params.concessiehouder), regio: str(params.regio), hoofdrubriek: str(params.hoofdrubriek) };
  if (!report || !query) {
    return (
      <>
        <PageHeader title="Dashboard" />
        <QueryProblem messages={problems} />
        <ReportFilters action="/dashboard" options={options} values={values} />
      </>
    );
  }
  // an inkoper's report is its own concessiehouder's portfolio: links keep to it
  const scope = { ...query, concessiehouder: query.concessiehouder ?? report.scope.concessiehouder?.code };
  const periods = [report.comparePeriod.code, report.period.code];
  const labels = { [report.comparePeriod.code]: report.comparePeriod.label, [report.period.code]: report.period.label };
  const chCodes = report.tabel4.columns.map((c) => c.key).filter((k) => k !== TOTAL_KEY && !/^\d{4}-\d{2}$/.test(k) && k !== "VERSCHIL");
  const t4chart = rowsAsGroups(report.tabel4, chCodes);
  const allPeriods = report.periods.map((p) => p.code);
  const r = report;
  const doc = (key: string, title: string, t: ValueTable, rowHeader: string) => valueTableToDoc(r, t, { key, number: "", title: `${title} — cijfers` }, rowHeader);

  return (
    <>
      <PageHeader
        title="Dashboard"
        intro={`Kerncijfers en grafieken voor ${report.period.label}, vergeleken met ${report.comparePeriod.label}. Reikwijdte: ${report.scope.label}. Klik op een getal voor de projecten erachter.`}
        actions={
          <Link href={`/rapportage?${reportSearch(query)}`} className="rounded border border-brand-700 px-3 py-1.5 text-brand-700 hover:bg-brand-50">
            Naar de rapportage
          </Link>
        }
      />
      <ReportFilters action="/dashboard" options={options} values={values} />

      <section aria-labelledby="h-kerncijfers" className="mb-10">
        <h2 id="h-kerncijfers" className="mb-3 text-lg font-semibold text-brand-800">
          Kerncijfers
        </h2>
        <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
          {report.headline.map((f) => (
            <KeyFigure key={f.key} f={f} href={headlineHref(f.key, scope, report.period.code)} compareLabel={report.comparePeriod.label} />
          ))}
        </ul>
      </section>

      {JUDGEMENT_CHARTS.map((c) => (
        <ChartBlock
          key={c.id}
          id={c.id}
          title={c.title}
          table={doc(c.id, c.title, report[c.table], c.title)}
          change={report[c.table].summary}
          chart={<ReportBarChart title={`${c.title} per periode`} tableId={`tabel-${c.id}`} horizontal={c.horizontal} height={c.height} {...rowsAsGroups(report[c.table], periods, labels)} />}
          cellHref={judgementCellHref(report[c.table], c.dimension, scope, periods)}
        />
      ))}
      <ChartBlock
        id="rubriek"
        title={`Hoofdrubriek per concessiehouder (${report.period.label})`}
        table={doc("rubriek", "Hoofdrubriek per concessiehouder", report.tabel4, "Hoofdrubriek")}
        change={report.tabel4.summary}
        chart={<ReportBarChart title="Projecten per hoofdrubriek, gestapeld per concessiehouder" tableId="tabel-rubriek" horizontal stacked height={460} {...t4chart} />}
        cellHref={rubriekCellHref(report.tabel4, scope, report, chCodes)}
      />
      {report.results ? (
        <section aria-labelledby="h-resultaten" className="mb-10">
          <h2 id="h-resultaten" className="mb-3 text-lg font-semibold text-brand-800">
            Resultaten in cijfers
          </h2>
          {resultsTables(report.results, { period: report.period.shortLabel, compare: report.comparePeriod.shortLabel }).map((t) => (
            <ReportTable key={t.key} table={t} />
          ))}
        </section>
      ) : null}
      {(["tabel1", "tabel2", "tabel3"] as const).map((k) => (
        <ChartBlock
          key={k}
          id={`fasen-${k}`}
          title={`Fasen van de regio's: ${report[k].title}`}
          table={doc(`fasen-${k}`, report[k].title, report[k], "Fase")}
          change={report[k].summary}
          chart={<ReportBarChart title={`${report[k].title}: regio's per fase per periode`} tableId={`tabel-fasen-${k}`} stacked {...columnsAsGroups(report[k])} />}
          cellHref={phaseCellHref(report[k], scope, allPeriods)}
        />
      ))}
    </>
  );
}
