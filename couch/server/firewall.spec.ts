import { describe, expect, it } from 'vitest';
import { decide, type SessionUser } from './firewall';

const fasilitator: SessionUser = { name: 'fasilitator.wundulako', roles: ['fasilitator', 'kec:740101'] };
const admin: SessionUser = { name: 'admin', roles: ['_admin'] };
const anonymous: SessionUser = { name: null, roles: [] };
const KEC = '/slrt-kec-740101';

describe('firewall for a logged-in field user', () => {
  it.each([
    ['GET', '/', true],
    ['GET', '/_session', true],
    ['POST', '/_session', true],
    ['DELETE', '/_session', true],
    ['GET', KEC, true],
    ['POST', KEC, true],
    ['GET', `${KEC}/_all_docs?include_docs=true`, true],
    ['POST', `${KEC}/_all_docs`, true],
    ['GET', `${KEC}/_changes?feed=longpoll&since=0`, true],
    ['POST', `${KEC}/_changes`, true],
    ['POST', `${KEC}/_bulk_docs`, true],
    ['POST', `${KEC}/_bulk_get?revs=true`, true],
    ['POST', `${KEC}/_revs_diff`, true],
    ['POST', `${KEC}/_find`, true],
    ['GET', `${KEC}/_local/abc`, true],
    ['PUT', `${KEC}/_local/abc`, true],
    ['GET', `${KEC}/keluhan%3A7401012001%3A01ABC`, true],
    ['PUT', `${KEC}/keluhan:7401012001:01ABC`, true],
    ['DELETE', `${KEC}/keluhan:7401012001:01ABC?rev=1-a`, true],
    ['GET', `${KEC}/_design/slrt`, true],
    ['GET', `${KEC}/_design/slrt/_view/rumahtangga_by_nik?key=%22x%22`, true],
    ['POST', `${KEC}/_design/slrt/_view/rumahtangga_by_nik`, true],
    // Refused: what could crash PouchDB Server, leak the server's layout or change its shape.
    ['PUT', '/slrt-kec-740199', false],
    ['PUT', KEC, false],
    ['DELETE', KEC, false],
    ['PUT', `${KEC}/_design/slrt`, false],
    ['PUT', `${KEC}/_design%2Fslrt`, false],
    ['DELETE', `${KEC}/_design/slrt`, false],
    ['GET', `${KEC}/_design/slrt/_info`, false],
    ['GET', `${KEC}/_design/slrt/_show/x`, false],
    ['GET', `${KEC}/_security`, false],
    ['PUT', `${KEC}/_security`, false],
    ['POST', `${KEC}/_compact`, false],
    ['POST', `${KEC}/_view_cleanup`, false],
    ['POST', `${KEC}/_purge`, false],
    ['POST', `${KEC}/_index`, false],
    ['COPY', `${KEC}/doc`, false],
    // Devices checkpoint kecamatan databases only; the server keeps its own status elsewhere.
    ['PUT', '/slrt-agregat/_local/slrt-rekap', false],
    ['GET', '/_all_dbs', false],
    ['GET', '/_config', false],
    ['PUT', '/_config/admins/x', false],
    ['POST', '/_replicate', false],
    ['GET', '/_active_tasks', false],
    ['GET', '/_users/org.couchdb.user:fasilitator.wundulako', false],
    ['GET', '/_replicator', false],
    ['GET', '/_db_updates', false],
    ['GET', '/_utils', false],
    ['GET', '/slrt-router', false],
    ['GET', '/some-other-db', false],
    ['GET', '/%E0%A4%A', false]
  ])('%s %s → %s', (method, path, allowed) => {
    expect(decide(method, path, fasilitator).allow).toBe(allowed);
  });
});

