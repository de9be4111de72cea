/**
 * The access matrix (matriks-akses.ts) as the Markdown of docs/security.md: a legend of the
 * columns, then one table per database. `npm run docs:security` writes it between the two
 * markers; matriks-akses.test.ts checks the document holds exactly this.
 */
import { DEMO_ACCOUNTS } from '../../scripts/demo/accounts';
import { KOLOM, MATRIKS, type Tabel } from './matriks-akses';

export const AWAL = '<!-- matriks-akses: generated from tests/integration/matriks-akses.ts by `npm run docs:security`; edit the table there -->';
export const AKHIR = '<!-- /matriks-akses -->';

const YA = '✓';
const TIDAK = '✗';

function legenda(): string {
  const baris = KOLOM.map((k) => {
    if (k.kunci === 'nonaktif') return '| `nonaktif` | a facilitator of Wundulako made for the run, deactivated after logging in | `nonaktif` (was `fasilitator`, `kec:740101`) |';
    if (k.kunci === 'anonim') return '| `anonim` | a visitor without a session | — |';
    const akun = DEMO_ACCOUNTS.find((a) => a.name === k.akun);
    if (!akun) throw new Error(`Kolom ${k.kunci}: akun demo ${k.akun} tidak ada.`);
    return `| \`${k.kunci}\` | \`${akun.name}\` — ${akun.description} | ${akun.roles.map((r) => `\`${r}\``).join(', ')} |`;
  });
  return ['| column | who | roles |', '| --- | --- | --- |', ...baris].join('\n');
}

function tabel(t: Tabel): string {
  const kepala = `| operation | ${KOLOM.map((k) => k.kunci).join(' | ')} |`;
  const garis = `| --- | ${KOLOM.map(() => ':-:').join(' | ')} |`;
  const isi = t.baris.map((b) => `| ${b.label} | ${KOLOM.map((k) => (b.izin.includes(k.kunci) ? YA : TIDAK)).join(' | ')} |`);
  return [`### ${t.judul}`, '', kepala, garis, ...isi].join('\n');
}

export function matriksMarkdown(): string {
  return [AWAL, '', `${YA} allowed, ${TIDAK} refused (401 or 403).`, '', legenda(), '', ...MATRIKS.map((t) => tabel(t) + '\n'), AKHIR].join('\n');
}

/** The generated part of `doc`, markers included, or null when the markers are missing. */
export function bagianMatriks(doc: string): string | null {
  const awal = doc.indexOf(AWAL);
  const akhir = doc.indexOf(AKHIR);
  return awal === -1 || akhir < awal ? null : doc.slice(awal, akhir + AKHIR.length);
}

/** `doc` with its generated part replaced by the current matrix. */
export function denganMatriks(doc: string): string {
  const lama = bagianMatriks(doc);
  if (lama === null) throw new Error(`docs/security.md: penanda ${AWAL} … ${AKHIR} tidak ditemukan.`);
  return doc.replace(lama, () => matriksMarkdown());
}
