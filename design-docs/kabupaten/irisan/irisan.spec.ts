import { describe, expect, it } from 'vitest';
import { makeKebutuhan, makeKepesertaan } from '$lib/test-data/event-factory';
import { DESA_CONTOH } from '$lib/test-data/household-factory';
import { designDoc, mapOf } from '../../spec-harness';

const peserta = mapOf('irisan', 'peserta', 'kabupaten');
const dokumen = mapOf('irisan', 'dokumen', 'kabupaten');
const tabel = mapOf('dasbor', 'tabel', 'agregat');

describe('irisan views', () => {
  it('lists a participation by household, programme and month, with its desa and nothing else', () => {
    const doc = makeKepesertaan({ programId: 'bpnt', createdAt: '2025-04-30T23:59:59.000Z', nik: '7401010101900001' });
    expect(peserta(doc)).toEqual([{ key: [doc.rumahtanggaId, 'bpnt', '2025-04'], value: DESA_CONTOH }]);
    expect(peserta(makeKebutuhan())).toEqual([]);
  });

  it('finds the district’s overlap documents by month, and the aggregates’ under figure irisan', () => {
    const doc = { _id: 'irisan:7401:2025-03', type: 'irisan', kabupaten: '74.01', bulan: '2025-03', isi: [] };
    expect(dokumen(doc).map((r) => r.key)).toEqual(['2025-03']);
    expect(tabel(doc).map((r) => r.key)).toEqual([['', 'irisan', '2025-03'], ['74', 'irisan', '2025-03'], ['74.01', 'irisan', '2025-03']]);
  });

  it('lives only in the kabupaten database, without a reduce', () => {
    expect(designDoc('kabupaten', 'irisan').views?.peserta?.reduce).toBeUndefined();
    expect(() => designDoc('kecamatan', 'irisan')).toThrow();
  });
});
