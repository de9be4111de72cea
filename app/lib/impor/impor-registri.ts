/**
 * A registry import from start to end (issue 8; docs/import-format.md): scan the file, then
 * read it again row by row, turning each household into a document as soon as its last row
 * has been read and writing them a group at a time, then list the district's registry
 * households the extract no longer holds. Memory holds the scan's counts (by fingerprint, 8
 * bytes a row), the households still open, one group and a short entry per household for the
 * end — not the file (sidik.ts says why no cell is kept as it comes). A dry run (`percobaan`)
 * does all of it but write.
 */
import type { JobRole } from '../domain/roles';
import { bacaSel, FIELD_IMPOR, posisiKolom, type FieldImpor, type PetaKolom } from './kolom';
import type { GudangRegistri } from './gudang';
import { barisData, pindai } from './pindai';
import { bacaBaris, ditahan, rakitRumahtangga, type BarisAnggota, type KonteksBaris, type Masalah } from './rakit';
import { DibacaEkstrak } from './dibaca';
import { salin } from './sidik';
import type { BarisBerkas } from './sumber';
import { tulisKelompok, type RumahtanggaSiap } from './tulis-kelompok';

export interface OpsiImpor {
  /** The file's name, recorded with every change it brings. */
  berkas: string;
  /** The file's rows, header included, from the start each time it is called. */
  baris: () => AsyncIterable<BarisBerkas>;
  peta: PetaKolom;
  /** Dotted, e.g. `74.01`: rows of another district are refused. */
  kabupaten: string;
  desaDikenal: ReadonlySet<string>;
  gudang: GudangRegistri;
  oleh: string;
  peran?: JobRole;
  percobaan: boolean;
  sekarang?: Date;
  ukuranKelompok?: number;
  kemajuan?: (k: Kemajuan) => void;
}

export interface Kemajuan {
  tahap: 'memindai' | 'mengimpor' | 'memeriksa-hilang' | 'selesai';
  barisDibaca: number;
  totalBaris: number | null;
  rumahtanggaDitulis: number;
  masalah: number;
  detikTersisa: number | null;
}

export interface Hilang {
  rumahtanggaId: string;
  idDtks: string;
  /** The household's id in this extract when it moved to another desa. */
  pindahKe?: string;
}

export interface HasilImpor {
  percobaan: boolean;
  totalBaris: number;
  rumahtangga: { baru: number; berubah: number; sama: number; ditolak: number };
  masalah: Masalah[];
  hilang: Hilang[];
  detik: number;
}

export class PetaKolomKurangError extends Error {
  override name = 'PetaKolomKurangError';
  constructor(readonly kurang: FieldImpor[]) {
    super(`Kolom wajib belum dipetakan: ${kurang.join(', ')}. Pilih kolom berkas untuk setiap isian wajib.`);
  }
}

interface Terbuka {
  sisa: number;
  baris: BarisAnggota[];
  nomor: number[];
  masalah: Masalah[];
}

