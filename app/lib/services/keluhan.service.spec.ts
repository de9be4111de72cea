import { describe, expect, it, vi } from 'vitest';

// The service imports the data port, which loads pouchdb-browser: give it the browser globals it reads.
vi.hoisted(() => {
  Object.assign(globalThis, { self: globalThis, navigator: { userAgent: 'node', onLine: true }, addEventListener: () => undefined });
});

import { parseDoc } from '$lib/domain/schemas';
import { desaCode, keluhanDoc, type KeluhanInput } from './keluhan.service';

const input: KeluhanInput = {
  kategori: 'kepesertaan',
  programId: 'pkh',
  kanal: 'puskesos',
  desa: '7401011002',
  uraian: '  Keluarga lansia belum menerima PKH  ',
  pelaporNama: ' Wa Ode Sitti ',
  pelaporNik: '',
  persetujuanBerbagiData: true,
  rumahtanggaId: '',
  foto: ''
};

describe('keluhan form', () => {
  it('reads desa codes typed with or without dots', () => {
    expect(desaCode('7401011002')).toBe('74.01.01.1002');
    expect(desaCode(' 74.01.01.1002 ')).toBe('74.01.01.1002');
    expect(desaCode('740101')).toBeNull();
    expect(desaCode('74010110021')).toBeNull();
  });

  it('makes a keluhan document that passes its schema, by the user, now', () => {
    const now = new Date('2025-03-01T08:00:00.000Z');
    const doc = keluhanDoc(input, { name: 'fasilitator.wundulako', roles: ['fasilitator', 'kec:740101'] }, now);
    expect(doc).toMatchObject({
      type: 'keluhan',
      wilayah: { provinsi: '74', kabupaten: '74.01', kecamatan: '74.01.01', desa: '74.01.01.1002' },
      createdBy: 'fasilitator.wundulako',
      createdAt: '2025-03-01T08:00:00.000Z',
      uraian: 'Keluarga lansia belum menerima PKH',
      pelapor: { nama: 'Wa Ode Sitti' }
    });
    expect(doc._id).toMatch(/^keluhan:7401011002:[0-9A-Z]{26}$/);
    expect(parseDoc(doc)).toMatchObject({ ok: true });
  });

  it('keeps a NIK only when one was given', () => {
    const doc = keluhanDoc({ ...input, pelaporNik: '7401014101900001' }, { name: 'x', roles: [] }, new Date());
    expect(doc.pelapor).toEqual({ nama: 'Wa Ode Sitti', nik: '7401014101900001' });
  });
});
