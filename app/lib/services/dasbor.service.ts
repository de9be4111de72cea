/**
 * Where a user's dashboards read their numbers (SumberAngka, dasbor.ts): the aggregate
 * documents for provincial and national staff and for programme agencies, who hold
 * `slrt-agregat` (placement.ts); the `dasbor/angka` view of their kabupaten or kecamatan database for
 * everyone else. Both answer in the same table shape, so one screen serves all of them.
 */
import { openUserStore, type StoreUser } from '$lib/db/user-store';
import { bacaDariView, sumberAgregat } from '$lib/domain/agregat-sumber';
import type { SumberAngka } from '$lib/domain/dasbor';
import type { TanyaView } from '$lib/domain/dasbor-kueri';
import { sumberDistrik } from '$lib/domain/dasbor-stok';
import { AGREGAT_DB } from '$lib/domain/databases';
import { sumberIrisanAgregat, sumberIrisanDistrik, type SumberIrisan } from '$lib/domain/irisan-sumber';

export { AgregatTidakSahError, WilayahAgregatError } from '$lib/domain/agregat-sumber';
export { WilayahDasborError } from '$lib/domain/dasbor-kueri';
export { IrisanTidakSahError } from '$lib/domain/irisan-sumber';

export function sumberAngka(user: StoreUser): SumberAngka {
  const store = openUserStore(user);
  if (store.placement.databases.includes(AGREGAT_DB)) {
    return sumberAgregat(bacaDariView((view, options) => store.queryView(view, options, [AGREGAT_DB])));
  }
  const tanya: TanyaView = (view, options) => store.queryView(view, options);
  return sumberDistrik(tanya);
}

/** Where a user's dashboard reads the overlap of programmes: the same database as its other figures. */
export function sumberIrisan(user: StoreUser): SumberIrisan {
  const store = openUserStore(user);
  if (store.placement.databases.includes(AGREGAT_DB)) {
    return sumberIrisanAgregat((view, options) => store.queryView(view, options, [AGREGAT_DB]));
  }
  return sumberIrisanDistrik((view, options) => store.queryView(view, options));
}
