/**
 * A report chart (DocChart) as a self-contained SVG: the picture used in print and, converted to
 * PNG on the server, in the DOCX. Pure string building; every text is escaped. Labels are wrapped
 * (never clipped), every bar carries its number, and the legend names the series.
 *
 * Text is set in DejaVu Sans: the server renders it with the font file shipped in the
 * `dejavu-fonts-ttf` package (lib/server/report/chart-png.ts), so a fresh machine needs no
 * installed fonts; browsers fall back to another sans-serif.
 */
import { CHART_COLOURS, wrapLabel } from "./charts";
import type { DocChart } from "./types";
import { formatCount } from "../report/format";

export const CHART_FONT = "DejaVu Sans";
const FONT_SIZE = 12;
/** average advance of a DejaVu Sans character at FONT_SIZE (it is a wide face) */
const CHAR = 7.2;
const LINE = 15;

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
const num = (n: number) => Math.round(n * 10) / 10;

function text(x: number, y: number, s: string, attrs = ""): string {
  return `<text x="${num(x)}" y="${num(y)}"${attrs ? ` ${attrs}` : ""}>${esc(s)}</text>`;
}

/** The legend as rows of swatch + label; returns the markup and its height. */
function legend(chart: DocChart, width: number, top: number): { svg: string; height: number } {
  let x = 0;
  let y = top;
  const parts: string[] = [];
  chart.series.forEach((s, i) => {
    const w = 18 + s.label.length * CHAR + 16;
    if (x > 0 && x + w > width) {
      x = 0;
      y += LINE + 4;
    }
    parts.push(`<rect x="${num(x)}" y="${num(y)}" width="12" height="12" fill="${CHART_COLOURS[i % CHART_COLOURS.length]}"/>`);
    parts.push(text(x + 18, y + 10, s.label));
    x += w;
  });
  return { svg: parts.join(""), height: y + LINE + 8 };
}

const value = (row: DocChart["data"][number], key: string) => Number(row[key] ?? 0) || 0;

/** A "nice" axis maximum and step (1, 2 or 5 × 10^n) for `max`. */
function niceScale(max: number): { top: number; step: number } {
  if (max <= 0) return { top: 1, step: 1 };
  const rough = max / 5;
  const mag = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].map((m) => m * mag).find((s) => s >= rough) ?? 10 * mag;
  return { top: Math.ceil(max / step) * step, step: Math.max(1, step) };
}

function frame(width: number, height: number, title: string, body: string): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${num(height)}" viewBox="0 0 ${width} ${num(height)}" role="img" aria-label="${esc(title)}" ` +
    `font-family="${CHART_FONT}, Arial, sans-serif" font-size="${FONT_SIZE}" fill="#1f2937">` +
    `<rect width="100%" height="100%" fill="#ffffff"/>${body}</svg>`
  );
}

function barsSvg(chart: DocChart, width: number): { svg: string; height: number } {
  const labelWidth = Math.round(width * 0.36);
  const plotLeft = labelWidth + 8;
  const plotWidth = width - plotLeft - 48;
  const barH = 14;
  const lg = legend(chart, width, 6);
  const totals = chart.data.map((r) => (chart.stacked ? chart.series.reduce((s, x) => s + value(r, x.key), 0) : Math.max(0, ...chart.series.map((x) => value(r, x.key)))));
  const { top } = niceScale(Math.max(0, ...totals));
  const scale = (v: number) => (v / top) * plotWidth;
  const parts: string[] = [lg.svg];
  let y = lg.height + 4;
  const plotTop = y;
  const maxChars = Math.max(8, Math.floor((labelWidth - 4) / CHAR));
  chart.data.forEach((row, ri) => {
    const lines = wrapLabel(String(row.name), maxChars);
    const barsHeight = chart.stacked ? barH : chart.series.length * (barH + 2);
    const h = Math.max(lines.length * LINE, barsHeight) + 10;
    const labelTop = y + (h - lines.length * LINE) / 2 + 11;
    lines.forEach((l, i) => parts.push(text(labelWidth, labelTop + i * LINE, l, 'text-anchor="end"')));
    const barTop = y + (h - barsHeight) / 2;
    if (chart.stacked) {
      let x = plotLeft;
      chart.series.forEach((s, si) => {
        const w = scale(value(row, s.key));
        if (w > 0) parts.push(`<rect x="${num(x)}" y="${num(barTop)}" width="${num(w)}" height="${barH}" fill="${CHART_COLOURS[si % CHART_COLOURS.length]}"/>`);
        x += w;
      });
      parts.push(text(x + 4, barTop + barH - 3, formatCount(totals[ri])));
    } else {
      chart.series.forEach((s, si) => {
        const v = value(row, s.key);
        const by = barTop + si * (barH + 2);
        parts.push(`<rect x="${plotLeft}" y="${num(by)}" width="${num(scale(v))}" height="${barH}" fill="${CHART_COLOURS[si % CHART_COLOURS.length]}"/>`);
        parts.push(text(plotLeft + scale(v) + 4, by + barH - 3, formatCount(v)));
      });
    }
    y += h;
  });
  parts.push(`<line x1="${plotLeft}" y1="${num(plotTop)}" x2="${plotLeft}" y2="${num(y)}" stroke="#6b7280"/>`);
  return { svg: parts.join(""), height: y + 4 };
}

