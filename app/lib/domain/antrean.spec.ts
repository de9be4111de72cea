import { describe, expect, it } from 'vitest';
import { antrean, dataAntrean, hariTerbuka, jumlahPerAntrean, statusKasus, type BarisKasus, type Pengajuan, type Peristiwa } from './antrean';

const pada = (hari: number) => `2025-03-${String(hari).padStart(2, '0')}T01:00:00.000Z`;

function pengajuan(kasusId: string, jenis: Pengajuan['jenis'], hari: number, extra: Partial<Pengajuan> = {}): Pengajuan {
  return { kasusId, jenis, desa: '74.01.01.2001', createdBy: 'fasilitator.wundulako', createdAt: pada(hari), ...extra };
}
function setuju(kasusId: string, hari: number, id = `review:${kasusId}:${hari}`): Peristiwa {
  return { id, kasusId, createdAt: pada(hari), type: 'review', langkah: { type: 'review', tahap: 'supervisor', keputusan: 'setuju' } };
}

describe('review queues', () => {
  const semua = [
    pengajuan('keluhan:B', 'keluhan', 5),
    pengajuan('keluhan:A', 'keluhan', 3, { desa: '74.01.01.2002' }),
    pengajuan('usulan:C', 'pmks', 4, { createdBy: 'frontoffice.wundulako' }),
    pengajuan('kebutuhan:D', 'kebutuhan', 2)
  ];

  it('lists what still waits on the supervisor, oldest first', () => {
    const status = statusKasus([setuju('kebutuhan:D', 6)]);
    expect(antrean(semua, status, 'diajukan').map((p) => p.kasusId)).toEqual(['keluhan:A', 'usulan:C', 'keluhan:B']);
    expect(antrean(semua, status, 'disetujui-supervisor').map((p) => p.kasusId)).toEqual(['kebutuhan:D']);
  });

  it('filters by kind, desa and submitter', () => {
    const status = statusKasus([]);
    expect(antrean(semua, status, 'diajukan', { jenis: ['keluhan'] }).map((p) => p.kasusId)).toEqual(['keluhan:A', 'keluhan:B']);
    expect(antrean(semua, status, 'diajukan', { desa: '74.01.01.2002' }).map((p) => p.kasusId)).toEqual(['keluhan:A']);
    expect(antrean(semua, status, 'diajukan', { oleh: 'frontoffice.wundulako' }).map((p) => p.kasusId)).toEqual(['usulan:C']);
  });

  it('counts the four queues, PMKS data with profile changes', () => {
    expect(jumlahPerAntrean(semua)).toEqual({ 'perubahan-data': 1, prelist: 0, kebutuhan: 1, keluhan: 2 });
  });

  it('brings a returned and corrected submission back, and takes a second decision on it as not in force', () => {
    const kembali: Peristiwa = {
      id: 'review:1', kasusId: 'keluhan:B', createdAt: pada(6), type: 'review',
      langkah: { type: 'review', tahap: 'supervisor', keputusan: 'kembalikan' }
    };
    const diperbaiki: Peristiwa = { id: 'perbaikan:1', kasusId: 'keluhan:B', createdAt: pada(7), type: 'perbaikan', langkah: { type: 'perbaikan' } };
    expect(statusKasus([kembali]).get('keluhan:B')).toBe('dikembalikan');
    // View rows come in key order; a row of a late clock must still be read in time order.
    expect(statusKasus([diperbaiki, kembali]).get('keluhan:B')).toBe('diajukan');
    expect(statusKasus([kembali, setuju('keluhan:B', 6, 'review:2')]).get('keluhan:B')).toBe('dikembalikan');
  });

  it('skips openers among the rows', () => {
    const opener: Peristiwa = { id: 'keluhan:B', kasusId: 'keluhan:B', createdAt: pada(5), type: 'keluhan' };
    expect(statusKasus([opener, setuju('keluhan:B', 6)]).get('keluhan:B')).toBe('disetujui-supervisor');
  });

  it('reads the submissions and each case status from one range of antrean/kasus', () => {
    const K = '74.01.01';
    const rows: BarisKasus[] = [
      { id: 'keluhan:A', key: [K, 'keluhan:A', pada(3)], value: { jenis: 'keluhan', desa: '74.01.01.2002', createdBy: 'fasilitator.wundulako', programId: 'rastra' } },
      { id: 'review:1', key: [K, 'keluhan:A', pada(4)], value: { type: 'review', tahap: 'supervisor', keputusan: 'kembalikan' } },
      { id: 'usulan:C', key: [K, 'usulan:C', pada(4)], value: { jenis: 'pmks', desa: '74.01.01.2001', createdBy: 'frontoffice.wundulako', rumahtanggaId: 'rumahtangga:R1' } }
    ];
    const { pengajuan: p, status } = dataAntrean(rows);
    expect(p).toEqual([
      { kasusId: 'keluhan:A', jenis: 'keluhan', kecamatan: K, desa: '74.01.01.2002', createdBy: 'fasilitator.wundulako', createdAt: pada(3), programId: 'rastra' },
      { kasusId: 'usulan:C', jenis: 'pmks', kecamatan: K, desa: '74.01.01.2001', createdBy: 'frontoffice.wundulako', createdAt: pada(4), rumahtanggaId: 'rumahtangga:R1' }
    ]);
    expect(Object.fromEntries(status)).toEqual({ 'keluhan:A': 'dikembalikan', 'usulan:C': 'diajukan' });
    expect(antrean(p, status, 'diajukan').map((x) => x.kasusId)).toEqual(['usulan:C']);
  });

  it('counts whole days open', () => {
    expect(hariTerbuka(pada(3), new Date(pada(3)))).toBe(0);
    expect(hariTerbuka(pada(3), new Date('2025-03-13T00:59:00.000Z'))).toBe(9);
    expect(hariTerbuka(pada(3), new Date('2025-03-01T00:00:00.000Z'))).toBe(0);
  });
});
