import { describe, expect, it } from 'vitest';
import { tabelDari } from '$lib/domain/dasbor-kueri';
import { ringkasanKebutuhan } from '$lib/domain/kebutuhan';
import { koreksiSchema, PenghitungKoreksi } from '$lib/domain/kesenjangan-koreksi';
import { isiRujukan } from '$lib/domain/rujukan';
import { wilayahOf } from '$lib/domain/wilayah';
import { makeKebutuhan, makeKepesertaan, makeRujukan, makeTindaklanjut } from '$lib/test-data/event-factory';
import { DESA_CONTOH } from '$lib/test-data/household-factory';
import { designDoc, mapOf, reduceRows, rowsOf, rowsUnder } from '../../spec-harness';

const peristiwa = mapOf('kesenjangan', 'peristiwa', 'kabupaten');
const angka = mapOf('dasbor', 'angka', 'kabupaten');
const K = '74.01.01';
const P = { jenisKelamin: 'P' as const, disabilitas: false, kelompokUmur: 'anak' as const };
const di = (createdAt: string) => ({ wilayah: wilayahOf(DESA_CONTOH), createdAt });

/**
 * Two PIP needs of girls in desa D, recorded in March. In April a participation meets the first;
 * in May PIP accepts its referral too (the agency never sees participations) — met twice. The
 * gap by hand: March 2, April 1, May 1 (the view's plain sum says 0 in May).
 */
const a = makeKebutuhan({ programId: 'pip-kemendikbud', profil: P, ...di('2025-03-03T08:00:00Z') });
const b = makeKebutuhan({ programId: 'pip-kemendikbud', profil: P, ...di('2025-03-04T08:00:00Z') });
const ikut = makeKepesertaan({ programId: 'pip-kemendikbud', profil: P, memenuhi: [ringkasanKebutuhan(a)], ...di('2025-04-10T08:00:00Z') });
const terima = makeTindaklanjut(makeRujukan(a, isiRujukan(a)), {
  hasil: 'diterima',
  pemenuhan: { ...ringkasanKebutuhan(a), arah: 'terpenuhi' },
  ...di('2025-05-02T08:00:00Z')
});
const docs = [a, b, ikut, terima];

/** The rollup's pass (couch/rollup/kesenjangan.ts) over the view's rows. */
function koreksi(rows = rowsOf(peristiwa, docs)) {
  const penghitung = new PenghitungKoreksi();
  for (const row of rows) {
    const [kebutuhanId, createdAt] = row.key as [string, string];
    const [nilai, kecamatan, desa, programId, profil] = row.value as [number, string, string, string, typeof P];
    penghitung.tambah({ kebutuhanId, bulan: createdAt.slice(0, 7), nilai, kecamatan, desa, programId, profil });
  }
  return koreksiSchema.parse(penghitung.dokumen('74.01'));
}

function kesenjangan(semua: object[], sampai: string) {
  const rows = reduceRows(rowsUnder(rowsOf(angka, semua), ['kesenjangan', '74.01']), '_sum', 8);
  return tabelDari('kesenjangan', { wilayah: '74.01', dari: sampai, sampai }, rows).nilai;
}

describe('the events of each need, for the rollup’s one rule', () => {
  it('lists a need and what met it under the need’s id, oldest first, with the keys the gap counts them under', () => {
    const rows = rowsOf(peristiwa, docs).filter((r) => (r.key as string[])[0] === a._id);
    expect(rows).toEqual([
      { key: [a._id, a.createdAt], value: [1, K, DESA_CONTOH, 'pip-kemendikbud', P] },
      { key: [a._id, ikut.createdAt], value: [-1, K, DESA_CONTOH, 'pip-kemendikbud', P] },
      { key: [a._id, terima.createdAt], value: [-1, K, DESA_CONTOH, 'pip-kemendikbud', P] }
    ]);
    expect(peristiwa(makeKepesertaan())).toEqual([]);
    expect(designDoc('kabupaten', 'kesenjangan').views?.peristiwa?.reduce).toBeUndefined();
  });

  it('corrects the second meeting, in its month, under its keys; numbers and codes only', () => {
    expect(koreksi().baris).toEqual([{ bulan: '2025-05', kecamatan: K, desa: DESA_CONTOH, programId: 'pip-kemendikbud', profil: P, n: 1 }]);
    expect(JSON.stringify(koreksi())).not.toMatch(/kebutuhan:|rumahtangga|\d{16}/);
  });

  it('makes the dashboard count the need met once, month by month, in kabupaten and kecamatan rows', () => {
    expect(['2025-03', '2025-04', '2025-05'].map((m) => kesenjangan(docs, m))).toEqual([[[2]], [[1]], [[0]]]);
    const dikoreksi = [...docs, koreksi()];
    expect(['2025-03', '2025-04', '2025-05'].map((m) => kesenjangan(dikoreksi, m))).toEqual([[[2]], [[1]], [[1]]]);
    const desa = reduceRows(rowsUnder(rowsOf(angka, dikoreksi), ['kesenjangan', K]), '_sum', 8);
    expect(tabelDari('kesenjangan', { wilayah: K, dari: '2025-05', sampai: '2025-05' }, desa)).toEqual({
      baris: [DESA_CONTOH],
      kolom: ['pip-kemendikbud'],
      nilai: [[1]],
      jumlah: [1]
    });
  });

  it('has nothing to correct where each need was met once', () => {
    expect(koreksi(rowsOf(peristiwa, [a, b, ikut])).baris).toEqual([]);
  });
});
