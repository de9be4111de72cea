/**
 * The allow-list in front of CouchDB (DESIGN.md "Access"). Server admins pass; everyone else
 * reaches only what the app needs. CouchDB's `_security` and `validate_doc_update` still
 * decide who reads and writes which database: the firewall's job is to keep every other
 * endpoint out of reach — including the requests that crash a bare PouchDB Server
 * (an anonymous `PUT /<db>`, a member's `PUT /<db>/_design/<x>`) and `_all_dbs`.
 *
 * It also refuses a database to anyone who is not among the members provisioning gives it
 * (`securityFor`, couch/provision/security.ts), before CouchDB sees the request: PouchDB
 * Server answers `_bulk_get` and `_find` without looking at `_security`, so any logged-in
 * user could read any kecamatan's households through them (docs/security.md). The database
 * boundary is the read boundary, so it is kept twice.
 */
import { parseDbName, type DatabaseKind } from '../../app/lib/domain/databases';
import { PERAN_NONAKTIF } from '../../app/lib/domain/pengguna';
import { securityFor } from '../provision/security';

export interface SessionUser {
  name: string | null;
  roles: string[];
}

export type FirewallDecision = { allow: true } | { allow: false; status: 401 | 403; error: string; reason: string };

const ALLOW: FirewallDecision = { allow: true };
const NEED_LOGIN: FirewallDecision = {
  allow: false,
  status: 401,
  error: 'unauthorized',
  reason: 'Silakan masuk terlebih dahulu.'
};

function refuse(reason: string): FirewallDecision {
  return { allow: false, status: 403, error: 'forbidden', reason };
}

const NOT_ALLOWED = refuse('Permintaan ini tidak diizinkan untuk akun Anda.');
const DEACTIVATED = refuse('Akun Anda dinonaktifkan. Hubungi administrator kabupaten.');
const NOT_A_MEMBER = refuse('Basis data ini di luar wilayah kerja Anda.');

const READ = ['GET', 'HEAD'];
const DB_ENDPOINTS: Record<string, readonly string[]> = {
  _all_docs: ['GET', 'HEAD', 'POST'],
  _changes: ['GET', 'POST'],
  _bulk_docs: ['POST'],
  _bulk_get: ['POST'],
  _revs_diff: ['POST'],
  _find: ['POST']
};

function segmentsOf(path: string): string[] | null {
  try {
    return path.split('?')[0].split('/').filter(Boolean).map((s) => decodeURIComponent(s));
  } catch {
    return null;
  }
}

export function isServerAdmin(user: SessionUser | null): boolean {
  return !!user && user.roles.includes('_admin');
}

/** Whether `user` is among the members of a database of this kind, as provisioning sets them. */
function isMember(user: SessionUser, db: DatabaseKind): boolean {
  const { members } = securityFor(db);
  return members.roles.some((role) => user.roles.includes(role)) || (!!user.name && members.names.includes(user.name));
}

/** Decide one request to `/db/<path>`. `path` is what follows `/db`, with its query string. */
export function decide(method: string, path: string, user: SessionUser | null): FirewallDecision {
  const segments = segmentsOf(path);
  if (!segments) return refuse('Alamat permintaan tidak valid.');
  const [first, second, third, fourth, fifth] = segments;

  if (first === undefined) return READ.includes(method) ? ALLOW : NOT_ALLOWED;
  if (first === '_session') return ['GET', 'POST', 'DELETE'].includes(method) ? ALLOW : NOT_ALLOWED;
  if (isServerAdmin(user)) return ALLOW;
  if (!user?.name) return NEED_LOGIN;
  // A session opened before the account was deactivated must not keep working.
  if (user.roles.includes(PERAN_NONAKTIF)) return DEACTIVATED;

  const db = parseDbName(first);
  if (!db || db.kind === 'router') return NOT_ALLOWED;
  if (!isMember(user, db)) return NOT_A_MEMBER;

  if (second === undefined) {
    // Database info and creating a document by POST; never creating or deleting a database.
    return [...READ, 'POST'].includes(method) ? ALLOW : NOT_ALLOWED;
  }
  if (second === '_local') {
    // Replication checkpoints of devices, which replicate kecamatan databases only
    // (app/lib/db/placement.ts). Anywhere else a `_local` document would be nobody's
    // checkpoint, only a way to touch the server's own (the rollup's status in the aggregates).
    return db.kind === 'kecamatan' && third !== undefined && segments.length === 3 && ['GET', 'PUT', 'DELETE'].includes(method)
      ? ALLOW
      : NOT_ALLOWED;
  }
  if (second === '_design') {
    if (third === undefined) return NOT_ALLOWED;
    if (segments.length === 3) return READ.includes(method) ? ALLOW : NOT_ALLOWED;
    const isViewQuery = fourth === '_view' && fifth !== undefined && segments.length === 5;
    return isViewQuery && [...READ, 'POST'].includes(method) ? ALLOW : NOT_ALLOWED;
  }
  if (second.startsWith('_')) {
    const methods = DB_ENDPOINTS[second];
    return methods && segments.length === 2 && methods.includes(method) ? ALLOW : NOT_ALLOWED;
  }
  // A document or one of its attachments.
  return [...READ, 'PUT', 'DELETE'].includes(method) ? ALLOW : NOT_ALLOWED;
}
