/**
 * Recording information given at the desk (layanan informasi, /meja/informasi): a citizen who
 * came or called only to ask about a programme. An immutable event saved through the data port,
 * on the device for a Puskesos desk (sent by the sync), on the server for the secretariat's.
 */
import { openUserStore, type StoreUser } from '$lib/db/user-store';
import { kepalaRumahTangga } from '$lib/domain/household';
import { KANAL_MASUK } from '$lib/domain/keluhan';
import { areaOfRoles, jobRoleOf } from '$lib/domain/roles';
import { eventHead, simpanEvent, type SimpanHasil } from './event-doc';

export { KANAL_MASUK };

export interface InformasiInput {
  kanal: string;
  /** Catalogue ids of the programmes asked about. */
  programIds: string[];
  /** The FAQ item the answer came from; empty for none. */
  faqId: string;
  topik: string;
  /** The household the person belongs to, when the desk linked one; empty otherwise. */
  rumahtanggaId: string;
  /** Empty when the person gave no name. */
  penanyaNama: string;
  penjelasan: string;
}

export type InformasiField = Exclude<keyof InformasiInput, 'rumahtanggaId'>;

const FIELD_OF_PATH: Record<string, InformasiField> = {
  kanal: 'kanal',
  programIds: 'programIds',
  faqId: 'faqId',
  topik: 'topik',
  'penanya.nama': 'penanyaNama',
  penjelasan: 'penjelasan'
};

/** Where the desk stands: a Puskesos at a kecamatan, the district secretariat at the kabupaten. */
export function kanalMeja(user: Pick<StoreUser, 'roles'>): (typeof KANAL_MASUK)[number] {
  if (jobRoleOf(user.roles) === 'fasilitator') return 'kunjungan';
  return areaOfRoles(user.roles).kecamatan.length > 0 ? 'puskesos' : 'sekretariat';
}

/**
 * The wilayah code the record is filed under: the linked household's desa, else the desk's own
 * area — its (first) kecamatan, else its kabupaten. Null for a user with no area.
 */
export function wilayahInformasi(user: Pick<StoreUser, 'roles'>, desaRumahtangga?: string): string | null {
  const area = areaOfRoles(user.roles);
  return desaRumahtangga ?? area.kecamatan[0] ?? area.kabupaten[0] ?? null;
}

/** The layananinformasi document of a filled-in form, as saved under `wilayah`. */
export function informasiDoc(input: InformasiInput, user: StoreUser, now: Date, wilayah: string) {
  const topik = input.topik.trim();
  const nama = input.penanyaNama.trim();
  return {
    ...eventHead('layananinformasi', wilayah, user, now),
    kanal: input.kanal,
    // A set: the order the boxes were ticked in means nothing.
    programIds: [...new Set(input.programIds)].sort(),
    ...(input.faqId ? { faqId: input.faqId } : {}),
    ...(topik ? { topik } : {}),
    ...(input.rumahtanggaId ? { rumahtanggaId: input.rumahtanggaId } : {}),
    ...(nama ? { penanya: { nama } } : {}),
    penjelasan: input.penjelasan.trim()
  };
}

export class TanpaWilayahError extends Error {
  override name = 'TanpaWilayahError';
  constructor() {
    super('Akun Anda belum memiliki wilayah kerja, jadi layanan informasi tidak dapat dicatat. Hubungi administrator kabupaten.');
  }
}

export async function simpanInformasi(user: StoreUser, input: InformasiInput, now = new Date()): Promise<SimpanHasil<InformasiField>> {
  const store = openUserStore(user);
  const rumahtangga = input.rumahtanggaId ? await store.get(input.rumahtanggaId) : null;
  const desa = rumahtangga?.type === 'rumahtangga' ? rumahtangga.wilayah.desa : undefined;
  const wilayah = wilayahInformasi(user, desa);
  if (!wilayah) throw new TanpaWilayahError();
  return simpanEvent(user, informasiDoc(input, user, now, wilayah), (path) => FIELD_OF_PATH[path]);
}

/** The household a desk opened the form for, as the form names it; null when the user holds none by that id. */
export async function rumahtanggaTertaut(user: StoreUser, id: string): Promise<{ id: string; kepala: string } | null> {
  const doc = await openUserStore(user).get(id);
  return doc?.type === 'rumahtangga' ? { id, kepala: kepalaRumahTangga(doc).nama } : null;
}
