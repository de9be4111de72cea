import { describe, expect, it } from 'vitest';
import { parseDoc } from '../domain/schemas';
import { wilayahOf } from '../domain/wilayah';
import {
  makeKebutuhan,
  makeKeluhan,
  makeKepesertaan,
  makeReview,
  makeRujukan,
  makeTindaklanjut,
  makeUsulan
} from './event-factory';
import { DESA_LAIN, makeAnggota, makeRumahtangga } from './household-factory';

const keluhan = makeKeluhan();
const rujukan = makeRujukan(keluhan);

describe('test-data factories make documents the domain schemas accept', () => {
  it.each([
    ['rumahtangga', makeRumahtangga()],
    ['rumahtangga in another kecamatan', makeRumahtangga({ wilayah: wilayahOf(DESA_LAIN) })],
    ['kepesertaan', makeKepesertaan()],
    ['kebutuhan', makeKebutuhan()],
    ['keluhan', keluhan],
    ['usulan perubahan-data', makeUsulan('perubahan-data')],
    ['usulan prelist', makeUsulan('prelist')],
    ['usulan pmks', makeUsulan('pmks')],
    ['review', makeReview(keluhan)],
    ['rujukan', rujukan],
    ['tindaklanjut', makeTindaklanjut(rujukan)]
  ])('%s', (_name, doc) => {
    const result = parseDoc(doc);
    expect(result.ok ? [] : result.issues).toEqual([]);
  });

  it('gives each document its own id and each member its own NIK', () => {
    const a = makeRumahtangga();
    const b = makeRumahtangga();
    expect(a._id).not.toBe(b._id);
    const niks = [...a.anggota, ...b.anggota, makeAnggota()].map((m) => m.nik);
    expect(new Set(niks).size).toBe(niks.length);
    expect(makeKeluhan()._id).not.toBe(makeKeluhan()._id);
  });

  it('places ids, NIKs and case events in the wilayah of the document', () => {
    const rt = makeRumahtangga({ wilayah: wilayahOf(DESA_LAIN) });
    expect(rt._id.startsWith('rumahtangga:7401041001:')).toBe(true);
    expect(rt.anggota.every((m) => m.nik.startsWith('740104'))).toBe(true);
    const lain = makeKebutuhan({ wilayah: wilayahOf(DESA_LAIN) });
    expect(makeReview(lain).wilayah).toEqual({ provinsi: '74', kabupaten: '74.01', kecamatan: '74.01.04' });
    expect(makeReview(lain).kasusId).toBe(lain._id);
  });
});
