import { beforeAll, describe, expect, it, vi } from "vitest";
import { NextRequest } from "next/server";
import { testBackends, useTestDb } from "../support/db";
import { ctxOf, makeActor } from "../support/actors";
import { createProject, createUser } from "@/tests/support/factories";
import { signIn, signOut, WRONG_CREDENTIALS } from "@/lib/server/accounts/sign-in";
import { currentSessionEpoch, sessionIsCurrent } from "@/lib/server/accounts/sessions";
import type { Actor } from "@/lib/domain/actor";
import type { PrismaClient } from "@/lib/generated/prisma/client";

/**
 * The audit log records sign-in failures (without the page telling whether the account exists),
 * sign-out, and every download: who, in which scope, what, how many rows, from which address.
 * The downloads are requested through their route handlers, as the browser does.
 */
const holder = vi.hoisted(() => ({ db: null as unknown }));
vi.mock("@/lib/server/accounts/session", () => import("../support/session-double"));
vi.mock("@/lib/server/projectenbank/context", () => ({ publicCtx: async () => ({ db: holder.db }) }));
const { session } = await import("../support/session-double");
const portfolioExport = await import("@/app/api/portfolio/export/route");
const reportExport = await import("@/app/api/rapportage/export/[format]/route");
const reportApi = await import("@/app/api/rapportage/route");
const exchangeExport = await import("@/app/api/export/route");
const template = await import("@/app/api/import/sjabloon/route");
const projectenbank = await import("@/app/api/projectenbank/route");
const projectenbankCard = await import("@/app/api/projectenbank/[kaart]/route");

async function exportRows(db: PrismaClient, kind: string) {
  return db.auditLog.findMany({ where: { action: "EXPORT", entity: "Export", entityId: kind }, orderBy: { id: "asc" } });
}

