import '../test-data/browser-globals';
import { describe, expect, it } from 'vitest';
import { faqSchema, type Faq } from '$lib/domain/faq';
import { kepalaDokumen, menulis } from './dokumen-ubah';
import { membacaFaq, mengelolaFaq, perTopik, saringFaq } from './faq.service';

const entri = (slug: string, topik: string, pertanyaan: string, jawaban: string, programId?: string): Faq => ({
  _id: `faq:7401:${slug}`,
  type: 'faq',
  schema: 1,
  wilayah: { provinsi: '74', kabupaten: '74.01' },
  createdBy: 'admin.kolaka',
  createdAt: '2025-01-01T00:00:00.000Z',
  topik,
  pertanyaan,
  jawaban,
  ...(programId ? { programId } : {})
});

const faq = [
  entri('daftar', 'Pendaftaran', 'Bagaimana cara mendaftar ke DTKS?', 'Datang ke Puskesos dengan KTP dan KK.'),
  entri('kis', 'Program', 'Anggota sakit tetapi belum punya KIS?', 'Kebutuhan KIS-PBI dicatat fasilitator.', 'pis-kis'),
  entri('beras', 'Program', 'Beras bantuan berkutu', 'Catat keluhan non-kepesertaan ke Perum BULOG.', 'rastra')
];

describe('the FAQ search', () => {
  it('finds words in any order, whatever the case and accents, as prefixes', () => {
    expect(saringFaq(faq, 'ktp puskes').map((f) => f._id)).toEqual(['faq:7401:daftar']);
    expect(saringFaq(faq, 'BÉRAS').map((f) => f._id)).toEqual(['faq:7401:beras']);
    expect(saringFaq(faq, '')).toHaveLength(3);
    expect(saringFaq(faq, 'tidak ada kata ini')).toEqual([]);
  });

  it('narrows to a topic and a programme, and finds a programme by its name', () => {
    expect(saringFaq(faq, '', { topik: 'Program' }).map((f) => f._id)).toEqual(['faq:7401:kis', 'faq:7401:beras']);
    expect(saringFaq(faq, '', { programId: 'rastra' }).map((f) => f._id)).toEqual(['faq:7401:beras']);
    expect(saringFaq(faq, 'sejahtera', {}, (id) => (id === 'rastra' ? 'Bansos Beras Sejahtera' : id)).map((f) => f._id)).toEqual(['faq:7401:beras']);
  });

  it('groups by topic, topics in order', () => {
    expect(perTopik(faq).map(([topik, list]) => [topik, list.length])).toEqual([['Pendaftaran', 1], ['Program', 2]]);
  });
});

describe('who keeps and who reads the FAQ', () => {
  it('the writers of the document type keep it; every district role reads it', () => {
    expect(['manajer', 'admin-kab', 'fasilitator', 'back-office'].map((r) => mengelolaFaq(r as never))).toEqual([true, true, false, false]);
    expect(['fasilitator', 'front-office', 'supervisor', 'admin-kab', 'pengelola', 'provinsi'].map((r) => membacaFaq(r as never))).toEqual([true, true, true, true, false, false]);
    expect(menulis('program', null)).toBe(false);
  });

  it('a new entry names its author and role; an edit keeps them and adds who changed it', () => {
    const user = { name: 'admin.kolaka', roles: ['admin-kab', 'kab:7401'] };
    const now = new Date('2025-03-01T00:00:00.000Z');
    const baru = { ...kepalaDokumen('faq', 'faq:7401:x', '74.01', user, null, now), topik: 'T', pertanyaan: 'P', jawaban: 'J' };
    expect(faqSchema.safeParse(baru).success).toBe(true);
    expect(baru).toMatchObject({ createdBy: 'admin.kolaka', peran: 'admin-kab', wilayah: { kabupaten: '74.01' } });
    const ubah = kepalaDokumen('faq', 'ignored', '74.01', { ...user, name: 'manajer.kolaka' }, { ...faq[0], _rev: '1-a' }, now);
    expect(ubah).toMatchObject({ _id: 'faq:7401:daftar', _rev: '1-a', createdBy: 'admin.kolaka', updatedBy: 'manajer.kolaka', updatedAt: now.toISOString() });
  });
});
