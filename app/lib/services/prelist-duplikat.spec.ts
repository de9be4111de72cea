import '$lib/test-data/browser-globals';
import { describe, expect, it, vi } from 'vitest';
import { openLocal } from '$lib/db/pouch';
import { openUserStore } from '$lib/db/user-store';
import { makeUsulan } from '$lib/test-data/event-factory';
import { makeAnggota, makeRumahtangga } from '$lib/test-data/household-factory';
import { duplikatPrelist } from './prelist.service';
import { bangunIndeks } from './registri.service';

const store = openUserStore({ name: 'fasilitator.wundulako', roles: ['fasilitator', 'kec:740101'] });
const db = openLocal('slrt-kec-740101');

describe('the duplicate check of a pre-list on the device', () => {
  it('answers from the registry search (households and other pre-lists), never from PouchDB views', async () => {
    const terdaftar = makeRumahtangga();
    const prelistLama = makeUsulan('prelist');
    await db.bulkDocs([terdaftar, prelistLama, makeRumahtangga({ anggota: [makeAnggota({ nama: 'Orang Lain Sekali' })] })] as never[]);
    const { index, berhenti } = await bangunIndeks(store);
    const queryView = vi.spyOn(store, 'queryView');

    const calon = makeUsulan('prelist', {
      rumahtangga: {
        ...prelistLama.rumahtangga,
        noKK: terdaftar.noKK,
        anggota: [{ ...prelistLama.rumahtangga.anggota[0], nik: makeAnggota().nik }]
      }
    });
    const dariIndeks = await duplikatPrelist(store, calon, index);
    expect(dariIndeks.map((d) => [d.id, d.sumber, d.alasan])).toEqual([
      // The factory's families share their head's name and birth date.
      [terdaftar._id, 'registri', ['no-kk', 'nama-tanggal-desa']],
      [prelistLama._id, 'prelist', ['nama-tanggal-desa']]
    ]);
    // Without the page's index at hand, the device reads one for the occasion: the same answer.
    expect(await duplikatPrelist(store, calon)).toEqual(dariIndeks);
    expect(queryView).not.toHaveBeenCalled();
    berhenti();
  });
});
