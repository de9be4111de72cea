import type { GudangRegistri, HasilSimpan, RumahtanggaTersimpan } from '../impor/gudang';

/**
 * The kabupaten database as an import sees it, in memory, with CouchDB's answers (revisions,
 * `conflict` on a stale or existing id): for unit tests of the import's logic. The same
 * import runs against the real embedded server in tests/integration/impor-registri.test.ts.
 */
export class GudangMemori implements GudangRegistri {
  readonly docs = new Map<string, Record<string, unknown> & { _id: string; _rev: string }>();
  ditulis = 0;

  async ambil(ids: readonly string[]) {
    const hasil = new Map<string, RumahtanggaTersimpan>();
    for (const id of ids) {
      const doc = this.docs.get(id);
      if (doc) hasil.set(id, structuredClone(doc) as unknown as RumahtanggaTersimpan);
    }
    return hasil;
  }

  async tulis(docs: readonly object[]): Promise<HasilSimpan[]> {
    return docs.map((d) => {
      const doc = d as { _id: string; _rev?: string };
      const ada = this.docs.get(doc._id);
      if ((ada?._rev ?? undefined) !== doc._rev) return { id: doc._id, error: 'conflict', reason: 'Document update conflict.' };
      const gen = ada ? Number(ada._rev.split('-')[0]) + 1 : 1;
      this.docs.set(doc._id, { ...structuredClone(doc), _rev: `${gen}-${doc._id.length}${gen}` });
      this.ditulis++;
      return { id: doc._id };
    });
  }

  async registriKecamatan(kecamatan: string) {
    return [...this.docs.values()]
      .filter((d) => d._id.startsWith(`rumahtangga:${kecamatan}`) && d.statusRegistri === 'dtks')
      .map((d) => ({ _id: d._id, idDtks: d.idDtks as string | undefined }));
  }

  dariJenis(type: string) {
    return [...this.docs.values()].filter((d) => d.type === type);
  }
}
