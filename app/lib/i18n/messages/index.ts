/** Every message namespace, by the name used in keys (`t('app.…')`). Add one import per file. */
import type { Catalog } from '../translate';
import antrean from './antrean';
import app from './app';
import auth from './auth';
import cari from './cari';
import dasbor from './dasbor';
import faq from './faq';
import impor from './impor';
import katalog from './katalog';
import kirim from './kirim';
import kotak from './kotak';
import kunjungan from './kunjungan';
import lacak from './lacak';
import lokasi from './lokasi';
import meja from './meja';
import monitoring from './monitoring';
import pengguna from './pengguna';
import peringkat from './peringkat';
import pmks from './pmks';
import rujukan from './rujukan';
import sync from './sync';

export const catalog = {
  antrean,
  app,
  auth,
  cari,
  dasbor,
  faq,
  impor,
  katalog,
  kirim,
  kotak,
  kunjungan,
  lacak,
  lokasi,
  meja,
  monitoring,
  pengguna,
  peringkat,
  pmks,
  rujukan,
  sync
} satisfies Catalog;
