import { describe, expect, it } from 'vitest';
import { wilayahOf } from '$lib/domain/wilayah';
import {
  makeKebutuhan,
  makeKeluhan,
  makeKepesertaan,
  makeReview,
  makeUsulan,
  type Kasus
} from '$lib/test-data/event-factory';
import { DESA_LAIN } from '$lib/test-data/household-factory';
import { mapOf, rowsOf, rowsUnder, type Row } from '../../spec-harness';

const pengajuan = mapOf('antrean', 'pengajuan');
const keputusan = mapOf('antrean', 'keputusan');
const K = '74.01.01';

describe('antrean/pengajuan', () => {
  it.each([
    { jenis: 'perubahan-data', doc: makeUsulan('perubahan-data') },
    { jenis: 'prelist', doc: makeUsulan('prelist') },
    { jenis: 'pmks', doc: makeUsulan('pmks') },
    { jenis: 'kebutuhan', doc: makeKebutuhan({ programId: 'pis-kis' }) },
    { jenis: 'keluhan', doc: makeKeluhan({ programId: 'rastra' }) }
  ])('files a submission of kind $jenis under [kecamatan, jenis, createdAt]', ({ jenis, doc }) => {
    expect(pengajuan(doc)).toEqual([
      {
        key: [K, jenis, doc.createdAt],
        value: {
          kasusId: doc._id,
          desa: '74.01.01.1002',
          ...('rumahtanggaId' in doc ? { rumahtanggaId: doc.rumahtanggaId } : {}),
          ...('programId' in doc ? { programId: doc.programId } : {}),
          createdBy: 'fasilitator.wundulako'
        }
      }
    ]);
  });

  it.each([
    ['a participation record', makeKepesertaan()],
    ['a review', makeReview(makeKeluhan())]
  ])('does not queue %s', (_name, doc) => {
    expect(pengajuan(doc)).toEqual([]);
  });
});

const kasus = mapOf('antrean', 'kasus');

describe('antrean/kasus', () => {
  it('files an opener under [kecamatan, its id, createdAt] with its queue line', () => {
    const usulan = makeUsulan('prelist');
    expect(kasus(usulan)).toEqual([
      {
        key: [K, usulan._id, usulan.createdAt],
        value: { jenis: 'prelist', desa: '74.01.01.1002', ...('rumahtanggaId' in usulan ? { rumahtanggaId: usulan.rumahtanggaId } : {}), createdBy: 'fasilitator.wundulako' }
      }
    ]);
    const keluhan = makeKeluhan({ programId: 'rastra' });
    expect(kasus(keluhan)[0].value).toMatchObject({ jenis: 'keluhan', programId: 'rastra' });
  });

  it("files a step under its case's kecamatan and id, with the fields that move the case", () => {
    const keluhan = makeKeluhan();
    const review = makeReview(keluhan, { keputusan: 'kembalikan', catatan: 'Foto KK belum ada' });
    expect(kasus(review)).toEqual([{ key: [K, keluhan._id, review.createdAt], value: { type: 'review', tahap: 'supervisor', keputusan: 'kembalikan' } }]);
    expect(kasus(makeKepesertaan())).toEqual([]);
  });

  it("gives one kecamatan's cases in one range, each opener before its steps", () => {
    const keluhan = makeKeluhan();
    const lain = makeKeluhan({ wilayah: wilayahOf(DESA_LAIN) });
    const rows = rowsUnder(rowsOf(kasus, [makeReview(keluhan), lain, keluhan, makeReview(lain)]), [K]);
    const v = (r: Row) => r.value as { type?: string; jenis?: string };
    expect(rows.map((r) => [(r.key as string[])[1], v(r).type ?? v(r).jenis])).toEqual([
      [keluhan._id, 'keluhan'],
      [keluhan._id, 'review']
    ]);
  });
});

describe('antrean/keputusan', () => {
  it('files a decision under [kecamatan, tahap, keputusan, createdAt] with its case', () => {
    const kasus = makeKeluhan();
    const review = makeReview(kasus, { keputusan: 'kembalikan', catatan: 'Foto KK belum ada' });
    expect(keputusan(review)).toEqual([
      {
        key: [K, 'supervisor', 'kembalikan', review.createdAt],
        value: { kasusId: kasus._id, catatan: 'Foto KK belum ada', createdBy: 'supervisor.wundulako' }
      }
    ]);
    expect(keputusan(kasus)).toEqual([]);
  });
});

describe('the queries the header of antrean/pengajuan documents', () => {
  const kasusIds = (rows: Row[]) => rows.map((row) => (row.value as { kasusId: string }).kasusId);
  const minus = (a: string[], b: string[]) => a.filter((id) => !b.includes(id));

  const usulan = makeUsulan('perubahan-data');
  const kebutuhan = makeKebutuhan();
  const keluhan = makeKeluhan();
  const keluhanLain = makeKeluhan({ wilayah: wilayahOf(DESA_LAIN) });
  const openers: Kasus[] = [usulan, kebutuhan, keluhan, keluhanLain];
  const decisions = [
    makeReview(kebutuhan, { keputusan: 'setuju' }),
    makeReview(keluhan, { keputusan: 'kembalikan', catatan: 'Lengkapi uraian' })
  ];

  function queues(extra: object[] = []) {
    const submitted = rowsOf(pengajuan, openers);
    const decided = rowsOf(keputusan, [...decisions, ...extra]);
    return {
      supervisor: minus(kasusIds(rowsUnder(submitted, [K])), kasusIds(rowsUnder(decided, [K, 'supervisor']))),
      supervisorKeluhan: minus(
        kasusIds(rowsUnder(submitted, [K, 'keluhan'])),
        kasusIds(rowsUnder(decided, [K, 'supervisor']))
      ),
      dikembalikan: kasusIds(rowsUnder(decided, [K, 'supervisor', 'kembalikan'])),
      manajer: minus(
        kasusIds(rowsUnder(decided, [K, 'supervisor', 'setuju'])),
        kasusIds(rowsUnder(decided, [K, 'manajer']))
      )
    };
  }

  it('gives each reviewer what still waits for them', () => {
    expect(queues()).toEqual({
      supervisor: [usulan._id],
      supervisorKeluhan: [],
      dikembalikan: [keluhan._id],
      manajer: [kebutuhan._id]
    });
  });

  it('empties the manager queue once the manager decided', () => {
    const manajer = { ...makeReview(kebutuhan, { tahap: 'manajer' }), createdBy: 'manajer.kolaka' };
    expect(queues([manajer]).manajer).toEqual([]);
  });
});
