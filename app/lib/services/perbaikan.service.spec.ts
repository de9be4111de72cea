import '../test-data/browser-globals';
import { beforeEach, describe, expect, it } from 'vitest';
import { openUserStore } from '$lib/db/user-store';
import { reduceCase } from '$lib/domain/case-state';
import { makeKebutuhan, makeKeluhan, makeReview, makeUsulan } from '../test-data/event-factory';
import { kosongkan, tiba } from '../test-data/kecamatan-db';
import { ajukanKembali, kasusDikembalikan, perbaikanDoc } from './perbaikan.service';

const fasilitator = { name: 'fasilitator.wundulako', roles: ['fasilitator', 'kec:740101'] };
const store = () => openUserStore(fasilitator);
const now = new Date('2030-01-01T08:00:00.000Z');

beforeEach(kosongkan);

const kembalikan = (kasus: Parameters<typeof makeReview>[0], catatan: string) => makeReview(kasus, { keputusan: 'kembalikan', catatan });

describe('cases returned to the facilitator', () => {
  it('lists what this user submitted and a supervisor returned, with the note, not what others submitted or what was approved', async () => {
    const milik = makeKeluhan();
    const orangLain = makeKeluhan({ createdBy: 'frontoffice.wundulako' });
    const disetujui = makeKebutuhan();
    await tiba(milik, orangLain, disetujui, kembalikan(milik, 'Lengkapi tanggal kejadian'), kembalikan(orangLain, 'Nama pelapor?'), makeReview(disetujui));

    const daftar = await kasusDikembalikan(store(), fasilitator);
    expect(daftar.map((k) => [k.pembuka._id, k.catatan, k.oleh])).toEqual([[milik._id, 'Lengkapi tanggal kejadian', 'supervisor.wundulako']]);
  });

  it('lists the returned cases of whom this user replaced as its own', async () => {
    const pengganti = { name: 'fasilitator.baru', roles: ['fasilitator', 'kec:740101', 'menggantikan:fasilitator.wundulako'] };
    const milikPendahulu = makeKeluhan();
    await tiba(milikPendahulu, kembalikan(milikPendahulu, 'Lengkapi tanggal kejadian'));
    expect((await kasusDikembalikan(openUserStore(pengganti), pengganti)).map((k) => k.pembuka._id)).toEqual([milikPendahulu._id]);
    const lain = { name: 'fasilitator.lain', roles: ['fasilitator', 'kec:740101'] };
    expect(await kasusDikembalikan(openUserStore(lain), lain)).toEqual([]);
  });

  it('resubmits a corrected description: the case is submitted again and reads the correction', async () => {
    const keluhan = makeKeluhan();
    await tiba(keluhan, kembalikan(keluhan, 'Lengkapi tanggal kejadian'));
    const [kasus] = await kasusDikembalikan(store(), fasilitator);

    const hasil = await ajukanKembali(fasilitator, kasus.pembuka, { catatan: 'Tanggal ditambahkan', isi: 'Beras berkutu sejak 3 Maret' }, now);
    expect(hasil).toMatchObject({ ok: true, lokal: true });

    expect(await kasusDikembalikan(store(), fasilitator)).toEqual([]);
    const docs = [keluhan, ...(await store().docsOfType('review')), ...(await store().docsOfType('perbaikan'))];
    const sesudah = reduceCase(keluhan._id, docs);
    expect(sesudah.status).toBe('diajukan');
    expect(sesudah.pembukaTerkini).toMatchObject({ uraian: 'Beras berkutu sejak 3 Maret' });
    expect(sesudah.timeline.at(-1)).toMatchObject({ label: 'Diperbaiki dan diajukan kembali', catatan: 'Tanggal ditambahkan', aktor: 'fasilitator.wundulako' });
  });

  it('says what is missing next to the note and the description', async () => {
    const keluhan = makeKeluhan();
    expect(await ajukanKembali(fasilitator, keluhan, { catatan: '', isi: ' ' }, now)).toEqual({
      ok: false,
      problems: { isi: 'Uraian keluhan tidak boleh kosong', catatan: 'Jelaskan apa yang sudah diperbaiki' }
    });
    expect(await ajukanKembali(fasilitator, keluhan, { catatan: ' ', isi: 'Beras berkutu' }, now)).toEqual({
      ok: false,
      problems: { catatan: 'Jelaskan apa yang sudah diperbaiki' }
    });
  });

  it('carries only a changed description; a proposal carries the note alone', () => {
    const kebutuhan = makeKebutuhan();
    expect(perbaikanDoc(kebutuhan, { catatan: 'Alasan diperjelas', isi: 'Anak sakit kronis' }, fasilitator, now)).toMatchObject({
      type: 'perbaikan',
      kasusId: kebutuhan._id,
      isi: { alasan: 'Anak sakit kronis' },
      wilayah: kebutuhan.wilayah
    });
    expect(perbaikanDoc(kebutuhan, { catatan: 'Sudah benar', isi: kebutuhan.alasan ?? '' }, fasilitator, now)).not.toHaveProperty('isi');
    expect(perbaikanDoc(makeUsulan('pmks'), { catatan: 'Nama dicek ulang', isi: 'apa saja' }, fasilitator, now)).not.toHaveProperty('isi');
  });
});