for (const backend of testBackends()) {
  describe(`audit of sign-in and downloads on ${backend.name}`, () => {
    const t = useTestDb(backend);
    const actors = {} as Record<"wir" | "inkoperCz", Actor>;
    beforeAll(async () => {
      holder.db = t.db.prisma;
      await createProject(t.db.prisma, { wirNumber: "AUD-0001", title: "Zeeuws project", regionCode: "zeeland", hoofdrubriekCode: "TECHNOLOGIE", isPublic: true });
      await createProject(t.db.prisma, { wirNumber: "AUD-0002", title: "Utrechts project", regionCode: "utrecht", hoofdrubriekCode: "TECHNOLOGIE", isPublic: true });
      actors.wir = await makeActor(t.db, [{ role: "WIR" }]);
      actors.inkoperCz = await makeActor(t.db, [{ role: "INKOPER", concessiehouderCode: "CZ" }]);
    });

    it("a refused sign-in is audited with its reason and address; the person sees one message either way", async () => {
      const db = t.db.prisma;
      const user = await createUser(db, { email: `fout-${backend.name}@regiotafel.test`, password: "het goede wachtwoord", memberships: [{ role: "WIR" }] });
      const wrong = await signIn(db, { email: user.email, password: "verkeerd", ip: "198.51.100.31" });
      const unknown = await signIn(db, { email: `niemand-${backend.name}@regiotafel.test`, password: "verkeerd", ip: "198.51.100.32" });
      expect(wrong).toEqual({ ok: false, message: WRONG_CREDENTIALS });
      expect(unknown).toEqual(wrong);

      const failures = await db.auditLog.findMany({ where: { action: "SIGN_IN_FAILED" }, orderBy: { id: "asc" } });
      const forUser = failures.find((a) => a.entityId === user.id);
      expect(forUser).toMatchObject({ actorUserId: null, entity: "User", clientAddress: "198.51.100.31", after: { reden: "onjuist wachtwoord" } });
      const forUnknown = failures.find((a) => a.clientAddress === "198.51.100.32");
      expect(forUnknown).toMatchObject({ entityId: "onbekend", after: { reden: "onbekend e-mailadres" } });
      // what was typed is not kept: it might be a password typed in the wrong field
      expect(JSON.stringify({ ...forUnknown, id: null })).not.toContain("niemand");

      expect((await signIn(db, { email: user.email, password: "het goede wachtwoord", ip: "198.51.100.31" })).ok).toBe(true);
      expect(await db.auditLog.findFirst({ where: { action: "SIGN_IN", entityId: user.id } })).toMatchObject({ actorUserId: user.id, clientAddress: "198.51.100.31" });
    });

    it("sign-out is audited and ends the session everywhere", async () => {
      const db = t.db.prisma;
      const user = await createUser(db, { email: `uit-${backend.name}@regiotafel.test`, memberships: [{ role: "WIR" }] });
      const epoch = await currentSessionEpoch(db, user.id);
      await signOut(db, user.id, "198.51.100.40");
      expect(await sessionIsCurrent(db, user.id, epoch!)).toBe(false);
      expect(await db.auditLog.findFirst({ where: { action: "SIGN_OUT", entityId: user.id } })).toMatchObject({ actorUserId: user.id, clientAddress: "198.51.100.40" });
    });

    it("every download of the report, the portfolio and the exchange format is audited: who, scope, what, rows, address", async () => {
      const db = t.db.prisma;
      session.ctx = { ...ctxOf(t.db, actors.inkoperCz), clientAddress: "198.51.100.50" };
      const portfolio = await portfolioExport.GET(new Request("http://localhost/api/portfolio/export?periode=2020-10&formaat=csv"));
      expect(portfolio.status).toBe(200);
      const cz = await db.concessiehouder.findUniqueOrThrow({ where: { code: "CZ" } });
      const [row] = await exportRows(db, "portfolio");
      expect(row).toMatchObject({
        actorUserId: actors.inkoperCz.userId,
        clientAddress: "198.51.100.50",
        after: { format: "csv", rijen: 1, bereik: { rollen: ["INKOPER"], concessiehouders: [cz.id] }, selectie: { periode: "2020-10" } },
      });

      session.ctx = { ...ctxOf(t.db, actors.wir), clientAddress: "198.51.100.51" };
      const search = "periode=2020-10&vergelijk=2020-03";
      for (const format of ["xlsx", "docx", "json"]) {
        const res = await reportExport.GET(new NextRequest(`http://localhost/api/rapportage/export/${format}?${search}`), { params: Promise.resolve({ format }) });
        expect(res.status).toBe(200);
      }
      expect((await reportApi.GET(new NextRequest(`http://localhost/api/rapportage?${search}`))).status).toBe(200);
      const reports = await exportRows(db, "rapportage");
      expect(reports.map((r) => (r.after as { format: string }).format)).toEqual(["xlsx", "docx", "json", "json"]);
      expect(reports.every((r) => r.actorUserId === actors.wir.userId && r.clientAddress === "198.51.100.51")).toBe(true);
      expect(reports[0].after).toMatchObject({ selectie: { periode: "2020-10", vergelijk: "2020-03" }, bereik: { rollen: ["WIR"] } });

      expect((await exchangeExport.GET(new NextRequest("http://localhost/api/export?formaat=xlsx"))).status).toBe(200);
      expect((await template.GET()).status).toBe(200);
      expect(await exportRows(db, "portefeuille")).toMatchObject([{ actorUserId: actors.wir.userId, after: { format: "xlsx", rijen: 2 } }]);
      expect(await exportRows(db, "sjabloon")).toHaveLength(1);
    });

    it("the Projectenbank's open data is audited too, anonymous calls with their address", async () => {
      const db = t.db.prisma;
      session.ctx = null;
      session.clientAddress = "203.0.113.60";
      const list = await projectenbank.GET(new Request("http://localhost/api/projectenbank?formaat=csv"));
      expect(list.status).toBe(200);
      const card = await projectenbankCard.GET(new Request("http://localhost/api/projectenbank/AUD-0001"), { params: Promise.resolve({ kaart: "AUD-0001" }) });
      expect(card.status).toBe(200);
      expect(await exportRows(db, "projectenbank")).toMatchObject([{ actorUserId: null, clientAddress: "203.0.113.60", after: { format: "csv", rijen: 2, bereik: "openbaar" } }]);
      expect(await exportRows(db, "projectenbank-kaart")).toMatchObject([{ actorUserId: null, clientAddress: "203.0.113.60", after: { rijen: 1 } }]);
    });
  });
}
