/**
 * What CouchDB (and PouchDB's map/reduce) put in scope of a design-document function. A global
 * script on purpose: each function file is compiled alone and may import types only.
 */
declare function emit(key: unknown, value?: unknown): void;

/**
 * Replaced by build.ts with the JSON of DOC_TYPES / SHARED_DOC_TYPES (app/lib/domain/doc-types.ts),
 * so the server's rules and the app read one list.
 */
declare const __DOC_TYPES__: typeof import('../app/lib/domain/doc-types').DOC_TYPES;
declare const __SHARED_DOC_TYPES__: typeof import('../app/lib/domain/doc-types').SHARED_DOC_TYPES;
/** Replaced with HASIL_PENGELOLA (app/lib/domain/tindaklanjut.ts): what a programme manager may answer. */
declare const __HASIL_PENGELOLA__: typeof import('../app/lib/domain/tindaklanjut').HASIL_PENGELOLA;
/** Replaced with NATIONAL_PROGRAM_IDS (app/lib/domain/program.ts): programmes whose rules are set nationally. */
declare const __PROGRAM_NASIONAL__: typeof import('../app/lib/domain/program').NATIONAL_PROGRAM_IDS;
/** Replaced with BATAS_UKURAN (app/lib/domain/doc-types.ts): the largest document and attachment stored. */
declare const __BATAS_UKURAN__: typeof import('../app/lib/domain/doc-types').BATAS_UKURAN;
