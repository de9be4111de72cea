/**
 * `/api/pengguna`: the district administrator's user administration (issue 7). Creating and
 * changing `_users` documents needs the server admin, so the browser never gets that power: this
 * narrow endpoint asks CouchDB who the caller is (its own session cookie), lets only an active
 * `admin-kab` of one district in, and lets it act only on users of that district, with the roles
 * app/lib/domain/pengguna.ts says it may grant. The body names a job role and areas, never raw
 * roles. Every action leaves an audit document (`jejak`) in the kabupaten database.
 *
 *   GET  /api/pengguna                   the district's users, kecamatan (with desa) and programmes
 *   POST /api/pengguna                   create (penggunaBaruSchema)                → 201
 *   PUT  /api/pengguna/:name             profile, role, area (profilPenggunaSchema)
 *   POST /api/pengguna/:name/nonaktif    deactivate
 *   POST /api/pengguna/:name/aktifkan    reactivate: the roles it had, a new password
 *   POST /api/pengguna/:name/kata-sandi  set a new password (setelSandiSchema)
 *   POST /api/pengguna/:name/ganti       replace by a successor (penggantiSchema)
 * Refusals: `{ error, reason }` in Bahasa Indonesia with 400 (and `issues`), 401, 403, 404, 409.
 *
 * Deactivating keeps the `_users` document (history keeps the name) with the single role
 * `nonaktif` and the former roles in `peranSebelumnya`, as app/lib/services/auth.service.ts
 * expects: no area is left in any database's `_security`, the firewall refuses every request of
 * a `nonaktif` session, and the app refuses the login with the reason. The password is kept on
 * purpose: the person's next login, or the device's next session check, still reaches the app,
 * which then removes that kecamatan's data from the device (a random password would leave the
 * data on a device that can no longer learn it was shut out). It works the same on Apache
 * CouchDB and PouchDB Server: both read the roles from the `_users` document.
 */
import express, { type NextFunction, type Request, type Response } from 'express';
import type { z } from 'zod';
import {
  aktif,
  denganPendahulu,
  kabupatenAdmin,
  milikKabupaten,
  namaPenggunaSchema,
  penggantiSchema,
  penggunaBaruSchema,
  PERAN_NONAKTIF,
  profilPenggunaSchema,
  ringkasanAkun,
  rolesOf,
  rolesPengganti,
  setelSandiSchema,
  tolakProfil,
  type ProfilPengguna
} from '../../app/lib/domain/pengguna';
import { pesanIndonesia } from '../../app/lib/domain/schemas';
import { couchAdmin } from '../router/couch-admin';
import { akunId, akunStore, denganSandi, type AkunDoc, type AkunStore } from './akun-store';
import { hanyaDariSlrt } from './asal';
import type { SessionResolver } from './session';

const ERROR_OF = { 400: 'bad_request', 401: 'unauthorized', 403: 'forbidden', 404: 'not_found', 409: 'conflict' } as const;

/** A refusal with its status and the reason the person reads. */
class Ditolak extends Error {
  override name = 'Ditolak';
  constructor(
    readonly status: keyof typeof ERROR_OF,
    readonly reason: string,
    readonly issues?: { path: string; message: string }[]
  ) {
    super(reason);
  }
}

type IsiJejak = Parameters<AkunStore['catat']>[0];

interface Admin {
  name: string;
  kabupaten: string;
}

function baca<S extends z.ZodType>(schema: S, body: unknown): z.infer<S> {
  const parsed = schema.safeParse(body ?? {}, { error: pesanIndonesia });
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message }));
  throw new Ditolak(400, `Isian belum benar: ${issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join('; ')}.`, issues);
}

export interface PenggunaOptions {
  couchAdminUrl: string;
  sessions: SessionResolver;
  log: (message: string) => void;
}

