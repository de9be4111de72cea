import '../test-data/browser-globals';
import { beforeEach, describe, expect, it } from 'vitest';
import { kebutuhanTerbuka, pemenuhanTanggapan } from '$lib/domain/kesenjangan';
import { ringkasanKebutuhan } from '$lib/domain/kebutuhan';
import type { DocOf } from '$lib/domain/schemas';
import { CONTOH_NIK, contohDoc } from '../test-data/doc-fixtures';
import { makeKebutuhan, makeKeluhan, makeReview, makeRujukan, makeTindaklanjut, makeUsulan, type Kasus } from '../test-data/event-factory';
import { makeRumahtangga } from '../test-data/household-factory';
import { sebagai, siapkanDb } from '../test-data/kasus-store';
import {
  AksiTidakBerlakuError,
  aksiKasus,
  bacaKasus,
  banding,
  denganIdentitas,
  pilihanRujukan,
  putuskanUsulan,
  rujuk,
  tanganiLangsung,
  tolak,
  usulkanPerubahan,
  type HalamanKasus
} from './kasus-sekretariat.service';
import { prelistDariKeluhan, prelistDoc } from './prelist.service';

const manajer = sebagai('manajer.kolaka', 'manajer');
const backOffice = sebagai('backoffice.kolaka', 'back-office');
const rumahtangga = makeRumahtangga({ _id: 'rumahtangga:7401011002:RT000001' });
const program = contohDoc('program');

async function simpan(...docs: object[]) {
  for (const doc of docs) await manajer.saveDoc(doc);
}

/** A case the supervisor approved. */
async function disetujui<K extends Kasus>(kasus: K): Promise<K> {
  await simpan(kasus, makeReview(kasus));
  return kasus;
}

async function baca(kasusId: string): Promise<HalamanKasus> {
  const h = await bacaKasus(manajer, kasusId);
  if (!h) throw new Error(`kasus ${kasusId} tidak terbaca`);
  return h;
}

beforeEach(async () => {
  const db = await siapkanDb();
  await db.bulkDocs([program, rumahtangga] as never[]);
});

describe('reading a case', () => {
  it('gives the opener, its household, the catalogue entry and the timeline', async () => {
    const keluhan = await disetujui(makeKeluhan({ programId: 'pkh' }));
    const h = await baca(keluhan._id);
    expect(h.kasus.status).toBe('disetujui-supervisor');
    expect(h.kasus.pembukaTerkini._id).toBe(keluhan._id);
    expect(h.rumahtangga?._id).toBe(rumahtangga._id);
    expect(h.program?.targetHari).toBe(14);
    expect(h.kasus.timeline.map((e) => e.label)).toEqual(['Keluhan non-kepesertaan dicatat', 'Disetujui supervisor']);
    expect(await bacaKasus(manajer, 'keluhan:7401011002:TIDAKADA')).toBeNull();
  });
});

describe('what the secretariat may do', () => {
  it('lets only the manager refer and reject; both may handle the case directly', async () => {
    const h = await baca((await disetujui(makeKeluhan({ programId: 'pkh' })))._id);
    expect(aksiKasus(h, 'manajer')).toEqual({ rujuk: 'boleh', tanganiLangsung: 'boleh', tolak: 'boleh' });
    expect(aksiKasus(h, 'back-office')).toEqual({ rujuk: 'bukan-peran', tanganiLangsung: 'boleh', tolak: 'bukan-peran' });
    expect(aksiKasus(h, 'supervisor')).toEqual({});
  });

  it('offers only an appeal for a closed case, and nothing for one still at the supervisor', async () => {
    const keluhan = makeKeluhan();
    await simpan(keluhan, makeReview(keluhan, { keputusan: 'tolak', catatan: 'Bukan wewenang SLRT' }));
    expect(aksiKasus(await baca(keluhan._id), 'back-office')).toEqual({ banding: 'boleh' });
    const baru = makeKeluhan();
    await simpan(baru);
    expect(aksiKasus(await baca(baru._id), 'manajer')).toEqual({});
  });

  it('proposes the routing table destination: a non-kepesertaan PKH complaint goes straight to Kemensos', async () => {
    const h = await baca((await disetujui(makeKeluhan({ programId: 'pkh' })))._id);
    const pilihan = pilihanRujukan(h);
    expect(pilihan.usulan).toEqual([
      { programId: 'pkh', tujuan: 'kemensos-jsk', namaTujuan: expect.stringContaining('Direktorat Jaminan Sosial Keluarga'), kanal: 'langsung' }
    ]);
    expect(pilihan.lain).toEqual([]);
  });

  it('sends a kepesertaan complaint to the registry working group via SIKS-NG, and a need per its catalogue entry', async () => {
    const kepesertaan = await baca((await disetujui(makeKeluhan({ kategori: 'kepesertaan', programId: 'pkh' })))._id);
    expect(pilihanRujukan(kepesertaan).usulan).toEqual([expect.objectContaining({ tujuan: 'pokja-data-terpadu', kanal: 'siks-ng' })]);
    // The catalogue's PKH destination is the other choice.
    expect(pilihanRujukan(kepesertaan).lain).toEqual([expect.objectContaining({ programId: 'pkh', tujuan: 'kemensos-jsk' })]);
    const kebutuhan = await baca((await disetujui(makeKebutuhan({ programId: 'pkh' })))._id);
    expect(pilihanRujukan(kebutuhan).usulan).toEqual([{ programId: 'pkh', tujuan: 'kemensos-jsk', namaTujuan: 'Direktorat Jaminan Sosial Keluarga', kanal: 'langsung' }]);
    const tanpaKatalog = await baca((await disetujui(makeKebutuhan({ programId: 'pis-kis' })))._id);
    expect(pilihanRujukan(tanpaKatalog)).toMatchObject({ usulan: [], masalah: expect.stringMatching(/tidak ada di katalog/) });
  });
});

