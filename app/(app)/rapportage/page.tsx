import type { Metadata } from "next";
import Link from "next/link";
import { pageCtx } from "@/lib/server/accounts/session";
import { hasPermission } from "@/lib/server/core/authz";
import { queryProblems } from "@/lib/server/core/boundary";
import { reportOptions, resolveReport, type ResolvedReport } from "@/lib/server/report/document";
import { parseReportParams } from "@/lib/server/report";
import { reportSearch } from "@/lib/domain/report/query";
import { PageHeader } from "@/components/ui/page-header";
import { PrintButton } from "@/components/ui/print-button";
import { ReportTable } from "@/components/tables/report-table";
import { DocChartFigure } from "@/components/charts/doc-chart";
import { visibleChapters } from "@/lib/domain/report-document/types";
import { coverLines } from "@/lib/domain/report-document/cover";
import { NarrativeForm } from "@/components/forms/narrative-form";
import { QueryProblem, ReportFilters } from "@/components/forms/report-filters";
import { PublishVersionForm, StartVersionForm } from "@/components/forms/version-actions";
import { formatDateTime } from "@/components/ui/format";
import { publishVersionAction, saveNarrativeAction, startVersionAction } from "./actions";
import { requirePagePermission } from "@/lib/server/core/page-access";

export const metadata: Metadata = { title: "Voortgangsrapportage" };

function str(v: string | string[] | undefined): string | undefined {
  return typeof v === "string" ? v : undefined;
}

