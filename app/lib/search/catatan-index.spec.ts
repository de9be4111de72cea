import { describe, expect, it } from 'vitest';
import { CONTOH_ID, contohDoc } from '../test-data/doc-fixtures';
import { CatatanIndex } from './catatan-index';

describe('CatatanIndex', () => {
  it('gives a household’s records and its cases’ steps by id, and nothing of other households', () => {
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
    expect(index.milikRumahtangga(CONTOH_ID.rumahtangga).sort()).toEqual([CONTOH_ID.keluhan, docs[1]._id, CONTOH_ID.usulan].sort());
    expect(index.peristiwaKasus([CONTOH_ID.keluhan]).sort()).toEqual(
      docs.filter((d) => 'kasusId' in d && d.kasusId === CONTOH_ID.keluhan).map((d) => d._id).sort()
    );
    expect(index.milikRumahtangga('rumahtangga:7401012006:TIDAK-ADA')).toEqual([]);
  });

  it('forgets a deleted document, which arrives with its id only', () => {
    const index = new CatatanIndex();
    const keluhan = contohDoc('keluhan');
    index.terapkan(keluhan);
    index.terapkan({ _id: keluhan._id, _rev: '2-x', _deleted: true });
    expect(index.milikRumahtangga(CONTOH_ID.rumahtangga)).toEqual([]);
    expect(index.size).toBe(0);
  });
});
