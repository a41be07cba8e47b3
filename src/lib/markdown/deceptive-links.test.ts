import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { domainToASCII } from 'node:url';
import { describe, expect, it } from 'vitest';
import { FIXTURE_CONTENT } from '../../../tests/support/fixture.ts';
import { contentSafety } from '../../i18n/zh-CN/content-safety.ts';
import { parseSiteSettings } from '../site-settings.ts';
import { deceptiveLink } from './deceptive-links.ts';
import { NATIONAL_PORTAL_HOSTS } from './national-portals.ts';
import { officialSitesOf } from './official-sites.ts';
import { findUnsafeConstructs } from './unsafe-body.ts';

const FRONT = '---\ntitle: 标题\n---\n';

describe('links whose words show another address than they go to', () => {
  it('names a web address shown over a link to another host, with or without the scheme, inside Chinese words too', () => {
    expect(deceptiveLink('www.gd.gov.cn', 'https://gd-gov.cn.example/login')).toEqual({
      kind: 'web',
      shown: 'www.gd.gov.cn',
      actual: 'gd-gov.cn.example',
    });
    expect(deceptiveLink('https://edu.gd.gov.cn/zt/', 'http://evil.example/')?.kind).toBe('web');
    expect(deceptiveLink('广东省教育厅官网（edu.gd.gov.cn）', 'https://edu-gd.top/')).toMatchObject({
      shown: 'edu.gd.gov.cn',
      actual: 'edu-gd.top',
    });
    // A look-alike letter (Cyrillic о) in the shown host is another host.
    expect(deceptiveLink('www.gd.gov.cn', 'https://www.gd.g\u043ev.cn/')?.kind).toBe('web');
  });

  it('lets words that are no address, and addresses of the same site, through', () => {
    expect(deceptiveLink('第 1.2 节', 'https://example.org/')).toBeUndefined();
    expect(deceptiveLink('photo.jpg', 'https://example.org/p.jpg')).toBeUndefined();
    expect(deceptiveLink('gd.gov.cn', 'https://www.gd.gov.cn/gkmlpt/')).toBeUndefined();
    expect(deceptiveLink('www.gd.gov.cn', 'https://edu.gd.gov.cn/')).toBeUndefined();
    expect(deceptiveLink('https://www.moe.gov.cn/jyb_xwfb/', 'http://www.moe.gov.cn/jyb_xwfb/')).toBeUndefined();
    expect(deceptiveLink('www.gd.gov.cn', '/events/')).toBeUndefined();
  });

  it('names an e-mail address or a phone number shown over a link that writes or dials another', () => {
    expect(deceptiveLink('press@gd.gov.cn', 'mailto:collect@evil.example')).toEqual({
      kind: 'email',
      shown: 'press@gd.gov.cn',
      actual: 'collect@evil.example',
    });
    expect(deceptiveLink('Press@GD.gov.cn', 'mailto:press@gd.gov.cn?subject=%E9%87%87%E8%AE%BF')).toBeUndefined();
    expect(deceptiveLink('020-83113000', 'tel:+86-168-0000-1234')).toEqual({
      kind: 'phone',
      shown: '020-83113000',
      actual: '+86-168-0000-1234',
    });
    expect(deceptiveLink('020-8311 3000', 'tel:+862083113000')).toBeUndefined();
    expect(deceptiveLink('(020) 83113000', 'tel:0086-20-83113000')).toBeUndefined();
    expect(deceptiveLink('拨打热线', 'tel:12345')).toBeUndefined();
  });

  it('is an error npm run check names with its line, in Markdown links and in raw HTML', () => {
    const body = [
      '报名请登录 [www.gd.gov.cn](https://gd-gov.example/login)。', // 4
      '',
      '<a href="mailto:x@evil.example">', // 6
      'press@gd.gov.cn',
      '</a>',
      '',
      '[广东省教育厅](https://edu.gd.gov.cn/) 与 <https://www.moe.gov.cn/>、press@gd.gov.cn', // 10
      '',
      '以教育部网站（www.moe.gov.cn）公开发布的原文为准。',
    ].join('\n');
    expect(findUnsafeConstructs(FRONT + body, 'markdown')).toEqual([
      {
        line: 4,
        message:
          '链接文字显示的是网址 “www.gd.gov.cn”，点开却去往 “gd-gov.example”：读者会以为去的是前者。请让文字与链接地址一致，或改用说明性文字（如“活动报名页面”）',
      },
      { line: 6, message: '链接文字显示的是邮箱 “press@gd.gov.cn”，点开却写信给 “x@evil.example”：请让文字与邮箱地址一致' },
    ]);
  });
});

