import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from './csp.ts';
import { TRUSTED_TYPES_POLICY } from './trusted-types.ts';

/** `name → sources` of a policy line. */
function directives(policy: string): Record<string, string[]> {
  return Object.fromEntries(
    policy.split(';').map((part) => {
      const [name, ...sources] = part.trim().split(/\s+/);
      return [name!, sources];
    }),
  );
}

describe('the Content-Security-Policy', () => {
  const header = directives(contentSecurityPolicy('header'));

  it('is at least as strict as issue 10 asks, directive by directive', () => {
    expect(header['default-src']).toEqual(["'self'"]);
    expect(header['script-src']).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(header['style-src']).toEqual(["'self'"]);
    expect(header['img-src']).toEqual(["'self'", 'data:']);
    expect(header['object-src']).toEqual(["'none'"]);
    expect(header['base-uri']).toEqual(["'none'"]);
    expect(header['form-action']).toEqual(["'self'"]);
    expect(header['frame-ancestors']).toEqual(["'self'"]);
  });

  it('allows no inline code, no eval and no other host anywhere', () => {
    const { 'require-trusted-types-for': _sinks, 'trusted-types': _policies, ...sourceLists } = header;
    for (const sources of Object.values(sourceLists)) {
      for (const source of sources) {
        expect(source).toMatch(/^('self'|'none'|'wasm-unsafe-eval'|data:)$/);
      }
    }
  });

  it('enforces Trusted Types, allowing only the policies the site creates, each once', () => {
    expect(header['require-trusted-types-for']).toEqual(["'script'"]);
    expect(header['trusted-types']).toEqual(Object.values(TRUSTED_TYPES_POLICY));
    expect(header['trusted-types']).not.toContain("'allow-duplicates'");
    for (const webAssembly of [false, true]) {
      const meta = directives(contentSecurityPolicy('meta', { webAssembly }));
      expect(meta['require-trusted-types-for']).toEqual(header['require-trusted-types-for']);
      expect(meta['trusted-types']).toEqual(header['trusted-types']);
    }
  });

  it('leaves frame-ancestors to the header: browsers ignore it in a <meta>', () => {
    const meta = directives(contentSecurityPolicy('meta', { webAssembly: true }));
    expect(meta['frame-ancestors']).toBeUndefined();
    const { 'frame-ancestors': _header, ...rest } = header;
    expect(meta).toEqual(rest);
  });

  it('lets only a page that runs WebAssembly compile it, in its <meta>; otherwise the same', () => {
    const plain = directives(contentSecurityPolicy('meta', { webAssembly: false }));
    const search = directives(contentSecurityPolicy('meta', { webAssembly: true }));
    expect(plain['script-src']).toEqual(["'self'"]);
    expect(search['script-src']).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect({ ...plain, 'script-src': [] }).toEqual({ ...search, 'script-src': [] });
  });
});
