import { describe, expect, it } from 'vitest';
import { agregatDocs, agregatSchema, rentangBulan, type AgregatDoc } from './agregat';
import { sumberAgregat, WilayahAgregatError, type BacaAgregat } from './agregat-sumber';
import { FIGUR, FIGUR_AGREGAT, type Figur, type FilterDasbor } from './dasbor';
import type { BarisView } from './dasbor-kueri';

/** Grouped rows of `dasbor/angka` as CouchDB answers the rollup's query of a kabupaten. */
function rowsOf(kabupaten: string, rows: [Figur, string, string, ...string[], number][]): Record<Figur, BarisView[]> {
  const per = Object.fromEntries(FIGUR.map((f) => [f, [] as BarisView[]])) as Record<Figur, BarisView[]>;
  for (const row of rows) {
    const [figur, bulan, kecamatan, ...rest] = row as [Figur, string, string, ...(string | number)[]];
    const value = rest.pop() as number;
    per[figur].push({ key: [figur, kabupaten, bulan, kecamatan, ...rest], value });
  }
  return per;
}

const KOLAKA = rowsOf('74.01', [
  ['kepesertaan', '2025-01', '74.01.01', 'pkh', 'L', 'tidak', 'dewasa', 6],
  ['kepesertaan', '2025-01', '74.01.01', 'pkh', 'P', 'tidak', 'dewasa', 2],
  ['kepesertaan', '2025-02', '74.01.07', 'pkh', 'P', 'ya', 'dewasa', 7],
  ['kepesertaan', '2025-02', '74.01.07', 'bpnt', 'L', 'tidak', 'dewasa', 10],
  ['keluhan', '2025-02', '74.01.01', 'kepesertaan', 'pkh', '?', '?', '?', 3],
  ['tindaklanjut', '2025-02', '74.01.01', 'selesai', '?', 6],
  ['pemutakhiran', '2025-01', '74.01.01', 'fasilitator.wundulako', 8],
  ['pemutakhiran', '2025-02', '74.01.07', 'fasilitator.pomalaa', 17]
]);
const docs = agregatDocs('74.01', KOLAKA, '2025-03');
const doc = (figur: Figur, bulan: string) => docs.find((d) => d._id === `agregat:7401:${figur}:${bulan}`) as AgregatDoc;

describe('aggregate documents of a kabupaten', () => {
  it('makes one per figure and month, from the first month with records to the month asked', () => {
    expect(rentangBulan('2024-11', '2025-02')).toEqual(['2024-11', '2024-12', '2025-01', '2025-02']);
    expect(docs).toHaveLength(3 * FIGUR_AGREGAT.length);
    expect(docs.every((d) => agregatSchema.safeParse(d).success)).toBe(true);
    expect(agregatDocs('74.01', rowsOf('74.01', []), '2025-03')).toEqual([]);
    const denganNama = { ...docs[0], tabel: [{ ...docs[0].tabel[0], kolom: ['Wa Ode Sitti'] }] };
    expect(agregatSchema.safeParse(denganNama).success).toBe(false);
    expect(agregatSchema.safeParse({ ...docs[0], catatan: 'x' }).success).toBe(false);
  });

  it('stores a stock as the count at the end of each month, a flow within it', () => {
    const semua = (d: AgregatDoc) => d.tabel.find((t) => !t.programId && !t.rincian);
    expect(semua(doc('kepesertaan', '2025-01'))).toEqual({ baris: ['74.01.01'], kolom: ['pkh'], nilai: [[8]], jumlah: [8] });
    const akhirFebruari = { baris: ['74.01.01', '74.01.07'], kolom: ['bpnt', 'pkh'], nilai: [[0, 8], [10, 7]], jumlah: [10, 15] };
    expect(semua(doc('kepesertaan', '2025-02'))).toEqual(akhirFebruari);
    expect(semua(doc('kepesertaan', '2025-03'))).toEqual(akhirFebruari);
    expect(semua(doc('pemutakhiran', '2025-02'))?.nilai).toEqual([[17]]);
    expect(semua(doc('pemutakhiran', '2025-03'))).toEqual({ baris: [], kolom: ['pembaruan'], nilai: [], jumlah: [0] });
  });

  it('has a table for every programme by every breakdown, with small cells and their partners suppressed', () => {
    const tabel = doc('kepesertaan', '2025-02').tabel;
    expect(tabel.map((t) => [t.programId ?? '*', t.rincian ?? '*'])).toEqual([
      ['*', '*'], ['*', 'jenis-kelamin'], ['*', 'disabilitas'], ['*', 'kelompok-umur'],
      ['bpnt', '*'], ['bpnt', 'jenis-kelamin'], ['bpnt', 'disabilitas'], ['bpnt', 'kelompok-umur'],
      ['pkh', '*'], ['pkh', 'jenis-kelamin'], ['pkh', 'disabilitas'], ['pkh', 'kelompok-umur']
    ]);
    // PKH by sex: L 6 / P 2 in Wundulako, 0 / 7 in Pomalaa. The 2 is small; its row hides the
    // 6, its column the 7, whose row can only hide the 0. The totals 6 and 9 stay.
    expect(tabel.find((t) => t.programId === 'pkh' && t.rincian === 'jenis-kelamin')).toEqual({
      programId: 'pkh',
      rincian: 'jenis-kelamin',
      baris: ['74.01.01', '74.01.07'],
      kolom: ['L', 'P'],
      nilai: [[null, null], [null, null]],
      jumlah: [6, 9]
    });
    expect(doc('keluhan', '2025-02').tabel[0]).toEqual({
      baris: ['74.01.01'],
      kolom: ['kepesertaan', 'non-kepesertaan'],
      nilai: [[null, null]],
      jumlah: [null, null]
    });
  });

  it('makes no programme table for responses whose programme is unknown, but counts them', () => {
    expect(doc('tindaklanjut', '2025-02').tabel.map((t) => t.programId)).toEqual([undefined]);
    expect(doc('tindaklanjut', '2025-02').tabel[0].nilai).toEqual([[0, 0, 0, 0, 6, 0]]);
  });

  it('keeps the names of the staff who entered the updates in the district', () => {
    expect(JSON.stringify(docs)).not.toMatch(/fasilitator/);
    expect(doc('pemutakhiran', '2025-01').tabel).toEqual([{ baris: ['74.01.01'], kolom: ['pembaruan'], nilai: [[8]], jumlah: [8] }]);
  });
});