describe('referring', () => {
  it('writes a referral the case flow takes: status dirujuk, with the identity only by consent', async () => {
    const setuju = await disetujui(makeKeluhan({ programId: 'pkh', persetujuanBerbagiData: true }));
    const h = await baca(setuju._id);
    expect(denganIdentitas(h)).toBe(true);
    const [tujuan] = pilihanRujukan(h).usulan;
    const hasil = await rujuk(manajer, setuju._id, tujuan, '  Mohon ditindaklanjuti  ', new Date('2025-03-20T01:00:00.000Z'));
    expect(hasil).toMatchObject({ ok: true, lokal: true });
    const doc = (await manajer.get((hasil as { id: string }).id)) as DocOf<'rujukan'>;
    expect(doc).toMatchObject({
      type: 'rujukan',
      kasusId: setuju._id,
      programId: 'pkh',
      tujuan: 'kemensos-jsk',
      kanal: 'langsung',
      catatan: 'Mohon ditindaklanjuti',
      createdBy: 'manajer.kolaka',
      wilayah: setuju.wilayah,
      persetujuanBerbagiData: true,
      pemohon: { nama: 'Andi Baso', telepon: '081234567890', alamat: expect.stringContaining('RT') },
      perihal: { jenis: 'keluhan', kategori: 'non-kepesertaan', uraian: setuju.uraian }
    });
    expect((await baca(setuju._id)).kasus.status).toBe('dirujuk');

    const tanpa = await disetujui(makeKeluhan({ programId: 'pkh', persetujuanBerbagiData: false }));
    expect(denganIdentitas(await baca(tanpa._id))).toBe(false);
    const kedua = await rujuk(manajer, tanpa._id, tujuan, '');
    const tanpaIdentitas = (await manajer.get((kedua as { id: string }).id)) as DocOf<'rujukan'>;
    expect(tanpaIdentitas.persetujuanBerbagiData).toBe(false);
    expect(tanpaIdentitas).not.toHaveProperty('pemohon');
    expect(tanpaIdentitas).not.toHaveProperty('catatan');
  });

  it('refuses to refer twice, and refuses back office', async () => {
    const keluhan = await disetujui(makeKeluhan({ programId: 'pkh' }));
    const [tujuan] = pilihanRujukan(await baca(keluhan._id)).usulan;
    await expect(rujuk(backOffice, keluhan._id, tujuan, '')).rejects.toThrow('bukan untuk peran Anda');
    await rujuk(manajer, keluhan._id, tujuan, '');
    const kedua = await rujuk(manajer, keluhan._id, tujuan, '').catch((e: unknown) => e);
    expect(kedua).toBeInstanceOf(AksiTidakBerlakuError);
    expect((kedua as Error).message).toMatch(/berstatus "Dirujuk ke pengelola program"/);
  });
});

