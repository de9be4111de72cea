import '../test-data/browser-globals';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Pengajuan, PengajuanKecamatan } from '$lib/domain/antrean';
import type { StatusKasus } from '$lib/domain/case-state';
import { contohDoc } from '../test-data/doc-fixtures';
import { makeKebutuhan, makeKeluhan, makeReview, makeRujukan, makeTindaklanjut, makeUsulan } from '../test-data/event-factory';
import { siapkanDb, sebagai } from '../test-data/kasus-store';
import { muatPapan, muatPembaruanData, pilihanSaringan, saringPapan, susunPapan, tabelLewatTarget } from './papan-rujukan.service';

const hari = (n: number) => new Date(Date.UTC(2025, 2, 1, 8) + n * 86_400_000).toISOString();
const pada = new Date(hari(30));

function pengajuan(kasusId: string, dibuka: number, ubah: Partial<Pengajuan & { kecamatan: string }> = {}): PengajuanKecamatan {
  return { kasusId, jenis: 'keluhan', kecamatan: '74.01.01', desa: '74.01.01.1002', createdBy: 'f', createdAt: hari(dibuka), programId: 'pkh', ...ubah };
}

describe('the board lines', () => {
  const status = new Map<string, StatusKasus>([
    ['keluhan:baru', 'disetujui-supervisor'],
    ['keluhan:lama', 'dirujuk'],
    ['keluhan:lewat', 'disetujui-manajer'],
    ['kebutuhan:bpnt', 'perlu-informasi'],
    ['keluhan:selesai', 'selesai'],
    ['keluhan:di-supervisor', 'diajukan']
  ]);
  const baris = susunPapan(
    [
      pengajuan('keluhan:baru', 25),
      pengajuan('keluhan:lama', 20),
      pengajuan('keluhan:lewat', 10, { kecamatan: '74.01.07', desa: '74.01.07.2001' }),
      pengajuan('kebutuhan:bpnt', 2, { jenis: 'kebutuhan', programId: 'bpnt' }),
      pengajuan('keluhan:selesai', 1),
      pengajuan('keluhan:di-supervisor', 1)
    ],
    status,
    new Map([['pkh', 14]]),
    pada
  );

  it('lists only cases open at the district: overdue first, then the oldest', () => {
    expect(baris.map((b) => b.kasusId)).toEqual(['keluhan:lewat', 'kebutuhan:bpnt', 'keluhan:lama', 'keluhan:baru']);
  });

  it('counts days open against the programme target, and says who must act', () => {
    expect(baris[0]).toMatchObject({ hariTerbuka: 20, targetHari: 14, lewatTarget: true, diSekretariat: true, status: 'disetujui-manajer' });
    expect(baris.find((b) => b.kasusId === 'keluhan:lama')).toMatchObject({ hariTerbuka: 10, lewatTarget: false, diSekretariat: false });
    // No catalogue entry for BPNT: no target, never overdue, however old.
    expect(baris.find((b) => b.kasusId === 'kebutuhan:bpnt')).toMatchObject({ hariTerbuka: 28, targetHari: null, lewatTarget: false });
  });

  it('filters by programme, kecamatan, status and age', () => {
    expect(saringPapan(baris, { programId: 'bpnt' }).map((b) => b.kasusId)).toEqual(['kebutuhan:bpnt']);
    expect(saringPapan(baris, { kecamatan: '74.01.07' }).map((b) => b.kasusId)).toEqual(['keluhan:lewat']);
    expect(saringPapan(baris, { status: 'dirujuk' }).map((b) => b.kasusId)).toEqual(['keluhan:lama']);
    expect(saringPapan(baris, { umur: 'lewat-target' }).map((b) => b.kasusId)).toEqual(['keluhan:lewat']);
    expect(saringPapan(baris, { umur: 'dalam-target', programId: 'pkh' }).map((b) => b.kasusId)).toEqual(['keluhan:lama', 'keluhan:baru']);
    expect(pilihanSaringan(baris)).toEqual({ program: ['bpnt', 'pkh'], kecamatan: ['74.01.01', '74.01.07'] });
  });

  it('counts referrals past target without a response, per kecamatan and programme, for the dashboard', () => {
    const papan = susunPapan(
      [
        pengajuan('keluhan:a', 1),
        pengajuan('keluhan:b', 2),
        pengajuan('keluhan:c', 3, { kecamatan: '74.01.07', desa: '74.01.07.2001' }),
        pengajuan('keluhan:dijawab', 1),
        pengajuan('keluhan:baru', 25)
      ],
      new Map<string, StatusKasus>([['keluhan:a', 'dirujuk'], ['keluhan:b', 'dirujuk'], ['keluhan:c', 'dirujuk'], ['keluhan:dijawab', 'diterima'], ['keluhan:baru', 'dirujuk']]),
      new Map([['pkh', 14]]),
      pada
    );
    expect(tabelLewatTarget(papan, '74.01')).toEqual({ baris: ['74.01.01', '74.01.07'], kolom: ['pkh'], nilai: [[2], [1]], jumlah: [3] });
    expect(tabelLewatTarget(papan, '74.01.07.2001')).toEqual({ baris: ['74.01.07'], kolom: ['pkh'], nilai: [[1]], jumlah: [1] });
  });
});

describe('the board and the registry queue from the views', () => {
  beforeEach(async () => {
    const db = await siapkanDb();
    await db.put(contohDoc('program') as never);
  });

  it('reads every open complaint and need, with its status from the case flow', async () => {
    const store = sebagai('manajer.kolaka', 'manajer');
    const disetujui = makeKeluhan({ programId: 'pkh' });
    const dirujuk = makeKebutuhan({ programId: 'pkh' });
    const diajukan = makeKeluhan();
    const selesai = makeKeluhan();
    const usulan = makeUsulan('prelist');
    // Each step made after the one before it: the factory's clock moves on with every document.
    const langkah: object[] = [makeReview(disetujui), makeReview(dirujuk), makeReview(usulan), makeReview(selesai)];
    langkah.push(makeRujukan(dirujuk));
    const rujukanSelesai = makeRujukan(selesai);
    langkah.push(rujukanSelesai, makeTindaklanjut(rujukanSelesai, { hasil: 'selesai' }));
    for (const doc of [disetujui, dirujuk, diajukan, selesai, usulan, ...langkah]) await store.saveDoc(doc);
    const { baris: papan, namaProgram } = await muatPapan(store, new Date('2025-04-01T00:00:00.000Z'));
    expect(namaProgram).toEqual({ pkh: 'Program Keluarga Harapan (PKH)' });
    // Opened on 1 March (minutes apart): 30 days, past PKH's 14-day target.
    expect(papan.map((b) => [b.kasusId, b.jenis, b.status, b.kecamatan, b.targetHari, b.lewatTarget])).toEqual([
      [disetujui._id, 'keluhan', 'disetujui-supervisor', '74.01.01', 14, true],
      [dirujuk._id, 'kebutuhan', 'dirujuk', '74.01.01', 14, true]
    ]);

    const pembaruan = await muatPembaruanData(store, new Date('2025-03-02T09:00:00.000Z'));
    expect(pembaruan).toEqual([expect.objectContaining({ kasusId: usulan._id, jenis: 'prelist', kecamatan: '74.01.01', hariTerbuka: 1 })]);
  });
});