export function penggunaRouter(options: PenggunaOptions): express.Router {
  const store = akunStore(couchAdmin(options.couchAdminUrl));
  const router = express.Router();
  router.use(hanyaDariSlrt('Pengguna hanya dapat dikelola dari halaman SLRT sendiri.'));
  router.use(express.json({ limit: '20kb' }));

  router.use(async (req: Request, res: Response, next: NextFunction) => {
    const user = await options.sessions.userOf(req.headers);
    if (!user?.name) throw new Ditolak(401, 'Silakan masuk terlebih dahulu.');
    const kabupaten = kabupatenAdmin(user.roles);
    if (!kabupaten) throw new Ditolak(403, 'Hanya administrator kabupaten yang dapat mengelola pengguna.');
    res.locals.admin = { name: user.name, kabupaten } satisfies Admin;
    next();
  });

  const kerja = new Kerja(store, options);
  const adminOf = (res: Response) => res.locals.admin as Admin;

  router.get('/', async (_req, res) => {
    res.json(await kerja.daftar(adminOf(res)));
  });
  router.post('/', async (req, res) => {
    res.status(201).json({ pengguna: await kerja.buat(adminOf(res), req.body) });
  });
  router.put('/:name', async (req: Request<{ name: string }>, res) => {
    res.json({ pengguna: await kerja.ubah(adminOf(res), req.params.name, req.body) });
  });
  router.post('/:name/nonaktif', async (req: Request<{ name: string }>, res) => {
    res.json({ pengguna: await kerja.nonaktifkan(adminOf(res), req.params.name) });
  });
  router.post('/:name/aktifkan', async (req: Request<{ name: string }>, res) => {
    res.json({ pengguna: await kerja.aktifkan(adminOf(res), req.params.name, req.body) });
  });
  router.post('/:name/kata-sandi', async (req: Request<{ name: string }>, res) => {
    await kerja.setelSandi(adminOf(res), req.params.name, req.body);
    res.json({ ok: true });
  });
  router.post('/:name/ganti', async (req: Request<{ name: string }>, res) => {
    res.json(await kerja.ganti(adminOf(res), req.params.name, req.body));
  });

  router.use((error: unknown, _req: Request, res: Response, next: NextFunction) => {
    if (res.headersSent) return next(error);
    if (error instanceof Ditolak) {
      res.status(error.status).json({ error: ERROR_OF[error.status], reason: error.reason, ...(error.issues ? { issues: error.issues } : {}) });
      return;
    }
    const type = (error as { type?: unknown }).type;
    if (type === 'entity.parse.failed' || type === 'entity.too.large') {
      res.status(400).json({ error: 'bad_request', reason: 'Isi permintaan bukan JSON yang sah atau terlalu besar.' });
      return;
    }
    options.log(`Pengguna: ${(error as Error).message}`);
    res.status(503).json({ error: 'unavailable', reason: 'Data pengguna belum dapat diproses. Coba lagi sebentar lagi.' });
  });
  return router;
}

/** The actions, each after the caller was found to be an admin of `admin.kabupaten`. */
class Kerja {
  constructor(
    private readonly store: AkunStore,
    private readonly options: PenggunaOptions
  ) {}

  async daftar(admin: Admin) {
    const [akun, wilayah, program] = await Promise.all([this.store.all(), this.store.wilayah(admin.kabupaten), this.store.program(admin.kabupaten)]);
    return {
      kabupaten: admin.kabupaten,
      kecamatan: wilayah.kecamatan.map((k) => ({ kode: k.code, nama: k.name, desa: k.desa.map((d) => ({ kode: d.code, nama: d.name })) })),
      program,
      pengguna: akun
        .filter((a) => milikKabupaten(a, admin.kabupaten))
        .map(ringkasanAkun)
        .sort((a, b) => a.name.localeCompare(b.name))
    };
  }