describe('handling, rejecting, reopening', () => {
  it('back office handles a case directly, and must say how', async () => {
    const keluhan = await disetujui(makeKeluhan());
    expect(await tanganiLangsung(backOffice, keluhan._id, '   ')).toEqual({ ok: false, problems: { teks: 'Tanggapan wajib diisi' } });
    const hasil = await tanganiLangsung(backOffice, keluhan._id, 'Beras diganti oleh pendamping');
    expect(hasil).toMatchObject({ ok: true });
    // The dashboards count how cases were handled per programme.
    expect(await manajer.get((hasil as { id: string }).id)).toMatchObject({ hasil: 'ditangani-langsung', programId: keluhan.programId });
    const h = await baca(keluhan._id);
    expect(h.kasus.status).toBe('ditangani-langsung');
    expect(h.kasus.timeline.at(-1)).toMatchObject({ aktor: 'backoffice.kolaka', catatan: 'Beras diganti oleh pendamping' });
  });

  it('the manager rejects with a reason; the case is reopened by an appeal and goes back to the supervisor', async () => {
    const keluhan = await disetujui(makeKeluhan());
    expect(await tolak(manajer, keluhan._id, '')).toEqual({ ok: false, problems: { teks: 'Catatan wajib diisi bila usulan dikembalikan atau ditolak' } });
    await tolak(manajer, keluhan._id, 'Sudah ditangani desa');
    expect((await baca(keluhan._id)).kasus.status).toBe('ditolak');
    expect(await banding(backOffice, keluhan._id, '')).toEqual({ ok: false, problems: { teks: 'Alasan banding wajib diisi' } });
    await banding(backOffice, keluhan._id, 'Warga membawa bukti baru');
    const h = await baca(keluhan._id);
    expect(h.kasus.status).toBe('diajukan');
    expect(h.kasus.timeline.map((e) => e.status)).toEqual(['diajukan', 'disetujui-supervisor', 'ditolak', 'diajukan']);
  });

  it('meets a need once: handled directly it is met; referred again after an appeal, accepting it again meets nothing', async () => {
    const pada = (hari: number) => new Date(Date.UTC(2030, 0, hari));
    const langsung = await disetujui(makeKebutuhan({ programId: 'pkh' }));
    const ditangani = await tanganiLangsung(backOffice, langsung._id, 'Dibantu dari dana desa', pada(1));
    expect(await manajer.get((ditangani as { id: string }).id)).toMatchObject({ pemenuhan: { ...ringkasanKebutuhan(langsung), arah: 'terpenuhi' } });
    await banding(backOffice, langsung._id, 'Bantuan desa berhenti', pada(2));
    await simpan(makeReview(langsung, { createdAt: pada(3).toISOString() }));
    expect((await baca(langsung._id)).kebutuhanTerpenuhi).toBe(true);
    const lagi = await tanganiLangsung(backOffice, langsung._id, 'Dibantu lagi', pada(4));
    expect(await manajer.get((lagi as { id: string }).id)).not.toHaveProperty('pemenuhan');

    const kebutuhan = await disetujui(makeKebutuhan({ programId: 'pkh' }));
    const [tujuan] = pilihanRujukan(await baca(kebutuhan._id)).usulan;
    const pertama = (await manajer.get(((await rujuk(manajer, kebutuhan._id, tujuan, '', pada(1))) as { id: string }).id)) as DocOf<'rujukan'>;
    expect(pertama.kebutuhan).toEqual(ringkasanKebutuhan(kebutuhan));
    const diterima = makeTindaklanjut(pertama, { hasil: 'diterima', createdAt: pada(2).toISOString(), ...pemenuhanTanggapan(pertama, 'diterima', 'dirujuk') });
    await simpan(diterima, makeTindaklanjut(pertama, { hasil: 'selesai', createdAt: pada(3).toISOString(), ...pemenuhanTanggapan(pertama, 'selesai', 'diterima') }));
    await banding(manajer, kebutuhan._id, 'Bantuan belum cair', pada(4));
    await simpan(makeReview(kebutuhan, { createdAt: pada(5).toISOString() }));
    const kedua = (await manajer.get(((await rujuk(manajer, kebutuhan._id, tujuan, '', pada(6))) as { id: string }).id)) as DocOf<'rujukan'>;
    expect(kedua).not.toHaveProperty('kebutuhan');
    const diterimaLagi = makeTindaklanjut(kedua, { hasil: 'diterima', createdAt: pada(7).toISOString(), ...pemenuhanTanggapan(kedua, 'diterima', 'dirujuk') });
    // The dashboard's sum for this need: +1, −1 for the first acceptance, nothing for the second.
    expect(kebutuhanTerbuka([kebutuhan], [], [diterima, diterimaLagi])).toEqual([]);
    expect(diterimaLagi).not.toHaveProperty('pemenuhan');
  });

  it('reopens a case the programme closed', async () => {
    const keluhan = await disetujui(makeKeluhan());
    const rujukan = makeRujukan(keluhan);
    await simpan(rujukan, makeTindaklanjut(rujukan, { hasil: 'selesai' }));
    expect(aksiKasus(await baca(keluhan._id), 'manajer')).toEqual({ banding: 'boleh' });
    expect(await banding(manajer, keluhan._id, 'Bantuan ternyata belum cair')).toMatchObject({ ok: true });
  });
});

