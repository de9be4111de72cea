import { describe, expect, it } from 'vitest';
import { geserPeriode, kuesionerBerlaku, kuesionerSchema, semuaPertanyaan, type Kuesioner } from './kuesioner';
import { kuesionerBawaan } from './kuesioner-bawaan';
import { periksaJawaban } from './monitoring';
import { ringkasKuesioner } from './monitoring-ringkasan';
import { kodeDariTeks, pertanyaanKosong, pindah, rancanganDari, versiBaru, type PembuatVersi, type RancanganKuesioner } from './kuesioner-rancangan';

const v1 = kuesionerBawaan('74.01', '2024-01-01T00:00:00.000Z', 'slrt-provisioning');
const pembuat: PembuatVersi = { kodeKabupaten: '74.01', user: 'admin.kolaka', peran: 'admin-kab', now: new Date('2025-05-02T08:00:00.000Z'), periodeKini: '2025-TW2' };

function terbit(r: RancanganKuesioner, semua: readonly Kuesioner[] = [v1]): Kuesioner {
  const hasil = versiBaru(r, semua, pembuat);
  if (!hasil.ok) throw new Error(JSON.stringify(hasil.masalah));
  return hasil.kuesioner;
}

function denganPertanyaanBaru(teks: string): RancanganKuesioner {
  const r = rancanganDari(v1, '2025-TW2');
  r.bagian[0].pertanyaan.push({ ...pertanyaanKosong('ya-tidak'), teks });
  return r;
}

describe('the next version of a questionnaire', () => {
  it('is a new document, version 2, carrying every question of version 1 under the same keys', () => {
    const v2 = terbit(rancanganDari(v1, '2025-TW2'));
    expect(v2).toMatchObject({ _id: 'kuesioner:7401:slrt-triwulanan-v2', versi: 2, mulai: '2025-TW2', createdBy: 'admin.kolaka', peran: 'admin-kab' });
    expect(semuaPertanyaan(v2)).toEqual(semuaPertanyaan(v1));
    expect(kuesionerSchema.safeParse(v2).success).toBe(true);
  });

  it('numbers after the highest version the district holds', () => {
    const v2 = terbit(rancanganDari(v1, '2025-TW2'));
    expect(terbit(rancanganDari(v2, '2025-TW3'), [v1, v2])._id).toBe('kuesioner:7401:slrt-triwulanan-v3');
  });

  it('keys a new question from its text, never reusing a key an earlier version used', () => {
    const v2 = terbit(denganPertanyaanBaru('Hari buka'));
    // `hari-buka` answers a number question of version 1: an old answer must not count here.
    expect(semuaPertanyaan(v2).find((p) => p.teks === 'Hari buka')?.id).toBe('hari-buka-2');
    expect(kodeDariTeks('Apakah ada Posko Bencana?')).toBe('apakah-ada-posko-bencana');
  });

  it('leaves version 1 as it was, so answers given on it still check and count', () => {
    const sebelum = structuredClone(v1);
    const r = denganPertanyaanBaru('Apakah ada posko bencana di desa?');
    r.bagian.splice(3, 1);
    const v2 = terbit(r);
    expect(v1).toEqual(sebelum);
    const jawabanV1 = { periode: '2025-TW1', jawaban: { 'kegiatan-sesuai-rencana': true, 'hari-buka': 60, 'warga-dilayani': 10, 'keluhan-diterima': 1, 'keluhan-ditangani': 1, 'keluhan-dirujuk': 0, 'rujukan-ditanggapi': 0, 'petugas-aktif': 2, 'fasilitator-aktif': 3, 'pembaruan-data': 4, 'kemampuan-aplikasi': 'Baik', 'kendala-utama': 'Anggaran' } };
    expect(periksaJawaban(v1, jawabanV1)).toEqual([]);
    // Quarters before the new version keep version 1; from its first quarter on, forms use version 2.
    expect(kuesionerBerlaku([v1, v2], '2025-TW1')[0]._id).toBe(v1._id);
    expect(kuesionerBerlaku([v1, v2], '2025-TW2')[0]._id).toBe(v2._id);
    expect(periksaJawaban(v2, { periode: '2025-TW2', jawaban: {} }).map((m) => m.pertanyaanId)).toContain('apakah-ada-posko-bencana-di');
  });

  it('summarises the new question in the quarters it is asked', () => {
    const v2 = terbit(denganPertanyaanBaru('Apakah ada posko bencana?'));
    const unit = { jenis: 'puskesos' as const, kode: '74.01.07' };
    const m = { _id: 'monitoring:7401:1', type: 'monitoring' as const, schema: 1 as const, wilayah: { provinsi: '74', kabupaten: '74.01', kecamatan: '74.01.07' }, createdBy: 'supervisor.pomalaa', createdAt: '2025-05-03T00:00:00.000Z', kuesionerId: v2._id, periode: '2025-TW2', unit, jawaban: { 'apakah-ada-posko-bencana': true } };
    const ringkasan = ringkasKuesioner(v2, [m], '2025-TW2', [unit]);
    expect(ringkasan.bagian[0].pertanyaan.at(-1)).toMatchObject({ pertanyaan: { teks: 'Apakah ada posko bencana?' }, n: 1, ya: 1, tidak: 0 });
  });
});

