import { describe, expect, it } from 'vitest';
import { makeKebutuhan, makeKeluhan, makeRujukan, makeTindaklanjut } from '$lib/test-data/event-factory';
import { mapOf, rowsOf, rowsUnder } from '../../spec-harness';

const perProgram = mapOf('rujukan', 'per-program', 'kabupaten');
const tanggapan = mapOf('rujukan', 'tanggapan', 'rujukan');

const kasus = makeKebutuhan({ programId: 'pkh' });
const rujukan = makeRujukan(kasus, { programId: 'pkh', tujuan: 'kemensos-jsk', kanal: 'langsung' });

describe('rujukan/per-program', () => {
  it('files a referral under [programId, createdAt]', () => {
    expect(perProgram(rujukan)).toEqual([
      {
        key: ['pkh', rujukan.createdAt],
        value: {
          kasusId: kasus._id,
          tujuan: 'kemensos-jsk',
          namaTujuan: 'Direktorat Jaminan Sosial Keluarga',
          kanal: 'langsung',
          kecamatan: '74.01.01'
        }
      }
    ]);
    expect(perProgram(kasus)).toEqual([]);
  });

  it("lists one programme's inbox", () => {
    const lain = makeRujukan(makeKeluhan(), { programId: 'rastra' });
    const rows = rowsOf(perProgram, [lain, rujukan, makeRujukan(kasus, { programId: 'pkh' })]);
    expect(rowsUnder(rows, ['pkh'])).toHaveLength(2);
    expect(rowsUnder(rows, ['rastra'])).toHaveLength(1);
  });
});

describe('rujukan/tanggapan', () => {
  it('files a response under the referral it answers', () => {
    const jawaban = makeTindaklanjut(rujukan, { hasil: 'diterima' });
    expect(tanggapan(jawaban)).toEqual([
      { key: rujukan._id, value: { kasusId: kasus._id, hasil: 'diterima', createdAt: jawaban.createdAt } }
    ]);
  });

  it('leaves out responses of back office that answer no referral', () => {
    const { rujukanId: _, ...langsung } = makeTindaklanjut(rujukan, { hasil: 'ditangani-langsung' });
    expect(tanggapan(langsung)).toEqual([]);
    expect(tanggapan(rujukan)).toEqual([]);
  });
});
