import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FIELD_IMPOR, FIELD_WAJIB, NAMA_KOLOM, fieldBelumDipetakan, petaOtomatis } from './kolom';

/** The standard columns table of docs/import-format.md: heading, also recognised, required. */
function tabelDokumen() {
  const teks = readFileSync('docs/import-format.md', 'utf8');
  const bagian = teks.slice(teks.indexOf('## Standard columns'), teks.indexOf('## What the import does'));
  return bagian
    .split('\n')
    .filter((l) => l.startsWith('| `'))
    .map((l) => l.split('|').map((c) => c.trim()))
    .map(([, judul, lain, wajib]) => ({
      judul: judul.replaceAll('`', ''),
      lain: lain ? lain.split(',').map((s) => s.trim()) : [],
      wajib: wajib === 'yes'
    }));
}

describe('the standard column set', () => {
  it('is the one docs/import-format.md documents, with the same required columns and aliases', () => {
    const dok = tabelDokumen();
    expect(dok.map((d) => d.judul)).toEqual(FIELD_IMPOR.map((f) => NAMA_KOLOM[f][0]));
    FIELD_IMPOR.forEach((f, i) => {
      expect(dok[i].wajib, f).toBe(FIELD_WAJIB.includes(f));
      expect(new Set(dok[i].lain), f).toEqual(new Set(NAMA_KOLOM[f].slice(1)));
    });
  });

  it('maps headings whatever their case and spacing, and names the required ones still missing', () => {
    const judul = ['No KK', 'nik art', 'Nama', 'id_dtks', 'Kode Desa'];
    const peta = petaOtomatis(judul);
    expect(peta).toEqual({ noKK: 'No KK', nik: 'nik art', nama: 'Nama', idDtks: 'id_dtks', kodeDesa: 'Kode Desa' });
    expect(fieldBelumDipetakan(peta, judul)).toEqual(['rt', 'rw', 'jenisKelamin', 'tanggalLahir', 'hubungan', 'pendidikan', 'statusSekolah']);
  });
});
