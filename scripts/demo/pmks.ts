import type { Pmks } from '../../app/lib/domain/pmks';
import type { JenisPsks, Psks } from '../../app/lib/domain/psks';
import { wilayahOf } from '../../app/lib/domain/wilayah';
import { docHead, type GenContext } from './context';
import { DAY, WINDOW_DAYS, birthDateForAge, officeTime } from './waktu';
import type { Desa } from './wilayah-data';

/**
 * The Data Center's own records beside those that come from approved PMKS proposals (usulan.ts):
 * people the TKSK found outside the registry — street children, the homeless, disaster victims —
 * recorded by back office without a household, and each kecamatan's welfare resources (PSKS).
 */

/** Types found outside households, with the ages they come at. */
const TANPA_RUMAHTANGGA = [
  { jenis: 'anak-jalanan', umur: [8, 17] },
  { jenis: 'anak-terlantar', umur: [3, 17] },
  { jenis: 'gelandangan', umur: [25, 70] },
  { jenis: 'pemulung', umur: [15, 65] },
  { jenis: 'korban-bencana-alam', umur: [1, 80] },
  { jenis: 'korban-tindak-kekerasan', umur: [18, 50] },
  { jenis: 'lanjut-usia-terlantar', umur: [60, 85] }
] as const;

const waktu = (ctx: GenContext) => officeTime(ctx.rng, ctx.now - ctx.rng.int(1, WINDOW_DAYS) * DAY);

/** Zero to three PMKS of a desa without a household in the registry. */
export function pmksTanpaRumahtangga(ctx: GenContext, desa: Desa): Pmks[] {
  return Array.from({ length: ctx.rng.int(0, 3) }, () => {
    const { jenis, umur } = ctx.rng.pick(TANPA_RUMAHTANGGA);
    const jenisKelamin = ctx.rng.chance(jenis === 'korban-tindak-kekerasan' ? 0.8 : 0.45) ? 'P' : 'L';
    return {
      ...docHead(ctx, 'pmks', wilayahOf(desa.kode), ctx.kab.backOffice, waktu(ctx)),
      jenisPmks: jenis,
      nama: ctx.names.nama(jenisKelamin),
      jenisKelamin,
      tanggalLahir: birthDateForAge(ctx.rng, ctx.now, ctx.rng.int(umur[0], umur[1])),
      keterangan: 'Didata TKSK, belum terdaftar di registri.'
    };
  });
}

const PSKS_KECAMATAN: readonly [JenisPsks, string][] = [
  ['tksk', 'TKSK Kecamatan'],
  ['karang-taruna', 'Karang Taruna'],
  ['pekerja-sosial-masyarakat', 'PSM'],
  ['lks', 'LKS Panti Asuhan'],
  ['tagana', 'Tagana']
];

/** A kecamatan's welfare resources: its TKSK and Karang Taruna, and some of the others. */
export function psksKecamatan(ctx: GenContext): Psks[] {
  const wilayah = wilayahOf(ctx.kecamatan.kode);
  return PSKS_KECAMATAN.filter((_, i) => i < 2 || ctx.rng.chance(0.6)).map(([jenisPsks, nama]) => {
    const orang = jenisPsks === 'tksk' || jenisPsks === 'pekerja-sosial-masyarakat';
    return {
      ...docHead(ctx, 'psks', wilayah, ctx.kab.backOffice, waktu(ctx)),
      jenisPsks,
      nama: orang ? ctx.names.nama(ctx.rng.chance(0.5) ? 'L' : 'P') : `${nama} ${ctx.kecamatan.nama}`,
      telepon: ctx.names.telepon()
    };
  });
}
