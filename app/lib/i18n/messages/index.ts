/** Every message namespace, by the name used in keys (`t('app.…')`). Add one import per file. */
import type { Catalog } from '../translate';
import app from './app';
import auth from './auth';
import kunjungan from './kunjungan';
import sync from './sync';

export const catalog = { app, auth, kunjungan, sync } satisfies Catalog;
