/**
 * What `npm run check` says about things a reader would notice on the built
 * site (src/lib/content/reader-checks): an entry whose address is one of the
 * site's own pages, a link to a page that does not exist,
 * a photo too heavy or too small or that says where it was taken, an image description that describes
 * nothing, an event outside the week, a past event still recommended, an
 * event called off in its note only or still recommended, a
 * showcase without a photo, an http:// link to a site that has https://,
 * an old address (`aliases`) that cannot send readers on, an entry renamed
 * without keeping its old address, dates a shallow clone cannot know, a
 * venue whose coordinates are outside the province or the event's region.
 */
const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);

export const readerChecksText = {
  /** Where in a body a problem is: `第 12 行`, field `正文（body）`. */
  line: (line: number) => `第 ${line} 行`,
  bodyField: '正文（body）',

  /** `eventYear`: the file is that year's event, which belongs in its year's folder. */
  addressTaken: (address: string, eventYear: number | undefined) =>
    `这个文件的网址 ${address} 已是网站自己的页面（列表、筛选、日历或统计页等），读者只会看到那个页面，看不到这篇内容：请给文件换个名字${eventYear === undefined ? '' : `，并放进活动年份的文件夹 events/${eventYear}/`}`,
  /** `address`: the event's address now, which a moved file lists in `aliases` (`aliases: [/events/x/]`). */
  eventOutsideYearFolder: (year: number, aliasLine: string) =>
    `活动文件应直接放在活动周年份的文件夹里（如 content/events/${year}/），网址才在“${year} 年的活动”列表之下：请移到那里。已发布的活动移动后网址会变，请在移动后的文件头加上一行 ${aliasLine}，原网址就会跳转到新网址`,
  eventYearNotFolder: (year: number, folder: number, aliasLine: string) =>
    `year 写的是 ${year}，文件却在 ${folder} 年的文件夹里：活动会列在“${folder} 年的活动”里，却算作 ${year} 年活动周的活动。是从往年的文件复制来的吗？请改正 year；要把文件移到 ${year} 年的文件夹，而活动已经发布的，请在移动后的文件头加上一行 ${aliasLine}，原网址才不会失效`,

  /** An entry's old address (`aliases`) that readers would not be sent on from: the site's own page is there. */
  aliasTaken: (alias: string) =>
    `旧网址 ${alias} 是网站自己的页面或文件（列表、筛选、日历、统计页等）：读者打开它看到的是那个页面，不会跳转到这里。请删去这一项`,
  /** …another entry's page. */
  aliasIsEntry: (alias: string, file: string) =>
    `旧网址 ${alias} 是 ${file} 现在的网址：读者打开它看到的是那篇内容，不会跳转到这里。请删去这一项`,
  aliasTwice: (alias: string, first: string) =>
    `旧网址 ${alias} 已写在 ${first} 的 aliases 里：一个旧网址只能跳转到一处。请只在原来那篇内容（改名或移动后的文件）里保留它`,
  aliasIsSelf: (alias: string) => `${alias} 就是这个文件自己的网址：aliases 只写改名或移动之前的旧网址，请删去这一项`,
  aliasWithBase: (alias: string, base: string, meant: string) =>
    `旧网址 ${alias} 带上了网站路径 ${base}：aliases 从网站根写起，不写网站路径（构建时会自动加上），请写成 ${meant}`,
  /** `oldFiles`: where the file was before (oldest first); `addresses`: their addresses no page will have; `line`: the front-matter line that keeps them. */
  renamedWithoutAlias: (oldFiles: readonly string[], addresses: readonly string[], line: string) =>
    `这篇内容由 ${oldFiles.join('、')} 改名或移动而来：原网址 ${addresses.join('、')} 现在打不开（报纸、其他网站上的旧链接都会失效）。请在文件头写上一行 ${line}，原网址就会跳转到这里`,
  /** The content folder is in a shallow clone: `undated` of `entries` have no `published` (or notice `date`) and take the one commit's date. */
  shallowClone: (undated: number, entries: number) =>
    `内容所在的 git 仓库是浅克隆（shallow clone），只有最近的提交，看不到更早的历史：${undated > 0 ? `${undated === entries ? `全部 ${entries} 篇内容都` : `${entries} 篇内容中有 ${undated} 篇`}没写 published，它们的发布日期都会变成这次提交的日期，RSS 里的先后随之打乱；` : ''}日历文件和网站地图里每篇的“最后修改”时间也都成了这次提交的时间，改了名的内容也查不出旧网址。请用完整的仓库构建：运行 git fetch --unshallow，或在 GitHub Actions 的 actions/checkout 里写 fetch-depth: 0（GitLab CI 设 GIT_DEPTH: 0）`,
  brokenLink: (url: string, suggestion: string | undefined) =>
    `链接“${url}”指向本站不存在的页面，读者点开会看到“找不到页面”${suggestion ? `：是否应为 ${suggestion}？` : '：请核对网址'}`,
  missingBodyImage: (src: string) => `找不到图片文件“${src}”：正文里的图片应放在该 Markdown 文件旁边，写成 ![图片说明](./照片.jpg)`,

  imageTooLarge: (src: string, bytes: number, limitMb: number) =>
    `图片“${src}”有 ${mb(bytes)} MB，超过 ${limitMb} MB：仓库会越来越大，构建也更慢。请先缩小（宽 2000 像素以内的 JPEG 就够用），再替换`,
  coverTooSmall: (src: string, width: number, height: number, minWidth: number, minHeight: number) =>
    `封面“${src}”只有 ${width}×${height} 像素：分享卡片（1200×630）要把它放大，在微信等应用里分享时会模糊。请换一张至少 ${minWidth}×${minHeight} 像素的照片`,
  /** Not a mistake: the build takes the position out of the published file (src/lib/images/private-metadata.ts). */
  imageHasLocation: (src: string) =>
    `图片“${src}”里记有拍摄地点（GPS 坐标）：网站发布的原图会去掉它（连同作者、相机序列号），照片本身不变。仓库里的文件仍带着坐标；不想保留的话，请换一张不带位置的照片`,
  /** Each Traditional character with its Simplified form. */
  traditional: (found: readonly [string, string][]) =>
    `用了繁体字 ${found.map(([t, s]) => `${t}→${s}`).join('、')}：本站用简体字，请改成简体（从港台网页复制的文字常带繁体）`,
  markupInText: (found: string) =>
    `“${found}”是 Markdown 或 HTML 写法，但这里是纯文字：列表、搜索结果、微信分享卡片和 RSS 里会原样显示这些符号。请删去符号，加粗、链接等请写在正文里`,
  /** `excerpt`: the words around the `**` Markdown left as asterisks, as written. */
  literalBold: (excerpt: string) =>
    `这里的 ** 不会变成粗体，读者会看到两个星号（…${excerpt}…）。请检查 ** 是否成对，** 与要加粗的文字之间不要留空格；真要显示星号，写成 \\*\\*`,
  /** `written`: a link typed with Chinese brackets, as the file has it; `fixed`: the same in Markdown's marks. */
  chineseInputLink: (written: string, fixed: string) =>
    `“${written}”用了中文括号，页面上不会变成链接，会原样显示这些字。请用英文输入法写成 ${fixed}`,
  /** `written`: a line meant as a heading, as the file has it; `fixed`: the same as a heading. */
  chineseInputHeading: (written: string, fixed: string) =>
    `“${written}”不会变成小标题：# 要用英文输入法输入，后面空一格。请写成 ${fixed}`,
  /** `excerpt`: the end of a line and the start of the next, which the page runs together, joined by ⏎. */
  runTogetherLines: (excerpt: string) =>
    `这一行和上一行在页面上会连成一句（${excerpt}）：Markdown 里只换一行不算分段。要分开显示，请在两行之间空一行；一项一项的内容，可以在每行行首加 - 写成列表`,
  unreadableImage: (src: string) => `无法读取图片“${src}”的尺寸：文件可能已损坏，或不是它的扩展名所说的格式。请重新导出为 JPEG 或 PNG`,

  altIsFileName: (alt: string) =>
    `图片说明（alt）“${alt}”只是文件名：读屏软件会把它念给视障读者听。请用一句话写出图片里是什么，如“市民在图书馆参加读书分享会”`,
  altSaysNothing: (alt: string) =>
    `图片说明（alt）“${alt}”没有说出图片里是什么：读屏软件会把它念给视障读者听。请用一句话写出图片内容，如“市民在图书馆参加读书分享会”`,
  altStartsWithImage: (alt: string, word: string) =>
    `图片说明（alt）“${alt}”以“${word}”开头：读屏软件已会说明这是图片，请直接写图片里是什么`,

  outsideWeek: (when: string, weekStart: string, weekEnd: string) =>
    `活动时间（${when}）不在活动周（${weekStart} 至 ${weekEnd}）之内：如属实，请在 note 写一句说明（如“活动周前的预热活动”），读者会在活动页面上看到；如是笔误，请改正日期`,
  /** One side at 0:00 and the other with a time: a date written without its time, most likely. */
  midnightBeside: (field: 'start' | 'end', written: string, other: string) =>
    `${field} 是 ${written} 0:00，而 ${field === 'start' ? 'end' : 'start'} 有具体时刻（${other}）：读者会看到“${field === 'start' ? '00:00 开始' : '到 00:00'}”。若 ${field} 只写了日期，请补上时刻（如 ${written}T09:30）；两头都只写日期则是全天活动；确为 0 点可不理会`,
  pastFeatured: (ended: string) =>
    `活动已于 ${ended} 结束，仍标为重点推荐（featured: true）：首页和媒体页会继续推荐一个已结束的活动。请改为 featured: false`,
  /** `status` as the note's words suggest it (src/lib/events/status.ts statusSaidIn). */
  statusOnlyInNote: (note: string, status: 'cancelled' | 'postponed') =>
    `说明（note）写着“${note}”，却没有写活动状态（status）：活动页、日历、分享卡片和列表仍会显示为照常举行，还会请读者报名、加入日历。${
      status === 'cancelled'
        ? '活动取消了，请加一行 status: cancelled'
        : '活动延期、新时间未定，请加一行 status: postponed；已定了新时间的，改 start 和 end 即可'
    }（原因留在 note 里）；活动照常举行的，可不理会`,
  /** A venue's coordinates the boundary file puts outside the province: the map link goes there. */
  venueOutside: (lng: number, lat: number, province: string) =>
    `场地坐标 [${lng}, ${lat}] 不在${province}境内：读者点“在地图应用中打开”会被带到那里。请核对坐标（先经度、后纬度）；活动确在省外举办的，可不理会`,
  /** `held`: the county the coordinates fall in; `region`: the event's own. */
  venueElsewhere: (lng: number, lat: number, held: string, region: string, code: string) =>
    `场地坐标 [${lng}, ${lat}] 在${held}，而 region 写的是${region}（${code}）：读者点“在地图应用中打开”会被带到${held}。请核对坐标或 region；活动确在${held}举办、或场地就在区界旁的，可不理会`,
  /** `named`: the division the venue's address begins with; `region`: the event's own. */
  addressElsewhere: (address: string, named: string, region: string, code: string) =>
    `场地地址“${address}”在${named}，而 region 写的是${region}（${code}）：活动会列在${region}的页面上。是从别的活动复制来、忘了改 region 吗？请核对 region 或地址；活动确在${named}举办的，可不理会`,
  calledOffFeatured: (status: 'cancelled' | 'postponed') =>
    `活动${status === 'cancelled' ? '已取消' : '已延期'}（status: ${status}），仍标为重点推荐（featured: true）：首页和媒体页已不再推荐它。请改为 featured: false${
      status === 'postponed' ? '，定了新时间后再改回 true' : ''
    }`,
  noCover: (what: string) =>
    `没有封面照片（cover）：${what}的卡片和分享卡片只有文字。请加一张照片（至少 1200×630 像素），写明 alt（图片说明）和 credit（来源）`,
  noCoverWhat: { learners: '百姓学习之星', projects: '终身学习品牌项目' } as Record<string, string>,
  placeholderField: '还是“待填写”：请换成实际内容，读者不应看到“待填写”',
  placeholderBody: '正文还有“待填写”：请换成实际内容，读者不应看到“待填写”',
  httpLink: (url: string, secure: string) =>
    `网址“${url}”用的是 http://，而该网站支持 https://：请改为“${secure}”，读者的浏览器就不会提示“不安全”`,
} as const;
