import type { Rumahtangga } from '../../app/lib/domain/household';
import { compactCode, wilayahOf } from '../../app/lib/domain/wilayah';
import { generateAnggota } from './anggota';
import { docHead, type GenContext } from './context';
import { DAY, WINDOW_DAYS, isoDate, isoTime } from './waktu';
import type { Desa } from './wilayah-data';

/** What a household is before it becomes a document: the pre-list proposal embeds this. */
export type IsiRumahtangga = Pick<Rumahtangga, 'alamat' | 'noKK' | 'anggota'>;

/** The registry covers the poorest 40 %: deciles 1–4, with a few ranked higher since. */
const DESIL: readonly (readonly [number, number])[] = [[1, 30], [2, 28], [3, 22], [4, 14], [5, 4], [6, 2]];
/** Family cards in use were issued from the 2000s on (e-KK since 2013). */
const KK_EARLIEST = Date.UTC(2005, 0, 1);

const pad3 = (n: number) => String(n).padStart(3, '0');

export function isiRumahtangga(ctx: GenContext): IsiRumahtangga {
  const { rng, now } = ctx;
  const anggota = generateAnggota(rng, ctx.names, ctx.nomor, ctx.kecamatan.kode, now);
  const kepala = anggota[0];
  const adultSince = Date.parse(kepala.tanggalLahir) + 17 * 365.25 * DAY;
  const from = Math.max(KK_EARLIEST, adultSince);
  const until = now - (WINDOW_DAYS + 30) * DAY;
  const terbit = isoDate(from < until ? from + rng.next() * (until - from) : until);
  return {
    alamat: { rt: pad3(rng.int(1, 10)), rw: pad3(rng.int(1, 5)) },
    noKK: ctx.nomor.noKK(ctx.kecamatan.kode, terbit),
    anggota
  };
}

/**
 * A household of the registry, imported by the manager before the demo's window. Its id is
 * its registry id, so importing the registry again updates it instead of duplicating it.
 */
export function registryHousehold(ctx: GenContext, desa: Desa, serial: number): Rumahtangga {
  const isi = isiRumahtangga(ctx);
  const idDtks = `${compactCode(desa.kode)}${String(serial).padStart(5, '0')}`;
  const importedAt = ctx.now - (WINDOW_DAYS + ctx.rng.int(1, 20)) * DAY;
  return {
    _id: `rumahtangga:${compactCode(desa.kode)}:${idDtks}`,
    type: 'rumahtangga',
    schema: 1,
    wilayah: wilayahOf(desa.kode),
    createdBy: ctx.kab.manajer,
    createdAt: isoTime(importedAt),
    alamat: isi.alamat,
    noKK: isi.noKK,
    statusRegistri: 'dtks',
    idDtks,
    desil: ctx.rng.weighted(DESIL),
    anggota: isi.anggota
  };
}

/** A pre-list household, written by the manager when it approves the proposal. */
export function prelistHousehold(ctx: GenContext, desa: Desa, isi: IsiRumahtangga, approvedAt: number): Rumahtangga {
  return {
    ...docHead(ctx, 'rumahtangga', wilayahOf(desa.kode), ctx.kab.manajer, approvedAt),
    ...isi,
    statusRegistri: 'prelist',
    desil: null
  };
}
