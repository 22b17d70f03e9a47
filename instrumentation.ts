/**
 * Runs once when the Next.js server starts: starts the background job worker in this process
 * (reminders, notifications, mail), unless JOBS_WORKER=off because `npm run worker` does it.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { inProcessWorkerEnabled, startJobWorker } = await import("./lib/server/jobs/run");
  if (inProcessWorkerEnabled()) await startJobWorker();
}
