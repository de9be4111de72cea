import '$lib/test-data/browser-globals';
import { describe, expect, it, vi } from 'vitest';
import { openLocal } from '$lib/db/pouch';
import { openUserStore } from '$lib/db/user-store';
import { makeUsulan } from '$lib/test-data/event-factory';
import { makeAnggota, makeRumahtangga } from '$lib/test-data/household-factory';
import { bangunIndeks } from './registri.service';

const PADA = '2025-06-01';
const store = openUserStore({ name: 'fasilitator.wundulako', roles: ['fasilitator', 'kec:740101'] });
const db = openLocal('slrt-kec-740101');

const keluarga = (nama: string) => makeRumahtangga({ anggota: [makeAnggota({ nama })] });
const ditemukan = (index: Awaited<ReturnType<typeof bangunIndeks>>['index'], teks: string) => {
  const h = index.cari({ teks }, PADA);
  return h.jenis === 'hasil' ? h.hasil.map((r) => r.id) : [];
};

describe('bangunIndeks: the device index of the registry', () => {
  it('reads every household with progress, then follows households that arrive, change and go', async () => {
    const awal = Array.from({ length: 5 }, (_, i) => keluarga(`Andi Awal${i}`));
    await db.bulkDocs(awal as never[]);
    const dibaca: number[] = [];
    const berubah = vi.fn();
    const { index, berhenti } = await bangunIndeks(store, { onPage: (n) => dibaca.push(n), onChange: berubah });
    expect(index.size).toBe(5);
    expect(dibaca.at(-1)).toBe(5);

    // A household arriving by sync (written into the device database, not through saveDoc).
    const baru = keluarga('Sitti Baru');
    await db.put(baru as never);
    await vi.waitFor(() => expect(ditemukan(index, 'sitti')).toEqual([baru._id]));

    const lama = await db.get(awal[0]._id);
    await db.put({ ...lama, anggota: [makeAnggota({ nama: 'Andi Diganti' })] } as never);
    await vi.waitFor(() => expect(ditemukan(index, 'diganti')).toEqual([awal[0]._id]));
    expect(ditemukan(index, 'awal0')).toEqual([]);

    await db.remove(await db.get(awal[1]._id));
    await vi.waitFor(() => expect(ditemukan(index, 'awal1')).toEqual([]));
    expect(index.size).toBe(5);
    expect(berubah).toHaveBeenCalledTimes(3);

    berhenti();
    await db.put(keluarga('Sesudah Berhenti') as never);
    await new Promise((r) => setTimeout(r, 50));
    expect(ditemukan(index, 'sesudah')).toEqual([]);
  });

  it('finds a household proposed on a pre-list, also one saved after the index was built', async () => {
    const { index, berhenti } = await bangunIndeks(store);
    const usulan = makeUsulan('prelist');
    await db.put(usulan as never);
    const kepala = usulan.rumahtangga.anggota[0];
    await vi.waitFor(() => expect(ditemukan(index, kepala.nik)).toEqual([usulan._id]));
    expect(index.jumlahPrelist).toBe(1);
    berhenti();
  });
});
