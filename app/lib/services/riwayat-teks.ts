/**
 * A case's timeline in the user's language. The domain writes each step in Bahasa Indonesia
 * (`label`, for logs and the server's words) and as a message key with its values (`teks`);
 * screens say the latter, so a step reads in English too.
 */
import type { TimelineEntry } from '$lib/domain/case-state';
import type { Params, Translate } from '$lib/i18n/translate';

/** Values that are codes are said in words; names (a destination) stay as written. */
function isiDalamKata(isi: Record<string, string>, t: Translate): Params {
  const kata: Params = { ...isi };
  if (isi.kategori) kata.kategori = t(`rujukan.kategori.${isi.kategori}`);
  if (isi.tahap) kata.tahap = t(`cari.riwayat.tahap.${isi.tahap}`);
  if (isi.kanal) kata.kanal = t(`rujukan.kanal.${isi.kanal}`);
  return kata;
}

/** What the step did, marked when the flow did not allow it at its place; `t`: the app's translator. */
export function teksLangkah(e: Pick<TimelineEntry, 'teks' | 'berlaku'>, t: Translate): string {
  const langkah = t(`cari.riwayat.${e.teks.kunci}`, isiDalamKata(e.teks.isi, t));
  return e.berlaku ? langkah : t('cari.riwayat.tidakBerlaku', { langkah });
}
