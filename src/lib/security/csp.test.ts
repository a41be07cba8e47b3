import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, contentSecurityPolicyHeader, ownFoldersPolicy, SCRIPT_FOLDERS, STYLE_FOLDERS } from './csp.ts';
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

describe("the second policy: scripts and stylesheets only from the site's own folders", () => {
  const sdk = '/wechat/jweixin-1.6.0.js';
  for (const base of ['/zt/xxzq/', '/']) {
    const folders = SCRIPT_FOLDERS.map((folder) => `*:*${base}${folder}`);
    const styleFolders = STYLE_FOLDERS.map((folder) => `*:*${base}${folder}`);

    it(`lists ${base}_astro/ and ${base}pagefind/ on any host and port (the first policy's 'self' holds them to the page's origin)`, () => {
      expect(folders).toContain(`*:*${base}_astro/`);
      expect(folders).toContain(`*:*${base}pagefind/`);
      const meta = directives(ownFoldersPolicy('meta', { base }, { webAssembly: false }));
      expect(meta).toEqual({ 'script-src': folders, 'style-src': styleFolders });
      // Not the host's root nor anything else under it.
      expect(meta['script-src']).not.toContain("'self'");
      expect(meta['script-src']).not.toContain(`*:*${base}`);
    });

    it(`lets stylesheets come from ${base}_astro/ alone, with every page and the header`, () => {
      expect(styleFolders).toEqual([`*:*${base}_astro/`]);
      for (const policy of [
        ownFoldersPolicy('meta', { base }, { webAssembly: false }),
        ownFoldersPolicy('meta', { base, wechatSdk: sdk }, { webAssembly: true }),
        ownFoldersPolicy('header', { base, wechatSdk: sdk }),
      ])
        expect(directives(policy)['style-src']).toEqual(styleFolders);
    });

    it(`under ${base}, lets the search page (and the header, for every page) compile WebAssembly, as the first policy does`, () => {
      const search = directives(ownFoldersPolicy('meta', { base }, { webAssembly: true }));
      expect(search['script-src']).toEqual([...folders, "'wasm-unsafe-eval'"]);
      expect(directives(ownFoldersPolicy('header', { base }))).toEqual(search);
    });

    it(`under ${base}, adds the WeChat JS-SDK copy at exactly its path, outside the base`, () => {
      const meta = directives(ownFoldersPolicy('meta', { base, wechatSdk: sdk }, { webAssembly: false }));
      expect(meta['script-src']).toEqual([...folders, `*:*${sdk}`]);
    });
  }

  it('writes an SDK path as a source can hold it: no query, no ; or , that would end the directive', () => {
    const policy = ownFoldersPolicy('meta', { base: '/', wechatSdk: '/wx;v=1,2/sdk.js?v=3' }, { webAssembly: false });
    expect(directives(policy)['script-src']).toContain('*:*/wx%3Bv=1%2C2/sdk.js');
    expect(policy.split(';').map((directive) => directive.trim().split(' ')[0])).toEqual(['script-src', 'style-src']);
  });

  it('goes in the header after the first policy, as a list of two', () => {
    const places = { base: '/zt/xxzq/', wechatSdk: sdk };
    expect(contentSecurityPolicyHeader(places)).toBe(`${contentSecurityPolicy('header')}, ${ownFoldersPolicy('header', places)}`);
  });
});
