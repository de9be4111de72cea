/**
 * Provisioning: databases, `_security` and design documents for one kabupaten, or every
 * kabupaten of a province. Idempotent: it compares before it writes, so a second run changes
 * nothing, and it works the same on the embedded server and on Apache CouchDB 3.
 */
import nano from 'nano';
import {
  AGREGAT_DB,
  ROUTER_DB,
  kabupatenDb,
  kecamatanDb,
  parseDbName,
  rujukanDb
} from '../../app/lib/domain/databases';
import { katalogJenisPmks } from '../../app/lib/domain/jenis-pmks';
import { katalogNasional } from '../../app/lib/domain/katalog-nasional';
import { kuesionerBawaan } from '../../app/lib/domain/kuesioner-bawaan';
import { NATIONAL_PROGRAM_IDS, programIdSchema } from '../../app/lib/domain/program';
import { compactCode } from '../../app/lib/domain/wilayah';
import { designDocsFor } from '../../design-docs/build';
import { kabupaten as findKabupaten, kabupatenOfProvinsi, kecamatanOfKabupaten } from './areas';
import { securityFor } from './security';

export interface ProvisionTarget {
  /** Dotted kabupaten codes, e.g. ['74.01']. */
  kabupaten?: string[];
  /** A province code: every kabupaten of it. */
  provinsi?: string;
}

export interface ProvisionReport {
  databasesCreated: string[];
  securityUpdated: string[];
  designDocsUpdated: string[];
  /** National catalogue entries written because the district had none of that programme. */
  programsSeeded: string[];
  /** The default monitoring questionnaire, written where the district had none of its first version. */
  kuesionerSeeded: string[];
  /** Permensos PMKS types written because the district's catalogue had none of that type. */
  jenisPmksSeeded: string[];
  databases: string[];
}

/** Who wrote a seeded catalogue entry: provisioning, not a person of the district. */
export const PENULIS_PROVISIONING = 'slrt-provisioning';

export class ProvisionError extends Error {
  override name = 'ProvisionError';
}

const kosong = (): ProvisionReport => ({
  databasesCreated: [],
  securityUpdated: [],
  designDocsUpdated: [],
  programsSeeded: [],
  kuesionerSeeded: [],
  jenisPmksSeeded: [],
  databases: []
});

async function kabupatenCodes(target: ProvisionTarget): Promise<string[]> {
  return target.provinsi ? (await kabupatenOfProvinsi(target.provinsi)).map((k) => k.code) : (target.kabupaten ?? []);
}

/** The SLRT databases of a set of kabupaten (plus the shared ones). */
export async function databasesFor(target: ProvisionTarget): Promise<string[]> {
  const codes = await kabupatenCodes(target);
  const names = [AGREGAT_DB, ROUTER_DB];
  for (const code of codes) {
    await findKabupaten(code);
    names.push(kabupatenDb(code));
    for (const kec of await kecamatanOfKabupaten(code)) names.push(kecamatanDb(kec.code));
    for (const programId of NATIONAL_PROGRAM_IDS) names.push(rujukanDb(code, programId));
  }
  return names;
}

export async function provision(
  adminUrl: string,
  target: ProvisionTarget,
  log: (message: string) => void = () => {}
): Promise<ProvisionReport> {
  const couch = nano(adminUrl);
  const report = kosong();
  const existing = new Set(await couch.db.list());

  // Apache CouchDB 3 does not create the system databases on a fresh single node.
  for (const system of ['_users', '_replicator']) {
    if (!existing.has(system)) {
      await couch.db.create(system);
      report.databasesCreated.push(system);
    }
  }

  const names = await databasesFor(target);
  for (const [index, name] of names.entries()) {
    await siapkanDb(couch, name, existing, report);
    if ((index + 1) % 25 === 0 || index + 1 === names.length) {
      log(`Provisioning: ${index + 1}/${names.length} basis data siap`);
    }
  }
  const now = new Date().toISOString();
  for (const code of await kabupatenCodes(target)) {
    const db = couch.use(kabupatenDb(code));
    report.programsSeeded.push(...(await seedMissing(db, katalogNasional(code, now, PENULIS_PROVISIONING))));
    report.kuesionerSeeded.push(...(await seedMissing(db, [kuesionerBawaan(code, now, PENULIS_PROVISIONING)])));
    report.jenisPmksSeeded.push(...(await seedMissing(db, katalogJenisPmks(code, now, PENULIS_PROVISIONING))));
  }
  await siapkanKotakDaerah(couch, await kabupatenCodes(target), existing, report);
  return report;
}