describe('the aggregate source of provinces and the nation', () => {
  const semua = [
    ...docs,
    ...agregatDocs('74.02', rowsOf('74.02', [['kepesertaan', '2025-02', '74.02.01', 'pkh', 'L', 'tidak', 'dewasa', 40]]), '2025-03'),
    ...agregatDocs('73.01', rowsOf('73.01', [['kepesertaan', '2025-03', '73.01.05', 'pkh', 'P', 'tidak', 'dewasa', 20]]), '2025-03')
  ];
  /** What the `dasbor/tabel` view of the aggregate database answers (services/dasbor.service.ts). */
  const baca: BacaAgregat = async (figur, wilayah, dari, sampai) =>
    semua.filter(
      (d) =>
        d.figur === figur &&
        (wilayah === '' || d.kabupaten === wilayah || d.kabupaten.startsWith(`${wilayah}.`)) &&
        d.bulan >= dari &&
        d.bulan <= sampai
    );
  const sumber = sumberAgregat(baca);
  const muat = (figur: Figur, filter: Partial<FilterDasbor> & { wilayah: string }) =>
    sumber.muat(figur, { dari: '2025-01', sampai: '2025-03', ...filter });

  it.each([
    {
      what: 'a kabupaten by its kecamatan, as the district sees it',
      figur: 'kepesertaan' as const,
      filter: { wilayah: '74.01' },
      tabel: { baris: ['74.01.01', '74.01.07'], kolom: ['bpnt', 'pkh'], nilai: [[0, 8], [10, 7]], jumlah: [10, 15] }
    },
    {
      what: 'a kecamatan alone',
      figur: 'kepesertaan' as const,
      filter: { wilayah: '74.01.07' },
      tabel: { baris: ['74.01.07'], kolom: ['bpnt', 'pkh'], nilai: [[10, 7]], jumlah: [10, 7] }
    },
    {
      what: 'a province by its kabupaten, a stock at the end of February',
      figur: 'kepesertaan' as const,
      filter: { wilayah: '74', sampai: '2025-02' },
      tabel: { baris: ['74.01', '74.02'], kolom: ['bpnt', 'pkh'], nilai: [[10, 15], [0, 40]], jumlah: [10, 55] }
    },
    {
      what: 'the country by its provinces',
      figur: 'kepesertaan' as const,
      filter: { wilayah: '' },
      tabel: { baris: ['73', '74'], kolom: ['bpnt', 'pkh'], nilai: [[0, 20], [10, 55]], jumlah: [10, 75] }
    },
    {
      what: 'one programme by sex: the kabupaten’s totals, never its suppressed cells',
      figur: 'kepesertaan' as const,
      filter: { wilayah: '74', programId: 'pkh', rincian: 'jenis-kelamin' as const },
      tabel: { baris: ['74.01', '74.02'], kolom: ['L', 'P'], nilai: [[6, 9], [40, 0]], jumlah: [46, 9] }
    },
    {
      what: 'a flow summed over months',
      figur: 'pemutakhiran' as const,
      filter: { wilayah: '74.01', dari: '2025-01', sampai: '2025-02' },
      tabel: { baris: ['74.01.01', '74.01.07'], kolom: ['pembaruan'], nilai: [[8], [17]], jumlah: [25] }
    },
    {
      what: 'a flow over months meeting a suppressed month: unknown, not the sum of the months shown',
      figur: 'keluhan' as const,
      filter: { wilayah: '74.01', dari: '2025-01', sampai: '2025-03' },
      tabel: { baris: ['74.01.01'], kolom: ['kepesertaan', 'non-kepesertaan'], nilai: [[null, null]], jumlah: [null, null] }
    },
    {
      what: 'a sum meeting a suppressed cell: unknown',
      figur: 'keluhan' as const,
      filter: { wilayah: '74' },
      tabel: { baris: ['74.01', '74.02'], kolom: ['kepesertaan', 'non-kepesertaan'], nilai: [[null, null], [0, 0]], jumlah: [null, null] }
    }
  ])('$what', async ({ figur, filter, tabel }) => {
    expect(await muat(figur, filter)).toEqual(tabel);
  });

  it('refuses a desa: the aggregates stop at the kecamatan', async () => {
    await expect(muat('kepesertaan', { wilayah: '74.01.01.2001' })).rejects.toThrow(WilayahAgregatError);
  });
});

