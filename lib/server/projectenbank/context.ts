import "server-only";
import { connection } from "next/server";
import { getDb } from "../db";
import type { PublicCtx } from "./search";

/**
 * The context of a public page or route: the database, no actor. Public functions apply the
 * public scope (published cards only) themselves. Always rendered per request, so a withdrawn
 * card is gone at once.
 */
export async function publicCtx(): Promise<PublicCtx> {
  await connection();
  const { prisma } = await getDb();
  return { db: prisma };
}
