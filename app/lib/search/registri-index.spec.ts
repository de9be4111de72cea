import { describe, expect, it } from 'vitest';
import type { Rumahtangga } from '../domain/household';
import { contohDoc } from '../test-data/doc-fixtures';
import { DESA_CONTOH, makeAnggota, makeRumahtangga } from '../test-data/household-factory';
import { wilayahOf } from '../domain/wilayah';
import { mapOf } from '../../../design-docs/spec-harness';
import { bacaTeks, kataDari } from './kata';
import { RegistriIndex, type HasilPencarian } from './registri-index';

const PADA = '2025-06-01';
const DESA_B = '74.01.01.1003';

function keluarga(namaKepala: string, lain: string[] = [], overrides: Partial<Rumahtangga> = {}): Rumahtangga & { _rev: string } {
  const anggota = [
    makeAnggota({ nama: namaKepala, tanggalLahir: '1970-07-01' }),
    ...lain.map((n, i) =>
      makeAnggota({ nama: n, hubungan: 'anak', jenisKelamin: 'P', tanggalLahir: `20${String(10 + i)}-01-01` })
    )
  ];
  return { ...makeRumahtangga({ anggota, ...overrides }), _rev: '1-a' };
}

function ids(h: HasilPencarian): string[] {
  if (h.jenis !== 'hasil') throw new Error(`bukan hasil: ${h.jenis}`);
  return h.hasil.map((r) => r.id);
}

function indexOf(...docs: Rumahtangga[]): RegistriIndex {
  const index = new RegistriIndex();
  for (const d of docs) index.terapkan(d);
  return index;
}

describe('kataDari: the words of a name', () => {
  it.each([
    ['Wa Ode Nurhayati', ['wa', 'ode', 'nurhayati']],
    ["Ma'ruf Amin", ['maruf', 'amin']],
    ['RÉNÉ  Sitti-Aisyah', ['rene', 'sitti', 'aisyah']],
    ['andi andi', ['andi']]
  ])('%s → %j', (teks, kata) => expect(kataDari(teks)).toEqual(kata));

  it('agrees with the server view registri/nama on every word it emits', () => {
    const rt = keluarga("Ma'ruf Élan", ['Wa Ode Sitti-Aisyah']);
    const viewWords = mapOf('registri', 'nama')(rt).map((row) => row.key);
    expect(viewWords).toEqual(rt.anggota.flatMap((a) => kataDari(a.nama)));
  });
});

describe('bacaTeks: what the search box holds', () => {
  it('reads a 16-digit number with spaces or dots as a NIK or No. KK', () => {
    expect(bacaTeks('7401 0141 0580 0001')).toEqual({ jenis: 'nomor', nomor: '7401014105800001' });
    expect(bacaTeks('74.01.01')).toEqual({ jenis: 'nomor-sebagian', digit: 6 });
    expect(bacaTeks('  ')).toEqual({ jenis: 'kosong' });
    expect(bacaTeks('Andi 2')).toEqual({ jenis: 'nama', kata: ['andi', '2'] });
  });
});

