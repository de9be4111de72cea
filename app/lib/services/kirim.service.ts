/**
 * Exports to the national systems (issue 8): what is due for SIKS-NG (approved pre-lists and
 * data changes, the data center's PMKS records) and LAPOR! (non-kepesertaan referrals through
 * it), exporting them as a recorded batch, and downloading a past batch again. The manager and
 * back office work on the kabupaten database on the server (placement.ts), so everything is
 * read from there: statuses from `kasus/peristiwa` rows without documents, documents only of
 * what is due or re-exported.
 */
import { DiLuarWilayahError } from '$lib/db/errors';
import type { UserStore, ViewRow } from '$lib/db/user-store';
import { pengajuanDariBaris, peristiwaDariBaris, statusKasus, type BarisPengajuan, type BarisPeristiwa, type Pengajuan } from '$lib/domain/antrean';
import type { CaseState, StatusKasus } from '$lib/domain/case-state';
import { kepalaRumahTangga } from '$lib/domain/household';
import {
  calonPmks,
  jatuhKirim,
  jenisBolehDikirim,
  pmksUntukSiksNg,
  rujukanLapor,
  SISTEM_KIRIMAN,
  usulanDisetujui,
  type ItemKiriman,
  type JenisKiriman,
  type Pengiriman
} from '$lib/domain/pengiriman';
import { labelPmks, type Pmks } from '$lib/domain/pmks';
import { areaOfRoles, type JobRole } from '$lib/domain/roles';
import type { Rujukan } from '$lib/domain/rujukan';
import { eventHead } from './event-doc';
import { berkasTabel, unduhBerkas, type FormatEkspor } from './ekspor';
import { bacaKasusUsulan, namaBerkasKiriman, tabelKiriman, type KonteksKiriman } from './kirim-berkas';

export type { JenisKiriman, Pengiriman } from '$lib/domain/pengiriman';

/** Whether a job role sends anything to the national systems (and sees /kirim). */
export function mengirimKeSistemNasional(jobRole: JobRole | null): boolean {
  return jenisBolehDikirim(jobRole).length > 0;
}

/** One due item as the screen lists it. */
export interface ItemJatuh extends ItemKiriman {
  /** Dotted code of its desa (or kecamatan). */
  wilayah: string;
  /** When it became sendable, or last changed (PMKS). */
  tanggal: string;
  /** What a person recognises it by: a household head, a PMKS person, a programme and destination. */
  uraian: string;
}

export interface BagianKiriman {
  jenis: JenisKiriman;
  jatuh: ItemJatuh[];
  /** Past exports of this kind, newest first. */
  riwayat: Pengiriman[];
  /** PMKS records of a district's own type, which SIKS-NG has no category for and are not sent. */
  tidakDikirim: number;
}

export interface DataKiriman extends KonteksKiriman {
  bagian: BagianKiriman[];
}

/** Ids of the documents of each case among `rows` (the opener's row has the case's own id). */
function dokumenPerKasus(rows: readonly BarisPeristiwa[]): Map<string, string[]> {
  const peta = new Map<string, string[]>();
  for (const row of rows.map(peristiwaDariBaris)) peta.set(row.kasusId, [...(peta.get(row.kasusId) ?? []), row.id]);
  return peta;
}

function uraianUsulan(kasus: CaseState): string {
  const u = kasus.pembukaTerkini;
  if (u?.type !== 'usulan') return kasus.kasusId;
  if (u.jenis === 'prelist') return `${kepalaRumahTangga(u.rumahtangga)?.nama ?? '—'} · ${u.rumahtangga.anggota.length} anggota`;
  if (u.jenis === 'perubahan-data') return [...new Set(u.perubahan.map((p) => p.field))].join(', ');
  return u.pmks.nama;
}

interface DataUsulan extends KonteksKiriman {
  pengajuan: Pengajuan[];
  status: ReadonlyMap<string, StatusKasus>;
}

async function bagianUsulan(store: UserStore, jenis: 'prelist' | 'perubahan-data', data: DataUsulan): Promise<ItemJatuh[]> {
  const disetujui = usulanDisetujui(data.pengajuan, data.status, jenis);
  const jatuh = jatuhKirim(disetujui.map((p) => ({ ...p, id: p.kasusId })), data.riwayat, jenis);
  const kasus = await bacaKasusUsulan(store, jatuh.map((p) => p.id), data.dokumenKasus);
  return jatuh.map((p, i) => ({ id: p.id, wilayah: p.desa, tanggal: p.createdAt, uraian: uraianUsulan(kasus[i]) }));
}

async function bagianPmks(store: UserStore, riwayat: Pengiriman[]): Promise<Pick<BagianKiriman, 'jatuh' | 'tidakDikirim'>> {
  const { dikirim, jenisDaerah } = pmksUntukSiksNg((await store.docsOfType('pmks')) as (Pmks & { _rev: string })[]);
  const jatuh = jatuhKirim(dikirim.map((p) => ({ ...calonPmks(p), pmks: p })), riwayat, 'pmks');
  return {
    jatuh: jatuh
      .map(({ pmks, ...item }) => ({ ...item, wilayah: pmks.wilayah.desa ?? '', tanggal: item.diperbarui ?? pmks.createdAt, uraian: `${pmks.nama} · ${labelPmks(pmks.jenisPmks)}` }))
      .sort((a, b) => a.tanggal.localeCompare(b.tanggal)),
    tidakDikirim: jenisDaerah.length
  };
}

