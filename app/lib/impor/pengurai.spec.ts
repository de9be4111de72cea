/**
 * Property tests of everything that reads outside input in an import: whatever the file holds,
 * the parsers never crash, and no good row is lost to a bad one.
 */
import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { GudangMemori } from '../test-data/gudang-memori';
import { barisEkstrak, JUDUL_STANDAR, selStandar } from '../test-data/ekstrak-registri';
import { DESA_CONTOH, makeRumahtangga } from '../test-data/household-factory';
import { barisCsv, deteksiEncoding } from './csv';
import { imporRegistri } from './impor-registri';
import { FIELD_IMPOR, petaOtomatis } from './kolom';
import * as nilai from './nilai';
import type { SumberBerkas } from './sumber';

function sumber(bytes: Uint8Array, potong: number): SumberBerkas {
  return async function* () {
    for (let i = 0; i < bytes.length; i += potong) yield bytes.slice(i, i + potong);
  };
}

async function semua(s: SumberBerkas) {
  const rows = [];
  for await (const b of barisCsv(s, await deteksiEncoding(s))) rows.push(b.sel);
  return rows;
}

const sel = fc.oneof(fc.string(), fc.constantFrom('"', ';', ',', '\n', '\r\n', '\t', 'é', '""x""'), fc.string({ unit: 'grapheme' }));
/** An extract's shape: the standard headings, then rows of anything (the delimiter is guessed from them). */
const tabel = fc
  .array(fc.array(sel, { minLength: JUDUL_STANDAR.length, maxLength: JUDUL_STANDAR.length }), { maxLength: 30 })
  .map((rows) => [JUDUL_STANDAR, ...rows]);

describe('CSV rows', () => {
  it('come back exactly as written, whatever the delimiter, line break and chunking', async () => {
    await fc.assert(
      fc.asyncProperty(tabel, fc.constantFrom(',', ';', '\t', '|'), fc.constantFrom('\n', '\r\n'), fc.integer({ min: 1, max: 64 }), async (rows, delimiter, newline, potong) => {
        const teks = Papa.unparse(rows, { delimiter, newline, quotes: (v) => typeof v === 'string' && v.trim() !== v });
        const dibaca = await semua(sumber(new TextEncoder().encode(teks), potong));
        expect(dibaca).toEqual(rows);
      }),
      { numRuns: 150 }
    );
  });

  it('read a file larger than the delimiter sample as the same rows', async () => {
    const rows = Array.from({ length: 4000 }, (_, i) => [`${i}`, `nama ${i}; "kutip"`, 'baris\nbaru']);
    const dibaca = await semua(sumber(new TextEncoder().encode(Papa.unparse(rows, { delimiter: ';' })), 4096));
    expect(dibaca).toEqual(rows);
  });

  it('never crash on random bytes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 400 }), fc.integer({ min: 1, max: 50 }), async (bytes, potong) => {
        const rows = await semua(sumber(bytes, potong));
        expect(Array.isArray(rows)).toBe(true);
      }),
      { numRuns: 200 }
    );
  });
});

describe('cell readers', () => {
  const pembaca: [string, (s: string) => nilai.Hasil<unknown>][] = [
    ['nik', (s) => nilai.nik(s, '2026-03-01')],
    ['noKK', (s) => nilai.noKK(s, '2026-03-01')],
    ['idDtks', nilai.idDtks],
    ['kodeDesa', (s) => nilai.kodeDesa(s, '74.01', new Set([DESA_CONTOH]))],
    ['rt', nilai.rtRw('RT')],
    ['desil', nilai.desil],
    ['nama', nilai.nama],
    ['jenisKelamin', nilai.jenisKelamin],
    ['tanggalLahir', (s) => nilai.tanggalLahir(s, '2026-03-01')],
    ['hubungan', nilai.hubungan],
    ['disabilitas', nilai.disabilitas],
    ['pendidikan', nilai.pendidikan],
    ['statusSekolah', nilai.statusSekolah],
    ['pekerjaan', nilai.pekerjaan]
  ];

  it.each(pembaca)('%s: any text gives a value or a reason, never an exception', (_, baca) => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.stringMatching(/^[0-9.E+-]{0,20}$/)), (s) => {
        const h = baca(s);
        if (!h.ok) expect(h.alasan.length).toBeGreaterThan(0);
      })
    );
  });

  it('explains a NIK that Excel turned into a number', () => {
    expect(nilai.nik('7.40101E+15', '2026-03-01')).toEqual({ ok: false, alasan: expect.stringMatching(/tersimpan sebagai angka di Excel/) });
  });

  it('reads the date forms extracts use', () => {
    for (const s of ['1980-05-17', '17-05-1980', '17/05/1980', '29358']) expect(nilai.tanggalLahir(s, '2026-03-01')).toEqual({ ok: true, nilai: '1980-05-17' });
    expect(nilai.tanggalLahir('2030-01-01', '2026-03-01').ok).toBe(false);
  });
});

describe('an import with garbage rows among good households', () => {
  it('lands every good household and reports the garbage, without crashing', async () => {
    const baik = Array.from({ length: 4 }, (_, i) => makeRumahtangga({ idDtks: `G${i}` }));
    const sampah = fc.array(fc.array(fc.string({ maxLength: 20 }), { maxLength: FIELD_IMPOR.length + 2 }), { maxLength: 12 });
    await fc.assert(
      fc.asyncProperty(sampah, fc.integer({ min: 0, max: 1000 }), async (acak, kocok) => {
        // Garbage rows never carry a good household's id (else they belong to it and rightly hold it back).
        const kotor = acak.map((r) => (r.length > 0 ? [`Z${r[0]}`, ...r.slice(1)] : r));
        const bersih = baik.flatMap((rt) => barisEkstrak(rt).map(selStandar));
        const rows = [...bersih];
        kotor.forEach((r, i) => rows.splice((kocok * (i + 1)) % (rows.length + 1), 0, r));
        const bytes = new TextEncoder().encode(Papa.unparse([JUDUL_STANDAR, ...rows]));
        const s = sumber(bytes, 97);
        const gudang = new GudangMemori();
        const hasil = await imporRegistri({
          berkas: 'acak.csv',
          baris: async function* () {
            yield* barisCsv(s, 'utf-8');
          },
          peta: petaOtomatis(JUDUL_STANDAR),
          kabupaten: '74.01',
          desaDikenal: new Set([DESA_CONTOH]),
          gudang,
          oleh: 'manajer.kolaka',
          percobaan: false,
          sekarang: new Date('2026-03-01T00:00:00Z')
        });
        expect(hasil.rumahtangga.baru).toBe(baik.length);
        expect(gudang.dariJenis('rumahtangga').map((d) => d.idDtks).sort()).toEqual(baik.map((b) => b.idDtks).sort());
      }),
      { numRuns: 40 }
    );
  });
});
