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

describe('registri views index households only', () => {
  const notHouseholds = [
    ['a complaint', makeKeluhan()],
    ['a pre-list proposal (its household is not in the registry yet)', makeUsulan('prelist')],
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
        value: { rumahtanggaId: rumahtangga._id, nama: a.nama, hubungan: a.hubungan }
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
      desa: '74.01.01.1002'
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
