import QRCode from "qrcode";
import type { Ctx } from "@/lib/server/accounts/session";
import { getTwoFactorStatus } from "@/lib/server/accounts/two-factor";
import { TwoFactorPanel } from "@/components/forms/two-factor-forms";
import { confirmTwoFactorSetupAction, disableTwoFactorAction, regenerateRecoveryCodesAction, startTwoFactorSetupAction } from "./actions";

/** Two-factor sign-in for the signed-in person: on the account page and on the setup page (ADR 0011). */
export async function TwoFactorSection({ ctx, continueHref }: { ctx: Ctx; continueHref?: string }) {
  const status = await getTwoFactorStatus(ctx);
  const qrDataUrl = status.pending
    ? `data:image/svg+xml;base64,${Buffer.from(await QRCode.toString(status.pending.uri, { type: "svg", errorCorrectionLevel: "M", margin: 2 })).toString("base64")}`
    : null;
  return (
    <TwoFactorPanel
      status={{
        enabled: status.enabled,
        enabledAt: status.enabledAt?.toISOString() ?? null,
        pending: status.pending ? { ...status.pending, qrDataUrl } : null,
        recoveryCodesLeft: status.recoveryCodesLeft,
        required: status.required,
      }}
      actions={{ start: startTwoFactorSetupAction, confirm: confirmTwoFactorSetupAction, regenerate: regenerateRecoveryCodesAction, disable: disableTwoFactorAction }}
      continueHref={continueHref}
    />
  );
}
