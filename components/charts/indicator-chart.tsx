"use client";
import { CartesianGrid, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export type IndicatorChartPoint = { name: string; gemeten: number | null; streefwaarde: number | null };

/**
 * One indicator over time: baseline and measurements as a line, the target as a dashed line and
 * a last point. A picture for sighted users; the numbers are in the table `tableId` next to it.
 */
export function IndicatorChart({ title, data, target, tableId }: { title: string; data: IndicatorChartPoint[]; target: number | null; tableId: string }) {
  return (
    <div role="img" aria-label={`Grafiek: ${title}. De cijfers staan in de tabel ernaast.`} aria-describedby={tableId} className="h-56 w-full">
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={data} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="name" tick={{ fontSize: 11 }} interval={0} />
          <YAxis tick={{ fontSize: 11 }} width={44} domain={["auto", "auto"]} />
          <Tooltip formatter={(v) => (typeof v === "number" ? v.toLocaleString("nl-NL") : String(v))} />
          {target !== null ? <ReferenceLine y={target} stroke="#d55e00" strokeDasharray="6 4" /> : null}
          <Line type="monotone" dataKey="gemeten" name="Gemeten" stroke="#0b5fa5" strokeWidth={2} connectNulls isAnimationActive={false} />
          <Line type="monotone" dataKey="streefwaarde" name="Streefwaarde" stroke="#d55e00" strokeWidth={0} dot={{ r: 5 }} isAnimationActive={false} />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
