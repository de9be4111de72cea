import { describe, expect, it } from 'vitest';
import type { FilterDasbor } from '$lib/domain/dasbor';
import { panjangKunci, type OpsiView, type TanyaView } from '$lib/domain/dasbor-kueri';
import { FIGUR_STOK, geserBulan, kueriSemua, stokDoc, stokSchema, sumberDistrik, VIEW_STOK } from '$lib/domain/dasbor-stok';
import { ringkasanKebutuhan } from '$lib/domain/kebutuhan';
import { wilayahOf } from '$lib/domain/wilayah';
import { makeKebutuhan, makeKepesertaan, makeRujukan, makeTindaklanjut } from '$lib/test-data/event-factory';
import { DESA_CONTOH, DESA_LAIN, makeAnggota, makeRumahtangga } from '$lib/test-data/household-factory';
import { designDoc, mapOf, reduceRows, rowsOf, rowsUnder, type Row } from '../../spec-harness';

const KAB = '74.01';
const K = '74.01.01';
const angka = mapOf('dasbor', 'angka');
const stokView = mapOf('dasbor', 'stok');

const L = { jenisKelamin: 'L' as const, disabilitas: false };
const P = { jenisKelamin: 'P' as const, disabilitas: true };
const di = (desa: string, createdAt: string) => ({ wilayah: wilayahOf(desa), createdAt });
const butuh = makeKebutuhan({ programId: 'bpnt', profil: P, ...di(DESA_CONTOH, '2025-02-10T08:00:00Z') });
const docs = [
  makeRumahtangga({ ...di(DESA_CONTOH, '2024-11-02T08:00:00Z'), anggota: [makeAnggota(), makeAnggota({ jenisKelamin: 'P', hubungan: 'pasangan' })] }),
  makeRumahtangga({ ...di(DESA_LAIN, '2025-03-02T08:00:00Z'), anggota: [makeAnggota({}, '74.01.04')] }),
  makeKepesertaan({ programId: 'pkh', profil: L, ...di(DESA_CONTOH, '2025-01-02T08:00:00Z') }),
  makeKepesertaan({ programId: 'pkh', profil: P, ...di(DESA_LAIN, '2025-02-20T08:00:00Z') }),
  makeKepesertaan({ programId: 'bpnt', profil: L, ...di(DESA_CONTOH, '2025-04-01T08:00:00Z') }),
  butuh,
  makeKebutuhan({ programId: 'pis-kis', profil: L, ...di(DESA_LAIN, '2025-04-05T08:00:00Z') }),
  makeTindaklanjut(makeRujukan(butuh), { ...di(DESA_CONTOH, '2025-04-03T08:00:00Z'), pemenuhan: { ...ringkasanKebutuhan(butuh), arah: 'terpenuhi' } })
];
const rowsAngka = rowsOf(angka, docs);

/** What CouchDB answers: `dasbor/angka` grouped as asked, `dasbor/stok` row by row; the ranges asked are noted. */
function server(stok: object[]) {
  const rowsStok = rowsOf(stokView, stok);
  const ditanya: { view: string; dari: unknown }[] = [];
  const tanya: TanyaView = async (view, o: OpsiView) => {
    const [figur, area, dari] = o.startkey as string[];
    const sampai = (o.endkey as unknown[])[2];
    ditanya.push({ view, dari });
    const dalam = (r: Row) => dari === undefined || ((r.key as string[])[2] >= dari && (r.key as string[])[2] <= String(sampai));
    if (view === VIEW_STOK) return rowsUnder(rowsStok, [figur, area]);
    return reduceRows(rowsUnder(rowsAngka, [figur, area]).filter(dalam), '_sum', o.group_level as number);
  };
  return { tanya, ditanya };
}

/** The rollup's snapshots at `bulan`, from the whole view as its query reads it. */
const snapshot = (bulan: string) =>
  FIGUR_STOK.map((f) => stokDoc(KAB, f, bulan, reduceRows(rowsUnder(rowsAngka, [f]), '_sum', kueriSemua(f).options.group_level)));

