import { describe, expect, it } from 'vitest';
import { contohDoc } from '../test-data/doc-fixtures';
import { makeKeluhan, makeRujukan } from '../test-data/event-factory';
import type { Pengajuan } from './antrean';
import type { StatusKasus } from './case-state';
import {
  calonPmks,
  jatuhKirim,
  jenisBolehDikirim,
  pengirimanSchema,
  pernahDikirim,
  pmksUntukSiksNg,
  rujukanLapor,
  usulanDisetujui,
  type ItemKiriman,
  type JenisKiriman,
  type Pengiriman
} from './pengiriman';

let urut = 0;
function batch(jenis: JenisKiriman, item: ItemKiriman[], createdAt = `2026-11-${String(++urut).padStart(2, '0')}T02:00:00.000Z`): Pengiriman {
  return contohDoc('pengiriman', {
    _id: `pengiriman:7401:01JP00000000000000000000${String(urut).padStart(2, '0')}`,
    jenis,
    sistem: jenis === 'keluhan' ? 'lapor' : 'siks-ng',
    item,
    createdAt
  }) as Pengiriman;
}

describe('the pengiriman record', () => {
  it('accepts a batch of its kind for its system', () => {
    expect(pengirimanSchema.safeParse(contohDoc('pengiriman')).success).toBe(true);
    expect(pengirimanSchema.safeParse(batch('keluhan', [{ id: 'rujukan:740101:A' }])).success).toBe(true);
  });

  it.each([
    ['a kind sent to the wrong system', { sistem: 'lapor' }, 'sistem'],
    ['items of another type than the kind sends', { item: [{ id: 'pmks:7401012006:A' }] }, 'item'],
    ['an item twice', { item: [{ id: 'usulan:7401012006:A' }, { id: 'usulan:7401012006:A' }] }, 'item'],
    ['no item', { item: [] }, 'item'],
    ['a format other than CSV and XLSX', { format: 'pdf' }, 'format']
  ])('refuses %s', (_nama, ubah, path) => {
    const r = pengirimanSchema.safeParse(contohDoc('pengiriman', ubah));
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => i.path.join('.'))).toContain(path);
  });
});

describe('what is due', () => {
  it('is every candidate no export of its kind holds', () => {
    const calon = [{ id: 'usulan:1' }, { id: 'usulan:2' }, { id: 'usulan:3' }];
    const riwayat = [batch('prelist', [{ id: 'usulan:1' }]), batch('perubahan-data', [{ id: 'usulan:2' }])];
    expect(jatuhKirim(calon, riwayat, 'prelist').map((c) => c.id)).toEqual(['usulan:2', 'usulan:3']);
    expect(jatuhKirim(calon, riwayat, 'perubahan-data').map((c) => c.id)).toEqual(['usulan:1', 'usulan:3']);
    expect(jatuhKirim(calon, [], 'prelist')).toEqual(calon);
  });

  it('makes a PMKS record changed since its export due again, and not one sent in its current version', () => {
    const riwayat = [batch('pmks', [{ id: 'pmks:a', rev: '1-x' }, { id: 'pmks:b', rev: '1-y' }]), batch('pmks', [{ id: 'pmks:b', rev: '2-y' }])];
    const calon = [
      { id: 'pmks:a', rev: '1-x' },
      { id: 'pmks:b', rev: '2-y' },
      { id: 'pmks:c', rev: '1-z' },
      { id: 'pmks:a', rev: '2-x' }
    ];
    expect(jatuhKirim(calon.slice(0, 3), riwayat, 'pmks').map((c) => c.id)).toEqual(['pmks:c']);
    expect(jatuhKirim([calon[3]], riwayat, 'pmks')).toEqual([calon[3]]);
  });

  it('takes a PMKS record with its version and when it was written', () => {
    const p = { ...contohDoc('pmks'), _rev: '3-abc', updatedAt: '2026-11-20T06:45:00.000Z' };
    expect(calonPmks(p)).toEqual({ id: p._id, rev: '3-abc', diperbarui: '2026-11-20T06:45:00.000Z' });
    expect(calonPmks({ ...p, updatedAt: undefined }).diperbarui).toBe(p.createdAt);
  });

  it('says whether an earlier export held an item, for a row marked as a change', () => {
    const riwayat = [batch('pmks', [{ id: 'pmks:a', rev: '1-x' }], '2026-11-01T00:00:00.000Z')];
    expect(pernahDikirim(riwayat, 'pmks', 'pmks:a', '2026-11-02T00:00:00.000Z')).toBe(true);
    expect(pernahDikirim(riwayat, 'pmks', 'pmks:a', '2026-11-01T00:00:00.000Z')).toBe(false);
    expect(pernahDikirim(riwayat, 'pmks', 'pmks:b', '2026-11-02T00:00:00.000Z')).toBe(false);
  });
});

