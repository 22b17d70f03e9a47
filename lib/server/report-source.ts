import "server-only";
import type { Ctx } from "./session";
import type { Report } from "../domain/report/types";
import type { ReportQuery } from "../domain/report-document/query";
import { assertPermission } from "./authz";
import { ValidationError } from "./errors";

/**
 * The one place the report pages and exports get the report core's output from. It adapts our
 * query to lib/server/report's getReport (branch `report`), which applies the actor's scope.
 */
export async function loadReport(ctx: Ctx, query: ReportQuery): Promise<Report> {
  assertPermission(ctx.actor, "report:read");
  void query;
  throw new ValidationError("De rapportageberekening is nog niet beschikbaar in deze versie van Regiotafel.");
}
