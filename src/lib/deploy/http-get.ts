import type { IncomingHttpHeaders } from 'node:http';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { Answer } from './deploy-check.ts';

/** Pages are read for their links; nothing the check asks for is larger, and a server that sends more is cut off. */
const MAX_BODY = 4 * 1024 * 1024;

/** An answer exactly as the server sent it: nothing decompressed, no redirect followed. */
export interface RawAnswer {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

export interface RawRequestOptions {
  method?: string;
  headers?: Record<string, string>;
  /** Rejects after this long without an answer; none by default. */
  timeoutMs?: number;
  /** Keeps at most this many bytes of the body (the rest is read and dropped). */
  maxBody?: number;
  /** Skips the certificate's check: for a test server's self-signed certificate only. */
  anyCertificate?: boolean;
}

/** A request over HTTP or HTTPS, the body as sent: what check:deploy and the nginx tests look at (fetch would decompress it). */
export function rawRequest(url: string, options: RawRequestOptions = {}): Promise<RawAnswer> {
  const { timeoutMs, maxBody = Infinity, anyCertificate = false, ...request } = options;
  return new Promise((resolve, reject) => {
    const send = url.startsWith('https:') ? httpsRequest : httpRequest;
    const req = send(url, { ...request, timeout: timeoutMs, rejectUnauthorized: !anyCertificate }, (res) => {
      const chunks: Buffer[] = [];
      let size = 0;
      res.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size <= maxBody) chunks.push(chunk);
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    if (timeoutMs !== undefined) req.on('timeout', () => req.destroy(new Error(`no answer in ${timeoutMs / 1000} s`)));
    req.on('error', reject);
    req.end();
  });
}

/**
 * A GET for check:deploy: header names in lower case (repeated ones
 * joined), the body as text for HTML only. Rejects after `timeoutMs`
 * without an answer.
 */
export async function httpGet(url: string, headers: Record<string, string> = {}, timeoutMs = 15_000): Promise<Answer> {
  const res = await rawRequest(url, {
    headers: { 'user-agent': 'learning-week-hub check:deploy', ...headers },
    timeoutMs,
    maxBody: MAX_BODY,
  });
  const html = /^text\/html\b/.test(res.headers['content-type'] ?? '') && !res.headers['content-encoding'];
  const answered: Record<string, string | undefined> = {};
  for (const [name, value] of Object.entries(res.headers)) answered[name] = Array.isArray(value) ? value.join(', ') : value;
  return { status: res.status, headers: answered, body: html ? res.body.toString('utf8') : '' };
}
