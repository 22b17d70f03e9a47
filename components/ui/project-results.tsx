import { Card, EmptyState } from "./card";
import { Badge } from "./badge";
import { Table, numeric } from "./table";
import { formatDate, formatEuros } from "./format";
import { IndicatorChart, type IndicatorChartPoint } from "@/components/charts/indicator-chart";
import { FUNDING_DECISION, INDICATOR_DIRECTION, TRAJECT_STAGE, formatIndicatorValue, type FinalEvaluationContent, type TrajectStage } from "@/lib/domain/results/enums";
import { evaluationSections } from "@/lib/domain/projectenbank/public-card";
import type { ProjectIndicatorView, TrajectStepView } from "@/lib/server/results/project";

/** The results part of the project page: indicators (chart + table), traject, final evaluation. */

function chartData(i: ProjectIndicatorView): IndicatorChartPoint[] {
  const points: IndicatorChartPoint[] = [];
  if (i.baseline) points.push({ name: `Nulmeting${i.baseline.date ? ` ${i.baseline.date.slice(0, 7)}` : ""}`, gemeten: i.baseline.value, streefwaarde: null });
  for (const m of i.measurements) points.push({ name: m.periodLabel, gemeten: m.value, streefwaarde: null });
  if (i.target) points.push({ name: `Doel${i.target.date ? ` ${i.target.date.slice(0, 7)}` : ""}`, gemeten: null, streefwaarde: i.target.value });
  return points;
}

export function IndicatorCards({ indicators }: { indicators: ProjectIndicatorView[] }) {
  if (indicators.length === 0) return <EmptyState>Dit project heeft nog geen indicatoren gekozen.</EmptyState>;
  return (
    <div className="grid gap-6 lg:grid-cols-2">
      {indicators.map((i) => {
        const tableId = `indicator-${i.id}-tabel`;
        const fmt = (v: number | null | undefined) => formatIndicatorValue(i.indicator.unit, v);
        return (
          <article key={i.id} className="rounded border border-gray-200 p-4" aria-labelledby={`indicator-${i.id}`}>
            <h3 id={`indicator-${i.id}`} className="font-semibold">
              {i.indicator.name} {i.indicator.own ? <Badge>Eigen indicator</Badge> : null}{" "}
              {i.onTrack === true ? <Badge tone="info">Op koers</Badge> : i.onTrack === false ? <Badge tone="warning">Achter op schema</Badge> : null}
            </h3>
            <p className="text-xs text-muted">
              {i.indicator.definition} {INDICATOR_DIRECTION.label(i.indicator.direction)}.
            </p>
            <IndicatorChart title={i.indicator.name} data={chartData(i)} target={i.target?.value ?? null} tableId={tableId} />
            <Table
              id={tableId}
              className="mt-2 min-w-full text-left text-sm"
              caption={<>Nulmeting, metingen en streefwaarde van {i.indicator.name}</>}
              cellClassName="px-2 py-1"
              columns={["Moment", numeric("Waarde"), "Toelichting"]}
            >
              <tr className="border-t border-gray-100">
                <th scope="row" className="px-2 py-1 font-medium">Nulmeting {i.baseline?.date ? formatDate(i.baseline.date) : ""}</th>
                <td className="px-2 py-1 text-right tabular-nums">{fmt(i.baseline?.value)}</td>
                <td className="px-2 py-1">{i.baseline?.method ?? ""}</td>
              </tr>
              {i.measurements.map((m) => (
                <tr key={m.periodCode} className="border-t border-gray-100">
                  <th scope="row" className="px-2 py-1 font-medium">{m.periodLabel}</th>
                  <td className="px-2 py-1 text-right tabular-nums">{fmt(m.value)}</td>
                  <td className="px-2 py-1">{m.note}</td>
                </tr>
              ))}
              <tr className="border-t border-gray-100">
                <th scope="row" className="px-2 py-1 font-medium">Streefwaarde {i.target?.date ? formatDate(i.target.date) : ""}</th>
                <td className="px-2 py-1 text-right tabular-nums">{fmt(i.target?.value)}</td>
                <td className="px-2 py-1" />
              </tr>
            </Table>
          </article>
        );
      })}
    </div>
  );
}

export function TrajectTimeline({ steps, current }: { steps: TrajectStepView[]; current: { stage: TrajectStage; daysInStage: number; stalled: boolean } | null }) {
  const byStage = new Map(steps.map((s) => [s.stage, s]));
  return (
    <>
      {current ? (
        <p className="mb-3 text-sm">
          Huidige fase: <strong>{TRAJECT_STAGE.label(current.stage)}</strong>, sinds {current.daysInStage} dagen{" "}
          {current.stalled ? <Badge tone="warning">Staat stil</Badge> : null}
        </p>
      ) : null}
      <ol className="space-y-2 border-l-2 border-brand-100 pl-4" aria-label="Traject">
        {TRAJECT_STAGE.options.map((o) => {
          const step = byStage.get(o.value);
          return (
            <li key={o.value} className={step ? "" : "text-muted"}>
              <span className="font-medium">{o.label}</span>: {step ? formatDate(step.date) : "nog niet"}
              {step?.fundingDecision ? ` · ${FUNDING_DECISION.label(step.fundingDecision)}${step.fundingAmountEuros != null ? `, ${formatEuros(step.fundingAmountEuros)}` : ""}` : ""}
              {step?.note ? <span className="block text-sm text-muted">{step.note}</span> : null}
            </li>
          );
        })}
      </ol>
    </>
  );
}

export function FinalEvaluationCard({ evaluation }: { evaluation: FinalEvaluationContent }) {
  // the same sections as the public project card (evaluationSections)
  return (
    <Card title="Eindevaluatie" className="mt-6" id="eindevaluatie">
      <div className="space-y-3 text-sm">
        {evaluationSections(evaluation).map((section) => (
          <div key={section.title}>
            <h3 className="font-semibold">{section.title}</h3>
            <p className="whitespace-pre-line">{section.text}</p>
          </div>
        ))}
      </div>
    </Card>
  );
}

/** The measurements of one period next to baseline and target: what the reviewer checks with the update. */
export function PeriodMeasurements({ indicators, periodCode }: { indicators: ProjectIndicatorView[]; periodCode: string }) {
  if (indicators.length === 0) return null;
  return (
    <div>
      <h3 className="font-semibold">Metingen deze periode</h3>
      <Table
        className="mt-1 min-w-full text-left text-sm"
        caption="Metingen van de indicatoren in deze periode"
        cellClassName="px-2 py-1"
        columns={["Indicator", numeric("Nulmeting"), numeric("Meting"), numeric("Streefwaarde")]}
      >
        {indicators.map((i) => {
          const m = i.measurements.find((x) => x.periodCode === periodCode);
          const fmt = (v: number | null | undefined) => formatIndicatorValue(i.indicator.unit, v);
          return (
            <tr key={i.id} className="border-t border-gray-100">
              <th scope="row" className="px-2 py-1 font-medium">
                {i.indicator.name}
                {m?.note ? <span className="block text-xs font-normal text-muted">{m.note}</span> : null}
              </th>
              <td className="px-2 py-1 text-right tabular-nums">{fmt(i.baseline?.value)}</td>
              <td className="px-2 py-1 text-right tabular-nums">{m ? fmt(m.value) : "niet gemeten"}</td>
              <td className="px-2 py-1 text-right tabular-nums">{fmt(i.target?.value)}</td>
            </tr>
          );
        })}
      </Table>
    </div>
  );
}
