import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { langkahBerikut, reduceCase, STATUS_KASUS, statusSetelah, type Langkah, type StatusKasus } from './case-state';
import { contohDoc, CONTOH_ID } from '../test-data/doc-fixtures';
import type { Review } from './review';
import type { SlrtDoc } from './schemas';
import type { Tindaklanjut } from './tindaklanjut';

const KASUS = CONTOH_ID.keluhan;
const pada = (hari: number, jam = 1) => `2025-03-${String(hari).padStart(2, '0')}T${String(jam).padStart(2, '0')}:00:00.000Z`;

const keluhan = contohDoc('keluhan');
function review(n: number, tahap: Review['tahap'], keputusan: Review['keputusan'], catatan?: string): SlrtDoc {
  return contohDoc('review', { _id: `review:740101:R${n}`, createdAt: pada(n), tahap, keputusan, catatan });
}
function rujukan(n: number): SlrtDoc {
  return contohDoc('rujukan', { _id: `rujukan:740101:J${n}`, createdAt: pada(n) });
}
function tindaklanjut(n: number, hasil: Tindaklanjut['hasil']): SlrtDoc {
  return contohDoc('tindaklanjut', { _id: `tindaklanjut:740101:T${n}`, createdAt: pada(n), hasil });
}
function perbaikan(n: number, isi?: Record<string, unknown>): SlrtDoc {
  return contohDoc('perbaikan', { _id: `perbaikan:740101:P${n}`, createdAt: pada(n), isi });
}
function banding(n: number): SlrtDoc {
  return contohDoc('banding', { _id: `banding:740101:B${n}`, createdAt: pada(n) });
}
const SETUJU_SUPERVISOR = review(11, 'supervisor', 'setuju');

/** Every step of the flow, and where it leads from each status; absent: not allowed there. */
const ALUR: [string, Langkah, Partial<Record<StatusKasus, StatusKasus>>][] = [
  ['supervisor approves', { type: 'review', tahap: 'supervisor', keputusan: 'setuju' }, { diajukan: 'disetujui-supervisor' }],
  ['supervisor returns', { type: 'review', tahap: 'supervisor', keputusan: 'kembalikan' }, { diajukan: 'dikembalikan' }],
  ['supervisor rejects', { type: 'review', tahap: 'supervisor', keputusan: 'tolak' }, { diajukan: 'ditolak' }],
  ['manager approves', { type: 'review', tahap: 'manajer', keputusan: 'setuju' }, { 'disetujui-supervisor': 'disetujui-manajer' }],
  ['manager sends back', { type: 'review', tahap: 'manajer', keputusan: 'kembalikan' }, { 'disetujui-supervisor': 'dikembalikan' }],
  ['manager rejects', { type: 'review', tahap: 'manajer', keputusan: 'tolak' }, { 'disetujui-supervisor': 'ditolak' }],
  ['a correction is resubmitted', { type: 'perbaikan' }, { dikembalikan: 'diajukan' }],
  [
    'an appeal reopens',
    { type: 'banding' },
    { ditolak: 'diajukan', 'ditolak-program': 'diajukan', selesai: 'diajukan', 'ditangani-langsung': 'diajukan' }
  ],
  [
    'the case is referred',
    { type: 'rujukan' },
    { 'disetujui-supervisor': 'dirujuk', 'disetujui-manajer': 'dirujuk', 'perlu-informasi': 'dirujuk', 'ditolak-program': 'dirujuk' }
  ],
  [
    'back office handles it',
    { type: 'tindaklanjut', hasil: 'ditangani-langsung' },
    { 'disetujui-supervisor': 'ditangani-langsung', 'disetujui-manajer': 'ditangani-langsung', 'perlu-informasi': 'ditangani-langsung' }
  ],
  ...(['diterima', 'ditolak', 'ditinjau', 'perlu-informasi', 'selesai'] as const).map(
    (hasil): [string, Langkah, Partial<Record<StatusKasus, StatusKasus>>] => {
      const ke: StatusKasus = hasil === 'ditolak' ? 'ditolak-program' : hasil;
      return [`the programme answers ${hasil}`, { type: 'tindaklanjut', hasil }, { dirujuk: ke, diterima: ke, ditinjau: ke }];
    }
  )
];

