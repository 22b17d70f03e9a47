import { LoadingState } from "@/components/ui/loading";

export default function Loading() {
  return <LoadingState text="Uw meldingen worden geladen…" />;
}
