import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { batchLines, ndjsonWriter, readLines } from './ndjson';

async function* from(lines: string[]): AsyncGenerator<string> {
  yield* lines;
}

async function collect(lines: string[], maxDocs: number, maxBytes: number): Promise<string[][]> {
  const out: string[][] = [];
  for await (const batch of batchLines(from(lines), { maxDocs, maxBytes })) out.push(batch);
  return out;
}

describe('batchLines', () => {
  it('closes a batch at maxDocs', async () => {
    expect(await collect(['a', 'b', 'c', 'd', 'e'], 2, 1000)).toEqual([['a', 'b'], ['c', 'd'], ['e']]);
  });

  it('closes a batch before it would pass maxBytes, and lets one oversized line through alone', async () => {
    const photo = 'x'.repeat(50);
    expect(await collect(['aaaa', 'bbbb', photo, 'cc'], 100, 10)).toEqual([['aaaa', 'bbbb'], [photo], ['cc']]);
  });

  it('skips blank lines (a file edited by hand, a trailing newline)', async () => {
    expect(await collect(['a', '', '  ', 'b'], 10, 1000)).toEqual([['a', 'b']]);
  });

  it('yields nothing for an empty file', async () => {
    expect(await collect([], 10, 1000)).toEqual([]);
  });
});

describe('ndjsonWriter', () => {
  let dir = '';
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('writes one JSON value a line, readable only by its owner, and reads it back', async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'ndjson-'));
    const file = path.join(dir, 'x.ndjson');
    const out = ndjsonWriter(file);
    await out.write({ _id: 'a', teks: 'baris\nbaru' });
    await out.write({ _id: 'b' });
    await out.close();
    expect(readFileSync(file, 'utf8')).toBe('{"_id":"a","teks":"baris\\nbaru"}\n{"_id":"b"}\n');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const lines: string[] = [];
    for await (const line of readLines(file)) lines.push(line);
    expect(lines.map((l) => JSON.parse(l)._id)).toEqual(['a', 'b']);
  });

  it('never writes over an existing file, and says so instead of crashing', async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'ndjson-'));
    const file = path.join(dir, 'x.ndjson');
    const first = ndjsonWriter(file);
    await first.close();
    await expect(ndjsonWriter(file).close()).rejects.toThrow(/EEXIST/);
  });
});
