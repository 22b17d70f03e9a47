/**
 * `npm run worker`: the background job worker as a process of its own (for installations with
 * several app instances, started with JOBS_WORKER=off). Runs until SIGINT/SIGTERM, then finishes
 * the job at hand. Needs a PostgreSQL server (DATABASE_URL): the embedded database belongs to
 * the one app process, whose built-in worker is the right choice there.
 */
import { configuredTarget } from "../lib/server/db/connection";
import { startJobWorker } from "../lib/server/jobs/run";
import { getDb } from "../lib/server/db";
import { readFileStorageConfig } from "../lib/domain/file-storage-config";

if (configuredTarget().backend !== "postgres") {
  console.error("npm run worker heeft een PostgreSQL-server nodig (DATABASE_URL). Met de ingebouwde database draait de verwerking al in `npm start`.");
  process.exit(1);
}
// the housekeeping sweeps the file store: refuse the same half S3 configuration as `npm start`
const files = readFileStorageConfig(process.env);
if (!files.ok) {
  console.error(`npm run worker start niet: ${files.problem}`);
  process.exit(1);
}
const worker = await startJobWorker();
console.log("Regiotafel: taakverwerking draait (stoppen met Ctrl+C).");
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, async () => {
    await worker.stop();
    await (await getDb()).close();
    process.exit(0);
  });
}
