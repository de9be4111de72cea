import { compactCode } from '../../app/lib/domain/wilayah';
import { kecamatanRole, type JobRole } from '../../app/lib/domain/roles';
import { DEMO_ACCOUNTS } from './accounts';

/**
 * Who would have written each generated document: the demo account of that job in that
 * kecamatan when there is one, otherwise a name of the same pattern for the kecamatan
 * (`fasilitator.740104`) so every `createdBy` reads like a real user of that place.
 */
export interface KecamatanStaff {
  fasilitator: string;
  frontOffice: string;
  supervisor: string;
}

export interface KabupatenStaff {
  frontOffice: string;
  backOffice: string;
  manajer: string;
  admin: string;
  /** The programme manager who answers referrals of a programme. */
  pengelola(programId: string): string;
}

const PREFIX: Partial<Record<JobRole, string>> = {
  fasilitator: 'fasilitator',
  'front-office': 'frontoffice',
  supervisor: 'supervisor'
};

function kecamatanAccount(jobRole: JobRole, kodeKecamatan: string): string {
  const area = kecamatanRole(kodeKecamatan);
  const demo = DEMO_ACCOUNTS.find((a) => a.jobRole === jobRole && a.roles.includes(area));
  return demo?.name ?? `${PREFIX[jobRole]}.${compactCode(kodeKecamatan)}`;
}

export function kecamatanStaff(kodeKecamatan: string): KecamatanStaff {
  return {
    fasilitator: kecamatanAccount('fasilitator', kodeKecamatan),
    frontOffice: kecamatanAccount('front-office', kodeKecamatan),
    supervisor: kecamatanAccount('supervisor', kodeKecamatan)
  };
}

function kabupatenAccount(jobRole: JobRole): string {
  const demo = DEMO_ACCOUNTS.find((a) => a.jobRole === jobRole && a.roles.some((r) => r.startsWith('kab:')));
  if (!demo) throw new Error(`Akun demo ${jobRole} kabupaten tidak ada`);
  return demo.name;
}

export function kabupatenStaff(): KabupatenStaff {
  const pengelolaAkun = new Map(
    DEMO_ACCOUNTS.filter((a) => a.jobRole === 'pengelola').flatMap((a) =>
      a.roles.filter((r) => r.startsWith('pengelola:')).map((r) => [r.split(':')[2], a.name] as const)
    )
  );
  return {
    frontOffice: kabupatenAccount('front-office'),
    backOffice: kabupatenAccount('back-office'),
    manajer: kabupatenAccount('manajer'),
    admin: kabupatenAccount('admin-kab'),
    pengelola: (programId) => pengelolaAkun.get(programId) ?? `pengelola.${programId}.kolaka`
  };
}