describe('langkahBerikut: the flow of a case', () => {
  const semua = ALUR.flatMap(([nama, langkah, ke]) => STATUS_KASUS.map((dari) => [nama, dari, langkah, ke[dari] ?? null] as const));

  it.each(semua.filter(([, , , ke]) => ke !== null))('%s: from %s', (_, dari, langkah, ke) => {
    expect(langkahBerikut(dari, langkah)).toBe(ke);
  });

  it.each(semua.filter(([, , , ke]) => ke === null))('%s: not allowed from %s', (_, dari, langkah) => {
    expect(langkahBerikut(dari, langkah)).toBeNull();
  });

  it('reads a case from view rows, skipping steps that do not fit', () => {
    const rows: Langkah[] = [
      { type: 'review', tahap: 'supervisor', keputusan: 'setuju' },
      { type: 'review', tahap: 'supervisor', keputusan: 'tolak' },
      { type: 'rujukan' },
      { type: 'tindaklanjut', hasil: 'selesai' }
    ];
    expect(statusSetelah(rows)).toBe('selesai');
    expect(statusSetelah([])).toBe('diajukan');
  });
});

describe('reduceCase', () => {
  it.each<[string, SlrtDoc[], StatusKasus]>([
    ['a new complaint', [keluhan], 'diajukan'],
    ['approved by the supervisor', [keluhan, review(11, 'supervisor', 'setuju')], 'disetujui-supervisor'],
    ['returned by the supervisor', [keluhan, review(11, 'supervisor', 'kembalikan', 'Lengkapi NIK')], 'dikembalikan'],
    [
      'approved after being returned',
      [keluhan, review(11, 'supervisor', 'kembalikan', 'Lengkapi NIK'), perbaikan(12), review(13, 'supervisor', 'setuju')],
      'disetujui-supervisor'
    ],
    ['rejected by the manager', [keluhan, review(11, 'supervisor', 'setuju'), review(12, 'manajer', 'tolak', 'Ganda')], 'ditolak'],
    ['approved by the manager', [keluhan, review(11, 'supervisor', 'setuju'), review(12, 'manajer', 'setuju')], 'disetujui-manajer'],
    ['referred', [keluhan, review(11, 'supervisor', 'setuju'), review(12, 'manajer', 'setuju'), rujukan(13)], 'dirujuk'],
    ['accepted by the programme', [keluhan, SETUJU_SUPERVISOR, rujukan(13), tindaklanjut(14, 'diterima')], 'diterima'],
    ['under further review', [keluhan, SETUJU_SUPERVISOR, rujukan(13), tindaklanjut(14, 'ditinjau')], 'ditinjau'],
    ['rejected by the programme', [keluhan, SETUJU_SUPERVISOR, rujukan(13), tindaklanjut(14, 'ditolak')], 'ditolak-program'],
    [
      'asked for more information, then referred again',
      [keluhan, SETUJU_SUPERVISOR, rujukan(13), tindaklanjut(14, 'perlu-informasi'), rujukan(15)],
      'dirujuk'
    ],
    ['corrected and resubmitted', [keluhan, review(11, 'supervisor', 'kembalikan', 'x'), perbaikan(12)], 'diajukan'],
    ['appealed after the programme closed it', [keluhan, SETUJU_SUPERVISOR, rujukan(13), tindaklanjut(14, 'selesai'), banding(15)], 'diajukan'],
    ['referred before any approval: the referral is not in force', [keluhan, rujukan(13)], 'diajukan'],
    ['handled by back office', [keluhan, review(11, 'supervisor', 'setuju'), tindaklanjut(12, 'ditangani-langsung')], 'ditangani-langsung'],
    ['closed', [keluhan, SETUJU_SUPERVISOR, rujukan(13), tindaklanjut(14, 'ditinjau'), tindaklanjut(20, 'selesai')], 'selesai'],
    ['events before their opener has synced', [review(11, 'supervisor', 'setuju')], 'disetujui-supervisor']
  ])('%s', (_, docs, status) => {
    expect(reduceCase(KASUS, docs).status).toBe(status);
  });

  it('writes a timeline in Bahasa Indonesia, in order, with who and when', () => {
    const docs = [
      tindaklanjut(16, 'diterima'),
      rujukan(15),
      keluhan,
      review(14, 'manajer', 'setuju'),
      review(13, 'supervisor', 'setuju'),
      perbaikan(12, { uraian: 'Beras bulan Maret berkutu' }),
      review(11, 'supervisor', 'kembalikan', 'Lengkapi bulan penyaluran'),
      tindaklanjut(10, 'selesai')
    ];
    const state = reduceCase(KASUS, docs);
    expect(state.pembuka).toEqual(keluhan);
    const baris = state.timeline.map(({ label, status, catatan, aktor, tanggal, berlaku }) => ({ label, status, catatan, aktor, tanggal, berlaku }));
    expect(baris).toEqual([
      { label: 'Keluhan non-kepesertaan dicatat', status: 'diajukan', catatan: undefined, aktor: keluhan.createdBy, tanggal: keluhan.createdAt, berlaku: true },
      {
        label: 'Selesai ditangani (tidak berlaku pada tahap ini)',
        status: 'diajukan',
        catatan: 'Beras akan diganti pada penyaluran berikutnya',
        aktor: 'pengelola.bulog',
        tanggal: pada(10),
        berlaku: false
      },
      { label: 'Dikembalikan oleh supervisor untuk diperbaiki', status: 'dikembalikan', catatan: 'Lengkapi bulan penyaluran', aktor: 'supervisor.wundulako', tanggal: pada(11), berlaku: true },
      { label: 'Diperbaiki dan diajukan kembali', status: 'diajukan', catatan: 'Uraian dilengkapi dengan bulan penyaluran', aktor: 'fasilitator.wundulako', tanggal: pada(12), berlaku: true },
      { label: 'Disetujui supervisor', status: 'disetujui-supervisor', catatan: undefined, aktor: 'supervisor.wundulako', tanggal: pada(13), berlaku: true },
      { label: 'Disetujui manajer', status: 'disetujui-manajer', catatan: undefined, aktor: 'supervisor.wundulako', tanggal: pada(14), berlaku: true },
      { label: 'Dirujuk ke Perum BULOG melalui LAPOR!', status: 'dirujuk', catatan: undefined, aktor: 'manajer.kolaka', tanggal: pada(15), berlaku: true },
      {
        label: 'Diterima oleh pengelola program',
        status: 'diterima',
        catatan: 'Beras akan diganti pada penyaluran berikutnya',
        aktor: 'pengelola.bulog',
        tanggal: pada(16),
        berlaku: true
      }
    ]);
    expect(state.pembukaTerkini).toEqual({ ...keluhan, uraian: 'Beras bulan Maret berkutu' });
  });

  it('says from which role each step was taken, when the document names it', () => {
    const state = reduceCase(KASUS, [keluhan, contohDoc('review', { ...SETUJU_SUPERVISOR, peran: 'supervisor' })]);
    expect(state.timeline.map((e) => e.peran)).toEqual([undefined, 'supervisor']);
  });

  it('reads corrections in force only, and never over who, where and when', () => {
    const dipalsu = perbaikan(12, { uraian: 'Uraian baru', createdBy: 'orang.lain', kodeLacak: '7401-AAAA-AAAA' });
    const state = reduceCase(KASUS, [keluhan, review(11, 'supervisor', 'kembalikan', 'x'), dipalsu, perbaikan(13, { uraian: 'Terlambat' })]);
    expect(state.pembukaTerkini).toEqual({ ...keluhan, uraian: 'Uraian baru' });
  });

  it.each<[string, SlrtDoc, string]>([
    ['a need', contohDoc('kebutuhan', { _id: KASUS }), 'Kebutuhan program dicatat'],
    ['a data change', contohDoc('usulan', { _id: KASUS }), 'Usulan perubahan data diajukan'],
    [
      'a pre-list',
      contohDoc('usulan', { _id: KASUS, jenis: 'prelist', rumahtanggaId: undefined, perubahan: undefined }),
      'Usulan rumah tangga baru (pre-list) diajukan'
    ],
    ['a PMKS proposal', contohDoc('usulan', { _id: KASUS, jenis: 'pmks' }), 'Usulan data PMKS diajukan'],
    ['a kepesertaan complaint', contohDoc('keluhan', { kategori: 'kepesertaan' }), 'Keluhan kepesertaan dicatat']
  ])('labels the opening of %s', (_, opener, label) => {
    expect(reduceCase(KASUS, [opener]).timeline[0]).toMatchObject({ label, status: 'diajukan', docId: KASUS });
  });

  it('puts the opener first even when its clock ran late', () => {
    const terlambat = { ...keluhan, createdAt: pada(28) };
    const state = reduceCase(KASUS, [review(11, 'supervisor', 'setuju'), terlambat]);
    expect(state.timeline.map((e) => e.type)).toEqual(['keluhan', 'review']);
    expect(state.status).toBe('disetujui-supervisor');
  });

  it('orders events of the same moment by _id', () => {
    const a = contohDoc('review', { _id: 'review:740101:A', createdAt: pada(11), keputusan: 'kembalikan', catatan: 'x' });
    const b = contohDoc('review', { _id: 'review:740101:B', createdAt: pada(11), keputusan: 'setuju' });
    // A (returned) comes first; B, a second decision on the same submission, is not in force.
    expect(reduceCase(KASUS, [b, a, keluhan]).status).toBe('dikembalikan');
    expect(reduceCase(KASUS, [a, b, keluhan]).status).toBe('dikembalikan');
  });

  it('orders by instant, not by how the time zone was written', () => {
    const pagiWita = contohDoc('review', { _id: 'review:740101:Z', createdAt: '2025-03-11T08:30:00+08:00', keputusan: 'kembalikan', catatan: 'x' });
    const sembilanWita = contohDoc('review', { _id: 'review:740101:A', createdAt: '2025-03-11T01:00:00.000Z', keputusan: 'setuju' });
    // 08:30 WITA is 00:30 UTC: the return came first, the later approval is not in force.
    expect(reduceCase(KASUS, [keluhan, pagiWita, sembilanWita]).status).toBe('dikembalikan');
  });

  it('ignores other cases, other document types and documents seen twice', () => {
    const lain = contohDoc('review', { _id: 'review:740101:X', kasusId: CONTOH_ID.kebutuhan, keputusan: 'tolak', catatan: 'x' });
    const docs = [keluhan, contohDoc('kebutuhan'), lain, contohDoc('kepesertaan'), SETUJU_SUPERVISOR, rujukan(13), rujukan(13)];
    const state = reduceCase(KASUS, docs);
    expect(state.timeline.map((e) => e.docId)).toEqual([KASUS, SETUJU_SUPERVISOR._id, 'rujukan:740101:J13']);
    expect(state.status).toBe('dirujuk');
  });

  it('knows nothing of a case without documents', () => {
    expect(reduceCase(KASUS, [contohDoc('kebutuhan')])).toEqual({ kasusId: KASUS, status: null, pembuka: null, pembukaTerkini: null, timeline: [] });
  });

  it('does not depend on the order events arrive in', () => {
    const peristiwa = fc.oneof(
      fc.record({
        type: fc.constant('review' as const),
        tahap: fc.constantFrom('supervisor' as const, 'manajer' as const),
        keputusan: fc.constantFrom('setuju' as const, 'kembalikan' as const, 'tolak' as const)
      }),
      fc.record({ type: fc.constant('rujukan' as const) }),
      fc.record({
        type: fc.constant('tindaklanjut' as const),
        hasil: fc.constantFrom('diterima' as const, 'ditolak' as const, 'ditinjau' as const, 'selesai' as const)
      })
    );
    // Few distinct instants, so ties (resolved by _id) are common.
    const kasus = fc.array(
      fc.record({ peristiwa, hari: fc.integer({ min: 11, max: 14 }), kasusLain: fc.boolean() }),
      { maxLength: 12 }
    );
    const docsOf = (xs: { peristiwa: { type: string }; hari: number; kasusLain: boolean }[]): SlrtDoc[] => [
      keluhan,
      ...xs.map((x, i) =>
        contohDoc(x.peristiwa.type as 'review', {
          ...x.peristiwa,
          _id: `${x.peristiwa.type}:740101:${String(i).padStart(3, '0')}`,
          createdAt: pada(x.hari),
          kasusId: x.kasusLain ? CONTOH_ID.usulan : KASUS,
          catatan: 'catatan'
        })
      )
    ];
    fc.assert(
      fc.property(
        kasus.chain((xs) => {
          const docs = docsOf(xs);
          return fc.tuple(fc.constant(docs), fc.shuffledSubarray(docs, { minLength: docs.length, maxLength: docs.length }));
        }),
        ([docs, diacak]) => {
          const hasil = reduceCase(KASUS, diacak);
          expect(hasil).toEqual(reduceCase(KASUS, docs));
          expect(hasil.status).toBe(hasil.timeline.at(-1)?.status);
        }
      )
    );
  });
});
