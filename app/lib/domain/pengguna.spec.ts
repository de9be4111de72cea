import { describe, expect, it } from 'vitest';
import { JOB_ROLES } from './roles';
import { pesanIndonesia } from './schemas';
import {
  dapatDiberikan,
  KATA_SANDI_LEMAH,
  kabupatenAdmin,
  karyaSendiri,
  menggantikanRole,
  milikKabupaten,
  pendahuluOf,
  penggantiSchema,
  penggunaBaruSchema,
  profilOfRoles,
  profilPenggunaSchema,
  rolesOf,
  setelSandiSchema,
  tolakProfil,
  type ProfilPengguna
} from './pengguna';

const KOLAKA = '74.01';
const POMALAA = '74.01.07';

function issues(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) {
  return Object.fromEntries((result.error?.issues ?? []).map((i) => [i.path.join('.'), i.message]));
}

const baru = { name: 'fasilitator.pomalaa2', displayName: 'Wa Ode Sitti', jobRole: 'fasilitator', kecamatan: [POMALAA], password: 'sandi2026' };

describe('a new user form', () => {
  it('accepts a facilitator of one kecamatan and fills the lists it may leave out', () => {
    expect(penggunaBaruSchema.parse(baru)).toEqual({ ...baru, program: [] });
  });

  it.each([
    ['Fasilitator', 'diawali huruf'],
    ['ab', 'Nama pengguna 3–40'],
    ['_admin', 'Nama pengguna'],
    ['fasilitator pomalaa', 'Nama pengguna'],
    ['org.couchdb.user:x', 'Nama pengguna']
  ])('refuses the user name %j', (name, message) => {
    expect(issues(penggunaBaruSchema.safeParse({ ...baru, name })).name).toContain(message);
  });

  it.each([
    ['short1', KATA_SANDI_LEMAH],
    ['hanyahuruf', KATA_SANDI_LEMAH],
    ['12345678', KATA_SANDI_LEMAH],
    ['fasilitator.pomalaa2!', 'Kata sandi tidak boleh memuat nama pengguna']
  ])('refuses the weak password %j with a message in Bahasa Indonesia', (password, message) => {
    expect(issues(penggunaBaruSchema.safeParse({ ...baru, password })).password).toBe(message);
  });

  it('refuses any field it does not know, so nobody sends raw roles', () => {
    expect(issues(penggunaBaruSchema.safeParse({ ...baru, roles: ['_admin'] }, { error: pesanIndonesia }))['']).toBe('Isian tidak dikenal: roles');
  });

  it('refuses a job role that does not exist', () => {
    expect(issues(penggunaBaruSchema.safeParse({ ...baru, jobRole: '_admin' })).jobRole).toBe('Peran tidak dikenal');
  });
});

describe('where a job role works', () => {
  const profil = (p: Record<string, unknown>) => profilPenggunaSchema.safeParse({ displayName: 'Andi', ...p });

  it('needs a kecamatan for a facilitator and a supervisor', () => {
    for (const jobRole of ['fasilitator', 'supervisor']) {
      expect(issues(profil({ jobRole })).kecamatan).toBe('Pilih minimal satu kecamatan');
    }
  });

  it('lets front office work at a Puskesos (kecamatan) or the district secretariat (none)', () => {
    expect(profil({ jobRole: 'front-office' }).success).toBe(true);
    expect(profil({ jobRole: 'front-office', kecamatan: [POMALAA], desa: '74.01.07.1002' }).success).toBe(true);
  });

  it('keeps the secretariat roles at the kabupaten', () => {
    for (const jobRole of ['back-office', 'manajer', 'admin-kab']) {
      expect(issues(profil({ jobRole, kecamatan: [POMALAA] })).kecamatan).toBe('Peran ini bekerja di tingkat kabupaten, tanpa kecamatan');
    }
  });

  it('gives programmes to programme managers only', () => {
    expect(issues(profil({ jobRole: 'pengelola' })).program).toBe('Pilih minimal satu program');
    expect(issues(profil({ jobRole: 'manajer', program: ['pkh'] })).program).toBe('Hanya pengelola program yang diberi program');
  });

  it('puts a desa inside a chosen kecamatan', () => {
    expect(issues(profil({ jobRole: 'fasilitator', kecamatan: ['74.01.01'], desa: '74.01.07.1002' })).desa).toBe(
      'Desa harus berada di salah satu kecamatan yang dipilih'
    );
  });
});

describe('the roles a profile becomes', () => {
  it('are the job role first, then its areas', () => {
    expect(rolesOf(KOLAKA, { jobRole: 'supervisor', kecamatan: ['74.01.01', POMALAA], program: [] })).toEqual([
      'supervisor',
      'kec:740101',
      'kec:740107'
    ]);
    expect(rolesOf(KOLAKA, { jobRole: 'front-office', kecamatan: [], program: [] })).toEqual(['front-office', 'kab:7401']);
    expect(rolesOf(KOLAKA, { jobRole: 'pengelola', kecamatan: [], program: ['pkh', 'bpnt'] })).toEqual([
      'pengelola',
      'pengelola:7401:pkh',
      'pengelola:7401:bpnt'
    ]);
  });

  it('read back as the same profile', () => {
    const p = { jobRole: 'fasilitator' as const, kecamatan: [POMALAA], program: [] };
    expect(profilOfRoles([...rolesOf(KOLAKA, p), menggantikanRole('x')])).toEqual(p);
  });
});

