import { describe, expect, it } from 'vitest';
import { contohDoc } from '../test-data/doc-fixtures';
import { kuesionerBawaan, KODE_KUESIONER_BAWAAN } from './kuesioner-bawaan';
import { kodeDariKuesionerId, kuesionerBerlaku, kuesionerDocId, kuesionerSchema, periodeTriwulan, versiBerikut } from './kuesioner';
import { periksaJawaban, terbaruPerUnit, type Monitoring } from './monitoring';
import { ringkasKuesioner } from './monitoring-ringkasan';

describe('periodeTriwulan', () => {
  it.each([
    ['2025-01-01', '2025-TW1'],
    ['2025-03-31', '2025-TW1'],
    ['2025-04-01', '2025-TW2'],
    ['2025-09-15', '2025-TW3'],
    ['2025-12-31', '2025-TW4']
  ])('%s → %s', (tanggal, periode) => {
    expect(periodeTriwulan(tanggal)).toBe(periode);
  });
});

describe('questionnaire versions', () => {
  const versi = (kode: string, v: number, mulai: string) => ({ kode, versi: v, mulai, judul: kode });

  it('names each version by district, questionnaire and version, and reads the questionnaire back', () => {
    expect(kuesionerDocId('74.01', 'slrt-triwulanan', 3)).toBe('kuesioner:7401:slrt-triwulanan-v3');
    expect(kodeDariKuesionerId('kuesioner:7401:slrt-triwulanan-v3')).toBe('slrt-triwulanan');
  });

  it('gives each quarter the highest version that has started by then, per questionnaire', () => {
    const semua = [versi('a', 1, '2024-TW1'), versi('a', 2, '2025-TW3'), versi('b', 1, '2025-TW2'), versi('a', 3, '2026-TW1')];
    expect(kuesionerBerlaku(semua, '2025-TW1')).toEqual([semua[0]]);
    expect(kuesionerBerlaku(semua, '2025-TW3')).toEqual([semua[1], semua[2]]);
    expect(kuesionerBerlaku(semua, '2026-TW2')).toEqual([semua[3], semua[2]]);
    expect(kuesionerBerlaku(semua, '2023-TW4')).toEqual([]);
  });

  it('numbers the next version after the highest of that questionnaire only', () => {
    const semua = [versi('a', 1, '2024-TW1'), versi('a', 4, '2025-TW1'), versi('b', 7, '2025-TW1')];
    expect(versiBerikut(semua, 'a')).toBe(5);
    expect(versiBerikut(semua, 'baru')).toBe(1);
  });

  it('seeds a default quarterly questionnaire that passes its own schema, with every kind of question', () => {
    const k = kuesionerBawaan('74.01', '2025-01-01T00:00:00.000Z', 'slrt-provisioning');
    expect(kuesionerSchema.safeParse(k).success).toBe(true);
    expect(k._id).toBe(`kuesioner:7401:${KODE_KUESIONER_BAWAAN}-v1`);
    expect(new Set(k.bagian.flatMap((b) => b.pertanyaan.map((p) => p.jenis)))).toEqual(new Set(['angka', 'ya-tidak', 'pilihan', 'teks']));
  });
});

describe('periksaJawaban', () => {
  const kuesioner = contohDoc('kuesioner');
  const jawaban = contohDoc('monitoring').jawaban;
  const periksa = (j: Record<string, string | number | boolean>, periode = '2025-TW1') => periksaJawaban(kuesioner, { periode, jawaban: j });

  it.each<[string, Record<string, string | number | boolean>, [string | null, string][]]>([
    ['complete answers', jawaban, []],
    ['optional answers left out', { 'jumlah-keluhan': 0, 'puskesos-aktif': false }, []],
    ['a required answer missing', { 'puskesos-aktif': true }, [['jumlah-keluhan', 'Wajib dijawab']]],
    ['a blank required text', { ...jawaban, 'jumlah-keluhan': ' ' }, [['jumlah-keluhan', 'Wajib dijawab']]],
    ['a number as text', { ...jawaban, 'jumlah-keluhan': '12' }, [['jumlah-keluhan', 'Jawaban harus angka']]],
    ['a number below the minimum', { ...jawaban, 'jumlah-keluhan': -1 }, [['jumlah-keluhan', 'Jawaban minimal 0']]],
    ['yes/no as text', { ...jawaban, 'puskesos-aktif': 'ya' }, [['puskesos-aktif', 'Jawaban harus ya atau tidak']]],
    ['a choice not offered', { ...jawaban, kendala: 'cuaca' }, [['kendala', 'Jawaban harus salah satu dari sinyal, tenaga, anggaran']]],
    ['a number as free text', { ...jawaban, catatan: 5 }, [['catatan', 'Jawaban harus teks']]],
    ['an answer to no question', { ...jawaban, 'lain-lain': 'x' }, [[null, 'Jawaban "lain-lain" tidak ada pertanyaannya di kuesioner']]]
  ])('%s', (_, j, masalah) => {
    expect(periksa(j).map((m) => [m.pertanyaanId, m.pesan])).toEqual(masalah);
  });

  it('accepts any quarter from the version’s start on, and none before', () => {
    expect(periksa(jawaban, '2026-TW3')).toEqual([]);
    expect(periksa(jawaban, '2024-TW4')).toEqual([
      { pertanyaanId: null, pesan: 'Kuesioner versi ini berlaku mulai 2025-TW1, bukan untuk 2024-TW4' }
    ]);
  });

  it('checks the maximum of a number question', () => {
    const k = { ...kuesioner, bagian: [{ judul: 'A', pertanyaan: [{ id: 'persen', teks: 'Persen', wajib: true, jenis: 'angka' as const, maks: 100 }] }] };
    expect(periksaJawaban(k, { periode: '2025-TW1', jawaban: { persen: 101 } })).toEqual([{ pertanyaanId: 'persen', pesan: 'Jawaban maksimal 100' }]);
  });
});

