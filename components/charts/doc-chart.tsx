import type { DocChart } from "@/lib/domain/report-document/types";
import { chartSvg } from "@/lib/domain/report-document/chart-svg";
import { ReportBarChart } from "./bar-chart";

/**
 * A report table's chart: recharts on screen, and for print the same SVG the DOCX carries (it
 * scales to the A4 width, which a screen-sized recharts drawing does not). Both point to the
 * table with the same numbers.
 */
export function DocChartFigure({ chart, tableId }: { chart: DocChart; tableId: string }) {
  const rows = chart.data.length * (chart.stacked ? 1 : chart.series.length);
  const height = chart.layout === "bars" ? Math.max(240, 70 + rows * 22) : 340;
  const { svg } = chartSvg(chart);
  return (
    <div className="report-chart my-4">
      <div className="no-print">
        <ReportBarChart title={chart.title} tableId={tableId} data={chart.data} series={chart.series} stacked={chart.stacked} horizontal={chart.layout === "bars"} height={height} />
      </div>
      {/* eslint-disable-next-line @next/next/no-img-element -- a generated data: SVG, nothing to optimise */}
      <img className="print-only w-full" src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`} alt={`Grafiek: ${chart.title}. De cijfers staan in de tabel.`} />
    </div>
  );
}
