/**
 * The top-level domains written in Chinese characters, in punycode as the
 * browser turns them (node:url's domainToASCII), each with its written
 * form: the ICANN part of the Public Suffix List (publicsuffix.org, as
 * Debian's publicsuffix 20230209 ships it), every entry that is one label
 * of Han characters. Link words are read as such an address (`教育厅.中国`)
 * only when they end in one of these (deceptive-links.ts), so that Chinese
 * words around a dot (`第1.2节`, `附件1.中国教育报`) stay words.
 */
export const CHINESE_SCRIPT_TLDS: ReadonlySet<string> = new Set([
  'xn--fiqs8s', // 中国
  'xn--fiqz9s', // 中國
  'xn--j6w193g', // 香港
  'xn--mix891f', // 澳門
  'xn--mix082f', // 澳门
  'xn--yfro4i67o', // 新加坡
  'xn--kpry57d', // 台灣
  'xn--kprw13d', // 台湾
  'xn--nnx388a', // 臺灣
  'xn--1qqw23a', // 佛山
  'xn--30rr7y', // 慈善
  'xn--3bst00m', // 集团
  'xn--3ds443g', // 在线
  'xn--3pxu8k', // 点看
  'xn--45q11c', // 八卦
  'xn--55qw42g', // 公益
  'xn--55qx5d', // 公司
  'xn--5su34j936bgsg', // 香格里拉
  'xn--5tzm5g', // 网站
  'xn--6frz82g', // 移动
  'xn--6qq986b3xl', // 我爱你
  'xn--8y0a063a', // 联通
  'xn--9et52u', // 时尚
  'xn--9krt00a', // 微博
  'xn--b4w605ferd', // 淡马锡
  'xn--czr694b', // 商标
  'xn--czrs0t', // 商店
  'xn--czru2d', // 商城
  'xn--efvy88h', // 新闻
  'xn--fct429k', // 家電
  'xn--fiq228c5hs', // 中文网
  'xn--fiq64b', // 中信
  'xn--fjq720a', // 娱乐
  'xn--flw351e', // 谷歌
  'xn--fzys8d69uvgm', // 電訊盈科
  'xn--g2xx48c', // 购物
  'xn--gk3at1e', // 通販
  'xn--hxt814e', // 网店
  'xn--imr513n', // 餐厅
  'xn--io0a7i', // 网络
  'xn--jlq480n2rg', // 亚马逊
  'xn--jvr189m', // 食品
  'xn--kcrx77d1x4a', // 飞利浦
  'xn--kput3i', // 手机
  'xn--mxtq1m', // 政府
  'xn--nqv7f', // 机构
  'xn--nqv7fs00ema', // 组织机构
  'xn--nyqy26a', // 健康
  'xn--otu796d', // 招聘
  'xn--pssy2u', // 大拿
  'xn--rhqv96g', // 世界
  'xn--rovu88b', // 書籍
  'xn--ses554g', // 网址
  'xn--tiq49xqyj', // 天主教
  'xn--unup4y', // 游戏
  'xn--vhquv', // 企业
  'xn--vuq861b', // 信息
  'xn--w4r85el8fhu5dnra', // 嘉里大酒店
  'xn--w4rs40l', // 嘉里
  'xn--xhq521b', // 广东
  'xn--zfr164b', // 政务
]);
