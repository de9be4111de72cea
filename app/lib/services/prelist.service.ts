/**
 * Registering a household missing from the registry (pre-list): what /prelist/baru calls. The
 * proposal is an `usulan` of jenis `prelist`, saved through the data port; before it is saved
 * the registry and the other pre-lists of the user's databases are searched for the same family
 * (duplikat.ts). The user sees the matches and may still save: a deliberate choice.
 */
import { openUserStore, type StoredDoc, type StoreUser, type UserStore } from '$lib/db/user-store';
import { cariDuplikat, type Duplikat, type RumahtanggaDibanding } from '$lib/domain/duplikat';
import { DISABILITAS, HUBUNGAN, JENIS_KELAMIN, PENDIDIKAN, STATUS_SEKOLAH, type Anggota, type Rumahtangga } from '$lib/domain/household';
import { nikAgrees, nikFacts, validateNik, validateNoKk } from '$lib/domain/nik';
import { parseDocOf } from '$lib/domain/schemas';
import type { Usulan } from '$lib/domain/usulan';
import { kataDari } from '$lib/domain/teks';
import { compactCode } from '$lib/domain/wilayah';
import type { RegistriIndex } from '$lib/search/registri-index';
import { kasusHead } from './event-doc';
import { checkDesa, desaCode } from './keluhan.service';
import { bangunIndeks } from './registri.service';

export { DISABILITAS, HUBUNGAN, JENIS_KELAMIN, PENDIDIKAN, STATUS_SEKOLAH };
export type { Duplikat };

export type AnggotaInput = { [K in keyof Anggota]: string };

export interface PrelistInput {
  /** 10 digits (7401012001) or dotted (74.01.01.2001). */
  desa: string;
  rt: string;
  rw: string;
  jalan: string;
  noKK: string;
  anggota: AnggotaInput[];
  /** The kepesertaan complaint this household comes from: the proposal fixes its exclusion error. */
  kasusTerkait?: string;
}

/** Problems by field: `desa`, `rt`, `noKK`, `anggota` (the list), `anggota.0.nik`, … */
export type MasalahPrelist = Record<string, string>;

export type SimpanPrelistHasil =
  | { ok: true; id: string; lokal: boolean }
  | { ok: false; problems: MasalahPrelist }
  | { ok: false; duplikat: Duplikat[] };

export function anggotaKosong(hubungan = 'kepala'): AnggotaInput {
  return {
    nik: '',
    nama: '',
    jenisKelamin: '',
    tanggalLahir: '',
    hubungan,
    disabilitas: 'tidak',
    pendidikan: '',
    statusSekolah: '',
    pekerjaan: ''
  };
}

export function prelistKosong(): PrelistInput {
  return { desa: '', rt: '', rw: '', jalan: '', noKK: '', anggota: [anggotaKosong()] };
}

/**
 * The pre-list a kepesertaan complaint without a registry household implies: in the complaint's
 * desa, the complainant as head, linked to the complaint. Null when the complaint is not here.
 */
export async function prelistDariKeluhan(store: UserStore, keluhanId: string): Promise<PrelistInput | null> {
  const keluhan = await store.get(keluhanId);
  if (keluhan?.type !== 'keluhan') return null;
  const kepala = { ...anggotaKosong(), nama: keluhan.pelapor.nama, nik: keluhan.pelapor.nik ?? '' };
  return { ...prelistKosong(), desa: compactCode(keluhan.wilayah.desa ?? ''), anggota: [kepala], kasusTerkait: keluhan._id };
}

/** Still being typed: digits only and not yet 16 of them. Judged once whole, or at saving. */
function belumLengkap(nomor: string): boolean {
  return nomor.length < 16 && /^\d*$/.test(nomor);
}

/** What is wrong with a No. KK; while `diketik`, nothing until it could be whole. */
export function masalahNoKk(noKK: string, diketik = true): string | undefined {
  if (diketik && belumLengkap(noKK)) return undefined;
  return validateNoKk(noKK).problems.join('; ') || undefined;
}

/**
 * What is wrong with a member's NIK, and whether it disagrees with the sex or birth date
 * beside it; while `diketik`, nothing until it could be whole.
 */
export function masalahNikAnggota(a: AnggotaInput, diketik = true): string | undefined {
  if (diketik && belumLengkap(a.nik)) return undefined;
  const problems = validateNik(a.nik).problems;
  if (problems.length === 0 && a.jenisKelamin && a.tanggalLahir) {
    const jenisKelamin = a.jenisKelamin as Anggota['jenisKelamin'];
    problems.push(...nikAgrees({ nik: a.nik, jenisKelamin, tanggalLahir: a.tanggalLahir }).problems);
  }
  return problems.join('; ') || undefined;
}

export type IsianNik = Pick<AnggotaInput, 'jenisKelamin' | 'tanggalLahir'>;

/**
 * Sex and birth date read from a whole, valid NIK, into the fields that are empty or still hold
 * what an earlier NIK filled in (`sebelumnya`): what the user chose themselves stays.
 */
export function lengkapiDariNik(a: AnggotaInput, sebelumnya: IsianNik): AnggotaInput {
  const fakta = nikFacts(a.nik);
  if (!fakta) return a;
  const isi = (field: keyof IsianNik) => (a[field] === '' || a[field] === sebelumnya[field] ? fakta[field] : a[field]);
  return { ...a, jenisKelamin: isi('jenisKelamin'), tanggalLahir: isi('tanggalLahir') };
}