describe('the district’s stocks from the rollup’s snapshot and the months after it', () => {
  const filters: FilterDasbor[] = [
    { wilayah: KAB, dari: '2025-04', sampai: '2025-04' },
    { wilayah: KAB, dari: '2025-01', sampai: '2025-03', rincian: 'jenis-kelamin' },
    { wilayah: K, dari: '2025-01', sampai: '2025-06', rincian: 'disabilitas' },
    { wilayah: DESA_CONTOH, dari: '2025-02', sampai: '2025-02', programId: 'bpnt' },
    { wilayah: '74.01.04', dari: '2025-05', sampai: '2025-05' }
  ];
  const kasus = FIGUR_STOK.flatMap((figur) => filters.map((filter) => ({ figur, filter, label: `${figur} ${JSON.stringify(filter)}` })));

  it.each(kasus)('gives the numbers of the whole history: $label', async ({ figur, filter }) => {
    const tanpa = await sumberDistrik(server([]).tanya).muat(figur, filter);
    for (const bulan of ['2024-10', '2025-02', '2025-03', '2025-04', '2025-09']) {
      expect(await sumberDistrik(server(snapshot(bulan)).tanya).muat(figur, filter)).toEqual(tanpa);
    }
  });

  it('reads the view only after the snapshot’s month, and not at all for that month', async () => {
    const { tanya, ditanya } = server(snapshot('2025-02'));
    await sumberDistrik(tanya).muat('kepesertaan', { wilayah: KAB, dari: '2025-01', sampai: '2025-04' });
    await sumberDistrik(tanya).muat('anggota', { wilayah: K, dari: '2025-01', sampai: '2025-02' });
    expect(ditanya).toEqual([
      { view: 'dasbor/stok', dari: undefined },
      { view: 'dasbor/angka', dari: '2025-03' },
      { view: 'dasbor/stok', dari: undefined }
    ]);
  });

  it('reads the whole history for a period ending before the snapshot, and for flows as before', async () => {
    const { tanya, ditanya } = server(snapshot('2025-03'));
    await sumberDistrik(tanya).muat('kebutuhan', { wilayah: KAB, dari: '2025-01', sampai: '2025-02' });
    await sumberDistrik(tanya).muat('rujukan', { wilayah: KAB, dari: '2025-01', sampai: '2025-02' });
    expect(ditanya).toEqual([
      { view: 'dasbor/stok', dari: undefined },
      { view: 'dasbor/angka', dari: '' },
      { view: 'dasbor/angka', dari: '2025-01' }
    ]);
  });

  it('keeps counts and codes only: the members of the kabupaten up to March by kecamatan, sex, disability and age group', () => {
    const doc = stokSchema.parse(snapshot('2025-03').find((d) => d.figur === 'anggota'));
    expect(doc).toMatchObject({ _id: 'stok:7401:anggota', type: 'stok', kabupaten: KAB, bulan: '2025-03' });
    expect(doc.baris).toEqual([
      [[KAB, K, 'L', 'tidak', 'dewasa'], 1],
      [[KAB, K, 'P', 'tidak', 'dewasa'], 1],
      [[KAB, '74.01.04', 'L', 'tidak', 'dewasa'], 1],
      [[K, DESA_CONTOH, 'L', 'tidak', 'dewasa'], 1],
      [[K, DESA_CONTOH, 'P', 'tidak', 'dewasa'], 1],
      [['74.01.04', DESA_LAIN, 'L', 'tidak', 'dewasa'], 1]
    ]);
    expect(stokView(doc).map((r) => r.key)).toContainEqual(['anggota', KAB, '2025-03', K, 'P', 'tidak', 'dewasa']);
    expect(() => stokSchema.parse({ ...doc, figur: 'rujukan' })).toThrow();
  });

  it('is a map-only view beside dasbor/angka, and the rollup’s query covers every area', () => {
    expect(designDoc('kabupaten', 'dasbor').views?.stok?.reduce).toBeUndefined();
    expect(kueriSemua('anggota').options).toEqual({ startkey: ['anggota'], endkey: ['anggota', {}], group_level: panjangKunci('anggota'), reduce: true });
    expect([geserBulan('2025-12', 1), geserBulan('2025-01', -1), geserBulan('2025-03', 0)]).toEqual(['2026-01', '2024-12', '2025-03']);
  });
});