describe('what may be sent', () => {
  const pengajuan = (kasusId: string, jenis: Pengajuan['jenis']): Pengajuan => ({
    kasusId,
    jenis,
    desa: '74.01.01.2006',
    createdBy: 'fasilitator.wundulako',
    createdAt: '2026-10-01T00:00:00.000Z'
  });

  it('is a proposal only once the manager approved it', () => {
    const semua = [
      pengajuan('usulan:baru', 'prelist'),
      pengajuan('usulan:supervisor', 'prelist'),
      pengajuan('usulan:manajer', 'prelist'),
      pengajuan('usulan:ditolak', 'prelist'),
      pengajuan('usulan:kembali', 'prelist'),
      pengajuan('usulan:ubah', 'perubahan-data'),
      pengajuan('usulan:pmks', 'pmks')
    ];
    const status = new Map<string, StatusKasus>([
      ['usulan:supervisor', 'disetujui-supervisor'],
      ['usulan:manajer', 'disetujui-manajer'],
      ['usulan:ditolak', 'ditolak'],
      ['usulan:kembali', 'dikembalikan'],
      ['usulan:ubah', 'disetujui-manajer'],
      ['usulan:pmks', 'disetujui-manajer']
    ]);
    expect(usulanDisetujui(semua, status, 'prelist').map((p) => p.kasusId)).toEqual(['usulan:manajer']);
    expect(usulanDisetujui(semua, status, 'perubahan-data').map((p) => p.kasusId)).toEqual(['usulan:ubah']);
  });

  it('leaves out PMKS of a type the district added, which SIKS-NG has no category for', () => {
    const nasional = contohDoc('pmks', { jenisPmks: 'anak-jalanan' });
    const daerah = contohDoc('pmks', { jenisPmks: 'korban-banjir-rob' });
    expect(pmksUntukSiksNg([nasional, daerah])).toEqual({ dikirim: [nasional], jenisDaerah: [daerah] });
  });

  it('sends to LAPOR! the non-kepesertaan referrals through it, nothing else', () => {
    const keluhan = makeKeluhan({ programId: 'pip-kemendikbud' });
    const lapor = makeRujukan(keluhan, { kanal: 'lapor', tujuan: 'kemendikbud' });
    const langsung = makeRujukan(keluhan, { kanal: 'langsung' });
    const kepesertaan = makeRujukan(keluhan, { kanal: 'lapor', perihal: { jenis: 'keluhan', kategori: 'kepesertaan', uraian: 'Tidak terdaftar' } });
    const kebutuhan = makeRujukan(keluhan, { kanal: 'lapor', perihal: { jenis: 'kebutuhan', uraian: 'Butuh PIP' } });
    expect(rujukanLapor([lapor, langsung, kepesertaan, kebutuhan])).toEqual([lapor]);
  });

  it('lets the manager send every kind and back office LAPOR! only', () => {
    expect(jenisBolehDikirim('manajer')).toEqual(['prelist', 'perubahan-data', 'pmks', 'keluhan']);
    expect(jenisBolehDikirim('back-office')).toEqual(['keluhan']);
    for (const peran of ['supervisor', 'fasilitator', 'admin-kab', null]) expect(jenisBolehDikirim(peran)).toEqual([]);
  });
});
