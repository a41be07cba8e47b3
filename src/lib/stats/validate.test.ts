import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatProblem } from '../input-problem.ts';
import { sampleStats } from './fixtures.ts';
import { readStatsFile } from './read.ts';
import { validateStats } from './validate.ts';
import { openingDeadlineOf } from './schema.ts';
import { province } from '../regions/index.ts';
import { readRegionData } from '../regions/data-files.ts';
import { contentForProvince } from '../regions/test-support.ts';

const FILE = 'content/data/stats/2023.json';
/** The sample settings' province, which the unit tests run with. */
const P = province().name;

/** The sample file as JSON an editor might have written, changed by `edit`. */
function fileWith(edit: (data: any) => void = () => {}): string {
  const data: any = sampleStats();
  edit(data);
  return JSON.stringify(data, null, 2);
}

/** What the editor reads: every problem, formatted. */
function problems(text: string, file = FILE): string[] {
  const result = validateStats(text, file);
  if (result.ok) throw new Error('expected the file to be rejected');
  return result.problems.map(formatProblem);
}

describe('a valid file', () => {
  it('is accepted as written', () => {
    const result = validateStats(fileWith(), FILE);
    expect(result).toEqual({ ok: true, data: sampleStats() });
  });

  it('fills a kind a report leaves out with 0', () => {
    const result = validateStats(
      fileWith((d) => {
        d.reports[0].activities = { themed_reading: { count: 3, participants: 90 } };
      }),
      FILE,
    );
    expect(result.ok && result.data.reports[0]!.activities).toEqual({
      themed_reading: { count: 3, participants: 90 },
      publisher_picks: { count: 0, participants: 0 },
      online_lectures: { count: 0, participants: 0 },
      digital_reading: { count: 0, participants: 0 },
      learning_week: { count: 0, participants: 0 },
    });
  });

  it('accepts an optional note, a byte-order mark and a date-time for submittedAt', () => {
    const text =
      '\uFEFF' +
      fileWith((d) => {
        d.note = '示例数据：数字为虚构，仅供演示';
        d.reports[0].submittedAt = '2023-11-25 23:30';
      });
    const result = validateStats(text, FILE);
    expect(result.ok && result.data.note).toBe('示例数据：数字为虚构，仅供演示');
  });

  it('accepts an opening ceremonies’ deadline of their own, a calendar day, which the ceremonies are judged by', () => {
    const result = validateStats(
      fileWith((d) => (d.openingDeadline = '2023-11-20')),
      FILE,
    );
    expect(result.ok && result.data.openingDeadline).toBe('2023-11-20');
    expect(result.ok && openingDeadlineOf(result.data)).toBe('2023-11-20');
    // Without one, the reports' deadline, as both were in 2023.
    const plain = validateStats(fileWith(), FILE);
    expect(plain.ok && openingDeadlineOf(plain.data)).toBe(sampleStats().deadline);
    expect(problems(fileWith((d) => (d.openingDeadline = '2023-11-20 18:00')))).toEqual([
      'content/data/stats/2023.json › 字段“开幕式截止日期”（openingDeadline）：日期格式不对："2023-11-20 18:00"，应写成 年-月-日，例如 "2023-11-20"',
    ]);
  });

  it('does not reject a late report: lateness is shown, not refused', () => {
    const result = validateStats(
      fileWith((d) => (d.reports[0].submittedAt = '2023-12-05')),
      FILE,
    );
    expect(result.ok).toBe(true);
  });

  it('checks the year only against a file named <year>.json', () => {
    expect(
      validateStats(
        fileWith((d) => (d.year = 2022)),
        'draft-stats.json',
      ).ok,
    ).toBe(true);
  });
});