describe('addresses in Chinese characters', () => {
  it('names one shown over a link to another host, compared as the browser goes to it (punycode)', () => {
    expect(deceptiveLink('教育厅.中国', 'https://edu-gd.top/')).toEqual({ kind: 'web', shown: '教育厅.中国', actual: 'edu-gd.top' });
    expect(deceptiveLink('广东教育.公司', 'https://evil.example/')?.kind).toBe('web');
    expect(deceptiveLink('官方网址：https://教育厅.中国/zt/', 'https://evil.example/')).toMatchObject({
      shown: 'https://教育厅.中国',
    });
    expect(deceptiveLink('广东省教育厅（www.教育厅.中国）', 'https://evil.example/')).toMatchObject({ shown: 'www.教育厅.中国' });
    // Words glued to the front are part of the host: a tail of it (育厅.中国) is another site.
    expect(deceptiveLink('请访问教育厅.中国', 'https://育厅.中国/')).toMatchObject({ kind: 'web', actual: '育厅.中国' });
  });

  it('lets the same address through however it is written, and Chinese words around a dot', () => {
    const ascii = domainToASCII('教育厅.中国');
    expect(deceptiveLink('教育厅.中国', 'https://教育厅.中国/')).toBeUndefined();
    expect(deceptiveLink('教育厅.中国', `https://${ascii}/zt/`)).toBeUndefined();
    expect(deceptiveLink('https://教育厅.中国', `https://www.${ascii}/`)).toBeUndefined();
    expect(deceptiveLink('附件1.中国教育报', 'https://example.org/')).toBeUndefined();
    expect(deceptiveLink('1.中国', 'https://example.org/')).toBeUndefined();
    expect(deceptiveLink('第三章.总则', 'https://example.org/')).toBeUndefined();
  });
});

