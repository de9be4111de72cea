/**
 * The SLRT server: the built PWA at `/`, the CouchDB HTTP API behind the firewall at `/db/`,
 * a few admin endpoints and the public status lookup at `/api/`, all on one origin (cookie
 * sessions, no CORS).
 */
import express, { type NextFunction, type Request, type Response } from 'express';
import helmet from 'helmet';
import { rateLimit } from 'express-rate-limit';
import { createProxyMiddleware } from 'http-proxy-middleware';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { hardenSetCookie } from './cookie';
import { cspDirectives } from './csp';
import { decide, isServerAdmin } from './firewall';
import { jagaPeristiwa } from './jaga-peristiwa';
import { TIDAK_TERSEDIA } from './tidak-tersedia';
import { periksaKiriman, teruskanKiriman } from './kiriman';
import { lacakRouter } from './lacak';
import { penggunaRouter } from './pengguna';
import { SessionResolver } from './session';

export interface AppOptions {
  /** CouchDB (embedded or Apache) without credentials: users bring their own. */
  couchUrl: string;
  /**
   * The same CouchDB with the server admin's credentials: only the public status lookup and the
   * district administrators' user endpoint use it, each after its own checks.
   */
  couchAdminUrl: string;
  /** The built SPA (adapter-static output). */
  buildDir: string;
  /** Per-database lag of the replication router, for `/api/router/status`. */
  routerStatus?: () => Promise<unknown>;
  log?: (message: string) => void;
}


export function createApp(options: AppOptions): express.Express {
  const log = options.log ?? ((m: string) => console.log(m));
  const sessions = new SessionResolver(() => options.couchUrl);
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');
  app.use(helmet({ contentSecurityPolicy: { useDefaults: false, directives: cspDirectives(options.buildDir) } }));

  // Only failed logins count, so a desk of colleagues behind one address is not locked out.
  const loginLimiter = rateLimit({
    windowMs: 15 * 60_000,
    limit: 20,
    skipSuccessfulRequests: true,
    standardHeaders: 'draft-7',
    legacyHeaders: false,
    message: {
      error: 'too_many_requests',
      reason: 'Terlalu banyak percobaan masuk yang gagal. Tunggu 15 menit, lalu coba lagi.'
    }
  });
  app.post('/db/_session', loginLimiter);

  app.use('/db', async (req: Request, res: Response, next: NextFunction) => {
    try {
      const user = await sessions.userOf(req.headers);
      const decision = decide(req.method, req.url, user);
      res.locals.serverAdmin = isServerAdmin(user);
      if (decision.allow) return next();
      res.status(decision.status).json({ error: decision.error, reason: decision.reason });
    } catch (error) {
      log(`Firewall: sesi tidak dapat diperiksa: ${(error as Error).message}`);
      res.status(503).json(TIDAK_TERSEDIA);
    }
  });

  app.use('/db', periksaKiriman());
  app.use('/db', jagaPeristiwa({ couchAdminUrl: options.couchAdminUrl, log }));

  app.use(
    '/db',
    createProxyMiddleware<Request, Response>({
      target: options.couchUrl,
      changeOrigin: true,
      // Keep CouchDB's answers as they are (streams for _changes feeds), headers aside.
      on: {
        proxyReq: (proxyReq, req) => teruskanKiriman(proxyReq, req),
        proxyRes(proxyRes, req) {
          delete proxyRes.headers['x-powered-by'];
          const cookies = proxyRes.headers['set-cookie'];
          if (cookies) proxyRes.headers['set-cookie'] = hardenSetCookie(cookies, req.secure);
        },
        error(error, _req, res) {
          log(`Proxy /db: ${(error as Error).message}`);
          if ('headersSent' in res && !res.headersSent) {
            res.writeHead(503, { 'content-type': 'application/json' });
            res.end(JSON.stringify(TIDAK_TERSEDIA));
          } else {
            res.destroy();
          }
        }
      }
    })
  );

  app.get('/api/health', (_req, res) => {
    res.json({ ok: true });
  });

  app.use('/api/lacak', lacakRouter({ couchAdminUrl: options.couchAdminUrl, log }));
  app.use('/api/pengguna', penggunaRouter({ couchAdminUrl: options.couchAdminUrl, sessions, log }));

  app.get('/api/router/status', async (req, res) => {
    const user = await sessions.userOf(req.headers).catch(() => null);
    if (!isServerAdmin(user)) {
      res.status(403).json({ error: 'forbidden', reason: 'Hanya admin server yang dapat melihat status router.' });
      return;
    }
    res.json(options.routerStatus ? await options.routerStatus() : { databases: [] });
  });

  serveApp(app, options.buildDir);
  return app;
}

function serveApp(app: express.Express, buildDir: string): void {
  const fallback = path.join(buildDir, '200.html');
  app.use(
    express.static(buildDir, {
      index: 'index.html',
      setHeaders(res, file) {
        if (file.includes(`${path.sep}_app${path.sep}immutable${path.sep}`)) {
          res.setHeader('cache-control', 'public, max-age=31536000, immutable');
        } else {
          // The shell and the service worker must be checked on every visit, or a new
          // deployment would never reach a device.
          res.setHeader('cache-control', 'no-cache');
        }
      }
    })
  );
  app.use((req, res) => {
    if (req.method === 'GET' && !req.path.startsWith('/api/') && existsSync(fallback)) {
      res.setHeader('cache-control', 'no-cache');
      res.sendFile(fallback);
      return;
    }
    res.status(404).json({ error: 'not_found', reason: 'Alamat tidak ditemukan.' });
  });
}
