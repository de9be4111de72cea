/**
 * Runs the embedded CouchDB-compatible server as a supervised child process: restarted with
 * back-off when it dies, on the same port and data directory, so the proxy's target never
 * changes and acknowledged writes (already in LevelDB) survive.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { freePort } from '../net/free-port';

export type DbUpdatedListener = (db: string) => void;

export interface EmbeddedCouch {
  /** http://127.0.0.1:<port>, without credentials. */
  readonly url: string;
  /** The same with the server admin's credentials, for provisioning and the router. */
  readonly adminUrl: string;
  /** Hear of every database a successful write touched; returns the unsubscribe function. */
  onDbUpdated(listener: DbUpdatedListener): () => void;
  /** How many times the child has been restarted after dying. */
  readonly restarts: number;
  /** Kill the child the hard way (tests of supervision use it). */
  kill(): void;
  stop(): Promise<void>;
}

export interface EmbeddedCouchOptions {
  dataDir: string;
  adminUser: string;
  adminPassword: string;
  port?: number;
  log?: (message: string) => void;
}

const CHILD = fileURLToPath(new URL('./couch-process.ts', import.meta.url));
const MAX_BACKOFF_MS = 5_000;

export async function startEmbeddedCouch(options: EmbeddedCouchOptions): Promise<EmbeddedCouch> {
  const port = options.port ?? (await freePort());
  const log = options.log ?? ((m: string) => console.log(m));
  const listeners = new Set<DbUpdatedListener>();
  let child: ChildProcess | null = null;
  let stopping = false;
  let restarts = 0;
  let backoff = 250;

  function spawnChild(): Promise<void> {
    return new Promise((resolve, reject) => {
      const proc = fork(CHILD, [], {
        execArgv: ['--import', 'tsx'],
        env: {
          ...process.env,
          SLRT_COUCH_PORT: String(port),
          SLRT_DATA_DIR: options.dataDir,
          SLRT_ADMIN_USER: options.adminUser,
          SLRT_ADMIN_PASSWORD: options.adminPassword
        },
        stdio: ['ignore', 'inherit', 'inherit', 'ipc']
      });
      child = proc;
      let listening = false;
      proc.on('message', (msg: { type?: string; db?: string }) => {
        if (msg.type === 'listening') {
          listening = true;
          backoff = 250;
          resolve();
        } else if (msg.type === 'db-updated' && msg.db) {
          for (const listener of listeners) listener(msg.db);
        }
      });
      proc.on('exit', (code, signal) => {
        if (child === proc) child = null;
        if (!listening) {
          reject(new Error(`Server basis data tertanam gagal mulai (kode ${code ?? signal})`));
          return;
        }
        if (stopping) return;
        restarts += 1;
        log(`Server basis data tertanam berhenti (${code ?? signal}); dimulai ulang dalam ${backoff} ms`);
        const wait = backoff;
        backoff = Math.min(backoff * 2, MAX_BACKOFF_MS);
        setTimeout(() => {
          if (!stopping) spawnChild().catch((e: Error) => log(e.message));
        }, wait);
      });
    });
  }

  await spawnChild();
  const url = `http://127.0.0.1:${port}`;
  const credentials = `${encodeURIComponent(options.adminUser)}:${encodeURIComponent(options.adminPassword)}`;

  return {
    url,
    adminUrl: `http://${credentials}@127.0.0.1:${port}`,
    get restarts() {
      return restarts;
    },
    onDbUpdated(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    kill() {
      child?.kill('SIGKILL');
    },
    async stop() {
      stopping = true;
      const proc = child;
      if (!proc) return;
      await new Promise<void>((resolve) => {
        proc.once('exit', () => resolve());
        proc.kill('SIGTERM');
      });
    }
  };
}
