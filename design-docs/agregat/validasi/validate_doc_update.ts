import type { CouchDoc, UserCtx } from '../../couchdb-types';

/**
 * The aggregate database holds numbers only, for provincial and national dashboards. The rollup
 * job (a server admin) is its only writer; provincial and national users read it (`_security`).
 * A single rule, so it stays apart from the validator of the databases people write in.
 */
export default function (_newDoc: CouchDoc, _oldDoc: CouchDoc | null, userCtx: UserCtx): void {
  if ((userCtx.roles || []).indexOf('_admin') !== -1) return;
  if (!userCtx.name) throw { unauthorized: 'Silakan masuk (login) terlebih dahulu.' };
  throw { forbidden: 'Data agregat hanya ditulis oleh proses rekap server, bukan oleh pengguna.' };
}