  async buat(admin: Admin, body: unknown) {
    const input = baca(penggunaBaruSchema, body);
    await this.izinkan(admin, input);
    const doc: AkunDoc = {
      _id: akunId(input.name),
      type: 'user',
      name: input.name,
      roles: rolesOf(admin.kabupaten, input),
      ...this.profil(admin, input),
      password: input.password
    };
    if (!(await this.store.put(doc))) throw new Ditolak(409, `Nama pengguna ${input.name} sudah dipakai. Pilih nama lain.`);
    await this.catat(admin, { aksi: 'buat', pengguna: input.name, peranSesudah: doc.roles });
    return ringkasanAkun(doc);
  }

  async ubah(admin: Admin, name: string, body: unknown) {
    const lama = await this.sasaran(admin, name);
    const input = baca(profilPenggunaSchema, body);
    await this.izinkan(admin, input);
    const doc: AkunDoc = { ...lama, roles: denganPendahulu(rolesOf(admin.kabupaten, input), lama.roles), ...this.profil(admin, input) };
    if (!input.desa) delete doc.desa;
    await this.simpan(doc);
    await this.catat(admin, { aksi: 'ubah', pengguna: name, peranSebelum: lama.roles, peranSesudah: doc.roles });
    return ringkasanAkun(doc);
  }

  async nonaktifkan(admin: Admin, name: string) {
    const lama = await this.sasaran(admin, name);
    const doc = this.dinonaktifkan(admin, lama);
    await this.simpan(doc);
    await this.catat(admin, { aksi: 'nonaktifkan', pengguna: name, peranSebelum: lama.roles, peranSesudah: doc.roles });
    return ringkasanAkun(doc);
  }

  /**
   * A deactivated account back at work (back from leave, deactivated by mistake): the roles it
   * had, and a new password, since the device it used removed its data and the old password
   * may have been shared when it left. A replaced account comes back beside its successor.
   */
  async aktifkan(admin: Admin, name: string, body: unknown) {
    const lama = await this.sasaran(admin, name, { nonaktif: true });
    const { password } = baca(setelSandiSchema, body);
    const { peranSebelumnya, nonaktifSejak: _sejak, digantikanOleh: _oleh, ...akun } = lama;
    const roles = Array.isArray(peranSebelumnya) ? peranSebelumnya.filter((r): r is string => typeof r === 'string') : [];
    if (roles.length === 0) throw new Ditolak(409, `Peran ${name} sebelum dinonaktifkan tidak tercatat. Buat akun baru untuknya.`);
    const doc = denganSandi({ ...akun, roles }, password);
    await this.simpan(doc);
    await this.catat(admin, { aksi: 'aktifkan', pengguna: name, peranSebelum: lama.roles, peranSesudah: doc.roles });
    return ringkasanAkun(doc);
  }

  async setelSandi(admin: Admin, name: string, body: unknown) {
    const akun = await this.sasaran(admin, name);
    const { password } = baca(setelSandiSchema, body);
    await this.simpan(denganSandi(akun, password));
    await this.catat(admin, { aksi: 'setel-sandi', pengguna: name });
  }

  /**
   * The successor first, then the predecessor: should the second write fail, both can work and
   * the admin repeats the replacement; no case is ever without someone who sees it.
   */
  async ganti(admin: Admin, name: string, body: unknown) {
    const pendahulu = await this.sasaran(admin, name);
    const input = baca(penggantiSchema, body);
    if (input.name === pendahulu.name) throw new Ditolak(400, 'Pengganti harus orang lain.');
    const roles = rolesPengganti(pendahulu);
    const tempat = { kabupaten: admin.kabupaten, ...(pendahulu.desa ? { desa: pendahulu.desa } : {}) };
    let pengganti: AkunDoc;
    if (input.jenis === 'baru') {
      pengganti = { _id: akunId(input.name), type: 'user', name: input.name, roles, displayName: input.displayName, ...tempat, password: input.password };
      if (!(await this.store.put(pengganti))) throw new Ditolak(409, `Nama pengguna ${input.name} sudah dipakai. Pilih nama lain.`);
    } else {
      const ada = await this.sasaran(admin, input.name);
      // A transfer: the successor moves into the predecessor's post and keeps whom it replaced before.
      pengganti = { ...ada, roles: denganPendahulu(roles, ada.roles), ...tempat };
      await this.simpan(pengganti);
    }
    const selesai = { ...this.dinonaktifkan(admin, pendahulu), digantikanOleh: pengganti.name };
    await this.simpan(selesai);
    await this.catat(admin, { aksi: 'ganti', pengguna: name, pengganti: pengganti.name, peranSebelum: pendahulu.roles, peranSesudah: pengganti.roles });
    return { pendahulu: ringkasanAkun(selesai), pengganti: ringkasanAkun(pengganti) };
  }

