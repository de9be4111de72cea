import { describe, expect, it } from 'vitest';
import { backupFolderName, databaseFileName, databasesToBackUp, hasBackedUpSecurity, isBackedUpDoc } from './cakupan';

describe('databasesToBackUp', () => {
  it('takes _users and every SLRT database but the router report, and nothing else of the server', () => {
    const all = ['_replicator', '_users', 'slrt-router', 'slrt-kec-740101', 'slrt-agregat', 'slrt-kab-7401', 'slrt-rujukan-7401-pkh', 'lain-app', 'slrt-kec-7401'];
    expect(databasesToBackUp(all)).toEqual(['_users', 'slrt-agregat', 'slrt-kab-7401', 'slrt-kec-740101', 'slrt-rujukan-7401-pkh']);
  });

  it('works on a server without _users (a fresh CouchDB 3 node)', () => {
    expect(databasesToBackUp(['slrt-kab-7401'])).toEqual(['slrt-kab-7401']);
  });
});

describe('what of a database is backed up', () => {
  it.each([
    ['_users', 'org.couchdb.user:fasilitator.wundulako', true],
    ['_users', '_design/_auth', false],
    ['slrt-kec-740101', '_design/validasi', true],
    ['slrt-kec-740101', 'keluhan:7401012001:01J', true]
  ])('%s %s → %s', (db, id, kept) => {
    expect(isBackedUpDoc(db, id)).toBe(kept);
  });

  it("keeps _security of SLRT databases, not the server's own _users", () => {
    expect(hasBackedUpSecurity('slrt-kab-7401')).toBe(true);
    expect(hasBackedUpSecurity('_users')).toBe(false);
  });
});

describe('names on disk', () => {
  it('names the folder by the UTC minute', () => {
    expect(backupFolderName(new Date('2026-12-02T11:00:59.999Z'))).toBe('2026-12-02T1100');
    expect(backupFolderName(new Date('2026-01-09T03:07:00+08:00'))).toBe('2026-01-08T1907');
  });

  it('gives each database one NDJSON file', () => {
    expect(databaseFileName('slrt-kec-740101')).toBe('slrt-kec-740101.ndjson');
    expect(databaseFileName('_users')).toBe('_users.ndjson');
  });
});
