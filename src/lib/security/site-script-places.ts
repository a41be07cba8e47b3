import { siteSettings } from '../site-settings.ts';
import { basePath } from '../urls.ts';
import type { ScriptPlaces } from './csp.ts';

/** Where this build's pages load scripts from, for `ownFoldersPolicy`: the base path, and the JS-SDK copy when WeChat share cards are on. */
export function siteScriptPlaces(base: string = basePath()): ScriptPlaces {
  const sdk = siteSettings().wechat?.sdk;
  return sdk ? { base, wechatSdk: sdk } : { base };
}
