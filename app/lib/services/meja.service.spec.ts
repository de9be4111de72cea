import '$lib/test-data/browser-globals';
import { describe, expect, it } from 'vitest';
import { openLocal } from '$lib/db/pouch';
import { kepalaRumahTangga } from '$lib/domain/household';
import { makeKebutuhan, makeKeluhan, makeKepesertaan, makeUsulan } from '$lib/test-data/event-factory';
import { makeRumahtangga } from '$lib/test-data/household-factory';
import { registerHariIni } from './meja.service';

const user = { name: 'fasilitator.wundulako', roles: ['fasilitator', 'kec:740101'] };
const db = openLocal('slrt-kec-740101');
const HARI = '2025-03-10';
/** Local noon of HARI, so the day holds in any time zone the test runs in. */
const jam = (h: number) => new Date(2025, 2, 10, h).toISOString();

describe('registerHariIni: the desk’s walk-ins of the day', () => {
  it('gives one line per household or person with everything recorded for them, latest first', async () => {
    const rt = makeRumahtangga();
    const keluhan = makeKeluhan({ rumahtanggaId: rt._id, programId: 'pkh', createdAt: jam(9) });
    const kebutuhan = makeKebutuhan({ rumahtanggaId: rt._id, programId: 'bpnt', createdAt: jam(10) });
    const peserta = makeKepesertaan({ rumahtanggaId: rt._id, programId: 'pis-kis', sumber: 'verifikasi', createdAt: jam(10) });
    // A person outside the registry complains, then is pre-listed from that complaint.
    const tanpaRumah = makeKeluhan({ rumahtanggaId: undefined, kategori: 'kepesertaan', pelapor: { nama: 'La Ode Tamu' }, createdAt: jam(11) } as never);
    const prelist = makeUsulan('prelist', { kasusTerkait: tanpaRumah._id, createdAt: jam(12) });
    const bukan = [
      makeKepesertaan({ rumahtanggaId: rt._id, sumber: 'impor', createdAt: jam(10) }),
      makeKebutuhan({ rumahtanggaId: rt._id, createdBy: 'fasilitator.lain', createdAt: jam(10) }),
      makeKebutuhan({ rumahtanggaId: rt._id, createdAt: new Date(2025, 2, 9, 12).toISOString() })
    ];
    await db.bulkDocs([rt, keluhan, kebutuhan, peserta, tanpaRumah, prelist, ...bukan] as never[]);

    const register = await registerHariIni(user, HARI);
    expect(register.map((k) => [k.id, k.siapa, k.rumahtanggaId])).toEqual([
      [tanpaRumah._id, 'La Ode Tamu', null],
      [rt._id, kepalaRumahTangga(rt).nama, rt._id]
    ]);
    expect(register[0].tercatat.map((c) => [c.jenis, c.id])).toEqual([
      ['kasus', tanpaRumah._id],
      ['kasus', prelist._id]
    ]);
    expect(register[1].waktu).toBe(keluhan.createdAt);
    expect(register[1].tercatat).toEqual([
      expect.objectContaining({ jenis: 'kasus', id: keluhan._id, kodeLacak: keluhan.kodeLacak, perihal: expect.objectContaining({ jenis: 'keluhan' }) }),
      { jenis: 'kebutuhan', id: kebutuhan._id, program: 'Bantuan Pangan Non Tunai (BPNT)' },
      { jenis: 'kepesertaan', id: peserta._id, program: 'Program Indonesia Sehat (KIS-PBI)' }
    ]);
  });
});
