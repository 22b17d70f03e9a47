/**
 * Child process for tests/integration/jobs.test.ts: opens the database given in argv, runs the
 * job worker with a handler that writes a marker row, says "started" and then hangs, so that the
 * test can kill it in the middle of the job's transaction.
 */
import { openDatabase, type DbTarget } from "@/lib/server/db/connection";
import { runDueJobs } from "@/lib/server/jobs/worker";
import { systemClock } from "@/lib/domain/clock";

const target = JSON.parse(process.argv[2]) as DbTarget;
const db = await openDatabase(target);
await runDueJobs(
  db.prisma,
  {
    "test.marker": async (tx, { job }) => {
      await tx.auditLog.create({ data: { action: "CREATE", entity: "JobTest", entityId: String(job.payload.marker) } });
      process.stdout.write("started\n");
      await new Promise(() => undefined); // hang until killed
    },
  },
  systemClock,
);
