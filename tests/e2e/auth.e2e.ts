/**
 * Login, role homes, offline unlock, disabled accounts and logout, in the browser against the
 * project's server with the demo district. Run after `npx vite build`.
 */
import { expect, test, type Page } from '@playwright/test';
import { ADMIN_AUTH, logIn, PASSWORD, recordComplaint, waitForServiceWorker } from './support';

/** A facilitator lands on the registry search; these tests work on the home page behind the header's user link. */
async function openBeranda(page: Page): Promise<void> {
  await expect(page).toHaveURL(/\/cari$/);
  await page.getByTestId('pengguna').click();
  await expect(page).toHaveURL(/\/beranda$/);
}

/** IndexedDB databases of this app on the page's origin (PouchDB prefixes them `_pouch_`). */
function slrtDatabases(page: Page): Promise<string[]> {
  return page.evaluate(async () =>
    (await indexedDB.databases()).map((d) => d.name ?? '').filter((name) => name.includes('slrt'))
  );
}

/** Records a complaint through the app's form (tests/e2e/sync.e2e.ts covers the form itself). */
async function recordComplaintFromHome(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Catat keluhan baru' }).click();
  await recordComplaint(page);
  await page.goBack();
  await expect(page).toHaveURL(/\/beranda$/);
}

/**
 * Ends the server session while the device keeps its data, then starts the app anew. The cookie
 * is cleared with the app closed and the network cut, because an answer still in flight would
 * set it again (the server renews the cookie as it answers).
 */
async function endServerSession(page: Page): Promise<void> {
  await page.goto('about:blank');
  await page.context().setOffline(true);
  // A response of the closed page's sync may still land and set the cookie again: clear until
  // it stays gone.
  await expect
    .poll(async () => {
      await page.context().clearCookies();
      await page.waitForTimeout(250);
      return (await page.context().cookies()).length;
    })
    .toBe(0);
  await page.context().setOffline(false);
  await page.goto('/');
}

