import '../test-data/browser-globals';
import { describe, expect, it, vi } from 'vitest';
import { openUserStore } from '$lib/db/user-store';
import { parseDoc } from '$lib/domain/schemas';
import { makeKebutuhan, makeKepesertaan, makeRujukan, makeTindaklanjut } from '../test-data/event-factory';
import { makeAnggota, makeRumahtangga } from '../test-data/household-factory';
import { PROGRAM_NASIONAL_PILIHAN, pilihanDariKatalog, type ProgramPilihan } from './katalog.service';
import {
  kebutuhanDoc,
  kepesertaanDoc,
  muatKunjungan,
  saranKebutuhan,
  simpanKebutuhan,
  simpanKepesertaan,
  simpanVerifikasi,
  verifikasiDoc,
  type Kunjungan
} from './kunjungan.service';
import { contohDoc } from '../test-data/doc-fixtures';
import { bukaIndeksCatatan } from './registri.service';

const fasilitator = { name: 'fasilitator.wundulako', roles: ['fasilitator', 'kec:740101'] };
const now = new Date('2025-03-01T08:00:00.000Z');

const program = (programId: string, sasaran: 'rumahtangga' | 'anggota', kriteria: ProgramPilihan['kriteria']): ProgramPilihan => ({
  programId,
  nama: programId.toUpperCase(),
  sasaran,
  kriteria,
  katalog: null
});
const KATALOG = [
  program('bpnt', 'rumahtangga', { fakta: 'desil', op: '<=', nilai: 4 }),
  program('pis-kis', 'anggota', { fakta: 'desil', op: '<=', nilai: 4 }),
  program('listrik', 'rumahtangga', { fakta: 'desil', op: '<=', nilai: 3 })
];

function kunjunganOf(over: Partial<Kunjungan> = {}): Kunjungan {
  return { rumahtangga: makeRumahtangga({ desil: 2 }), kepesertaan: [], kebutuhan: [], pemenuhan: [], katalog: KATALOG, ...over };
}

