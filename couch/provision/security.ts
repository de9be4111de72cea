/**
 * `_security` of each database kind: who may read it (members). CouchDB has no per-document
 * read control, so this is the read boundary (DESIGN.md "Access"). Nobody but server admins
 * is a database admin: design documents and `_security` change only through provisioning.
 */
import type { DatabaseKind } from '../../app/lib/domain/databases';
import { kabupatenRole, kecamatanRole, pengelolaRole } from '../../app/lib/domain/roles';

export interface SecurityObject {
  admins: { names: string[]; roles: string[] };
  members: { names: string[]; roles: string[] };
}

function membersWithRoles(roles: string[]): SecurityObject {
  return { admins: { names: [], roles: ['_admin'] }, members: { names: [], roles } };
}

export function securityFor(db: DatabaseKind): SecurityObject {
  switch (db.kind) {
    case 'kecamatan':
      return membersWithRoles([kecamatanRole(db.kecamatan)]);
    case 'kabupaten':
      return membersWithRoles([kabupatenRole(db.kabupaten)]);
    case 'rujukan':
      return membersWithRoles([pengelolaRole(db.kabupaten, db.programId), kabupatenRole(db.kabupaten)]);
    case 'agregat':
      // Numbers only, never personal data: province and national staff read it, and so do the
      // programmes' agencies, for their district's dashboard (their only view of the district).
      return membersWithRoles(['provinsi', 'nasional', 'pengelola']);
    case 'router':
      // An empty members list would make the database public: keep it to server admins.
      return membersWithRoles(['_admin']);
  }
}
