import "server-only";
import { z } from "zod";
import type { Ctx } from "../accounts/session";
import { writeAudit } from "../core/audit";
import { ConflictError } from "../core/errors";
import { MAIL_PREFERENCE, type MailPreference, type NotificationKind } from "../../domain/enums";
import { describeNotification, type NotificationData, type NotificationText } from "../../domain/notifications";
import { systemClock, type Clock } from "../../domain/clock";

/**
 * A person's own notifications and mail setting. Scope: always the signed-in actor's own rows;
 * there is no way to read or change someone else's.
 */

export type NotificationItem = NotificationText & { id: string; kind: NotificationKind; createdAt: Date; read: boolean };

export async function listMyNotifications(ctx: Ctx, options: { limit?: number; unreadOnly?: boolean; clock?: Clock } = {}): Promise<NotificationItem[]> {
  const rows = await ctx.db.notification.findMany({
    where: { userId: ctx.actor.userId, ...(options.unreadOnly ? { readAt: null } : {}) },
    select: { id: true, kind: true, data: true, createdAt: true, readAt: true },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: Math.min(options.limit ?? 100, 500),
  });
  const now = (options.clock ?? systemClock).now();
  return rows.map((r) => ({
    ...describeNotification(r.kind as NotificationKind, r.data as NotificationData, now),
    id: r.id.toString(),
    kind: r.kind as NotificationKind,
    createdAt: r.createdAt,
    read: r.readAt !== null,
  }));
}

export async function unreadNotificationCount(ctx: Ctx): Promise<number> {
  return ctx.db.notification.count({ where: { userId: ctx.actor.userId, readAt: null } });
}

export const markReadSchema = z.object({
  id: z.union([z.literal("alle"), z.string().regex(/^\d{1,19}$/, { error: "Onbekende melding." })]),
});

/** Marks one of the actor's notifications (or all of them) read. Own inbox state: not audited. */
export async function markNotificationsRead(ctx: Ctx, input: z.infer<typeof markReadSchema>, clock: Clock = systemClock): Promise<number> {
  const { count } = await ctx.db.notification.updateMany({
    where: { userId: ctx.actor.userId, readAt: null, ...(input.id === "alle" ? {} : { id: BigInt(input.id) }) },
    data: { readAt: clock.now() },
  });
  return count;
}

export const notificationSettingsSchema = z.object({
  mail: z.enum(MAIL_PREFERENCE.values, { error: "Kies hoe u berichten per e-mail wilt ontvangen." }),
  version: z.coerce.number().int().min(0),
});

export async function getNotificationSettings(ctx: Ctx): Promise<{ mail: MailPreference; version: number }> {
  const row = await ctx.db.notificationSetting.findUnique({ where: { userId: ctx.actor.userId }, select: { mail: true, version: true } });
  return row ? { mail: row.mail as MailPreference, version: row.version } : { mail: "IMMEDIATE", version: 0 };
}

/** Saves the actor's mail setting (version 0 = none saved yet), audited. */
export async function saveNotificationSettings(ctx: Ctx, input: z.infer<typeof notificationSettingsSchema>) {
  return ctx.db.$transaction(async (tx) => {
    const before = await tx.notificationSetting.findUnique({ where: { userId: ctx.actor.userId }, select: { mail: true, version: true } });
    if ((before?.version ?? 0) !== input.version) throw new ConflictError();
    let after;
    if (!before) {
      after = await tx.notificationSetting.create({ data: { userId: ctx.actor.userId, mail: input.mail }, select: { mail: true, version: true } });
    } else {
      const { count } = await tx.notificationSetting.updateMany({
        where: { userId: ctx.actor.userId, version: input.version },
        data: { mail: input.mail, version: { increment: 1 } },
      });
      if (count === 0) throw new ConflictError();
      after = { mail: input.mail, version: before.version + 1 };
    }
    if (before?.mail !== after.mail) {
      await writeAudit(tx, ctx.actor, { action: before ? "UPDATE" : "CREATE", entity: "NotificationSetting", entityId: ctx.actor.userId, before: before ? { mail: before.mail } : undefined, after: { mail: after.mail } });
    }
    return { mail: after.mail as MailPreference, version: after.version };
  });
}
