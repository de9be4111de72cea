import { z } from 'zod';

/**
 * Kode lacak: the short code on a citizen's receipt (tanda terima) with which anyone can check
 * the status of a complaint or proposal on the public status page, without logging in.
 *
 * `7401-K3QM-8ZTD`: the kabupaten, so the server looks in one district only, then 40 random
 * bits in Crockford's base-32 (no I, L, O, U: nothing to misread over the phone). With the
 * status page's rate limit, guessing a code of someone else's case is hopeless, and the code
 * says nothing about the person.
 */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const RANDOM_CHARS = 8;

export const kodeLacakSchema = z
  .string()
  .regex(/^\d{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/, 'Kode lacak harus berbentuk 7401-XXXX-XXXX');
export type KodeLacak = z.infer<typeof kodeLacakSchema>;

/** `randomBytes(n)`: n random bytes; WebCrypto by default, a seeded one for the demo. */
export type RandomBytes = (n: number) => Uint8Array;
const cryptoBytes: RandomBytes = (n) => crypto.getRandomValues(new Uint8Array(n));

/** A new code for a case of `kabupaten` (`74.01`). */
export function newKodeLacak(kabupaten: string, randomBytes: RandomBytes = cryptoBytes): KodeLacak {
  if (!/^\d{2}\.\d{2}$/.test(kabupaten)) throw new Error(`Kode kabupaten tidak sah: ${kabupaten}`);
  const bytes = randomBytes(5);
  let bits = 0n;
  for (const b of bytes) bits = (bits << 8n) | BigInt(b);
  let chars = '';
  for (let i = RANDOM_CHARS - 1; i >= 0; i--) chars += ALPHABET[Number((bits >> BigInt(i * 5)) & 31n)];
  return `${kabupaten.replace('.', '')}-${chars.slice(0, 4)}-${chars.slice(4)}`;
}

/**
 * What a person typed, as a code: case, spaces and dashes do not matter, and the letters
 * Crockford reads as digits (O → 0, I and L → 1) are read so. Null when it cannot be a code.
 */
export function readKodeLacak(input: string): KodeLacak | null {
  const plain = input
    .toUpperCase()
    .replace(/[\s-]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  if (!/^\d{4}[0-9A-Z]{8}$/.test(plain)) return null;
  const kode = `${plain.slice(0, 4)}-${plain.slice(4, 8)}-${plain.slice(8)}`;
  return kodeLacakSchema.safeParse(kode).success ? kode : null;
}

/** The kabupaten a code belongs to: `7401-…` → `74.01`. */
export function kabupatenOfKodeLacak(kode: KodeLacak): string {
  return `${kode.slice(0, 2)}.${kode.slice(2, 4)}`;
}