describe('what a district administrator may grant', () => {
  const dikenal = { kecamatan: ['74.01.01', POMALAA], desa: ['74.01.07.1002'], program: ['pkh'] };
  const profil = (p: Partial<ProfilPengguna>): ProfilPengguna => ({ displayName: 'Andi', jobRole: 'fasilitator', kecamatan: [POMALAA], program: [], ...p });

  it('grants the roles that work inside one district, never province, nation or server', () => {
    expect(JOB_ROLES.filter(dapatDiberikan)).toEqual(['fasilitator', 'front-office', 'back-office', 'supervisor', 'manajer', 'pengelola', 'admin-kab']);
    for (const jobRole of ['provinsi', 'nasional'] as const) {
      expect(tolakProfil(KOLAKA, profil({ jobRole, kecamatan: [] }), dikenal)).toEqual({
        status: 403,
        reason: `Administrator kabupaten tidak dapat memberikan peran ${jobRole}.`
      });
    }
  });

  it('refuses a kecamatan of another district as forbidden, an unknown one of its own as a mistake', () => {
    expect(tolakProfil(KOLAKA, profil({ kecamatan: ['74.02.01'] }), dikenal)?.status).toBe(403);
    expect(tolakProfil(KOLAKA, profil({ kecamatan: ['74.01.99'] }), dikenal)).toEqual({ status: 400, reason: 'Kecamatan 74.01.99 tidak dikenal di kabupaten ini.' });
    expect(tolakProfil(KOLAKA, profil({ desa: '74.01.07.9999' }), dikenal)?.status).toBe(400);
    expect(tolakProfil(KOLAKA, profil({ jobRole: 'pengelola', kecamatan: [], program: ['bpnt'] }), dikenal)?.status).toBe(400);
  });

  it('allows what fits', () => {
    expect(tolakProfil(KOLAKA, profil({ desa: '74.01.07.1002' }), dikenal)).toBeNull();
    expect(tolakProfil(KOLAKA, profil({ jobRole: 'pengelola', kecamatan: [], program: ['pkh'] }), dikenal)).toBeNull();
  });
});

describe('who administers whom', () => {
  it('an active admin-kab of exactly one district administers that district', () => {
    expect(kabupatenAdmin(['admin-kab', 'kab:7401'])).toBe(KOLAKA);
    expect(kabupatenAdmin(['manajer', 'kab:7401'])).toBeNull();
    expect(kabupatenAdmin(['admin-kab', 'kab:7401', 'nonaktif'])).toBeNull();
    expect(kabupatenAdmin(['admin-kab', 'kab:7401', 'kab:7402'])).toBeNull();
    expect(kabupatenAdmin(['admin-kab'])).toBeNull();
  });

  it.each([
    [['fasilitator', 'kec:740107'], true],
    [['pengelola', 'pengelola:7401:pkh'], true],
    [['manajer', 'kab:7401'], true],
    [['fasilitator', 'kec:740201'], false],
    [['supervisor', 'kec:740107', 'kec:740201'], false],
    [['provinsi', 'prov:74'], false],
    [['nasional'], false],
    [['_admin'], false],
    [['manajer', 'kab:7401', '_admin'], false],
    [['fasilitator'], false]
  ])('roles %j belong to Kolaka: %s', (roles, expected) => {
    expect(milikKabupaten({ name: 'x', roles }, KOLAKA)).toBe(expected);
  });

  it('keeps a deactivated account in the district it was recorded in', () => {
    expect(milikKabupaten({ name: 'x', roles: ['nonaktif'], kabupaten: KOLAKA }, KOLAKA)).toBe(true);
    expect(milikKabupaten({ name: 'x', roles: ['nonaktif'], kabupaten: '74.02' }, KOLAKA)).toBe(false);
  });
});

describe('a successor', () => {
  it('counts the records of whom it replaced as its own', () => {
    const user = { name: 'fasilitator.pomalaa2', roles: ['fasilitator', 'kec:740107', menggantikanRole('fasilitator.pomalaa')] };
    expect(pendahuluOf(user.roles)).toEqual(['fasilitator.pomalaa']);
    expect(karyaSendiri(user, 'fasilitator.pomalaa2')).toBe(true);
    expect(karyaSendiri(user, 'fasilitator.pomalaa')).toBe(true);
    expect(karyaSendiri(user, 'supervisor.pomalaa')).toBe(false);
  });

  it('is a new account or one that exists', () => {
    expect(penggantiSchema.safeParse({ jenis: 'ada', name: 'fasilitator.wundulako' }).success).toBe(true);
    expect(issues(penggantiSchema.safeParse({ jenis: 'baru', name: 'rusdin2', displayName: 'Rusdi', password: 'pendek' })).password).toBe(KATA_SANDI_LEMAH);
    expect(setelSandiSchema.safeParse({ password: 'sandi2026' }).success).toBe(true);
  });
});