describe('an age-group filter over the aggregates', () => {
  /**
   * Kolaka as before (every participant an adult), and 74.03 at the end of February:
   * kecamatan 01: PKH 6 older men and 9 adult women, BPNT 7 older women; 11 adult women and
   * 8 older men as members; kecamatan 02: PKH 3 older men, BPNT 12 adult men; 5 older women
   * with a disability as members. Its PKH table by age group hides the 3, and with it the 6 (the
   * column total 9 would give it back) and a zero of each of their rows.
   */
  const lain = rowsOf('74.03', [
    ['kepesertaan', '2025-02', '74.03.01', 'pkh', 'L', 'tidak', 'lansia', 6],
    ['kepesertaan', '2025-02', '74.03.01', 'pkh', 'P', 'tidak', 'dewasa', 9],
    ['kepesertaan', '2025-02', '74.03.01', 'bpnt', 'P', 'tidak', 'lansia', 7],
    ['kepesertaan', '2025-02', '74.03.02', 'pkh', 'L', 'tidak', 'lansia', 3],
    ['kepesertaan', '2025-02', '74.03.02', 'bpnt', 'L', 'tidak', 'dewasa', 12],
    ['anggota', '2025-02', '74.03.01', 'L', 'tidak', 'lansia', 8],
    ['anggota', '2025-02', '74.03.01', 'P', 'tidak', 'dewasa', 11],
    ['anggota', '2025-02', '74.03.02', 'P', 'ya', 'lansia', 5]
  ]);
  const semua = [...docs, ...agregatDocs('74.03', lain, '2025-03')];
  const sumber = sumberAgregat(async (figur, wilayah, dari, sampai) =>
    semua.filter((d) => d.figur === figur && (d.kabupaten === wilayah || d.kabupaten.startsWith(`${wilayah}.`)) && d.bulan >= dari && d.bulan <= sampai)
  );
  const muat = (figur: Figur, filter: Partial<FilterDasbor> & { wilayah: string }) =>
    sumber.muat(figur, { dari: '2025-01', sampai: '2025-03', kelompokUmur: 'lansia', ...filter });

  it.each([
    {
      what: 'programmes as columns: each programme’s older people, hidden cells still hidden, totals exact',
      figur: 'kepesertaan' as const,
      filter: { wilayah: '74.03' },
      tabel: { baris: ['74.03.01', '74.03.02'], kolom: ['bpnt', 'pkh'], nilai: [[7, null], [0, null]], jumlah: [7, 9] }
    },
    {
      what: 'a province by its kabupaten, one programme',
      figur: 'kepesertaan' as const,
      filter: { wilayah: '74', programId: 'pkh' },
      tabel: { baris: ['74.01', '74.03'], kolom: ['pkh'], nilai: [[0], [9]], jumlah: [9] }
    },
    {
      what: 'members (columns by sex): the age groups instead, only the one chosen counted',
      figur: 'anggota' as const,
      filter: { wilayah: '74.03' },
      tabel: { baris: ['74.03.01', '74.03.02'], kolom: ['balita', 'anak', 'dewasa', 'lansia'], nilai: [[0, 0, 0, 8], [0, 0, 0, 5]], jumlah: [0, 0, 0, 13] }
    },
    {
      what: 'a figure without ages (updates entered): unfiltered',
      figur: 'pemutakhiran' as const,
      filter: { wilayah: '74.01', dari: '2025-01', sampai: '2025-02' },
      tabel: { baris: ['74.01.01', '74.01.07'], kolom: ['pembaruan'], nilai: [[8], [17]], jumlah: [25] }
    }
  ])('$what', async ({ figur, filter, tabel }) => {
    expect(await muat(figur, filter)).toEqual(tabel);
  });
});