  private async izinkan(admin: Admin, p: ProfilPengguna): Promise<void> {
    const [wilayah, program] = await Promise.all([this.store.wilayah(admin.kabupaten), this.store.program(admin.kabupaten)]);
    const dipilih = wilayah.kecamatan.filter((k) => p.kecamatan.includes(k.code));
    const tolak = tolakProfil(admin.kabupaten, p, {
      kecamatan: wilayah.kecamatan.map((k) => k.code),
      desa: dipilih.flatMap((k) => k.desa.map((d) => d.code)),
      program
    });
    if (tolak) throw new Ditolak(tolak.status, tolak.reason);
  }

  private profil(admin: Admin, p: ProfilPengguna) {
    return { displayName: p.displayName, kabupaten: admin.kabupaten, ...(p.desa ? { desa: p.desa } : {}) };
  }

  /**
   * The active (or, asked so, the deactivated) account `name` of the admin's district, other than the admin itself. Looked up
   * before the body is read: a user out of reach is refused whatever the request asks.
   */
  private async sasaran(admin: Admin, name: string, { nonaktif = false } = {}): Promise<AkunDoc> {
    const doc = namaPenggunaSchema.safeParse(name).success ? await this.store.get(name) : null;
    if (!doc) throw new Ditolak(404, `Pengguna ${name} tidak ditemukan.`);
    if (!milikKabupaten(doc, admin.kabupaten)) throw new Ditolak(403, `Pengguna ${name} bukan pengguna kabupaten Anda.`);
    if (name === admin.name) {
      throw new Ditolak(403, 'Akun Anda sendiri tidak dapat diubah di sini. Minta administrator kabupaten lain untuk mengubahnya.');
    }
    if (nonaktif && aktif(doc)) throw new Ditolak(409, `Akun ${name} masih aktif.`);
    if (!nonaktif && !aktif(doc)) throw new Ditolak(409, `Akun ${name} sudah nonaktif.`);
    return doc;
  }

  private dinonaktifkan(admin: Admin, doc: AkunDoc): AkunDoc {
    return {
      ...doc,
      roles: [PERAN_NONAKTIF],
      peranSebelumnya: doc.roles,
      nonaktifSejak: new Date().toISOString(),
      kabupaten: admin.kabupaten
    };
  }

  /** Writes a changed account; the firewall's cached sessions go, so new roles count at once. */
  private async simpan(doc: AkunDoc): Promise<void> {
    if (!(await this.store.put(doc))) {
      throw new Ditolak(409, `Data pengguna ${doc.name} baru saja diubah orang lain. Muat ulang, lalu coba lagi.`);
    }
    this.options.sessions.clear();
  }

  /** The audit entry; should the kabupaten database refuse it, the server log keeps it instead. */
  private async catat(admin: Admin, isi: Omit<IsiJejak, 'kabupaten' | 'createdBy'>) {
    const entry = { ...isi, createdBy: admin.name, kabupaten: admin.kabupaten };
    await this.store.catat(entry).catch((error: unknown) => {
      this.options.log(`Pengguna: jejak tidak tersimpan di basis data (${(error as Error).message}): ${JSON.stringify(entry)}`);
    });
  }
}
