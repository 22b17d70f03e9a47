import "server-only";
import type { Prisma, PrismaClient } from "../../generated/prisma/client";
import { errorCode } from "./boundary";

/**
 * Saves the rows of a bulk form one by one, each in its own transaction with its own version
 * check: a row someone else changed meanwhile ("conflict") or one outside the actor's scope
 * ("notFound") is reported and not saved; the other rows are. Any other error is thrown.
 */
export async function saveEachRow<R, O extends string>(
  db: PrismaClient,
  rows: readonly R[],
  save: (tx: Prisma.TransactionClient, row: R) => Promise<O>,
): Promise<{ row: R; outcome: O | "conflict" | "notFound" }[]> {
  const out: { row: R; outcome: O | "conflict" | "notFound" }[] = [];
  for (const row of rows) {
    try {
      out.push({ row, outcome: await db.$transaction((tx) => save(tx, row)) });
    } catch (error) {
      const code = errorCode(error);
      if (code === "conflict" || code === "notFound") out.push({ row, outcome: code });
      else throw error;
    }
  }
  return out;
}