describe('links whose words claim an official site', () => {
  it('names a government body’s site, a national education platform, or an official site named by nobody, over another host', () => {
    expect(deceptiveLink('广东省教育厅官网', 'https://gd-edu-gov.example/')).toEqual({
      kind: 'official',
      shown: '广东省教育厅官网',
      actual: 'gd-edu-gov.example',
    });
    for (const words of [
      '点此进入教育部报名系统',
      '国家智慧教育平台',
      '全国老年教育公共服务平台',
      '广东省 人民政府 门户网站',
      '中共广州市委宣传部网站',
      '广州市卫生健康委员会官方网站',
      '官网',
      '点此进入官方网站',
    ]) {
      expect(deceptiveLink(words, 'http://jyb.top/'), words).toMatchObject({ kind: 'official', actual: 'jyb.top' });
    }
    // The words show the address they go to, and still claim it is the department's.
    expect(deceptiveLink('广东省教育厅官网（gd-edu.example）', 'https://gd-edu.example/')?.kind).toBe('official');
    // An official ending only counts at the end; a listed portal trusts its subdomains, not its parent.
    expect(deceptiveLink('教育部官网', 'https://gov.cn.evil.example/')?.kind).toBe('official');
    expect(deceptiveLink('教育部官网', 'https://evilgov.cn/')?.kind).toBe('official');
    const portal = 'le.ouchn.cn';
    expect(NATIONAL_PORTAL_HOSTS).toContain(portal);
    expect(deceptiveLink('国家开放大学终身教育平台', `https://${portal.replace(/^le\./, 'lms.')}/`)?.kind).toBe('official');
    expect(deceptiveLink('国家开放大学终身教育平台', `https://${portal.replace(/^le\./, '')}/`)?.kind).toBe('official');
  });

  it('lets such words go to government and education hosts, the national portals, and what the settings trust', () => {
    expect(deceptiveLink('广东省教育厅官网', 'https://edu.gd.gov.cn/')).toBeUndefined();
    expect(deceptiveLink('点此进入教育部报名系统', 'https://www.moe.gov.cn/')).toBeUndefined();
    expect(deceptiveLink('广州市教育局报名系统', 'https://bm.gzedu.edu.cn/')).toBeUndefined();
    expect(deceptiveLink('官网', 'https://www.usa.gov/')).toBeUndefined();
    expect(deceptiveLink('广东省教育厅官网', `https://${domainToASCII('广东省教育厅.政务')}/`)).toBeUndefined();
    for (const host of NATIONAL_PORTAL_HOSTS) {
      expect(deceptiveLink('国家智慧教育平台', `https://${host}/`), host).toBeUndefined();
      expect(deceptiveLink('国家智慧教育平台', `https://www.${host}/x`), host).toBeUndefined();
    }
    // The site's own address, and a portal a site adds to its settings that no list knows.
    const fixture = parseSiteSettings(readFileSync(join(FIXTURE_CONTENT, 'data/site.json'), 'utf8'));
    const settings = {
      ...fixture,
      portals: [...fixture.portals, { name: '广东终身学习网', url: 'https://www.gd-learning.example.org/' }],
    };
    const trusted = officialSitesOf(settings);
    for (const address of [settings.url, 'https://www.gd-learning.example.org/courses/']) {
      expect(deceptiveLink('官网', address)?.kind, address).toBe('official');
      expect(deceptiveLink('官网', address, trusted), address).toBeUndefined();
    }
    // A form on a shared host is trusted as it is, not the host's other forms.
    const form = settings.forms.materials.url;
    expect(deceptiveLink('教育厅宣传材料报送系统', form, trusted)).toBeUndefined();
    expect(deceptiveLink('教育厅宣传材料报送系统', new URL('/form/page/another', form).href, trusted)?.kind).toBe('official');
  });

  it('leaves words that name no government body to the editor: ordinary platforms, libraries, clubs, NGOs', () => {
    for (const words of [
      '学习平台',
      '广州图书馆报名系统',
      '广州图书馆官网',
      '图书馆展厅预约系统',
      '读书俱乐部官网',
      '中国移动网上营业厅',
      '国际非政府组织官网',
      '国家图书馆官网',
      '某某大学官网',
      '官网公布的活动时间',
    ]) {
      expect(deceptiveLink(words, 'https://www.example.com/'), words).toBeUndefined();
    }
    expect(deceptiveLink('官网', '/about/')).toBeUndefined();
  });

  it('is an error npm run check names with its line, like the other deceptive links', () => {
    const body = [
      '报名请登录[广东省教育厅官网](https://gd-edu-gov.example/)。',
      '',
      '[广东省教育厅官网](https://edu.gd.gov.cn/)',
    ].join('\n');
    expect(findUnsafeConstructs(FRONT + body, 'markdown')).toEqual([
      { line: 4, message: contentSafety.deceptiveLink({ kind: 'official', shown: '广东省教育厅官网', actual: 'gd-edu-gov.example' }) },
    ]);
  });
});

describe('link words in Traditional characters', () => {
  it('judges them as their Simplified form, and quotes them as written', () => {
    for (const words of [
      '廣東省教育廳官網',
      '點此進入教育部報名系統',
      '國家智慧教育平臺',
      '廣州市人民政府門戶網站',
      '广东省教育廳官網',
    ]) {
      expect(deceptiveLink(words, 'http://jyb.top/'), words).toEqual({ kind: 'official', shown: words, actual: 'jyb.top' });
    }
    expect(deceptiveLink('廣東省教育廳', 'https://gd-edu-gov.example/'), '廣東省教育廳').toMatchObject({
      kind: 'named',
      shown: '廣東省教育廳',
    });
  });

  it('lets them go where the Simplified words may, and leaves what names no body', () => {
    expect(deceptiveLink('廣東省教育廳官網', 'https://edu.gd.gov.cn/')).toBeUndefined();
    expect(deceptiveLink('國家智慧教育平臺', 'https://www.smartedu.cn/')).toBeUndefined();
    for (const words of ['廣州圖書館官網', '學習平臺', '讀書俱樂部官網']) {
      expect(deceptiveLink(words, 'https://www.example.com/'), words).toBeUndefined();
    }
  });
});

