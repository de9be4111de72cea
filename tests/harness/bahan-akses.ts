/**
 * The stored documents the matrix's update, delete and branch rows work on, written as the
 * server admin before the cells run. A column that writes events (or updates mutable documents)
 * in a database gets its own, so the rows show that even one's own event stays as it was; the
 * others share one set per database, written by a rightful writer, so the databases fill with
 * no more test documents than needed. The aggregates get numbers only.
 */
import type { DocType } from '../../app/lib/domain/doc-types';
import type { CouchAdmin } from '../../couch/router/couch-admin';
import { BASIS_DATA, KOLOM, UBAH, type BasisData, type Db, type Kolom } from '../integration/matriks-akses';
import { agregatUji, type DokumenUji } from './dokumen-uji';
import { dokumen, tipeSendiri, type Penanya } from './sel-akses';

type Tersimpan = DokumenUji & { _rev: string };
const PERISTIWA = ['ubah', 'hapus', 'cabang'] as const;
const REGISTER = ['register', 'registerPalsu'] as const;
type Bahan = (typeof PERISTIWA)[number] | (typeof REGISTER)[number];

export interface BahanAkses {
  ambil(db: Db, kolom: Kolom, bahan: Bahan): Tersimpan;
}

/** Whose document a column works on: its own, or the database's shared one. */
function pemilik(db: Db, kolom: Kolom, bahan: Bahan): Kolom | 'bersama' {
  const sendiri = (REGISTER as readonly string[]).includes(bahan) ? !!UBAH[db]?.includes(kolom) : !!tipeSendiri(kolom, db, 'event');
  return sendiri ? kolom : 'bersama';
}

/** The documents of one owner in one database, one per `bahan`. */
function buatBahan(db: BasisData, pemilik: Kolom | 'bersama', penanya: Record<Kolom, Penanya>): [Bahan, DokumenUji][] {
  if (db.kunci === 'agregat') return PERISTIWA.map((b) => [b, agregatUji()]);
  const dari = (kind: 'event' | 'mutable'): [Penanya, DocType] => {
    const penulis = pemilik === 'bersama' ? KOLOM.map((k) => penanya[k.kunci]).find((p) => tipeSendiri(p.kolom, db.kunci, kind)) : penanya[pemilik];
    const tipe = penulis && tipeSendiri(penulis.kolom, db.kunci, kind);
    // No one writes mutable documents in a kecamatan: a household, as the router brings them down.
    return penulis && tipe ? [penulis, tipe] : [penanya['man-K'], kind === 'event' ? 'keluhan' : 'rumahtangga'];
  };
  const [penulisPeristiwa, peristiwa] = dari('event');
  const hasil: [Bahan, DokumenUji][] = PERISTIWA.map((b) => [b, dokumen(peristiwa, penulisPeristiwa, db)]);
  if ('register' in db) {
    const [penulisRegister, register] = dari('mutable');
    hasil.push(...REGISTER.map((b): [Bahan, DokumenUji] => [b, dokumen(register, penulisRegister, db)]));
  }
  return hasil;
}

export async function simpanBahan(couch: CouchAdmin, penanya: Record<Kolom, Penanya>): Promise<BahanAkses> {
  const tersimpan = new Map<string, Tersimpan>();
  const kunci = (db: Db, owner: string, bahan: Bahan) => `${db}/${owner}/${bahan}`;
  await Promise.all(
    BASIS_DATA.map(async (db) => {
      const owners = new Set(KOLOM.flatMap((k) => [...PERISTIWA, ...REGISTER].map((b) => pemilik(db.kunci, k.kunci, b))));
      const semua = [...owners].flatMap((owner) => buatBahan(db, owner, penanya).map(([b, doc]) => ({ kunci: kunci(db.kunci, owner, b), doc })));
      const jawaban = await couch.json<{ id: string; rev?: string }[]>(`/${db.nama}/_bulk_docs`, {
        method: 'POST',
        body: JSON.stringify({ docs: semua.map((s) => s.doc) })
      });
      const rev = new Map(jawaban.map((j) => [j.id, j.rev]));
      if (jawaban.some((j) => !j.rev)) throw new Error(`${db.nama}: ${JSON.stringify(jawaban.filter((j) => !j.rev))}`);
      for (const s of semua) tersimpan.set(s.kunci, { ...s.doc, _rev: rev.get(s.doc._id)! });
    })
  );
  return {
    ambil(db, kolom, bahan) {
      const doc = tersimpan.get(kunci(db, pemilik(db, kolom, bahan), bahan));
      if (!doc) throw new Error(`Tidak ada dokumen ${bahan} untuk ${kolom} di ${db}.`);
      return doc;
    }
  };
}