describe('participation and needs from the visit form', () => {
  it('makes a kepesertaan of the household, in its desa, by the user, now', () => {
    const rt = makeRumahtangga();
    const doc = kepesertaanDoc({ programId: 'bpnt', nik: '' }, kunjunganOf({ rumahtangga: rt }), fasilitator, now);
    expect(doc).toMatchObject({
      type: 'kepesertaan',
      wilayah: rt.wilayah,
      createdBy: 'fasilitator.wundulako',
      createdAt: '2025-03-01T08:00:00.000Z',
      rumahtanggaId: rt._id,
      programId: 'bpnt',
      sumber: 'verifikasi',
      profil: { jenisKelamin: 'L', disabilitas: false }
    });
    expect(doc).not.toHaveProperty('nik');
    expect(doc).not.toHaveProperty('memenuhi');
    expect(doc._id.startsWith(`kepesertaan:${rt._id.split(':')[1]}:`)).toBe(true);
    expect(parseDoc(doc)).toMatchObject({ ok: true });
  });

  it('makes a kebutuhan of one member with its reason, trimmed, and that member’s profile', () => {
    const rt = makeRumahtangga();
    rt.anggota[1] = { ...rt.anggota[1], disabilitas: 'fisik' };
    const nik = rt.anggota[1].nik;
    const doc = kebutuhanDoc({ programId: 'pis-kis', nik, alasan: '  Belum punya KIS ' }, rt, fasilitator, now);
    expect(doc).toMatchObject({ type: 'kebutuhan', nik, alasan: 'Belum punya KIS', profil: { jenisKelamin: 'P', disabilitas: true } });
    expect(parseDoc(doc)).toMatchObject({ ok: true });
  });

  it('asks which member for a member-level programme, and refuses someone outside the household', async () => {
    const k = kunjunganOf();
    expect(await simpanKepesertaan(fasilitator, { programId: 'pis-kis', nik: '' }, k)).toEqual({
      ok: false,
      problems: { nik: 'Program ini untuk anggota: pilih anggota yang bersangkutan' }
    });
    expect(await simpanKebutuhan(fasilitator, { programId: 'bpnt', nik: '7401015505900001', alasan: '' }, k)).toMatchObject({
      ok: false,
      problems: { nik: 'Anggota ini tidak ada di rumah tangga' }
    });
    expect(await simpanKepesertaan(fasilitator, { programId: '', nik: '' }, k)).toMatchObject({ ok: false, problems: { programId: expect.any(String) } });
  });

  it('suggests the eligible programmes not received nor already needed', () => {
    const rt = makeRumahtangga({ desil: 2 });
    const k = kunjunganOf({
      rumahtangga: rt,
      kepesertaan: [makeKepesertaan({ rumahtanggaId: rt._id, programId: 'bpnt' })],
      kebutuhan: [makeKebutuhan({ rumahtanggaId: rt._id, programId: 'listrik' })]
    });
    expect(saranKebutuhan(k, '2025-03-01').map((p) => p.programId)).toEqual(['pis-kis']);
    expect(saranKebutuhan({ ...k, rumahtangga: { ...rt, desil: 9 } }, '2025-03-01')).toEqual([]);
  });

  it('saves on the device and reads the household back with its own events only', async () => {
    const store = openUserStore(fasilitator);
    const rt = makeRumahtangga({ desil: 2, anggota: [makeAnggota({ hubungan: 'kepala' })] });
    const lain = makeRumahtangga();
    await store.saveDoc(rt);
    await store.saveDoc(lain);
    await store.saveDoc(makeKepesertaan({ rumahtanggaId: lain._id, programId: 'pkh' }));

    const k = await muatKunjungan(fasilitator, rt._id);
    expect(k?.rumahtangga._id).toBe(rt._id);
    expect(k?.katalog).toEqual(PROGRAM_NASIONAL_PILIHAN);
    expect(k?.kepesertaan).toEqual([]);

    const saved = await simpanKepesertaan(fasilitator, { programId: 'bpnt', nik: '' }, k as Kunjungan);
    expect(saved).toMatchObject({ ok: true, lokal: true });
    const again = await muatKunjungan(fasilitator, rt._id);
    expect(again?.kepesertaan.map((d) => [d.programId, d.createdBy])).toEqual([['bpnt', 'fasilitator.wundulako']]);
    expect(await store.pendingUploads()).toBeGreaterThan(0);
    expect(await muatKunjungan(fasilitator, 'rumahtangga:7401011002:TIDAKADA')).toBeNull();
  });

  it('a participation meets the household’s open need of that programme, once', async () => {
    const rt = makeRumahtangga({ desil: 2, anggota: [makeAnggota({ hubungan: 'kepala' })] });
    const profil = { jenisKelamin: 'L' as const, disabilitas: false };
    const bpnt = makeKebutuhan({ rumahtanggaId: rt._id, programId: 'bpnt', profil });
    const listrik = makeKebutuhan({ rumahtanggaId: rt._id, programId: 'listrik', profil });
    // The programme already accepted the electricity need: a participation does not meet it again.
    const terima = makeTindaklanjut(makeRujukan(listrik), {
      _id: `tindaklanjut:${rt._id.split(':')[1]}:T1`,
      wilayah: rt.wilayah,
      pemenuhan: { kebutuhanId: listrik._id, programId: 'listrik', profil, arah: 'terpenuhi' }
    });
    const store = openUserStore(fasilitator);
    for (const doc of [rt, bpnt, listrik, terima]) await store.saveDoc(doc);

    const k = (await muatKunjungan(fasilitator, rt._id)) as Kunjungan;
    expect(k.pemenuhan.map((t) => t._id)).toEqual([terima._id]);
    expect(kepesertaanDoc({ programId: 'bpnt', nik: '' }, k, fasilitator, now).memenuhi).toEqual([{ kebutuhanId: bpnt._id, programId: 'bpnt', profil }]);
    expect(kepesertaanDoc({ programId: 'listrik', nik: '' }, k, fasilitator, now)).not.toHaveProperty('memenuhi');

    await simpanKepesertaan(fasilitator, { programId: 'bpnt', nik: '' }, k);
    const lagi = (await muatKunjungan(fasilitator, rt._id)) as Kunjungan;
    expect(kepesertaanDoc({ programId: 'bpnt', nik: '' }, lagi, fasilitator, now)).not.toHaveProperty('memenuhi');
  });
});