describe('Chinese words straight after a Chinese-script address', () => {
  it('reads the address before site words (官网, 首页, 入口) and compares it with the host', () => {
    for (const [words, shown] of [
      ['gdjy.中国官网', 'gdjy.中国'],
      ['广东教育.中国首页', '广东教育.中国'],
      ['学习.中国网站入口', '学习.中国'],
      ['學習.中國官網', '學習.中國'],
    ] as const) {
      expect(deceptiveLink(words, 'https://edu-gd.top/'), words).toEqual({ kind: 'web', shown, actual: 'edu-gd.top' });
    }
    expect(deceptiveLink('教育厅.中国官网', 'https://edu-gd.top/')).toEqual({
      kind: 'web',
      shown: '教育厅.中国',
      actual: 'edu-gd.top',
    });
  });

  it('lets the same host through, and keeps other words after a dot words', () => {
    expect(deceptiveLink('gdjy.中国官网', `https://www.${domainToASCII('gdjy.中国')}/`)).toBeUndefined();
    for (const words of ['第三章.总则', '1.中国官网', '附件1.中国教育报', '附件.中国教育报', '详见附件.中国人民银行公告']) {
      expect(deceptiveLink(words, 'https://example.org/'), words).toBeUndefined();
    }
  });
});

describe('link words that are only a government or Party body’s name', () => {
  it('are a claim of its site: refused over another host, with what to write instead', () => {
    for (const words of [
      '广东省教育厅',
      '教育部',
      '中华人民共和国教育部',
      '广州市人民政府',
      '广州市天河区教育局',
      '中共广东省委宣传部',
      '国务院办公厅',
      ' 广东省 教育厅 ',
      // A place without 市 or 区 (a division's short name, from the region data, in any province), or the ending alone.
      '深圳教育局',
      '北京教委',
      '市教育局',
      // A place's Party committee, and a national body whose place is the whole country.
      '广州市委',
      '全国政协',
    ]) {
      expect(deceptiveLink(words, 'https://gd-edu-gov.example/'), words).toEqual({
        kind: 'named',
        shown: words.trim(),
        actual: 'gd-edu-gov.example',
      });
    }
    expect(deceptiveLink('广东省教育厅', 'https://mp.weixin.qq.com/s/abc')?.kind).toBe('named');
    expect(contentSafety.deceptiveLink({ kind: 'named', shown: '广东省教育厅', actual: 'mp.weixin.qq.com' })).toContain('公众号');
  });

  it('lets the name go to its official hosts and what the settings trust, and leaves words that say more', () => {
    expect(deceptiveLink('广东省教育厅', 'https://edu.gd.gov.cn/')).toBeUndefined();
    expect(deceptiveLink('教育部', 'http://www.moe.gov.cn/')).toBeUndefined();
    const fixture = parseSiteSettings(readFileSync(join(FIXTURE_CONTENT, 'data/site.json'), 'utf8'));
    // The site's own address (a department's hub not under .gov.cn), as for the other claims.
    expect(deceptiveLink('广东省教育厅', fixture.url)?.kind).toBe('named');
    expect(deceptiveLink('广东省教育厅', fixture.url, officialSitesOf(fixture))).toBeUndefined();
    // Words that say what the link is (an account's article, a report) are the editor's to link anywhere.
    for (const words of [
      '广东省教育厅微信公众号',
      '广东省教育厅发布',
      '新华网：广东省教育厅部署活动周',
      '广东省博物馆',
      '委员会',
      '政府',
      '展厅',
      '广州图书馆',
      '省博物馆教育部',
      '天河委',
      '中山大学',
      '白云山',
      // Runs of place endings name no body (each is looked at once: a pattern of repeated places took seconds on these).
      '市'.repeat(24),
      '市区'.repeat(12),
    ]) {
      expect(deceptiveLink(words, 'https://mp.weixin.qq.com/s/abc'), words).toBeUndefined();
    }
  });
});

describe('the new claims in npm run check', () => {
  it('are errors naming their lines, quoting the words as the editor wrote them', () => {
    const body = [
      '報名請登錄[廣東省教育廳官網](https://gd-edu-gov.example/)。', // 4
      '',
      '來源：[广东省教育厅](https://gd-edu-gov.example/a)', // 6
      '',
      '[教育厅.中国官网](https://edu-gd.top/)', // 8
      '',
      '来源：[广东省教育厅微信公众号](https://mp.weixin.qq.com/s/abc)',
    ].join('\n');
    expect(findUnsafeConstructs(FRONT + body, 'markdown')).toEqual([
      { line: 4, message: contentSafety.deceptiveLink({ kind: 'official', shown: '廣東省教育廳官網', actual: 'gd-edu-gov.example' }) },
      { line: 6, message: contentSafety.deceptiveLink({ kind: 'named', shown: '广东省教育厅', actual: 'gd-edu-gov.example' }) },
      { line: 8, message: contentSafety.deceptiveLink({ kind: 'web', shown: '教育厅.中国', actual: 'edu-gd.top' }) },
    ]);
  });
});
