import { describe, expect, it } from 'vitest';
import { contohDoc, CONTOH_ID, CONTOH_NIK } from '../test-data/doc-fixtures';
import { DOC_TYPES, DOC_TYPE_NAMES, type DocType } from './doc-types';
import { DOC_SCHEMAS, parseDoc, parseDocOf, type DocIssue } from './schemas';
import { JENIS_USULAN, usulanSchema } from './usulan';
import { wilayahOf, WILAYAH_LEVEL_LABEL, type Wilayah } from './wilayah';

function issuesOf(doc: unknown): DocIssue[] {
  const r = parseDoc(doc);
  if (r.ok) throw new Error('expected the document to be rejected');
  return r.issues;
}

describe('DOC_SCHEMAS', () => {
  it('has exactly one schema per document type', () => {
    expect(Object.keys(DOC_SCHEMAS).sort()).toEqual([...DOC_TYPE_NAMES].sort());
  });

  it.each(DOC_TYPE_NAMES)('accepts the example %s document', (type) => {
    const r = parseDoc(contohDoc(type));
    expect(r).toEqual({ ok: true, doc: contohDoc(type) });
  });

  it.each(DOC_TYPE_NAMES.filter((t) => t !== 'rumahtangga'))('%s documents are at schema version 1', (type) => {
    expect(issuesOf(contohDoc(type, { schema: 2 }))).toEqual([{ path: 'schema', message: 'Harus salah satu dari: 1' }]);
  });
});

/** The wilayah one level above a type's level: what a document that stops short would carry. */
function satuTingkatDiAtas(w: Wilayah, type: DocType): Wilayah {
  const induk = { desa: w.kecamatan, kecamatan: w.kabupaten, kabupaten: w.provinsi };
  return wilayahOf(induk[DOC_TYPES[type].level] ?? '');
}

describe('wilayah level', () => {
  it.each(DOC_TYPE_NAMES)('a %s document must name its level of doc-types.ts', (type) => {
    const doc = contohDoc(type);
    const level = DOC_TYPES[type].level;
    expect(issuesOf({ ...doc, wilayah: satuTingkatDiAtas(doc.wilayah, type) })).toEqual([
      { path: `wilayah.${level}`, message: `Wilayah harus sampai tingkat ${WILAYAH_LEVEL_LABEL[level]}` }
    ]);
  });

  it('allows a deeper wilayah than the level (a review naming the desa)', () => {
    expect(parseDoc(contohDoc('review', { wilayah: wilayahOf('74.01.01.2001') })).ok).toBe(true);
  });
});

