import { describe, expect, it } from 'vitest';
import { reduceCase } from '$lib/domain/case-state';
import { createTranslator } from '$lib/i18n/translate';
import { catalog } from '$lib/i18n/messages';
import { makeKeluhan, makeReview, makeRujukan, makeTindaklanjut, makeUsulan } from '$lib/test-data/event-factory';
import { teksLangkah } from './riwayat-teks';

const dalam = (locale: 'id' | 'en') => createTranslator(catalog, () => locale, () => undefined);

/** A case through most kinds of step, one of them out of place. */
function riwayat() {
  const keluhan = makeKeluhan({ kategori: 'kepesertaan' });
  const rujukan = makeRujukan(keluhan, { kanal: 'lapor', namaTujuan: 'Dinas Sosial Kolaka' });
  const docs = [
    keluhan,
    makeReview(keluhan, { createdAt: '2025-01-02T00:00:00.000Z' }),
    makeReview(keluhan, { tahap: 'manajer', createdAt: '2025-01-03T00:00:00.000Z' }),
    { ...rujukan, createdAt: '2025-01-04T00:00:00.000Z' },
    makeTindaklanjut(rujukan, { hasil: 'selesai', createdAt: '2025-01-05T00:00:00.000Z' }),
    makeTindaklanjut(rujukan, { hasil: 'diterima', createdAt: '2025-01-06T00:00:00.000Z' })
  ];
  const usulan = makeUsulan('prelist');
  return [...reduceCase(keluhan._id, docs).timeline, ...reduceCase(usulan._id, [usulan, makeReview(usulan, { keputusan: 'tolak' })]).timeline];
}

describe('teksLangkah: a timeline step in the user’s language', () => {
  it('says in Bahasa Indonesia exactly what the domain writes, so the server and the screens agree', () => {
    const t = dalam('id');
    for (const e of riwayat()) expect(teksLangkah(e, t)).toBe(e.label);
  });

  it('says every step in English', () => {
    expect(riwayat().map((e) => teksLangkah(e, dalam('en')))).toEqual([
      'Complaint (participation) recorded',
      'Approved by the supervisor',
      'Approved by the manager',
      'Referred to Dinas Sosial Kolaka through LAPOR!',
      'Resolved',
      'Accepted by the programme manager (not valid at this stage)',
      'New household proposal (pre-list) submitted',
      'Rejected by the supervisor'
    ]);
  });
});
