import { describe, expect, it } from 'vitest';
import { basePath } from '../urls.ts';
import {
  pagefindWorkerPolicy,
  scriptUrlExactly,
  scriptUrlUnderBase,
  TRUSTED_TYPES_POLICY,
  wechatSdkPolicy,
  type ScriptUrlPolicy,
  type TrustedTypesFactory,
} from './trusted-types.ts';

const ORIGIN = 'https://edu.gd.gov.cn';

/** A stand-in for window.trustedTypes that, like the browser, refuses a second policy of one name. */
function fakeTrustedTypes(): TrustedTypesFactory & { made: string[] } {
  const made: string[] = [];
  let defaultPolicy: ScriptUrlPolicy | null = null;
  return {
    made,
    get defaultPolicy() {
      return defaultPolicy;
    },
    createPolicy(name, rules) {
      if (made.includes(name)) throw new TypeError(`Policy with name "${name}" already exists.`);
      made.push(name);
      const policy = { name, createScriptURL: (input: string) => ({ toString: () => rules.createScriptURL(input) ?? '' }) };
      if (name === 'default') defaultPolicy = policy;
      return policy;
    },
  };
}

// The settings' base (BASE_PATH in these tests), and a 专题's under a department's domain.
for (const base of [basePath(), '/zt/xxzq/']) {
  const page = `${ORIGIN}${base}search/?q=x`;
  const pagefindWorker = `${base}pagefind/pagefind-worker.js`;

  describe(`a script address on a page under ${base}`, () => {
    it('is let through, made absolute, when it is on the page’s origin and under the base', () => {
      for (const raw of [pagefindWorker, `${ORIGIN}${pagefindWorker}`, '../pagefind/pagefind-worker.js', `${base}_astro/x.js?v=1`])
        expect(scriptUrlUnderBase(raw, page, base), raw).toBe(new URL(raw, page).href);
      expect(scriptUrlUnderBase(pagefindWorker, () => page, base)).toBe(`${ORIGIN}${pagefindWorker}`);
    });

    it('is refused from another host or scheme, as data:, blob:, javascript:, or outside the base', () => {
      const refused = [
        `https://evil.example${pagefindWorker}`,
        `//evil.example${pagefindWorker}`,
        `http://edu.gd.gov.cn${pagefindWorker}`,
        `${ORIGIN}:8443${pagefindWorker}`,
        'data:text/javascript,alert(1)',
        `blob:${ORIGIN}/4f1c1f0e-5b7a-4b1a-9d1c-2a3b4c5d6e7f`,
        'javascript:alert(1)',
        // Outside the base: at the root, there is no outside.
        ...(base === '/'
          ? []
          : [
              `${base}../evil.js`,
              `${base}%2e%2e/evil.js`,
              '/evil.js',
              '/wechat/jweixin-1.6.0.js',
              base.slice(0, -1),
              `${base.slice(0, -1)}-other/x.js`,
            ]),
      ];
      for (const raw of refused) expect(scriptUrlUnderBase(raw, page, base), raw).toBeUndefined();
    });
  });
}

describe('the JS-SDK address', () => {
  const sdk = '/wechat/jweixin-1.6.0.js';
  const page = `${ORIGIN}/zt/xxzq/events/2023/x/`;

  it('is let through exactly as the settings name it, on the page’s origin', () => {
    for (const raw of [sdk, `${ORIGIN}${sdk}`, '/wechat/./jweixin-1.6.0.js'])
      expect(scriptUrlExactly(raw, page, sdk), raw).toBe(`${ORIGIN}${sdk}`);
  });

  it('and no other address, on the origin or off it', () => {
    for (const raw of [
      '/wechat/jweixin-1.6.1.js',
      `${sdk}?x=1`,
      '/zt/xxzq/_astro/x.js',
      `https://res.wx.qq.com/open/js/jweixin-1.6.0.js`,
      `//evil.example${sdk}`,
      'data:text/javascript,alert(1)',
      'javascript:alert(1)',
    ])
      expect(scriptUrlExactly(raw, page, sdk), raw).toBeUndefined();
  });
});

describe('the policies', () => {
  const base = '/zt/xxzq/';
  const page = `${ORIGIN}${base}search/`;

  it('are not made, and nothing fails, where the browser has no Trusted Types', () => {
    expect(pagefindWorkerPolicy(undefined, page, base)).toBeUndefined();
    expect(wechatSdkPolicy(undefined, page, '/wechat/jweixin-1.6.0.js')).toBeUndefined();
  });

  it('the default one is made once per page, however many scripts ask, and answers null for what it refuses', () => {
    const factory = fakeTrustedTypes();
    const policy = pagefindWorkerPolicy(factory, page, base)!;
    expect(pagefindWorkerPolicy(factory, page, base)).toBe(policy);
    expect(factory.made).toEqual([TRUSTED_TYPES_POLICY.pagefindWorker]);
    expect(String(policy.createScriptURL(`${base}pagefind/pagefind-worker.js`))).toBe(`${ORIGIN}${base}pagefind/pagefind-worker.js`);
    // The stand-in turns the browser's null into '': the browser blocks the sink instead.
    expect(String(policy.createScriptURL('https://evil.example/x.js'))).toBe('');
  });

  it('the JS-SDK one is made once per page and throws for any other address', () => {
    const factory = fakeTrustedTypes();
    const sdk = '/wechat/jweixin-1.6.0.js';
    const policy = wechatSdkPolicy(factory, page, sdk)!;
    expect(wechatSdkPolicy(factory, page, sdk)).toBe(policy);
    expect(factory.made).toEqual([TRUSTED_TYPES_POLICY.wechatSdk]);
    expect(String(policy.createScriptURL(sdk))).toBe(`${ORIGIN}${sdk}`);
    expect(() => String(policy.createScriptURL(`${base}pagefind/pagefind-worker.js`))).toThrow(TypeError);
  });
});
