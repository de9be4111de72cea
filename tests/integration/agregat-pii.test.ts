/**
 * The aggregate database holds numbers only (DESIGN.md "Aggregates"): after a rollup of the
 * demo district, every document of `slrt-agregat` is scanned for what identifies a person —
 * a NIK or No. KK (16 digits), an address (RT/RW, jalan), the id of a person's record, and
 * every name, NIK, phone number, address and account name the district's documents hold.
 */
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { FIGUR_AGREGAT } from '../../app/lib/domain/dasbor';
import { DOC_TYPE_NAMES } from '../../app/lib/domain/doc-types';
import { couchAdmin } from '../../couch/router/couch-admin';
import { rollup } from '../../couch/rollup/rollup';

const couch = couchAdmin(inject('couchAdminUrl'));

/** Fields whose text identifies someone, wherever they occur in a document. */
const PRIBADI = new Set(['nama', 'nik', 'noKK', 'idDtks', 'telepon', 'jalan', 'alamat', 'createdBy', 'sebelum', 'sesudah', 'uraian', 'kodeLacak']);

const POLA: [string, RegExp][] = [
  ['NIK atau No. KK', /\d{16}/],
  ['alamat RT/RW', /\bR[TW][\s.:]*\d{1,3}\b/i],
  ['alamat jalan', /\b(jalan|jln?\.)\s/i],
  ['ID dokumen orang', new RegExp(`\\b(${DOC_TYPE_NAMES.join('|')}):\\d{6,}:`)]
];

async function semuaDoc(db: string): Promise<Record<string, unknown>[]> {
  const { rows } = await couch.json<{ rows: { id: string; doc: Record<string, unknown> }[] }>(`/${db}/_all_docs?include_docs=true`);
  return rows.filter((r) => !r.id.startsWith('_design/')).map((r) => r.doc);
}

/**
 * Every identifying text of the district: the values of personal fields, and each record's id.
 * Bare lower-case words are codes (`tidak`, `sensorik-netra` as a changed field's value), not
 * someone: the aggregates' own columns are such codes.
 */
function teksPribadi(docs: Record<string, unknown>[]): Set<string> {
  const found = new Set<string>();
  const walk = (value: unknown, key: string) => {
    if (typeof value === 'string') {
      if (PRIBADI.has(key) && value.trim().length >= 5 && !/^[a-z-]+$/.test(value.trim())) found.add(value.trim());
    } else if (Array.isArray(value)) value.forEach((v) => walk(v, key));
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, k);
  };
  for (const doc of docs) {
    walk(doc, '');
    // The rollup's own overlap documents in the kabupaten database share their ids with the aggregates': numbers, no one's record.
    if (!['program', 'faq', 'kuesioner', 'irisan'].includes(String(doc.type))) found.add(String(doc._id));
  }
  return found;
}

/** What in `doc` looks like personal data: empty for a document of numbers only. */
function temuanPii(doc: unknown, dikenal: Set<string>): string[] {
  // `_rev` is the database's hash of the content: 32 hex digits, often 16 decimal ones in a row.
  const teks = JSON.stringify(doc, (k, v: unknown) => (k === '_rev' ? undefined : v));
  const temuan = POLA.filter(([, pola]) => pola.test(teks)).map(([apa]) => apa);
  for (const t of dikenal) if (teks.includes(t)) temuan.push(`teks pribadi "${t}"`);
  return temuan;
}

describe('no personal data in slrt-agregat', () => {
  let agregat: Record<string, unknown>[];
  let dikenal: Set<string>;

  beforeAll(async () => {
    expect((await rollup({ couchUrl: inject('couchAdminUrl') })).gagal).toEqual([]);
    agregat = await semuaDoc('slrt-agregat');
    agregat.push(await couch.json(`/slrt-agregat/_local/slrt-rekap`));
    dikenal = teksPribadi([...(await semuaDoc('slrt-kab-7401')), ...(await semuaDoc('slrt-kec-740101')), ...(await semuaDoc('slrt-kec-740107'))]);
  }, 120_000);

  it('holds the demo district’s numbers, every figure', () => {
    const figur = new Set(agregat.filter((d) => d.type === 'agregat').map((d) => d.figur));
    expect(figur).toEqual(new Set(FIGUR_AGREGAT));
    // The overlap of programmes is scanned too.
    expect(agregat.some((d) => d.type === 'irisan' && d.terlindungi === true)).toBe(true);
    expect(dikenal.size).toBeGreaterThan(1000);
  });

  it('finds no NIK, KK, name, address, account or record id in any document', () => {
    const temuan = agregat.map((doc) => ({ id: doc._id, temuan: temuanPii(doc, dikenal) })).filter((d) => d.temuan.length > 0);
    expect(temuan).toEqual([]);
  });

  it('would find each of them, were one put there', async () => {
    const households = (await semuaDoc('slrt-kec-740101')).filter((d) => d.type === 'rumahtangga');
    const orang = (households[0].anggota as { nama: string; nik: string }[])[0];
    // A month with only suppressed cells has no table: take one that has (other suites add months).
    const contoh = agregat.find((d) => d.figur === 'kepesertaan' && Array.isArray(d.tabel) && d.tabel.length > 0) as { tabel: { kolom: string[] }[] };
    const dengan = (kolom: string) => ({ ...contoh, tabel: [{ ...contoh.tabel[0], kolom: [...contoh.tabel[0].kolom, kolom] }] });
    expect(temuanPii(dengan(orang.nama), dikenal)).toEqual([`teks pribadi "${orang.nama}"`]);
    expect(temuanPii(dengan(orang.nik), dikenal)).toContain('NIK atau No. KK');
    expect(temuanPii(dengan('RT 003/RW 001'), dikenal)).toEqual(['alamat RT/RW']);
    expect(temuanPii(dengan('Jalan Pemuda'), dikenal)).toEqual(['alamat jalan']);
    expect(temuanPii(dengan('fasilitator.wundulako'), dikenal)).toEqual(['teks pribadi "fasilitator.wundulako"']);
    expect(temuanPii(dengan(String(households[0]._id)), dikenal)).toContain('ID dokumen orang');
  });
});
