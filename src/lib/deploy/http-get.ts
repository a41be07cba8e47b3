import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { Answer } from './deploy-check.ts';

/** Pages are read for their links; nothing the check asks for is larger, and a server that sends more is cut off. */
const MAX_BODY = 4 * 1024 * 1024;

/**
 * A GET as the server answers it: no redirect followed, nothing
 * decompressed (the check looks at `content-encoding` itself, which fetch
 * would hide), header names in lower case (repeated ones joined), the body
 * as text for HTML only. Rejects after `timeoutMs` without an answer.
 */
export function httpGet(url: string, headers: Record<string, string> = {}, timeoutMs = 15_000): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const send = url.startsWith('https:') ? httpsRequest : httpRequest;
    const req = send(url, { headers: { 'user-agent': 'learning-week-hub check:deploy', ...headers }, timeout: timeoutMs }, (res) => {
      const html = /^text\/html\b/.test(res.headers['content-type'] ?? '') && !res.headers['content-encoding'];
      const chunks: Buffer[] = [];
      let size = 0;
      res.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (html && size <= MAX_BODY) chunks.push(chunk);
      });
      res.on('end', () => {
        const answered: Record<string, string | undefined> = {};
        for (const [name, value] of Object.entries(res.headers)) answered[name] = Array.isArray(value) ? value.join(', ') : value;
        resolve({ status: res.statusCode ?? 0, headers: answered, body: Buffer.concat(chunks).toString('utf8') });
      });
      res.on('error', reject);
    });
    req.on('timeout', () => req.destroy(new Error(`no answer in ${timeoutMs / 1000} s`)));
    req.on('error', reject);
    req.end();
  });
}
