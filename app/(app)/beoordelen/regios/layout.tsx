import { permissionLayout } from "@/lib/server/core/page-access";

/** The role is checked before this segment's loading state streams, so a refusal is a real 403. */
export default permissionLayout("regionScore:record");