describe('the registry proposal of a kepesertaan complaint', () => {
  it('asks for a pre-list when the complaint names no household, for a data change when it does', async () => {
    const tanpaRt = await disetujui(makeKeluhan({ kategori: 'kepesertaan', rumahtanggaId: undefined }));
    expect(aksiKasus(await baca(tanpaRt._id), 'manajer').usulanRegistri).toBe('prelist');
    const denganRt = await disetujui(makeKeluhan({ kategori: 'kepesertaan' }));
    expect(aksiKasus(await baca(denganRt._id), 'back-office').usulanRegistri).toBe('perubahan-data');
    expect(aksiKasus(await baca((await disetujui(makeKeluhan()))._id), 'manajer').usulanRegistri).toBeUndefined();
  });

  it('starts the pre-list from the complaint: its desa, the complainant as head, linked to it', async () => {
    const keluhan = await disetujui(makeKeluhan({ kategori: 'kepesertaan', rumahtanggaId: undefined, pelapor: { nama: 'Wa Ode Sitti', nik: CONTOH_NIK.pasangan } }));
    const input = await prelistDariKeluhan(manajer, keluhan._id);
    expect(input).toMatchObject({ desa: '7401011002', kasusTerkait: keluhan._id, anggota: [{ nama: 'Wa Ode Sitti', nik: CONTOH_NIK.pasangan, hubungan: 'kepala' }] });
    expect(prelistDoc(input!, manajer.user, new Date())).toMatchObject({ type: 'usulan', jenis: 'prelist', kasusTerkait: keluhan._id });
    expect(await prelistDariKeluhan(manajer, 'keluhan:7401011002:TIDAKADA')).toBeNull();
  });

  it('writes the data change linked to the complaint, shown with the case afterwards', async () => {
    const keluhan = await disetujui(makeKeluhan({ kategori: 'kepesertaan' }));
    expect(await usulkanPerubahan(manajer, keluhan._id, [{ field: '', sebelum: '', sesudah: '' }])).toEqual({
      ok: false,
      problems: { perubahan: 'Usulan perubahan data harus berisi minimal satu perubahan' }
    });
    const hasil = await usulkanPerubahan(manajer, keluhan._id, [{ field: 'desil', sebelum: '5', sesudah: '2' }]);
    expect(hasil).toMatchObject({ ok: true });
    const h = await baca(keluhan._id);
    expect(h.usulanTerkait).toEqual([
      expect.objectContaining({ jenis: 'perubahan-data', rumahtanggaId: rumahtangga._id, kasusTerkait: keluhan._id, perubahan: [{ field: 'desil', sebelum: '5', sesudah: '2' }] })
    ]);
    expect(aksiKasus(h, 'manajer').usulanRegistri).toBeUndefined();
  });
});

describe('the registry queue', () => {
  it('the manager accepts a proposal or sends it back with a note; back office may not', async () => {
    const diterima = await disetujui(makeUsulan('perubahan-data'));
    const dikembalikan = await disetujui(makeUsulan('pmks'));
    await expect(putuskanUsulan(backOffice, diterima._id, 'setuju', '')).rejects.toThrow('bukan untuk peran Anda');
    expect(await putuskanUsulan(manajer, diterima._id, 'setuju', '')).toMatchObject({ ok: true });
    expect((await baca(diterima._id)).kasus.status).toBe('disetujui-manajer');
    expect(await putuskanUsulan(manajer, dikembalikan._id, 'kembalikan', '')).toMatchObject({ ok: false, problems: { teks: expect.any(String) } });
    await putuskanUsulan(manajer, dikembalikan._id, 'kembalikan', 'NIK kepala tidak sesuai KK');
    expect((await baca(dikembalikan._id)).kasus.status).toBe('dikembalikan');
  });
});
