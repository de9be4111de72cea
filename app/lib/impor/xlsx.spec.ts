import { createReadStream } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { setFlagsFromString } from 'node:v8';
import fc from 'fast-check';
import { Zip, ZipDeflate, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { describe, expect, it } from 'vitest';
import writeXlsxFile, { type SheetData } from 'write-excel-file/node';
import { sumberDariBlob, type SumberBerkas } from './sumber';
import { BerkasXlsxRusakError, barisXlsx, type BarisXlsx } from './xlsx';

/** A source handing the bytes in chunks of `ukuran`, as a file stream would. */
function sumberDari(bytes: Uint8Array, ukuran = 4096): SumberBerkas {
  return async function* () {
    for (let i = 0; i < bytes.length; i += ukuran) yield bytes.subarray(i, i + ukuran);
  };
}

async function baca(sumber: SumberBerkas): Promise<BarisXlsx[]> {
  const baris: BarisXlsx[] = [];
  for await (const b of barisXlsx(sumber)) baris.push(b);
  return baris;
}

async function galat(sumber: SumberBerkas): Promise<BerkasXlsxRusakError> {
  const e = await baca(sumber).then(
    () => undefined,
    (e: unknown) => e
  );
  expect(e).toBeInstanceOf(BerkasXlsxRusakError);
  return e as BerkasXlsxRusakError;
}

async function xlsx(...lembar: { sheet: string; data: SheetData }[]): Promise<Uint8Array<ArrayBuffer>> {
  return new Uint8Array(await writeXlsxFile(lembar).toBuffer());
}

/** Rows as the reader gives them: numbered, trailing empty cells and trailing empty rows gone. */
function diharapkan(tabel: (string | null)[][]): BarisXlsx[] {
  const baris = tabel.map((sel, i) => {
    const isi = sel.map((s) => s ?? '');
    while (isi.length > 0 && isi[isi.length - 1] === '') isi.pop();
    return { nomor: i + 1, sel: isi };
  });
  while (baris.length > 0 && baris[baris.length - 1].sel.length === 0) baris.pop();
  return baris;
}

const TANGGAL = { value: new Date(Date.UTC(1990, 0, 1)), format: 'dd/mm/yyyy' };

describe('barisXlsx on files written by a spreadsheet writer', () => {
  it('reads the first sheet: diacritics, commas, quotes, line breaks, numbers, dates, holes and empty rows', async () => {
    const berkas = await xlsx(
      {
        sheet: 'Registri',
        data: [
          ['NIK', 'Nama', 'Alamat', 'Umur', 'Lahir', 'Disabilitas'],
          ['5301010101900001', 'Ñoman Sëtiawan', 'Jl. Timor Raya, No. "7"\nRT 02', 34, TANGGAL, true],
          ['5301010101900002', null, 'Kupang', 0.1, null, false],
          [],
          [null, 'Ani', null, null, null, null],
          ['', '  spasi di tepi  ', 'Désa; Ngada', -1234.5]
        ]
      },
      { sheet: 'Lain', data: [['lembar kedua tidak dibaca']] }
    );
    expect(await baca(sumberDari(berkas, 777))).toEqual([
      { nomor: 1, sel: ['NIK', 'Nama', 'Alamat', 'Umur', 'Lahir', 'Disabilitas'] },
      { nomor: 2, sel: ['5301010101900001', 'Ñoman Sëtiawan', 'Jl. Timor Raya, No. "7"\nRT 02', '34', '32874', 'TRUE'] },
      { nomor: 3, sel: ['5301010101900002', '', 'Kupang', '0.1', '', 'FALSE'] },
      { nomor: 4, sel: [] },
      { nomor: 5, sel: ['', 'Ani'] },
      { nomor: 6, sel: ['', '  spasi di tepi  ', 'Désa; Ngada', '-1234.5'] }
    ]);
  });

  it('reads a browser File (Blob) and a Node file path alike', async () => {
    const berkas = await xlsx({ sheet: 'A', data: [['Kecamatan', 'Desa'], ['Soe', 'Oinlasi']] });
    const semestinya = [
      { nomor: 1, sel: ['Kecamatan', 'Desa'] },
      { nomor: 2, sel: ['Soe', 'Oinlasi'] }
    ];
    expect(await baca(sumberDariBlob(new Blob([berkas])))).toEqual(semestinya);
    const folder = await mkdtemp(join(tmpdir(), 'slrt-xlsx-'));
    try {
      const jalur = join(folder, 'registri.xlsx');
      await writeFile(jalur, berkas);
      expect(await baca(() => createReadStream(jalur, { highWaterMark: 512 }))).toEqual(semestinya);
    } finally {
      await rm(folder, { recursive: true });
    }
  });

  it('stops reading the file when the caller stops early', async () => {
    const berkas = await xlsx({ sheet: 'A', data: Array.from({ length: 2000 }, (_, i) => [`baris ${i}`]) });
    let terbuka = 0;
    const sumber: SumberBerkas = async function* () {
      terbuka++;
      try {
        yield* sumberDari(berkas, 256)();
      } finally {
        terbuka--;
      }
    };
    for await (const baris of barisXlsx(sumber)) {
      expect(baris).toEqual({ nomor: 1, sel: ['baris 0'] });
      break;
    }
    expect(terbuka).toBe(0);
  });
});

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const NS = `xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${REL}"`;
const relasi = (...r: [string, string, string][]) =>
  `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${r
    .map(([id, jenis, target]) => `<Relationship Id="${id}" Type="${REL}/${jenis}" Target="${target}"/>`)
    .join('')}</Relationships>`;

/** Parts in zip order: the sheet read is `data.xml`, listed first but stored after `sheet1.xml`, before the shared strings. */
const BAGIAN: [string, string][] = [
  ['_rels/.rels', relasi(['rId1', 'officeDocument', '/xl/workbook.xml'])],
  ['xl/workbook.xml', `<workbook ${NS}><sheets><sheet name="Data" sheetId="2" r:id="rId7"/><sheet name="Lain" sheetId="1" r:id="rId1"/></sheets></workbook>`],
  ['xl/_rels/workbook.xml.rels', relasi(['rId1', 'worksheet', 'worksheets/sheet1.xml'], ['rId7', 'worksheet', 'worksheets/data.xml'], ['rId3', 'sharedStrings', 'sharedStrings.xml'])],
  ['xl/worksheets/sheet1.xml', `<worksheet ${NS}><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>lembar salah</t></is></c></row></sheetData></worksheet>`],
  [
    'xl/worksheets/data.xml',
    `<?xml version="1.0" encoding="UTF-8"?>\n<worksheet ${NS}><sheetData>
  <row r="1"><c r="A1" t="inlineStr"><is><t>D&#233;sa, &quot;Ngada&quot; &amp; &lt;Ende&gt;</t></is></c><c r="B1" t="s"><v>0</v></c>
    <c r="C1" t="str"><f>A1&amp;B1</f><v>x_x000D_y</v></c><c r="E1" t="b"><v>0</v></c></row>
  <row r="3"><c t="s"><v>1</v></c><c><v>1.5E-3</v></c></row>
  <row r="5"><c r="B5" t="e"><v>#N/A</v></c><c r="C5" t="inlineStr"><is><r><t xml:space="preserve">  dua </t></r><r><rPr><b/></rPr><t>kata</t></r><rPh sb="0" eb="1"><t>ふりがな</t></rPh></is></c>
    <c r="D5" t="inlineStr"><is><t><![CDATA[<cdata> & co]]></t></is></c></row>
  <row r="6" spans="1:3"><c r="C6" s="2"/></row>
  <row r="7"><c r="A7" s="1"><v>32874</v></c></row>
  <row r="9" ht="20" customHeight="1"/>
</sheetData></worksheet>`
  ],
  [
    'xl/sharedStrings.xml',
    `<sst ${NS} count="2" uniqueCount="2"><si><r><t>Ba</t></r><r><rPr><i/></rPr><t>jawa</t></r><rPh sb="0" eb="1"><t>ば</t></rPh></si><si><t xml:space="preserve"> Lewoleba_x000A_Timur </t></si></sst>`
  ]
];

const BARIS_TANGAN = [
  { nomor: 1, sel: ['Désa, "Ngada" & <Ende>', 'Bajawa', 'x\ry', '', 'FALSE'] },
  { nomor: 2, sel: [] },
  { nomor: 3, sel: [' Lewoleba\nTimur ', '1.5E-3'] },
  { nomor: 4, sel: [] },
  { nomor: 5, sel: ['', '#N/A', '  dua kata', '<cdata> & co'] },
  { nomor: 6, sel: [] },
  { nomor: 7, sel: ['32874'] }
];

function zipDari(bagian: [string, string][], level: 0 | 6 = 6): Uint8Array {
  const isi: Zippable = {};
  for (const [nama, xml] of bagian) isi[nama] = [strToU8(xml), { level }];
  return zipSync(isi);
}

/** The way streaming writers (and some Java tools) store parts: sizes in a trailing data descriptor. */
function zipBerdeskriptor(bagian: [string, string][]): Uint8Array {
  const potongan: Uint8Array[] = [];
  const zip = new Zip((e, data) => {
    if (e) throw e;
    potongan.push(data);
  });
  for (const [nama, xml] of bagian) {
    const berkas = new ZipDeflate(nama);
    zip.add(berkas);
    berkas.push(strToU8(xml), true);
  }
  zip.end();
  return new Uint8Array(Buffer.concat(potongan));
}

describe('barisXlsx on hand-made archives', () => {
  it('takes the first sheet in workbook order, with inline and rich strings, formulas, escapes and row gaps', async () => {
    expect(await baca(sumberDari(zipDari(BAGIAN), 100))).toEqual(BARIS_TANGAN);
  });

  it('reads stored (uncompressed) parts, data descriptors, and a file handed over in one piece', async () => {
    expect(await baca(sumberDari(zipDari(BAGIAN, 0), 333))).toEqual(BARIS_TANGAN);
    expect(await baca(sumberDari(zipBerdeskriptor(BAGIAN), 50))).toEqual(BARIS_TANGAN);
    const satu = zipDari(BAGIAN);
    expect(await baca(sumberDari(satu, satu.length))).toEqual(BARIS_TANGAN);
  });

  it('reads elements with a namespace prefix', async () => {
    const bagian = BAGIAN.map(([nama, xml]): [string, string] =>
      nama === 'xl/worksheets/data.xml'
        ? [nama, `<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData><x:row r="2"><x:c r="B2" t="inlineStr"><x:is><x:t>Atambua</x:t></x:is></x:c></x:row></x:sheetData></x:worksheet>`]
        : [nama, xml]
    );
    expect(await baca(sumberDari(zipDari(bagian)))).toEqual([
      { nomor: 1, sel: [] },
      { nomor: 2, sel: ['', 'Atambua'] }
    ]);
  });
});

describe('barisXlsx refuses what is not a readable XLSX', () => {
  const ganti = (nama: string, xml: string) => BAGIAN.map(([n, x]): [string, string] => (n === nama ? [n, xml] : [n, x]));

  it('says in Bahasa Indonesia what is wrong and what to do', async () => {
    const csv = new TextEncoder().encode('NIK,Nama\n5301010101900001,"Ani, S."\n');
    expect((await galat(sumberDari(csv))).message).toMatch(/^Berkas bukan XLSX yang sah.*simpan sebagai/);
    expect((await galat(sumberDari(new Uint8Array(0)))).message).toMatch(/^Berkas kosong/);
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Uint8Array(600)]);
    expect((await galat(sumberDari(ole))).message).toMatch(/Excel lama \(\.xls\)/);
    const dokumen = zipDari([['word/document.xml', '<document/>']]);
    expect((await galat(sumberDari(dokumen))).message).toMatch(/^Berkas bukan XLSX yang sah/);
    const tanpaLembar = ganti('xl/workbook.xml', `<workbook ${NS}><sheets/></workbook>`);
    expect((await galat(sumberDari(zipDari(tanpaLembar)))).message).toMatch(/tidak berisi lembar kerja/);
  });

  it('fails on broken XML, bad text encoding and a shared string that is not there', async () => {
    const rusak = (xml: string) => galat(sumberDari(zipDari(ganti('xl/worksheets/data.xml', xml))));
    expect((await rusak(`<worksheet ${NS}><sheetData><row r="1"><c r="A1"><v>1</v></row>`)).message).toMatch(/^Berkas XLSX rusak/);
    await rusak(`<worksheet ${NS}><sheetData><row r="1"><c r="A1" t="s"><v>9</v></c></row></sheetData></worksheet>`);
    await rusak(`<worksheet ${NS}><sheetData><row r="3"/><row r="2"/></sheetData></worksheet>`);
    const latin1 = zipSync({ ...Object.fromEntries(BAGIAN.map(([n, x]) => [n, strToU8(x)])), 'xl/worksheets/data.xml': new Uint8Array([...strToU8(`<worksheet ${NS}><sheetData><row><c t="inlineStr"><is><t>`), 0xe9, ...strToU8('</t></is></c></row></sheetData></worksheet>')]) });
    await galat(sumberDari(latin1));
  });

  it('rejects random bytes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 4000 }), fc.integer({ min: 1, max: 1024 }), async (bytes, ukuran) => {
        await galat(sumberDari(bytes, ukuran));
      }),
      { numRuns: 100 }
    );
  });

  it('a file cut short either fails or, cut only in the trailing directory, reads whole', async () => {
    const berkas = zipDari(BAGIAN);
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: berkas.length - 1 }), fc.integer({ min: 1, max: 700 }), async (panjang, ukuran) => {
        const hasil = await baca(sumberDari(berkas.subarray(0, panjang), ukuran)).catch((e: unknown) => e);
        if (!Array.isArray(hasil)) expect(hasil).toBeInstanceOf(BerkasXlsxRusakError);
        else expect(hasil).toEqual(BARIS_TANGAN);
      }),
      { numRuns: 150 }
    );
  });
});