/** An answer of kecamatan `kec` (two digits) at `jam` o'clock on 2025-03-28. */
function jawab(kec: string, jam: number, j: Monitoring['jawaban'], ubah: Partial<Monitoring> = {}): Monitoring {
  const kode = `74.01.${kec}`;
  return {
    ...contohDoc('monitoring'),
    _id: `monitoring:7401${kec}:01JP00000000000000000000${String(jam).padStart(2, '0')}`,
    wilayah: { provinsi: '74', kabupaten: '74.01', kecamatan: kode },
    unit: { jenis: 'puskesos', kode },
    createdAt: `2025-03-28T${String(jam).padStart(2, '0')}:00:00.000Z`,
    jawaban: j,
    ...ubah
  };
}

describe('terbaruPerUnit', () => {
  it('keeps the latest answer of each questionnaire, unit and period, whatever order they arrive in', () => {
    const awal = jawab('01', 1, { 'jumlah-keluhan': 3 });
    const koreksi = jawab('01', 5, { 'jumlah-keluhan': 4 }, { menggantikan: awal._id });
    const pomalaa = jawab('07', 2, { 'jumlah-keluhan': 9 });
    const kecamatan = jawab('01', 3, {}, { unit: { jenis: 'kecamatan', kode: '74.01.01' } });
    const triwulanLain = jawab('01', 6, {}, { periode: '2025-TW2' });
    const kuesionerLain = jawab('01', 7, {}, { kuesionerId: 'kuesioner:7401:tambahan-v1' });
    const hasil = terbaruPerUnit([koreksi, pomalaa, awal, kecamatan, triwulanLain, kuesionerLain]);
    expect(hasil.map((m) => m._id).sort()).toEqual([koreksi, pomalaa, kecamatan, triwulanLain, kuesionerLain].map((m) => m._id).sort());
  });

  it('breaks a tie of time by id', () => {
    const a = jawab('01', 4, {});
    const b = { ...a, _id: a._id.replace(/04$/, '99') };
    expect(terbaruPerUnit([b, a])).toEqual([b]);
  });
});

describe('ringkasKuesioner', () => {
  const kuesioner = contohDoc('kuesioner');
  const unit = (kec: string) => ({ jenis: 'puskesos' as const, kode: `74.01.${kec}` });

  const semua = [
    jawab('01', 1, { 'jumlah-keluhan': 100, 'puskesos-aktif': false }),
    // Wundulako corrects itself: 12, not 100.
    jawab('01', 8, { 'jumlah-keluhan': 12, 'puskesos-aktif': true, kendala: 'sinyal', catatan: '  Sinyal hilang saat hujan ' }),
    jawab('07', 2, { 'jumlah-keluhan': 5, 'puskesos-aktif': true, kendala: 'tenaga', catatan: ' ' }),
    jawab('02', 3, { 'jumlah-keluhan': 1, 'puskesos-aktif': false, kendala: 'sinyal' }),
    // Out of this summary: another quarter, and an answer no longer valid for a question.
    jawab('03', 4, { 'jumlah-keluhan': 50 }, { periode: '2025-TW2' }),
    jawab('04', 5, { 'jumlah-keluhan': 'tiga', kendala: 'cuaca' })
  ];
  const r = ringkasKuesioner(kuesioner, semua, '2025-TW1', [unit('01'), unit('02'), unit('05'), unit('07')]);
  const ke = (id: string) => r.bagian.flatMap((b) => b.pertanyaan).find((p) => p.pertanyaan.id === id);

  it('sums, averages and ranges numbers over the latest answers only', () => {
    // 12 + 5 + 1 = 18 over 3 units; Kolaka 04's "tiga" is not a number and is left out.
    expect(ke('jumlah-keluhan')).toMatchObject({ n: 3, jumlah: 18, rataRata: 6, min: 1, maks: 12 });
  });

  it('counts yes and no', () => {
    expect(ke('puskesos-aktif')).toMatchObject({ n: 3, ya: 2, tidak: 1 });
  });

  it('counts each choice, leaving out one the questionnaire does not offer', () => {
    expect(ke('kendala')).toMatchObject({
      n: 3,
      hitungan: [
        { pilihan: 'sinyal', n: 2 },
        { pilihan: 'tenaga', n: 1 },
        { pilihan: 'anggaran', n: 0 }
      ]
    });
  });

  it('lists free text with its unit, trimmed, without blank answers', () => {
    expect(ke('catatan')).toMatchObject({ n: 1, jawaban: [{ unit: unit('01'), teks: 'Sinyal hilang saat hujan' }] });
  });

  it('keeps the sections, and tells who answered and who has not', () => {
    expect(r.bagian.map((b) => b.judul)).toEqual(['Layanan', 'Tantangan']);
    expect(r.dijawab).toEqual([unit('01'), unit('02'), unit('07'), unit('04')]);
    expect(r.belum).toEqual([unit('05')]);
  });

  it('gives no mean or range when no unit answered a number', () => {
    const kosong = ringkasKuesioner(kuesioner, [], '2025-TW1', [unit('01')]);
    expect(kosong.bagian[0].pertanyaan[0]).toMatchObject({ n: 0, jumlah: 0, rataRata: null, min: null, maks: null });
    expect(kosong.belum).toEqual([unit('01')]);
  });
});
