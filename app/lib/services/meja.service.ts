/**
 * The front-office desk (/meja): today's walk-in register — the complaints and pre-lists the
 * user recorded today — and the district's programme catalogue and FAQ, searchable on the
 * device. Everything is read through the data port, so it works offline.
 */
import { openUserStore, type StoredDoc, type StoreUser } from '$lib/db/user-store';
import { hariIni } from '$lib/domain/nik';
import { karyaSendiri } from '$lib/domain/pengguna';
import { cocokPencarian } from '$lib/domain/teks';
import type { Usulan } from '$lib/domain/usulan';
import { perihalOf, type Perihal } from './tanda-terima.service';
import { saringFaq } from './faq.service';

type Dok<T extends StoredDoc['type']> = Extract<StoredDoc, { type: T }>;

export interface Kunjungan {
  id: string;
  /** `createdAt`. */
  waktu: string;
  /** Who came: the complainant, or the head of the pre-listed household. */
  siapa: string;
  perihal: Perihal;
  kodeLacak: string;
}

/** Whether `createdAt` falls on `hari` (`YYYY-MM-DD`) in the device's time zone. */
function padaHari(createdAt: string, hari: string): boolean {
  return hariIni(new Date(createdAt)) === hari;
}

function siapaUsulan(u: Usulan): string {
  if (u.jenis === 'prelist') return u.rumahtangga.anggota.find((a) => a.hubungan === 'kepala')?.nama ?? '';
  if (u.jenis === 'pmks') return u.pmks.nama;
  return '';
}

function kunjunganOf(doc: Dok<'keluhan'> | Dok<'usulan'>): Kunjungan {
  const siapa = doc.type === 'usulan' ? siapaUsulan(doc) : doc.pelapor.nama;
  return { id: doc._id, waktu: doc.createdAt, kodeLacak: doc.kodeLacak, siapa, perihal: perihalOf(doc) };
}

/** What the user (or whom it replaced) recorded on `hari` (default today), the latest first. */
export async function registerHariIni(user: StoreUser, hari: string = hariIni()): Promise<Kunjungan[]> {
  const store = openUserStore(user);
  const [keluhan, usulan] = await Promise.all([store.docsOfType('keluhan'), store.docsOfType('usulan')]);
  return [...keluhan, ...usulan]
    .filter((d) => karyaSendiri(user, d.createdBy) && padaHari(d.createdAt, hari))
    .map(kunjunganOf)
    .sort((a, b) => b.waktu.localeCompare(a.waktu));
}

export interface InfoProgram {
  program: Dok<'program'>[];
  faq: Dok<'faq'>[];
}

/** The district's catalogue and FAQ as the device holds them. */
export async function bacaInfoProgram(user: StoreUser): Promise<InfoProgram> {
  const store = openUserStore(user);
  const [program, faq] = await Promise.all([store.docsOfType('program'), store.docsOfType('faq')]);
  return {
    program: program.sort((a, b) => a.nama.localeCompare(b.nama)),
    faq: faq.sort((a, b) => a.topik.localeCompare(b.topik) || a.pertanyaan.localeCompare(b.pertanyaan))
  };
}

/** The programmes and questions a search finds (every word, as a prefix, in any order). */
export function saringInfo(info: InfoProgram, pencarian: string): InfoProgram {
  return {
    program: info.program.filter((p) => cocokPencarian(pencarian, [p.nama, p.programId, p.uraian, p.tujuanRujukan.nama])),
    faq: saringFaq(info.faq, pencarian)
  };
}
