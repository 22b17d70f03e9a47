import "server-only";
import path from "node:path";
import { Resvg } from "@resvg/resvg-js";
import { chartSvg, CHART_FONT } from "../../domain/report-document/chart-svg";
import type { ChartImage } from "../../domain/report-document/docx";
import type { ReportDocument } from "../../domain/report-document/types";
import { documentTables } from "../../domain/report-document/types";

/**
 * The report's charts as PNG images for the DOCX: the SVG of lib/domain/report-document/chart-svg.ts
 * rendered by resvg at twice the size (sharp in print). resvg draws text only with fonts it is
 * given: DejaVu Sans from the `dejavu-fonts-ttf` npm package (free licence, see the package), so
 * no font has to be installed on the machine. System fonts are not loaded (same output everywhere).
 */
export const CHART_FONT_FILE = path.join(process.cwd(), "node_modules", "dejavu-fonts-ttf", "ttf", "DejaVuSans.ttf");

export function chartPng(svg: string): Uint8Array {
  const resvg = new Resvg(svg, {
    font: { fontFiles: [CHART_FONT_FILE], loadSystemFonts: false, defaultFontFamily: CHART_FONT },
    fitTo: { mode: "zoom", value: 2 },
    background: "#ffffff",
  });
  return resvg.render().asPng();
}

/** Every table chart of the document, keyed by table key. */
export function documentChartImages(doc: ReportDocument): Record<string, ChartImage> {
  const out: Record<string, ChartImage> = {};
  for (const t of documentTables(doc)) {
    if (!t.chart) continue;
    const { svg, width, height } = chartSvg(t.chart);
    out[t.key] = { png: chartPng(svg), width, height };
  }
  return out;
}
