"use client";
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { ChartRow, ChartSeries } from "@/lib/domain/report-document/charts";

/** Colours with enough contrast against white and between neighbours (Okabe–Ito based). */
const PALETTE = ["#0b5fa5", "#d55e00", "#009e73", "#cc79a7", "#7a5c00", "#56b4e9", "#6a3d9a", "#b22222", "#2f4f4f", "#e69f00", "#4b5563"];

const nl = new Intl.NumberFormat("nl-NL");

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
              <YAxis type="category" dataKey="name" width={230} tick={{ fontSize: 12 }} interval={0} />
            </>
          ) : (
            <>
              <XAxis dataKey="name" tick={{ fontSize: 12 }} interval={0} />
              <YAxis allowDecimals={false} />
            </>
          )}
          <Tooltip formatter={(v) => nl.format(Number(v))} />
          <Legend />
          {series.map((s, i) => (
            <Bar key={s.key} dataKey={s.key} name={s.label} fill={PALETTE[i % PALETTE.length]} stackId={stacked ? "a" : undefined} isAnimationActive={false} />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
