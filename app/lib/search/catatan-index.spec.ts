import { describe, expect, it } from 'vitest';
import { CONTOH_ID, contohDoc } from '../test-data/doc-fixtures';
import { CatatanIndex } from './catatan-index';

describe('CatatanIndex', () => {
  it('gives a household’s records and its cases’ steps by id, and nothing of other households', async () => {
    const index = new CatatanIndex();
    const docs = [
      contohDoc('keluhan'),
      contohDoc('kepesertaan'),
      contohDoc('usulan'),
      contohDoc('review'),
      contohDoc('rujukan'),
      contohDoc('kebutuhan', { _id: 'kebutuhan:7401012006:LAIN', rumahtanggaId: 'rumahtangga:7401012006:LAIN' }),
      contohDoc('rumahtangga')
    ];
    for (const d of docs) index.terapkan(d);
    expect((await index.milikRumahtangga(CONTOH_ID.rumahtangga)).sort()).toEqual([CONTOH_ID.keluhan, docs[1]._id, CONTOH_ID.usulan].sort());
    expect((await index.peristiwaKasus([CONTOH_ID.keluhan])).sort()).toEqual(
      docs.filter((d) => 'kasusId' in d && d.kasusId === CONTOH_ID.keluhan).map((d) => d._id).sort()
    );
    expect(await index.milikRumahtangga('rumahtangga:7401012006:TIDAK-ADA')).toEqual([]);
  });

  it('forgets a deleted document, which arrives with its id only', async () => {
    const index = new CatatanIndex();
    const keluhan = contohDoc('keluhan');
    index.terapkan(keluhan);
    index.terapkan({ _id: keluhan._id, _rev: '2-x', _deleted: true });
    expect(await index.milikRumahtangga(CONTOH_ID.rumahtangga)).toEqual([]);
    expect(index.size).toBe(0);
  });

  it('reads a desa (and its kecamatan’s own range) once, when a household of it or of the desa it moved to is first asked about', async () => {
    const dibaca: string[] = [];
    const keluhan = contohDoc('keluhan');
    const index = new CatatanIndex(async (wilayah) => {
      dibaca.push(wilayah);
      return wilayah === '7401012006' ? [keluhan] : [];
    });
    expect(await index.milikRumahtangga(CONTOH_ID.rumahtangga)).toEqual([keluhan._id]);
    expect(await index.peristiwaKasus([keluhan._id])).toEqual([]);
    await index.milikRumahtangga(CONTOH_ID.rumahtangga, '74.01.01.2007');
    expect(dibaca).toEqual(['7401012006', '740101', '7401012007']);
  });

  it('applies a change that arrives during a read after it, so a deletion is not undone by the older read', async () => {
    const keluhan = contohDoc('keluhan');
    const review = contohDoc('review');
    let lepas: () => void = () => undefined;
    const dilepas = new Promise<void>((resolve) => (lepas = resolve));
    const index = new CatatanIndex(async (wilayah) => {
      await dilepas;
      return wilayah === '7401012006' ? [keluhan] : [];
    });
    const jawaban = index.milikRumahtangga(CONTOH_ID.rumahtangga);
    await Promise.resolve();
    index.terapkan({ _id: keluhan._id, _rev: '2-x', _deleted: true });
    index.terapkan(review);
    lepas();
    expect(await jawaban).toEqual([]);
    expect(await index.peristiwaKasus([CONTOH_ID.keluhan])).toEqual([review._id]);
  });

  it('tries a desa again after a failed read', async () => {
    let gagal = true;
    const keluhan = contohDoc('keluhan');
    const index = new CatatanIndex(async () => {
      if (gagal) throw new Error('IndexedDB tidak terbaca');
      return [keluhan];
    });
    await expect(index.milikRumahtangga(CONTOH_ID.rumahtangga)).rejects.toThrow('IndexedDB');
    gagal = false;
    expect(await index.milikRumahtangga(CONTOH_ID.rumahtangga)).toEqual([keluhan._id]);
  });
});
