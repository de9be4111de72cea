import { describe, expect, it } from 'vitest';
import type { Figur } from '$lib/domain/dasbor';
import { ringkasanKebutuhan } from '$lib/domain/kebutuhan';
import { kueriDasbor, tabelDari } from '$lib/domain/dasbor-kueri';
import { wilayahOf } from '$lib/domain/wilayah';
import { contohDoc } from '$lib/test-data/doc-fixtures';
import {
  makeKebutuhan,
  makeKeluhan,
  makeKepesertaan,
  makeReview,
  makeRujukan,
  makeTindaklanjut,
  makeUsulan
} from '$lib/test-data/event-factory';
import { DESA_CONTOH, DESA_LAIN, makeAnggota, makeRumahtangga } from '$lib/test-data/household-factory';
import { designDoc, mapOf, reduceRows, rowsOf, rowsUnder, type Row } from '../../spec-harness';

const KAB = '74.01';
const K = '74.01.01';
const D = DESA_CONTOH;
const MARET = '2025-03';
const angka = mapOf('dasbor', 'angka');
const FASILITATOR = 'fasilitator.wundulako';

/** The two rows of one count: the kabupaten's, by kecamatan, and the kecamatan's, by desa. */
const dua = (figur: string, dimensi: unknown[], kecamatan = K, desa: string = D) => [
  [figur, KAB, MARET, kecamatan, ...dimensi],
  [figur, kecamatan, MARET, desa, ...dimensi]
];

const perempuanDisabilitas = { jenisKelamin: 'P' as const, disabilitas: true };
const keluhan = makeKeluhan({ kategori: 'kepesertaan', programId: 'pkh', profil: perempuanDisabilitas });
const rujukan = makeRujukan(keluhan, { programId: 'pkh', kanal: 'langsung' });

