import "server-only";
import type { Ctx } from "../accounts/session";
import type { Report } from "../../domain/report/types";
import type { ReportQuery } from "../../domain/report-document/query";
import { getReport } from "./";

/**
 * The one place the report pages and exports get the report core's output from: adapts our checked
 * query to lib/server/report's getReport, which checks report:read and applies the actor's scope
 * (an inkoper always gets its own portfolio in detail, national figures as aggregates).
 */
export async function loadReport(ctx: Ctx, query: ReportQuery): Promise<Report> {
  return getReport(ctx, {
    period: query.periodCode,
    compare: query.compareCode,
    concessiehouder: query.concessiehouderCode,
    region: query.regionCode,
    hoofdrubriek: query.hoofdrubriekCode,
  });
}
