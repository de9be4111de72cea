/** Where a backup or restore is, and the progress bar both command-line tools show of it. */
import cliProgress from 'cli-progress';

export interface Progress {
  databasesDone: number;
  databasesTotal: number;
  /** Revisions written so far, over all databases. */
  documents: number;
  /** The database being worked on; empty at the end. */
  db: string;
}

export interface ProgressBar {
  update(progress: Progress): void;
  stop(): void;
}

export function progressBar(): ProgressBar {
  const bar = new cliProgress.SingleBar({
    format: 'Basis data {bar} {value}/{total} | {documents} dokumen | {duration_formatted} | {db}',
    hideCursor: true
  });
  let started = false;
  return {
    update(p) {
      if (!started) {
        bar.start(p.databasesTotal, p.databasesDone, { documents: p.documents, db: p.db });
        started = true;
      }
      bar.setTotal(p.databasesTotal);
      bar.update(p.databasesDone, { documents: p.documents, db: p.db });
    },
    stop() {
      if (started) bar.stop();
    }
  };
}