describe('rejections, with the message the editor sees', () => {
  it('a file that is not JSON, with where the parser stopped', () => {
    expect(problems('{\n  "year": 2023\n  "deadline": "2023-11-25"\n}')).toEqual([
      'content/data/stats/2023.json › （整个文件）：不是有效的 JSON：第 3 行第 3 列（位置 19）附近有语法错误：漏了逗号',
    ]);
    expect(problems('{"year": 2023')).toEqual([
      'content/data/stats/2023.json › （整个文件）：不是有效的 JSON：第 1 行第 14 列（位置 13）附近有语法错误：缺少与 { 配对的 }',
    ]);
    expect(problems('   ')).toEqual([
      'content/data/stats/2023.json › （整个文件）：文件是空的，应为 JSON 对象 { "year": …, "deadline": …, "province": …, "reports": […] }',
    ]);
    expect(problems('[1, 2]')).toEqual([
      'content/data/stats/2023.json › （整个文件）：应为 JSON 对象 { … }，包含 year、deadline、province、reports，而不是数组',
    ]);
  });

  it('an unknown code, a code outside the province, the province as a report', () => {
    expect(
      problems(
        fileWith((d) => {
          d.reports[0].region = '449999';
          d.reports[1].region = '110000';
          d.reports[2].region = '440000';
          d.reports[3].region = '4401';
        }),
      ),
    ).toEqual([
      `content/data/stats/2023.json › 第 1 条报告（449999） › 字段“地区代码”（reports[0].region）：未知的地区代码 449999：不在${P}地市、县（市、区）代码表中（GB/T 2260）`,
      `content/data/stats/2023.json › 第 2 条报告（110000） › 字段“地区代码”（reports[1].region）：110000 不是${P}的地区代码：只收${P}及其地市、县（市、区）的代码`,
      `content/data/stats/2023.json › 第 3 条报告（${P} 440000） › 字段“地区代码”（reports[2].region）：440000 是${P}本级，不能作为一条报告：省级层面是否开展写在顶层的 province 字段`,
      'content/data/stats/2023.json › 第 4 条报告（4401） › 字段“地区代码”（reports[3].region）：地区代码应为 6 位数字，例如 "440100"（广州市），而不是 "4401"',
    ]);
  });

  it('a code written as a number, or missing', () => {
    expect(
      problems(
        fileWith((d) => {
          d.reports[0].region = 440100;
          delete d.reports[1].region;
        }),
      ),
    ).toEqual([
      'content/data/stats/2023.json › 第 1 条报告（广州市 440100） › 字段“地区代码”（reports[0].region）：地区代码要加上引号：写成 "440100"（不加引号会被当成数字）',
      'content/data/stats/2023.json › 第 2 条报告 › 字段“地区代码”（reports[1].region）：缺少地区代码，例如 "region": "440100"',
    ]);
  });

  it('a code twice', () => {
    expect(problems(fileWith((d) => (d.reports[3].region = '440100')))).toEqual([
      'content/data/stats/2023.json › 第 4 条报告（广州市 440100） › 字段“地区代码”（reports[3].region）：地区代码 440100 重复：第 1 条报告已是广州市 440100 的报告，每个地区只能有一条报告',
    ]);
  });

  it('negative, fractional and non-numeric figures, and numbers written as strings', () => {
    expect(
      problems(
        fileWith((d) => {
          d.reports[2].activities.themed_reading.count = -5;
          d.reports[2].activities.themed_reading.participants = 12.5;
          d.reports[2].activities.learning_week.count = '120';
          d.reports[2].activities.learning_week.participants = '很多';
          d.reports[3].activities.online_lectures.count = null;
        }),
      ),
    ).toEqual([
      'content/data/stats/2023.json › 第 3 条报告（荔湾区 440103） › 字段“主题阅读活动数”（reports[2].activities.themed_reading.count）：不能为负数：-5',
      'content/data/stats/2023.json › 第 3 条报告（荔湾区 440103） › 字段“主题阅读活动参加人次”（reports[2].activities.themed_reading.participants）：应为整数：12.5 不是整数',
      'content/data/stats/2023.json › 第 3 条报告（荔湾区 440103） › 字段“全民终身学习活动周活动数”（reports[2].activities.learning_week.count）：数字不要加引号：应写 120，而不是 "120"',
      'content/data/stats/2023.json › 第 3 条报告（荔湾区 440103） › 字段“全民终身学习活动周参加人次”（reports[2].activities.learning_week.participants）：应为数字，而不是文字 "很多"',
      'content/data/stats/2023.json › 第 4 条报告（越秀区 440104） › 字段“线上社会大讲堂活动数”（reports[3].activities.online_lectures.count）：应为数字，而不是 null',
    ]);
  });

  it('participants without activities', () => {
    expect(problems(fileWith((d) => (d.reports[1].activities.publisher_picks = { count: 0, participants: 3000 })))).toEqual([
      'content/data/stats/2023.json › 第 2 条报告（深圳市 440300） › 字段“‘社长（总编）荐书’活动参加人次”（reports[1].activities.publisher_picks.participants）：有 3000 人次参加，但活动数 count 为 0：请填写活动数，或把参加人次改为 0',
    ]);
  });

  it('a figure missing from a kind that is given', () => {
    expect(problems(fileWith((d) => delete d.reports[0].activities.digital_reading.participants))).toEqual([
      'content/data/stats/2023.json › 第 1 条报告（广州市 440100） › 字段“数字阅读分享活动参加人次”（reports[0].activities.digital_reading.participants）：缺少参加人次 participants（没有写 0）',
    ]);
  });

  it('an unknown activity key, in a report and in the province block', () => {
    expect(
      problems(
        fileWith((d) => {
          d.reports[0].activities.online_lecture = { count: 1, participants: 10 };
          d.province.seminars = true;
        }),
      ),
    ).toEqual([
      'content/data/stats/2023.json › 字段 province.seminars：未知的活动类别 "seminars"；应为以下之一：themed_reading、publisher_picks、online_lectures、digital_reading、learning_week',
      'content/data/stats/2023.json › 第 1 条报告（广州市 440100） › 字段 reports[0].activities.online_lecture：未知的活动类别 "online_lecture"（是否应为 online_lectures？）；应为以下之一：themed_reading、publisher_picks、online_lectures、digital_reading、learning_week',
    ]);
  });

  it('unknown top-level and report keys, so a typo never drops figures silently', () => {
    expect(
      problems(
        fileWith((d) => {
          d.reports[1].activites = d.reports[1].activities;
          delete d.reports[1].activities;
          d.reports[2].submitted_at = '2023-11-20';
          d.totals = { themed_reading: 1 };
        }),
      ),
    ).toEqual([
      'content/data/stats/2023.json › 字段 totals：未知字段 "totals"；这里允许的字段：year、deadline、openingDeadline、note、province、reports。未知字段里的数字不会被统计，请改正或删除',
      'content/data/stats/2023.json › 第 2 条报告（深圳市 440300） › 字段 reports[1].activites：未知字段 "activites"（是否应为 activities？）；这里允许的字段：region、submittedAt、openingCeremony、activities。未知字段里的数字不会被统计，请改正或删除',
      'content/data/stats/2023.json › 第 3 条报告（荔湾区 440103） › 字段 reports[2].submitted_at：未知字段 "submitted_at"（是否应为 submittedAt？）；这里允许的字段：region、submittedAt、openingCeremony、activities。未知字段里的数字不会被统计，请改正或删除',
    ]);
  });

  it('a key written twice, which JSON would silently resolve by dropping the first', () => {
    // 深圳's themed_reading pasted twice: JSON.parse would keep only the second.
    const text = fileWith().replace(
      /"themed_reading": \{(\s+)"count": 80,/,
      '"themed_reading": { "count": 5, "participants": 50 }, "themed_reading": {$1"count": 80,',
    );
    expect(text).not.toBe(fileWith());
    expect(problems(text)).toEqual([
      'content/data/stats/2023.json › 第 2 条报告（深圳市 440300） › 字段“主题阅读活动”（reports[1].activities.themed_reading）："themed_reading" 写了两次：只会保留后一次的值，前一次的数字会丢失，请合并为一处',
    ]);
  });

  it('malformed and impossible dates', () => {
    expect(
      problems(
        fileWith((d) => {
          d.deadline = '2023-02-30';
          d.reports[0].submittedAt = '2023/11/20';
          d.reports[1].openingCeremony = '2023年11月18日';
          d.reports[2].submittedAt = '2023-11-20T25:00';
          d.reports[3].openingCeremony = 20231118;
        }),
      ),
    ).toEqual([
      'content/data/stats/2023.json › 字段“报送截止日期”（deadline）："2023-02-30" 不是存在的日期',
      'content/data/stats/2023.json › 第 1 条报告（广州市 440100） › 字段“报送日期”（reports[0].submittedAt）：日期格式不对："2023/11/20"，应写成 年-月-日，例如 "2023-11-20"',
      'content/data/stats/2023.json › 第 2 条报告（深圳市 440300） › 字段“开幕式日期”（reports[1].openingCeremony）：日期格式不对："2023年11月18日"，应写成 年-月-日，例如 "2023-11-18"',
      'content/data/stats/2023.json › 第 3 条报告（荔湾区 440103） › 字段“报送日期”（reports[2].submittedAt）："2023-11-20T25:00" 不是存在的日期或时间',
      'content/data/stats/2023.json › 第 4 条报告（越秀区 440104） › 字段“开幕式日期”（reports[3].openingCeremony）：日期应写成带引号的文字，例如 "2023-11-20"，而不是 number',
    ]);
  });

  it('a deadline written with a time: the deadline is a calendar day', () => {
    expect(problems(fileWith((d) => (d.deadline = '2023-11-25 18:00')))).toEqual([
      'content/data/stats/2023.json › 字段“报送截止日期”（deadline）：日期格式不对："2023-11-25 18:00"，应写成 年-月-日，例如 "2023-11-25"',
    ]);
  });

  it('a year that does not match the file name, or is written as a string', () => {
    expect(problems(fileWith((d) => (d.year = 2022)))).toEqual([
      'content/data/stats/2023.json › 字段“年度”（year）：年份 2022 与文件名 2023.json 不一致：改正年份，或把文件改名为 2022.json',
    ]);
    expect(problems(fileWith((d) => (d.year = '2023')))).toEqual([
      'content/data/stats/2023.json › 字段“年度”（year）：数字不要加引号：应写 2023，而不是 "2023"',
    ]);
  });

  it('a missing deadline, submittedAt, province or reports', () => {
    expect(
      problems(
        fileWith((d) => {
          delete d.deadline;
          delete d.province;
          delete d.reports[0].submittedAt;
        }),
      ),
    ).toEqual([
      'content/data/stats/2023.json › 字段“报送截止日期”（deadline）：缺少报送截止日期，例如 "deadline": "2023-11-25"',
      'content/data/stats/2023.json › 字段“省级层面是否开展”（province）：缺少省级层面是否开展各类活动，例如 "province": {"themed_reading": true, …}',
      'content/data/stats/2023.json › 第 1 条报告（广州市 440100） › 字段“报送日期”（reports[0].submittedAt）：缺少报送日期，例如 "submittedAt": "2023-11-20"',
    ]);
    expect(problems(fileWith((d) => delete d.reports))).toEqual([
      'content/data/stats/2023.json › 字段“各地报告”（reports）：缺少报告列表，尚无报告时写 "reports": []',
    ]);
  });

  it('a province flag that is not true or false, or left out', () => {
    expect(
      problems(
        fileWith((d) => {
          d.province.themed_reading = 'true';
          delete d.province.learning_week;
        }),
      ),
    ).toEqual([
      'content/data/stats/2023.json › 字段“省级是否开展主题阅读活动”（province.themed_reading）：应为 true 或 false（不加引号），而不是 "true"',
      'content/data/stats/2023.json › 字段“省级是否开展全民终身学习活动周”（province.learning_week）：缺少省级层面是否开展此项活动：写 true（开展）或 false（未开展）',
    ]);
  });

  it('a note that is not text', () => {
    expect(problems(fileWith((d) => (d.note = 1)))).toEqual([
      'content/data/stats/2023.json › 字段“说明”（note）：应为文字（带引号），而不是 number',
    ]);
  });

  it('reports every problem at once, not only the first', () => {
    const all = problems(
      fileWith((d) => {
        d.deadline = '2023/11/25';
        d.reports[0].region = '449999';
        d.reports[1].activities.themed_reading.count = -1;
        d.reports[4].activities.learning_week = { count: 0, participants: 5 };
      }),
    );
    expect(all).toHaveLength(4);
    expect(all[0]).toContain('字段“报送截止日期”（deadline）：日期格式不对："2023/11/25"，应写成 年-月-日，例如 "2023-11-25"');
  });
});

describe('readStatsFile', () => {
  it('reads and validates a file, naming it as the editor does', () => {
    const dir = mkdtempSync(join(tmpdir(), 'stats-'));
    const path = join(dir, '2024.json');
    writeFileSync(path, fileWith());
    const result = readStatsFile(path, 'content/data/stats/2024.json');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems.map(formatProblem)).toEqual([
      'content/data/stats/2024.json › 字段“年度”（year）：年份 2023 与文件名 2024.json 不一致：改正年份，或把文件改名为 2023.json',
    ]);
  });

  it('reports a file saved as GBK instead of decoding it into nonsense', () => {
    const dir = mkdtempSync(join(tmpdir(), 'stats-'));
    const path = join(dir, '2023.json');
    // {"note": "示例"} in GBK: 示 = CA BE, 例 = C0 FD
    writeFileSync(path, Buffer.from([0x7b, 0x22, 0x6e, 0x6f, 0x74, 0x65, 0x22, 0x3a, 0x22, 0xca, 0xbe, 0xc0, 0xfd, 0x22, 0x7d]));
    const result = readStatsFile(path, 'content/data/stats/2023.json');
    expect(!result.ok && result.problems.map(formatProblem)).toEqual([
      'content/data/stats/2023.json › （整个文件）：文件不是 UTF-8 编码（可能是 GBK）：请在编辑器里“另存为”UTF-8 编码后再试',
    ]);
  });

  it('throws the file system error for a missing file', () => {
    expect(() => readStatsFile('/nonexistent/2023.json')).toThrow(/ENOENT/);
  });
});

