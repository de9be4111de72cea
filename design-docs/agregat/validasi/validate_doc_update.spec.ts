import { describe, expect, it } from 'vitest';
import type { UserCtx } from '../../couchdb-types';
import { validatorOf } from '../../spec-harness';

const validate = validatorOf('agregat');
const angka = { _id: 'agregat:7401:2025-03', kabupaten: '74.01', anggota: { L: 40211, P: 40893 } };

describe('validate_doc_update of the aggregate database', () => {
  it.each<[string, UserCtx, unknown]>([
    ['the rollup job (server admin)', { name: 'admin', roles: ['_admin'] }, 'allowed'],
    ['an anonymous user', { name: null, roles: [] }, 'unauthorized'],
    ['provincial staff, who only read it', { name: 'dinsos.sultra', roles: ['provinsi', 'prov:74'] }, 'forbidden'],
    ['a district manager', { name: 'manajer.kolaka', roles: ['manajer', 'kab:7401'] }, 'forbidden']
  ])('%s', (_name, userCtx, expected) => {
    const verdict = validate(angka, null, userCtx, 'slrt-agregat');
    expect(verdict === 'allowed' ? verdict : Object.keys(verdict)[0]).toBe(expected);
  });
});
