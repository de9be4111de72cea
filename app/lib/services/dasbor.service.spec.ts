import '../test-data/browser-globals';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { designDocsFor } from '../../../design-docs/build';
import { wilayahOf } from '$lib/domain/wilayah';
import { makeKebutuhan, makeKepesertaan } from '../test-data/event-factory';
import { DESA_CONTOH, makeAnggota, makeRumahtangga } from '../test-data/household-factory';
import { KECAMATAN_DB, kosongkan, tiba } from '../test-data/kecamatan-db';
import { ServerGagalError } from '$lib/db/errors';
import { denganJawabanTerakhir, sumberAngka, WilayahDasborError } from './dasbor.service';

const supervisor = { name: 'supervisor.wundulako', roles: ['supervisor', 'kec:740101'] };
const DESA_2 = '74.01.01.2003';

beforeAll(() => tiba(...designDocsFor(KECAMATAN_DB)));
beforeEach(kosongkan);

describe('the district source over the views of the user’s database', () => {
  it('counts participation and needs by desa and sex, and members by disability, as PouchDB reduces them', async () => {
    const L = { jenisKelamin: 'L' as const, disabilitas: false };
    const P = { jenisKelamin: 'P' as const, disabilitas: false };
    await tiba(
      makeKepesertaan({ programId: 'pip-kemendikbud', profil: L, createdAt: '2025-01-10T08:00:00Z' }),
      makeKepesertaan({ programId: 'pip-kemendikbud', profil: P, createdAt: '2025-02-10T08:00:00Z' }),
      makeKepesertaan({ programId: 'pkh', profil: P, wilayah: wilayahOf(DESA_2), createdAt: '2025-02-11T08:00:00Z' }),
      makeKebutuhan({ programId: 'pip-kemendikbud', profil: P, createdAt: '2025-02-12T08:00:00Z' }),
      makeKebutuhan({ programId: 'pip-kemendikbud', profil: P, wilayah: wilayahOf(DESA_2), createdAt: '2025-03-12T08:00:00Z' }),
      makeRumahtangga({ anggota: [makeAnggota(), makeAnggota({ hubungan: 'anak', disabilitas: 'fisik' })], createdAt: '2024-12-01T08:00:00Z' })
    );
    const sumber = sumberAngka(supervisor);
    const filter = { wilayah: '74.01.01', dari: '2025-02', sampai: '2025-02' };

    expect(await sumber.muat('kepesertaan', { ...filter, programId: 'pip-kemendikbud', rincian: 'jenis-kelamin' })).toEqual({
      baris: [DESA_CONTOH],
      kolom: ['L', 'P'],
      nilai: [[1, 1]],
      jumlah: [1, 1]
    });
    expect(await sumber.muat('kebutuhan', { ...filter, sampai: '2025-03', programId: 'pip-kemendikbud', rincian: 'jenis-kelamin' })).toEqual({
      baris: [DESA_CONTOH, DESA_2],
      kolom: ['L', 'P'],
      nilai: [[0, 1], [0, 1]],
      jumlah: [0, 2]
    });
    expect(await sumber.muat('anggota', { wilayah: DESA_CONTOH, dari: '2025-01', sampai: '2025-01', rincian: 'disabilitas' })).toEqual({
      baris: [DESA_CONTOH],
      kolom: ['ya', 'tidak'],
      nilai: [[1, 1]],
      jumlah: [1, 1]
    });
  });

  it('refuses a province: the district’s views hold its own kabupaten only', async () => {
    await expect(sumberAngka(supervisor).muat('usulan', { wilayah: '74', dari: '2025-01', sampai: '2025-01' })).rejects.toThrow(WilayahDasborError);
  });
});

describe('a dashboard whose server cannot be reached', () => {
  const jawaban = [{ key: ['kepesertaan'], value: 3 }];
  const putus = () => Promise.reject(new ServerGagalError(null));

  it('answers a query it has answered before with that last answer, and fails one it never answered', async () => {
    let tersambung = true;
    const tanya = denganJawabanTerakhir((view) => (tersambung ? Promise.resolve(view === 'dasbor/angka' ? jawaban : []) : putus()));
    expect(await tanya('dasbor/angka', { startkey: ['kepesertaan', '74.01', '2025-02'] })).toEqual(jawaban);
    tersambung = false;
    expect(await tanya('dasbor/angka', { startkey: ['kepesertaan', '74.01', '2025-02'] })).toEqual(jawaban);
    await expect(tanya('dasbor/angka', { startkey: ['kepesertaan', '74.01', '2025-03'] })).rejects.toThrow('Server tidak dapat dihubungi');
  });

  it('does not hide what the server said: a refusal or a server error is the answer', async () => {
    let gagal: Error | null = null;
    const tanya = denganJawabanTerakhir(() => (gagal ? Promise.reject(gagal) : Promise.resolve(jawaban)));
    await tanya('dasbor/angka', {});
    gagal = new ServerGagalError(500);
    await expect(tanya('dasbor/angka', {})).rejects.toBe(gagal);
  });
});
