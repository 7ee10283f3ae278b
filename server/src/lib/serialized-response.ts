// A JSON response serialised once and sent many times: the bytes, their gzip form, and the strong
// entity tag of each. A tag is a digest of the bytes, so two instances (or two releases) that would
// send the same bytes agree on it, and a client's copy is "not modified" exactly when it is equal.
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import type { FastifyReply, FastifyRequest } from 'fastify';

export interface SerializedResponse {
  body: Buffer;
  etag: string;
  /** The same bytes gzipped (a long series shrinks to a tenth: less to write on every hit). */
  gzip: Buffer;
  gzipEtag: string;
}

/**
 * Serialises a value the route has built from its own typed result; the response schema still
 * documents it, but the bytes are made here once instead of being re-validated on every send.
 */
export function serializedResponse(value: unknown): SerializedResponse {
  const body = Buffer.from(JSON.stringify(value), 'utf8');
  const digest = createHash('sha1').update(body).digest('base64url');
  return { body, etag: `"${digest}"`, gzip: gzipSync(body, { level: 6 }), gzipEtag: `"${digest}-gzip"` };
}

/**
 * Sends a large value the route has built field by field from its own typed result (e.g.
 * `toMeasurement`), written with JSON.stringify: the response schema still documents it, but the
 * thousands of items of a batch are not checked again one by one on the way out (for 5,000 values
 * the check took five times as long as writing them).
 */
export function sendBuilt(reply: FastifyReply, value: unknown): FastifyReply {
  return reply.type('application/json; charset=utf-8').send(JSON.stringify(value));
}

export function serializedSize(response: SerializedResponse): number {
  return response.body.length + response.gzip.length + 256;
}

/** `If-None-Match` by weak comparison (RFC 9110 13.1.2): a list of tags, or `*`. */
export function entityTagMatches(header: string | string[] | undefined, ...etags: string[]): boolean {
  if (header === undefined) return false;
  const opaque = etags.map((etag) => etag.replace(/^W\//, ''));
  for (const part of (Array.isArray(header) ? header.join(',') : header).split(',')) {
    const tag = part.trim();
    if (tag === '*' || opaque.includes(tag.replace(/^W\//, ''))) return true;
  }
  return false;
}

function acceptsGzip(request: FastifyRequest): boolean {
  const header = request.headers['accept-encoding'];
  if (!header) return false;
  return header.split(',').some((part) => {
    const [coding, ...params] = part.split(';').map((p) => p.trim().toLowerCase());
    const q = params.find((p) => p.startsWith('q='));
    // `gzip;q=0` refuses it.
    return (coding === 'gzip' || coding === '*') && (q === undefined || Number(q.slice(2)) > 0);
  });
}

/**
 * Sends the response (gzipped when the client accepts it), or 304 when the client's copy is
 * current. Either tag names the same content, so a copy of either form is current.
 */
export function sendSerialized(request: FastifyRequest, reply: FastifyReply, response: SerializedResponse, cacheControl: string): FastifyReply {
  const gzip = acceptsGzip(request);
  reply.header('etag', gzip ? response.gzipEtag : response.etag).header('cache-control', cacheControl).header('vary', 'accept-encoding');
  if (entityTagMatches(request.headers['if-none-match'], response.etag, response.gzipEtag)) return reply.code(304).send();
  reply.type('application/json; charset=utf-8');
  return gzip ? reply.header('content-encoding', 'gzip').send(response.gzip) : reply.send(response.body);
}