describe('dasbor/angka emits every figure’s keys, without personal data', () => {
  it.each([
    {
      what: 'a participation: its programme and the profile of the person concerned, and an update by its writer',
      doc: makeKepesertaan({ programId: 'pkh', profil: { jenisKelamin: 'L', disabilitas: false } }),
      keys: [...dua('kepesertaan', ['pkh', 'L', 'tidak', '?']), ...dua('pemutakhiran', [FASILITATOR])]
    },
    {
      what: 'a need of a child: the age group its profile carries',
      doc: makeKebutuhan({ programId: 'pip-kemendikbud', profil: { jenisKelamin: 'P', disabilitas: false, kelompokUmur: 'anak' } }),
      keys: [
        ...dua('kesenjangan', ['pip-kemendikbud', 'P', 'tidak', 'anak']),
        ...dua('kebutuhan', ['pip-kemendikbud', 'P', 'tidak', 'anak']),
        ...dua('pemutakhiran', [FASILITATOR])
      ]
    },
    {
      what: 'an older need without a profile: unknown sex, disability and age',
      doc: makeKebutuhan({ programId: 'pis-kis' }),
      keys: [...dua('kesenjangan', ['pis-kis', '?', '?', '?']), ...dua('kebutuhan', ['pis-kis', '?', '?', '?']), ...dua('pemutakhiran', [FASILITATOR])]
    },
    {
      what: 'a complaint: category, programme, profile',
      doc: keluhan,
      keys: [...dua('keluhan', ['kepesertaan', 'pkh', 'P', 'ya', '?']), ...dua('pemutakhiran', [FASILITATOR])]
    },
    {
      what: 'a proposal: its kind',
      doc: makeUsulan('prelist'),
      keys: [...dua('usulan', ['prelist']), ...dua('pemutakhiran', [FASILITATOR])]
    },
    {
      what: 'a finished verification: what it found, and an update by its writer',
      doc: contohDoc('verifikasi'),
      keys: [...dua('verifikasi', ['berubah'], K, contohDoc('verifikasi').wilayah.desa), ...dua('pemutakhiran', [FASILITATOR], K, contohDoc('verifikasi').wilayah.desa)]
    },
    {
      what: 'a referral (not a field update): programme and channel, in the desa of its case',
      doc: { ...rujukan, wilayah: keluhan.wilayah },
      keys: dua('rujukan', ['pkh', 'langsung'])
    },
    {
      what: 'a response that names no desa: the desa is unknown',
      doc: makeTindaklanjut(rujukan, { hasil: 'selesai', programId: 'pkh' }),
      keys: dua('tindaklanjut', ['selesai', 'pkh'], K, '?')
    },
    {
      what: 'a closing response: also its days since the case opened, per programme',
      doc: { ...makeTindaklanjut(rujukan, { hasil: 'selesai', programId: 'pkh', hariSejakDibuka: 12 }), wilayah: keluhan.wilayah },
      keys: [...dua('tindaklanjut', ['selesai', 'pkh']), ...dua('penyelesaian', ['pkh', 12])]
    },
    {
      what: 'an older response without its programme',
      doc: { ...makeTindaklanjut(rujukan, { hasil: 'ditolak' }), wilayah: keluhan.wilayah },
      keys: dua('tindaklanjut', ['ditolak', '?'])
    },
    {
      what: 'a household: each member by sex, disability (any kind counts as ya) and age group at the household’s createdAt',
      doc: makeRumahtangga({
        createdAt: '2025-03-10T08:00:00.000Z',
        anggota: [
          makeAnggota({ tanggalLahir: '1965-03-10' }),
          makeAnggota({ jenisKelamin: 'P', hubungan: 'pasangan', disabilitas: 'sensorik-netra', tanggalLahir: '1965-03-11' }),
          makeAnggota({ jenisKelamin: 'P', hubungan: 'anak', tanggalLahir: '2019-03-11' })
        ]
      }),
      keys: [...dua('anggota', ['L', 'tidak', 'lansia']), ...dua('anggota', ['P', 'ya', 'dewasa']), ...dua('anggota', ['P', 'tidak', 'balita'])]
    }
  ])('$what', ({ doc, keys }) => {
    expect(angka(doc).map((r) => r.key)).toEqual(keys);
    expect(angka(doc).every((r) => r.value === 1)).toBe(true);
  });

  it.each([
    {
      what: 'a participation that meets a need: −1 in the gap under the need’s programme and profile',
      doc: makeKepesertaan({ programId: 'pkh', memenuhi: [{ kebutuhanId: 'kebutuhan:7401012001:A', programId: 'pkh', profil: perempuanDisabilitas }] }),
      gap: dua('kesenjangan', ['pkh', 'P', 'ya', '?']),
      value: -1
    },
    {
      what: 'a programme accepting a referred need: −1',
      doc: { ...makeTindaklanjut(rujukan, { pemenuhan: { kebutuhanId: 'kebutuhan:7401012001:A', programId: 'bpnt', arah: 'terpenuhi' } }), wilayah: keluhan.wilayah },
      gap: dua('kesenjangan', ['bpnt', '?', '?', '?']),
      value: -1
    },
    {
      what: 'a programme taking its acceptance back: +1',
      doc: { ...makeTindaklanjut(rujukan, { hasil: 'ditolak', pemenuhan: { kebutuhanId: 'kebutuhan:7401012001:A', programId: 'bpnt', arah: 'batal' } }), wilayah: keluhan.wilayah },
      gap: dua('kesenjangan', ['bpnt', '?', '?', '?']),
      value: 1
    }
  ])('$what', ({ doc, gap, value }) => {
    const rows = angka(doc).filter((r) => (r.key as string[])[0] === 'kesenjangan');
    expect(rows.map((r) => r.key)).toEqual(gap);
    expect(rows.every((r) => r.value === value)).toBe(true);
  });

  it('ignores documents it does not count', () => {
    const others = [makeReview(keluhan), { _id: 'x' }, { _id: 'program:7401:pkh', type: 'program', createdAt: '2025-03-01T00:00:00Z' }];
    for (const doc of others) expect(angka(doc)).toEqual([]);
  });

  it('adds up with the built-in _sum', () => {
    expect(designDoc('kecamatan', 'dasbor').views?.angka?.reduce).toBe('_sum');
  });

  it('puts a record of April in April', () => {
    const april = makeKepesertaan({ createdAt: '2025-04-30T23:59:59.000Z' });
    expect(angka(april)[0].key).toEqual(['kepesertaan', KAB, '2025-04', K, 'pkh', '?', '?', '?']);
  });
});

