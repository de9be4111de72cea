import type { CouchDoc, StoredWilayah } from '../../../../couchdb-types';

/**
 * Every event of a programme need side by side, for the rollup's one rule of "met"
 * (app/lib/domain/kesenjangan.ts, kesenjangan-koreksi.ts): key `[kebutuhanId, createdAt]`,
 * value `[nilai, kecamatan, desa, programId, profil]` — what the event adds to the gap in
 * `dasbor/angka` (+1 the need, −1 a participation or response meeting it, +1 a response taking
 * that back) and the keys it adds it under there (desa `?` where the event names none). Map
 * only, read whole in pages. No name, NIK or address: the profile is sex, disability and age group.
 */
export default function (doc: CouchDoc) {
  if (typeof doc.type !== 'string' || typeof doc.createdAt !== 'string') return;
  const wilayah = (doc.wilayah || {}) as StoredWilayah;
  type Ringkasan = { kebutuhanId?: unknown; programId?: unknown; profil?: unknown };
  const catat = (kebutuhanId: unknown, k: Ringkasan, nilai: number) => {
    if (typeof kebutuhanId === 'string') emit([kebutuhanId, doc.createdAt], [nilai, wilayah.kecamatan, wilayah.desa || '?', k.programId, k.profil || null]);
  };
  if (doc.type === 'kebutuhan') catat(doc._id, doc as Ringkasan, 1);
  if (doc.type === 'kepesertaan' && Array.isArray(doc.memenuhi)) for (const k of doc.memenuhi as Ringkasan[]) catat(k.kebutuhanId, k, -1);
  const pemenuhan = doc.type === 'tindaklanjut' ? (doc.pemenuhan as (Ringkasan & { arah?: unknown }) | undefined) : undefined;
  if (pemenuhan) catat(pemenuhan.kebutuhanId, pemenuhan, pemenuhan.arah === 'batal' ? 1 : -1);
}