describe('muatKunjungan through the device’s record index', () => {
  it('finds the same records and responses as a read of the desa, and what is saved after', async () => {
    const rt = makeRumahtangga({ desil: 2, anggota: [makeAnggota({ hubungan: 'kepala' })] });
    const profil = { jenisKelamin: 'L' as const, disabilitas: false };
    const listrik = makeKebutuhan({ rumahtanggaId: rt._id, programId: 'listrik', profil });
    const terima = makeTindaklanjut(makeRujukan(listrik), {
      _id: `tindaklanjut:${rt._id.split(':')[1]}:T2`,
      wilayah: rt.wilayah,
      pemenuhan: { kebutuhanId: listrik._id, programId: 'listrik', profil, arah: 'terpenuhi' }
    });
    const store = openUserStore(fasilitator);
    for (const doc of [rt, listrik, terima, makeKepesertaan({ rumahtanggaId: rt._id, programId: 'pkh' })]) await store.saveDoc(doc);
    const { index, berhenti } = bukaIndeksCatatan(store);

    const lewatIndeks = (await muatKunjungan(fasilitator, rt._id, index)) as Kunjungan;
    const lewatDesa = (await muatKunjungan(fasilitator, rt._id)) as Kunjungan;
    const ringkas = (k: Kunjungan) => [k.kepesertaan, k.kebutuhan, k.pemenuhan].map((d) => d.map((x) => x._id).sort());
    expect(ringkas(lewatIndeks)).toEqual(ringkas(lewatDesa));
    expect(lewatIndeks.pemenuhan.map((t) => t._id)).toEqual([terima._id]);

    await simpanKepesertaan(fasilitator, { programId: 'bpnt', nik: '' }, lewatIndeks);
    await vi.waitFor(async () => expect((await muatKunjungan(fasilitator, rt._id, index))?.kepesertaan).toHaveLength(2));
    berhenti();
  });
});

describe('the end of a verification', () => {
  const rt = makeRumahtangga();

  it('records what it found, in the household’s desa, with the proposal when the data changed', () => {
    const berubah = verifikasiDoc(rt, 'berubah', 'usulan:7401012006:U1', fasilitator, now);
    expect(berubah).toMatchObject({ type: 'verifikasi', wilayah: rt.wilayah, rumahtanggaId: rt._id, hasil: 'berubah', usulanId: 'usulan:7401012006:U1' });
    expect(parseDoc(berubah)).toMatchObject({ ok: true });
    const sesuai = verifikasiDoc(rt, 'sesuai', 'usulan:7401012006:U1', fasilitator, now);
    expect(sesuai).not.toHaveProperty('usulanId');
    expect(parseDoc(sesuai)).toMatchObject({ ok: true });
  });

  it('refuses "changed" without the proposal saved, next to the outcome', async () => {
    expect(await simpanVerifikasi(fasilitator, rt, 'berubah')).toMatchObject({ ok: false, problems: { hasil: expect.any(String) } });
    expect(await simpanVerifikasi(fasilitator, rt, 'tidak-ditemukan')).toMatchObject({ ok: true, lokal: true });
  });
});

describe('the catalogue the forms offer', () => {
  it('uses the running programmes of the district, else the national list', () => {
    const pkh = contohDoc('program');
    const selesai = { ...contohDoc('program'), programId: 'lama', aktif: { mulai: '2010-01-01', selesai: '2012-12-31' } };
    expect(pilihanDariKatalog([pkh, selesai], '2025-03-01').map((p) => p.programId)).toEqual([pkh.programId]);
    expect(pilihanDariKatalog([selesai], '2025-03-01')).toEqual(PROGRAM_NASIONAL_PILIHAN);
  });
});