describe('firewall for a database the user is not a member of', () => {
  const provinsi: SessionUser = { name: 'provinsi.sultra', roles: ['provinsi', 'prov:74'] };
  const pengelola: SessionUser = { name: 'pengelola.pkh.kolaka', roles: ['pengelola', 'pengelola:7401:pkh'] };

  // PouchDB Server answers _bulk_get and _find without _security: the firewall keeps the boundary.
  const outside: [SessionUser, string, string][] = [
    [fasilitator, 'POST', '/slrt-kec-740107/_bulk_get'],
    [fasilitator, 'POST', '/slrt-kab-7401/_find'],
    [fasilitator, 'GET', '/slrt-agregat/_all_docs'],
    [provinsi, 'POST', `${KEC}/_bulk_get`],
    [provinsi, 'POST', `${KEC}/_find`],
    [provinsi, 'GET', '/slrt-rujukan-7401-pkh'],
    [pengelola, 'POST', '/slrt-rujukan-7401-bpnt/_bulk_get'],
    [pengelola, 'POST', '/slrt-kab-7401/_find']
  ];
  it.each(outside.map(([user, method, path]) => ({ name: user.name, user, method, path })))('refuses $name: $method $path', ({ user, method, path }) => {
    expect(decide(method, path, user)).toEqual({ allow: false, status: 403, error: 'forbidden', reason: 'Basis data ini di luar wilayah kerja Anda.' });
  });

  it('keeps _local documents to kecamatan databases, where devices checkpoint', () => {
    const manajer: SessionUser = { name: 'manajer.kolaka', roles: ['manajer', 'kab:7401'] };
    expect(decide('PUT', '/slrt-kab-7401/_local/abc', manajer)).toMatchObject({ allow: false, status: 403 });
    expect(decide('GET', '/slrt-rujukan-7401-pkh/_local/abc', pengelola)).toMatchObject({ allow: false, status: 403 });
    expect(decide('PUT', '/slrt-agregat/_local/slrt-rekap', provinsi)).toMatchObject({ allow: false, status: 403 });
    expect(decide('PUT', `${KEC}/_local/abc`, fasilitator).allow).toBe(true);
  });

  it('lets members through, as provisioning names them', () => {
    expect(decide('POST', `${KEC}/_bulk_get`, fasilitator).allow).toBe(true);
    expect(decide('POST', '/slrt-agregat/_find', provinsi).allow).toBe(true);
    expect(decide('POST', '/slrt-rujukan-7401-pkh/_bulk_get', pengelola).allow).toBe(true);
    expect(decide('GET', '/slrt-agregat/_all_docs', pengelola).allow).toBe(true);
  });
});

describe('firewall for anonymous visitors and server admins', () => {
  it('lets an anonymous visitor only log in and see the root', () => {
    expect(decide('POST', '/_session', anonymous).allow).toBe(true);
    expect(decide('GET', '/', null).allow).toBe(true);
    expect(decide('GET', `${KEC}/_all_docs`, anonymous)).toMatchObject({ allow: false, status: 401 });
    expect(decide('PUT', '/slrt-kec-740199', null)).toMatchObject({ allow: false, status: 401 });
  });

  it('lets a server admin through everywhere', () => {
    for (const [method, path] of [
      ['PUT', '/slrt-kec-740199'],
      ['PUT', `${KEC}/_security`],
      ['GET', '/_all_dbs'],
      ['PUT', `${KEC}/_design/slrt`]
    ]) {
      expect(decide(method, path, admin).allow).toBe(true);
    }
  });

  it('says in Bahasa Indonesia why a request is refused', () => {
    expect(decide('GET', '/_all_dbs', fasilitator)).toEqual({
      allow: false,
      status: 403,
      error: 'forbidden',
      reason: 'Permintaan ini tidak diizinkan untuk akun Anda.'
    });
  });
});

describe('firewall for a deactivated account', () => {
  it('refuses every database request of a session opened before the account was deactivated, but lets it log out', () => {
    const nonaktif: SessionUser = { name: 'fasilitator.pomalaa', roles: ['nonaktif'] };
    expect(decide('GET', `${KEC}/_changes`, nonaktif)).toEqual({
      allow: false,
      status: 403,
      error: 'forbidden',
      reason: 'Akun Anda dinonaktifkan. Hubungi administrator kabupaten.'
    });
    expect(decide('DELETE', '/_session', nonaktif).allow).toBe(true);
  });
});