async function bagianLapor(store: UserStore, rows: readonly BarisPeristiwa[], riwayat: Pengiriman[]): Promise<ItemJatuh[]> {
  const calon = rows.filter((r) => r.value.type === 'rujukan' && r.value.kanal === 'lapor' && r.id).map((r) => ({ id: r.id as string }));
  const docs = (await store.getMany(jatuhKirim(calon, riwayat, 'keluhan').map((c) => c.id))) as Rujukan[];
  return rujukanLapor(docs)
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt))
    .map((r) => ({ id: r._id, wilayah: r.wilayah.desa ?? r.wilayah.kecamatan ?? '', tanggal: r.createdAt, uraian: `${r.programId} → ${r.namaTujuan}` }));
}

/** What is due for each kind `jobRole` may send, and the past exports of each. */
export async function muatKiriman(store: UserStore, jobRole: JobRole | null): Promise<DataKiriman> {
  const jenis = jenisBolehDikirim(jobRole);
  const siksNg = jenis.some((j) => SISTEM_KIRIMAN[j] === 'siks-ng');
  const tanpaBaris: ViewRow<BarisPeristiwa['value']>[] = [];
  const [riwayatSemua, usulanRows, keluhanRows, pengajuanRows] = await Promise.all([
    store.docsOfType('pengiriman'),
    siksNg ? store.queryView<BarisPeristiwa['value']>('kasus/peristiwa', { startkey: ['usulan:'], endkey: ['usulan:\ufff0'] }) : tanpaBaris,
    store.queryView<BarisPeristiwa['value']>('kasus/peristiwa', { startkey: ['keluhan:'], endkey: ['keluhan:\ufff0'] }),
    siksNg ? store.queryView<BarisPengajuan['value']>('antrean/pengajuan') : []
  ]);
  const riwayat = (riwayatSemua as Pengiriman[]).sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  const dokumenKasus = dokumenPerKasus(usulanRows);
  const usulan: DataUsulan = { pengajuan: pengajuanRows.map(pengajuanDariBaris), status: statusKasus(usulanRows.map(peristiwaDariBaris)), riwayat, dokumenKasus };
  const bagian = await Promise.all(
    jenis.map(async (j): Promise<BagianKiriman> => {
      const milik = riwayat.filter((p) => p.jenis === j);
      if (j === 'pmks') return { jenis: j, riwayat: milik, ...(await bagianPmks(store, riwayat)) };
      const jatuh = j === 'keluhan' ? await bagianLapor(store, keluhanRows, riwayat) : await bagianUsulan(store, j, usulan);
      return { jenis: j, jatuh, riwayat: milik, tidakDikirim: 0 };
    })
  );
  return { bagian, riwayat, dokumenKasus };
}

export class TidakAdaKirimanError extends Error {
  override name = 'TidakAdaKirimanError';
  constructor() {
    super('Tidak ada data yang perlu dikirim untuk jenis ini. Muat ulang halaman bila data baru saja disetujui.');
  }
}

/**
 * Exports every due item of `jenis`: builds the file, records the batch (so the items are no
 * longer due), then downloads it. The file is built first, so a batch is never recorded for a
 * file that could not be made; if the download is lost, "unduh lagi" gives the same file.
 */
export async function kirim(store: UserStore, data: DataKiriman, jenis: JenisKiriman, format: FormatEkspor, now = new Date()): Promise<Pengiriman> {
  const kabupaten = areaOfRoles(store.user.roles).kabupaten[0];
  if (!kabupaten) throw new DiLuarWilayahError('kabupaten');
  const jatuh = data.bagian.find((b) => b.jenis === jenis)?.jatuh ?? [];
  if (jatuh.length === 0) throw new TidakAdaKirimanError();
  const pengiriman: Pengiriman = {
    ...eventHead('pengiriman', kabupaten, store.user, now),
    sistem: SISTEM_KIRIMAN[jenis],
    jenis,
    format,
    item: jatuh.map(({ id, rev, diperbarui }) => ({ id, ...(rev ? { rev } : {}), ...(diperbarui ? { diperbarui } : {}) }))
  };
  const tabel = await tabelKiriman(store, pengiriman, data);
  const berkas = await berkasTabel(tabel, format);
  await store.saveDoc(pengiriman);
  unduhBerkas(berkas, namaBerkasKiriman(pengiriman, tabel.judul));
  return pengiriman;
}

/** Downloads a past export again: the same items, in the format it was sent in, recording nothing. */
export async function unduhLagi(store: UserStore, data: DataKiriman, pengiriman: Pengiriman): Promise<void> {
  const tabel = await tabelKiriman(store, pengiriman, data);
  unduhBerkas(await berkasTabel(tabel, pengiriman.format), namaBerkasKiriman(pengiriman, tabel.judul));
}