export async function imporRegistri(o: OpsiImpor): Promise<HasilImpor> {
  const mulaiMs = (o.sekarang ?? new Date()).getTime();
  const mulai = new Date(mulaiMs).toISOString();
  const k: KonteksBaris = { kabupaten: o.kabupaten, desaDikenal: o.desaDikenal, pada: mulai.slice(0, 10), peta: o.peta };
  const hasil: HasilImpor = { percobaan: o.percobaan, totalBaris: 0, rumahtangga: { baru: 0, berubah: 0, sama: 0, ditolak: 0 }, masalah: [], hilang: [], detik: 0 };
  const kemajuan: Kemajuan = { tahap: 'memindai', barisDibaca: 0, totalBaris: null, rumahtanggaDitulis: 0, masalah: 0, detikTersisa: null };
  const lapor = () => o.kemajuan?.({ ...kemajuan, masalah: hasil.masalah.length });

  let posisi: Partial<Record<FieldImpor, number>> = {};
  const scan = await pindai(
    o.baris,
    (judul) => {
      posisi = posisiKolom(o.peta, judul);
      const kurang = FIELD_IMPOR.filter((f) => f === 'idDtks' || f === 'nik').filter((f) => posisi[f] === undefined);
      if (kurang.length > 0) throw new PetaKolomKurangError(kurang);
      return { idDtks: posisi.idDtks as number, nik: posisi.nik as number };
    },
    (n) => {
      kemajuan.barisDibaca = n;
      lapor();
    }
  );
  hasil.totalBaris = kemajuan.totalBaris = scan.totalBaris;
  Object.assign(kemajuan, { tahap: 'mengimpor', barisDibaca: 0 });
  const mulaiImpor = Date.now();

  const penulis = { gudang: o.gudang, oleh: o.oleh, peran: o.peran, berkas: o.berkas, mulai, percobaan: o.percobaan };
  const terbuka = new Map<string, Terbuka>();
  const dibaca = new DibacaEkstrak();
  // Only NIKs the scan saw on two rows or more: where each first appeared.
  const nikPertama = new Map<string, { idDtks: string; nomor: number }>();
  let kelompok: RumahtanggaSiap[] = [];

  async function tulis() {
    const h = await tulisKelompok(kelompok, penulis);
    hasil.rumahtangga.baru += h.baru;
    hasil.rumahtangga.berubah += h.berubah;
    hasil.rumahtangga.sama += h.sama;
    hasil.rumahtangga.ditolak += h.gagal.length;
    hasil.masalah.push(...h.gagal);
    kemajuan.rumahtanggaDitulis += kelompok.length;
    const detik = (Date.now() - mulaiImpor) / 1000;
    kemajuan.detikTersisa = kemajuan.barisDibaca > 0 ? Math.round((detik / kemajuan.barisDibaca) * (scan.totalBaris - kemajuan.barisDibaca)) : null;
    lapor();
    kelompok = [];
  }

  function selesaikan(idDtks: string, t: Terbuka) {
    if (t.masalah.length === 0) {
      const rakit = rakitRumahtangga(t.baris, k);
      if (rakit.ok) {
        dibaca.dirakit(idDtks, rakit.isi);
        return kelompok.push({ isi: rakit.isi, nomor: t.nomor });
      }
      t.masalah.push(...rakit.masalah);
    }
    hasil.rumahtangga.ditolak++;
    dibaca.ditolak(idDtks);
    hasil.masalah.push(...t.masalah, ...ditahan(t.nomor, t.masalah, idDtks));
  }

  for await (const b of barisData(o.baris())) {
    kemajuan.barisDibaca++;
    const sel = bacaSel(b.sel, posisi);
    const t = terbuka.get(sel.idDtks) ?? { sisa: scan.barisPerRumahtangga.jumlah(sel.idDtks), baris: [], nomor: [], masalah: [] };
    terbuka.set(sel.idDtks, t);
    t.nomor.push(b.nomor);
    const baris = bacaBaris(b.nomor, sel, k);
    if (baris.ok) t.baris.push(baris.baris);
    else t.masalah.push(...baris.masalah);
    if (sel.nik && scan.nikBerulang.jumlah(sel.nik) > 1) {
      const pertama = nikPertama.get(sel.nik);
      if (!pertama) nikPertama.set(salin(sel.nik), { idDtks: salin(sel.idDtks), nomor: b.nomor });
      else if (pertama.idDtks !== sel.idDtks) {
        const alasan = `NIK sudah tercatat di rumah tangga ${pertama.idDtks} (baris ${pertama.nomor})`;
        t.masalah.push({ nomor: b.nomor, kolom: o.peta.nik ?? 'nik', nilai: sel.nik, alasan, status: 'salah' });
      }
    }
    if (--t.sisa > 0) continue;
    terbuka.delete(sel.idDtks);
    selesaikan(sel.idDtks, t);
    if (kelompok.length >= (o.ukuranKelompok ?? 500)) await tulis();
  }
  // Only two ID DTKS sharing a fingerprint leave a household open here: its count was theirs together.
  for (const [idDtks, t] of terbuka) selesaikan(idDtks, t);
  if (kelompok.length > 0) await tulis();

  kemajuan.tahap = 'memeriksa-hilang';
  lapor();
  hasil.hilang = await cariHilang(o.gudang, dibaca);
  hasil.masalah.sort((a, b) => a.nomor - b.nomor);
  hasil.detik = Math.round((Date.now() - mulaiMs) / 100) / 10;
  Object.assign(kemajuan, { tahap: 'selesai', detikTersisa: 0 });
  lapor();
  return hasil;
}

/**
 * Registry households of the kecamatan the extract covers that it no longer holds: reported,
 * never deleted (a household may have cases open; the district decides). One that reappears
 * in another desa is reported as moved, with its new id. A household whose rows were refused,
 * or whose group the server refused, is still in the extract: not missing.
 */
async function cariHilang(gudang: GudangRegistri, dibaca: DibacaEkstrak): Promise<Hilang[]> {
  const hilang: Hilang[] = [];
  for (const kec of dibaca.kecamatan()) {
    for (const rt of await gudang.registriKecamatan(kec)) {
      const idDtks = rt.idDtks ?? '';
      if (dibaca.ada(rt._id, idDtks)) continue;
      const baru = dibaca.idBaru(idDtks);
      hilang.push({ rumahtanggaId: rt._id, idDtks, ...(baru && baru !== rt._id ? { pindahKe: baru } : {}) });
    }
  }
  return hilang;
}
