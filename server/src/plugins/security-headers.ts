import fp from 'fastify-plugin';
import type { FastifyInstance } from 'fastify';
import fastifyHelmet from '@fastify/helmet';

/**
 * The SPA's content security policy. Scripts only from our own files. Styles also allow inline
 * `<style>` elements because React Aria injects small ones at run time (focus and selection
 * helpers); style attributes in markup stay harmless because minutes are sanitised without them.
 * Images: our files, `data:` (the favicon) and `blob:` (images built in the browser).
 */
export const contentSecurityPolicy = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'script-src-attr': ["'none'"],
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'", 'data:'],
  'connect-src': ["'self'"],
  'frame-ancestors': ["'none'"],
  'frame-src': ["'none'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
};

/** Security headers on every response: API, static files, the SPA fallback and errors. */
export default fp(
  async function securityHeaders(app: FastifyInstance) {
    await app.register(fastifyHelmet, {
      // Explicit list: helmet's defaults add `upgrade-insecure-requests`, which breaks plain-HTTP
      // installations on a local network.
      contentSecurityPolicy: { useDefaults: false, directives: contentSecurityPolicy },
      frameguard: { action: 'deny' },
      // Not `no-referrer`: browsers then send `Origin: null` on same-origin writes, and the origin
      // check of cookie-authenticated writes needs the real origin.
      referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
    });
  },
  { name: 'security-headers' },
);
