/**
 * Where a user's dashboards read their numbers (SumberAngka, dasbor.ts): the aggregate
 * documents for provincial and national staff and for programme agencies, who hold
 * `slrt-agregat` (placement.ts); the `dasbor/angka` view of their kabupaten or kecamatan database for
 * everyone else. Both answer in the same table shape, so one screen serves all of them.
 */
import { ServerGagalError } from '$lib/db/errors';
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

/** How many view answers a dashboard keeps for when the server cannot be reached. */
const JAWABAN_DISIMPAN = 300;

/**
 * Every dashboard user reads from the server (placement.ts). The server first, always; when it
 * cannot be reached, the last answer to the same query in this session: a manager whose
 * connection drops can still make the report of the period the dashboard showed (the PDF maker
 * itself is precached by the service worker). A query never answered still fails, saying so.
 */
export function denganJawabanTerakhir(tanya: TanyaView): TanyaView {
  const jawaban = new Map<string, Awaited<ReturnType<TanyaView>>>();
  return async (view, options) => {
    const kunci = JSON.stringify([view, options]);
    try {
      const rows = await tanya(view, options);
      jawaban.delete(kunci);
      jawaban.set(kunci, rows);
      if (jawaban.size > JAWABAN_DISIMPAN) jawaban.delete(jawaban.keys().next().value as string);
      return rows;
    } catch (e) {
      const lama = jawaban.get(kunci);
      if (e instanceof ServerGagalError && e.status === null && lama) return lama;
      throw e;
    }
  };
}

function tanyaPengguna(user: StoreUser): { tanya: TanyaView; agregat: boolean } {
  const store = openUserStore(user);
  const agregat = store.placement.databases.includes(AGREGAT_DB);
  const tanya: TanyaView = (view, options) => store.queryView(view, options, agregat ? [AGREGAT_DB] : undefined);
  return { tanya: denganJawabanTerakhir(tanya), agregat };
}

export function sumberAngka(user: StoreUser): SumberAngka {
  const { tanya, agregat } = tanyaPengguna(user);
  return agregat ? sumberAgregat(bacaDariView(tanya)) : sumberDistrik(tanya);
}

/** Where a user's dashboard reads the overlap of programmes: the same database as its other figures. */
export function sumberIrisan(user: StoreUser): SumberIrisan {
  const { tanya, agregat } = tanyaPengguna(user);
  return agregat ? sumberIrisanAgregat(tanya) : sumberIrisanDistrik(tanya);
}
