/**
 * Small-cell suppression of an aggregate table (DESIGN.md "Aggregates": no one may be
 * re-identified). A count of 1 to AMBANG_SEL − 1 is hidden (primary suppression; 0 is shown:
 * it names no one). Then, because every row total and every column total is published (the
 * kabupaten's totals in `jumlah`, a kecamatan's total in another table of the figure), a row or
 * column holding exactly one hidden cell would give that cell away by subtraction: another cell
 * of that line is hidden too (secondary suppression), until no line holds exactly one hidden
 * cell. The partner is the smallest non-zero cell of the rows, else a zero of the rows, and a
 * total only when the line has nothing else: totals are what provinces add up.
 * That is not enough on its own: seen as a graph (rows and columns the nodes, hidden cells the
 * edges), a hidden cell can be worked out from the totals exactly when it lies on no cycle — a
 * bridge, such as a small cell joining two blocks of hidden cells. Each bridge gets a partner
 * that closes a cycle through it: a cell between the rows on one side and the columns on the
 * other (sel-kecil.spec.ts checks, by linear algebra, that no hidden cell can be solved for).
 */
import { AMBANG_SEL } from './dasbor';

export interface SelTerlindungi {
  nilai: (number | null)[][];
  jumlah: (number | null)[];
}

type Sel = [baris: number, kolom: number];

/** `nilai` (rows × columns) and its column totals `jumlah`, with small cells and their partners null. */
export function lindungiSelKecil(nilai: readonly (readonly number[])[], jumlah: readonly number[]): SelTerlindungi {
  const grid = [...nilai, jumlah];
  const tersembunyi = grid.map((baris) => baris.map((v) => v > 0 && v < AMBANG_SEL));
  const lebar = jumlah.length;
  const garis: Sel[][] = [
    ...grid.map((_, i) => Array.from({ length: lebar }, (_, j): Sel => [i, j])),
    ...Array.from({ length: lebar }, (_, j) => grid.map((_, i): Sel => [i, j]))
  ].filter((sel) => sel.length >= 2);

  const urutan = ([i, j]: Sel) => (i === nilai.length ? 2 : grid[i][j] === 0 ? 1 : 0) * 1e15 + grid[i][j];
  const terkecil = (calon: Sel[]) => calon.sort((a, b) => urutan(a) - urutan(b))[0];
  let berubah = true;
  while (berubah) {
    berubah = false;
    for (const sel of garis) {
      if (sel.filter(([i, j]) => tersembunyi[i][j]).length !== 1) continue;
      const pasangan = terkecil(sel.filter(([i, j]) => !tersembunyi[i][j]));
      tersembunyi[pasangan[0]][pasangan[1]] = true;
      berubah = true;
    }
    // Rows of a one-column table publish no total of their own: only its column can give a cell away.
    const calon = !berubah && lebar >= 2 ? pasanganJembatan(tersembunyi) : null;
    const pasangan = calon ? terkecil(calon) : null;
    if (pasangan) {
      tersembunyi[pasangan[0]][pasangan[1]] = true;
      berubah = true;
    }
  }
  const tampil = grid.map((baris, i) => baris.map((v, j) => (tersembunyi[i][j] ? null : v)));
  return { nilai: tampil.slice(0, -1), jumlah: tampil[tampil.length - 1] };
}

/**
 * The cells that would close a cycle through the first bridge of the hidden cells, smallest
 * first by the caller; null when every hidden cell lies on a cycle. Nodes: `b<i>` rows, `k<j>` columns.
 */
function pasanganJembatan(tersembunyi: readonly boolean[][]): Sel[] | null {
  const sisi: Sel[] = tersembunyi.flatMap((baris, i) => baris.flatMap((t, j): Sel[] => (t ? [[i, j]] : [])));
  const tetangga = new Map<string, { ke: string; sel: Sel }[]>();
  for (const sel of sisi) {
    const [b, k] = [`b${sel[0]}`, `k${sel[1]}`];
    tetangga.set(b, [...(tetangga.get(b) ?? []), { ke: k, sel }]);
    tetangga.set(k, [...(tetangga.get(k) ?? []), { ke: b, sel }]);
  }
  /** The nodes reached from `awal` without crossing `tanpa`. */
  const jangkau = (awal: string, tanpa: Sel) => {
    const dilihat = new Set([awal]);
    const antre = [awal];
    while (antre.length > 0) {
      for (const { ke, sel } of tetangga.get(antre.pop() as string) ?? []) {
        if (sel === tanpa || dilihat.has(ke)) continue;
        dilihat.add(ke);
        antre.push(ke);
      }
    }
    return dilihat;
  };
  for (const sel of sisi) {
    const a = jangkau(`b${sel[0]}`, sel);
    if (a.has(`k${sel[1]}`)) continue;
    const b = jangkau(`k${sel[1]}`, sel);
    return tersembunyi.flatMap((baris, i) =>
      baris.flatMap((t, j): Sel[] => (!t && ((a.has(`b${i}`) && b.has(`k${j}`)) || (b.has(`b${i}`) && a.has(`k${j}`))) ? [[i, j]] : []))
    );
  }
  return null;
}
