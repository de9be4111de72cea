/**
 * A valid document of any type, as the app would save it for a given writer in a given area:
 * the example of app/lib/test-data/doc-fixtures.ts with a fresh id and tracking code, the
 * writer's name and job role, its wilayah moved into the area, and the few fields a type's
 * rules tie to the writer or to the database. A new type needs nothing here unless its rules
 * do the same (one entry in `MENURUT_TIPE`).
 */
import { agregatSchema, type AgregatDoc } from '../../app/lib/domain/agregat';
import type { DocType } from '../../app/lib/domain/doc-types';
import type { Rumahtangga } from '../../app/lib/domain/household';
import { newDocId } from '../../app/lib/domain/ids';
import { newKodeLacak } from '../../app/lib/domain/kode-lacak';
import type { JobRole } from '../../app/lib/domain/roles';
import { compactCode, type Wilayah } from '../../app/lib/domain/wilayah';
import { contohDoc } from '../../app/lib/test-data/doc-fixtures';
import { makeRumahtangga } from '../../app/lib/test-data/household-factory';

export interface Penulis {
  name: string;
  jobRole: JobRole | null;
}

export interface Sasaran {
  /** Dotted code of the area the document is for: a kecamatan (`74.01.07`) or a kabupaten (`74.02`). */
  wilayah: string;
  /** The programme of a referral inbox, which its referrals must name. */
  program?: string;
}

export type DokumenUji = Record<string, unknown> & { _id: string; type: string; createdBy?: string };

/** The examples' own area, by depth: what `pindahWilayah` replaces. */
const ASAL = { kecamatan: '74.01.01', kabupaten: '74.01' } as const;

/** `wilayah` with every code under the examples' kecamatan or kabupaten moved under `ke`. */
function pindahWilayah(wilayah: Wilayah, ke: string): Wilayah {
  const dari = ke.split('.').length === 3 ? ASAL.kecamatan : ASAL.kabupaten;
  const pindah = (code: string | undefined) =>
    code !== undefined && (code === dari || code.startsWith(dari + '.')) ? ke + code.slice(dari.length) : code;
  const moved: Wilayah = { provinsi: wilayah.provinsi };
  for (const level of ['kabupaten', 'kecamatan', 'desa'] as const) {
    const code = pindah(wilayah[level]);
    if (code !== undefined) moved[level] = code;
  }
  return moved;
}

/** Fields a type's rules tie to its writer or database (design-docs/kecamatan/validasi). */
const MENURUT_TIPE: Partial<Record<DocType, (doc: DokumenUji, penulis: Penulis, sasaran: Sasaran) => void>> = {
  // A review decides at the stage of its writer's own role.
  review: (doc, penulis) => {
    doc.tahap = penulis.jobRole === 'manajer' ? 'manajer' : 'supervisor';
  },
  // An inbox takes the referrals of its own programme.
  rujukan: (doc, _penulis, sasaran) => {
    if (sasaran.program) doc.programId = sasaran.program;
  },
  // National programmes come from provisioning: a district adds its own.
  program: (doc, _penulis, sasaran) => {
    const programId = `daerah-${doc._id.slice(-10).toLowerCase()}`;
    doc.programId = programId;
    doc._id = `program:${compactCode(sasaran.wilayah.split('.').slice(0, 2).join('.'))}:${programId}`;
  }
};

export function dokumenUji(type: DocType, penulis: Penulis, sasaran: Sasaran): DokumenUji {
  const wilayah = pindahWilayah(contohDoc(type).wilayah, sasaran.wilayah);
  // Households from their factory, each with its own NIKs: other suites count duplicate members.
  const contoh = (type === 'rumahtangga' ? makeRumahtangga({ wilayah: wilayah as Rumahtangga['wilayah'] }) : contohDoc(type)) as unknown as DokumenUji;
  const doc: DokumenUji = {
    ...contoh,
    _id: newDocId(type, wilayah.desa ?? wilayah.kecamatan ?? wilayah.kabupaten ?? wilayah.provinsi),
    wilayah,
    createdBy: penulis.name,
    createdAt: new Date().toISOString()
  };
  if ('kodeLacak' in contoh) doc.kodeLacak = newKodeLacak(wilayah.kabupaten ?? ASAL.kabupaten);
  if ('peran' in contoh) doc.peran = penulis.jobRole;
  MENURUT_TIPE[type]?.(doc, penulis, sasaran);
  return doc;
}

/**
 * A numbers-only aggregate document as the rollup writes it, for a random month centuries
 * before any data, so it never stands for a real figure. Its id has no room for more
 * randomness: a writer that meets a conflict makes another.
 */
export function agregatUji(kabupaten = ASAL.kabupaten): AgregatDoc {
  const tahun = 1000 + Math.floor(Math.random() * 900);
  const bulan = `${tahun}-${String(1 + Math.floor(Math.random() * 12)).padStart(2, '0')}`;
  return agregatSchema.parse({
    _id: `agregat:${compactCode(kabupaten)}:kepesertaan:${bulan}`,
    type: 'agregat',
    schema: 1,
    kabupaten,
    figur: 'kepesertaan',
    bulan,
    tabel: []
  });
}
