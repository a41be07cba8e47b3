import { inputText } from '../../i18n/zh-CN/input.ts';
import { asWritten, checked, strictObject, withJsonShape } from '../input/index.ts';

/**
 * `wechat` in content/data/site.json: WeChat share cards through the
 * department's 公众号 (official account), off unless all three are set. The
 * department provides them (docs/部署.md, 微信分享卡片): the account's AppID,
 * its existing JS-SDK signature service and its own copy of the JS-SDK file,
 * both served from the site's own host, since no page loads anything from
 * another host.
 */
const m = inputText.settings.wechat;

/** A 公众号 AppID: `wx` and 16 hexadecimal digits. */
export const WECHAT_APP_ID = /^wx[0-9a-f]{16}$/;

/** An address on the site's own host, written from its root: `/wechat/signature`. */
const SAME_HOST_PATH = /^\/(?!\/)[^\s\\]*$/;

/** The same rule for the editors' JSON Schema (src/lib/editor-schemas). */
const SAME_HOST_PATH_PATTERN = '^\\s*/(?!/)[^\\s\\\\]*\\s*$';

/** A field all three need: text, trimmed, that `valid` accepts; `pattern` is the rule for the editors' JSON Schema. */
const requiredText = (key: string, valid: (text: string) => boolean, problem: (value: string) => string, pattern: string) =>
  withJsonShape(
    checked((value, reject) => {
      if (value === undefined) return reject(m.missing(key));
      const text = typeof value === 'string' ? value.trim() : '';
      return valid(text) ? text : reject(problem(asWritten(value)));
    }),
    { type: 'string', pattern },
  );

const sameHostPath = (key: string, problem: (value: string) => string, valid: (path: string) => boolean = () => true) =>
  requiredText(key, (text) => SAME_HOST_PATH.test(text) && valid(text), problem, SAME_HOST_PATH_PATTERN);

export const wechatSchema = strictObject(
  {
    /** The 公众号's AppID (its JS接口安全域名 must be the site's domain). */
    appId: requiredText('appId', (text) => WECHAT_APP_ID.test(text), m.appId, '^\\s*wx[0-9a-f]{16}\\s*$'),
    /** The department's signature service: GET ?url=<page address> answers { timestamp, nonceStr, signature }. */
    signatureUrl: sameHostPath('signatureUrl', m.signatureUrl),
    /** The JS-SDK file (jweixin-1.6.0.js) as the department serves it from its own host. */
    sdk: sameHostPath('sdk', m.sdk, (path) => /\.js(\?.*)?$/.test(path)),
  },
  { error: () => m.notObject },
);

export interface WechatSettings {
  appId: string;
  signatureUrl: string;
  sdk: string;
}
