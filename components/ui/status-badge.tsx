import { PROJECT_STATUS, type ProjectStatus } from "@/lib/domain/enums";
import { Badge } from "./badge";

const TONE: Record<ProjectStatus, "success" | "danger" | "info" | "warning" | "neutral"> = {
  FINISHED_SUCCESSFUL: "success",
  FINISHED_UNSUCCESSFUL: "danger",
  RUNNING: "info",
  NOT_STARTED: "warning",
  STOPPED_EARLY: "neutral",
};

export function StatusBadge({ status }: { status: ProjectStatus | null }) {
  if (!status) return <span className="text-sm text-muted">Nog niet beoordeeld</span>;
  return <Badge tone={TONE[status]}>{PROJECT_STATUS.label(status)}</Badge>;
}
