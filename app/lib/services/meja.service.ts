/**
 * The front-office desk (/meja): today's walk-in register — per household or person, the
 * complaints, proposals, needs, participation and information given the user recorded today — and the district's
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

/**
 * One thing recorded for a walk-in: a complaint or proposal (with its receipt), a need, a
 * participation, or information given (`tentang`: the programmes, FAQ question or topic asked about).
 */
export type Tercatat =
  | { jenis: 'kasus'; id: string; perihal: Perihal; kodeLacak: string }
  | { jenis: 'kebutuhan' | 'kepesertaan'; id: string; program: string }
  | { jenis: 'informasi'; id: string; tentang: string };

/** One walk-in: a household (or a person without one) and what was recorded for it that day. */
export interface Kunjungan {
  /** The household's id, or the first record's when the person has no household in the registry. */
  id: string;
  /** The registry household, to open its page. */
  rumahtanggaId: string | null;
  /** `createdAt` of the first record: when they came. */
  waktu: string;
  /**
   * Who came: the head of the household, the complainant, the head of the pre-listed household,
   * or the name a person asking for information gave; empty when unknown.
   */
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

type Catatan = Dok<'keluhan'> | Dok<'usulan'> | Dok<'kebutuhan'> | Dok<'kepesertaan'> | Dok<'layananinformasi'>;

/**
 * Which walk-in a record belongs to: its household; a pre-list made from a complaint joins that
 * complaint's person; anything else stands alone.
 */
function kunciKunjungan(doc: Catatan): string {
  if ('rumahtanggaId' in doc && doc.rumahtanggaId) return doc.rumahtanggaId;
  if (doc.type === 'usulan' && doc.kasusTerkait) return doc.kasusTerkait;
  return doc._id;
}

function siapaOf(doc: Catatan): string {
  if (doc.type === 'keluhan') return doc.pelapor.nama;
  if (doc.type === 'usulan') return siapaUsulan(doc);
  if (doc.type === 'layananinformasi') return doc.penanya?.nama ?? '';
  return '';
}

/** What a person asked about, in a few words: the programmes, the FAQ question, the topic. */
function tentangInformasi(doc: Dok<'layananinformasi'>, namaProgram: (id: string) => string, pertanyaan: (id: string) => string | undefined): string {
  const faq = doc.faqId ? pertanyaan(doc.faqId) : undefined;
  return [...doc.programIds.map(namaProgram), ...(faq ? [faq] : []), ...(doc.topik ? [doc.topik] : [])].join('; ');
}

function tercatatOf(doc: Catatan, namaProgram: (id: string) => string, pertanyaan: (id: string) => string | undefined): Tercatat {
  if (doc.type === 'layananinformasi') return { jenis: 'informasi', id: doc._id, tentang: tentangInformasi(doc, namaProgram, pertanyaan) };
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
  const [keluhan, usulan, kebutuhan, kepesertaan, informasi, program, faq] = await Promise.all([
    store.docsOfType('keluhan'),
    store.docsOfType('usulan'),
    store.docsOfType('kebutuhan'),
    store.docsOfType('kepesertaan'),
    store.docsOfType('layananinformasi'),
    store.docsOfType('program'),
    store.docsOfType('faq')
  ]);
  const namaProgram = namaProgramDari(program);
  const pertanyaan = (id: string) => faq.find((f) => f._id === id)?.pertanyaan;
  const catatan: Catatan[] = [...keluhan, ...usulan, ...kebutuhan, ...kepesertaan.filter((k) => k.sumber !== 'impor'), ...informasi]
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
      const siapa = rt ? kepalaRumahTangga(rt).nama : siapaOf(doc);
      kunjungan.set(kunci, (k = { id: kunci, rumahtanggaId: rt ? rt._id : null, waktu: doc.createdAt, siapa, tercatat: [] }));
    }
    k.tercatat.push(tercatatOf(doc, namaProgram, pertanyaan));
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
