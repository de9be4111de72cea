/**
 * What an extract held, kept for the end of its import, when the district's registry
 * households it no longer holds are listed: for each ID DTKS the desa it was imported into, or
 * that its rows were refused. One Map from short strings (copied out of the parser's chunks,
 * see sidik.ts) to small numbers, about 70 bytes a household — where a set of the ids written,
 * a map of ids by ID DTKS and a set of refused ID DTKS held the same thing three times.
 */
import { compactCode } from '../domain/wilayah';
import type { IsiRegistri } from '../domain/pembaruan';
import { salin } from './sidik';
import { idDariDtks } from './tulis-kelompok';

const DITOLAK = -1;

export class DibacaEkstrak {
  /** Compact desa codes, each once; the Map below points into it. */
  private readonly desa: string[] = [];
  private readonly nomorDesa = new Map<string, number>();
  /** ID DTKS → index in `desa`, or DITOLAK. */
  private readonly perDtks = new Map<string, number>();

  /** A household assembled from its rows (written, or to be written, under `idRumahtangga(isi)`). */
  dirakit(idDtks: string, isi: IsiRegistri): void {
    const desa = compactCode(isi.wilayah.desa ?? '');
    let i = this.nomorDesa.get(desa);
    if (i === undefined) {
      i = this.desa.push(desa) - 1;
      this.nomorDesa.set(desa, i);
    }
    this.perDtks.set(salin(idDtks), i);
  }

  /** A household whose rows were refused. */
  ditolak(idDtks: string): void {
    this.perDtks.set(salin(idDtks), DITOLAK);
  }

  /** The kecamatan (compact codes, in order) of the households assembled. */
  kecamatan(): string[] {
    return [...new Set(this.desa.map((d) => d.slice(0, 6)))].sort();
  }

  /** The id this extract gives the household with `idDtks`, if it was assembled. */
  idBaru(idDtks: string): string | undefined {
    const i = this.perDtks.get(idDtks);
    return i === undefined || i === DITOLAK ? undefined : idDariDtks(this.desa[i], idDtks);
  }

  /**
   * Whether the household stored as `id` (registry id `idDtks`) is in the extract: written
   * under the same id (its ID DTKS is the id's last part), or refused.
   */
  ada(id: string, idDtks: string): boolean {
    if (this.perDtks.get(idDtks) === DITOLAK) return true;
    return this.idBaru(id.slice(id.lastIndexOf(':') + 1)) === id;
  }
}
