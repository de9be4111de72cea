import { rujukanDb } from '../../app/lib/domain/databases';
import type { SlrtDoc } from '../../app/lib/domain/schemas';
import type { DemoBatch } from './generate';

/**
 * Where a programme manager's history lives: a referral it answered and its answers are in its
 * inbox (`slrt-rujukan-<kab>-<programId>`), where it wrote them, as well as in the kecamatan
 * database the router took them to. The generator writes every document into its kecamatan, so
 * the inbox copies are written here. Referrals without an answer reach the inbox by the router.
 */
export function kotakRujukan(batch: DemoBatch, kabupaten: string): DemoBatch[] {
  const rujukan = new Map<string, Extract<SlrtDoc, { type: 'rujukan' }>>();
  for (const doc of batch.docs) if (doc.type === 'rujukan') rujukan.set(doc._id, doc);
  const perKotak = new Map<string, SlrtDoc[]>();
  for (const doc of batch.docs) {
    if (doc.type !== 'tindaklanjut' || !doc.rujukanId || !doc.createdBy.startsWith('pengelola.')) continue;
    const dirujuk = rujukan.get(doc.rujukanId);
    if (!dirujuk) continue;
    const db = rujukanDb(kabupaten, dirujuk.programId);
    const docs = perKotak.get(db) ?? [];
    if (!docs.includes(dirujuk)) docs.push(dirujuk);
    docs.push(doc);
    perKotak.set(db, docs);
  }
  return [...perKotak].map(([db, docs]) => ({ db, docs, households: 0 }));
}
