import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'acorn';
import { afterAll, describe, expect, it } from 'vitest';
import { DOC_TYPES, SHARED_DOC_TYPES } from '$lib/domain/doc-types';
import {
  buildDesignDocs,
  compileFunction,
  DB_KIND_NAMES,
  DesignDocBuildError,
  designDocsFor,
  DESIGN_DOCS_DIR,
  UnknownDatabaseError,
  type DesignDoc
} from './build';

const built = buildDesignDocs();
const ids = (docs: DesignDoc[]) => docs.map((d) => d._id);
const scratch = mkdtempSync(join(tmpdir(), 'slrt-ddocs-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function functionsOf(doc: DesignDoc): [string, string][] {
  const views = Object.entries(doc.views ?? {}).flatMap(([name, view]): [string, string][] => [
    [`${doc._id}/${name}/map`, view.map],
    ...(view.reduce && !view.reduce.startsWith('_') ? [[`${doc._id}/${name}/reduce`, view.reduce] as [string, string]] : [])
  ]);
  return doc.validate_doc_update ? [...views, [`${doc._id}/validate_doc_update`, doc.validate_doc_update]] : views;
}

/** A copy of the design-docs tree with one file edited, built. */
function buildWithEdit(file: string, edit: (source: string) => string): Record<string, DesignDoc[]> {
  const root = mkdtempSync(join(scratch, 'tree-'));
  cpSync(DESIGN_DOCS_DIR, root, { recursive: true });
  const path = join(root, file);
  writeFileSync(path, edit(readFileSync(path, 'utf8')));
  return buildDesignDocs(root);
}

describe('buildDesignDocs', () => {
  it('gives each kind of database its design documents', () => {
    expect(ids(built.kecamatan)).toEqual([
      '_design/registri',
      '_design/kasus',
      '_design/antrean',
      '_design/dasbor',
      '_design/pmks',
      '_design/validasi'
    ]);
    expect(ids(built.kabupaten)).toEqual([...ids(built.kecamatan), '_design/rujukan', '_design/irisan', '_design/kesenjangan']);
    expect(ids(built.rujukan)).toEqual(['_design/kasus', '_design/rujukan', '_design/validasi']);
    expect(ids(built.agregat)).toEqual(['_design/dasbor', '_design/validasi']);
  });

  it('builds a design document shared by several kinds identically for each', () => {
    const validasi = (kind: 'kecamatan' | 'kabupaten' | 'rujukan') => built[kind].find((d) => d._id === '_design/validasi');
    expect(validasi('kabupaten')).toEqual(validasi('kecamatan'));
    expect(validasi('rujukan')).toEqual(validasi('kecamatan'));
    expect(built.agregat[1].validate_doc_update).not.toBe(validasi('kecamatan')?.validate_doc_update);
  });

  it('is deterministic: the same sources give the same versions', () => {
    expect(buildDesignDocs()).toEqual(built);
  });

  it('stamps each design document with the sha256 of the rest of it', () => {
    for (const doc of DB_KIND_NAMES.flatMap((kind) => built[kind])) {
      const { slrt_version, ...rest } = doc;
      expect(slrt_version).toBe(createHash('sha256').update(JSON.stringify(rest)).digest('hex'));
    }
  });

  it('changes the version of the design document whose function changed, and of no other', () => {
    const edited = buildWithEdit('kecamatan/registri/views/nik/map.ts', (s) =>
      s.replace('hubungan: anggota.hubungan, statusRegistri }', 'hubungan: anggota.hubungan, statusRegistri, jenisKelamin: anggota.jenisKelamin }')
    );
    const versions = (docs: DesignDoc[]) => docs.map((d) => [d._id, d.slrt_version]);
    const [before, after] = [versions(built.kabupaten), versions(edited.kabupaten)];
    expect(after[0][1]).not.toBe(before[0][1]);
    expect(after.slice(1)).toEqual(before.slice(1));
  });

  it('keeps the version when only a comment changed (esbuild drops comments)', () => {
    const edited = buildWithEdit('kecamatan/dasbor/views/angka/map.ts', (s) => s.replace('/**', '/** Diubah. '));
    expect(edited.kecamatan).toEqual(built.kecamatan);
  });

  it('inlines the one list of document types into the validator', () => {
    const source = built.kecamatan.find((d) => d._id === '_design/validasi')?.validate_doc_update ?? '';
    expect(source).toContain(JSON.stringify(DOC_TYPES));
    expect(source).toContain(JSON.stringify(SHARED_DOC_TYPES));
    expect(source).not.toMatch(/__[A-Z_]+__/);
  });

  it('names built-in reduces instead of writing them', () => {
    const dasbor = built.kecamatan.find((d) => d._id === '_design/dasbor');
    expect(dasbor?.views?.angka.reduce).toBe('_sum');
  });

  const functions = DB_KIND_NAMES.flatMap((kind) => built[kind].flatMap(functionsOf));
  it.each(functions)('%s is one function expression in ES2017 syntax', (_name, source) => {
    const program = parse(`(${source})`, { ecmaVersion: 2017, sourceType: 'script' });
    expect(program.body).toHaveLength(1);
    const [statement] = program.body;
    expect(statement.type === 'ExpressionStatement' && statement.expression.type).toBe('FunctionExpression');
  });
});

describe('compileFunction refuses what CouchDB could not run on its own', () => {
  it.each([
    ['a runtime import', `import { x } from './x';\nexport default function (doc) { emit(x); }`],
    ['a variable outside the function', `const A = 1;\nexport default function (doc) { emit(A); }`],
    ['syntax that needs a helper at ES2017', `export default function (doc) { emit(doc._id, { ...doc }); }`],
    ['an unknown placeholder', `export default function (doc) { emit(__NOPE__); }`],
    ['no function', `export default 42;`]
  ])('%s', (_name, source) => {
    const file = join(scratch, 'map.ts');
    writeFileSync(file, source);
    expect(() => compileFunction(file)).toThrow(DesignDocBuildError);
  });

  it('accepts type-only imports and returns a CouchDB function string', () => {
    const file = join(scratch, 'ok.ts');
    writeFileSync(file, `import type { CouchDoc } from './x';\nexport default function (doc: CouchDoc) { emit(doc._id); }`);
    expect(compileFunction(file)).toBe('function(doc) {\n  emit(doc._id);\n}');
  });
});

describe('designDocsFor', () => {
  it.each([
    ['slrt-kec-740101', 'kecamatan'],
    ['slrt-kab-7401', 'kabupaten'],
    ['slrt-rujukan-7401-pkh', 'rujukan'],
    ['slrt-agregat', 'agregat']
  ] as const)('%s gets the design documents of a %s database', (dbName, kind) => {
    expect(designDocsFor(dbName)).toEqual(built[kind]);
  });

  it('gives the router database none', () => {
    expect(designDocsFor('slrt-router')).toEqual([]);
  });

  it('refuses a name that is not an SLRT database', () => {
    expect(() => designDocsFor('_users')).toThrow(UnknownDatabaseError);
  });

  it('returns copies a caller may change', () => {
    const first = designDocsFor('slrt-kec-740101');
    Object.assign(first[0], { _rev: '1-a' });
    expect(designDocsFor('slrt-kec-740101')[0]).not.toHaveProperty('_rev');
  });
});
