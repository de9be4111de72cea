import { beforeAll, describe, expect, inject, it } from 'vitest';
import { DEMO_PASSWORD } from '../../scripts/demo/accounts';
import { logInAs, type UserClient } from '../harness/http';
import { newDocId } from '../../app/lib/domain/ids';
import { parseDoc } from '../../app/lib/domain/schemas';
import type { Pengiriman } from '../../app/lib/domain/pengiriman';
import type { JobRole } from '../../app/lib/domain/roles';
import { wilayahOf } from '../../app/lib/domain/wilayah';

const url = inject('slrtUrl');
const KAB = 'slrt-kab-7401';

const ITEM: Record<Pengiriman['jenis'], string> = {
  prelist: 'usulan:7401012006:01JP0000000000000000000004',
  'perubahan-data': 'usulan:7401012006:01JP0000000000000000000004',
  pmks: 'pmks:7401012006:01JP0000000000000000000012',
  keluhan: 'rujukan:7401012006:01JP0000000000000000000005'
};

/** An export record as /kirim writes it. */
function pengiriman(createdBy: string, peran: JobRole, jenis: Pengiriman['jenis']): Pengiriman {
  const doc: Pengiriman = {
    _id: newDocId('pengiriman', '74.01'),
    type: 'pengiriman',
    schema: 1,
    wilayah: wilayahOf('74.01') as Pengiriman['wilayah'],
    createdBy,
    peran,
    createdAt: new Date().toISOString(),
    sistem: jenis === 'keluhan' ? 'lapor' : 'siks-ng',
    jenis,
    format: 'xlsx',
    item: [{ id: ITEM[jenis] }]
  };
  expect(parseDoc(doc).ok).toBe(true);
  return doc;
}

const put = (client: UserClient, doc: { _id: string; [field: string]: unknown }) => client.request('PUT', `/${KAB}/${encodeURIComponent(doc._id)}`, doc);

describe('export records (pengiriman) on the server', () => {
  let manajer: UserClient;
  let backOffice: UserClient;
  let admin: UserClient;
  let frontOffice: UserClient;
  beforeAll(async () => {
    [manajer, backOffice, admin, frontOffice] = await Promise.all(
      ['manajer.kolaka', 'backoffice.kolaka', 'admin.kolaka', 'frontoffice.kolaka'].map((n) => logInAs(url, n, DEMO_PASSWORD))
    );
  });

  it("takes the manager's SIKS-NG export and never lets it change or go", async () => {
    const doc = pengiriman('manajer.kolaka', 'manajer', 'prelist');
    const res = await put(manajer, doc);
    expect(res.body).toMatchObject({ ok: true });
    const ubah = await put(manajer, { ...doc, _rev: res.body.rev, item: [{ id: 'usulan:7401012006:01JP0000000000000000000099' }] });
    expect(ubah.status).toBe(403);
    expect(ubah.body.reason).toMatch(/tidak dapat diubah/);
    const hapus = await manajer.request('DELETE', `/${KAB}/${encodeURIComponent(doc._id)}?rev=${res.body.rev}`);
    expect(hapus.status).toBe(403);
    expect((await manajer.request('GET', `/${KAB}/${encodeURIComponent(doc._id)}`)).body.item).toEqual(doc.item);
  });

  it("takes back office's LAPOR! export and refuses its SIKS-NG one", async () => {
    expect((await put(backOffice, pengiriman('backoffice.kolaka', 'back-office', 'keluhan'))).body).toMatchObject({ ok: true });
    const siksNg = await put(backOffice, pengiriman('backoffice.kolaka', 'back-office', 'pmks'));
    expect(siksNg.status).toBe(403);
    expect(siksNg.body.reason).toMatch(/hanya dapat dicatat oleh manajer/);
  });

  it('refuses an export from district roles that do not send', async () => {
    for (const [client, peran] of [[admin, 'admin-kab'], [frontOffice, 'front-office']] as const) {
      const res = await put(client, pengiriman(client.name, peran, 'keluhan'));
      expect(res.status, client.name).toBe(403);
      expect(res.body.reason).toMatch(/tidak berwenang menyimpan data pengiriman/);
    }
  });
});
