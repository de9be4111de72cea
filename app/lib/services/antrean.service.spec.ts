import '../test-data/browser-globals';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { designDocsFor } from '../../../design-docs/build';
import { openUserStore } from '$lib/db/user-store';
import { makeKebutuhan, makeKeluhan, makeReview, makeUsulan } from '../test-data/event-factory';
import { makeRumahtangga } from '../test-data/household-factory';
import { KECAMATAN_DB, kosongkan, tiba } from '../test-data/kecamatan-db';
import { antreanOf, bacaKasus, jenisPengajuan, jumlahPerAntrean, menungguSupervisor, muatAntrean, setujuiSemua, simpanKeputusan } from './antrean.service';

const supervisor = { name: 'supervisor.wundulako', roles: ['supervisor', 'kec:740101'] };
const store = () => openUserStore(supervisor);
const now = new Date('2030-01-01T08:00:00.000Z');

// The views arrive with the kecamatan database; here they are put in place once.
beforeAll(() => tiba(...designDocsFor(KECAMATAN_DB)));
beforeEach(kosongkan);

describe("the supervisor's queues", () => {
  it('lists what waits, oldest first, and leaves out decided cases and other kecamatan', async () => {
    const keluhan = makeKeluhan();
    const kebutuhan = makeKebutuhan();
    const perubahan = makeUsulan('perubahan-data');
    const pmks = makeUsulan('pmks', { createdBy: 'frontoffice.wundulako' });
    const diputus = makeKeluhan();
    const lain = makeKeluhan({ wilayah: { provinsi: '74', kabupaten: '74.01', kecamatan: '74.01.04', desa: '74.01.04.1001' } });
    await tiba(keluhan, kebutuhan, perubahan, pmks, diputus, makeReview(diputus), lain);

    const data = (await muatAntrean(store(), '74.01.01'))!;
    const menunggu = menungguSupervisor(data);
    expect(menunggu.map((p) => p.kasusId)).toEqual([keluhan._id, kebutuhan._id, perubahan._id, pmks._id]);
    expect(menunggu[0]).toMatchObject({ jenis: 'keluhan', desa: '74.01.01.1002', createdBy: 'fasilitator.wundulako', createdAt: keluhan.createdAt });
    expect(jumlahPerAntrean(menunggu)).toEqual({ 'perubahan-data': 2, prelist: 0, kebutuhan: 1, keluhan: 1 });
    expect(menungguSupervisor(data, { oleh: 'frontoffice.wundulako' }).map((p) => p.kasusId)).toEqual([pmks._id]);
  });

  it('is null, not an error, while the first download has not brought the views', async () => {
    const pomalaa = openUserStore({ name: 'supervisor.pomalaa', roles: ['supervisor', 'kec:740107'] });
    expect(await muatAntrean(pomalaa, '74.01.07')).toBeNull();
  });

  it('asks for a note to return or reject, and a decided case leaves the queue', async () => {
    const keluhan = makeKeluhan();
    await tiba(keluhan);
    const pengajuan = { kasusId: keluhan._id, desa: '74.01.01.1002' };

    expect(await simpanKeputusan(supervisor, pengajuan, 'kembalikan', '  ', now)).toEqual({
      ok: false,
      problems: { catatan: 'Catatan wajib diisi bila usulan dikembalikan atau ditolak' }
    });
    const hasil = await simpanKeputusan(supervisor, pengajuan, 'kembalikan', 'Lengkapi tanggal kejadian', now);
    expect(hasil).toMatchObject({ ok: true, lokal: true });

    const data = (await muatAntrean(store(), '74.01.01'))!;
    expect(menungguSupervisor(data)).toEqual([]);
    expect(data.status.get(keluhan._id)).toBe('dikembalikan');
    const review = await store().get(hasil.ok ? hasil.id : '');
    expect(review).toMatchObject({
      type: 'review',
      kasusId: keluhan._id,
      tahap: 'supervisor',
      keputusan: 'kembalikan',
      catatan: 'Lengkapi tanggal kejadian',
      createdBy: 'supervisor.wundulako',
      wilayah: { desa: '74.01.01.1002' }
    });
  });

  it('approves several at once, each with its own review', async () => {
    const a = makeKeluhan();
    const b = makeKebutuhan();
    const c = makeKeluhan();
    await tiba(a, b, c);
    const data = (await muatAntrean(store(), '74.01.01'))!;
    const [pertama, kedua] = menungguSupervisor(data);

    expect(await setujuiSemua(supervisor, [pertama, kedua], now)).toBe(2);

    const sesudah = (await muatAntrean(store(), '74.01.01'))!;
    expect(menungguSupervisor(sesudah).map((p) => p.kasusId)).toEqual([c._id]);
    expect(sesudah.status.get(a._id)).toBe('disetujui-supervisor');
    expect(sesudah.status.get(b._id)).toBe('disetujui-supervisor');
    const reviews = await store().docsOfType('review');
    expect(reviews.map((r) => r.kasusId).sort()).toEqual([a._id, b._id].sort());
  });
});

describe('one submission under review', () => {
  it('knows the queue it waits in, PMKS data with profile changes', () => {
    expect(antreanOf(jenisPengajuan(makeKeluhan()))).toBe('keluhan');
    expect(antreanOf(jenisPengajuan(makeKebutuhan()))).toBe('kebutuhan');
    expect(antreanOf(jenisPengajuan(makeUsulan('prelist')))).toBe('prelist');
    expect(antreanOf(jenisPengajuan(makeUsulan('pmks')))).toBe('perubahan-data');
  });

  it('shows a profile change beside the household it changes, with its timeline', async () => {
    const rt = makeRumahtangga();
    const usulan = makeUsulan('perubahan-data', { rumahtanggaId: rt._id });
    await tiba(rt, usulan);

    const tinjauan = await bacaKasus(store(), usulan._id);
    expect(tinjauan?.kasus.status).toBe('diajukan');
    expect(tinjauan?.kasus.pembukaTerkini).toMatchObject({ jenis: 'perubahan-data', perubahan: [{ field: 'pekerjaan', sesudah: 'Nelayan' }] });
    expect(tinjauan?.rumahtangga?._id).toBe(rt._id);
    expect(tinjauan?.kasus.timeline.map((e) => e.label)).toEqual(['Usulan perubahan data diajukan']);
  });

  it('finds the registry household a pre-list duplicates', async () => {
    const rt = makeRumahtangga();
    const prelist = makeUsulan('prelist', { rumahtangga: { alamat: rt.alamat, noKK: rt.noKK, anggota: rt.anggota } });
    await tiba(rt, prelist);

    const tinjauan = await bacaKasus(store(), prelist._id);
    expect(tinjauan?.rumahtangga).toBeNull();
    expect(tinjauan?.duplikat.map((d) => [d.id, d.sumber])).toEqual([[rt._id, 'registri']]);
    expect(tinjauan?.duplikat[0].alasan).toContain('no-kk');
  });

  it('is null for a case whose opener has not arrived', async () => {
    expect(await bacaKasus(store(), 'keluhan:7401011002:TIDAKADA')).toBeNull();
  });
});
