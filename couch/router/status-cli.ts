/**
 * `npm run router:status`: the lag of every replication route, read from the server (the
 * router's status database and each source's update_seq), whether the router runs or not.
 * Exits 1 when a route is behind or failed, so scripts can wait on it.
 */
import { couchUrlFromEnv } from './cli-env';
import { routerStatus } from './lag';
import { formatStatusTable } from './status-table';

try {
  const report = await routerStatus(couchUrlFromEnv(process.env));
  console.log(formatStatusTable(report));
  const routes = report.databases.flatMap((db) => db.routes);
  process.exitCode = routes.every((r) => r.lag === 0 && r.lastError === null) ? 0 : 1;
} catch (error) {
  console.error(`Status router tidak dapat dibaca: ${(error as Error).message}`);
  process.exitCode = 2;
}
