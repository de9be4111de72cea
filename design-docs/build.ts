import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { transformSync } from 'esbuild';
import { parseDbName, type DatabaseKind } from '../app/lib/domain/databases';
import { BATAS_UKURAN, DOC_TYPES, SHARED_DOC_TYPES } from '../app/lib/domain/doc-types';
import { NATIONAL_PROGRAM_IDS } from '../app/lib/domain/program';
import { HASIL_PENGELOLA } from '../app/lib/domain/tindaklanjut';

/**
 * Turns the TypeScript functions under design-docs/ into CouchDB design documents.
 *
 * Each map, reduce and validate_doc_update file holds one `export default function`; it is
 * transpiled alone to ES2017 (what CouchDB 3's SpiderMonkey/QuickJS and PouchDB accept) and
 * must come out as that one function and nothing else: CouchDB evaluates the source string on
 * its own, so an import, a helper esbuild adds for newer syntax, or a variable outside the
 * function would be missing there. A reduce file may instead be `export default '_count';`
 * (or `_sum`, `_stats`, `_approx_count_distinct`), CouchDB's built-in reduces.
 */

export type DbKindName = Exclude<DatabaseKind['kind'], 'router'>;
export const DB_KIND_NAMES: readonly DbKindName[] = ['kecamatan', 'kabupaten', 'rujukan', 'agregat'];

export interface ViewFunctions {
  map: string;
  reduce?: string;
}

export interface DesignDoc {
  _id: `_design/${string}`;
  language: 'javascript';
  views?: Record<string, ViewFunctions>;
  validate_doc_update?: string;
  /** sha256 of the rest of the document: provisioning PUTs a design document only when it changed. */
  slrt_version: string;
}

/**
 * The design documents of each database kind, as folders under design-docs/. One design
 * document per concern, so changing one view re-indexes only its own design document. The
 * kabupaten database is the union of its kecamatan databases and has all their views; a
 * referral inbox needs only the case timeline and the referral lists.
 */
const KECAMATAN_DDOCS = [
  'kecamatan/registri',
  'kecamatan/kasus',
  'kecamatan/antrean',
  'kecamatan/dasbor',
  'kecamatan/pmks',
  'kecamatan/validasi'
];
export const DDOC_FOLDERS: Record<DbKindName, readonly string[]> = {
  kecamatan: KECAMATAN_DDOCS,
  kabupaten: [...KECAMATAN_DDOCS, 'kabupaten/rujukan', 'kabupaten/irisan', 'kabupaten/kesenjangan'],
  rujukan: ['kecamatan/kasus', 'kabupaten/rujukan', 'kecamatan/validasi'],
  agregat: ['agregat/dasbor', 'agregat/validasi']
};

/**
 * Identifiers replaced by the JSON of the one list of document types. Not esbuild's `define`:
 * it hoists object values into a variable outside the function, which CouchDB would not see.
 */
const PLACEHOLDERS: Readonly<Record<string, unknown>> = {
  __DOC_TYPES__: DOC_TYPES,
  __SHARED_DOC_TYPES__: SHARED_DOC_TYPES,
  __HASIL_PENGELOLA__: HASIL_PENGELOLA,
  __PROGRAM_NASIONAL__: NATIONAL_PROGRAM_IDS,
  __BATAS_UKURAN__: BATAS_UKURAN
};

