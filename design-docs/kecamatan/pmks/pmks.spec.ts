import { describe, expect, it } from 'vitest';
import { hitunganPmks, kueriPmks, kueriPsks, tabelPmks, tabelPsks } from '$lib/domain/pusat-data';
import { wilayahOf } from '$lib/domain/wilayah';
import { mapOf, reduceRows, rowsOf, type Row } from '../../spec-harness';

const jumlah = mapOf('pmks', 'jumlah');
const PADA = '2026-03-10';
const W1 = '74.01.01.1002'; // Wundulako
const W2 = '74.01.01.1003'; // Wundulako
const P1 = '74.01.07.2001'; // Pomalaa

let n = 0;
const pmks = (desa: string, jenisPmks: string, jenisKelamin?: 'L' | 'P', tanggalLahir?: string) => ({
  _id: `pmks:${desa.replaceAll('.', '')}:${++n}`,
  type: 'pmks',
  wilayah: wilayahOf(desa),
  jenisPmks,
  nama: 'Nama Contoh',
  nik: '7401010101010001',
  ...(jenisKelamin ? { jenisKelamin } : {}),
  ...(tanggalLahir ? { tanggalLahir } : {})
});
const psks = (kecamatan: string, jenisPsks: string) => ({
  _id: `psks:${kecamatan.replaceAll('.', '')}:${++n}`,
  type: 'psks',
  wilayah: wilayahOf(kecamatan),
  jenisPsks,
  nama: 'Karang Taruna Contoh'
});

/** What `kueri` asks of CouchDB, over the rows `docs` emit: a range and a group level. */
function tanya(docs: object[], kueri: { startkey: unknown[]; endkey: unknown[]; group_level: number }): Row[] {
  const rows = rowsOf(jumlah, docs).filter((r) => {
    const key = r.key as unknown[];
    const awal = kueri.startkey;
    return awal.every((part, i) => JSON.stringify(key[i]) === JSON.stringify(part));
  });
  return reduceRows(rows, '_count', kueri.group_level);
}

describe('pmks/jumlah emits', () => {
  it('a PMKS record twice (kabupaten by kecamatan, kecamatan by desa) with type, sex and birth date, no name or NIK', () => {
    const rows = jumlah(pmks(W1, 'anak-jalanan', 'L', '2012-05-01'));
    expect(rows.map((r) => r.key)).toEqual([
      ['pmks', '74.01', '74.01.01', 'anak-jalanan', 'L', '2012-05-01'],
      ['pmks', '74.01.01', W1, 'anak-jalanan', 'L', '2012-05-01']
    ]);
    expect(JSON.stringify(rows)).not.toMatch(/Nama Contoh|7401010101010001/);
  });

  it('? for a sex or birth date the record does not give', () => {
    expect(jumlah(pmks(W1, 'gelandangan'))[0].key).toEqual(['pmks', '74.01', '74.01.01', 'gelandangan', '?', '?']);
  });

  it('a PSKS record once, by kecamatan and kind; nothing for other documents', () => {
    expect(jumlah(psks('74.01.07', 'tksk')).map((r) => r.key)).toEqual([['psks', '74.01', '74.01.07', 'tksk']]);
    expect(jumlah({ _id: 'faq:7401:1', type: 'faq', wilayah: wilayahOf('74.01') })).toEqual([]);
  });
});

describe('the data center’s tables from the view, counted by hand', () => {
  const docs = [
    pmks(W1, 'anak-jalanan', 'L', '2012-05-01'), // 13: 0-17
    pmks(W1, 'anak-jalanan', 'P', '2008-03-10'), // 18 on the day: 18-59
    pmks(W1, 'lanjut-usia-terlantar', 'P', '1950-01-01'), // 76: 60+
    pmks(W2, 'lanjut-usia-terlantar', 'L', '1966-03-11'), // 59, 60 tomorrow: 18-59
    pmks(W2, 'fakir-miskin', 'P', '1980-07-07'), // 45: 18-59
    pmks(W2, 'fakir-miskin', 'P', '1980-07-07'), // same group as the one above
    pmks(P1, 'fakir-miskin', 'L', '1940-02-02'), // 86: 60+
    pmks(P1, 'gelandangan'), // unknown sex and age
    psks('74.01.01', 'tksk'),
    psks('74.01.01', 'karang-taruna'),
    psks('74.01.01', 'karang-taruna'),
    psks('74.01.07', 'tksk')
  ];
  const urutan = ['anak-jalanan', 'lanjut-usia-terlantar', 'gelandangan', 'fakir-miskin'];
  const kabupaten = hitunganPmks(tanya(docs, kueriPmks('74.01')), PADA);

  it('the kabupaten by kecamatan and sex', () => {
    expect(tabelPmks(kabupaten, 'wilayah', 'jenisKelamin')).toEqual({
      baris: ['74.01.01', '74.01.07'],
      kolom: ['L', 'P', '?'],
      nilai: [
        [2, 4, 0],
        [1, 0, 1]
      ]
    });
  });

  it('the kabupaten by type (in the catalogue’s order) and age group', () => {
    expect(tabelPmks(kabupaten, 'jenis', 'kelompokUmur', urutan)).toEqual({
      baris: urutan,
      kolom: ['0-17', '18-59', '60+', '?'],
      nilai: [
        [1, 1, 0, 0],
        [0, 1, 1, 0],
        [0, 0, 0, 1],
        [0, 2, 1, 0]
      ]
    });
  });

  it('a kecamatan by desa and age group: no unknown column where every record gives a birth date', () => {
    const kecamatan = hitunganPmks(tanya(docs, kueriPmks('74.01.01')), PADA);
    expect(tabelPmks(kecamatan, 'wilayah', 'kelompokUmur')).toEqual({
      baris: [W1, W2],
      kolom: ['0-17', '18-59', '60+'],
      nilai: [
        [1, 1, 1],
        [0, 3, 0]
      ]
    });
  });

  it('a desa by type and sex', () => {
    const desa = hitunganPmks(tanya(docs, kueriPmks(W2)), PADA);
    expect(tabelPmks(desa, 'jenis', 'jenisKelamin', urutan)).toEqual({
      baris: ['lanjut-usia-terlantar', 'fakir-miskin'],
      kolom: ['L', 'P'],
      nilai: [
        [1, 0],
        [0, 2]
      ]
    });
  });

  it('the same records a year later: the 59-year-old is 60+, the 13-year-old still a child', () => {
    const kecamatan = hitunganPmks(tanya(docs, kueriPmks('74.01.01')), '2027-03-10');
    expect(tabelPmks(kecamatan, 'wilayah', 'kelompokUmur').nilai).toEqual([
      [1, 1, 1],
      [0, 2, 1]
    ]);
  });

  it('PSKS of the kabupaten by kecamatan and kind, and of one kecamatan', () => {
    expect(tabelPsks(tanya(docs, kueriPsks('74.01')))).toEqual({
      baris: ['74.01.01', '74.01.07'],
      kolom: ['karang-taruna', 'tksk'],
      nilai: [
        [2, 1],
        [0, 1]
      ]
    });
    expect(tabelPsks(tanya(docs, kueriPsks(P1)))).toEqual({ baris: ['74.01.07'], kolom: ['tksk'], nilai: [[1]] });
  });
});
