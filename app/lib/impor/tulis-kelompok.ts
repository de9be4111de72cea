/**
 * Writes one group of households: new ones are created with their registry id as document id
 * (so the same extract imported twice finds them again), changed ones are updated with a
 * `pembaruan` beside them recording what changed, unchanged ones are left alone. The
 * `pembaruan` id is derived from the version it replaces and the new content, and is written
 * before the household: an import cut off half-way and run again writes the same ids, so
 * nothing is recorded twice and nothing is missed.
 */
import type { JobRole } from '../domain/roles';
import { rumahtanggaSchema, type Rumahtangga } from '../domain/household';
import { selisihRumahtangga, type IsiRegistri, type Pembaruan, type Selisih } from '../domain/pembaruan';
import { compactCode } from '../domain/wilayah';
import type { GudangRegistri, HasilSimpan, RumahtanggaTersimpan } from './gudang';
import type { Masalah } from './rakit';
import { sidikAngka } from './sidik';

export interface RumahtanggaSiap {
  isi: IsiRegistri;
  /** The rows it came from. */
  nomor: number[];
}

export interface Penulis {
  gudang: GudangRegistri;
  oleh: string;
  peran?: JobRole;
  berkas: string;
  /** When the import started: `createdAt`/`updatedAt` of what it writes. */
  mulai: string;
  /** A dry run reads and compares but writes nothing. */
  percobaan: boolean;
}

/** Counts, not lists: what changed is recorded in each household's `pembaruan`. */
export interface HasilKelompok {
  baru: number;
  berubah: number;
  sama: number;
  gagal: Masalah[];
}

/** A registry household's document id: its desa (compact code) and its ID DTKS. */
export const idDariDtks = (desaRingkas: string, idDtks: string) => `rumahtangga:${desaRingkas}:${idDtks}`;
export const idRumahtangga = (isi: IsiRegistri) => idDariDtks(compactCode(isi.wilayah.desa ?? ''), isi.idDtks ?? '');

/** A short, stable fingerprint of a text, for deterministic ids. */
const sidik = (teks: string) => sidikAngka(teks).toString(36);

function baru(isi: IsiRegistri, p: Penulis): Rumahtangga {
  return rumahtanggaSchema.parse({
    _id: idRumahtangga(isi),
    type: 'rumahtangga',
    schema: 1,
    createdBy: p.oleh,
    ...(p.peran ? { peran: p.peran } : {}),
    createdAt: p.mulai,
    ...isi
  });
}

function pembaruan(lama: RumahtanggaTersimpan, isi: IsiRegistri, perubahan: Selisih[], p: Penulis): Pembaruan {
  const unik = `${isi.idDtks}-${lama._rev.split('-')[0]}-${sidik(lama._rev + JSON.stringify(isi))}`;
  return {
    _id: `pembaruan:${compactCode(isi.wilayah.desa ?? '')}:${unik}`,
    type: 'pembaruan',
    schema: 1,
    wilayah: isi.wilayah,
    createdBy: p.oleh,
    ...(p.peran ? { peran: p.peran } : {}),
    createdAt: p.mulai,
    rumahtanggaId: lama._id,
    impor: { berkas: p.berkas, mulai: p.mulai },
    perubahan
  };
}

export async function tulisKelompok(kelompok: readonly RumahtanggaSiap[], p: Penulis): Promise<HasilKelompok> {
  const ids = kelompok.map((r) => idRumahtangga(r.isi));
  const ada = await p.gudang.ambil(ids);
  const hasil: HasilKelompok = { baru: 0, berubah: 0, sama: 0, gagal: [] };
  const peristiwa: Pembaruan[] = [];
  const rumah: { doc: Rumahtangga; siap: RumahtanggaSiap; berubah: boolean }[] = [];
  kelompok.forEach((siap, i) => {
    const lama = ada.get(ids[i]);
    if (!lama) return rumah.push({ doc: baru(siap.isi, p), siap, berubah: false });
    const perubahan = selisihRumahtangga(lama, siap.isi);
    if (perubahan.length === 0) return hasil.sama++;
    peristiwa.push(pembaruan(lama, siap.isi, perubahan, p));
    // Not parsed again: fields SLRT keeps beside the registry's (and any newer ones) stay as they are.
    const doc: Rumahtangga = { ...lama, ...siap.isi, updatedBy: p.oleh, updatedAt: p.mulai };
    rumah.push({ doc, siap, berubah: true });
  });
  const simpan: HasilSimpan[] = p.percobaan ? rumah.map((r) => ({ id: r.doc._id })) : await tulisSemua(p.gudang, peristiwa, rumah.map((r) => r.doc));
  rumah.forEach((r, i) => {
    const { error, reason } = simpan[i];
    if (!error) {
      if (r.berubah) hasil.berubah++;
      else hasil.baru++;
      return;
    }
    const alasan = error === 'conflict' ? 'Diubah orang lain selama impor; ulangi impor' : `Ditolak server: ${reason ?? error}`;
    hasil.gagal.push({ nomor: r.siap.nomor[0], kolom: '', nilai: r.siap.isi.idDtks ?? '', alasan, status: 'salah' });
  });
  return hasil;
}

/** Events first: a `pembaruan` already there (a resumed import) is not an error. */
async function tulisSemua(gudang: GudangRegistri, peristiwa: Pembaruan[], rumah: Rumahtangga[]) {
  if (peristiwa.length > 0) {
    const gagal = (await gudang.tulis(peristiwa)).find((h) => h.error && h.error !== 'conflict');
    if (gagal) {
      // Without its history the household must not change: hold the whole group back.
      return rumah.map((r) => ({ id: r._id, error: gagal.error, reason: gagal.reason }));
    }
  }
  return gudang.tulis(rumah);
}