export default async function ReportPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const ctx = await pageCtx();
  requirePagePermission(ctx, "report:read");
  const params = await searchParams;
  const options = await reportOptions(ctx);
  let resolved: ResolvedReport | null = null;
  let problems: string[] = [];
  try {
    resolved = await resolveReport(ctx, parseReportParams(params));
  } catch (error) {
    problems = queryProblems(error);
  }
  const values = resolved
    ? { periode: resolved.query.period, vergelijk: resolved.query.compare, concessiehouder: resolved.query.concessiehouder, regio: resolved.query.region, hoofdrubriek: resolved.query.hoofdrubriek }
    : { periode: str(params.periode), vergelijk: str(params.vergelijk), concessiehouder: str(params.concessiehouder), regio: str(params.regio), hoofdrubriek: str(params.hoofdrubriek) };

  if (!resolved) {
    return (
      <>
        <PageHeader title="Voortgangsrapportage" />
        <QueryProblem messages={problems} />
        <ReportFilters action="/rapportage" options={options} values={values} />
      </>
    );
  }
  const { document: doc, version, versions, editable, query } = resolved;
  const wir = hasPermission(ctx.actor, "report:edit");
  const exportQuery = reportSearch(query);
  const filtered = !!(query.concessiehouder || query.region || query.hoofdrubriek);
  const chapters = visibleChapters(doc, editable);

  return (
    <article className="report">
      <div className="no-print">
        <PageHeader
          title={doc.title}
          intro={
            <>
              Peildatum {doc.period.label}, vergeleken met {doc.compare.label}. Reikwijdte: {doc.scopeLabel}.
              {version ? (
                <>
                  {" "}
                  <strong>
                    Versie {version.number} ({version.state === "PUBLISHED" ? `gepubliceerd ${formatDateTime(version.publishedAt)}${version.publishedByName ? ` door ${version.publishedByName}` : ""}` : "concept"})
                  </strong>
                  .
                </>
              ) : null}
            </>
          }
          actions={
            <>
              <PrintButton />
            </>
          }
        />
      </div>
      <ReportFilters action="/rapportage" options={options} values={values} filters={!version || !wir} />

      <nav aria-label="Downloads" className="no-print mb-6 flex flex-wrap items-center gap-3 rounded-lg border border-gray-200 bg-white p-4 text-sm">
        <span className="font-medium">Downloaden:</span>
        <a className="text-brand-700 underline" href={`/api/rapportage/export/xlsx?${exportQuery}`} download>
          Excel (XLSX)
        </a>
        <a className="text-brand-700 underline" href={`/api/rapportage/export/docx?${exportQuery}`} download>
          Word (DOCX)
        </a>
        {/* a published version's frozen JSON comes from the export; the live report from the documented API (docs/report-api.md) */}
        <a className="text-brand-700 underline" href={version?.state === "PUBLISHED" ? `/api/rapportage/export/json?${exportQuery}` : `/api/rapportage?${reportSearch({ ...query, version: undefined })}`}>
          JSON
        </a>
        <span className="text-muted">CSV: onder elke tabel.</span>
        {hasPermission(ctx.actor, "showcase:choose") ? (
          <Link className="ml-auto text-brand-700 underline" href={`/rapportage/voorbeeldprojecten?periode=${encodeURIComponent(query.period)}`}>
            Voorbeeldprojecten kiezen (Bijlage 2)
          </Link>
        ) : null}
      </nav>

      {wir && !filtered ? (
        <section aria-labelledby="versies" className="no-print mb-8 rounded-lg border border-gray-200 bg-white p-4">
          <h2 id="versies" className="text-lg font-semibold text-brand-800">
            Versies van de rapportage {doc.period.label}
          </h2>
          {versions.length === 0 ? (
            <p className="mt-2 text-muted">Er is nog geen versie. Start een versie om de toelichting te schrijven en te publiceren.</p>
          ) : (
            <ul className="mt-2 space-y-1">
              {versions.map((v) => (
                <li key={v.id}>
                  <Link
                    href={`/rapportage?${reportSearch({ period: v.period.code, compare: v.comparePeriod.code, version: v.number })}`}
                    aria-current={version?.id === v.id ? "page" : undefined}
                    className="text-brand-700 underline"
                  >
                    Versie {v.number}
                  </Link>{" "}
                  — vergeleken met {v.comparePeriod.label} —{" "}
                  {v.state === "PUBLISHED" ? `gepubliceerd ${formatDateTime(v.publishedAt)}${v.publishedByName ? ` door ${v.publishedByName}` : ""}` : "concept"}
                </li>
              ))}
            </ul>
          )}
          <div className="mt-3 flex flex-wrap gap-3">
            {editable && version ? <PublishVersionForm action={publishVersionAction} id={version.id} version={version.version} number={version.number} /> : null}
            {!editable ? (
              <StartVersionForm action={startVersionAction} periode={query.period} vergelijk={query.compare} label={versions.length ? "Nieuwe versie starten" : "Versie starten"} />
            ) : null}
          </div>
          {version?.state === "PUBLISHED" ? (
            <p className="mt-2 text-sm text-muted">Deze versie is vastgelegd: latere wijzigingen in de gegevens veranderen haar niet.</p>
          ) : null}
        </section>
      ) : null}

      <section className="report-cover print-only" aria-label="Voorblad">
        <p className="report-cover-kicker">Voortgangsrapportage</p>
        <h2 className="report-cover-title">{doc.title}</h2>
        <dl className="report-cover-lines">
          {coverLines(doc, version).map(([label, value]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      </section>

      <nav aria-labelledby="h-inhoud" className="report-toc mb-8 rounded-lg border border-gray-200 bg-white p-4">
        <h2 id="h-inhoud" className="text-lg font-semibold text-brand-800">
          Inhoud
        </h2>
        <ol className="mt-2 space-y-1">
          {chapters.map((c) => (
            <li key={c.key}>
              <a href={`#${c.key}`} className="text-brand-700 underline">
                {c.title}
              </a>
            </li>
          ))}
        </ol>
      </nav>

      {chapters.map((chapter) => (
        <section key={chapter.key} id={chapter.key} aria-labelledby={`h-${chapter.key}`} className="report-chapter print-break-before mb-10">
          <h2 id={`h-${chapter.key}`} className="mb-3 text-xl font-semibold text-brand-800">
            {chapter.title}
          </h2>
          {chapter.narrative ? (
            <div className={`narrative space-y-3 ${editable ? "print-only" : ""}`}>
              {chapter.narrative.split(/\n{2,}/).map((p, j) => (
                <p key={j} className="whitespace-pre-line">
                  {p}
                </p>
              ))}
            </div>
          ) : editable ? (
            <p className="no-print text-sm text-muted">Dit hoofdstuk heeft nog geen toelichting{chapter.tables.length ? "" : " en wordt zonder toelichting niet afgedrukt of gepubliceerd"}.</p>
          ) : null}
          {editable && version ? (
            <NarrativeForm action={saveNarrativeAction} reportVersionId={version.id} version={version.version} chapter={chapter.key} chapterTitle={chapter.title} text={chapter.narrative} />
          ) : null}
          {chapter.tables.map((t) => (
            <div key={t.key} className={`report-block ${t.chart && t.columns.length <= 4 ? "xl:grid xl:grid-cols-2 xl:items-start xl:gap-6" : ""}`}>
              {t.chart ? <DocChartFigure chart={t.chart} tableId={`tabel-${t.key}`} /> : null}
              <ReportTable table={t} csvHref={`/api/rapportage/export/csv?${reportSearch(query, { tabel: t.key })}`} />
            </div>
          ))}
        </section>
      ))}
    </article>
  );
}