/** Text a cell can hold in XML 1.0, minus CR (XML turns it into LF; Excel writes `_x000D_`). */
const KARAKTER = fc.oneof(
  fc.constantFrom(',', ';', '"', "'", '\n', '\t', ' ', '&', '<', '>', 'é', 'ñ', 'Ü', '—', '🙂'),
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 })
);
const TEKS_SEL = fc.string({ unit: KARAKTER, maxLength: 12 }).filter(
  (s) =>
    /^[\t\n\P{Cc}]*$/u.test(s) &&
    !/[\p{Cs}\p{Noncharacter_Code_Point}]/u.test(s) &&
    // What write-excel-file 4.1 changes, not the reader: it drops U+FFFD; it does not escape
    // `_xHHHH_` as Excel does (readers, Excel and this one, decode it); and it keys shared strings
    // in a plain object, so a cell reading `toString` gets a garbage index (this reader refuses it).
    !s.includes('\uFFFD') &&
    !/_x[0-9A-Fa-f]{4}_/.test(s) &&
    !(s in {})
);

describe('barisXlsx round trip', () => {
  it('reads back exactly the strings a table was written with', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(fc.option(TEKS_SEL, { nil: null }), { maxLength: 7 }), { maxLength: 8 }),
        fc.integer({ min: 1, max: 3000 }),
        async (tabel, ukuran) => {
          expect(await baca(sumberDari(await xlsx({ sheet: 'Data', data: tabel }), ukuran))).toEqual(diharapkan(tabel));
        }
      ),
      { numRuns: 60 }
    );
  });
});

