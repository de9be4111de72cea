/** The per-route lag report as a plain-text table for the terminal. */
import type { RouterStatusReport } from './lag';

const HEADERS = ['Sumber', 'Tujuan', 'Seq sumber', 'Seq terakhir', 'Lag', 'Replikasi terakhir', 'Ditulis', 'Ditolak', 'Galat terakhir'];

/** CouchDB seqs are long opaque strings: their beginning is enough to tell them apart. */
function shortSeq(seq: string | number | null): string {
  if (seq === null) return '-';
  const text = String(seq);
  return text.length > 14 ? `${text.slice(0, 13)}…` : text;
}

export function formatStatusTable(report: RouterStatusReport): string {
  const rows = report.databases.flatMap((db) =>
    db.routes.map((route) => [
      route.source,
      route.target,
      shortSeq(db.updateSeq),
      shortSeq(route.lastSeq),
      route.lag === null ? '?' : String(route.lag),
      route.lastReplicatedAt ?? 'belum pernah',
      String(route.docsWritten),
      String(route.writeFailures),
      route.lastError ? `${route.lastError.at} ${route.lastError.message}` : '-'
    ])
  );
  if (rows.length === 0) return `Belum ada rute replikasi (diperiksa ${report.checkedAt}).`;
  const widths = HEADERS.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i])).join('  ').trimEnd();
  const behind = rows.filter((r) => r[4] !== '0').length;
  return [
    line(HEADERS),
    line(widths.map((w) => '-'.repeat(w))),
    ...rows.map(line),
    '',
    `${rows.length} rute, ${behind} tertinggal; diperiksa ${report.checkedAt}`
  ].join('\n');
}
