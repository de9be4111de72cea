/**
 * The bench's kecamatan written as `npm run demo` and the router would leave it, in less time.
 * With the router stopped: the demo generator's kecamatan documents (those `pilih` keeps) into
 * Wundulako's database with `_bulk_docs`, and at once, under the revisions it gave them
 * (`new_edits: false`, as replication writes), wherever the router would carry them — the
 * kabupaten database, and each referral into its programme's inbox (rules.ts); then every
 * route's checkpoint is set at its source's current seq (couch/router/mark-routed.ts). The
 * router, started again, has only the rest to move: the district's shared documents (catalogue,
 * FAQ) and the inboxes' answers, written after it. Letting it check the 31,000 documents itself
 * took 132 s of a run (each kabupaten → kecamatan and → inbox route reads every document of the
 * kabupaten), and slowed the load beside it.
 */
import { kabupatenDb, kecamatanDb, parseDbName } from '../../app/lib/domain/databases';
import type { SlrtDoc } from '../../app/lib/domain/schemas';
import { markRoutesReplicated } from '../../couch/router/mark-routed';
import { isReferralOf } from '../../couch/router/rules';
import { DEMO_ACCOUNTS, DEMO_KABUPATEN, DEMO_PASSWORD } from '../demo/accounts';
import { CouchClient } from '../demo/couch-http';
import { generateDemo, type DemoBatch } from '../demo/generate';
import { DEMO_SEED } from '../demo/load';
import { upsertUsers } from '../demo/users';
import { log } from './bersama';

type HasilBulk = { id: string; rev?: string; error?: string; reason?: string }[];

export interface OpsiMuat {
  couchUrl: string;
  kecamatan: string;
  rumahtangga: number;
  now: number;
  pilih: (doc: SlrtDoc, db: string) => boolean;
  /** Runs the first phase with the router stopped (RunningSlrt.withoutRouter). */
  tanpaRouter: (fn: () => Promise<void>) => Promise<void>;
}

export async function muatKecamatan(o: OpsiMuat): Promise<void> {
  const couch = new CouchClient(o.couchUrl);
  await upsertUsers(couch, DEMO_ACCOUNTS, DEMO_PASSWORD);
  const kec = kecamatanDb(o.kecamatan);
  const kab = kabupatenDb(DEMO_KABUPATEN);
  const kotak = (await couch.ok<string[]>('GET', '_all_dbs')).flatMap((db) => {
    const p = parseDbName(db);
    return p?.kind === 'rujukan' && kabupatenDb(p.kabupaten) === kab ? [{ db, programId: p.programId }] : [];
  });
  const tulis = async (db: string, docs: object[], newEdits = true) => {
    if (docs.length === 0) return [];
    const hasil = await couch.ok<HasilBulk>('POST', `${encodeURIComponent(db)}/_bulk_docs`, { docs, ...(newEdits ? {} : { new_edits: false }) });
    // A conflict is an inbox's copy of a referral placed there with the kecamatan's revision.
    const gagal = hasil.find((h) => h.error && h.error !== 'conflict');
    if (gagal) throw new Error(`${db} refused ${gagal.id}: ${gagal.error} (${gagal.reason ?? ''})`);
    return hasil;
  };
  const tempatkan = async (docs: SlrtDoc[]) => {
    const hasil = await tulis(kec, docs);
    const direplikasi = docs.map((d, i) => ({ ...d, _rev: hasil[i].rev }));
    await tulis(kab, direplikasi, false);
    for (const k of kotak) await tulis(k.db, direplikasi.filter((d) => isReferralOf(d, k.programId)), false);
  };
  /** The kabupaten's shared documents and the inboxes' copies: the router's to move, after the pause. */
  const nanti: DemoBatch[] = [];
  await o.tanpaRouter(async () => {
    // One batch is written while the next is generated, as loadDemo does.
    let antre: Promise<unknown> = Promise.resolve();
    for await (const b of generateDemo({ seed: DEMO_SEED, households: o.rumahtangga, kecamatan: [o.kecamatan], now: o.now })) {
      if (b.db !== kec) {
        nanti.push(b);
        continue;
      }
      const docs = b.docs.filter((d) => o.pilih(d, b.db));
      await antre;
      antre = tempatkan(docs);
      antre.catch(() => undefined);
    }
    await antre;
    const t0 = performance.now();
    const rute = await markRoutesReplicated(o.couchUrl);
    log(`${rute} routes marked as carried in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  });
  for (const b of nanti) await tulis(b.db, b.docs);
}
