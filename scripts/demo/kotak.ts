import { rujukanDb } from '../../app/lib/domain/databases';
import { NATIONAL_PROGRAM_IDS } from '../../app/lib/domain/program';
import type { SlrtDoc } from '../../app/lib/domain/schemas';
import type { DemoBatch } from './generate';

/**
 * Where a programme manager's history lives: a referral it answered and its answers are in its
 * inbox (`slrt-rujukan-<kab>-<programId>`), where it wrote them, as well as in the kecamatan
 * database the router took them to. The generator writes every document into its kecamatan, so
 * the inbox copies are written here. Referrals without an answer reach the inbox by the router.
 * Provisioning makes inboxes for the national programmes only (databasesFor): a regional
 * programme's answers stay in the kecamatan, or the load would write to a database that is not there.
 */
export function kotakRujukan(batch: DemoBatch, kabupaten: string): DemoBatch[] {
  const rujukan = new Map<string, Extract<SlrtDoc, { type: 'rujukan' }>>();
  for (const doc of batch.docs) if (doc.type === 'rujukan') rujukan.set(doc._id, doc);
  const perKotak = new Map<string, SlrtDoc[]>();
  for (const doc of batch.docs) {
    if (doc.type !== 'tindaklanjut' || !doc.rujukanId || !doc.createdBy.startsWith('pengelola.')) continue;
    const dirujuk = rujukan.get(doc.rujukanId);
    if (!dirujuk || !(NATIONAL_PROGRAM_IDS as readonly string[]).includes(dirujuk.programId)) continue;
    const db = rujukanDb(kabupaten, dirujuk.programId);
    const docs = perKotak.get(db) ?? [];
    if (!docs.includes(dirujuk)) docs.push(dirujuk);
    docs.push(doc);
    perKotak.set(db, docs);
  }
  return [...perKotak].map(([db, docs]) => ({ db, docs, households: 0 }));
}
