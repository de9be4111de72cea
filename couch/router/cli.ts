/**
 * `npm run router`: the replication router on its own, beside a running CouchDB or the
 * embedded server, until SIGINT or SIGTERM; then it cancels running replications (their
 * checkpoints keep what they finished) and exits.
 */
import { couchUrlFromEnv } from './cli-env';
import { consoleLog, startRouter } from './router';

const router = await Promise.resolve()
  .then(() => startRouter({ couchUrl: couchUrlFromEnv(process.env), log: consoleLog }))
  .catch((error: unknown) => {
    console.error(`Router tidak dapat dimulai: ${(error as Error).message}`);
    return process.exit(1);
  });

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    consoleLog(`${signal}: berhenti`);
    router.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(`Router tidak berhenti dengan bersih: ${(error as Error).message}`);
        process.exit(1);
      }
    );
  });
}
