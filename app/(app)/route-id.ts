import { notFound } from "next/navigation";
import { idString } from "@/lib/domain/validation/common";

/** A route's `[id]` segment, checked to be an id at all: a value that cannot be one is a 404. */
export function routeId(segment: string): string {
  const id = idString.safeParse(segment);
  if (!id.success) notFound();
  return id.data;
}
