/**
 * `manifest.json`, written last: a folder without one is an unfinished backup, and restore
 * refuses it. It says what each NDJSON file must hold, so a truncated file is noticed.
 */
import { z } from 'zod';

export const MANIFEST_FILE = 'manifest.json';
export const BACKUP_FORMAT = 'slrt-cadangan';
export const BACKUP_FORMAT_VERSION = 1;

const securitySchema = z.looseObject({
  admins: z.looseObject({ names: z.array(z.string()).optional(), roles: z.array(z.string()).optional() }).optional(),
  members: z.looseObject({ names: z.array(z.string()).optional(), roles: z.array(z.string()).optional() }).optional()
});

export const manifestDatabaseSchema = z.object({
  name: z.string().min(1),
  file: z.string().regex(/^[^/\\]+\.ndjson$/, 'nama berkas tanpa folder'),
  /** Lines of the file: one per leaf revision (winners, conflicts and deletions). */
  revisions: z.number().int().nonnegative(),
  /** The server's own counts when the backup of this database started. */
  docCount: z.number().int().nonnegative(),
  /** Apache CouchDB's count of deleted documents; the embedded server does not say. */
  docDelCount: z.number().int().nonnegative().optional(),
  updateSeq: z.union([z.string(), z.number()]),
  /** Absent for `_users`, whose `_security` is the server's. */
  security: securitySchema.optional()
});

export const manifestSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.literal(BACKUP_FORMAT_VERSION),
  slrtVersion: z.string(),
  /** The server, without credentials. */
  server: z.string(),
  startedAt: z.iso.datetime(),
  finishedAt: z.iso.datetime(),
  databases: z.array(manifestDatabaseSchema)
});

export type Manifest = z.infer<typeof manifestSchema>;
export type ManifestDatabase = z.infer<typeof manifestDatabaseSchema>;
export type SecurityObject = z.infer<typeof securitySchema>;

export class ManifestError extends Error {
  override name = 'ManifestError';
}

export function parseManifest(text: string): Manifest {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new ManifestError(`${MANIFEST_FILE} bukan JSON yang valid: berkas rusak atau terpotong.`);
  }
  const parsed = manifestSchema.safeParse(raw);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new ManifestError(
      `${MANIFEST_FILE} bukan manifes cadangan SLRT (format ${BACKUP_FORMAT} versi ${BACKUP_FORMAT_VERSION}): ` +
        `${first.path.join('.') || '(akar)'} — ${first.message}.`
    );
  }
  const names = parsed.data.databases.map((d) => d.name);
  const twice = names.find((name, i) => names.indexOf(name) !== i);
  if (twice) throw new ManifestError(`${MANIFEST_FILE} menyebut basis data ${twice} dua kali.`);
  return parsed.data;
}