describe('parseDoc', () => {
  it.each([
    ['a string', 'keluhan', [{ path: '', message: 'Dokumen harus berupa objek' }]],
    ['null', null, [{ path: '', message: 'Dokumen harus berupa objek' }]],
    ['no type', { _id: 'x' }, [{ path: 'type', message: 'Jenis dokumen (type) wajib diisi' }]],
    ['an unknown type', { type: 'pengaduan' }, [{ path: 'type', message: 'Jenis dokumen tidak dikenal: pengaduan' }]]
  ])('rejects %s', (_, doc, issues) => {
    expect(parseDoc(doc)).toEqual({ ok: false, issues });
  });

  const prelist = {
    jenis: 'prelist',
    perubahan: undefined,
    rumahtanggaId: undefined,
    rumahtangga: { alamat: { rt: '003', rw: '001' }, noKK: '7401011001100002', anggota: contohDoc('rumahtangga').anggota }
  };
  const pmks = {
    jenis: 'pmks',
    perubahan: undefined,
    rumahtanggaId: undefined,
    pmks: { jenisPmks: 'anak-jalanan', nama: 'Rudi' }
  };

  it.each<[string, DocType, Record<string, unknown>]>([
    ['a pre-list proposal', 'usulan', prelist],
    ['a PMKS proposal', 'usulan', pmks],
    ['a rejection with a note', 'review', { keputusan: 'tolak', catatan: 'Bukan warga desa ini' }],
    ['a complaint without a household', 'keluhan', { rumahtanggaId: undefined }],
    ['a response handled locally', 'tindaklanjut', { hasil: 'ditangani-langsung', rujukanId: undefined }],
    ['a programme that has ended', 'program', { aktif: { mulai: '2025-01-01', selesai: '2025-12-31' } }]
  ])('accepts %s', (_, type, ubah) => {
    const r = parseDoc(contohDoc(type, ubah));
    expect(r.ok ? [] : r.issues).toEqual([]);
  });

  const duaKepala = contohDoc('rumahtangga').anggota.map((a) => ({ ...a, hubungan: 'kepala' }));

  it.each<[string, DocType, Record<string, unknown>, DocIssue]>([
    ['a missing field', 'keluhan', { uraian: undefined }, { path: 'uraian', message: 'Wajib diisi' }],
    ['a blank description', 'keluhan', { uraian: '  ' }, { path: 'uraian', message: 'Uraian keluhan wajib diisi' }],
    [
      'an unknown complaint category',
      'keluhan',
      { kategori: 'lain' },
      { path: 'kategori', message: 'Harus salah satu dari: kepesertaan, non-kepesertaan' }
    ],
    [
      'a bad phone number',
      'keluhan',
      { pelapor: { nama: 'Lukman', telepon: '12345' } },
      { path: 'pelapor.telepon', message: 'Nomor telepon tidak valid, mis. 081234567890 atau +6281234567890' }
    ],
    [
      'a household id that is not one',
      'kebutuhan',
      { rumahtanggaId: CONTOH_NIK.kepala },
      { path: 'rumahtanggaId', message: 'Harus ID dokumen rumahtangga' }
    ],
    [
      'an upper-case programme id',
      'kepesertaan',
      { programId: 'PKH' },
      { path: 'programId', message: 'Kode program hanya huruf kecil, angka dan tanda hubung, mis. pkh' }
    ],
    [
      'a return without a note',
      'review',
      { keputusan: 'kembalikan' },
      { path: 'catatan', message: 'Catatan wajib diisi bila usulan dikembalikan atau ditolak' }
    ],
    [
      'a case id that is not an opener',
      'review',
      { kasusId: CONTOH_ID.rujukan },
      { path: 'kasusId', message: 'Harus ID dokumen keluhan/kebutuhan/usulan' }
    ],
    [
      'an unknown referral channel',
      'rujukan',
      { kanal: 'email' },
      { path: 'kanal', message: 'Harus salah satu dari: langsung, lapor, siks-ng' }
    ],
    ['an empty response', 'tindaklanjut', { tanggapan: '' }, { path: 'tanggapan', message: 'Tanggapan wajib diisi' }],
    [
      'an unknown proposal kind',
      'usulan',
      { jenis: 'lain' },
      { path: 'jenis', message: 'Harus salah satu dari: perubahan-data, prelist, pmks' }
    ],
    [
      'a data change without changes',
      'usulan',
      { perubahan: [] },
      { path: 'perubahan', message: 'Usulan perubahan data harus berisi minimal satu perubahan' }
    ],
    [
      'a pre-list household with two heads',
      'usulan',
      { ...prelist, rumahtangga: { ...prelist.rumahtangga, anggota: duaKepala } },
      { path: 'rumahtangga.anggota', message: 'Rumah tangga harus punya tepat satu kepala rumah tangga' }
    ],
    [
      'a PMKS proposal whose type is not a catalogue code',
      'usulan',
      { ...pmks, pmks: { jenisPmks: 'Anak Jalanan', nama: 'Rudi' } },
      { path: 'pmks.jenisPmks', message: 'Kode jenis PMKS hanya huruf kecil, angka dan tanda hubung, mis. anak-jalanan' }
    ],
    [
      'a programme id that does not follow its district and programme',
      'program',
      { _id: 'program:7402:pkh' },
      { path: '_id', message: 'ID program harus program:<kode kabupaten tanpa titik>:<kode program>' }
    ],
    [
      'a decile above 10 in the criteria',
      'program',
      { kriteria: { fakta: 'desil', op: '<=', nilai: 11 } },
      { path: 'kriteria.nilai', message: 'Desil 1 sampai 10' }
    ],
    [
      'an unknown criteria fact',
      'program',
      { kriteria: { dan: [{ fakta: 'punya-motor' }] } },
      { path: 'kriteria', message: 'Kriteria harus berupa fakta {fakta: …} atau gabungan {dan: […]} / {atau: […]}' }
    ],
    [
      'an end before the start',
      'program',
      { aktif: { mulai: '2025-06-01', selesai: '2025-01-31' } },
      { path: 'aktif.selesai', message: 'Tanggal selesai tidak boleh sebelum tanggal mulai' }
    ],
    [
      'a PMKS type that is not a catalogue code',
      'pmks',
      { jenisPmks: 'anak_jalanan' },
      { path: 'jenisPmks', message: 'Kode jenis PMKS hanya huruf kecil, angka dan tanda hubung, mis. anak-jalanan' }
    ],
    [
      'a PMKS type id that does not follow its district and code',
      'jenispmks',
      { _id: 'jenispmks:7401:gelandangan' },
      { path: '_id', message: 'ID jenis PMKS harus jenispmks:<kode kabupaten tanpa titik>:<kode jenis>' }
    ],
    [
      'two questions with one id, in different sections',
      'kuesioner',
      {
        bagian: [
          { judul: 'A', pertanyaan: [{ id: 'a', teks: 'Satu', wajib: true, jenis: 'teks' }] },
          { judul: 'B', pertanyaan: [{ id: 'a', teks: 'Dua', wajib: true, jenis: 'teks' }] }
        ]
      },
      { path: 'bagian', message: 'Kode pertanyaan tidak boleh sama' }
    ],
    [
      'a choice with one option',
      'kuesioner',
      { bagian: [{ judul: 'A', pertanyaan: [{ id: 'a', teks: 'Satu', wajib: true, jenis: 'pilihan', pilihan: ['ya'] }] }] },
      { path: 'bagian.0.pertanyaan.0.pilihan', message: 'Pertanyaan pilihan harus punya minimal dua pilihan' }
    ],
    [
      'a section without questions',
      'kuesioner',
      { bagian: [{ judul: 'A', pertanyaan: [] }] },
      { path: 'bagian.0.pertanyaan', message: 'Bagian harus berisi minimal satu pertanyaan' }
    ],
    [
      'a version id that does not follow its questionnaire and version',
      'kuesioner',
      { versi: 2 },
      { path: '_id', message: 'ID kuesioner harus kuesioner:<kabupaten>:<kode>-v<versi>' }
    ],
    [
      'a Puskesos answer that names another kecamatan',
      'monitoring',
      { unit: { jenis: 'puskesos', kode: '74.01.07' } },
      { path: 'unit', message: expect.stringMatching(/^Unit harus sama dengan wilayah data/) }
    ],
    [
      "the kabupaten's answer inside a kecamatan",
      'monitoring',
      { unit: { jenis: 'kabupaten', kode: '74.01' } },
      { path: 'unit', message: expect.stringMatching(/^Unit harus sama dengan wilayah data/) }
    ],
    [
      'a period that is not a quarter',
      'monitoring',
      { periode: '2025-Q1' },
      { path: 'periode', message: 'Periode harus triwulan seperti 2025-TW1' }
    ],
    [
      'two members with one NIK',
      'rumahtangga',
      { anggota: contohDoc('rumahtangga').anggota.map((a) => ({ ...a, nik: CONTOH_NIK.kepala })) },
      { path: 'anggota', message: 'NIK anggota tidak boleh sama' }
    ],
    [
      'a time without a zone',
      'faq',
      { createdAt: '2025-03-10 10:00' },
      { path: 'createdAt', message: 'Waktu harus berformat ISO-8601' }
    ]
  ])('rejects %s, in Bahasa Indonesia', (_, type, ubah, issue) => {
    expect(issuesOf(contohDoc(type, ubah))).toContainEqual(issue);
  });
});

describe('usulan', () => {
  it('lists exactly the kinds its schema accepts', () => {
    expect(usulanSchema.options.map((o) => o.shape.jenis.value)).toEqual([...JENIS_USULAN]);
  });
});

describe('parseDocOf', () => {
  it('parses with the schema of the type asked for, not the one the document says', () => {
    const r = parseDocOf('kebutuhan', contohDoc('keluhan'));
    expect(r.ok).toBe(false);
    expect(r.ok ? [] : r.issues).toContainEqual({ path: 'type', message: 'Harus salah satu dari: kebutuhan' });
  });

  it('drops fields the schema does not know', () => {
    const r = parseDocOf('faq', { ...contohDoc('faq'), catatanLama: 'x' });
    expect(r.ok && 'catatanLama' in r.doc).toBe(false);
  });
});
