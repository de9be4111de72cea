/**
 * PouchDB Server has no `_db_updates`, so the feed is tested against a small HTTP server that
 * answers as Apache CouchDB 3 documents it (longpoll pages of `{results, last_seq}`).
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { couchAdmin } from './couch-admin';
import { dbUpdatesFeed, probeDbUpdates } from './db-updates-feed';

type Answer = { status: number; body: unknown } | 'hold';

async function fakeCouch(answers: Answer[]) {
  const seen: { since: string | null; feed: string | null; authorization?: string }[] = [];
  const held: ServerResponse[] = [];
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://x');
    seen.push({ since: url.searchParams.get('since'), feed: url.searchParams.get('feed'), authorization: req.headers.authorization });
    const answer = answers.shift() ?? 'hold';
    if (answer === 'hold') {
      held.push(res);
      return;
    }
    res.writeHead(answer.status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(answer.body));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://admin:s%40cret@127.0.0.1:${port}`,
    seen,
    close: () =>
      new Promise<void>((resolve) => {
        held.forEach((res) => res.destroy());
        server.closeAllConnections();
        server.close(() => resolve());
      })
  };
}

const waitUntil = async (check: () => boolean, timeoutMs = 5_000) => {
  const end = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
};

let close: (() => Promise<void>) | undefined;
afterEach(async () => {
  await close?.();
  close = undefined;
});

describe('probeDbUpdates', () => {
  it.each([
    [{ status: 200, body: { results: [], last_seq: '12-g1AAA' } }, '12-g1AAA'],
    // PouchDB Server's answer.
    [{ status: 400, body: { error: 'bad_request' } }, null]
  ])('%j → %s', async (answer, expected) => {
    const couch = await fakeCouch([answer]);
    close = couch.close;
    expect(await probeDbUpdates(couchAdmin(couch.url))).toBe(expected);
    expect(couch.seen[0]).toMatchObject({ since: 'now', authorization: `Basic ${Buffer.from('admin:s@cret').toString('base64')}` });
  });

  it('fails on an answer that is not about the feed missing', async () => {
    const couch = await fakeCouch([{ status: 401, body: { error: 'unauthorized', reason: 'Name or password is incorrect.' } }]);
    close = couch.close;
    await expect(probeDbUpdates(couchAdmin(couch.url))).rejects.toThrow(/401/);
  });
});

describe('dbUpdatesFeed', () => {
  it('names each updated database, resumes from the last seq after a failure, and stops', async () => {
    const couch = await fakeCouch([
      { status: 200, body: { results: [{ db_name: 'slrt-kec-740101', type: 'updated', seq: '6-a' }, { db_name: 'slrt-kab-7401', type: 'updated', seq: '7-b' }], last_seq: '7-b' } },
      { status: 500, body: { error: 'internal_server_error' } },
      { status: 200, body: { results: [{ db_name: 'slrt-kec-740107', type: 'created', seq: '8-c' }], last_seq: '8-c' } },
      'hold'
    ]);
    close = couch.close;
    const heard: string[] = [];
    const logged: string[] = [];
    const unsubscribe = dbUpdatesFeed(couchAdmin(couch.url), '5-z', (m) => logged.push(m))((db) => heard.push(db));
    await waitUntil(() => couch.seen.length === 4);
    unsubscribe();
    expect(heard).toEqual(['slrt-kec-740101', 'slrt-kab-7401', 'slrt-kec-740107']);
    expect(couch.seen.map((s) => [s.feed, s.since])).toEqual([
      ['longpoll', '5-z'],
      ['longpoll', '7-b'],
      ['longpoll', '7-b'],
      ['longpoll', '8-c']
    ]);
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatch(/_db_updates terputus.*500/);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(couch.seen).toHaveLength(4);
  });
});
