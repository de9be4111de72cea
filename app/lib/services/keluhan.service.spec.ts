import { describe, expect, it, vi } from 'vitest';

// The service imports the data port, which loads pouchdb-browser: give it the browser globals it reads.
vi.hoisted(() => {
  Object.assign(globalThis, { self: globalThis, navigator: { userAgent: 'node', onLine: true }, addEventListener: () => undefined });
});

import { parseDoc } from '$lib/domain/schemas';
import { contohDoc } from '../test-data/doc-fixtures';
import { makeRumahtangga } from '../test-data/household-factory';
import { PROGRAM_NASIONAL_PILIHAN } from './katalog.service';
import { desaCode, keluhanDoc, pratinjauRute, simpanKeluhan, type KeluhanInput } from './keluhan.service';

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

describe('keluhan from a visit', () => {
  const user = { name: 'fasilitator.wundulako', roles: ['fasilitator', 'kec:740101'] };
  const rumahtanggaId = 'rumahtangga:7401011002:740101100200001';

  it('names its household and carries the document photo as a JPEG attachment', () => {
    const doc = keluhanDoc({ ...input, rumahtanggaId, foto: 'data:image/jpeg;base64,QUJD' }, user, new Date());
    expect(doc.rumahtanggaId).toBe(rumahtanggaId);
    expect(doc._attachments).toEqual({ 'foto-dokumen.jpg': { content_type: 'image/jpeg', data: 'QUJD' } });
    expect(parseDoc(doc)).toMatchObject({ ok: true });
  });

  it('has neither field for a walk-in without household or photo, nor a profile', () => {
    const doc = keluhanDoc(input, user, new Date(), makeRumahtangga());
    expect(doc).not.toHaveProperty('rumahtanggaId');
    expect(doc).not.toHaveProperty('_attachments');
    expect(doc).not.toHaveProperty('profil');
  });

  it('carries the profile of the complainant when a member, else of the head of household', () => {
    const rt = makeRumahtangga();
    rt.anggota[1] = { ...rt.anggota[1], disabilitas: 'sensorik-rungu' };
    const dari = (pelaporNik: string, pada = '2025-06-01T08:00:00.000Z') => keluhanDoc({ ...input, rumahtanggaId: rt._id, pelaporNik }, user, new Date(pada), rt);
    expect(dari(rt.anggota[1].nik).profil).toEqual({ jenisKelamin: 'P', disabilitas: true, kelompokUmur: 'dewasa' });
    expect(dari('').profil).toEqual({ jenisKelamin: 'L', disabilitas: false, kelompokUmur: 'dewasa' });
    // Born 1980-05-17: sixty on the record's date, not on the day the dashboard is read.
    expect(dari('', '2040-05-17T08:00:00.000Z').profil?.kelompokUmur).toBe('lansia');
    expect(parseDoc(dari(rt.anggota[1].nik))).toMatchObject({ ok: true });
  });

  it('refuses a photo above the limit next to the photo field, before saving', async () => {
    const besar = `data:image/jpeg;base64,${Buffer.alloc(301 * 1024).toString('base64')}`;
    const result = await simpanKeluhan(user, { ...input, foto: besar });
    expect(result).toMatchObject({ ok: false, problems: { foto: expect.stringMatching(/batasnya 300 KB/) } });
  });
});

describe('routing preview', () => {
  const katalog = PROGRAM_NASIONAL_PILIHAN;
  it('waits until category and programme are chosen', () => {
    expect(pratinjauRute({ kategori: '', programId: 'pkh' }, katalog)).toEqual([]);
    expect(pratinjauRute({ kategori: 'kepesertaan', programId: '' }, katalog)).toEqual([]);
  });

  it('sends kepesertaan to the registry and non-kepesertaan per programme, the usual destination first', () => {
    expect(pratinjauRute({ kategori: 'kepesertaan', programId: 'bpnt' }, katalog).map((r) => [r.tujuan, r.kanal])).toEqual([['pokja-data-terpadu', 'siks-ng']]);
    expect(pratinjauRute({ kategori: 'non-kepesertaan', programId: 'pkh' }, katalog).map((r) => r.tujuan)).toEqual(['kemensos-jsk']);
    expect(pratinjauRute({ kategori: 'non-kepesertaan', programId: 'rastra' }, katalog).map((r) => r.tujuan)).toEqual(['tikor-rastra', 'bulog']);
  });

  it('takes a regional programme from its catalogue entry, and is empty when the device has none', () => {
    const program = contohDoc('program', { programId: 'bedah-rumah', _id: 'program:7401:bedah-rumah' });
    const regional = [{ programId: 'bedah-rumah', nama: 'Bedah rumah', sasaran: 'rumahtangga' as const, kriteria: null, katalog: program }];
    expect(pratinjauRute({ kategori: 'non-kepesertaan', programId: 'bedah-rumah' }, regional)).toEqual([
      { tujuan: program.tujuanRujukan.id, namaTujuan: program.tujuanRujukan.nama, kanal: program.kanal }
    ]);
    expect(pratinjauRute({ kategori: 'non-kepesertaan', programId: 'bedah-rumah' }, katalog)).toEqual([]);
  });
});
