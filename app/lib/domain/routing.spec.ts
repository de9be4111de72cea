import { describe, expect, it } from 'vitest';
import { NATIONAL_PROGRAM_IDS } from './program';
import {
  LEMBAGA_NASIONAL,
  pilihanTujuan,
  routeKeluhan,
  RoutingError,
  RUJUKAN_NON_KEPESERTAAN,
  type KeluhanUntukRute,
  type RuteRujukan
} from './routing';

const katalogDaerah = {
  programId: 'kartu-kolaka-sehat',
  tujuanRujukan: { id: 'dinkes-kolaka', nama: 'Dinas Kesehatan Kabupaten Kolaka' },
  kanal: 'langsung' as const
};

const POKJA: RuteRujukan = {
  tujuan: 'pokja-data-terpadu',
  namaTujuan: 'Pokja Data Terpadu, Pusdatin Kementerian Sosial',
  kanal: 'siks-ng'
};

describe('routeKeluhan', () => {
  it.each<[string, KeluhanUntukRute, RuteRujukan]>([
    ['kepesertaan PKH', { kategori: 'kepesertaan', programId: 'pkh' }, POKJA],
    ['kepesertaan of a regional programme', { kategori: 'kepesertaan', programId: 'kartu-kolaka-sehat' }, POKJA],
    [
      'PKH',
      { kategori: 'non-kepesertaan', programId: 'pkh' },
      {
        tujuan: 'kemensos-jsk',
        namaTujuan: 'Direktorat Jaminan Sosial Keluarga, Ditjen Linjamsos Kementerian Sosial',
        kanal: 'langsung'
      }
    ],
    [
      'Rastra',
      { kategori: 'non-kepesertaan', programId: 'rastra' },
      { tujuan: 'tikor-rastra', namaTujuan: 'Tim Koordinasi Rastra/BPNT, Kementerian Dalam Negeri', kanal: 'lapor' }
    ],
    [
      'Rastra rice quality, to BULOG',
      { kategori: 'non-kepesertaan', programId: 'rastra', lembaga: 'bulog' },
      { tujuan: 'bulog', namaTujuan: 'Perum BULOG', kanal: 'lapor' }
    ],
    [
      'BPNT',
      { kategori: 'non-kepesertaan', programId: 'bpnt' },
      { tujuan: 'tikor-rastra', namaTujuan: 'Tim Koordinasi Rastra/BPNT, Kementerian Dalam Negeri', kanal: 'lapor' }
    ],
    [
      'BPNT rice quantity, to BULOG',
      { kategori: 'non-kepesertaan', programId: 'bpnt', lembaga: 'bulog' },
      { tujuan: 'bulog', namaTujuan: 'Perum BULOG', kanal: 'lapor' }
    ],
    [
      'PIP-Kemendikbud',
      { kategori: 'non-kepesertaan', programId: 'pip-kemendikbud' },
      { tujuan: 'kemendikbud', namaTujuan: 'Kementerian Pendidikan dan Kebudayaan', kanal: 'lapor' }
    ],
    [
      'PIP-Kemenag',
      { kategori: 'non-kepesertaan', programId: 'pip-kemenag' },
      { tujuan: 'kemenag', namaTujuan: 'Kementerian Agama', kanal: 'langsung' }
    ],
    [
      'PIS/KIS-PBI',
      { kategori: 'non-kepesertaan', programId: 'pis-kis' },
      { tujuan: 'bpjs-kesehatan', namaTujuan: 'BPJS Kesehatan', kanal: 'lapor' }
    ],
    [
      'PIS health services, to Dinas Kesehatan',
      { kategori: 'non-kepesertaan', programId: 'pis-kis', lembaga: 'dinkes' },
      { tujuan: 'dinkes', namaTujuan: 'Kementerian Kesehatan / Dinas Kesehatan Kabupaten/Kota', kanal: 'lapor' }
    ]
  ])('%s', (_, keluhan, rute) => {
    expect(routeKeluhan(keluhan)).toEqual(rute);
  });

  it('sends a regional programme to its catalogue destination', () => {
    expect(routeKeluhan({ kategori: 'non-kepesertaan', programId: 'kartu-kolaka-sehat' }, katalogDaerah)).toEqual({
      tujuan: 'dinkes-kolaka',
      namaTujuan: 'Dinas Kesehatan Kabupaten Kolaka',
      kanal: 'langsung'
    });
  });

  it('follows the guideline over a catalogue entry for the programmes it names', () => {
    const katalogPkh = { ...katalogDaerah, programId: 'pkh' };
    expect(routeKeluhan({ kategori: 'non-kepesertaan', programId: 'pkh' }, katalogPkh).tujuan).toBe('kemensos-jsk');
  });

  it.each<[string, KeluhanUntukRute, typeof katalogDaerah | undefined, string]>([
    [
      'a programme outside the table without its catalogue entry',
      { kategori: 'non-kepesertaan', programId: 'listrik' },
      undefined,
      'Program "listrik" tidak ada di tabel rujukan nasional: sertakan entri katalog programnya untuk menentukan tujuan rujukan'
    ],
    [
      'the catalogue entry of another programme',
      { kategori: 'non-kepesertaan', programId: 'listrik' },
      katalogDaerah,
      'Entri katalog "kartu-kolaka-sehat" bukan untuk program keluhan ini ("listrik")'
    ],
    [
      'a destination the programme does not use',
      { kategori: 'non-kepesertaan', programId: 'pkh', lembaga: 'bulog' },
      undefined,
      'Keluhan non-kepesertaan program "pkh" tidak dirujuk ke "bulog"; tujuan yang berlaku: kemensos-jsk'
    ],
    [
      'a kepesertaan complaint sent elsewhere than the registry',
      { kategori: 'kepesertaan', programId: 'pkh', lembaga: 'kemensos-jsk' },
      undefined,
      'Keluhan kepesertaan program "pkh" tidak dirujuk ke "kemensos-jsk"; tujuan yang berlaku: pokja-data-terpadu'
    ]
  ])('refuses %s with a clear error', (_, keluhan, katalog, message) => {
    expect(() => routeKeluhan(keluhan, katalog)).toThrow(RoutingError);
    expect(() => routeKeluhan(keluhan, katalog)).toThrow(message);
  });
});

describe('the routing table', () => {
  it('names only national programmes of the catalogue', () => {
    for (const programId of Object.keys(RUJUKAN_NON_KEPESERTAAN)) expect(NATIONAL_PROGRAM_IDS).toContain(programId);
  });

  it('names every national destination somewhere', () => {
    const dipakai = new Set(Object.values(RUJUKAN_NON_KEPESERTAAN).flatMap((baris) => baris.map((p) => p.lembaga)));
    dipakai.add('pokja-data-terpadu');
    expect([...dipakai].sort()).toEqual(Object.keys(LEMBAGA_NASIONAL).sort());
  });

  it('lists both destinations of Rastra, the usual one first', () => {
    expect(pilihanTujuan({ kategori: 'non-kepesertaan', programId: 'rastra' }).map((r) => r.tujuan)).toEqual([
      'tikor-rastra',
      'bulog'
    ]);
  });
});
