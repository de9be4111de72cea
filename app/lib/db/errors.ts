import type { DocIssue } from '../domain/schemas';

/** The document does not pass its schema: nothing was written. */
export class DocumentTidakSahError extends Error {
  override name = 'DocumentTidakSahError';
  constructor(readonly issues: DocIssue[]) {
    super(`Data belum lengkap atau tidak sah: ${issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join('; ')}`);
  }
}

/** The device's storage is full: this save failed, everything saved before it is intact. */
export class PenyimpananPenuhError extends Error {
  override name = 'PenyimpananPenuhError';
  constructor() {
    super(
      'Penyimpanan perangkat penuh: data ini belum tersimpan, data yang sudah tersimpan sebelumnya tetap aman. ' +
        'Kosongkan ruang di perangkat (hapus berkas atau aplikasi yang tidak dipakai), lalu simpan lagi.'
    );
  }
}

/** The document belongs to an area whose database this user does not hold. */
export class DiLuarWilayahError extends Error {
  override name = 'DiLuarWilayahError';
  constructor(code: string) {
    super(`Wilayah ${code} di luar wilayah kerja Anda: data tidak disimpan.`);
  }
}

/** Another save changed the document first (a stale `_rev`). */
export class DataBerubahError extends Error {
  override name = 'DataBerubahError';
  constructor(id: string) {
    super(`Data ${id} sudah diubah di tempat lain. Muat ulang data, lalu simpan lagi.`);
  }
}

/** A server database could not be reached or answered with an error. */
export class ServerGagalError extends Error {
  override name = 'ServerGagalError';
  constructor(readonly status: number | null) {
    super(
      status === null
        ? 'Server tidak dapat dihubungi. Periksa koneksi internet, lalu coba lagi.'
        : `Server menjawab dengan galat (kode ${status}). Coba lagi nanti.`
    );
  }
}

/**
 * IndexedDB says the quota is exceeded in different ways: a DOMException `QuotaExceededError`
 * (Chromium, Firefox), Safari's message, or PouchDB's wrapper around either.
 */
export function isQuotaError(error: unknown): boolean {
  const seen = new Set<unknown>();
  let e: unknown = error;
  while (typeof e === 'object' && e !== null && !seen.has(e)) {
    seen.add(e);
    const { name, message, reason } = e as { name?: unknown; message?: unknown; reason?: unknown };
    if (name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED') return true;
    // PouchDB's IndexedDB adapter names the browser's error only in `reason`, as a string.
    for (const words of [message, reason]) {
      if (typeof words === 'string' && /quota|exceeded the storage|disk is full|full disk|not enough space/i.test(words)) return true;
    }
    const inner = e as { error?: unknown; reason?: unknown; cause?: unknown };
    e = inner.error ?? inner.reason ?? inner.cause;
  }
  return false;
}

/** The HTTP status PouchDB attaches to a remote error, if any. */
export function statusOf(error: unknown): number | null {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === 'number' ? status : null;
}

/** The server refused a direct write (desk roles write to the server): its reason, in its words. */
export class DitolakServerError extends Error {
  override name = 'DitolakServerError';
  constructor(readonly reason: string) {
    super(`Server menolak data ini: ${reason}`);
  }
}

/** The server session has ended: log in again; nothing saved on this device is lost. */
export class SesiBerakhirError extends Error {
  override name = 'SesiBerakhirError';
  constructor() {
    super('Sesi Anda di server telah berakhir. Silakan masuk lagi; data yang tersimpan di perangkat tetap aman.');
  }
}
