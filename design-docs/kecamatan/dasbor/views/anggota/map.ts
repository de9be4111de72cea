import type { Rumahtangga } from '$lib/domain/household';
import type { CouchDoc } from '../../../../couchdb-types';

/**
 * Household members by [kecamatan, desa, jenisKelamin, disabilitas], counted (`_count`): the
 * profile by sex and disability of the dashboards. group_level 1 per kecamatan, 2 per desa,
 * 3 by sex, 4 by sex and disability (`tidak` = none).
 */
export default function (doc: CouchDoc) {
  if (doc.type !== 'rumahtangga') return;
  const rumahtangga = doc as unknown as Rumahtangga;
  if (!rumahtangga.wilayah || !Array.isArray(rumahtangga.anggota)) return;
  for (const anggota of rumahtangga.anggota) {
    emit([rumahtangga.wilayah.kecamatan, rumahtangga.wilayah.desa, anggota.jenisKelamin, anggota.disabilitas]);
  }
}
