import { describe, expect, it } from 'vitest';
import {
  makeKebutuhan,
  makeKeluhan,
  makeKepesertaan,
  makeReview,
  makeRujukan,
  makeTindaklanjut,
  makeUsulan
} from '$lib/test-data/event-factory';
import { makeRumahtangga } from '$lib/test-data/household-factory';
import { mapOf, rowsOf, rowsUnder } from '../../spec-harness';

const peristiwa = mapOf('kasus', 'peristiwa');

describe('kasus/peristiwa', () => {
  it.each([
    ['keluhan', makeKeluhan()],
    ['kebutuhan', makeKebutuhan()],
    ['usulan', makeUsulan('perubahan-data')]
  ])('a %s opens its own case', (type, opener) => {
    expect(peristiwa(opener)).toEqual([{ key: [opener._id, opener.createdAt], value: { type } }]);
  });

  const keluhan = makeKeluhan();
  const review = makeReview(keluhan, { keputusan: 'setuju' });
  const rujukan = makeRujukan(keluhan, { programId: 'rastra', kanal: 'lapor' });
  const tindaklanjut = makeTindaklanjut(rujukan, { hasil: 'ditinjau' });

  it.each([
    { event: review, value: { type: 'review', tahap: 'supervisor', keputusan: 'setuju' } },
    { event: rujukan, value: { type: 'rujukan', programId: 'rastra', kanal: 'lapor' } },
    { event: tindaklanjut, value: { type: 'tindaklanjut', hasil: 'ditinjau' } },
    { event: { ...review, _id: 'perbaikan:740101:P1', type: 'perbaikan', catatan: 'x' }, value: { type: 'perbaikan' } },
    { event: { ...review, _id: 'banding:740101:B1', type: 'banding', alasan: 'x' }, value: { type: 'banding' } }
  ])('a $value.type is filed under its kasusId', ({ event, value }) => {
    expect(peristiwa(event)).toEqual([{ key: [keluhan._id, event.createdAt], value }]);
  });

  it.each([
    ['a household', makeRumahtangga()],
    ['a participation record', makeKepesertaan()],
    ['an event without kasusId', { ...review, kasusId: undefined }]
  ])('%s is no part of a case', (_name, doc) => {
    expect(peristiwa(doc)).toEqual([]);
  });

  it('gives one case its timeline in time order, apart from other cases', () => {
    const other = makeKebutuhan();
    const docs = [tindaklanjut, makeReview(other), rujukan, other, review, keluhan];
    const timeline = rowsUnder(rowsOf(peristiwa, docs), [keluhan._id]);
    expect(timeline.map((row) => (row.value as { type: string }).type)).toEqual([
      'keluhan',
      'review',
      'rujukan',
      'tindaklanjut'
    ]);
  });
});

const kodeLacak = mapOf('kasus', 'kode-lacak');

describe('kasus/kode-lacak', () => {
  it.each([
    ['keluhan', makeKeluhan()],
    ['usulan', makeUsulan('prelist')]
  ])('a %s is found by the code on its receipt, with nothing else', (_type, opener) => {
    expect(kodeLacak(opener)).toEqual([{ key: opener.kodeLacak, value: null }]);
  });

  it.each([
    ['a need (no receipt)', makeKebutuhan()],
    ['a review', makeReview(makeKeluhan())],
    ['a household', makeRumahtangga()],
    ['a complaint without a code', { ...makeKeluhan(), kodeLacak: undefined }]
  ])('%s has no code', (_name, doc) => {
    expect(kodeLacak(doc)).toEqual([]);
  });
});
