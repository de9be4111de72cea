/**
 * One JSON document a line, written and read as streams so that neither a backup nor a restore
 * ever holds more than one batch of a database in memory.
 */
import { once } from 'node:events';
import { createReadStream, createWriteStream } from 'node:fs';
import { finished } from 'node:stream/promises';
import { createInterface } from 'node:readline';

export interface NdjsonWriter {
  write(value: unknown): Promise<void>;
  close(): Promise<void>;
}

/** Backups hold password hashes and personal data: only the owner may read the files. */
export function ndjsonWriter(file: string): NdjsonWriter {
  const stream = createWriteStream(file, { mode: 0o600, flags: 'wx' });
  // A full disk must fail the backup, not crash the process with an unheard 'error' event.
  let failure: Error | null = null;
  stream.on('error', (error) => (failure = error));
  return {
    async write(value) {
      if (failure) throw failure;
      if (!stream.write(JSON.stringify(value) + '\n')) await once(stream, 'drain');
    },
    async close() {
      if (failure) throw failure;
      stream.end();
      await finished(stream);
    }
  };
}

export interface BatchLimits {
  maxDocs: number;
  /** Photos travel inline as base64: a batch closes early once its lines hold this many bytes. */
  maxBytes: number;
}

/** Groups lines into batches within both limits; a single line over `maxBytes` is a batch alone. */
export async function* batchLines(lines: AsyncIterable<string>, limits: BatchLimits): AsyncGenerator<string[]> {
  let batch: string[] = [];
  let bytes = 0;
  for await (const line of lines) {
    if (line.trim() === '') continue;
    if (batch.length > 0 && (batch.length >= limits.maxDocs || bytes + line.length > limits.maxBytes)) {
      yield batch;
      batch = [];
      bytes = 0;
    }
    batch.push(line);
    bytes += line.length;
  }
  if (batch.length > 0) yield batch;
}

export function readLines(file: string): AsyncIterable<string> {
  return createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });
}
