import { describe, expect, it } from 'vitest';
import { wilayahOf } from '$lib/domain/wilayah';
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
import { designDoc, mapOf, reduceRows, rowsOf } from '../../spec-harness';

const K = '74.01.01';
const D = DESA_CONTOH;
const view = (name: string) => mapOf('dasbor', name);
const reduceOf = (name: string) => designDoc('kecamatan', 'dasbor').views?.[name]?.reduce ?? '';

const keluhan = makeKeluhan({ kategori: 'kepesertaan', programId: 'pkh' });
const rujukan = makeRujukan(keluhan, { programId: 'pkh', kanal: 'langsung' });

describe('dasbor views emit dashboard keys without personal data', () => {
  it.each([
    { name: 'rumahtangga', doc: makeRumahtangga({ statusRegistri: 'prelist', desil: null }), keys: [[K, D, 'prelist']], value: null },
    {
      name: 'anggota',
      doc: makeRumahtangga({
        anggota: [makeAnggota(), makeAnggota({ jenisKelamin: 'P', hubungan: 'pasangan', disabilitas: 'sensorik-netra' })]
      }),
      keys: [
        [K, D, 'L', 'tidak'],
        [K, D, 'P', 'sensorik-netra']
      ],
      value: null
    },
    { name: 'program', doc: makeKepesertaan({ programId: 'pkh' }), keys: [['pkh', K, D]], value: [1, 0] },
    { name: 'program', doc: makeKebutuhan({ programId: 'pkh' }), keys: [['pkh', K, D]], value: [0, 1] },
    { name: 'keluhan', doc: keluhan, keys: [['kepesertaan', 'pkh', K, D]], value: null },
    { name: 'usulan', doc: makeUsulan('prelist'), keys: [['prelist', K, D]], value: null },
    { name: 'rujukan', doc: rujukan, keys: [['pkh', 'langsung', K]], value: null },
    { name: 'tindaklanjut', doc: makeTindaklanjut(rujukan, { hasil: 'selesai' }), keys: [['selesai', K]], value: null }
  ])('dasbor/$name', ({ name, doc, keys, value }) => {
    expect(view(name)(doc)).toEqual(keys.map((key) => ({ key, value })));
  });

  it.each(['rumahtangga', 'anggota', 'program', 'keluhan', 'usulan', 'rujukan', 'tindaklanjut'])(
    'dasbor/%s ignores documents of other types',
    (name) => {
      const others = [makeReview(keluhan), { _id: 'x' }, { _id: 'program:7401:pkh', type: 'program' }];
      for (const doc of others) expect(view(name)(doc)).toEqual([]);
    }
  );
});

describe('drill-down by group_level', () => {
  const di = (desa: string) => ({ wilayah: wilayahOf(desa) });

  it('counts members by kecamatan, desa and sex', () => {
    const households = [makeRumahtangga(), makeRumahtangga(), makeRumahtangga(di(DESA_LAIN))];
    const rows = rowsOf(view('anggota'), households);
    expect(reduceOf('anggota')).toBe('_count');
    expect(reduceRows(rows, '_count', 0)).toEqual([{ key: [], value: 9 }]);
    expect(reduceRows(rows, '_count', 1)).toEqual([
      { key: ['74.01.01'], value: 6 },
      { key: ['74.01.04'], value: 3 }
    ]);
    expect(reduceRows(rows, '_count', 3)).toEqual([
      { key: ['74.01.01', D, 'L'], value: 4 },
      { key: ['74.01.01', D, 'P'], value: 2 },
      { key: ['74.01.04', DESA_LAIN, 'L'], value: 2 },
      { key: ['74.01.04', DESA_LAIN, 'P'], value: 1 }
    ]);
  });

  it('sets participation beside needs per programme, so the gap is one subtraction', () => {
    const docs = [
      makeKepesertaan({ programId: 'pkh' }),
      makeKepesertaan({ programId: 'pkh', ...di(DESA_LAIN) }),
      makeKebutuhan({ programId: 'pkh' }),
      makeKebutuhan({ programId: 'pis-kis' }),
      makeKebutuhan({ programId: 'pis-kis', ...di(DESA_LAIN) })
    ];
    const rows = rowsOf(view('program'), docs);
    expect(reduceOf('program')).toBe('_sum');
    expect(reduceRows(rows, '_sum', 1)).toEqual([
      { key: ['pis-kis'], value: [0, 2] },
      { key: ['pkh'], value: [2, 1] }
    ]);
    expect(reduceRows(rows, '_sum', 2)).toEqual([
      { key: ['pis-kis', '74.01.01'], value: [0, 1] },
      { key: ['pis-kis', '74.01.04'], value: [0, 1] },
      { key: ['pkh', '74.01.01'], value: [1, 1] },
      { key: ['pkh', '74.01.04'], value: [1, 0] }
    ]);
  });
});
