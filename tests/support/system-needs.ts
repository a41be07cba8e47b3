import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { CHROMIUM_NEED } from '../../scripts/lib/chromium.ts';
import { installAdvice, installMissing, onPath, type SystemNeed } from '../../scripts/lib/debian-packages.ts';
import { nginxMissing } from './nginx.ts';
import { SPEECH_FILES } from './speech.ts';

/** Whether fontconfig knows a font with Chinese glyphs. */
function chineseFont(): boolean {
  const run = spawnSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' });
  return run.status === 0 && run.stdout.trim() !== '';
}

/** What the site tests need from Debian (the list .ci/run once installed itself). */
export const SITE_TEST_NEEDS: readonly SystemNeed[] = [
  CHROMIUM_NEED,
  // Without one, Chinese text falls back to boxes of another width, and the layout and age-friendly checks measure those.
  { purpose: '中文字体，版面与适老化检查按手机上的字形测量', packages: ['fonts-noto-cjk'], present: chineseFont },
  {
    purpose: 'nginx 及其 brotli_static 模块，用于服务器配置测试',
    packages: ['nginx', 'libnginx-mod-http-brotli-static'],
    present: () => nginxMissing() === undefined,
  },
  { purpose: 'openssl，为 HTTPS 测试生成自签名证书', packages: ['openssl'], present: () => onPath('openssl') },
  {
    purpose: 'speech-dispatcher 与 espeak-ng 的普通话语音，用于朗读测试',
    packages: ['speech-dispatcher', 'speech-dispatcher-espeak-ng', 'espeak-ng'],
    present: () => SPEECH_FILES.every((file) => existsSync(file)),
  },
  { purpose: 'Java，运行 Nu HTML 检查器（npm vnu-jar）', packages: ['default-jre-headless'], present: () => onPath('java') },
];

/**
 * Installs what is missing before the site tests start (root with apt-get,
 * as on CI or a fresh container); elsewhere says what to install, and the
 * tests that need it fail with their own message.
 */
export function provideSiteTestNeeds(): void {
  const unmet = installMissing(SITE_TEST_NEEDS);
  if (unmet.length > 0)
    console.warn(`部分测试所需的系统软件包未安装（some tests need these Debian packages）：\n${installAdvice(unmet)}`);
}
