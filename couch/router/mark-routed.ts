/**
 * Marks every route as having carried its source up to now, without reading a document: each
 * route's checkpoint is written at its source's current `update_seq` through PouchDB's own
 * `since` (so it is found under the same replication id the router computes). Only for data
 * already placed where the routes would put it — the bench writes its 31,000-document fixture
 * into every database it belongs to, and the router's check of it (each kabupaten → kecamatan
 * and → inbox route reading every document of the kabupaten) took 132 s of a run. Run it with
 * the router stopped (RunningSlrt.withoutRouter): a replication running meanwhile could write
 * an older checkpoint after it.
 */
import { couchAdmin } from './couch-admin';
import { mapLimited } from './map-limited';
import { replicateRoute } from './replicate';
import { isRoutedDb, routesFrom } from './rules';

export async function markRoutesReplicated(couchUrl: string): Promise<number> {
  const couch = couchAdmin(couchUrl);
  const names = (await couch.allDbs()).filter(isRoutedDb);
  const routes = await Promise.all(
    names.map(async (source) => {
      const { update_seq: since } = await couch.dbInfo(source);
      return routesFrom(source, names).map((route) => ({ route, since }));
    })
  );
  const signal = new AbortController().signal;
  await mapLimited(routes.flat(), 4, ({ route, since }) => replicateRoute(route, couch, { batchSize: 500, signal, since }));
  return routes.flat().length;
}
