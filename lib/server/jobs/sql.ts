import "server-only";
import { Prisma } from "../../generated/prisma/client";

/**
 * A point in time as a SQL value for the `timestamp(3)` columns Prisma makes (UTC without zone).
 * Passed as ISO text and converted in SQL, so the driver's and the server's time zone play no part.
 */
export function utc(at: Date): Prisma.Sql {
  return Prisma.sql`(${at.toISOString()}::timestamptz AT TIME ZONE 'UTC')`;
}
