import type { Rumahtangga } from '../domain/household';

/** A household as the server holds it. */
export type RumahtanggaTersimpan = Rumahtangga & { _rev: string };

export interface HasilSimpan {
  id: string;
  error?: string;
  reason?: string;
}

/**
 * Where an import reads and writes the district's households: the kabupaten database, over
 * the CouchDB HTTP API — from the command line as server admin (`nano`), from the app as the
 * signed-in manager or district admin. The router carries what is written down to each
 * kecamatan.
 */
export interface GudangRegistri {
  /** The households with these ids that exist (missing ones are absent from the map). */
  ambil(ids: readonly string[]): Promise<Map<string, RumahtanggaTersimpan>>;
  /** `_bulk_docs`: one result per document, in order. */
  tulis(docs: readonly object[]): Promise<HasilSimpan[]>;
  /** The registry households (`statusRegistri` dtks) of a kecamatan (compact code, `740101`): id and registry id. */
  registriKecamatan(kecamatan: string): Promise<{ _id: string; idDtks?: string }[]>;
}