test('a facilitator logs in and lands on the role home, which survives a reload', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveURL(/\/masuk$/);
  await expect(page.getByRole('heading', { name: 'Masuk' })).toBeVisible();

  await logIn(page, 'fasilitator.wundulako');
  await expect(page).toHaveURL(/\/cari$/);
  await expect(page.getByRole('heading', { name: 'Cari rumah tangga' })).toBeVisible();
  await page.reload();
  await expect(page).toHaveURL(/\/cari$/);
  // The login page is not for someone already in.
  await page.goto('/masuk');
  await expect(page).toHaveURL(/\/cari$/);

  await page.getByTestId('pengguna').click();
  await expect(page).toHaveURL(/\/beranda$/);
  await expect(page.getByRole('heading', { name: 'Selamat datang, fasilitator.wundulako' })).toBeVisible();
  await expect(page.getByTestId('peran')).toHaveText('Fasilitator');
  await expect(page.getByTestId('kecamatan')).toHaveText('Wundulako');
  await expect(page.getByRole('link', { name: 'Catat keluhan baru' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Data di perangkat ini' })).toBeVisible();

  await page.reload();
  await expect(page).toHaveURL(/\/beranda$/);
  await expect(page.getByTestId('peran')).toHaveText('Fasilitator');
});

test('a wrong password and an unknown user get the same clear message', async ({ page }) => {
  await logIn(page, 'fasilitator.wundulako', 'bukan-sandinya');
  await expect(page.getByRole('alert')).toHaveText('Nama pengguna atau kata sandi salah.');
  await logIn(page, 'tidak.ada.orangnya', PASSWORD);
  await expect(page.getByRole('alert')).toHaveText('Nama pengguna atau kata sandi salah.');
  await expect(page).toHaveURL(/\/masuk$/);
  expect(await page.evaluate(() => localStorage.getItem('slrt.unlock'))).toBeNull();
});

test('after twenty failed logins from one address the login page says to wait', async ({ page }) => {
  // This browser logs in from its own address (the server trusts its local proxy's header), so
  // the limit it reaches leaves the other tests' logins alone.
  const address = '198.51.100.23';
  await page.route('**/db/_session', (route) => route.continue({ headers: { ...route.request().headers(), 'x-forwarded-for': address } }));
  for (let i = 0; i < 20; i++) {
    const guess = await page.request.post('/db/_session', {
      headers: { 'x-forwarded-for': address },
      data: { name: 'fasilitator.wundulako', password: `tebakan-${i}` }
    });
    expect(guess.status()).toBe(401);
  }
  await logIn(page, 'fasilitator.wundulako', PASSWORD);
  await expect(page.getByRole('alert')).toContainText('Terlalu banyak percobaan masuk yang gagal. Tunggu 15 menit');
  await expect(page).toHaveURL(/\/masuk$/);
});

test('a protected page sends a visitor to the login page', async ({ page }) => {
  await page.goto('/beranda');
  await expect(page).toHaveURL(/\/masuk$/);
  await page.goto('/kunci');
  await expect(page).toHaveURL(/\/masuk$/);
});

test('logout returns to the login page and leaves no local database or unlock record', async ({ page }) => {
  await logIn(page, 'fasilitator.wundulako');
  await openBeranda(page);
  await expect.poll(() => slrtDatabases(page), { timeout: 20_000 }).not.toEqual([]);
  expect(await page.evaluate(() => localStorage.getItem('slrt.unlock'))).toContain('fasilitator.wundulako');

  await page.getByRole('button', { name: 'Keluar' }).click();
  await expect(page).toHaveURL(/\/masuk$/);
  await expect(page.getByRole('heading', { name: 'Masuk' })).toBeVisible();
  expect(await slrtDatabases(page)).toEqual([]);
  expect(await page.evaluate(() => localStorage.getItem('slrt.unlock'))).toBeNull();

  // The server session is gone too: a reload stays logged out.
  await page.reload();
  await expect(page).toHaveURL(/\/masuk$/);
});

test('a live server session opens nothing without this device’s login record', async ({ page }) => {
  await logIn(page, 'fasilitator.wundulako');
  await openBeranda(page);
  // As after a logout whose cookie an answer in flight set again, or storage the browser cleared.
  await page.evaluate(() => localStorage.removeItem('slrt.unlock'));
  await page.reload();
  await expect(page).toHaveURL(/\/masuk$/);
  const session = await page.request.get('/db/_session');
  expect((await session.json()).userCtx.name).toBeNull();
});

test('logout asks first while a record waits to go up, and offline it still ends the session', async ({ page, context }) => {
  await logIn(page, 'fasilitator.wundulako');
  await openBeranda(page);
  await waitForServiceWorker(page);

  await context.setOffline(true);
  await recordComplaintFromHome(page);
  await expect(page.getByTestId('menunggu')).toHaveText('1');
  await page.getByRole('button', { name: 'Keluar' }).click();
  const question = page.getByRole('alertdialog');
  await expect(question).toHaveText(
    /Masih ada 1 data yang belum terkirim ke server\. Jika keluar sekarang, data itu hilang dari perangkat ini\./
  );
  await expect(question.getByRole('button', { name: 'Batal' })).toBeFocused();
  await question.getByRole('button', { name: 'Batal' }).click();
  await expect(page).toHaveURL(/\/beranda$/);
  await expect(page.getByTestId('menunggu')).toHaveText('1');

  await page.getByRole('button', { name: 'Keluar' }).click();
  await page.getByRole('button', { name: 'Tetap keluar' }).click();
  await expect(page).toHaveURL(/\/masuk$/);
  expect(await slrtDatabases(page)).toEqual([]);
  expect(await page.evaluate(() => localStorage.getItem('slrt.unlock'))).toBeNull();

  // The server was out of reach: its session (an HttpOnly cookie) is closed at the next start,
  // never reused to let someone in without a password.
  await context.setOffline(false);
  await page.goto('/');
  await expect(page).toHaveURL(/\/masuk$/);
  const session = await page.request.get('/db/_session');
  expect((await session.json()).userCtx.name).toBeNull();
});

test('another person logging in is told that the previous user’s unsent records would be lost', async ({ page }) => {
  // The server never receives the complaint, so it keeps waiting while online.
  await page.route('**/db/slrt-kec-740101/_bulk_docs', (route) => route.abort());
  await logIn(page, 'fasilitator.wundulako');
  await openBeranda(page);
  await recordComplaintFromHome(page);
  await expect(page.getByTestId('menunggu')).toHaveText('1');

  await endServerSession(page);
  await expect(page).toHaveURL(/\/masuk$/);
  await page.getByLabel('Nama pengguna').fill('supervisor.wundulako');
  await page.getByLabel('Kata sandi').fill(PASSWORD);
  await page.getByRole('button', { name: 'Masuk', exact: true }).click();
  await expect(page.getByRole('alertdialog')).toContainText(
    'Perangkat ini masih menyimpan 1 data milik fasilitator.wundulako yang belum terkirim ke server. Jika Anda masuk sekarang, data itu hilang dari perangkat ini.'
  );
  await expect(page.getByRole('button', { name: 'Batal' })).toBeFocused();
  await page.getByRole('button', { name: 'Batal' }).click();
  await expect(page.getByRole('alertdialog')).toHaveCount(0);
  expect(await page.evaluate(() => localStorage.getItem('slrt.unlock'))).toContain('fasilitator.wundulako');

  await page.getByRole('button', { name: 'Masuk', exact: true }).click();
  await page.getByRole('button', { name: 'Tetap masuk' }).click();
  await expect(page).toHaveURL(/\/antrean$/);
  await page.getByTestId('pengguna').click();
  await expect(page.getByTestId('peran')).toHaveText('Supervisor');
  await expect(page.getByTestId('menunggu')).toHaveText('0');
  expect(await page.evaluate(() => localStorage.getItem('slrt.unlock'))).toContain('supervisor.wundulako');
});

test('offline, a reload opens the unlock page, which takes only the right password', async ({ page, context }) => {
  await logIn(page, 'fasilitator.wundulako');
  await openBeranda(page);
  await waitForServiceWorker(page);

  await context.setOffline(true);
  await page.reload();
  await expect(page).toHaveURL(/\/kunci\?kembali=%2Fberanda$/);
  await expect(page.getByRole('heading', { name: 'Aplikasi terkunci' })).toBeVisible();
  await expect(page.getByTestId('pengguna-terkunci')).toContainText('fasilitator.wundulako');

  await page.getByLabel('Kata sandi').fill('bukan-sandinya');
  await page.getByRole('button', { name: 'Buka' }).click();
  await expect(page.getByRole('alert')).toHaveText('Kata sandi salah.');
  await expect(page).toHaveURL(/\/kunci\?/);

  await page.getByLabel('Kata sandi').fill(PASSWORD);
  await page.getByRole('button', { name: 'Buka' }).click();
  await expect(page).toHaveURL(/\/beranda$/);
  await expect(page.getByTestId('peran')).toHaveText('Fasilitator');

  // Locking by hand (as after inactivity) keeps the user and the page, and asks for the password.
  await page.getByRole('button', { name: 'Kunci' }).click();
  const lockScreen = page.getByTestId('layar-kunci');
  await expect(lockScreen).toBeVisible();
  await expect(page).toHaveURL(/\/beranda$/);
  await expect(page.locator('main')).toHaveAttribute('inert', '');
  await lockScreen.getByLabel('Kata sandi').fill(PASSWORD);
  await lockScreen.getByRole('button', { name: 'Buka' }).click();
  await expect(lockScreen).toBeHidden();
  await expect(page.getByTestId('peran')).toHaveText('Fasilitator');
  await context.setOffline(false);
});

test('after fifteen minutes without input the app locks over the page, and a half-typed form survives', async ({ page }) => {
  await page.clock.install();
  await logIn(page, 'fasilitator.wundulako');
  await expect(page).toHaveURL(/\/cari$/);
  await page.goto('/keluhan/baru');
  const uraian = page.getByLabel(/Uraian/);
  await uraian.fill('Bantuan beras belum datang dua bulan');
  await page.clock.fastForward('14:00');
  await uraian.press('End');
  await page.clock.fastForward('14:00');
  const lockScreen = page.getByTestId('layar-kunci');
  await expect(lockScreen).toBeHidden();
  await page.clock.fastForward('01:30');
  await expect(lockScreen).toBeVisible();
  await expect(page).toHaveURL(/\/keluhan\/baru$/);
  // Under the lock nothing can be reached by keyboard or read.
  await expect(page.locator('main')).toHaveAttribute('inert', '');
  await lockScreen.getByLabel('Kata sandi').fill(PASSWORD);
  await lockScreen.getByRole('button', { name: 'Buka' }).click();
  await expect(lockScreen).toBeHidden();
  await expect(uraian).toHaveValue('Bantuan beras belum datang dua bulan');
});

test('when the server session ends, a banner asks for the password and nothing waiting is lost', async ({ page }) => {
  await logIn(page, 'fasilitator.wundulako');
  await openBeranda(page);
  // The session ends: data requests get the firewall's answer to a request without a session.
  // (Clearing the cookie races with answers in flight, which set it again.)
  const withoutSession = '**/db/slrt-*/**';
  await page.route(withoutSession, (route) =>
    route.fulfill({ status: 401, json: { error: 'unauthorized', reason: 'Silakan masuk terlebih dahulu.' } })
  );
  // The complaint's upload meets a server that no longer knows the session.
  await recordComplaintFromHome(page);
  const banner = page.getByText('Sesi server berakhir — masuk lagi untuk melanjutkan sinkronisasi');
  await expect(banner).toBeVisible({ timeout: 20_000 });
  await expect(page).toHaveURL(/\/beranda$/);
  await expect(page.getByTestId('menunggu')).toHaveText('1');

  await page.getByLabel('Kata sandi fasilitator.wundulako').fill('bukan-sandinya');
  await page.getByRole('button', { name: 'Masuk lagi' }).click();
  await expect(page.getByRole('alert')).toHaveText('Nama pengguna atau kata sandi salah.');
  await page.unroute(withoutSession);
  await page.getByLabel('Kata sandi fasilitator.wundulako').fill(PASSWORD);
  await page.getByRole('button', { name: 'Masuk lagi' }).click();
  await expect(banner).toHaveCount(0);
  const session = await page.request.get('/db/_session');
  expect((await session.json()).userCtx.name).toBe('fasilitator.wundulako');
  // The sync resumes with the new session and the complaint goes up.
  await expect(page.getByTestId('menunggu')).toHaveText('0', { timeout: 30_000 });
});

test('without the server, the login page offers to unlock for the user this device knows', async ({ page, context }) => {
  await logIn(page, 'fasilitator.wundulako');
  await openBeranda(page);
  await waitForServiceWorker(page);

  // The server session ends (cookie gone) while the device still knows the user.
  await endServerSession(page);
  await expect(page).toHaveURL(/\/masuk$/);
  await expect(page.getByLabel('Nama pengguna')).toHaveValue('fasilitator.wundulako');

  await context.setOffline(true);
  await page.getByLabel('Kata sandi').fill(PASSWORD);
  await page.getByRole('button', { name: 'Masuk', exact: true }).click();
  await expect(page.getByRole('alert')).toContainText('Tidak ada koneksi ke server. Masuk pertama kali harus daring');
  await page.getByRole('button', { name: 'Buka tanpa internet' }).click();
  await expect(page).toHaveURL(/\/cari$/);
  await context.setOffline(false);
});

test('a supervisor lands on the home of their role', async ({ page }) => {
  await logIn(page, 'supervisor.wundulako');
  await expect(page).toHaveURL(/\/antrean$/);
  await expect(page.getByRole('heading', { name: 'Antrean pemeriksaan' })).toBeVisible();
  await page.getByTestId('pengguna').click();
  await expect(page.getByTestId('peran')).toHaveText('Supervisor');
  await expect(page.getByTestId('kecamatan')).toHaveText('Wundulako');
  await expect(page.getByRole('link', { name: 'Catat keluhan baru' })).toHaveCount(0);
});

test('a district manager works on the server and sees the district', async ({ page }) => {
  await logIn(page, 'manajer.kolaka');
  await expect(page).toHaveURL(/\/rujukan$/);
  await page.getByTestId('pengguna').click();
  await expect(page).toHaveURL(/\/beranda$/);
  await expect(page.getByTestId('peran')).toHaveText('Manajer SLRT');
  await expect(page.getByTestId('kabupaten')).toHaveText('Kabupaten Kolaka');
  await expect(page.getByRole('heading', { name: 'Data di perangkat ini' })).toHaveCount(0);
});

test('a disabled account is refused with its own message and left logged out', async ({ page }) => {
  const name = 'nonaktif.e2e';
  const created = await page.request.put(`/db/_users/org.couchdb.user:${name}`, {
    headers: { authorization: ADMIN_AUTH },
    data: { name, type: 'user', password: PASSWORD, roles: ['fasilitator', 'nonaktif'] }
  });
  expect(created.status()).toBeLessThan(300);

  await logIn(page, name);
  await expect(page.getByRole('alert')).toHaveText('Akun Anda dinonaktifkan. Hubungi administrator kabupaten.');
  await expect(page).toHaveURL(/\/masuk$/);
  const session = await page.request.get('/db/_session');
  expect((await session.json()).userCtx.name).toBeNull();
  expect(await page.evaluate(() => localStorage.getItem('slrt.unlock'))).toBeNull();
});

test('the interface speaks English when chosen', async ({ page }) => {
  await page.goto('/masuk');
  await page.evaluate(() => localStorage.setItem('slrt.locale', 'en'));
  await page.reload();
  await page.getByLabel('User name').fill('fasilitator.wundulako');
  await page.getByLabel('Password').fill('bukan-sandinya');
  await page.getByRole('button', { name: 'Log in', exact: true }).click();
  await expect(page.getByRole('alert')).toHaveText('Wrong user name or password.');
});
