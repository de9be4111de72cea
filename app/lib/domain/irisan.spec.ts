import { describe, expect, it } from 'vitest';
import { irisanDocs, irisanSchema, irisanWilayah, lindungiIrisan, PenghitungIrisan, type IrisanDoc } from './irisan';
import { gabungIrisan, sumberIrisanAgregat, sumberIrisanDistrik, tabelIrisan } from './irisan-sumber';

const D = '74.01.01.1002';
const LAIN = '74.01.04.1001';
const rt = (desa: string, n: number) => `rumahtangga:${desa.replaceAll('.', '')}:RT00000${n}`;

/**
 * Four households, counted by hand:
 * - H1 (desa D): PKH from January, BPNT from March;
 * - H2 (D): PKH in January, PKH again in February (a second member: still one set);
 * - H3 (D): BPNT and PIP from February;
 * - H4 (LAIN, another kecamatan): BPNT, PIP and PKH from January.
 */
const peserta = [
  { rumahtanggaId: rt(D, 1), programId: 'bpnt', bulan: '2025-03', desa: D },
  { rumahtanggaId: rt(D, 1), programId: 'pkh', bulan: '2025-01', desa: D },
  { rumahtanggaId: rt(D, 2), programId: 'pkh', bulan: '2025-01', desa: D },
  { rumahtanggaId: rt(D, 2), programId: 'pkh', bulan: '2025-02', desa: D },
  { rumahtanggaId: rt(D, 3), programId: 'bpnt', bulan: '2025-02', desa: D },
  { rumahtanggaId: rt(D, 3), programId: 'pip', bulan: '2025-02', desa: D },
  { rumahtanggaId: rt(LAIN, 4), programId: 'bpnt', bulan: '2025-01', desa: LAIN },
  { rumahtanggaId: rt(LAIN, 4), programId: 'pip', bulan: '2025-01', desa: LAIN },
  { rumahtanggaId: rt(LAIN, 4), programId: 'pkh', bulan: '2025-01', desa: LAIN }
];

function stok() {
  const p = new PenghitungIrisan();
  for (const x of peserta) p.tambah(x);
  expect(p.bulanPertama()).toBe('2025-01');
  return p.stok(['2025-01', '2025-02', '2025-03']);
}
const sebagaiObjek = (m: Map<string, number> | undefined) => Object.fromEntries(m ?? []);

describe('households by the set of programmes they receive', () => {
  it('counts each household once, in the set it has at each month’s end, in desa, kecamatan and kabupaten', () => {
    const s = stok();
    expect(sebagaiObjek(s.get('2025-01')?.get(D))).toEqual({ pkh: 2 });
    expect(sebagaiObjek(s.get('2025-02')?.get(D))).toEqual({ pkh: 2, 'bpnt+pip': 1 });
    expect(sebagaiObjek(s.get('2025-03')?.get(D))).toEqual({ pkh: 1, 'bpnt+pkh': 1, 'bpnt+pip': 1 });
    expect(sebagaiObjek(s.get('2025-03')?.get('74.01.01'))).toEqual({ pkh: 1, 'bpnt+pkh': 1, 'bpnt+pip': 1 });
    expect(sebagaiObjek(s.get('2025-01')?.get('74.01'))).toEqual({ pkh: 2, 'bpnt+pip+pkh': 1 });
    expect(sebagaiObjek(s.get('2025-03')?.get('74.01'))).toEqual({ pkh: 1, 'bpnt+pkh': 1, 'bpnt+pip': 1, 'bpnt+pip+pkh': 1 });
  });

  it('makes the matrix (diagonal: households receiving the programme) and ranks the sets', () => {
    const w = irisanWilayah('74.01', stok().get('2025-03')?.get('74.01') ?? new Map());
    expect(w.program).toEqual(['bpnt', 'pip', 'pkh']);
    expect(w.matriks).toEqual([
      [3, 2, 2],
      [2, 2, 1],
      [2, 1, 3]
    ]);
    expect(w.kombinasi.map((k) => k.program.join('+'))).toEqual(['bpnt+pip', 'bpnt+pip+pkh', 'bpnt+pkh', 'pkh']);
  });

  it('writes one exact document per month for the district, down to desa; the aggregates stop at kecamatan', () => {
    const distrik = irisanDocs('74.01', stok(), false);
    const agregat = irisanDocs('74.01', stok(), true);
    expect(distrik.map((d) => d._id)).toEqual(['irisan:7401:2025-01', 'irisan:7401:2025-02', 'irisan:7401:2025-03']);
    expect(distrik[2].isi.map((w) => w.kode)).toEqual(['74.01', '74.01.01', D, '74.01.04', LAIN]);
    expect(agregat[2].isi.map((w) => w.kode)).toEqual(['74.01', '74.01.01', '74.01.04']);
    for (const doc of [...distrik, ...agregat]) expect(irisanSchema.parse(doc)).toEqual(doc);
    expect(agregat[2].isi[0].matriks.flat().every((n) => n === null)).toBe(true);
  });
});