describe('a municipality’s statistics file (重庆 500000)', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.resetModules();
  });

  it('speaks of its own level as 市级 and of its districts as 区县', async () => {
    vi.stubEnv('CONTENT_DIR', contentForProvince('500000'));
    vi.resetModules();
    const { validateStats: validate } = await import('./validate.ts');
    const { formatProblem: format } = await import('../input-problem.ts');
    const district = readRegionData('500000').counties[0]!.code;
    const said = (edit: (data: any) => void) => {
      const data: any = { ...sampleStats(), reports: [{ ...sampleStats().reports[0]!, region: district }] };
      edit(data);
      const result = validate(JSON.stringify(data), FILE);
      return result.ok ? [] : result.problems.map(format);
    };
    const messages = [
      ...said((d) => delete d.province),
      ...said((d) => delete d.province.learning_week),
      ...said((d) => (d.reports = {})),
      ...said((d) => (d.reports[0].region = '500000')),
    ].join('\n');
    expect(messages).toContain('缺少市级层面是否开展各类活动');
    expect(messages).toContain('缺少市级层面是否开展此项活动');
    expect(messages).toContain('每项是一个区县的报告');
    expect(messages).toContain('市级层面是否开展写在顶层的 province 字段');
    expect(messages).not.toMatch(/省级|地市/);
  });
});
