/**
 * The import's report as tables a district can open: every refused or held row with its
 * number, column and reason, the households the extract no longer holds, and the totals. The
 * app downloads it and the command line writes it with the one table export (ekspor.ts).
 */
import type { HasilImpor } from '../impor/impor-registri';
import type { TabelEkspor } from './ekspor';

export function tabelMasalah(hasil: HasilImpor): TabelEkspor {
  return {
    judul: 'Baris bermasalah',
    kolom: ['Baris', 'Kolom', 'Nilai', 'Alasan', 'Status'],
    baris: hasil.masalah.map((m) => [m.nomor, m.kolom, m.nilai, m.alasan, m.status === 'salah' ? 'salah' : 'ditahan bersama rumah tangganya'])
  };
}

export function tabelHilang(hasil: HasilImpor): TabelEkspor {
  return {
    judul: 'Tidak ada lagi di registri',
    kolom: ['ID rumah tangga SLRT', 'ID DTKS', 'Keterangan'],
    baris: hasil.hilang.map((h) => [
      h.rumahtanggaId,
      h.idDtks,
      h.pindahKe ? `pindah desa: kini ${h.pindahKe}` : 'tidak ada dalam berkas ini; data SLRT tidak dihapus'
    ])
  };
}

export function tabelRingkasan(hasil: HasilImpor, berkas: string): TabelEkspor {
  const r = hasil.rumahtangga;
  return {
    judul: 'Ringkasan',
    kolom: ['Butir', 'Jumlah'],
    baris: [
      ['Berkas', berkas],
      ['Jenis', hasil.percobaan ? 'uji coba (tidak ada yang ditulis)' : 'impor'],
      ['Baris data', hasil.totalBaris],
      ['Rumah tangga baru', r.baru],
      ['Rumah tangga diperbarui', r.berubah],
      ['Rumah tangga tidak berubah', r.sama],
      ['Rumah tangga ditolak', r.ditolak],
      ['Baris bermasalah', new Set(hasil.masalah.map((m) => m.nomor)).size],
      ['Tidak ada lagi di registri', hasil.hilang.length],
      ['Lama (detik)', hasil.detik]
    ]
  };
}

/** The totals in one sentence, for the command line and the screen's summary. */
export function kalimatHasil(hasil: HasilImpor): string {
  const r = hasil.rumahtangga;
  const awal = hasil.percobaan ? 'Uji coba (belum ada yang ditulis)' : 'Impor selesai';
  return (
    `${awal}: ${hasil.totalBaris} baris, rumah tangga ${r.baru} baru, ${r.berubah} diperbarui, ${r.sama} tidak berubah, ` +
    `${r.ditolak} ditolak; ${hasil.hilang.length} tidak ada lagi di registri.`
  );
}