describe('suppression of the overlap for the aggregates', () => {
  it('hides small sets and cells, and another set wherever a shown cell would give a hidden one away', () => {
    // PKH only 20, BPNT only 10, both 3: BPNT's 13 minus BPNT-only 10 would give the 3 back.
    const w = irisanWilayah('74.01', new Map([['pkh', 20], ['bpnt', 10], ['bpnt+pkh', 3]]));
    expect(w.matriks).toEqual([[13, 3], [3, 23]]);
    const t = lindungiIrisan(w);
    expect(t.matriks).toEqual([[13, null], [null, 23]]);
    expect(t.kombinasi).toEqual([
      { program: ['pkh'], rumahtangga: null },
      { program: ['bpnt'], rumahtangga: null },
      { program: ['bpnt', 'pkh'], rumahtangga: null }
    ]);
  });

  it('leaves large numbers alone', () => {
    const w = irisanWilayah('74.01', new Map([['pkh', 20], ['bpnt+pkh', 8]]));
    expect(lindungiIrisan(w)).toEqual(w);
  });

  it('adds kabupaten up for a province; a sum meeting a hidden cell stays hidden', () => {
    const a = irisanWilayah('74.01', new Map([['pkh', 20], ['bpnt+pkh', 8]]));
    const b = lindungiIrisan(irisanWilayah('74.02', new Map([['pkh', 30], ['pip', 6], ['pip+pkh', 2], ['pip+pkh+bpnt', 9]])));
    const g = gabungIrisan('74', [a, b]);
    expect(g.program).toEqual(['bpnt', 'pip', 'pkh']);
    // In 74.02, PIP+PKH (2) is hidden; PIP only (6) and BPNT+PIP+PKH (9) with it, or PIP's 17 and
    // PIP×PKH's 11 would give it back; and BPNT's cells, which are that 9 alone.
    expect(g.matriks).toEqual([
      [null, null, null],
      [null, 17, 11],
      [null, 11, 69]
    ]);
    expect(tabelIrisan(g).kombinasi).toEqual({
      baris: ['pkh', 'bpnt+pkh', 'bpnt+pip+pkh', 'pip', 'pip+pkh'],
      kolom: ['rumahtangga'],
      nilai: [[50], [8], [null], [null], [null]]
    });
  });
});

describe('the dashboard reads the overlap', () => {
  const distrik = irisanDocs('74.01', stok(), false);

  it('the district: its area in the last document up to the period’s end', async () => {
    const tanya = async (view: string, o: { startkey?: unknown }) => {
      expect(view).toBe('irisan/dokumen');
      return distrik.filter((d) => d.bulan <= String(o.startkey)).reverse().slice(0, 1).map((doc) => ({ id: doc._id, key: doc.bulan, value: null, doc }));
    };
    const t = await sumberIrisanDistrik(tanya).muat({ wilayah: D, sampai: '2025-02' });
    expect(t.matriks).toEqual({ baris: ['bpnt', 'pip', 'pkh'], kolom: ['bpnt', 'pip', 'pkh'], nilai: [[1, 1, 0], [1, 1, 0], [0, 0, 2]] });
    expect(t.kombinasi).toEqual({ baris: ['pkh', 'bpnt+pip'], kolom: ['rumahtangga'], nilai: [[2], [1]] });
    expect((await sumberIrisanDistrik(async () => []).muat({ wilayah: D, sampai: '2024-12' })).matriks.baris).toEqual([]);
  });

  it('the province: each kabupaten’s last document, added up', async () => {
    const dok = (kabupaten: string, bulan: string, kombinasi: [string, number][]): IrisanDoc => ({
      ...irisanDocs(kabupaten, new Map([[bulan, new Map([[kabupaten, new Map(kombinasi)]])]]), true)[0]
    });
    const docs = [dok('74.01', '2025-01', [['pkh', 10]]), dok('74.01', '2025-02', [['pkh', 12]]), dok('74.02', '2025-01', [['pkh', 7]])];
    const tanya = async () => docs.map((doc) => ({ id: doc._id, key: null, value: null, doc }));
    expect((await sumberIrisanAgregat(tanya).muat({ wilayah: '74', sampai: '2025-02' })).matriks.nilai).toEqual([[19]]);
    expect((await sumberIrisanAgregat(tanya).muat({ wilayah: '74.02', sampai: '2025-02' })).matriks.nilai).toEqual([[7]]);
  });
});
