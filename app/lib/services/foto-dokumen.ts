/**
 * A photo of a document (a card, a letter) attached to a complaint: made smaller on the device
 * before it is saved, because it travels with the complaint over a slow connection and stays
 * in the kecamatan's database on every tablet. Longest side at most 1280 px, JPEG; whatever is
 * still above 300 KB is refused with a message, never saved half-way.
 */

export const SISI_TERPANJANG = 1280;
export const BATAS_FOTO_BYTE = 300 * 1024;
/** Tried in turn until the photo fits the limit. */
const MUTU_JPEG = [0.8, 0.65, 0.5] as const;

export class FotoTerlaluBesarError extends Error {
  override name = 'FotoTerlaluBesarError';
  constructor(readonly byte: number) {
    super(
      `Foto masih ${Math.ceil(byte / 1024)} KB setelah diperkecil; batasnya ${BATAS_FOTO_BYTE / 1024} KB. Foto ulang dokumennya lebih dekat, atau hanya bagian yang penting.`
    );
  }
}

export class BukanFotoError extends Error {
  override name = 'BukanFotoError';
  constructor() {
    super('Berkas ini bukan foto yang dapat dibaca. Pilih foto JPEG atau PNG.');
  }
}

/** Width and height scaled so the longest side is at most `sisi` (never scaled up). */
export function ukuranTarget(lebar: number, tinggi: number, sisi = SISI_TERPANJANG): { lebar: number; tinggi: number } {
  const skala = Math.min(1, sisi / Math.max(lebar, tinggi));
  return { lebar: Math.max(1, Math.round(lebar * skala)), tinggi: Math.max(1, Math.round(tinggi * skala)) };
}

/** Bytes a base64 data URL holds. */
export function byteDataUrl(dataUrl: string): number {
  const base64 = dataUrl.slice(dataUrl.indexOf(',') + 1);
  const pad = base64.endsWith('==') ? 2 : base64.endsWith('=') ? 1 : 0;
  return (base64.length * 3) / 4 - pad;
}

/** Throws when a compressed photo of `byte` bytes may not be attached. */
export function periksaUkuranFoto(byte: number): void {
  if (byte > BATAS_FOTO_BYTE) throw new FotoTerlaluBesarError(byte);
}

/** The photo as a JPEG data URL within the limits (browser only: a canvas draws it). */
export async function kompresFoto(berkas: Blob): Promise<string> {
  let gambar: ImageBitmap;
  try {
    gambar = await createImageBitmap(berkas);
  } catch {
    throw new BukanFotoError();
  }
  const { lebar, tinggi } = ukuranTarget(gambar.width, gambar.height);
  const canvas = document.createElement('canvas');
  canvas.width = lebar;
  canvas.height = tinggi;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new BukanFotoError();
  ctx.drawImage(gambar, 0, 0, lebar, tinggi);
  gambar.close();
  let dataUrl = '';
  for (const mutu of MUTU_JPEG) {
    dataUrl = canvas.toDataURL('image/jpeg', mutu);
    if (byteDataUrl(dataUrl) <= BATAS_FOTO_BYTE) return dataUrl;
  }
  periksaUkuranFoto(byteDataUrl(dataUrl));
  return dataUrl;
}

/** The attachment of a complaint's photo, as PouchDB stores it (base64 data). */
export function lampiranFoto(dataUrl: string): Record<string, { content_type: string; data: string }> {
  return { 'foto-dokumen.jpg': { content_type: 'image/jpeg', data: dataUrl.slice(dataUrl.indexOf(',') + 1) } };
}
