/**
 * The front-office desk (/meja): today's walk-in register — per household or person, the
 * complaints, proposals, needs and participation the user recorded today — and the district's
 * programme catalogue and FAQ, searchable on the device. Everything is read through the data port, so it works offline.
 */
import { openUserStore, type StoredDoc, type StoreUser } from '$lib/db/user-store';
import { kepalaRumahTangga } from '$lib/domain/household';
import { hariIni } from '$lib/domain/nik';
import { karyaSendiri } from '$lib/domain/pengguna';
import { cocokPencarian } from '$lib/domain/teks';
import type { Usulan } from '$lib/domain/usulan';
import { perihalOf, type Perihal } from './tanda-terima.service';
import { saringFaq } from './faq.service';
import { namaProgramDari } from './rumahtangga.service';

type Dok<T extends StoredDoc['type']> = Extract<StoredDoc, { type: T }>;

/** One thing recorded for a walk-in: a complaint or proposal (with its receipt), a need, a participation. */
export type Tercatat =
  | { jenis: 'kasus'; id: string; perihal: Perihal; kodeLacak: string }
  | { jenis: 'kebutuhan' | 'kepesertaan'; id: string; program: string };

/** One walk-in: a household (or a person without one) and what was recorded for it that day. */
export interface Kunjungan {
  /** The household's id, or the first record's when the person has no household in the registry. */
  id: string;
  /** The registry household, to open its page. */
  rumahtanggaId: string | null;
  /** `createdAt` of the first record: when they came. */
  waktu: string;
  /** Who came: the head of the household, the complainant, or the head of the pre-listed household. */
  siapa: string;
  tercatat: Tercatat[];
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

type Catatan = Dok<'keluhan'> | Dok<'usulan'> | Dok<'kebutuhan'> | Dok<'kepesertaan'>;

/**
 * Which walk-in a record belongs to: its household; a pre-list made from a complaint joins that
 * complaint's person; anything else stands alone.
 */
function kunciKunjungan(doc: Catatan): string {
  if ('rumahtanggaId' in doc && doc.rumahtanggaId) return doc.rumahtanggaId;
  if (doc.type === 'usulan' && doc.kasusTerkait) return doc.kasusTerkait;
  return doc._id;
}

function tercatatOf(doc: Catatan, namaProgram: (id: string) => string): Tercatat {
  if (doc.type === 'kebutuhan' || doc.type === 'kepesertaan') return { jenis: doc.type, id: doc._id, program: namaProgram(doc.programId) };
  return { jenis: 'kasus', id: doc._id, kodeLacak: doc.kodeLacak, perihal: perihalOf(doc, doc.type === 'keluhan' ? namaProgram(doc.programId) : undefined) };
}

/**
 * What the user (or whom it replaced) recorded on `hari` (default today), one line per walk-in
 * (who came, for what, what was done), the latest first. Participation from imported lists is
 * no walk-in and is left out.
 */
export async function registerHariIni(user: StoreUser, hari: string = hariIni()): Promise<Kunjungan[]> {
  const store = openUserStore(user);
  const [keluhan, usulan, kebutuhan, kepesertaan, program] = await Promise.all([
    store.docsOfType('keluhan'),
    store.docsOfType('usulan'),
    store.docsOfType('kebutuhan'),
    store.docsOfType('kepesertaan'),
    store.docsOfType('program')
  ]);
  const namaProgram = namaProgramDari(program);
  const catatan: Catatan[] = [...keluhan, ...usulan, ...kebutuhan, ...kepesertaan.filter((k) => k.sumber !== 'impor')]
    .filter((d) => karyaSendiri(user, d.createdBy) && padaHari(d.createdAt, hari))
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  const rumahtangga = new Map(
    (await store.getMany([...new Set(catatan.flatMap((d) => ('rumahtanggaId' in d && d.rumahtanggaId ? [d.rumahtanggaId] : [])))]))
      .flatMap((d) => (d.type === 'rumahtangga' ? [[d._id, d] as const] : []))
  );
  const kunjungan = new Map<string, Kunjungan>();
  for (const doc of catatan) {
    const kunci = kunciKunjungan(doc);
    let k = kunjungan.get(kunci);
    if (!k) {
      const rt = rumahtangga.get(kunci);
      const siapa = rt ? kepalaRumahTangga(rt).nama : doc.type === 'keluhan' ? doc.pelapor.nama : doc.type === 'usulan' ? siapaUsulan(doc) : '';
      kunjungan.set(kunci, (k = { id: kunci, rumahtanggaId: rt ? rt._id : null, waktu: doc.createdAt, siapa, tercatat: [] }));
    }
    k.tercatat.push(tercatatOf(doc, namaProgram));
  }
  return [...kunjungan.values()].sort((a, b) => b.waktu.localeCompare(a.waktu));
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