describe('the problems of a draft, next to its fields', () => {
  it('names the empty text, the missing choices and a bound that is no number', () => {
    const r = rancanganDari(v1, '2025-TW2');
    r.bagian[1].pertanyaan.push({ ...pertanyaanKosong('pilihan'), teks: '', pilihan: ['Ya', ' '] });
    r.bagian[0].pertanyaan[1].maks = 'sembilan';
    r.bagian[2].judul = ' ';
    const hasil = versiBaru(r, [v1], pembuat);
    expect(hasil.ok).toBe(false);
    if (hasil.ok) return;
    expect(hasil.masalah).toMatchObject({
      'bagian.1.pertanyaan.4.teks': 'Teks pertanyaan wajib diisi',
      'bagian.1.pertanyaan.4.pilihan': 'Pertanyaan pilihan harus punya minimal dua pilihan',
      'bagian.0.pertanyaan.1.maks': 'Harus angka, atau kosongkan',
      'bagian.2.judul': 'Judul bagian wajib diisi'
    });
  });

  it('refuses a minimum above the maximum, an empty section and an empty questionnaire', () => {
    const r = rancanganDari(v1, '2025-TW2');
    Object.assign(r.bagian[0].pertanyaan[1], { min: '10', maks: '5' });
    r.bagian[1].pertanyaan = [];
    const hasil = versiBaru(r, [v1], pembuat);
    expect(hasil.ok ? {} : hasil.masalah).toMatchObject({
      'bagian.0.pertanyaan.1.maks': 'Nilai minimal tidak boleh lebih dari nilai maksimal',
      'bagian.1.pertanyaan': 'Bagian harus berisi minimal satu pertanyaan'
    });
    const kosong = versiBaru({ ...r, bagian: [] }, [v1], pembuat);
    expect(kosong.ok ? {} : kosong.masalah).toMatchObject({ bagian: 'Kuesioner harus berisi minimal satu bagian' });
  });

  it('refuses a version for a quarter already past, or before the version it follows', () => {
    const lalu = versiBaru(rancanganDari(v1, '2025-TW1'), [v1], pembuat);
    expect(lalu.ok ? {} : lalu.masalah).toEqual({ mulai: 'Versi baru berlaku mulai triwulan ini (2025-TW2) atau sesudahnya' });
    const v2 = terbit({ ...rancanganDari(v1, '2025-TW2'), mulai: '2026-TW1' });
    const sebelumV2 = versiBaru({ ...rancanganDari(v2, '2025-TW2'), mulai: '2025-TW3' }, [v1, v2], pembuat);
    expect(sebelumV2.ok ? {} : sebelumV2.masalah).toEqual({ mulai: 'Versi baru tidak boleh berlaku sebelum versi 2 (2026-TW1)' });
  });
});

describe('reordering', () => {
  it('moves one item up or down and leaves the ends alone', () => {
    expect(pindah(['a', 'b', 'c'], 1, -1)).toEqual(['b', 'a', 'c']);
    expect(pindah(['a', 'b', 'c'], 1, 1)).toEqual(['a', 'c', 'b']);
    expect(pindah(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(pindah(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c']);
  });
});

describe('quarters a version may start from', () => {
  it('steps over the turn of a year both ways', () => {
    expect([0, 1, 2, 3].map((n) => geserPeriode('2025-TW3', n))).toEqual(['2025-TW3', '2025-TW4', '2026-TW1', '2026-TW2']);
    expect(geserPeriode('2025-TW1', -1)).toBe('2024-TW4');
  });
});