/** A database with its `_security` and design documents as this version of SLRT wants them. */
async function siapkanDb(couch: nano.ServerScope, name: string, existing: Set<string>, report: ProvisionReport): Promise<void> {
  const kind = parseDbName(name);
  if (!kind) throw new ProvisionError(`Nama basis data tidak dikenal: ${name}`);
  if (!existing.has(name)) {
    await couch.db.create(name);
    existing.add(name);
    report.databasesCreated.push(name);
  }
  const db = couch.use(name);
  const wanted = securityFor(kind);
  const current = await couch.request({ db: name, path: '_security' });
  if (JSON.stringify(normaliseSecurity(current)) !== JSON.stringify(wanted)) {
    await couch.request({ db: name, path: '_security', method: 'PUT', body: wanted });
    report.securityUpdated.push(name);
  }
  for (const ddoc of designDocsFor(name)) {
    const old = await db.get(ddoc._id).catch((e: { statusCode?: number }) => {
      if (e.statusCode === 404) return null;
      throw e;
    });
    if (old && (old as { slrt_version?: string }).slrt_version === ddoc.slrt_version) continue;
    await db.insert({ ...ddoc, ...(old ? { _rev: old._rev } : {}) });
    report.designDocsUpdated.push(`${name}/${ddoc._id}`);
  }
  report.databases.push(name);
}

/**
 * The referral inbox of every programme in a district's catalogue that has none yet: national
 * ones come with provisioning, a regional or non-government programme the district adds gets
 * its inbox here — at the next provisioning, or from the server's periodic check
 * (`siapkanKotakProgram`). A referral made before the inbox existed is not lost: the router
 * fills a new inbox from its kabupaten (router/rules.ts `routeInto`).
 */
async function siapkanKotakDaerah(couch: nano.ServerScope, kabupaten: readonly string[], existing: Set<string>, report: ProvisionReport) {
  for (const code of kabupaten) {
    if (!existing.has(kabupatenDb(code))) continue;
    const prefix = `program:${compactCode(code)}:`;
    const { rows } = await couch.use(kabupatenDb(code)).list({ startkey: prefix, endkey: `${prefix}\ufff0` });
    for (const { id } of rows) {
      const programId = id.slice(prefix.length);
      if (!programIdSchema.safeParse(programId).success) continue;
      const name = rujukanDb(code, programId);
      if (!existing.has(name)) await siapkanDb(couch, name, existing, report);
    }
  }
}

/** The inboxes of programmes added to the catalogues since the last check; the names created. */
export async function siapkanKotakProgram(adminUrl: string, kabupaten: readonly string[]): Promise<string[]> {
  const couch = nano(adminUrl);
  const report = kosong();
  await siapkanKotakDaerah(couch, kabupaten, new Set(await couch.db.list()), report);
  return report.databasesCreated;
}

/**
 * Writes the documents the database does not hold yet and leaves the others alone: a district
 * that changed a national programme's entry, renamed or deactivated a PMKS type, or deleted the
 * default questionnaire keeps its change. The router copies new entries to
 * every kecamatan. A conflict means another writer created it meanwhile: it stays theirs.
 */
async function seedMissing(db: nano.DocumentScope<unknown>, docs: readonly { _id: string }[]): Promise<string[]> {
  const existing = await db.fetchRevs({ keys: docs.map((d) => d._id) });
  // A deleted entry answers with its tombstone, not `not_found`: a district's deletion stands too.
  const missing = docs.filter((_, i) => (existing.rows[i] as { error?: string }).error === 'not_found');
  if (missing.length === 0) return [];
  const results = await db.bulk({ docs: missing });
  const refused = results.filter((r) => r.error && r.error !== 'conflict');
  if (refused.length > 0) {
    throw new ProvisionError(`Data awal kabupaten ditolak: ${refused.map((r) => `${r.id} (${r.error}: ${r.reason})`).join('; ')}`);
  }
  return results.filter((r) => !r.error).map((r) => r.id);
}

function normaliseSecurity(value: unknown): unknown {
  const sec = (value ?? {}) as Partial<Record<'admins' | 'members', { names?: string[]; roles?: string[] }>>;
  return {
    admins: { names: sec.admins?.names ?? [], roles: sec.admins?.roles ?? [] },
    members: { names: sec.members?.names ?? [], roles: sec.members?.roles ?? [] }
  };
}
