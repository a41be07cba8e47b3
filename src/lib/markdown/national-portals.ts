/**
 * Hosts of the national portals that are official without being under
 * .gov.cn or .edu.cn: link words that name a government body or a national
 * education platform may go to them (official-sites.ts). Each with where
 * its address comes from; a site adds its own through the settings'
 * `portals` (content/data/site.json), whose hosts are trusted too.
 */
export const NATIONAL_PORTAL_HOSTS: readonly string[] = [
  // 中国成人教育协会网站: 教职成厅函〔2023〕18号, 五、5 (<https://www.caea.org.cn/>).
  'caea.org.cn',
  // 全民终身学习公共服务平台: the same notice, 五、5 (<http://www.goschool.org.cn/>).
  'goschool.org.cn',
  // 全民终身学习活动周专题网站: the same notice, 五、5 (<http://www.llaw.org.cn/>).
  'llaw.org.cn',
  // 中国老年教育网: the same notice, 五、5 (<http://www.lnjyw.org>).
  'lnjyw.org',
  // 国家开放大学终身教育平台: the same notice, 五、5 (<https://le.ouchn.cn>).
  'le.ouchn.cn',
  // 国家智慧教育平台, the Ministry of Education's (named in the notice, 三、3, without its address):
  // www.smartedu.cn, as the Ministry's own site (www.moe.gov.cn) links it; its
  // 中小学、职业教育、高等教育 platforms are subdomains (basic.smartedu.cn …).
  'smartedu.cn',
];