/** A forced collection, so the heap measured is what the reader keeps, not garbage waiting. */
function pengumpulSampah(): () => void {
  const global = globalThis as { gc?: () => void };
  if (global.gc) return global.gc;
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
}

describe('barisXlsx on a large sheet', () => {
  it('reads 50,000 rows × 15 columns keeping far less than the sheet in memory, giving the event loop turns', { timeout: 30_000 }, async () => {
    const KECAMATAN = ['Kota Soe', 'Amanuban Barat', 'Mollo Utara', 'Kuanfatu'];
    const nilai = (i: number, j: number) => (j % 5 === 0 ? KECAMATAN[(i + j) % 4] : i * 15 + j);
    const berkas = new Uint8Array(await writeXlsxFile(Array.from({ length: 50_000 }, (_, i) => Array.from({ length: 15 }, (_, j) => nilai(i, j)))).toBuffer());
    const ukuranLembar = unzipSync(berkas, { filter: (f) => f.name === 'xl/worksheets/sheet1.xml' })['xl/worksheets/sheet1.xml'].length;

    const gc = pengumpulSampah();
    gc();
    const awal = process.memoryUsage().heapUsed;
    let puncak = 0;
    let jumlah = 0;
    // A page stays responsive only if other tasks (input, painting) run while the file is read.
    let giliranLain: number | undefined;
    setTimeout(() => (giliranLain = jumlah), 0);
    for await (const { nomor, sel } of barisXlsx(sumberDari(berkas, 64 * 1024))) {
      jumlah++;
      if (nomor !== jumlah || sel.some((s, j) => s !== String(nilai(nomor - 1, j))) || sel.length !== 15) {
        expect({ nomor, sel }).toEqual({ nomor: jumlah, sel: Array.from({ length: 15 }, (_, j) => String(nilai(nomor - 1, j))) });
      }
      if (jumlah % 5000 === 0) {
        gc();
        puncak = Math.max(puncak, process.memoryUsage().heapUsed - awal);
      }
    }
    expect(jumlah).toBe(50_000);
    expect(giliranLain).toBeLessThan(50_000);
    expect(ukuranLembar).toBeGreaterThan(20_000_000);
    // Holding the sheet would show as ≈ its size (24 MB here); the reader keeps about 2 MB.
    expect(puncak).toBeLessThan(ukuranLembar / 4);
  });
});
