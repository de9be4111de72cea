import { describe, expect, it } from 'vitest';
import { makeKeluhan, makeUsulan } from '$lib/test-data/event-factory';
import { makeAnggota, makeRumahtangga } from '$lib/test-data/household-factory';
import { mapOf, rowsOf } from '../../spec-harness';

const nik = mapOf('registri', 'nik');
const noKk = mapOf('registri', 'no-kk');
const nama = mapOf('registri', 'nama');
const desa = mapOf('registri', 'desa');

const rumahtangga = makeRumahtangga();
const [kepala, pasangan, anak] = rumahtangga.anggota;

describe('registri views index households and pre-list proposals only', () => {
  const notHouseholds = [
    ['a complaint', makeKeluhan()],
    ['a data-change proposal', makeUsulan('perubahan-data')],
    ['a pre-list proposal without its household', { ...makeUsulan('prelist'), rumahtangga: undefined }],
    ['a household without members', { ...rumahtangga, anggota: undefined }],
    ['a document without type', { _id: 'x' }]
  ] as const;
  it.each(notHouseholds)('%s emits nothing', (_name, doc) => {
    for (const map of [nik, noKk, nama, desa]) expect(map(doc)).toEqual([]);
  });
});

describe('registri/nik', () => {
  it('emits every member under their NIK', () => {
    expect(nik(rumahtangga)).toEqual(
      [kepala, pasangan, anak].map((a) => ({
        key: a.nik,
        value: { rumahtanggaId: rumahtangga._id, nama: a.nama, hubungan: a.hubungan, statusRegistri: 'dtks' }
      }))
    );
  });
});

describe('registri/no-kk', () => {
  it('emits the family card number with what a result line shows', () => {
    expect(noKk(rumahtangga)).toEqual([
      {
        key: rumahtangga.noKK,
        value: { kepala: 'Andi Baso', desa: '74.01.01.1002', statusRegistri: 'dtks', jumlahAnggota: 3 }
      }
    ]);
  });
});

describe('registri/desa', () => {
  it('emits [desa, rw, rt]', () => {
    expect(desa(makeRumahtangga({ alamat: { rt: '004', rw: '001' }, noKK: '7401011501100042' }))).toEqual([
      {
        key: ['74.01.01.1002', '001', '004'],
        value: { kepala: 'Andi Baso', noKK: '7401011501100042', statusRegistri: 'dtks', jumlahAnggota: 3 }
      }
    ]);
  });
});

describe('registri/nama', () => {
  const withName = (name: string) => makeRumahtangga({ anggota: [makeAnggota({ nama: name })] });
  it.each([
    ['Andi Baso', ['andi', 'baso']],
    ['WA ODE  Nurhayati', ['wa', 'ode', 'nurhayati']],
    ["Ma'ruf Amin", ['maruf', 'amin']],
    ['Ma\u2019ruf Amin', ['maruf', 'amin']],
    ['José Ramos-Horta', ['jose', 'ramos', 'horta']],
    ['Muh. Rizky', ['muh', 'rizky']],
    ['Siti Siti', ['siti']],
    ['Ñoño Çelik', ['nono', 'celik']],
    ['I Gusti Ngurah Rai 2', ['i', 'gusti', 'ngurah', 'rai', '2']]
  ])('%s → %j', (name, words) => {
    expect(nama(withName(name)).map((row) => row.key)).toEqual(words);
  });

  it('lets a search show the member and the family without loading it', () => {
    const row = nama(rumahtangga).find((r) => r.key === 'rizky');
    expect(row?.value).toEqual({
      rumahtanggaId: rumahtangga._id,
      nama: 'Muhammad Rizky',
      nik: anak.nik,
      hubungan: 'anak',
      kepala: 'Andi Baso',
      desa: '74.01.01.1002',
      statusRegistri: 'dtks'
    });
  });

  it('finds by prefix with startkey/endkey', () => {
    const households = [rumahtangga, withName('Nurdin Halid'), withName('Sitti Nurbaya'), withName('Baso Nuri')];
    const rows = rowsOf(nama, households);
    const prefix = 'nur';
    const found = rows.filter((r) => (r.key as string) >= prefix && (r.key as string) <= prefix + '\ufff0');
    expect(found.map((r) => (r.value as { nama: string }).nama)).toEqual([
      'Sitti Nurbaya',
      'Nurdin Halid',
      'Wa Ode Nurhayati',
      'Baso Nuri'
    ]);
  });
});

describe('a household proposed on a pre-list', () => {
  const usulan = makeUsulan('prelist');
  if (usulan.jenis !== 'prelist') throw new Error('expected a pre-list');
  const { anggota, noKK, alamat } = usulan.rumahtangga;
  const kepalaPrelist = anggota.find((a) => a.hubungan === 'kepala')?.nama;
  const desaPrelist = usulan.wilayah.desa;

  it('is found by NIK, No. KK, name and address under the proposal’s id, marked as pre-list', () => {
    expect(nik(usulan)).toEqual(anggota.map((a) => ({ key: a.nik, value: { rumahtanggaId: usulan._id, nama: a.nama, hubungan: a.hubungan, statusRegistri: 'prelist' } })));
    expect(noKk(usulan)).toEqual([{ key: noKK, value: { kepala: kepalaPrelist, desa: desaPrelist, statusRegistri: 'prelist', jumlahAnggota: anggota.length } }]);
    expect(desa(usulan)).toEqual([{ key: [desaPrelist, alamat.rw, alamat.rt], value: { kepala: kepalaPrelist, noKK, statusRegistri: 'prelist', jumlahAnggota: anggota.length } }]);
    const kata = nama(usulan);
    expect(kata.length).toBeGreaterThan(0);
    for (const row of kata) expect(row.value).toMatchObject({ rumahtanggaId: usulan._id, kepala: kepalaPrelist, desa: desaPrelist, statusRegistri: 'prelist' });
  });
});
