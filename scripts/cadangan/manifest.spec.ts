import { describe, expect, it } from 'vitest';
import { ManifestError, parseManifest, type Manifest } from './manifest';

const manifest: Manifest = {
  format: 'slrt-cadangan',
  formatVersion: 1,
  slrtVersion: '0.1.0',
  server: 'http://127.0.0.1:5984',
  startedAt: '2026-12-02T11:00:00.000Z',
  finishedAt: '2026-12-02T11:03:10.000Z',
  databases: [
    { name: '_users', file: '_users.ndjson', revisions: 13, docCount: 14, updateSeq: 14 },
    {
      name: 'slrt-kec-740101',
      file: 'slrt-kec-740101.ndjson',
      revisions: 5201,
      docCount: 5190,
      docDelCount: 3,
      updateSeq: '5214-g1AAAAFTeJzLYWBg4MhgTmHgz8tPSTV0MDQy',
      security: { admins: { names: [], roles: ['admin-kab'] }, members: { names: [], roles: ['kec:740101'] } }
    }
  ]
};

describe('parseManifest', () => {
  it('reads what backup writes: integer and opaque sequences, with and without a deleted count', () => {
    expect(parseManifest(JSON.stringify(manifest))).toEqual(manifest);
  });

  it('refuses a file that is not JSON, in Bahasa Indonesia', () => {
    expect(() => parseManifest('{"format": "slrt-cad')).toThrow(new ManifestError('manifest.json bukan JSON yang valid: berkas rusak atau terpotong.'));
  });

  it.each([
    ['another format', { ...manifest, format: 'couchbackup' }, /format/],
    ['a newer version', { ...manifest, formatVersion: 2 }, /formatVersion/],
    ['a negative count', { ...manifest, databases: [{ ...manifest.databases[0], revisions: -1 }] }, /databases\.0\.revisions/],
    ['a file outside the folder', { ...manifest, databases: [{ ...manifest.databases[0], file: '../etc/passwd.ndjson' }] }, /databases\.0\.file/],
    ['no time', { ...manifest, startedAt: undefined }, /startedAt/]
  ])('refuses %s and says which field', (_, value, field) => {
    expect(() => parseManifest(JSON.stringify(value))).toThrow(field);
    expect(() => parseManifest(JSON.stringify(value))).toThrow(/bukan manifes cadangan SLRT/);
  });

  it('refuses a database named twice', () => {
    const twice = { ...manifest, databases: [manifest.databases[1], manifest.databases[1]] };
    expect(() => parseManifest(JSON.stringify(twice))).toThrow('slrt-kec-740101 dua kali');
  });
});
