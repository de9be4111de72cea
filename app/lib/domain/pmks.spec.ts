import { describe, expect, it } from 'vitest';
import { jenisPmksSchema, katalogJenisPmks, urutkanJenisPmks } from './jenis-pmks';
import { JENIS_PMKS, kelompokUmur, labelPmks, PMKS_LABEL } from './pmks';
import { JENIS_PSKS, PSKS_LABEL } from './psks';

describe.each([
  ['PMKS (Permensos 8/2012: 26 jenis)', JENIS_PMKS, PMKS_LABEL as Record<string, string>, 26],
  ['PSKS (Permensos 8/2012: 12 jenis)', JENIS_PSKS, PSKS_LABEL as Record<string, string>, 12]
])('%s', (_, jenis, label, jumlah) => {
  it('has every type, each with its own id and Indonesian label', () => {
    expect(jenis).toHaveLength(jumlah);
    expect(new Set(Object.values(label)).size).toBe(jumlah);
    for (const id of jenis) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });
});

describe('named types', () => {
  it.each([
    [PMKS_LABEL['fakir-miskin'], 'Fakir Miskin'],
    [PMKS_LABEL['komunitas-adat-terpencil'], 'Komunitas Adat Terpencil'],
    [PMKS_LABEL['lanjut-usia-terlantar'], 'Lanjut Usia Terlantar'],
    [PSKS_LABEL.tksk, 'Tenaga Kesejahteraan Sosial Kecamatan (TKSK)'],
    [PSKS_LABEL['karang-taruna'], 'Karang Taruna'],
    [PSKS_LABEL['pekerja-sosial-masyarakat'], 'Pekerja Sosial Masyarakat (PSM)']
  ])('%s', (label, expected) => {
    expect(label).toBe(expected);
  });
});

describe('kelompokUmur: the age group on a given day, by completed years', () => {
  it.each([
    ['2008-03-11', '2026-03-10', '0-17'], // 18 tomorrow
    ['2008-03-10', '2026-03-10', '18-59'], // 18 today
    ['1966-03-11', '2026-03-10', '18-59'], // 60 tomorrow
    ['1966-03-10', '2026-03-10', '60+'],
    ['2026-01-01', '2026-03-10', '0-17'],
    [undefined, '2026-03-10', '?'],
    ['', '2026-03-10', '?']
  ] as const)('born %s, on %s: %s', (lahir, pada, kelompok) => {
    expect(kelompokUmur(lahir, pada)).toBe(kelompok);
  });
});

describe('the district catalogue of PMKS types', () => {
  const katalog = katalogJenisPmks('74.01', '2025-01-01T00:00:00.000Z', 'slrt-provisioning');

  it('seeds the 26 Permensos types, active, with valid shared-document ids of the kabupaten', () => {
    expect(katalog).toHaveLength(26);
    for (const doc of katalog) expect(jenisPmksSchema.safeParse(doc).success).toBe(true);
    expect(katalog.find((d) => d.kode === 'fakir-miskin')).toMatchObject({
      _id: 'jenispmks:7401:fakir-miskin',
      nama: 'Fakir Miskin',
      aktif: true,
      wilayah: { provinsi: '74', kabupaten: '74.01' }
    });
  });

  it('orders Permensos types as the regulation does, then the district’s own by name', () => {
    const lokal = [
      { kode: 'z-lokal', nama: 'Anak Putus Sekolah' },
      { kode: 'a-lokal', nama: 'Nelayan Rawan' }
    ];
    const urut = urutkanJenisPmks([...lokal, ...katalog].reverse());
    expect(urut.slice(0, 2).map((j) => j.kode)).toEqual(['anak-balita-terlantar', 'anak-terlantar']);
    expect(urut.slice(-2).map((j) => j.nama)).toEqual(['Anak Putus Sekolah', 'Nelayan Rawan']);
  });

  it('labels a local type by its code where no catalogue is at hand', () => {
    expect(labelPmks('gelandangan')).toBe('Gelandangan');
    expect(labelPmks('nelayan-rawan')).toBe('nelayan-rawan');
  });
});
