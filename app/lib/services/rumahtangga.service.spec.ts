import '$lib/test-data/browser-globals';
import { describe, expect, it, vi } from 'vitest';
import { openLocal } from '$lib/db/pouch';
import { openUserStore } from '$lib/db/user-store';
import { makeKeluhan, makeKepesertaan, makeReview, makeUsulan } from '$lib/test-data/event-factory';
import { makeRumahtangga } from '$lib/test-data/household-factory';
import { bacaRumahtangga } from './rumahtangga.service';
import { compactCode } from '$lib/domain/wilayah';
import { bukaIndeksCatatan } from './registri.service';

const store = openUserStore({ name: 'fasilitator.wundulako', roles: ['fasilitator', 'kec:740101'] });
const db = openLocal('slrt-kec-740101');

describe('bacaRumahtangga on the device', () => {
  it('reads the household’s records and its cases’ steps by id, not its whole desa, and knows what concerns it', async () => {
    const rt = makeRumahtangga();
    const keluhan = makeKeluhan({ rumahtanggaId: rt._id });
    const setuju = makeReview(keluhan);
    const lain = makeKeluhan({ rumahtanggaId: 'rumahtangga:7401011002:LAIN' });
    await db.bulkDocs([rt, keluhan, setuju, makeKepesertaan({ rumahtanggaId: rt._id }), lain, makeReview(lain)] as never[]);
    const { index, berhenti } = bukaIndeksCatatan(store);

    const docsOfType = vi.spyOn(store, 'docsOfType');
    const halaman = await bacaRumahtangga(store, rt._id, index);
    // The first opening reads the household's desa by id prefix (and its kecamatan's own
    // range, where these factories put case steps): nothing of another desa.
    const rentang = docsOfType.mock.calls.flatMap(([type, o]) => (type === 'program' ? [] : [o?.idPrefix]));
    expect(new Set(rentang)).toEqual(new Set([`${compactCode(rt.wilayah.desa as string)}:`, `${compactCode(rt.wilayah.kecamatan as string)}:`]));
    docsOfType.mockClear();
    await bacaRumahtangga(store, rt._id, index);
    // Opened again: the catalogue only, no range of records read.
    expect(docsOfType.mock.calls.map(([type]) => type)).toEqual(['program']);
    docsOfType.mockRestore();

    expect(halaman?.prelist).toBe(false);
    expect(halaman?.profil.kepesertaan).toHaveLength(1);
    expect(halaman?.profil.kasusBuka.map((k) => [k.kasusId, k.status])).toEqual([[keluhan._id, 'disetujui-supervisor']]);
    expect(halaman?.menyangkut(makeReview(keluhan))).toBe(true);
    expect(halaman?.menyangkut(makeKepesertaan({ rumahtanggaId: rt._id }))).toBe(true);
    expect(halaman?.menyangkut({ _id: setuju._id })).toBe(true);
    expect(halaman?.menyangkut(makeReview(lain))).toBe(false);
    expect(halaman?.menyangkut(makeKeluhan({ rumahtanggaId: 'rumahtangga:7401011002:LAIN' }))).toBe(false);

    // A step arriving by sync later is found through the index, which follows the change feed.
    await db.put(makeReview(keluhan, { tahap: 'manajer' }) as never);
    await vi.waitFor(async () => {
      const lagi = await bacaRumahtangga(store, rt._id, index);
      expect(lagi?.profil.kasusBuka[0].status).toBe('disetujui-manajer');
    });
    berhenti();
  });

  it('opens a household proposed on a pre-list, with the proposal as its case', async () => {
    const usulan = makeUsulan('prelist');
    await db.put(usulan as never);
    const { index, berhenti } = bukaIndeksCatatan(store);
    const halaman = await bacaRumahtangga(store, usulan._id, index);
    berhenti();
    expect(halaman?.prelist).toBe(true);
    expect(halaman?.profil.rumahtangga.statusRegistri).toBe('prelist');
    expect(halaman?.profil.kasusBuka.map((k) => [k.kasusId, k.kodeLacak])).toEqual([[usulan._id, usulan.kodeLacak]]);
  });
});
