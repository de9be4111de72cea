import { describe, expect, it } from 'vitest';
import { contohDoc } from '../test-data/doc-fixtures';
import { parseDocOf } from './schemas';

const contoh = contohDoc('layananinformasi');

function masalah(doc: object) {
  const r = parseDocOf('layananinformasi', doc);
  return r.ok ? [] : r.issues;
}

describe('layanan informasi', () => {
  it('is valid with a programme, an FAQ item or a topic alone', () => {
    expect(masalah(contoh)).toEqual([]);
    expect(masalah({ ...contoh, programIds: [], faqId: 'faq:7401:01JP0000000000000000000016' })).toEqual([]);
    expect(masalah({ ...contoh, programIds: [], topik: 'Jadwal penyaluran BPNT' })).toEqual([]);
  });

  it('says what was asked about: a programme, an FAQ item or a topic', () => {
    expect(masalah({ ...contoh, programIds: [] })).toEqual([
      { path: 'topik', message: 'Pilih program atau pertanyaan FAQ yang ditanyakan, atau tulis topiknya' }
    ]);
  });

  it('keeps a person unknown: no name needed, and no NIK kept', () => {
    const { penanya: _, ...tanpaNama } = contoh;
    expect(masalah(tanpaNama)).toEqual([]);
    const r = parseDocOf('layananinformasi', { ...contoh, penanya: { nama: 'Wa Ode Sitti', nik: '7401014302850002' } });
    expect(r.ok && r.doc.penanya).toEqual({ nama: 'Wa Ode Sitti' });
  });

  it('asks in Bahasa Indonesia for what was explained', () => {
    expect(masalah({ ...contoh, penjelasan: '  ' })).toEqual([{ path: 'penjelasan', message: 'Tuliskan singkat apa yang dijelaskan' }]);
  });

  it('links a household and an FAQ item by their ids only', () => {
    expect(masalah({ ...contoh, rumahtanggaId: 'usulan:7401012006:X', faqId: 'program:7401:pkh' }).map((i) => i.path)).toEqual(['faqId', 'rumahtanggaId']);
  });
});
