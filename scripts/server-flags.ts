/**
 * Node flags of the web server process (`npm start`, `npm run serve`, `npm run bench:load`).
 * A young generation of 64 MB per semi-space instead of Node's 16 MB: server rendering makes many
 * short-lived objects, and with the default the scavenger ran so often that it was a sizeable part
 * of the server's CPU. Measured with `npm run bench:load` (docs/performance.md, "Load test"):
 * about a quarter less CPU per request and a quarter more requests per second, peak RSS unchanged.
 * (package.json's "serve" script passes the same flag to tsx.)
 */
export const SERVER_NODE_FLAGS = ["--max-semi-space-size=64"] as const;