function columnsSvg(chart: DocChart, width: number): { svg: string; height: number } {
  const lg = legend(chart, width, 6);
  const axisWidth = 40;
  const plotLeft = axisWidth;
  const plotWidth = width - plotLeft - 8;
  const plotTop = lg.height + 16;
  const plotHeight = 220;
  const base = plotTop + plotHeight;
  const totals = chart.data.map((r) => (chart.stacked ? chart.series.reduce((s, x) => s + value(r, x.key), 0) : Math.max(0, ...chart.series.map((x) => value(r, x.key)))));
  const { top, step } = niceScale(Math.max(0, ...totals));
  const scale = (v: number) => (v / top) * plotHeight;
  const parts: string[] = [lg.svg];
  for (let v = 0; v <= top; v += step) {
    const y = base - scale(v);
    parts.push(`<line x1="${plotLeft}" y1="${num(y)}" x2="${width - 8}" y2="${num(y)}" stroke="#e5e7eb"/>`);
    parts.push(text(plotLeft - 6, y + 4, formatCount(v), 'text-anchor="end" fill="#4b5563"'));
  }
  const slot = plotWidth / Math.max(1, chart.data.length);
  const maxChars = Math.max(4, Math.floor((slot - 6) / CHAR));
  let labelLines = 1;
  chart.data.forEach((row, ri) => {
    const x0 = plotLeft + ri * slot;
    if (chart.stacked) {
      const w = Math.min(60, slot * 0.5);
      const x = x0 + (slot - w) / 2;
      let y = base;
      chart.series.forEach((s, si) => {
        const h = scale(value(row, s.key));
        y -= h;
        if (h > 0) parts.push(`<rect x="${num(x)}" y="${num(y)}" width="${num(w)}" height="${num(h)}" fill="${CHART_COLOURS[si % CHART_COLOURS.length]}"/>`);
      });
      parts.push(text(x + w / 2, y - 4, formatCount(totals[ri]), 'text-anchor="middle"'));
    } else {
      const w = Math.min(40, (slot * 0.8) / chart.series.length);
      const start = x0 + (slot - w * chart.series.length) / 2;
      chart.series.forEach((s, si) => {
        const v = value(row, s.key);
        const h = scale(v);
        parts.push(`<rect x="${num(start + si * w)}" y="${num(base - h)}" width="${num(w - 2)}" height="${num(h)}" fill="${CHART_COLOURS[si % CHART_COLOURS.length]}"/>`);
        parts.push(text(start + si * w + w / 2, base - h - 4, formatCount(v), 'text-anchor="middle" font-size="10"'));
      });
    }
    const lines = wrapLabel(String(row.name), maxChars);
    labelLines = Math.max(labelLines, lines.length);
    lines.forEach((l, i) => parts.push(text(x0 + slot / 2, base + 16 + i * LINE, l, 'text-anchor="middle"')));
  });
  parts.push(`<line x1="${plotLeft}" y1="${base}" x2="${width - 8}" y2="${base}" stroke="#6b7280"/>`);
  return { svg: parts.join(""), height: base + 16 + labelLines * LINE };
}

/** The chart as an SVG document of the given width (its height follows from the content). */
export function chartSvg(chart: DocChart, width = 760): { svg: string; width: number; height: number } {
  const body = chart.layout === "bars" ? barsSvg(chart, width) : columnsSvg(chart, width);
  return { svg: frame(width, body.height, chart.title, body.svg), width, height: body.height };
}
