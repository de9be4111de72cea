import type { Rumahtangga } from '$lib/domain/household';
import type { CouchDoc } from '../../../../couchdb-types';

/**
 * Households by [kecamatan, desa, statusRegistri], counted (`_count`). Drill-down by group_level:
 * 0 the whole database (the kabupaten, in a kabupaten database), 1 per kecamatan, 2 per desa,
 * 3 per desa and registry status (dtks / prelist).
 */
export default function (doc: CouchDoc) {
  if (doc.type !== 'rumahtangga') return;
  const rumahtangga = doc as unknown as Rumahtangga;
  if (!rumahtangga.wilayah) return;
  emit([rumahtangga.wilayah.kecamatan, rumahtangga.wilayah.desa, rumahtangga.statusRegistri]);
}
