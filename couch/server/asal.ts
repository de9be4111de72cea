import type { RequestHandler } from 'express';

/**
 * For the `/api/` routes that only the SLRT pages call: no CORS, no preflight, no foreign
 * `Origin` (another site must not use its visitors' cookies or addresses), and no cached answer.
 */
export function hanyaDariSlrt(reason: string): RequestHandler {
  return (req, res, next) => {
    res.setHeader('cache-control', 'no-store');
    const origin = req.headers.origin;
    if (req.method === 'OPTIONS' || (origin !== undefined && origin !== `${req.protocol}://${req.headers.host}`)) {
      res.status(403).json({ error: 'forbidden', reason });
      return;
    }
    next();
  };
}