const BUILT_IN_REDUCE = /^export default (['"])(_count|_sum|_stats|_approx_count_distinct)\1;?\s*$/m;

export const DESIGN_DOCS_DIR = fileURLToPath(new URL('.', import.meta.url));

export class DesignDocBuildError extends Error {
  override name = 'DesignDocBuildError';
}

export class UnknownDatabaseError extends Error {
  override name = 'UnknownDatabaseError';
  constructor(dbName: string) {
    super(`"${dbName}" is not an SLRT database name (see app/lib/domain/databases.ts)`);
  }
}

/** The CouchDB source string of the one function a file exports. */
export function compileFunction(file: string): string {
  const { code } = transformSync(readFileSync(file, 'utf8'), {
    loader: 'ts',
    target: 'es2017',
    sourcefile: file,
    legalComments: 'none'
  });
  const exported = /^export default (function\b[\s\S]*?);?\s*$/.exec(code);
  if (!exported) {
    throw new DesignDocBuildError(
      `${file}: must compile to one \`export default function\` and nothing else ` +
        '(import types only; no syntax esbuild needs helpers for at ES2017, such as object spread)'
    );
  }
  const source = exported[1].replace(/\b__[A-Z_]+__\b/g, (name) => {
    if (!Object.hasOwn(PLACEHOLDERS, name)) throw new DesignDocBuildError(`${file}: unknown placeholder ${name}`);
    return JSON.stringify(PLACEHOLDERS[name]);
  });
  let compiled: unknown;
  try {
    compiled = new Function(`return (${source});`)();
  } catch (e) {
    throw new DesignDocBuildError(`${file}: the compiled function is not one expression: ${String(e)}`);
  }
  if (typeof compiled !== 'function') throw new DesignDocBuildError(`${file}: does not compile to a function`);
  return source;
}

function compileReduce(file: string): string {
  const builtIn = BUILT_IN_REDUCE.exec(readFileSync(file, 'utf8'));
  return builtIn ? builtIn[2] : compileFunction(file);
}

function buildDesignDoc(dir: string): DesignDoc {
  const body: Omit<DesignDoc, 'slrt_version'> = { _id: `_design/${basename(dir)}`, language: 'javascript' };
  const viewsDir = join(dir, 'views');
  if (existsSync(viewsDir)) {
    const views: Record<string, ViewFunctions> = {};
    const names = readdirSync(viewsDir, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort();
    for (const name of names) {
      const mapFile = join(viewsDir, name, 'map.ts');
      if (!existsSync(mapFile)) throw new DesignDocBuildError(`${join(viewsDir, name)}: a view needs map.ts`);
      views[name] = { map: compileFunction(mapFile) };
      const reduceFile = join(viewsDir, name, 'reduce.ts');
      if (existsSync(reduceFile)) views[name].reduce = compileReduce(reduceFile);
    }
    body.views = views;
  }
  const validateFile = join(dir, 'validate_doc_update.ts');
  if (existsSync(validateFile)) body.validate_doc_update = compileFunction(validateFile);
  if (!body.views && !body.validate_doc_update) {
    throw new DesignDocBuildError(`${dir}: holds neither views/ nor validate_doc_update.ts`);
  }
  const slrt_version = createHash('sha256').update(JSON.stringify(body)).digest('hex');
  return { ...body, slrt_version };
}

/** Every database kind's design documents, built from the function files under `root`. */
export function buildDesignDocs(root: string = DESIGN_DOCS_DIR): Record<DbKindName, DesignDoc[]> {
  const built = new Map<string, DesignDoc>();
  const designDocOf = (folder: string): DesignDoc => {
    let doc = built.get(folder);
    if (!doc) {
      doc = buildDesignDoc(join(root, folder));
      built.set(folder, doc);
    }
    // A copy per kind: provisioning may add _rev to one without touching another.
    return structuredClone(doc);
  };
  return {
    kecamatan: DDOC_FOLDERS.kecamatan.map(designDocOf),
    kabupaten: DDOC_FOLDERS.kabupaten.map(designDocOf),
    rujukan: DDOC_FOLDERS.rujukan.map(designDocOf),
    agregat: DDOC_FOLDERS.agregat.map(designDocOf)
  };
}

let defaultBuild: Record<DbKindName, DesignDoc[]> | undefined;

/** The design documents a database should have, by its name; none for the router's database. */
export function designDocsFor(dbName: string): DesignDoc[] {
  const parsed = parseDbName(dbName);
  if (!parsed) throw new UnknownDatabaseError(dbName);
  if (parsed.kind === 'router') return [];
  defaultBuild ??= buildDesignDocs();
  return structuredClone(defaultBuild[parsed.kind]);
}

// `npx tsx design-docs/build.ts > ddocs.json`: every kind's design documents, to inspect them.
if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.stdout.write(JSON.stringify(buildDesignDocs(), null, 2) + '\n');
}
