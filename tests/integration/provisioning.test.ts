import { describe, expect, inject, it } from 'vitest';
import nano from 'nano';
import { provision } from '../../couch/provision/provision';
import { designDocsFor } from '../../design-docs/build';

const adminUrl = inject('couchAdminUrl');
const couch = nano(adminUrl);

describe('provisioning Kabupaten Kolaka', () => {
  it('creates the kabupaten, its 12 kecamatan, the referral and aggregate databases', async () => {
    const dbs = await couch.db.list();
    expect(dbs).toContain('slrt-kab-7401');
    expect(dbs.filter((d) => d.startsWith('slrt-kec-7401'))).toHaveLength(12);
    expect(dbs).toContain('slrt-rujukan-7401-pkh');
    expect(dbs).toContain('slrt-agregat');
  });

  it('sets who may read each database', async () => {
    const security = async (db: string) => couch.request({ db, path: '_security' });
    expect((await security('slrt-kec-740101')).members.roles).toEqual(['kec:740101']);
    expect((await security('slrt-kab-7401')).members.roles).toEqual(['kab:7401']);
    expect((await security('slrt-rujukan-7401-pkh')).members.roles).toEqual(
      expect.arrayContaining(['pengelola:7401:pkh'])
    );
  });

  it('deploys the design documents, version-stamped', async () => {
    for (const ddoc of designDocsFor('slrt-kec-740101')) {
      const deployed = await couch.use('slrt-kec-740101').get(ddoc._id);
      expect((deployed as unknown as { slrt_version: string }).slrt_version).toBe(ddoc.slrt_version);
    }
  });

  it('changes nothing when run again', async () => {
    const report = await provision(adminUrl, { kabupaten: ['74.01'] });
    expect(report.databasesCreated).toEqual([]);
    expect(report.securityUpdated).toEqual([]);
    expect(report.designDocsUpdated).toEqual([]);
  });
});
