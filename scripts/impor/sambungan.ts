import { kabupatenDb } from '../../app/lib/domain/databases';

/**
 * The admin URL split into the kabupaten database URL fetch accepts and a Basic authorization
 * header (fetch refuses credentials in a URL). The import CLI and the bench connect alike.
 */
export function sambungan(couchUrl: string, kabupaten: string) {
  const url = new URL(couchUrl);
  const auth = Buffer.from(`${decodeURIComponent(url.username)}:${decodeURIComponent(url.password)}`).toString('base64');
  const oleh = decodeURIComponent(url.username);
  url.username = url.password = '';
  return { dbUrl: `${url.href.replace(/\/$/, '')}/${kabupatenDb(kabupaten)}`, headers: { Authorization: `Basic ${auth}` }, oleh };
}
