import '../test-data/browser-globals';
import { describe, expect, it } from 'vitest';
import { katalogNasional } from '$lib/domain/katalog-nasional';
import { programSchema } from '$lib/domain/program';
import { formBaru, formDariProgram, programDariForm, type ProgramForm } from './katalog.service';

const manajer = { name: 'manajer.kolaka', roles: ['manajer', 'kab:7401'] };
const now = new Date('2025-03-01T08:00:00.000Z');
const pkh = { ...katalogNasional('74.01', '2024-01-01T00:00:00.000Z', 'slrt-provisioning').find((p) => p.programId === 'pkh')!, _rev: '1-a' };

const regional: ProgramForm = {
  ...formBaru('2025-03-01'),
  programId: 'beasiswa-kolaka',
  nama: 'Beasiswa Kolaka Cerdas',
  kriteria: { dan: [{ fakta: 'desil', op: '<=', nilai: 3 }, { fakta: 'ada-anggota', syarat: { umurMin: 15, umurMaks: 21, statusSekolah: 'masih-sekolah' } }] },
  tujuanId: 'dikbud-kolaka',
  tujuanNama: 'Dinas Pendidikan Kabupaten Kolaka'
};

describe('a catalogue entry from the form', () => {
  it('makes a valid new regional entry of the user’s kabupaten', () => {
    const doc = programDariForm(regional, manajer, '74.01', null, now);
    const parsed = programSchema.safeParse(doc);
    expect(parsed.success).toBe(true);
    expect(doc).toMatchObject({ _id: 'program:7401:beasiswa-kolaka', createdBy: 'manajer.kolaka', createdAt: now.toISOString(), wilayah: { kabupaten: '74.01' } });
    expect(doc).not.toHaveProperty('updatedBy');
  });

  it('updates an entry in place, saying who and when, keeping its author', () => {
    const lama = { ...programDariForm(regional, manajer, '74.01', null, now), _rev: '1-x' };
    const doc = programDariForm({ ...regional, targetHari: 10 }, { ...manajer, name: 'admin.kolaka' }, '74.01', lama as never, new Date('2025-04-01T00:00:00.000Z'));
    expect(doc).toMatchObject({ _rev: '1-x', createdBy: 'manajer.kolaka', updatedBy: 'admin.kolaka', updatedAt: '2025-04-01T00:00:00.000Z', targetHari: 10 });
  });

  it('keeps a national programme’s criteria, owner and routing whatever the form says; the district’s own fields change', () => {
    const form = { ...formDariProgram(pkh), kriteria: { fakta: 'ada-lansia' as const }, tujuanId: 'dinsos', kanal: 'lapor' as const, targetHari: 7, uraian: 'PKH di Kolaka' };
    const doc = programDariForm(form, manajer, '74.01', pkh as never, now);
    expect(doc).toMatchObject({ kriteria: pkh.kriteria, tujuanRujukan: pkh.tujuanRujukan, kanal: 'langsung', targetHari: 7, uraian: 'PKH di Kolaka' });
  });

  it('drops an empty end date and description rather than storing blanks', () => {
    const doc = programDariForm({ ...regional, selesai: '', uraian: '  ' }, manajer, '74.01', null, now);
    expect(doc.aktif).toEqual({ mulai: '2025-03-01' });
    expect(doc.uraian).toBeUndefined();
  });

  it('edits a single-rule entry as a group of one, which means the same', () => {
    const listrik = katalogNasional('74.01', now.toISOString(), 'x').find((p) => p.programId === 'listrik')!;
    expect(formDariProgram(listrik).kriteria).toEqual({ dan: [{ fakta: 'desil', op: '<=', nilai: 3 }] });
  });
});