/**
 * A small district, counted by hand:
 * - Wundulako (74.01.01), desa D: PKH received by a man (March) and a woman with a disability
 *   (March), BPNT by a man (April); PIS-KIS needed by a woman (March).
 * - Kolaka (74.01.04), DESA_LAIN: PKH received by a woman (April), PIS-KIS needed by a man (May).
 * - Complaints: two in D in March (kepesertaan PKH; non-kepesertaan Rastra), one in DESA_LAIN in
 *   May (non-kepesertaan PKH).
 * - Verifications: in D in March, two confirmed and one household not found; in DESA_LAIN in
 *   April, one changed.
 * - Closings: in D in April, four BPNT cases after 3, 3, 10 and 40 days; in DESA_LAIN in May,
 *   one PKH case refused after 8 days.
 * - Gaps: in D, BPNT needed by a woman (March), accepted by the programme in April; in
 *   DESA_LAIN, PKH needed by a woman (April), met by a PKH participation recorded in May.
 */
describe('the district reads any area and period from the grouped rows', () => {
  const L = { jenisKelamin: 'L' as const, disabilitas: false };
  const P = { jenisKelamin: 'P' as const, disabilitas: false };
  const di = (desa: string, createdAt: string) => ({ wilayah: wilayahOf(desa), createdAt });
  const butuhBpnt = makeKebutuhan({ programId: 'bpnt', profil: P, ...di(D, '2025-03-10T08:00:00Z') });
  const butuhPkh = makeKebutuhan({ programId: 'pkh', profil: P, ...di(DESA_LAIN, '2025-04-12T08:00:00Z') });
  const docs = [
    makeKepesertaan({ programId: 'pkh', profil: L, ...di(D, '2025-03-02T08:00:00Z') }),
    makeKepesertaan({ programId: 'pkh', profil: perempuanDisabilitas, ...di(D, '2025-03-20T08:00:00Z') }),
    makeKepesertaan({ programId: 'bpnt', profil: L, ...di(D, '2025-04-01T08:00:00Z') }),
    makeKepesertaan({ programId: 'pkh', profil: P, ...di(DESA_LAIN, '2025-04-11T08:00:00Z') }),
    makeKebutuhan({ programId: 'pis-kis', profil: P, ...di(D, '2025-03-05T08:00:00Z') }),
    makeKebutuhan({ programId: 'pis-kis', profil: L, ...di(DESA_LAIN, '2025-05-05T08:00:00Z') }),
    makeKeluhan({ kategori: 'kepesertaan', programId: 'pkh', ...di(D, '2025-03-06T08:00:00Z') }),
    makeKeluhan({ kategori: 'non-kepesertaan', programId: 'rastra', ...di(D, '2025-03-07T08:00:00Z') }),
    makeKeluhan({ kategori: 'non-kepesertaan', programId: 'pkh', ...di(DESA_LAIN, '2025-05-07T08:00:00Z') }),
    butuhBpnt,
    makeTindaklanjut(makeRujukan(butuhBpnt), { ...di(D, '2025-04-03T08:00:00Z'), pemenuhan: { ...ringkasanKebutuhan(butuhBpnt), arah: 'terpenuhi' } }),
    ...(['sesuai', 'sesuai', 'tidak-ditemukan'] as const).map((hasil) => ({ ...contohDoc('verifikasi'), hasil, usulanId: undefined, ...di(D, '2025-03-11T08:00:00Z') })),
    { ...contohDoc('verifikasi'), ...di(DESA_LAIN, '2025-04-11T08:00:00Z') },
    ...[3, 3, 10, 40].map((hari) => makeTindaklanjut(makeRujukan(butuhBpnt), { ...di(D, '2025-04-20T08:00:00Z'), hasil: 'selesai', programId: 'bpnt', hariSejakDibuka: hari })),
    makeTindaklanjut(makeRujukan(butuhPkh), { ...di(DESA_LAIN, '2025-05-20T08:00:00Z'), hasil: 'ditolak', programId: 'pkh', hariSejakDibuka: 8 }),
    butuhPkh,
    makeKepesertaan({ programId: 'pkh', profil: P, memenuhi: [ringkasanKebutuhan(butuhPkh)], ...di(DESA_LAIN, '2025-05-09T08:00:00Z') })
  ];
  const rows = rowsOf(angka, docs);

  /** What CouchDB answers kueriDasbor's query: the rows in its range, grouped to the whole key. */
  function muat(figur: Figur, filter: Parameters<typeof tabelDari>[1]) {
    const { options } = kueriDasbor(figur, filter);
    const [, area] = options.startkey as string[];
    const answered: Row[] = reduceRows(rowsUnder(rows, [figur, area]), '_sum', options.group_level);
    return tabelDari(figur, filter, answered);
  }

  it.each([
    {
      what: 'participation in the kabupaten up to April (a stock), per programme',
      figur: 'kepesertaan' as const,
      filter: { wilayah: KAB, dari: '2025-04', sampai: '2025-04' },
      tabel: { baris: [K, '74.01.04'], kolom: ['bpnt', 'pkh'], nilai: [[1, 2], [0, 1]], jumlah: [1, 3] }
    },
    {
      what: 'participation in PKH up to March, by sex',
      figur: 'kepesertaan' as const,
      filter: { wilayah: KAB, dari: '2025-03', sampai: '2025-03', programId: 'pkh', rincian: 'jenis-kelamin' as const },
      tabel: { baris: [K], kolom: ['L', 'P'], nilai: [[1, 1]], jumlah: [1, 1] }
    },
    {
      what: 'participation in the kecamatan, by desa and disability',
      figur: 'kepesertaan' as const,
      filter: { wilayah: K, dari: '2025-01', sampai: '2025-12', rincian: 'disabilitas' as const },
      tabel: { baris: [D], kolom: ['ya', 'tidak'], nilai: [[1, 2]], jumlah: [1, 2] }
    },
    {
      what: 'needs in a desa without any: its row, all zero',
      figur: 'kebutuhan' as const,
      filter: { wilayah: '74.01.01.2001', dari: '2025-03', sampai: '2025-05' },
      tabel: { baris: ['74.01.01.2001'], kolom: [], nilai: [[]], jumlah: [] }
    },
    {
      what: 'complaints from March to May (a flow), by category, every category shown',
      figur: 'keluhan' as const,
      filter: { wilayah: KAB, dari: '2025-03', sampai: '2025-05' },
      tabel: { baris: [K, '74.01.04'], kolom: ['kepesertaan', 'non-kepesertaan'], nilai: [[1, 1], [0, 1]], jumlah: [1, 2] }
    },
    {
      what: 'complaints in May only, about PKH, by sex: none was recorded with a profile',
      figur: 'keluhan' as const,
      filter: { wilayah: KAB, dari: '2025-05', sampai: '2025-05', programId: 'pkh', rincian: 'jenis-kelamin' as const },
      tabel: { baris: ['74.01.04'], kolom: ['L', 'P', '?'], nilai: [[0, 0, 1]], jumlah: [0, 0, 1] }
    },
    {
      what: 'updates entered per person, April to May',
      figur: 'pemutakhiran' as const,
      filter: { wilayah: KAB, dari: '2025-04', sampai: '2025-05' },
      tabel: { baris: [K, '74.01.04'], kolom: [FASILITATOR], nilai: [[1], [6]], jumlah: [7] }
    },
    {
      what: 'verifications from March to April (a flow), by what they found, every outcome shown',
      figur: 'verifikasi' as const,
      filter: { wilayah: KAB, dari: '2025-03', sampai: '2025-04' },
      tabel: { baris: [K, '74.01.04'], kolom: ['sesuai', 'berubah', 'tidak-ditemukan'], nilai: [[2, 0, 1], [0, 1, 0]], jumlah: [2, 1, 1] }
    },
    {
      what: 'verifications of April only',
      figur: 'verifikasi' as const,
      filter: { wilayah: KAB, dari: '2025-04', sampai: '2025-04' },
      tabel: { baris: ['74.01.04'], kolom: ['sesuai', 'berubah', 'tidak-ditemukan'], nilai: [[0, 1, 0]], jumlah: [0, 1, 0] }
    },
    {
      what: 'gaps up to March: both needs of D still open',
      figur: 'kesenjangan' as const,
      filter: { wilayah: KAB, dari: '2025-03', sampai: '2025-03' },
      tabel: { baris: [K], kolom: ['bpnt', 'pis-kis'], nilai: [[1, 1]], jumlah: [1, 1] }
    },
    {
      what: 'gaps up to April: BPNT met by the programme, PKH of DESA_LAIN open',
      figur: 'kesenjangan' as const,
      filter: { wilayah: KAB, dari: '2025-04', sampai: '2025-04' },
      tabel: { baris: [K, '74.01.04'], kolom: ['bpnt', 'pis-kis', 'pkh'], nilai: [[0, 1, 0], [0, 0, 1]], jumlah: [0, 1, 1] }
    },
    {
      what: 'gaps up to May by sex: PKH met by a participation, the two PIS-KIS needs open',
      figur: 'kesenjangan' as const,
      filter: { wilayah: KAB, dari: '2025-05', sampai: '2025-05', rincian: 'jenis-kelamin' as const },
      tabel: { baris: [K, '74.01.04'], kolom: ['L', 'P'], nilai: [[0, 1], [1, 0]], jumlah: [1, 1] }
    },
    {
      what: 'days to resolution, April to May: median and 90th percentile per kecamatan, cases closed as row total',
      figur: 'penyelesaian' as const,
      filter: { wilayah: KAB, dari: '2025-04', sampai: '2025-05' },
      // Wundulako 3, 3, 10, 40: median the 2nd of 4 → 3, p90 the 4th → 40. Kolaka 8. All five: 3, 3, 8, 10, 40 → 8 and 40.
      tabel: { baris: [K, '74.01.04'], kolom: ['median', 'p90'], nilai: [[3, 40], [8, 8]], jumlah: [8, 40], totalBaris: [4, 1] }
    },
    {
      what: 'days to resolution of BPNT only',
      figur: 'penyelesaian' as const,
      filter: { wilayah: KAB, dari: '2025-04', sampai: '2025-05', programId: 'bpnt' },
      tabel: { baris: [K], kolom: ['median', 'p90'], nilai: [[3, 40]], jumlah: [3, 40], totalBaris: [4] }
    },
    {
      what: 'gaps of PIS-KIS in one kecamatan, by desa',
      figur: 'kesenjangan' as const,
      filter: { wilayah: '74.01.04', dari: '2025-05', sampai: '2025-05', programId: 'pis-kis' },
      tabel: { baris: [DESA_LAIN], kolom: ['pis-kis'], nilai: [[1]], jumlah: [1] }
    }
  ])('$what', ({ figur, filter, tabel }) => {
    expect(muat(figur, filter)).toEqual(tabel);
  });
});

describe('dasbor/tabel of the aggregate database', () => {
  const tabel = mapOf('dasbor', 'tabel', 'agregat');

  it('finds a kabupaten’s document by the country, its province and itself', () => {
    const doc = { _id: 'agregat:7401:keluhan:2025-03', type: 'agregat', kabupaten: '74.01', figur: 'keluhan', bulan: '2025-03', tabel: [] };
    expect(tabel(doc).map((r) => r.key)).toEqual([
      ['', 'keluhan', '2025-03'],
      ['74', 'keluhan', '2025-03'],
      ['74.01', 'keluhan', '2025-03']
    ]);
    expect(tabel(makeKeluhan())).toEqual([]);
  });
});
