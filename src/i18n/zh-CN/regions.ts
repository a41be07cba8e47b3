import type { CityKind, ProvinceShape } from '../../lib/regions/index.ts';
import { cityKinds, type DivisionWords } from './divisions.ts';

/**
 * What the province divides into first, as a heading says it: 地级市 (盟市 in 内蒙古, 市（州） …: ./divisions.ts),
 * or 市县 where counties sit directly under it, or 区县 in a municipality.
 */
export const subdivisionNoun = (p: ProvinceShape) => {
  if (p.cities === 0) return '区县';
  if (p.directCounties === 0) return p.divisions.cities;
  return p.divisions.city === '地市' ? '市县' : `${p.divisions.city}和直辖县市`;
};

/** What a filter or a list by place calls the province's first divisions: 城市 (盟市 in 内蒙古 …), or 区县 in a municipality (it has no cities). */
export const placeWord = (p: ProvinceShape) => (p.cities === 0 ? '区县' : p.divisions.city === '地市' ? '城市' : p.divisions.city);

/** `海南省 4 个地级以上市、15 个省直辖县级行政单位`, `浙江省 11 个地级以上市`, `内蒙古自治区 12 个盟市`, `北京市 16 个区县`. */
const divisions = (p: ProvinceShape) =>
  p.cities === 0
    ? `${p.name} ${p.directCounties} 个区县`
    : `${p.name} ${p.cities} 个${p.divisions.counted}${p.directCounties > 0 ? `、${p.directCounties} 个${p.kind.level}直辖县级行政单位` : ''}`;

/** Cities and counties: the index, a region's page and its sections. */
export const regions = {
  /** The one word for a division code on any page's facts or tables. */
  label: '地区',
  title: '各地',
  lead: (p: ProvinceShape) => `${divisions(p)}${p.cities > 0 ? `及其${p.divisions.county}` : ''}的活动、学习之星和品牌项目。`,
  description: (name: string) => `${name}的全民终身学习活动周：活动、百姓学习之星与终身学习品牌项目。`,
  partOf: '隶属',
  /** A shared card's title: `广州市天河区的全民终身学习活动周`, not a bare 天河区. */
  shareTitle: (fullName: string) => `${fullName}的全民终身学习活动周`,
  /** Under a page's title when the region has no city above it: a city (a 盟, a 自治州 …: its kind), or a county directly under the province. */
  cityLead: (province: string, kind: CityKind | 'county') =>
    kind === 'county' ? `由${province}直接管辖的县级行政单位。` : `${province}${cityKinds[kind].under}。`,
  /** What this site lists, not what the region reported (its figures are in the statistics section). */
  counts: (events: number, learners: number, projects: number) =>
    `本站收录：活动 ${events} 项、百姓学习之星 ${learners} 位、品牌项目 ${projects} 个。`,
  noEventsListed: '本站尚未收录这里的活动。',
  /** When the province's or the city's events held here are listed below. */
  noOwnEventsListed: '本站尚未收录本地组织的活动。',
  /** Events filed under the province or the city, held in this region (by their venue). */
  heldHere: (name: string) => `在${name}举办的其他活动`,
  /** `organizers`: the province, with the city: `广东省或广州市`. */
  heldLead: (organizers: string, name: string) => `由${organizers}组织，地点在${name}。`,
  organizers: (province: string, city?: string) => (city ? `${province}或${city}` : province),
  /** Where else to look, from a region with few events of its own. */
  elsewhere: {
    lead: '也可以看看：',
    city: (name: string) => `${name}的全部活动`,
    online: '线上参加的活动',
  },
  /** Followed by a link to the statistics section, so that an empty list does not read as "nothing happened here". */
  reportedActivities: (year: number, activities: string) => `据 ${year} 年报送，这里共开展活动 ${activities} 项，详见`,
  events: '活动',
  learners: '百姓学习之星',
  projects: '终身学习品牌项目',
  counties: (d: DivisionWords) => `下辖${d.county}`,
  /** The search page's link to that list, for 广州有几个区: its count answers the question (广州市下辖 11 个县（市、区）). */
  countiesCounted: (name: string, count: number, d: DivisionWords) => `${name}下辖 ${count} 个${d.county}`,
  siblings: (city: string, d: DivisionWords) => `${city}的其他${d.county}`,
  neighbours: (name: string) => `与${name}相邻`,
  /** A county across the city line names its city: `新会区（江门市）`. */
  inOtherCity: (county: string, city: string) => `${county}（${city}）`,
  none: '暂无',
  /** A region with many events shows the first few (this year's first) and links to all of them. */
  moreEvents: (n: number) => `查看全部 ${n} 项活动`,
  eventsHeading: (name: string) => `${name}的活动`,
  lighting: '亮灯',
  /** A city's or county's figures for the latest statistics year. */
  stats: {
    heading: (year: number) => `${year} 年活动数据`,
    /** A city's own report, by its kind: 市本级报送, 盟本级报送, 州本级报送. */
    cityOwn: (kind: CityKind) => `${cityKinds[kind].own}本级报送`,
    countyOwn: '报送情况',
    reportedOn: (day: string, activities: string, participants: string) =>
      `（${day}报送）：活动 ${activities} 项，参加 ${participants} 人次`,
    counties: (d: DivisionWords) => `下辖${d.county}`,
    /** With none reported there are no figures yet: 0 项 would read as a count of nothing. */
    countiesReported: (reported: number, total: number, activities: string, participants: string) =>
      reported === 0
        ? `${reported}/${total} 个已报送`
        : `${reported}/${total} 个已报送：活动 ${activities} 项，参加 ${participants} 人次`,
    opening: '开幕式',
    provinceLink: (year: number, whole: string) => `${whole} ${year} 年数据与报送进度`,
  },
} as const;
