"use client";
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { CHART_COLOURS, wrapLabel, type ChartRow, type ChartSeries } from "@/lib/domain/report-document/charts";
import { formatCount } from "@/lib/domain/report/format";



type TickProps = { x?: number | string; y?: number | string; payload?: { value?: unknown } };

/** A category label broken over lines (never clipped): left of horizontal bars, under vertical ones. */
function wrappedTick(side: "left" | "bottom", max: number) {
  function WrappedTick({ x = 0, y = 0, payload }: TickProps) {
    const lines = wrapLabel(String(payload?.value ?? ""), max);
    const nx = Number(x);
    const first = side === "left" ? 4 - ((lines.length - 1) * 14) / 2 : 14;
    return (
      <text x={nx} y={Number(y)} textAnchor={side === "left" ? "end" : "middle"} fontSize={12} fill="#374151">
        {lines.map((l, i) => (
          <tspan key={i} x={nx} dy={i === 0 ? first : 14}>
            {l}
          </tspan>
        ))}
      </text>
    );
  }
  return WrappedTick;
}

/**
 * A bar chart for the dashboard. It is a picture for sighted users: the same numbers are in the
 * data table next to it (`tableId`), which screen readers are pointed to.
 */
export function ReportBarChart({
  title,
  data,
  series,
  stacked = false,
  horizontal = false,
  tableId,
  height = 320,
}: {
  title: string;
  data: ChartRow[];
  series: ChartSeries[];
  stacked?: boolean;
  horizontal?: boolean;
  tableId: string;
  height?: number;
}) {
  return (
    <div role="img" aria-label={`Grafiek: ${title}. De cijfers staan in de tabel hieronder.`} aria-describedby={tableId} className="w-full" style={{ height }}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} layout={horizontal ? "vertical" : "horizontal"} margin={{ top: 8, right: 16, bottom: 8, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" />
          {horizontal ? (
            <>
              <XAxis type="number" allowDecimals={false} />
              <YAxis type="category" dataKey="name" width={230} tick={wrappedTick("left", 32)} interval={0} />
            </>
          ) : (
            <>
              <XAxis dataKey="name" tick={wrappedTick("bottom", Math.max(10, Math.floor(90 / Math.max(1, data.length)) + 8))} interval={0} height={60} />
              <YAxis allowDecimals={false} />
            </>
          )}
          <Tooltip formatter={(v) => formatCount(Number(v))} />
          <Legend />
          {series.map((s, i) => (
            <Bar key={s.key} dataKey={s.key} name={s.label} fill={CHART_COLOURS[i % CHART_COLOURS.length]} stackId={stacked ? "a" : undefined} isAnimationActive={false} />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
