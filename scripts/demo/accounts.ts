import {
  kabupatenRole,
  kecamatanRole,
  pengelolaRole,
  provinsiRole,
  type JobRole
} from '../../app/lib/domain/roles';

/** Every demo account logs in with this password; the demo is for trying the app, never production. */
export const DEMO_PASSWORD = 'demo1234';

export const DEMO_KABUPATEN = '74.01';
export const DEMO_PROVINSI = '74';
/** The kecamatan with their own demo staff, and the default of the demo district. */
export const WUNDULAKO = '74.01.01';
export const POMALAA = '74.01.07';

export interface DemoAccount {
  /** CouchDB user name (`_users` id `org.couchdb.user:<name>`). */
  name: string;
  /** The person's name as the app greets them. */
  displayName: string;
  jobRole: JobRole;
  /** Job role first, then area roles (roles.ts). */
  roles: string[];
  /** One line for the table `npm start` prints: who this is and what to try with it. */
  description: string;
}

function account(
  name: string,
  displayName: string,
  jobRole: JobRole,
  areaRoles: string[],
  description: string
): DemoAccount {
  return { name, displayName, jobRole, roles: [jobRole, ...areaRoles], description };
}

const kab = kabupatenRole(DEMO_KABUPATEN);

export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  account('fasilitator.wundulako', 'Nurhayati', 'fasilitator', [kecamatanRole(WUNDULAKO)],
    'Fasilitator Kec. Wundulako: kunjungan rumah, verifikasi, keluhan, pre-list (tablet, luring)'),
  account('fasilitator.pomalaa', 'Rusdin', 'fasilitator', [kecamatanRole(POMALAA)],
    'Fasilitator Kec. Pomalaa: kunjungan rumah, verifikasi, keluhan, pre-list (tablet, luring)'),
  account('frontoffice.wundulako', 'Sitti Hasna', 'front-office', [kecamatanRole(WUNDULAKO)],
    'Front office Puskesos Wundulako: mencatat warga yang datang dan keluhannya'),
  account('supervisor.wundulako', 'Jamaluddin', 'supervisor', [kecamatanRole(WUNDULAKO)],
    'Supervisor Kec. Wundulako: menyetujui, mengembalikan atau menolak kiriman fasilitator'),
  account('supervisor.pomalaa', 'Hasriani', 'supervisor', [kecamatanRole(POMALAA)],
    'Supervisor Kec. Pomalaa: menyetujui, mengembalikan atau menolak kiriman fasilitator'),
  account('frontoffice.kolaka', 'Andi Rahmawati', 'front-office', [kab],
    'Front office Sekretariat SLRT Kolaka: layanan warga di kabupaten'),
  account('backoffice.kolaka', 'Syamsul Arifin', 'back-office', [kab],
    'Back office Sekretariat SLRT Kolaka: menangani kasus secara langsung, menyiapkan rujukan'),
  account('manajer.kolaka', 'Muhammad Yusuf', 'manajer', [kab],
    'Manajer SLRT Kolaka: persetujuan akhir, rujukan ke pengelola program, katalog program, dasbor'),
  account('admin.kolaka', 'Rosmini', 'admin-kab', [kab],
    'Administrator Kabupaten Kolaka: pengguna, lokasi, program daerah, FAQ'),
  account('pengelola.pkh.kolaka', 'Hasan Basri', 'pengelola', [pengelolaRole(DEMO_KABUPATEN, 'pkh')],
    'Pengelola Program PKH Kolaka: menerima, menolak atau meninjau rujukan PKH'),
  account('pengelola.bpnt.kolaka', 'Wa Ode Hamsina', 'pengelola', [pengelolaRole(DEMO_KABUPATEN, 'bpnt')],
    'Pengelola Program BPNT Kolaka: menerima, menolak atau meninjau rujukan BPNT'),
  account('provinsi.sultra', 'Wa Ode Nurmiati', 'provinsi', [provinsiRole(DEMO_PROVINSI)],
    'Dinas Sosial Provinsi Sulawesi Tenggara: dasbor agregat (tanpa data pribadi)'),
  account('nasional', 'Bambang Sutrisno', 'nasional', [],
    'Sekretariat Nasional SLRT (Kemensos): dasbor agregat seluruh Indonesia')
];
