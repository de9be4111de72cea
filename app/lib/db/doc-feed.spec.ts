import '../test-data/browser-globals';
import { describe, expect, it, vi } from 'vitest';
import { followDocs } from './doc-feed';
import { openLocal } from './pouch';

describe('followDocs', () => {
  it('gives every listener of a database the documents written, from one change feed', async () => {
    const db = openLocal('slrt-kec-740102');
    // PouchDB's own reads behind a live feed call `changes` too: count the live ones.
    const changes = vi.spyOn(db, 'changes');
    const liveFeeds = () => changes.mock.calls.filter(([options]) => (options as { live?: boolean } | undefined)?.live).length;
    const [a, b] = [[] as string[], [] as string[]];
    const stopA = followDocs(db, (doc) => a.push(doc._id));
    const stopB = followDocs(db, (doc) => b.push(doc._id));
    const { rev } = await db.put({ _id: 'keluhan:satu' });
    await db.remove('keluhan:satu', rev);
    await db.put({ _id: '_design/uji' });
    await vi.waitFor(() => expect(b).toEqual(['keluhan:satu', 'keluhan:satu']));
    expect(a).toEqual(b);
    expect(liveFeeds()).toBe(1);

    // A listener gone stops hearing; the feed ends with the last one, and a later one starts anew.
    stopA();
    await db.put({ _id: 'keluhan:dua' });
    await vi.waitFor(() => expect(b).toContain('keluhan:dua'));
    expect(a).not.toContain('keluhan:dua');
    stopB();
    const c: string[] = [];
    const stopC = followDocs(db, (doc) => c.push(doc._id));
    await db.put({ _id: 'keluhan:tiga' });
    await vi.waitFor(() => expect(c).toEqual(['keluhan:tiga']));
    expect(liveFeeds()).toBe(2);
    stopC();
  });
});