/** The usulan document of a filled-in form, as saved. */
export function prelistDoc(input: PrelistInput, user: StoreUser, now: Date) {
  const desa = desaCode(input.desa) ?? input.desa;
  const jalan = input.jalan.trim();
  return {
    ...kasusHead('usulan', desa, user, now),
    ...(input.kasusTerkait ? { kasusTerkait: input.kasusTerkait } : {}),
    jenis: 'prelist',
    rumahtangga: {
      alamat: { rt: input.rt.trim(), rw: input.rw.trim(), ...(jalan ? { jalan } : {}) },
      noKK: input.noKK.trim(),
      anggota: input.anggota.map((a) => ({ ...a, nik: a.nik.trim(), nama: a.nama.trim(), pekerjaan: a.pekerjaan.trim() }))
    }
  };
}

/** Schema paths of the document → form fields. */
function fieldOf(path: string): string | null {
  if (path.startsWith('wilayah')) return 'desa';
  const m = /^rumahtangga\.(?:alamat\.)?(.+)$/.exec(path);
  return m ? m[1] : null;
}

function periksa(input: PrelistInput, user: StoreUser, doc: ReturnType<typeof prelistDoc>): MasalahPrelist {
  const problems: MasalahPrelist = {};
  const desaProblem = checkDesa(input.desa, user);
  if (desaProblem) problems.desa = desaProblem;
  const noKk = masalahNoKk(doc.rumahtangga.noKK, false);
  if (noKk) problems.noKK = noKk;
  doc.rumahtangga.anggota.forEach((a, i) => {
    const nik = masalahNikAnggota(a, false);
    if (nik) problems[`anggota.${i}.nik`] = nik;
  });
  const parsed = parseDocOf('usulan', doc);
  if (!parsed.ok) {
    for (const issue of parsed.issues) {
      const field = fieldOf(issue.path);
      if (field && !problems[field]) problems[field] = issue.message;
    }
    if (Object.keys(problems).length === 0) problems.umum = parsed.issues.map((i) => `${i.path}: ${i.message}`).join('; ');
  }
  return problems;
}

function dariRegistri(rt: Rumahtangga): RumahtanggaDibanding {
  return { id: rt._id, sumber: 'registri', desa: rt.wilayah.desa ?? '', noKK: rt.noKK, anggota: rt.anggota };
}

function dariPrelist(u: Extract<Usulan, { jenis: 'prelist' }>): RumahtanggaDibanding {
  return { id: u._id, sumber: 'prelist', desa: u.wilayah.desa ?? '', noKK: u.rumahtangga.noKK, anggota: u.rumahtangga.anggota };
}

/** The longest word of a name: the most selective key of the registri/nama view. */
function kataTerpanjang(nama: string): string | null {
  const words = kataDari(nama);
  return words.length === 0 ? null : words.reduce((a, b) => (b.length > a.length ? b : a));
}

/**
 * For remote work, from the server: registry households and pre-list proposals by each NIK, the
 * No. KK and each member's name (the registri views hold both; whole documents). A device never asks its own PouchDB views: building them over a kecamatan takes
 * tens of seconds there, while the search index it keeps answers at once.
 */
async function pembandingServer(store: UserStore, calon: RumahtanggaDibanding): Promise<RumahtanggaDibanding[]> {
  const lookups: [string, string][] = [
    ...calon.anggota.map((a): [string, string] => ['registri/nik', a.nik]),
    ['registri/no-kk', calon.noKK],
    ...calon.anggota.map((a): [string, string] => ['registri/nama', kataTerpanjang(a.nama) ?? ''])
  ];
  const rows = await Promise.all(
    lookups.filter(([, key]) => key !== '').map(([view, key]) => store.queryView(view, { key, include_docs: true }))
  );
  const found = new Map<string, RumahtanggaDibanding>();
  for (const row of rows.flat()) {
    const doc: StoredDoc | undefined = row.doc;
    if (doc?.type === 'rumahtangga') found.set(doc._id, dariRegistri(doc));
    else if (doc?.type === 'usulan' && doc.jenis === 'prelist') found.set(doc._id, dariPrelist(doc));
  }
  return [...found.values()];
}

/**
 * Households already known that match pre-list `usulan`: what its author sees before saving and
 * its reviewer before approving. `indeks`: the device's registry search, which holds the
 * registry and the pre-lists; without it a device reads one for the occasion (seconds, not the
 * views' tens of seconds), and remote work asks the server.
 */
export async function duplikatPrelist(
  store: UserStore,
  usulan: Extract<Usulan, { jenis: 'prelist' }>,
  indeks: RegistriIndex | null = null
): Promise<Duplikat[]> {
  const calon = dariPrelist(usulan);
  if (!indeks && store.placement.mode === 'lokal') {
    const sekali = await bangunIndeks(store);
    sekali.berhenti();
    indeks = sekali.index;
  }
  return cariDuplikat(calon, indeks ? indeks.pembandingDuplikat(calon) : await pembandingServer(store, calon));
}

/**
 * Checks the form, then (unless `tetapSimpan`: the user has seen the matches and chose to go on)
 * looks for duplicates — in `indeks`, the device's registry search, or on the server for remote
 * work — then saves.
 */
export async function simpanPrelist(
  user: StoreUser,
  input: PrelistInput,
  options: { tetapSimpan: boolean; indeks: RegistriIndex | null },
  now = new Date()
): Promise<SimpanPrelistHasil> {
  const doc = prelistDoc(input, user, now);
  const problems = periksa(input, user, doc);
  if (Object.keys(problems).length > 0) return { ok: false, problems };
  const store = openUserStore(user);
  if (!options.tetapSimpan) {
    const duplikat = await duplikatPrelist(store, doc as unknown as Extract<Usulan, { jenis: 'prelist' }>, options.indeks);
    if (duplikat.length > 0) return { ok: false, duplikat };
  }
  const saved = await store.saveDoc(doc);
  return { ok: true, id: saved._id, lokal: store.placement.mode === 'lokal' };
}
