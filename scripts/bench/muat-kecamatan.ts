/**
 * The bench's kecamatan written as `npm run demo` and the router would leave it, in less time:
 * the demo generator's documents (those `pilih` keeps) into their databases with `_bulk_docs`,
 * and each kecamatan batch at once into the kabupaten database too, under the revisions the
 * kecamatan database gave them (`new_edits: false`, as replication writes). The router, running
 * all along, then finds the kabupaten already holding them and has only its own small share
 * left (the district's shared documents down to the kecamatan), where copying 31,000 documents
 * itself took longer than loading them (83 s after a 107 s load on a busy machine).
 */
import { kabupatenDb, kecamatanDb } from '../../app/lib/domain/databases';
import type { SlrtDoc } from '../../app/lib/domain/schemas';
import { DEMO_ACCOUNTS, DEMO_KABUPATEN, DEMO_PASSWORD } from '../demo/accounts';
import { CouchClient } from '../demo/couch-http';
import { generateDemo } from '../demo/generate';
import { DEMO_SEED } from '../demo/load';
import { upsertUsers } from '../demo/users';

type HasilBulk = { id: string; rev?: string; error?: string; reason?: string }[];

export interface OpsiMuat {
  couchUrl: string;
  kecamatan: string;
  rumahtangga: number;
  now: number;
  pilih: (doc: SlrtDoc, db: string) => boolean;
}

export async function muatKecamatan(o: OpsiMuat): Promise<void> {
  const couch = new CouchClient(o.couchUrl);
  await upsertUsers(couch, DEMO_ACCOUNTS, DEMO_PASSWORD);
  const kec = kecamatanDb(o.kecamatan);
  const kab = kabupatenDb(DEMO_KABUPATEN);
  const tulis = async (db: string, docs: object[], newEdits = true) => {
    const hasil = await couch.ok<HasilBulk>('POST', `${encodeURIComponent(db)}/_bulk_docs`, { docs, ...(newEdits ? {} : { new_edits: false }) });
    // A conflict is a document the router brought first (a referral in its programme's inbox).
    const gagal = hasil.find((h) => h.error && h.error !== 'conflict');
    if (gagal) throw new Error(`${db} refused ${gagal.id}: ${gagal.error} (${gagal.reason ?? ''})`);
    return hasil;
  };
  // One batch is written while the next is generated, as loadDemo does.
  let antre: Promise<unknown> = Promise.resolve();
  for await (const b of generateDemo({ seed: DEMO_SEED, households: o.rumahtangga, kecamatan: [o.kecamatan], now: o.now })) {
    const docs = b.docs.filter((d) => o.pilih(d, b.db));
    await antre;
    antre = tulis(b.db, docs).then((hasil) =>
      b.db === kec ? tulis(kab, docs.map((d, i) => ({ ...d, _rev: hasil[i].rev })), false) : undefined
    );
    antre.catch(() => undefined);
  }
  await antre;
}
