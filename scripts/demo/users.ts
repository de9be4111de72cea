import { pbkdf2, timingSafeEqual } from 'node:crypto';
import { promisify } from 'node:util';
import type { CouchClient } from './couch-http';
import type { DemoAccount } from './accounts';

const pbkdf2Async = promisify(pbkdf2);

/** A `_users` document as CouchDB stores it: the password only as a PBKDF2 hash. */
interface UserDoc {
  _id: string;
  _rev?: string;
  type: 'user';
  name: string;
  roles: string[];
  displayName?: string;
  password?: string;
  password_scheme?: string;
  pbkdf2_prf?: string;
  derived_key?: string;
  salt?: string;
  iterations?: number;
}

export interface UsersResult {
  created: string[];
  updated: string[];
  unchanged: string[];
}

export function userDocId(name: string): string {
  return `org.couchdb.user:${name}`;
}

/**
 * Whether the stored hash is of `password`. CouchDB 3.4+ hashes with SHA-256 and names it in
 * `pbkdf2_prf`; older CouchDB and PouchDB Server use SHA-1. An unknown scheme counts as
 * different, so the password is written again.
 */
async function passwordMatches(doc: UserDoc, password: string): Promise<boolean> {
  if (doc.password_scheme !== 'pbkdf2' || !doc.derived_key || !doc.salt || !doc.iterations) return false;
  const digest = doc.pbkdf2_prf === 'sha256' ? 'sha256' : doc.pbkdf2_prf === undefined ? 'sha1' : null;
  if (!digest) return false;
  const expected = Buffer.from(doc.derived_key, 'hex');
  const actual = await pbkdf2Async(password, doc.salt, doc.iterations, expected.length, digest);
  return expected.length > 0 && timingSafeEqual(new Uint8Array(expected), new Uint8Array(actual));
}

const sameRoles = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && [...a].sort().join('\n') === [...b].sort().join('\n');

/**
 * Creates the demo accounts, or brings them back to their roles, name and password; accounts
 * already as they should be are left alone, so running the loader again changes nothing.
 */
export async function upsertUsers(couch: CouchClient, accounts: readonly DemoAccount[], password: string): Promise<UsersResult> {
  const result: UsersResult = { created: [], updated: [], unchanged: [] };
  await Promise.all(
    accounts.map(async (account) => {
      const id = userDocId(account.name);
      const path = `_users/${encodeURIComponent(id)}`;
      const existing = await couch.request<UserDoc>('GET', path);
      const current = existing.status === 200 ? existing.body : null;
      if (
        current &&
        sameRoles(current.roles, account.roles) &&
        current.displayName === account.displayName &&
        (await passwordMatches(current, password))
      ) {
        result.unchanged.push(account.name);
        return;
      }
      const doc: UserDoc = {
        _id: id,
        ...(current?._rev ? { _rev: current._rev } : {}),
        type: 'user',
        name: account.name,
        roles: account.roles,
        displayName: account.displayName,
        password
      };
      await couch.ok('PUT', path, doc);
      (current ? result.updated : result.created).push(account.name);
    })
  );
  for (const list of Object.values(result)) list.sort();
  return result;
}