describe('RegistriIndex', () => {
  it('finds a household by the NIK of any member, naming that member', () => {
    const rt = keluarga('Andi Baso', ['Nur Aisyah']);
    const index = indexOf(keluarga('La Ode Hamid'), rt);
    const h = index.cari({ teks: rt.anggota[1].nik }, PADA);
    expect(h).toMatchObject({ jenis: 'hasil', total: 1, hasil: [{ id: rt._id, alasan: 'nik', cocok: { nama: 'Nur Aisyah' } }] });
  });

  it('finds a household by its No. KK and shows head, ages, desa and RT/RW', () => {
    const rt = keluarga('Andi Baso', ['Nur Aisyah'], { alamat: { rt: '003', rw: '001' } });
    const h = indexOf(rt).cari({ teks: rt.noKK }, PADA);
    expect(h).toEqual({
      jenis: 'hasil',
      total: 1,
      hasil: [
        {
          id: rt._id,
          sumber: 'registri',
          kepala: 'Andi Baso',
          noKK: rt.noKK,
          desa: DESA_CONTOH,
          rt: '003',
          rw: '001',
          statusRegistri: 'dtks',
          alasan: 'no-kk',
          anggota: [
            { nama: 'Andi Baso', hubungan: 'kepala', jenisKelamin: 'L', umur: 54 },
            { nama: 'Nur Aisyah', hubungan: 'anak', jenisKelamin: 'P', umur: 15 }
          ]
        }
      ]
    });
  });

  it('asks for the rest of a number still being typed instead of guessing', () => {
    const rt = keluarga('Andi Baso');
    expect(indexOf(rt).cari({ teks: rt.noKK.slice(0, 10) }, PADA)).toEqual({ jenis: 'nomor-sebagian', digit: 10 });
  });

  it('matches name prefixes without regard to case or diacritics', () => {
    const rt = keluarga('Séptian Rahmat');
    const index = indexOf(rt, keluarga('Andi Baso'));
    for (const teks of ['sep', 'SEPTIAN', 'séptian', 'rahm']) expect(ids(index.cari({ teks }, PADA))).toEqual([rt._id]);
    expect(ids(index.cari({ teks: 'eptian' }, PADA))).toEqual([]);
  });

  it('takes several words in any order, also spread over the members of one family', () => {
    const andi = keluarga('Andi Baso', ['Nur Aisyah']);
    const baso = keluarga('Baso Tang', ['Andi Rahman']);
    const lain = keluarga('Andi Wijaya');
    const index = indexOf(andi, baso, lain);
    expect(ids(index.cari({ teks: 'baso andi' }, PADA))).toEqual([andi._id, baso._id]);
    // The head matching every word comes before words spread over two members.
    const spread = index.cari({ teks: 'aisyah andi' }, PADA);
    expect(ids(spread)).toEqual([andi._id]);
    expect(spread).toMatchObject({ hasil: [{ alasan: 'nama' }] });
    expect(ids(index.cari({ teks: 'andi' }, PADA))).toEqual([andi._id, lain._id, baso._id]);
  });

  it('filters by desa and RT/RW, and lists an address alone', () => {
    const a = keluarga('Andi Baso', [], { alamat: { rt: '001', rw: '002' } });
    const b = keluarga('Andi Lolo', [], { alamat: { rt: '004', rw: '002' }, wilayah: wilayahOf(DESA_B) });
    const index = indexOf(a, b);
    expect(ids(index.cari({ teks: 'andi', desa: DESA_B }, PADA))).toEqual([b._id]);
    expect(ids(index.cari({ teks: 'andi', rt: '4' }, PADA))).toEqual([b._id]);
    expect(ids(index.cari({ teks: '', rw: '2' }, PADA))).toEqual([a._id, b._id]);
    expect(ids(index.cari({ teks: '', desa: DESA_CONTOH }, PADA))).toEqual([a._id]);
    expect(index.cari({ teks: '' }, PADA)).toEqual({ jenis: 'kosong' });
    expect(index.daftarDesa()).toEqual([DESA_CONTOH, DESA_B]);
  });

  it('caps the results but counts them all', () => {
    const index = indexOf(...Array.from({ length: 7 }, (_, i) => keluarga(`Andi ${i}`)));
    const h = index.cari({ teks: 'andi' }, PADA, 5);
    expect(h).toMatchObject({ jenis: 'hasil', total: 7 });
    expect(ids(h)).toHaveLength(5);
  });

  it('follows a changed household: new name and NIK found, old ones not', () => {
    const rt = keluarga('Andi Baso');
    const index = indexOf(rt);
    const oldNik = rt.anggota[0].nik;
    const changed = { ...rt, _rev: '2-b', anggota: [{ ...rt.anggota[0], nama: 'Andi Rahmat', nik: '7401011707800999' }] };
    index.terapkan(changed);
    expect(ids(index.cari({ teks: 'rahmat' }, PADA))).toEqual([rt._id]);
    expect(ids(index.cari({ teks: 'baso' }, PADA))).toEqual([]);
    expect(ids(index.cari({ teks: oldNik }, PADA))).toEqual([]);
    expect(ids(index.cari({ teks: '7401011707800999' }, PADA))).toEqual([rt._id]);
    expect(index.size).toBe(1);
  });

  it('ignores an older revision arriving after a newer one', () => {
    const rt = keluarga('Andi Baso');
    const index = indexOf({ ...rt, _rev: '3-c', anggota: [{ ...rt.anggota[0], nama: 'Andi Rahmat' }] } as Rumahtangga);
    index.terapkan(rt);
    expect(ids(index.cari({ teks: 'rahmat' }, PADA))).toEqual([rt._id]);
    expect(ids(index.cari({ teks: 'baso' }, PADA))).toEqual([]);
  });

  it('forgets a deleted household, its words and its desa', () => {
    const rt = keluarga('Andi Baso', [], { wilayah: wilayahOf(DESA_B) });
    const index = indexOf(rt, keluarga('Andi Lolo'));
    index.terapkan({ _id: rt._id, _rev: '2-x', _deleted: true });
    expect(ids(index.cari({ teks: 'baso' }, PADA))).toEqual([]);
    expect(ids(index.cari({ teks: rt.noKK }, PADA))).toEqual([]);
    expect(index.daftarDesa()).toEqual([DESA_CONTOH]);
    expect(index.size).toBe(1);
  });

  it('indexes pre-list households and skips other types and malformed households', () => {
    const prelist = keluarga('Sitti Prelist', [], { statusRegistri: 'prelist', desil: null });
    const index = indexOf(prelist);
    index.terapkan({ _id: 'keluhan:7401011002:X', _rev: '1-a', type: 'keluhan' });
    index.terapkan({ _id: 'rumahtangga:7401011002:RUSAK', _rev: '1-a', type: 'rumahtangga' });
    expect(index.cari({ teks: 'sitti' }, PADA)).toMatchObject({ hasil: [{ id: prelist._id, statusRegistri: 'prelist' }] });
    expect(index.size).toBe(1);
  });

  it('finds a household proposed on a pre-list by NIK, No. KK and name, marked as pre-list and counted apart', () => {
    const prelist = usulanPrelist('Wa Ode Baru', ['La Baru']);
    const index = indexOf(keluarga('Andi Baso'));
    index.terapkan(prelist);
    const { anggota, noKK } = prelist.rumahtangga;
    for (const teks of [anggota[1].nik, noKK, 'baru ode']) {
      expect(index.cari({ teks }, PADA), teks).toMatchObject({
        hasil: [{ id: prelist._id, sumber: 'prelist', statusRegistri: 'prelist', kepala: 'Wa Ode Baru', rt: '004', rw: '002' }]
      });
    }
    expect([index.size, index.jumlahPrelist]).toEqual([1, 1]);
    index.terapkan({ _id: prelist._id, _rev: '2-b', _deleted: true });
    expect(ids(index.cari({ teks: noKK }, PADA))).toEqual([]);
    expect([index.size, index.jumlahPrelist]).toEqual([1, 0]);
  });

  it('gives the duplicate check the households and pre-lists sharing a NIK, the No. KK or a whole name word', () => {
    const samaNik = keluarga('Andi Baso', ['Nur Aisyah']);
    const samaKk = keluarga('La Ode Hamid');
    const samaNama = keluarga('Sitti Rahmawati');
    const prelist = usulanPrelist('Wa Ode Baru');
    const index = indexOf(samaNik, samaKk, samaNama, keluarga('Rahma Lain'));
    index.terapkan(prelist);
    const calon = {
      noKK: samaKk.noKK,
      anggota: [
        { nik: samaNik.anggota[1].nik, nama: 'Orang Lain' },
        // Only the longest word is looked up, whole: "rahma" alone is no candidate.
        { nik: '', nama: 'SITTI RAHMAWATI' },
        { nik: prelist.rumahtangga.anggota[0].nik, nama: '' }
      ]
    };
    const pembanding = index.pembandingDuplikat(calon);
    expect(pembanding.map((p) => [p.id, p.sumber]).sort()).toEqual(
      [
        [samaNik._id, 'registri'],
        [samaKk._id, 'registri'],
        [samaNama._id, 'registri'],
        [prelist._id, 'prelist']
      ].sort()
    );
    expect(pembanding.find((p) => p.id === prelist._id)).toMatchObject({ desa: DESA_CONTOH, noKK: prelist.rumahtangga.noKK });
  });
});

/** A pre-list proposal of a household in DESA_CONTOH, RT 004/RW 002. */
function usulanPrelist(namaKepala: string, lain: string[] = []) {
  const rt = keluarga(namaKepala, lain);
  return {
    ...contohDoc('usulan'),
    _id: `usulan:7401011002:PRELIST${rt.noKK.slice(-4)}`,
    _rev: '1-a',
    wilayah: wilayahOf(DESA_CONTOH),
    jenis: 'prelist' as const,
    rumahtangga: { alamat: { rt: '004', rw: '002' }, noKK: rt.noKK, anggota: rt.anggota }
  };
}
