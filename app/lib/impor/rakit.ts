/**
 * Rows of the extract to households: each row is one member with their household's fields;
 * the rows sharing an ID DTKS are one household, which must agree with itself (one head, the
 * same No. KK and address on every row) and pass the household schema. A household with any
 * bad row is not imported at all — the other rows are held back with it — so no household
 * lands with a member missing.
 */
import { daftarAnggotaSchema, type Anggota } from '../domain/household';
import type { IsiRegistri } from '../domain/pembaruan';
import { wilayahOf } from '../domain/wilayah';
import type { FieldImpor, PetaKolom, SelBaris } from './kolom';
import * as nilai from './nilai';

export interface Masalah {
  nomor: number;
  /** The file's heading of the cell at fault (the standard field name when unmapped). */
  kolom: string;
  nilai: string;
  alasan: string;
  /** `salah`: the row itself is wrong; `ditahan`: held back with a bad row of its household. */
  status: 'salah' | 'ditahan';
}

export interface KonteksBaris {
  kabupaten: string;
  desaDikenal: ReadonlySet<string>;
  /** The last possible birth date: the import's day. */
  pada: string;
  peta: PetaKolom;
}

interface IsiRumah {
  kodeDesa: string;
  noKK: string;
  alamat: string;
  rt: string;
  rw: string;
  desil: number | null;
}

export interface BarisAnggota {
  nomor: number;
  idDtks: string;
  rumah: IsiRumah;
  anggota: Anggota;
}

export type HasilBaris = { ok: true; baris: BarisAnggota } | { ok: false; masalah: Masalah[] };

const judulKolom = (field: FieldImpor, k: KonteksBaris) => k.peta[field] ?? field;

/** One row to a member and its household's fields, or every problem the row has. */
export function bacaBaris(nomor: number, sel: SelBaris, k: KonteksBaris): HasilBaris {
  const masalah: Masalah[] = [];
  function ambil<T>(field: FieldImpor, hasil: nilai.Hasil<T>): T {
    if (hasil.ok) return hasil.nilai;
    masalah.push({ nomor, kolom: judulKolom(field, k), nilai: sel[field], alasan: hasil.alasan, status: 'salah' });
    return undefined as T;
  }
  const idDtks = ambil('idDtks', nilai.idDtks(sel.idDtks));
  const rumah: IsiRumah = {
    kodeDesa: ambil('kodeDesa', nilai.kodeDesa(sel.kodeDesa, k.kabupaten, k.desaDikenal)),
    noKK: ambil('noKK', nilai.noKK(sel.noKK, k.pada)),
    alamat: sel.alamat.replace(/\s+/g, ' ').trim(),
    rt: ambil('rt', nilai.rtRw('RT')(sel.rt)),
    rw: ambil('rw', nilai.rtRw('RW')(sel.rw)),
    desil: ambil('desil', nilai.desil(sel.desil))
  };
  const anggota: Anggota = {
    nik: ambil('nik', nilai.nik(sel.nik, k.pada)),
    nama: ambil('nama', nilai.nama(sel.nama)),
    jenisKelamin: ambil('jenisKelamin', nilai.jenisKelamin(sel.jenisKelamin)),
    tanggalLahir: ambil('tanggalLahir', nilai.tanggalLahir(sel.tanggalLahir, k.pada)),
    hubungan: ambil('hubungan', nilai.hubungan(sel.hubungan)),
    disabilitas: ambil('disabilitas', nilai.disabilitas(sel.disabilitas)),
    pendidikan: ambil('pendidikan', nilai.pendidikan(sel.pendidikan)),
    statusSekolah: ambil('statusSekolah', nilai.statusSekolah(sel.statusSekolah)),
    pekerjaan: ambil('pekerjaan', nilai.pekerjaan(sel.pekerjaan))
  };
  return masalah.length > 0 ? { ok: false, masalah } : { ok: true, baris: { nomor, idDtks, rumah, anggota } };
}

const FIELD_RUMAH: readonly (keyof IsiRumah & FieldImpor)[] = ['kodeDesa', 'noKK', 'alamat', 'rt', 'rw', 'desil'];

/** The household the rows make, or the problems that keep it out (on the rows at fault). */
export function rakitRumahtangga(baris: readonly BarisAnggota[], k: KonteksBaris): { ok: true; isi: IsiRegistri } | { ok: false; masalah: Masalah[] } {
  const [pertama] = baris;
  const masalah: Masalah[] = [];
  for (const b of baris.slice(1)) {
    for (const field of FIELD_RUMAH) {
      if (b.rumah[field] === pertama.rumah[field]) continue;
      const alasan = `Berbeda dengan baris ${pertama.nomor} dari rumah tangga yang sama (${String(pertama.rumah[field] ?? '')})`;
      masalah.push({ nomor: b.nomor, kolom: judulKolom(field, k), nilai: String(b.rumah[field] ?? ''), alasan, status: 'salah' });
    }
  }
  const kepala = baris.filter((b) => b.anggota.hubungan === 'kepala');
  if (kepala.length !== 1) {
    const alasan = kepala.length === 0 ? 'Rumah tangga tanpa kepala rumah tangga' : `Rumah tangga punya ${kepala.length} kepala rumah tangga`;
    for (const b of kepala.length === 0 ? [pertama] : kepala.slice(1)) {
      masalah.push({ nomor: b.nomor, kolom: judulKolom('hubungan', k), nilai: b.anggota.hubungan, alasan, status: 'salah' });
    }
  }
  const nikDilihat = new Map<string, number>();
  for (const b of baris) {
    const sebelumnya = nikDilihat.get(b.anggota.nik);
    if (sebelumnya !== undefined) {
      masalah.push({ nomor: b.nomor, kolom: judulKolom('nik', k), nilai: b.anggota.nik, alasan: `NIK sama dengan baris ${sebelumnya}`, status: 'salah' });
    } else nikDilihat.set(b.anggota.nik, b.nomor);
  }
  if (masalah.length > 0) return { ok: false, masalah };
  const anggota = daftarAnggotaSchema.parse(baris.map((b) => b.anggota));
  const { kodeDesa, noKK, alamat, rt, rw, desil } = pertama.rumah;
  return {
    ok: true,
    isi: {
      wilayah: wilayahOf(kodeDesa),
      alamat: alamat ? { rt, rw, jalan: alamat } : { rt, rw },
      noKK,
      statusRegistri: 'dtks',
      idDtks: pertama.idDtks,
      desil,
      anggota
    }
  };
}

/** The other rows of a household that cannot land, listed so the report accounts for every row. */
export function ditahan(nomor: readonly number[], salah: readonly Masalah[], idDtks: string): Masalah[] {
  const nomorSalah = new Set(salah.map((m) => m.nomor));
  const pertamaSalah = Math.min(...nomorSalah);
  return nomor
    .filter((n) => !nomorSalah.has(n))
    .map((n) => ({ nomor: n, kolom: '', nilai: '', alasan: `Rumah tangga ${idDtks} tidak diimpor karena baris ${pertamaSalah}`, status: 'ditahan' as const }));
}
