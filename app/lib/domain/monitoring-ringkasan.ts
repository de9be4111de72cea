import { kodeDariKuesionerId, type Kuesioner, type Pertanyaan } from './kuesioner';
import { jawabanKosong, kunciUnit, masalahNilai, terbaruPerUnit, type Monitoring, type UnitMonitoring } from './monitoring';

/**
 * The summary of one questionnaire for one quarter across the units that answered it
 * (guideline VII: "rangkuman dan dashboard hasil pemantauan"), per question: numbers as sum,
 * mean and range, yes/no and choices as counts, free text listed with its unit. Only each
 * unit's latest answer counts. The questions are those of the version in force for the
 * quarter; an answer given on another version counts for a question with the same id where it
 * fits that question (a number for a number, one of its choices, …).
 */

type Jenis<J extends Pertanyaan['jenis']> = Extract<Pertanyaan, { jenis: J }>;

export type RingkasanPertanyaan =
  | { pertanyaan: Jenis<'angka'>; n: number; jumlah: number; rataRata: number | null; min: number | null; maks: number | null }
  | { pertanyaan: Jenis<'ya-tidak'>; n: number; ya: number; tidak: number }
  | { pertanyaan: Jenis<'pilihan'>; n: number; hitungan: { pilihan: string; n: number }[] }
  | { pertanyaan: Jenis<'teks'>; n: number; jawaban: { unit: UnitMonitoring; teks: string }[] };

export interface RingkasanKuesioner {
  kuesioner: Kuesioner;
  periode: string;
  /** Units whose answer counts, in the order of `unitWajib`, then any other. */
  dijawab: UnitMonitoring[];
  /** Units expected to answer that have not. */
  belum: UnitMonitoring[];
  bagian: { judul: string; pertanyaan: RingkasanPertanyaan[] }[];
}

function ringkasPertanyaan(p: Pertanyaan, jawaban: readonly Monitoring[]): RingkasanPertanyaan {
  const isi = jawaban.flatMap((m) => {
    const nilai = m.jawaban[p.id];
    return jawabanKosong(nilai) || masalahNilai(p, nilai) !== null ? [] : [{ unit: m.unit, nilai }];
  });
  const n = isi.length;
  switch (p.jenis) {
    case 'angka': {
      const angka = isi.map((j) => j.nilai as number);
      const jumlah = angka.reduce((a, b) => a + b, 0);
      return { pertanyaan: p, n, jumlah, rataRata: n ? jumlah / n : null, min: n ? Math.min(...angka) : null, maks: n ? Math.max(...angka) : null };
    }
    case 'ya-tidak': {
      const ya = isi.filter((j) => j.nilai === true).length;
      return { pertanyaan: p, n, ya, tidak: n - ya };
    }
    case 'pilihan':
      return { pertanyaan: p, n, hitungan: p.pilihan.map((pilihan) => ({ pilihan, n: isi.filter((j) => j.nilai === pilihan).length })) };
    case 'teks':
      return { pertanyaan: p, n, jawaban: isi.map((j) => ({ unit: j.unit, teks: (j.nilai as string).trim() })) };
  }
}

/**
 * `kuesioner` is the version in force for `periode`; `monitoring` may hold anything (other
 * questionnaires, periods, superseded answers): what belongs is picked here. `unitWajib` are
 * the units expected to answer.
 */
export function ringkasKuesioner(
  kuesioner: Kuesioner,
  monitoring: readonly Monitoring[],
  periode: string,
  unitWajib: readonly UnitMonitoring[]
): RingkasanKuesioner {
  const milik = monitoring.filter((m) => m.periode === periode && kodeDariKuesionerId(m.kuesionerId) === kuesioner.kode);
  const urutan = new Map(unitWajib.map((u, i) => [kunciUnit(u), i]));
  const posisi = (u: UnitMonitoring) => urutan.get(kunciUnit(u)) ?? unitWajib.length;
  const terbaru = terbaruPerUnit(milik).sort((a, b) => posisi(a.unit) - posisi(b.unit) || kunciUnit(a.unit).localeCompare(kunciUnit(b.unit)));
  const sudah = new Set(terbaru.map((m) => kunciUnit(m.unit)));
  return {
    kuesioner,
    periode,
    dijawab: terbaru.map((m) => m.unit),
    belum: unitWajib.filter((u) => !sudah.has(kunciUnit(u))),
    bagian: kuesioner.bagian.map((b) => ({ judul: b.judul, pertanyaan: b.pertanyaan.map((p) => ringkasPertanyaan(p, terbaru)) }))
  };
}
