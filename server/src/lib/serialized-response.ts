// A JSON response serialised once and sent many times: the bytes and the strong entity tag that
// names them. The tag is a digest of the bytes, so two instances (or two releases) that would send
// the same bytes agree on it, and a client's copy is "not modified" exactly when the bytes are equal.
import { createHash } from 'node:crypto';

export interface SerializedResponse {
  body: Buffer;
  etag: string;
}

/**
 * Serialises a value the route has built from its own typed result; the response schema still
 * documents it, but the bytes are made here once instead of being re-validated on every send.
 */
export function serializedResponse(value: unknown): SerializedResponse {
  const body = Buffer.from(JSON.stringify(value), 'utf8');
  return { body, etag: `"${createHash('sha1').update(body).digest('base64url')}"` };
}

/** `If-None-Match` by weak comparison (RFC 9110 13.1.2): a list of tags, or `*`. */
export function entityTagMatches(header: string | string[] | undefined, etag: string): boolean {
  if (header === undefined) return false;
  const opaque = etag.replace(/^W\//, '');
  for (const part of (Array.isArray(header) ? header.join(',') : header).split(',')) {
    const tag = part.trim();
    if (tag === '*' || tag.replace(/^W\//, '') === opaque) return true;
  }
  return false;
}
