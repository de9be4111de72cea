/**
 * Offline unlock (DESIGN.md "Access"): after an online login the device keeps a salted
 * PBKDF2-SHA512 hash of the password, so the same person can unlock the app later without the
 * server. The password itself is never stored.
 *
 * What must stay true:
 * - One record per device (`localStorage` key `slrt.unlock`): logging in as someone else
 *   replaces it, logging out removes it.
 * - The derivation binds the record's name, roles and iteration count (they are part of the
 *   PBKDF2 salt), so a record edited by hand — other roles, fewer iterations — no longer
 *   verifies. This protects the record's meaning, not the data: the server still decides
 *   what a user may read and write.
 * - 210,000 iterations of HMAC-SHA512 are OWASP's figure for PBKDF2 (Password Storage Cheat
 *   Sheet). Node 20 on this 2-core machine takes ≈ 190 ms per derivation (SHA-256 took 80 ms;
 *   it would need 600,000 iterations for the same strength). DevTools' CPU throttling does
 *   not slow WebCrypto's native code, so a tablet several times slower stays near 1 s.
 * - The hash comparison takes the same time whatever the first differing byte is.
 */
import { z } from 'zod';

export const UNLOCK_STORAGE_KEY = 'slrt.unlock';
export const UNLOCK_ITERATIONS = 210_000;
const SALT_BYTES = 16;
const HASH_BITS = 256;
const RECORD_VERSION = 1;

/** The part of `Storage` the record needs; `localStorage` in the browser. */
export type UnlockStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export interface UnlockUser {
  name: string;
  roles: string[];
}

const base64 = (bytes: number) =>
  z.string().refine((s) => {
    try {
      return fromBase64(s).length === bytes;
    } catch {
      return false;
    }
  });

const recordSchema = z.object({
  v: z.literal(RECORD_VERSION),
  name: z.string().min(1),
  roles: z.array(z.string()),
  salt: base64(SALT_BYTES),
  iterations: z.number().int().min(UNLOCK_ITERATIONS),
  hash: base64(HASH_BITS / 8)
});
type UnlockRecord = z.infer<typeof recordSchema>;

function defaultStore(): UnlockStore {
  return globalThis.localStorage;
}

function toBase64(bytes: Uint8Array): string {
  return btoa(String.fromCharCode(...bytes));
}

function fromBase64(text: string): Uint8Array {
  return Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
}

async function derive(password: string, record: Omit<UnlockRecord, 'hash'>): Promise<Uint8Array> {
  const encoder = new TextEncoder();
  const bound = encoder.encode(JSON.stringify([record.v, record.name, record.roles, record.iterations]));
  const salt = new Uint8Array(SALT_BYTES + bound.length);
  salt.set(fromBase64(record.salt));
  salt.set(bound, SALT_BYTES);
  const key = await crypto.subtle.importKey('raw', encoder.encode(password), 'PBKDF2', false, ['deriveBits']);
  const bits = await crypto.subtle.deriveBits(
    { name: 'PBKDF2', hash: 'SHA-512', salt, iterations: record.iterations },
    key,
    HASH_BITS
  );
  return new Uint8Array(bits);
}

/** Equal arrays in a time that does not depend on where they differ. */
function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let difference = 0;
  for (let i = 0; i < a.length; i++) difference |= a[i] ^ b[i];
  return difference === 0;
}

function readRecord(store: UnlockStore): UnlockRecord | null {
  const text = store.getItem(UNLOCK_STORAGE_KEY);
  if (text === null) return null;
  try {
    const parsed = recordSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Remember `user` for offline unlock with a fresh salt, replacing any earlier record. */
export async function saveUnlockRecord(
  user: UnlockUser,
  password: string,
  store: UnlockStore = defaultStore()
): Promise<void> {
  const unsigned: Omit<UnlockRecord, 'hash'> = {
    v: RECORD_VERSION,
    name: user.name,
    roles: [...user.roles],
    salt: toBase64(crypto.getRandomValues(new Uint8Array(SALT_BYTES))),
    iterations: UNLOCK_ITERATIONS
  };
  const hash = toBase64(await derive(password, unsigned));
  store.setItem(UNLOCK_STORAGE_KEY, JSON.stringify({ ...unsigned, hash }));
}

/** Who this device can be unlocked for, or null. Says nothing yet about a password. */
export function unlockUser(store: UnlockStore = defaultStore()): UnlockUser | null {
  const record = readRecord(store);
  return record ? { name: record.name, roles: record.roles } : null;
}

/**
 * The user the password unlocks, or null: wrong password, no record, a record that was
 * altered, or (when `name` is given) a record of somebody else.
 */
export async function verifyUnlock(
  password: string,
  options: { name?: string; store?: UnlockStore } = {}
): Promise<UnlockUser | null> {
  const record = readRecord(options.store ?? defaultStore());
  if (!record || (options.name !== undefined && options.name !== record.name)) return null;
  const { hash, ...unsigned } = record;
  const derived = await derive(password, unsigned);
  return sameBytes(derived, fromBase64(hash)) ? { name: record.name, roles: record.roles } : null;
}

export function clearUnlockRecord(store: UnlockStore = defaultStore()): void {
  store.removeItem(UNLOCK_STORAGE_KEY);
}
