/**
 * Where a changed database's documents belong (DESIGN.md "Data placement"):
 * - a kecamatan database → its kabupaten database, every document;
 * - a kabupaten database → each of its kecamatan databases that exists, the documents whose
 *   `wilayah.kecamatan` is that kecamatan, plus the district's shared documents
 *   (SHARED_DOC_TYPES, whose wilayah stops at the kabupaten) to every kecamatan;
 *   and → each of its programmes' referral inboxes, the referrals of that programme only;
 * - a referral inbox → its kabupaten database, the programme manager's responses to the
 *   referrals the inbox holds (replicate.ts checks each against its referral).
 * Design documents never travel: each database gets its own from provisioning.
 */
import { kabupatenDb, parseDbName } from '../../app/lib/domain/databases';
import { SHARED_DOC_TYPES } from '../../app/lib/domain/doc-types';
import { parseDocId } from '../../app/lib/domain/ids';
import { compactCode } from '../../app/lib/domain/wilayah';

/**
 * Bump when the placement rules below change. It is the identity of the replication filters,
 * and with it of the checkpoints: a new version replays every route from the start (cheap —
 * `_revs_diff` skips what is there), so no document the new rules place is skipped by a
 * checkpoint made under the old ones.
 */
export const PLACEMENT_RULES_VERSION = 2;

export interface Route {
  source: string;
  target: string;
  /** Dotted code of the kecamatan a kabupaten → kecamatan route carries; null: everything. */
  kecamatan: string | null;
}

/** A document as the replication's filter sees it: straight off the wire, so nothing is sure. */
export interface RoutedDoc {
  _id: string;
  _deleted?: boolean;
  type?: unknown;
  wilayah?: { kabupaten?: unknown; kecamatan?: unknown };
  programId?: unknown;
  kasusId?: unknown;
  rujukanId?: unknown;
}

export function routeKey(route: Pick<Route, 'source' | 'target'>): string {
  return `${route.source}>${route.target}`;
}

/** Kecamatan, kabupaten and referral-inbox databases are the ones the router moves documents between. */
export function isRoutedDb(name: string): boolean {
  const kind = parseDbName(name)?.kind;
  return kind === 'kecamatan' || kind === 'kabupaten' || kind === 'rujukan';
}

/** The replications to run after `db` changed, given the databases that exist. */
export function routesFrom(db: string, existing: Iterable<string>): Route[] {
  const parsed = parseDbName(db);
  if (parsed?.kind === 'kecamatan') {
    return [{ source: db, target: kabupatenDb(kabupatenOf(parsed.kecamatan)), kecamatan: null }];
  }
  if (parsed?.kind === 'rujukan') return [{ source: db, target: kabupatenDb(parsed.kabupaten), kecamatan: null }];
  if (parsed?.kind !== 'kabupaten') return [];
  const routes: Route[] = [];
  for (const name of new Set(existing)) {
    const target = parseDbName(name);
    if (target?.kind === 'kecamatan' && kabupatenOf(target.kecamatan) === parsed.kabupaten) {
      routes.push({ source: db, target: name, kecamatan: target.kecamatan });
    } else if (target?.kind === 'rujukan' && target.kabupaten === parsed.kabupaten) {
      routes.push({ source: db, target: name, kecamatan: null });
    }
  }
  return routes.sort((a, b) => a.target.localeCompare(b.target));
}

/**
 * The replication that fills a kecamatan database or a referral inbox from its kabupaten, if
 * both exist. A newly created one needs it at once, not when its kabupaten next changes.
 */
export function routeInto(db: string, existing: Iterable<string>): Route | null {
  const parsed = parseDbName(db);
  if (parsed?.kind !== 'kecamatan' && parsed?.kind !== 'rujukan') return null;
  const source = kabupatenDb(parsed.kind === 'kecamatan' ? kabupatenOf(parsed.kecamatan) : parsed.kabupaten);
  if (!new Set(existing).has(source)) return null;
  return { source, target: db, kecamatan: parsed.kind === 'kecamatan' ? parsed.kecamatan : null };
}

/** Whether a document may leave its database at all. */
export function isReplicable(doc: RoutedDoc): boolean {
  return !doc._id.startsWith('_design/');
}

/**
 * Whether a kabupaten database's document goes down to `kecamatan` (dotted). A deletion made
 * with `remove()` keeps only `_id`, `_rev` and `_deleted`, so a tombstone without `wilayah` is
 * placed by its id (`<type>:<compact wilayah>:<unique>`, ids.ts), or it would never reach
 * the kecamatan that holds the document.
 */
export function belongsToKecamatan(doc: RoutedDoc, kecamatan: string): boolean {
  if (!isReplicable(doc)) return false;
  const kabupaten = kabupatenOf(kecamatan);
  if (doc.wilayah) {
    return (
      doc.wilayah.kecamatan === kecamatan || (isShared(doc.type) && doc.wilayah.kabupaten === kabupaten)
    );
  }
  const id = doc._deleted ? parseDocId(doc._id) : null;
  if (!id) return false;
  return (
    id.wilayah.startsWith(compactCode(kecamatan)) ||
    (isShared(id.type) && id.wilayah === compactCode(kabupaten))
  );
}

/** Whether a kabupaten database's document goes into the inbox of programme `programId`. */
export function isReferralOf(doc: RoutedDoc, programId: string): boolean {
  return isReplicable(doc) && doc.type === 'rujukan' && doc.programId === programId;
}

/** What the router knows of each referral an inbox holds: its case and its kecamatan. */
export type ReferralsHeld = ReadonlyMap<string, { kasusId: string; kecamatan: string }>;

/**
 * Whether an inbox's document goes up to its kabupaten: a response (tindaklanjut) to a
 * referral the inbox holds, for that referral's case, in its kecamatan. The inbox's server
 * rules check who wrote it; this check keeps a programme manager from answering, through a
 * referral of its own, a case that was never referred to it.
 */
export function isResponseTo(doc: RoutedDoc, referrals: ReferralsHeld): boolean {
  if (!isReplicable(doc) || doc.type !== 'tindaklanjut' || typeof doc.rujukanId !== 'string') return false;
  const referral = referrals.get(doc.rujukanId);
  return !!referral && doc.kasusId === referral.kasusId && doc.wilayah?.kecamatan === referral.kecamatan;
}

function isShared(type: unknown): boolean {
  return SHARED_DOC_TYPES.some((shared) => shared === type);
}

function kabupatenOf(kecamatan: string): string {
  return kecamatan.slice(0, 5);
}
