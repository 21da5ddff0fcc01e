/**
 * Place names (data only; rules.ts compiles them).
 *
 * Every entry is `'Canonical|alias|alias'`: the first name is the one reported
 * as `Location.name`, the others are other ways of writing it. Names are proper
 * nouns and are matched case-sensitively ("China", never "china" the
 * porcelain); an ALL-CAPS copy of each name is added by the rules ("CHINA").
 *
 * Conventions
 * - `country` is an ISO 3166-1 alpha-2 code, `region` an ISO 3166-2 code.
 * - Hong Kong, Macau and Taiwan: `country` is their own ISO 3166-1 code (HK, MO,
 *   TW: they have their own code, their own personal-data law and are counted
 *   apart in breach statistics) and `region` their ISO 3166-2:CN code (CN-HK,
 *   CN-MO, CN-TW), so that the 34 provincial-level divisions all carry a CN-xx
 *   region; level "province". Their cities take the same region.
 * - The four municipalities (Beijing, Shanghai, Tianjin, Chongqing) are level
 *   "city" with their provincial code as region (CN-BJ …): in breach news they
 *   are named as cities ("a gang in Beijing").
 * - Chinese districts and state-level new areas are level "district" and carry
 *   the code of their province or municipality. Their canonical name keeps the
 *   suffix ("Zhabei District", "Pudong New Area").
 * - US states, Canadian provinces, Australian states and the UK nations are
 *   level "province" with their ISO 3166-2 code (US-CA, CA-ON, AU-TAS, GB-SCT).
 * - A name shared by several places lists all of them; AMBIGUOUS_DEFAULTS says
 *   which one wins when the document gives no hint, UNRESOLVED which names
 *   stay without a country then.
 */
import type { Location } from '../../schema.js';

export type Level = Location['level'];

/** ISO 3166-1 (all 249 codes, plus XK Kosovo): [code, names]. */
export const COUNTRIES: readonly (readonly [string, string])[] = [
  ['AD', 'Andorra'],
  ['AE', 'United Arab Emirates|UAE|U.A.E.|the Emirates'],
  ['AF', 'Afghanistan'],
  ['AG', 'Antigua and Barbuda|Antigua'],
  ['AI', 'Anguilla'],
  ['AL', 'Albania'],
  ['AM', 'Armenia'],
  ['AO', 'Angola'],
  ['AQ', 'Antarctica'],
  ['AR', 'Argentina'],
  ['AS', 'American Samoa'],
  ['AT', 'Austria'],
  ['AU', 'Australia'],
  ['AW', 'Aruba'],
  ['AX', 'Åland Islands|Aland Islands|Åland'],
  ['AZ', 'Azerbaijan'],
  ['BA', 'Bosnia and Herzegovina|Bosnia-Herzegovina|Bosnia'],
  ['BB', 'Barbados'],
  ['BD', 'Bangladesh'],
  ['BE', 'Belgium'],
  ['BF', 'Burkina Faso'],
  ['BG', 'Bulgaria'],
  ['BH', 'Bahrain'],
  ['BI', 'Burundi'],
  ['BJ', 'Benin'],
  ['BL', 'Saint Barthélemy|Saint Barthelemy|St. Barts'],
  ['BM', 'Bermuda'],
  ['BN', 'Brunei|Brunei Darussalam'],
  ['BO', 'Bolivia'],
  ['BQ', 'Bonaire|Caribbean Netherlands'],
  ['BR', 'Brazil'],
  ['BS', 'Bahamas|The Bahamas'],
  ['BT', 'Bhutan'],
  ['BV', 'Bouvet Island'],
  ['BW', 'Botswana'],
  ['BY', 'Belarus'],
  ['BZ', 'Belize'],
  ['CA', 'Canada'],
  ['CC', 'Cocos (Keeling) Islands|Cocos Islands'],
  ['CD', 'Democratic Republic of the Congo|DR Congo|DRC|Congo-Kinshasa|Congo'],
  ['CF', 'Central African Republic'],
  ['CG', 'Republic of the Congo|Congo-Brazzaville'],
  ['CH', 'Switzerland'],
  ['CI', "Côte d'Ivoire|Cote d'Ivoire|Ivory Coast"],
  ['CK', 'Cook Islands'],
  ['CL', 'Chile'],
  ['CM', 'Cameroon'],
  ['CN', "China|People's Republic of China|PRC|P.R.C.|P.R. China|PR China|Mainland China|mainland China|Chinese mainland"],
  ['CO', 'Colombia'],
  ['CR', 'Costa Rica'],
  ['CU', 'Cuba'],
  ['CV', 'Cape Verde|Cabo Verde'],
  ['CW', 'Curaçao|Curacao'],
  ['CX', 'Christmas Island'],
  ['CY', 'Cyprus'],
  ['CZ', 'Czech Republic|Czechia'],
  ['DE', 'Germany'],
  ['DJ', 'Djibouti'],
  ['DK', 'Denmark'],
  ['DM', 'Dominica'],
  ['DO', 'Dominican Republic'],
  ['DZ', 'Algeria'],
  ['EC', 'Ecuador'],
  ['EE', 'Estonia'],
  ['EG', 'Egypt'],
  ['EH', 'Western Sahara'],
  ['ER', 'Eritrea'],
  ['ES', 'Spain'],
  ['ET', 'Ethiopia'],
  ['FI', 'Finland'],
  ['FJ', 'Fiji'],
  ['FK', 'Falkland Islands|Falklands'],
  ['FM', 'Micronesia|Federated States of Micronesia'],
  ['FO', 'Faroe Islands|Faroes'],
  ['FR', 'France'],
  ['GA', 'Gabon'],
  ['GB', 'United Kingdom|UK|U.K.|Britain|Great Britain'],
  ['GD', 'Grenada'],
  ['GE', 'Georgia'],
  ['GF', 'French Guiana'],
  ['GG', 'Guernsey'],
  ['GH', 'Ghana'],
  ['GI', 'Gibraltar'],
  ['GL', 'Greenland'],
  ['GM', 'Gambia|The Gambia'],
  ['GN', 'Guinea'],
  ['GP', 'Guadeloupe'],
  ['GQ', 'Equatorial Guinea'],
  ['GR', 'Greece'],
  ['GS', 'South Georgia and the South Sandwich Islands|South Georgia'],
  ['GT', 'Guatemala'],
  ['GU', 'Guam'],
  ['GW', 'Guinea-Bissau'],
  ['GY', 'Guyana'],
  ['HK', 'Hong Kong|Hongkong|Hong Kong SAR|Hong Kong Special Administrative Region'],
  ['HM', 'Heard Island and McDonald Islands'],
  ['HN', 'Honduras'],
  ['HR', 'Croatia'],
  ['HT', 'Haiti'],
  ['HU', 'Hungary'],
  ['ID', 'Indonesia'],
  ['IE', 'Ireland|Republic of Ireland'],
  ['IL', 'Israel'],
  ['IM', 'Isle of Man'],
  ['IN', 'India'],
  ['IO', 'British Indian Ocean Territory'],
  ['IQ', 'Iraq'],
  ['IR', 'Iran|Islamic Republic of Iran'],
  ['IS', 'Iceland'],
  ['IT', 'Italy'],
  ['JE', 'Jersey'],
  ['JM', 'Jamaica'],
  ['JO', 'Jordan'],
  ['JP', 'Japan'],
  ['KE', 'Kenya'],
  ['KG', 'Kyrgyzstan|Kyrgyz Republic'],
  ['KH', 'Cambodia'],
  ['KI', 'Kiribati'],
  ['KM', 'Comoros'],
  ['KN', 'Saint Kitts and Nevis|St. Kitts and Nevis'],
  ['KP', "North Korea|N. Korea|DPRK|Democratic People's Republic of Korea"],
  ['KR', 'South Korea|S. Korea|Republic of Korea|ROK|Korea'],
  ['KW', 'Kuwait'],
  ['KY', 'Cayman Islands|Caymans'],
  ['KZ', 'Kazakhstan'],
  ['LA', 'Laos|Lao PDR'],
  ['LB', 'Lebanon'],
  ['LC', 'Saint Lucia|St. Lucia'],
  ['LI', 'Liechtenstein'],
  ['LK', 'Sri Lanka'],
  ['LR', 'Liberia'],
  ['LS', 'Lesotho'],
  ['LT', 'Lithuania'],
  ['LU', 'Luxembourg'],
  ['LV', 'Latvia'],
  ['LY', 'Libya'],
  ['MA', 'Morocco'],
  ['MC', 'Monaco'],
  ['MD', 'Moldova'],
  ['ME', 'Montenegro'],
  ['MF', 'Saint Martin'],
  ['MG', 'Madagascar'],
  ['MH', 'Marshall Islands'],
  ['MK', 'North Macedonia|Macedonia'],
  ['ML', 'Mali'],
  ['MM', 'Myanmar|Burma'],
  ['MN', 'Mongolia'],
  ['MO', 'Macau|Macao|Macau SAR|Macao SAR'],
  ['MP', 'Northern Mariana Islands'],
  ['MQ', 'Martinique'],
  ['MR', 'Mauritania'],
  ['MS', 'Montserrat'],
  ['MT', 'Malta'],
  ['MU', 'Mauritius'],
  ['MV', 'Maldives'],
  ['MW', 'Malawi'],
  ['MX', 'Mexico'],
  ['MY', 'Malaysia'],
  ['MZ', 'Mozambique'],
  ['NA', 'Namibia'],
  ['NC', 'New Caledonia'],
  ['NE', 'Niger'],
  ['NF', 'Norfolk Island'],
  ['NG', 'Nigeria'],
  ['NI', 'Nicaragua'],
  ['NL', 'Netherlands|the Netherlands|The Netherlands|Holland'],
  ['NO', 'Norway'],
  ['NP', 'Nepal'],
  ['NR', 'Nauru'],
  ['NU', 'Niue'],
  ['NZ', 'New Zealand'],
  ['OM', 'Oman'],
  ['PA', 'Panama'],
  ['PE', 'Peru'],
  ['PF', 'French Polynesia'],
  ['PG', 'Papua New Guinea'],
  ['PH', 'Philippines|the Philippines'],
  ['PK', 'Pakistan'],
  ['PL', 'Poland'],
  ['PM', 'Saint Pierre and Miquelon'],
  ['PN', 'Pitcairn Islands|Pitcairn'],
  ['PR', 'Puerto Rico'],
  ['PS', 'Palestine|State of Palestine|Palestinian Territories|Gaza Strip|Gaza|West Bank'],
  ['PT', 'Portugal'],
  ['PW', 'Palau'],
  ['PY', 'Paraguay'],
  ['QA', 'Qatar'],
  ['RE', 'Réunion|Reunion Island'],
  ['RO', 'Romania'],
  ['RS', 'Serbia'],
  ['RU', 'Russia|Russian Federation'],
  ['RW', 'Rwanda'],
  ['SA', 'Saudi Arabia|KSA'],
  ['SB', 'Solomon Islands'],
  ['SC', 'Seychelles'],
  ['SD', 'Sudan'],
  ['SE', 'Sweden'],
  ['SG', 'Singapore'],
  ['SH', 'Saint Helena|St. Helena'],
  ['SI', 'Slovenia'],
  ['SJ', 'Svalbard and Jan Mayen|Svalbard'],
  ['SK', 'Slovakia'],
  ['SL', 'Sierra Leone'],
  ['SM', 'San Marino'],
  ['SN', 'Senegal'],
  ['SO', 'Somalia'],
  ['SR', 'Suriname'],
  ['SS', 'South Sudan'],
  ['ST', 'São Tomé and Príncipe|Sao Tome and Principe'],
  ['SV', 'El Salvador'],
  ['SX', 'Sint Maarten'],
  ['SY', 'Syria'],
  ['SZ', 'Eswatini|Swaziland'],
  ['TC', 'Turks and Caicos Islands|Turks and Caicos'],
  ['TD', 'Chad'],
  ['TF', 'French Southern Territories'],
  ['TG', 'Togo'],
  ['TH', 'Thailand'],
  ['TJ', 'Tajikistan'],
  ['TK', 'Tokelau'],
  ['TL', 'Timor-Leste|East Timor'],
  ['TM', 'Turkmenistan'],
  ['TN', 'Tunisia'],
  ['TO', 'Tonga'],
  ['TR', 'Turkey|Türkiye|Turkiye'],
  ['TT', 'Trinidad and Tobago|Trinidad'],
  ['TV', 'Tuvalu'],
  ['TW', 'Taiwan|Republic of China|Chinese Taipei'],
  ['TZ', 'Tanzania'],
  ['UA', 'Ukraine|the Ukraine'],
  ['UG', 'Uganda'],
  ['UM', 'United States Minor Outlying Islands'],
  ['US', 'United States|United States of America|the States|USA|U.S.A.|U.S.|US|America'],
  ['UY', 'Uruguay'],
  ['UZ', 'Uzbekistan'],
  ['VA', 'Vatican City|Vatican|Holy See'],
  ['VC', 'Saint Vincent and the Grenadines|St. Vincent and the Grenadines'],
  ['VE', 'Venezuela'],
  ['VG', 'British Virgin Islands'],
  ['VI', 'U.S. Virgin Islands|US Virgin Islands|United States Virgin Islands'],
  ['VN', 'Vietnam|Viet Nam'],
  ['VU', 'Vanuatu'],
  ['WF', 'Wallis and Futuna'],
  ['WS', 'Samoa'],
  ['XK', 'Kosovo'],
  ['YE', 'Yemen'],
  ['YT', 'Mayotte'],
  ['ZA', 'South Africa'],
  ['ZM', 'Zambia'],
  ['ZW', 'Zimbabwe'],
];

/**
 * China's 34 provincial-level divisions: [ISO 3166-2:CN code, names, kind].
 * Kind picks the suffixes the rules add ("Guangdong Province", "Beijing
 * Municipality", "Tibet Autonomous Region") and the level (municipality: city).
 */
export const CN_PROVINCES: readonly (readonly [string, string, 'municipality' | 'province' | 'region' | 'sar'])[] = [
  ['CN-BJ', 'Beijing|Peking', 'municipality'],
  ['CN-SH', 'Shanghai', 'municipality'],
  ['CN-TJ', 'Tianjin', 'municipality'],
  ['CN-CQ', 'Chongqing', 'municipality'],
  ['CN-HE', 'Hebei', 'province'],
  ['CN-SX', 'Shanxi', 'province'],
  ['CN-NM', 'Inner Mongolia|Nei Mongol|Inner Mongolia Autonomous Region', 'region'],
  ['CN-LN', 'Liaoning', 'province'],
  ['CN-JL', 'Jilin', 'province'],
  ['CN-HL', 'Heilongjiang', 'province'],
  ['CN-JS', 'Jiangsu', 'province'],
  ['CN-ZJ', 'Zhejiang', 'province'],
  ['CN-AH', 'Anhui', 'province'],
  ['CN-FJ', 'Fujian', 'province'],
  ['CN-JX', 'Jiangxi', 'province'],
  ['CN-SD', 'Shandong', 'province'],
  ['CN-HA', 'Henan', 'province'],
  ['CN-HB', 'Hubei', 'province'],
  ['CN-HN', 'Hunan', 'province'],
  ['CN-GD', 'Guangdong|Kwangtung', 'province'],
  ['CN-GX', 'Guangxi|Guangxi Zhuang Autonomous Region', 'region'],
  ['CN-HI', 'Hainan', 'province'],
  ['CN-SC', 'Sichuan|Szechuan|Szechwan', 'province'],
  ['CN-GZ', 'Guizhou', 'province'],
  ['CN-YN', 'Yunnan', 'province'],
  ['CN-XZ', 'Tibet|Xizang|Tibet Autonomous Region', 'region'],
  ['CN-SN', 'Shaanxi', 'province'],
  ['CN-GS', 'Gansu', 'province'],
  ['CN-QH', 'Qinghai', 'province'],
  ['CN-NX', 'Ningxia|Ningxia Hui Autonomous Region', 'region'],
  ['CN-XJ', 'Xinjiang|Xinjiang Uygur Autonomous Region|Xinjiang Uyghur Autonomous Region', 'region'],
  // Also ISO 3166-1 countries (see the convention above): COUNTRIES holds all
  // their names; these rows only give them their CN-xx region.
  ['CN-HK', 'Hong Kong', 'sar'],
  ['CN-MO', 'Macau', 'sar'],
  ['CN-TW', 'Taiwan', 'sar'],
];

/** China's prefecture-level cities (293), by province; "Xi'an" also as "Xian". */
export const CN_CITIES: Readonly<Record<string, readonly string[]>> = {
  'CN-HE': ['Shijiazhuang', 'Tangshan', 'Qinhuangdao', 'Handan', 'Xingtai', 'Baoding', 'Zhangjiakou', 'Chengde', 'Cangzhou', 'Langfang', 'Hengshui'],
  'CN-SX': ['Taiyuan', 'Datong', 'Yangquan', 'Changzhi', 'Jincheng', 'Shuozhou', 'Jinzhong', 'Yuncheng', 'Xinzhou', 'Linfen', 'Lüliang|Lvliang|Luliang'],
  'CN-NM': ['Hohhot|Huhhot|Huhehaote', 'Baotou', 'Wuhai', 'Chifeng', 'Tongliao', 'Ordos', 'Hulunbuir', 'Bayannur', 'Ulanqab'],
  'CN-LN': ['Shenyang', 'Dalian', 'Anshan', 'Fushun', 'Benxi', 'Dandong', 'Jinzhou', 'Yingkou', 'Fuxin', 'Liaoyang', 'Panjin', 'Tieling', 'Chaoyang', 'Huludao'],
  'CN-JL': ['Changchun', 'Jilin City', 'Siping', 'Liaoyuan', 'Tonghua', 'Baishan', 'Songyuan', 'Baicheng'],
  'CN-HL': ['Harbin', 'Qiqihar', 'Jixi', 'Hegang', 'Shuangyashan', 'Daqing', 'Yichun', 'Jiamusi', 'Qitaihe', 'Mudanjiang', 'Heihe', 'Suihua'],
  'CN-JS': ['Nanjing|Nanking', 'Wuxi', 'Xuzhou', 'Changzhou', 'Suzhou', 'Nantong', 'Lianyungang', "Huai'an|Huaian", 'Yancheng', 'Yangzhou', 'Zhenjiang', 'Taizhou', 'Suqian'],
  'CN-ZJ': ['Hangzhou', 'Ningbo', 'Wenzhou', 'Jiaxing', 'Huzhou', 'Shaoxing', 'Jinhua', 'Quzhou', 'Zhoushan', 'Taizhou', 'Lishui'],
  'CN-AH': ['Hefei', 'Wuhu', 'Bengbu', 'Huainan', "Ma'anshan|Maanshan", 'Huaibei', 'Tongling', 'Anqing', 'Huangshan', 'Chuzhou', 'Fuyang', 'Suzhou', "Lu'an", 'Bozhou', 'Chizhou', 'Xuancheng'],
  'CN-FJ': ['Fuzhou', 'Xiamen|Amoy', 'Putian', 'Sanming', 'Quanzhou', 'Zhangzhou', 'Nanping', 'Longyan', 'Ningde'],
  'CN-JX': ['Nanchang', 'Jingdezhen', 'Pingxiang', 'Jiujiang', 'Xinyu', 'Yingtan', 'Ganzhou', "Ji'an", 'Yichun', 'Fuzhou', 'Shangrao'],
  'CN-SD': ['Jinan', 'Qingdao|Tsingtao', 'Zibo', 'Zaozhuang', 'Dongying', 'Yantai', 'Weifang', 'Jining', "Tai'an|Taian", 'Weihai', 'Rizhao', 'Linyi', 'Dezhou', 'Liaocheng', 'Binzhou', 'Heze'],
  'CN-HA': ['Zhengzhou', 'Kaifeng', 'Luoyang', 'Pingdingshan', 'Anyang', 'Hebi', 'Xinxiang', 'Jiaozuo', 'Puyang', 'Xuchang', 'Luohe', 'Sanmenxia', 'Nanyang', 'Shangqiu', 'Xinyang', 'Zhoukou', 'Zhumadian'],
  'CN-HB': ['Wuhan', 'Huangshi', 'Shiyan', 'Yichang', 'Xiangyang|Xiangfan', 'Ezhou', 'Jingmen', 'Xiaogan', 'Jingzhou', 'Huanggang', 'Xianning', 'Suizhou'],
  'CN-HN': ['Changsha', 'Zhuzhou', 'Xiangtan', 'Hengyang', 'Shaoyang', 'Yueyang', 'Changde', 'Zhangjiajie', 'Yiyang', 'Chenzhou', 'Yongzhou', 'Huaihua', 'Loudi'],
  'CN-GD': ['Guangzhou', 'Shaoguan', 'Shenzhen', 'Zhuhai', 'Shantou', 'Foshan', 'Jiangmen', 'Zhanjiang', 'Maoming', 'Zhaoqing', 'Huizhou', 'Meizhou', 'Shanwei', 'Heyuan', 'Yangjiang', 'Qingyuan', 'Dongguan', 'Zhongshan', 'Chaozhou', 'Jieyang', 'Yunfu'],
  'CN-GX': ['Nanning', 'Liuzhou', 'Guilin', 'Wuzhou', 'Beihai', 'Fangchenggang', 'Qinzhou', 'Guigang', 'Yulin', 'Baise', 'Hezhou', 'Hechi', 'Laibin', 'Chongzuo'],
  'CN-HI': ['Haikou', 'Sanya', 'Sansha', 'Danzhou'],
  'CN-SC': ['Chengdu', 'Zigong', 'Panzhihua', 'Luzhou', 'Deyang', 'Mianyang', 'Guangyuan', 'Suining', 'Neijiang', 'Leshan', 'Nanchong', 'Meishan', 'Yibin', "Guang'an|Guangan", 'Dazhou', "Ya'an|Yaan", 'Bazhong', 'Ziyang'],
  'CN-GZ': ['Guiyang', 'Liupanshui', 'Zunyi', 'Anshun', 'Bijie', 'Tongren'],
  'CN-YN': ['Kunming', 'Qujing', 'Yuxi', 'Baoshan', 'Zhaotong', 'Lijiang', "Pu'er|Puer", 'Lincang'],
  'CN-XZ': ['Lhasa', 'Shigatse|Xigaze|Rikaze', 'Chamdo|Qamdo', 'Nyingchi', 'Nagqu', 'Shannan|Lhoka'],
  'CN-SN': ["Xi'an|Xian", 'Tongchuan', 'Baoji', 'Xianyang', 'Weinan', "Yan'an|Yanan", 'Hanzhong', 'Yulin', 'Ankang', 'Shangluo'],
  'CN-GS': ['Lanzhou', 'Jiayuguan', 'Jinchang', 'Baiyin', 'Tianshui', 'Wuwei', 'Zhangye', 'Pingliang', 'Jiuquan', 'Qingyang', 'Dingxi', 'Longnan'],
  'CN-QH': ['Xining', 'Haidong'],
  'CN-NX': ['Yinchuan', 'Shizuishan', 'Wuzhong', 'Guyuan', 'Zhongwei'],
  'CN-XJ': ['Urumqi|Ürümqi|Urumchi|Wulumuqi', 'Karamay', 'Turpan', 'Hami'],
  'CN-HK': ['Kowloon', 'Hong Kong Island'],
  'CN-TW': ['Taipei', 'New Taipei|New Taipei City', 'Kaohsiung', 'Taichung', 'Tainan', 'Taoyuan', 'Hsinchu', 'Keelung'],
};

/** County-level cities that make the news on their own (level "city"). */
export const CN_COUNTY_CITIES: Readonly<Record<string, readonly string[]>> = {
  'CN-JS': ['Kunshan', 'Changshu', 'Zhangjiagang', 'Jiangyin', 'Yixing'],
  'CN-ZJ': ['Yiwu', 'Cixi', 'Yuyao', 'Wenling', 'Haining'],
  'CN-FJ': ['Shishi', 'Fuqing'],
  'CN-XJ': ['Kashgar|Kashi', 'Korla', 'Yining|Ghulja'],
  'CN-GD': ['Shunde'],
};

/**
 * Districts: `bare` names are reported alone ("Haidian") or with "District";
 * `suffixed` names only with it ("Huangpu District"), because bare they are
 * another place too or a common word.
 */
export const CN_DISTRICTS: Readonly<Record<string, { bare: readonly string[]; suffixed: readonly string[] }>> = {
  'CN-BJ': {
    bare: ['Dongcheng', 'Xicheng', 'Chaoyang', 'Haidian', 'Fengtai', 'Shijingshan', 'Tongzhou', 'Shunyi', 'Changping', 'Daxing', 'Fangshan', 'Mentougou', 'Huairou', 'Pinggu', 'Miyun', 'Yanqing', 'Zhongguancun'],
    suffixed: ['Xuanwu', 'Chongwen'],
  },
  'CN-SH': {
    bare: ['Xuhui', 'Changning', "Jing'an|Jingan", 'Hongkou', 'Yangpu', 'Minhang', 'Jiading', 'Songjiang', 'Qingpu', 'Fengxian', 'Chongming', 'Zhabei', 'Luwan', 'Nanhui', 'Lujiazui'],
    suffixed: ['Huangpu', 'Putuo', 'Baoshan', 'Jinshan'],
  },
  'CN-GD': {
    bare: ['Tianhe', 'Yuexiu', 'Haizhu', 'Liwan', 'Panyu', 'Huadu', 'Nansha', 'Conghua', 'Zengcheng', 'Futian', 'Luohu', 'Nanshan', 'Yantian', "Bao'an|Baoan", 'Longgang', 'Qianhai'],
    suffixed: ['Baiyun', 'Huangpu', 'Longhua', 'Pingshan', 'Guangming', 'Nanhai'],
  },
  'CN-TJ': {
    bare: ['Wuqing', 'Baodi', 'Jinnan', 'Xiqing', 'Beichen', 'Dongli'],
    suffixed: ['Heping', 'Hexi', 'Nankai', 'Hedong', 'Hebei', 'Hongqiao'],
  },
  'CN-CQ': {
    bare: ['Yubei', 'Shapingba', 'Jiulongpo', 'Wanzhou', 'Fuling'],
    suffixed: ['Yuzhong', 'Jiangbei', "Nan'an", 'Dadukou', 'Banan'],
  },
  'CN-ZJ': { bare: ['Yuhang', 'Xiaoshan', 'Gongshu'], suffixed: ['Xihu', 'Binjiang', 'Shangcheng'] },
  'CN-HB': { bare: ['Wuchang', 'Hankou', 'Hanyang', 'Qiaokou'], suffixed: ['Jianghan', 'Hongshan', "Jiang'an"] },
  'CN-SC': { bare: ['Wuhou', 'Jinniu', 'Chenghua', 'Shuangliu', 'Pidu'], suffixed: ['Jinjiang', 'Qingyang'] },
  'CN-JS': { bare: ['Qinhuai', 'Jianye', 'Jiangning', 'Pukou', 'Qixia', 'Gusu', 'Wujiang'], suffixed: ['Xuanwu', 'Gulou', 'Wuzhong'] },
  'CN-SN': { bare: ['Yanta', 'Beilin'], suffixed: ['Lianhu', 'Weiyang'] },
  'CN-HA': { bare: ['Jinshui', 'Zhongyuan', 'Erqi'], suffixed: [] },
  'CN-SD': { bare: ['Shinan', 'Licang', 'Huangdao'], suffixed: ['Shibei', 'Lixia'] },
  'CN-FJ': { bare: ['Siming', 'Huli', 'Jimei'], suffixed: ['Taijiang', 'Cangshan'] },
  'CN-AH': { bare: [], suffixed: ['Shushan', 'Luyang', 'Baohe', 'Yaohai'] },
  'CN-YN': { bare: [], suffixed: ['Wuhua', 'Panlong', 'Guandu', 'Xishan', 'Chenggong'] },
  'CN-HN': { bare: ['Furong', 'Yuelu', 'Kaifu'], suffixed: ['Tianxin', 'Yuhua'] },
};

/** Dongguan towns and subdistricts that make the news on their own (level "district", CN-GD). */
export const CN_TOWNS: Readonly<Record<string, readonly string[]>> = {
  'CN-GD': ['Nancheng', 'Humen', 'Chang\'an Town', 'Songshan Lake', 'Houjie', 'Tangxia', 'Fenggang', 'Qingxi'],
};

/** Hong Kong's districts and well-known areas (country HK, region CN-HK, level "district"). */
export const HK_DISTRICTS: readonly string[] = [
  'Mong Kok|Mongkok', 'Kowloon City', 'Yau Tsim Mong', 'Sham Shui Po', 'Wong Tai Sin', 'Kwun Tong', 'Sha Tin|Shatin',
  'Tuen Mun', 'Yuen Long', 'Tai Po', 'Tsuen Wan', 'Kwai Tsing', 'Sai Kung', 'Wan Chai|Wanchai', 'Causeway Bay',
  'Tsim Sha Tsui', 'Yau Ma Tei', 'Jordan Road', 'Tseung Kwan O', 'Tung Chung', 'Kwai Chung', 'Central and Western',
  'North Point', 'Quarry Bay', 'Lantau Island|Lantau', 'Sheung Wan', 'Tin Shui Wai', 'Ma On Shan',
];

/** State-level new areas: [province code, names]. */
export const CN_NEW_AREAS: readonly (readonly [string, string])[] = [
  ['CN-SH', 'Pudong New Area|Pudong New District|Pudong'],
  ['CN-TJ', 'Binhai New Area|Tianjin Binhai New Area|Binhai New District'],
  ['CN-CQ', 'Liangjiang New Area|Liangjiang New District'],
  ['CN-HE', "Xiong'an New Area|Xiongan New Area|Xiong'an|Xiongan"],
  ['CN-ZJ', 'Zhoushan Archipelago New Area'],
  ['CN-GS', 'Lanzhou New Area'],
  ['CN-GD', 'Nansha New Area'],
  ['CN-SN', 'Xixian New Area'],
  ['CN-GZ', "Gui'an New Area|Guian New Area"],
  ['CN-SD', 'Qingdao West Coast New Area|West Coast New Area'],
  ['CN-LN', 'Jinpu New Area|Dalian Jinpu New Area'],
  ['CN-SC', 'Tianfu New Area'],
  ['CN-HN', 'Xiangjiang New Area'],
  ['CN-JS', 'Jiangbei New Area|Nanjing Jiangbei New Area'],
  ['CN-FJ', 'Fuzhou New Area'],
  ['CN-YN', 'Dianzhong New Area'],
  ['CN-HL', 'Harbin New Area'],
  ['CN-JL', 'Changchun New Area'],
  ['CN-JX', 'Ganjiang New Area'],
];

/** First-level subdivisions outside China (level "province"): [ISO 3166-2, names]. */
export const SUBDIVISIONS: readonly (readonly [string, string])[] = [
  // United States (Georgia and Washington: see AMBIGUOUS_DEFAULTS)
  ['US-AL', 'Alabama'], ['US-AK', 'Alaska'], ['US-AZ', 'Arizona'], ['US-AR', 'Arkansas'],
  ['US-CA', 'California'], ['US-CO', 'Colorado'], ['US-CT', 'Connecticut'], ['US-DE', 'Delaware'],
  ['US-FL', 'Florida'], ['US-GA', 'Georgia'], ['US-HI', 'Hawaii'], ['US-ID', 'Idaho'],
  ['US-IL', 'Illinois'], ['US-IN', 'Indiana'], ['US-IA', 'Iowa'], ['US-KS', 'Kansas'],
  ['US-KY', 'Kentucky'], ['US-LA', 'Louisiana'], ['US-ME', 'Maine'], ['US-MD', 'Maryland'],
  ['US-MA', 'Massachusetts'], ['US-MI', 'Michigan'], ['US-MN', 'Minnesota'], ['US-MS', 'Mississippi'],
  ['US-MO', 'Missouri'], ['US-MT', 'Montana'], ['US-NE', 'Nebraska'], ['US-NV', 'Nevada'],
  ['US-NH', 'New Hampshire'], ['US-NJ', 'New Jersey'], ['US-NM', 'New Mexico'], ['US-NY', 'New York State|New York state|State of New York'],
  ['US-NC', 'North Carolina'], ['US-ND', 'North Dakota'], ['US-OH', 'Ohio'], ['US-OK', 'Oklahoma'],
  ['US-OR', 'Oregon'], ['US-PA', 'Pennsylvania'], ['US-RI', 'Rhode Island'], ['US-SC', 'South Carolina'],
  ['US-SD', 'South Dakota'], ['US-TN', 'Tennessee'], ['US-TX', 'Texas'], ['US-UT', 'Utah'],
  ['US-VT', 'Vermont'], ['US-VA', 'Virginia'], ['US-WA', 'Washington State|Washington state|State of Washington|Washington'], ['US-WV', 'West Virginia'],
  ['US-WI', 'Wisconsin'], ['US-WY', 'Wyoming'],
  // Canada
  ['CA-AB', 'Alberta'], ['CA-BC', 'British Columbia'], ['CA-MB', 'Manitoba'], ['CA-NB', 'New Brunswick'],
  ['CA-NL', 'Newfoundland and Labrador|Newfoundland'], ['CA-NS', 'Nova Scotia'], ['CA-ON', 'Ontario'],
  ['CA-PE', 'Prince Edward Island'], ['CA-QC', 'Quebec|Québec'], ['CA-SK', 'Saskatchewan'],
  ['CA-NT', 'Northwest Territories'], ['CA-NU', 'Nunavut'], ['CA-YT', 'Yukon'],
  // United Kingdom nations
  ['GB-ENG', 'England'], ['GB-SCT', 'Scotland'], ['GB-WLS', 'Wales'], ['GB-NIR', 'Northern Ireland'],
  // Australia
  ['AU-NSW', 'New South Wales'], ['AU-VIC', 'Victoria'], ['AU-QLD', 'Queensland'], ['AU-WA', 'Western Australia'],
  ['AU-SA', 'South Australia'], ['AU-TAS', 'Tasmania'], ['AU-NT', 'Northern Territory'], ['AU-ACT', 'Australian Capital Territory'],
  // India (states in the data-leak news)
  ['IN-MH', 'Maharashtra'], ['IN-KA', 'Karnataka'], ['IN-KL', 'Kerala'], ['IN-TN', 'Tamil Nadu'],
  ['IN-TG', 'Telangana'], ['IN-AP', 'Andhra Pradesh'], ['IN-UP', 'Uttar Pradesh'], ['IN-GJ', 'Gujarat'],
  ['IN-WB', 'West Bengal'], ['IN-RJ', 'Rajasthan'], ['IN-PB', 'Punjab'],
  // English counties (ISO 3166-2:GB), for council and NHS trust news
  ['GB-LIN', 'Lincolnshire'], ['GB-ESS', 'Essex'], ['GB-SRY', 'Surrey'], ['GB-NFK', 'Norfolk'], ['GB-SFK', 'Suffolk'],
  ['GB-DEV', 'Devon'], ['GB-CON', 'Cornwall'], ['GB-DOR', 'Dorset'], ['GB-SOM', 'Somerset'], ['GB-HAM', 'Hampshire'],
  ['GB-LAN', 'Lancashire'], ['GB-CMA', 'Cumbria'], ['GB-DBY', 'Derbyshire'], ['GB-NTT', 'Nottinghamshire'],
  ['GB-LEC', 'Leicestershire'], ['GB-STS', 'Staffordshire'], ['GB-WAR', 'Warwickshire'], ['GB-WOR', 'Worcestershire'],
  ['GB-OXF', 'Oxfordshire'], ['GB-GLS', 'Gloucestershire'], ['GB-HRT', 'Hertfordshire'], ['GB-CAM', 'Cambridgeshire'],
  ['GB-BKM', 'Buckinghamshire'], ['GB-ESX', 'East Sussex'], ['GB-WSX', 'West Sussex'], ['GB-NYK', 'North Yorkshire'],
  ['GB-WIL', 'Wiltshire'], ['GB-SHR', 'Shropshire'], ['GB-CHE', 'Cheshire'], ['GB-NBL', 'Northumberland'],
  // Germany
  ['DE-BY', 'Bavaria'], ['DE-NW', 'North Rhine-Westphalia'], ['DE-BW', 'Baden-Württemberg|Baden-Wurttemberg'],
];

/** World cities that appear in cybersecurity news: [country, region or null, names]. */
export const WORLD_CITIES: readonly (readonly [string, string | null, string])[] = [
  // United States
  ['US', 'US-NY', 'New York City|New York|NYC|New York, NY'], ['US', 'US-NY', 'Manhattan'], ['US', 'US-NY', 'Brooklyn'],
  ['US', 'US-NY', 'Buffalo'], ['US', 'US-NY', 'Albany'], ['US', 'US-NY', 'Rochester'],
  ['US', 'US-CA', 'Los Angeles|L.A.'], ['US', 'US-CA', 'San Francisco'], ['US', 'US-CA', 'San Diego'],
  ['US', 'US-CA', 'San Jose'], ['US', 'US-CA', 'Sacramento'], ['US', 'US-CA', 'Oakland'], ['US', 'US-CA', 'Palo Alto'],
  ['US', 'US-CA', 'Mountain View'], ['US', 'US-CA', 'Cupertino'], ['US', 'US-CA', 'Menlo Park'], ['US', 'US-CA', 'Santa Clara'],
  ['US', 'US-CA', 'Sunnyvale'], ['US', 'US-CA', 'Hollywood'], ['US', 'US-CA', 'Irvine'], ['US', 'US-CA', 'Long Beach'],
  ['US', 'US-CA', 'Santa Monica'], ['US', 'US-CA', 'Pasadena'], ['US', 'US-CA', 'Fresno'], ['US', 'US-CA', 'Beverly Hills'],
  ['US', 'US-WA', 'Seattle'], ['US', 'US-WA', 'Redmond'], ['US', 'US-WA', 'Bellevue'], ['US', 'US-WA', 'Tacoma'], ['US', 'US-WA', 'Spokane'],
  ['US', 'US-OR', 'Portland'], ['US', 'US-IL', 'Chicago'], ['US', 'US-MA', 'Boston'], ['US', 'US-MA', 'Cambridge, Massachusetts'],
  ['US', 'US-DC', 'Washington, D.C.|Washington D.C.|Washington, DC|Washington DC|Washington'],
  ['US', 'US-MD', 'Baltimore'], ['US', 'US-MD', 'Bethesda'], ['US', 'US-PA', 'Philadelphia'], ['US', 'US-PA', 'Pittsburgh'],
  ['US', 'US-GA', 'Atlanta'], ['US', 'US-FL', 'Miami'], ['US', 'US-FL', 'Orlando'], ['US', 'US-FL', 'Tampa'],
  ['US', 'US-FL', 'Jacksonville'], ['US', 'US-FL', 'Fort Lauderdale'], ['US', 'US-FL', 'Tallahassee'],
  ['US', 'US-TX', 'Houston'], ['US', 'US-TX', 'Dallas'], ['US', 'US-TX', 'Austin'], ['US', 'US-TX', 'San Antonio'],
  ['US', 'US-TX', 'Fort Worth'], ['US', 'US-TX', 'El Paso'], ['US', 'US-TX', 'Plano'],
  ['US', 'US-CO', 'Denver'], ['US', 'US-CO', 'Boulder'], ['US', 'US-AZ', 'Phoenix'], ['US', 'US-AZ', 'Tucson'], ['US', 'US-AZ', 'Scottsdale'],
  ['US', 'US-NV', 'Las Vegas'], ['US', 'US-NV', 'Reno'], ['US', 'US-UT', 'Salt Lake City'], ['US', 'US-MN', 'Minneapolis'],
  ['US', 'US-MN', 'St. Paul|Saint Paul'], ['US', 'US-MI', 'Detroit'], ['US', 'US-MI', 'Ann Arbor'], ['US', 'US-OH', 'Cleveland'],
  ['US', 'US-OH', 'Cincinnati'], ['US', 'US-IN', 'Indianapolis'], ['US', 'US-TN', 'Nashville'], ['US', 'US-TN', 'Memphis'],
  ['US', 'US-NC', 'Charlotte'], ['US', 'US-NC', 'Raleigh'], ['US', 'US-LA', 'New Orleans'], ['US', 'US-MO', 'St. Louis|Saint Louis'],
  ['US', 'US-MO', 'Kansas City'], ['US', 'US-WI', 'Milwaukee'], ['US', 'US-NE', 'Omaha'], ['US', 'US-NM', 'Albuquerque'],
  ['US', 'US-HI', 'Honolulu'], ['US', 'US-AK', 'Anchorage'], ['US', 'US-NJ', 'Newark'], ['US', 'US-NJ', 'Jersey City'],
  ['US', 'US-VA', 'Richmond'], ['US', 'US-VA', 'Arlington'], ['US', 'US-VA', 'McLean'], ['US', 'US-VA', 'Reston'],
  ['US', 'US-KY', 'Louisville'], ['US', 'US-OK', 'Oklahoma City'], ['US', 'US-OK', 'Tulsa'], ['US', 'US-CT', 'Hartford'],
  ['US', 'US-RI', 'Providence'], ['US', 'US-ID', 'Boise'], ['US', 'US-AR', 'Little Rock'], ['US', 'US-IA', 'Des Moines'],
  ['US', 'US-PR', 'San Juan'],
  // state capitals and other cities of US breach news
  ['US', 'US-OH', 'Columbus'], ['US', 'US-OH', 'Toledo'], ['US', 'US-OH', 'Akron'], ['US', 'US-OH', 'Dayton'],
  ['US', 'US-PA', 'Harrisburg'], ['US', 'US-PA', 'Allentown'], ['US', 'US-PA', 'Scranton'],
  ['US', 'US-NJ', 'Trenton'], ['US', 'US-NJ', 'Paterson'], ['US', 'US-NJ', 'Camden'],
  ['US', 'US-NJ', 'Atlantic City'], ['US', 'US-MD', 'Annapolis'], ['US', 'US-LA', 'Baton Rouge'],
  ['US', 'US-KY', 'Frankfort'], ['US', 'US-KY', 'Lexington'], ['US', 'US-MI', 'Lansing'],
  ['US', 'US-MI', 'Grand Rapids'], ['US', 'US-MO', 'Jefferson City'], ['US', 'US-KS', 'Topeka'],
  ['US', 'US-KS', 'Wichita'], ['US', 'US-KS', 'Overland Park'], ['US', 'US-ND', 'Bismarck'],
  ['US', 'US-ND', 'Fargo'], ['US', 'US-WY', 'Cheyenne'], ['US', 'US-NM', 'Santa Fe'], ['US', 'US-NV', 'Carson City'],
  ['US', 'US-AK', 'Juneau'], ['US', 'US-VT', 'Montpelier'], ['US', 'US-VT', 'Burlington'],
  ['US', 'US-TN', 'Knoxville'], ['US', 'US-TN', 'Chattanooga'], ['US', 'US-AL', 'Huntsville'],
  ['US', 'US-AL', 'Montgomery'], ['US', 'US-FL', 'Fort Myers'], ['US', 'US-FL', 'Sarasota'],
  ['US', 'US-FL', 'Gainesville'], ['US', 'US-FL', 'Boca Raton'], ['US', 'US-FL', 'West Palm Beach'],
  ['US', 'US-FL', 'St. Petersburg, Florida'], ['US', 'US-VA', 'Virginia Beach'], ['US', 'US-NC', 'Greensboro'],
  ['US', 'US-NC', 'Winston-Salem'], ['US', 'US-CA', 'Bakersfield'], ['US', 'US-CA', 'Anaheim'],
  ['US', 'US-CA', 'Riverside'], ['US', 'US-CA', 'San Bernardino'], ['US', 'US-CA', 'Stockton'],
  ['US', 'US-CA', 'Modesto'], ['US', 'US-CA', 'Santa Ana'], ['US', 'US-CA', 'Berkeley'], ['US', 'US-CA', 'Fremont'],
  ['US', 'US-CA', 'Redwood City'], ['US', 'US-CA', 'San Mateo'], ['US', 'US-CA', 'Santa Barbara'],
  ['US', 'US-CA', 'Santa Rosa'], ['US', 'US-CA', 'Torrance'], ['US', 'US-CA', 'Burbank'],
  ['US', 'US-CA', 'Culver City'], ['US', 'US-CO', 'Colorado Springs'], ['US', 'US-CO', 'Fort Collins'],
  ['US', 'US-UT', 'Provo'], ['US', 'US-UT', 'Ogden'], ['US', 'US-TX', 'Lubbock'], ['US', 'US-TX', 'Corpus Christi'],
  ['US', 'US-TX', 'Laredo'], ['US', 'US-TX', 'Irving'], ['US', 'US-TX', 'Frisco'], ['US', 'US-TX', 'McKinney'],
  ['US', 'US-TX', 'Round Rock'], ['US', 'US-NY', 'Syracuse'], ['US', 'US-NY', 'Yonkers'],
  ['US', 'US-NY', 'White Plains'], ['US', 'US-CT', 'New Haven'], ['US', 'US-CT', 'Bridgeport'],
  ['US', 'US-WI', 'Madison'], ['US', 'US-WI', 'Green Bay'], ['US', 'US-IA', 'Cedar Rapids'],
  ['US', 'US-SD', 'Sioux Falls'], ['US', 'US-MN', 'Duluth'], ['US', 'US-DE', 'Wilmington'], ['US', 'US-AZ', 'Tempe'],
  ['US', 'US-WV', 'Charleston, West Virginia'], ['US', 'US-SC', 'Charleston, South Carolina'],
  ['US', 'US-MS', 'Jackson, Mississippi'],
  // Canada
  ['CA', 'CA-ON', 'Toronto'], ['CA', 'CA-ON', 'Ottawa'], ['CA', 'CA-ON', 'Waterloo'], ['CA', 'CA-ON', 'Hamilton'],
  ['CA', 'CA-QC', 'Montreal|Montréal'], ['CA', 'CA-QC', 'Quebec City'], ['CA', 'CA-BC', 'Vancouver'],
  ['CA', 'CA-AB', 'Calgary'], ['CA', 'CA-AB', 'Edmonton'], ['CA', 'CA-MB', 'Winnipeg'], ['CA', 'CA-NS', 'Halifax'],
  ['CA', 'CA-SK', 'Regina'], ['CA', 'CA-SK', 'Saskatoon'],
  // United Kingdom and Ireland
  ['GB', 'GB-ENG', 'London'], ['GB', 'GB-ENG', 'Manchester'], ['GB', 'GB-ENG', 'Birmingham'], ['GB', 'GB-ENG', 'Liverpool'],
  ['GB', 'GB-ENG', 'Leeds'], ['GB', 'GB-ENG', 'Sheffield'], ['GB', 'GB-ENG', 'Bristol'], ['GB', 'GB-ENG', 'Newcastle'],
  ['GB', 'GB-ENG', 'Nottingham'], ['GB', 'GB-ENG', 'Leicester'], ['GB', 'GB-ENG', 'Coventry'], ['GB', 'GB-ENG', 'Southampton'],
  ['GB', 'GB-ENG', 'Portsmouth'], ['GB', 'GB-ENG', 'Oxford'], ['GB', 'GB-ENG', 'Cambridge'], ['GB', 'GB-ENG', 'Brighton'],
  ['GB', 'GB-ENG', 'Reading'], ['GB', 'GB-ENG', 'York'], ['GB', 'GB-ENG', 'Norwich'], ['GB', 'GB-ENG', 'Exeter'],
  ['GB', 'GB-ENG', 'Plymouth'], ['GB', 'GB-ENG', 'Milton Keynes'], ['GB', 'GB-ENG', 'Cheltenham'], ['GB', 'GB-ENG', 'Salford'],
  ['GB', 'GB-WLS', 'Cardiff'], ['GB', 'GB-WLS', 'Swansea'], ['GB', 'GB-SCT', 'Edinburgh'], ['GB', 'GB-SCT', 'Glasgow'],
  ['GB', 'GB-SCT', 'Aberdeen'], ['GB', 'GB-SCT', 'Dundee'], ['GB', 'GB-NIR', 'Belfast'],
  ['IE', null, 'Dublin'], ['IE', null, 'Cork'],
  // Europe
  ['FR', null, 'Paris'], ['FR', null, 'Lyon'], ['FR', null, 'Marseille'], ['FR', null, 'Nice'], ['FR', null, 'Toulouse'],
  ['DE', null, 'Berlin'], ['DE', null, 'Munich'], ['DE', null, 'Frankfurt'], ['DE', null, 'Hamburg'], ['DE', null, 'Cologne'],
  ['DE', null, 'Stuttgart'], ['DE', null, 'Düsseldorf|Dusseldorf'], ['DE', null, 'Bonn'], ['AT', null, 'Vienna'],
  ['CH', null, 'Zurich|Zürich'], ['CH', null, 'Geneva'], ['CH', null, 'Bern'], ['BE', null, 'Brussels'], ['BE', null, 'Antwerp'],
  ['NL', null, 'Amsterdam'], ['NL', null, 'Rotterdam'], ['NL', null, 'The Hague'], ['DK', null, 'Copenhagen'],
  ['SE', null, 'Stockholm'], ['NO', null, 'Oslo'], ['FI', null, 'Helsinki'], ['IS', null, 'Reykjavik|Reykjavík'],
  ['ES', null, 'Madrid'], ['ES', null, 'Barcelona'], ['ES', null, 'Valencia'], ['ES', null, 'Seville'], ['PT', null, 'Lisbon'],
  ['PT', null, 'Porto'], ['IT', null, 'Rome'], ['IT', null, 'Milan'], ['IT', null, 'Naples'], ['IT', null, 'Turin'],
  ['IT', null, 'Florence'], ['IT', null, 'Venice'], ['GR', null, 'Athens'], ['PL', null, 'Warsaw'], ['PL', null, 'Krakow|Kraków'],
  ['CZ', null, 'Prague'], ['SK', null, 'Bratislava'], ['HU', null, 'Budapest'], ['RO', null, 'Bucharest'], ['BG', null, 'Sofia'],
  ['RS', null, 'Belgrade'], ['HR', null, 'Zagreb'], ['SI', null, 'Ljubljana'], ['UA', null, 'Kyiv|Kiev'], ['UA', null, 'Kharkiv'],
  ['UA', null, 'Odesa|Odessa'], ['BY', null, 'Minsk'], ['RU', null, 'Moscow'], ['RU', null, 'St. Petersburg|Saint Petersburg'],
  ['RU', null, 'Novosibirsk'], ['RU', null, 'Yekaterinburg'], ['LV', null, 'Riga'], ['EE', null, 'Tallinn'], ['LT', null, 'Vilnius'],
  ['MD', null, 'Chisinau'], ['TR', null, 'Istanbul'], ['TR', null, 'Ankara'], ['CY', null, 'Nicosia'], ['GE', null, 'Tbilisi'],
  ['AM', null, 'Yerevan'], ['AZ', null, 'Baku'],
  // Middle East and Africa
  ['IL', null, 'Tel Aviv'], ['IL', null, 'Jerusalem'], ['IL', null, 'Haifa'], ['LB', null, 'Beirut'], ['SY', null, 'Damascus'],
  ['IQ', null, 'Baghdad'], ['IR', null, 'Tehran'], ['SA', null, 'Riyadh'], ['SA', null, 'Jeddah'], ['AE', null, 'Dubai'],
  ['AE', null, 'Abu Dhabi'], ['QA', null, 'Doha'], ['KW', null, 'Kuwait City'], ['OM', null, 'Muscat'], ['JO', null, 'Amman'],
  ['EG', null, 'Cairo'], ['NG', null, 'Lagos'], ['NG', null, 'Abuja'], ['KE', null, 'Nairobi'], ['ZA', null, 'Johannesburg'],
  ['ZA', null, 'Cape Town'], ['ZA', null, 'Pretoria'], ['ZA', null, 'Durban'], ['GH', null, 'Accra'], ['ET', null, 'Addis Ababa'],
  ['UG', null, 'Kampala'], ['RW', null, 'Kigali'], ['TZ', null, 'Dar es Salaam'], ['MA', null, 'Casablanca'], ['MA', null, 'Rabat'],
  ['TN', null, 'Tunis'], ['DZ', null, 'Algiers'], ['SN', null, 'Dakar'], ['CD', null, 'Kinshasa'], ['ZW', null, 'Harare'],
  // Asia and Oceania
  ['JP', null, 'Tokyo'], ['JP', null, 'Osaka'], ['JP', null, 'Kyoto'], ['JP', null, 'Yokohama'], ['JP', null, 'Nagoya'],
  ['JP', null, 'Fukuoka'], ['JP', null, 'Sapporo'], ['KR', null, 'Seoul'], ['KR', null, 'Busan'], ['KR', null, 'Incheon'],
  ['KP', null, 'Pyongyang'], ['MY', null, 'Kuala Lumpur'], ['MY', null, 'Penang'], ['ID', null, 'Jakarta'], ['ID', null, 'Surabaya'],
  ['ID', null, 'Bali'], ['PH', null, 'Manila'], ['PH', null, 'Quezon City'], ['PH', null, 'Cebu'], ['TH', null, 'Bangkok'],
  ['TH', null, 'Chiang Mai'], ['TH', null, 'Phuket'], ['VN', null, 'Hanoi'], ['VN', null, 'Ho Chi Minh City|Saigon'],
  ['KH', null, 'Phnom Penh'], ['MM', null, 'Yangon|Rangoon'], ['BD', null, 'Dhaka'], ['NP', null, 'Kathmandu'],
  ['LK', null, 'Colombo'], ['PK', null, 'Karachi'], ['PK', null, 'Lahore'], ['PK', null, 'Islamabad'], ['AF', null, 'Kabul'],
  ['UZ', null, 'Tashkent'], ['KZ', null, 'Almaty'], ['KZ', null, 'Astana'], ['MN', null, 'Ulaanbaatar|Ulan Bator'],
  ['IN', 'IN-MH', 'Mumbai|Bombay'], ['IN', 'IN-MH', 'Pune'], ['IN', 'IN-DL', 'New Delhi|Delhi'], ['IN', 'IN-KA', 'Bengaluru|Bangalore'],
  ['IN', 'IN-TN', 'Chennai|Madras'], ['IN', 'IN-TG', 'Hyderabad'], ['IN', 'IN-WB', 'Kolkata|Calcutta'], ['IN', 'IN-GJ', 'Ahmedabad'],
  ['IN', 'IN-RJ', 'Jaipur'], ['IN', 'IN-UP', 'Noida'], ['IN', 'IN-HR', 'Gurugram|Gurgaon'], ['IN', 'IN-KL', 'Kochi'],
  ['IN', 'IN-CH', 'Chandigarh'], ['IN', 'IN-UP', 'Lucknow'],
  ['AU', 'AU-NSW', 'Sydney'], ['AU', 'AU-VIC', 'Melbourne'], ['AU', 'AU-QLD', 'Brisbane'], ['AU', 'AU-WA', 'Perth'],
  ['AU', 'AU-SA', 'Adelaide'], ['AU', 'AU-ACT', 'Canberra'], ['AU', 'AU-TAS', 'Hobart'], ['AU', 'AU-NT', 'Darwin'],
  ['AU', 'AU-QLD', 'Gold Coast'], ['NZ', null, 'Auckland'], ['NZ', null, 'Wellington'], ['NZ', null, 'Christchurch'],
  // Latin America
  ['MX', null, 'Mexico City'], ['MX', null, 'Guadalajara'], ['MX', null, 'Monterrey'], ['MX', null, 'Tijuana'],
  ['BR', null, 'São Paulo|Sao Paulo'], ['BR', null, 'Rio de Janeiro|Rio'], ['BR', null, 'Brasília|Brasilia'],
  ['AR', null, 'Buenos Aires'], ['CL', null, 'Santiago'], ['PE', null, 'Lima'], ['CO', null, 'Bogotá|Bogota'],
  ['CO', null, 'Medellín|Medellin'], ['VE', null, 'Caracas'], ['EC', null, 'Quito'], ['UY', null, 'Montevideo'],
  ['CU', null, 'Havana'], ['PA', null, 'Panama City'], ['JM', null, 'Kingston'], ['DO', null, 'Santo Domingo'],
  ['CR', null, 'San José'], ['GT', null, 'Guatemala City'],
  // more cities of regional breach and fraud news
  ['IN', 'IN-UP', 'Ghaziabad'], ['IN', 'IN-HR', 'Faridabad'], ['IN', 'IN-MH', 'Thane'],
  ['IN', 'IN-MH', 'Navi Mumbai'], ['IN', 'IN-MH', 'Nagpur'], ['IN', 'IN-MP', 'Indore'], ['IN', 'IN-MP', 'Bhopal'],
  ['IN', 'IN-BR', 'Patna'], ['IN', 'IN-GJ', 'Surat'], ['IN', 'IN-GJ', 'Vadodara'], ['IN', 'IN-AP', 'Visakhapatnam'],
  ['IN', 'IN-TN', 'Coimbatore'], ['IN', 'IN-KA', 'Mysuru|Mysore'], ['IN', 'IN-KA', 'Mangaluru|Mangalore'],
  ['IN', 'IN-UP', 'Kanpur'], ['IN', 'IN-UP', 'Varanasi'], ['IN', 'IN-UP', 'Agra'], ['IN', 'IN-UP', 'Meerut'],
  ['IN', 'IN-PB', 'Ludhiana'], ['IN', 'IN-PB', 'Amritsar'], ['IN', 'IN-UT', 'Dehradun'], ['IN', 'IN-JH', 'Ranchi'],
  ['IN', 'IN-OR', 'Bhubaneswar'], ['IN', 'IN-AS', 'Guwahati'], ['IN', 'IN-KL', 'Thiruvananthapuram'],
  ['IN', 'IN-AP', 'Vijayawada'], ['IN', 'IN-GJ', 'Rajkot'], ['IN', 'IN-RJ', 'Jodhpur'], ['KE', null, 'Mombasa'],
  ['KE', null, 'Kisumu'], ['KE', null, 'Nakuru'], ['KE', null, 'Eldoret'], ['NG', null, 'Ibadan'],
  ['NG', null, 'Kano'], ['NG', null, 'Port Harcourt'], ['ZA', null, 'Port Elizabeth|Gqeberha'],
  ['GH', null, 'Kumasi'], ['TZ', null, 'Dodoma'], ['ZM', null, 'Lusaka'], ['ES', null, 'Alicante'],
  ['ES', null, 'Málaga|Malaga'], ['ES', null, 'Bilbao'], ['ES', null, 'Zaragoza'], ['ES', null, 'Valladolid'],
  ['ES', null, 'Palma de Mallorca'], ['ES', null, 'Murcia'], ['ES', null, 'Granada'], ['IT', null, 'Bologna'],
  ['IT', null, 'Genoa'], ['IT', null, 'Palermo'], ['IT', null, 'Bari'], ['IT', null, 'Verona'],
  ['FR', null, 'Bordeaux'], ['FR', null, 'Lille'], ['FR', null, 'Nantes'], ['FR', null, 'Strasbourg'],
  ['FR', null, 'Montpellier'], ['FR', null, 'Rennes'], ['DE', null, 'Dortmund'], ['DE', null, 'Essen'],
  ['DE', null, 'Leipzig'], ['DE', null, 'Dresden'], ['DE', null, 'Hanover|Hannover'],
  ['DE', null, 'Nuremberg|Nürnberg'], ['DE', null, 'Bremen'], ['DE', null, 'Karlsruhe'], ['DE', null, 'Mannheim'],
  ['NL', null, 'Utrecht'], ['NL', null, 'Eindhoven'], ['NL', null, 'Groningen'], ['BE', null, 'Ghent'],
  ['BE', null, 'Liège|Liege'], ['PL', null, 'Wrocław|Wroclaw'], ['PL', null, 'Gdańsk|Gdansk'],
  ['PL', null, 'Poznań|Poznan'], ['PL', null, 'Łódź|Lodz'], ['IE', null, 'Galway'], ['IE', null, 'Limerick'],
  ['IE', null, 'Waterford'], ['GB', 'GB-ENG', 'Bradford'], ['GB', 'GB-ENG', 'Wolverhampton'],
  ['GB', 'GB-ENG', 'Derby'], ['GB', 'GB-ENG', 'Stoke-on-Trent'], ['GB', 'GB-ENG', 'Sunderland'],
  ['GB', 'GB-ENG', 'Middlesbrough'], ['GB', 'GB-ENG', 'Luton'], ['GB', 'GB-ENG', 'Bournemouth'],
  ['GB', 'GB-ENG', 'Swindon'], ['GB', 'GB-ENG', 'Peterborough'], ['GB', 'GB-ENG', 'Ipswich'],
  ['GB', 'GB-ENG', 'Blackpool'], ['GB', 'GB-ENG', 'Bolton'], ['GB', 'GB-ENG', 'Huddersfield'],
  ['GB', 'GB-ENG', 'Preston'], ['GB', 'GB-ENG', 'Warrington'], ['GB', 'GB-ENG', 'Doncaster'],
  ['GB', 'GB-SCT', 'Inverness'], ['GB', 'GB-SCT', 'Stirling'], ['GB', 'GB-WLS', 'Wrexham'],
  ['GB', 'GB-NIR', 'Londonderry|Derry'], ['KR', null, 'Daegu'], ['KR', null, 'Daejeon'], ['KR', null, 'Gwangju'],
  ['KR', null, 'Ulsan'], ['KR', null, 'Suwon'], ['KR', null, 'Seongnam'], ['JP', null, 'Kobe'],
  ['JP', null, 'Sendai'], ['JP', null, 'Hiroshima'], ['JP', null, 'Chiba'], ['JP', null, 'Saitama'],
  ['JP', null, 'Kawasaki'], ['PH', null, 'Davao City|Davao'], ['PH', null, 'Makati'], ['PH', null, 'Pasig'],
  ['PH', null, 'Taguig'], ['VN', null, 'Da Nang|Danang'], ['VN', null, 'Haiphong|Hai Phong'],
  ['ID', null, 'Bandung'], ['ID', null, 'Medan'], ['ID', null, 'Semarang'], ['MY', null, 'Johor Bahru'],
  ['MY', null, 'Shah Alam'], ['MY', null, 'Petaling Jaya'], ['MY', null, 'Ipoh'], ['MY', null, 'Kuching'],
  ['MY', null, 'Kota Kinabalu'], ['TH', null, 'Pattaya'], ['TH', null, 'Khon Kaen'], ['PK', null, 'Rawalpindi'],
  ['PK', null, 'Faisalabad'], ['PK', null, 'Peshawar'], ['PK', null, 'Multan'],
  ['BD', null, 'Chittagong|Chattogram'], ['CA', 'CA-ON', 'Mississauga'], ['CA', 'CA-ON', 'Brampton'],
  ['CA', 'CA-ON', 'Kitchener'], ['CA', 'CA-BC', 'Burnaby'], ['CA', 'CA-ON', 'Markham'], ['AU', 'AU-VIC', 'Geelong'],
  ['AU', 'AU-QLD', 'Townsville'], ['AU', 'AU-QLD', 'Cairns'], ['MX', null, 'Puebla'], ['MX', null, 'Cancún|Cancun'],
  ['BR', null, 'Belo Horizonte'], ['BR', null, 'Curitiba'], ['BR', null, 'Porto Alegre'], ['BR', null, 'Recife'],
  ['BR', null, 'Fortaleza'], ['BR', null, 'Manaus'], ['CO', null, 'Cali'], ['CL', null, 'Valparaíso|Valparaiso'],
  ['AR', null, 'Córdoba, Argentina'], ['US', 'US-NM', 'Las Cruces'], ['US', 'US-TX', 'Amarillo'],
  ['US', 'US-TX', 'Brownsville'], ['US', 'US-CA', 'Chula Vista'], ['US', 'US-CA', 'Oxnard'],
  ['US', 'US-CA', 'Palmdale'], ['US', 'US-FL', 'Port St. Lucie'], ['US', 'US-FL', 'Cape Coral'],
  ['US', 'US-AL', 'Birmingham, Alabama'], ['US', 'US-GA', 'Savannah, Georgia'], ['US', 'US-IL', 'Naperville'],
  ['US', 'US-IL', 'Rockford'], ['US', 'US-IL', 'Peoria'], ['US', 'US-IN', 'Fort Wayne'], ['US', 'US-WA', 'Everett'],
  ['US', 'US-OR', 'Eugene, Oregon'], ['US', 'US-NY', 'Long Island'],
];

/**
 * Names shared by several entries: the region (or country) used when the
 * document gives no hint. Suzhou: Jiangsu's is the well-known one.
 */
export const AMBIGUOUS_DEFAULTS: Readonly<Record<string, string>> = {
  Suzhou: 'CN-JS',
  Taizhou: 'CN-ZJ',
  Fuzhou: 'CN-FJ',
  Yichun: 'CN-JX',
  Yulin: 'CN-GX',
  Chaoyang: 'CN-BJ',
  Washington: 'US-DC',
  'Huangpu District': 'CN-SH',
  'Xuanwu District': 'CN-JS',
};

/**
 * Names left without a country when nothing in the document says which place
 * is meant: "Georgia" is a country and a US state.
 */
export const UNRESOLVED: readonly string[] = ['Georgia'];

/**
 * Names that are also given names or surnames: not a place when written next to
 * another capitalised word ("Michael Jordan", "Paris Hilton", "Chad Smith").
 */
export const PERSON_LIKE: readonly string[] = [
  'Chad', 'Jordan', 'Georgia', 'Israel', 'Victoria', 'Florence', 'Paris', 'Sydney', 'Austin', 'Charlotte',
  'Phoenix', 'Orlando', 'Houston', 'Dallas', 'Denver', 'Cleveland', 'Hamilton', 'Regina', 'Sofia', 'Santiago',
  'Milan', 'Valencia', 'Adelaide', 'Perth', 'Darwin', 'Richmond', 'Wellington', 'Kingston', 'Washington', 'Lincoln',
  'Jersey', 'Niger', 'Rio', 'Chelsea', 'Brooklyn', 'Providence', 'Arlington', 'Halifax', 'York', 'Cork',
  'Columbus', 'Madison', 'Montgomery', 'Lexington', 'Burlington', 'Wilmington', 'Camden', 'Irving', 'Frisco',
  'Holland', 'England', 'Kent', 'Plano', 'Irvine', 'Reno', 'Lima', 'Hobart', 'Albany', 'Newark', 'Tyler',
];

/**
 * Names that are ordinary English words when capitalised at a sentence start
 * or in a title ("Nice work", "Reading the logs", "Split tunnelling"): a place
 * only right after a locative preposition ("in Reading").
 */
export const NEEDS_PREPOSITION: readonly string[] = [
  'Nice', 'Reading', 'Split', 'Buffalo', 'Providence', 'Rio', 'Cork', 'Bali', 'Hull', 'Chad', 'Guinea', 'Niger',
  'Kashi',
  // surnames and given names as often as cities: "Preston said", "Kobe Bryant"
  'Preston', 'Bolton', 'Everett', 'Kobe', 'Cali', 'Stirling', 'Sunderland', 'Kano',
  // the film industry more often than the district: "a Hollywood studio", "Hollywood celebrities"
  'Hollywood',
];

/** Prepositions that make a NEEDS_PREPOSITION name a place. */
export const LOCATIVE_PREPOSITIONS: readonly string[] = ['in', 'from', 'near', 'at', 'to', 'of', 'outside', 'across', 'around', 'throughout', 'based', 'via'];

/**
 * Organisations and other names that contain a place but are not one. Longest
 * match wins, so "Bank of China" hides "China".
 */
export const NOT_PLACES: readonly string[] = [
  'Bank of China', "People's Bank of China", 'Agricultural Bank of China', 'Industrial and Commercial Bank of China',
  'China Mobile', 'China Unicom', 'China Telecom', 'China Netcom', 'Air China', 'China Eastern', 'China Southern',
  'China Daily', 'China Post', 'China Construction Bank', 'China Merchants', 'China Minsheng', 'China Everbright',
  'China Life', 'China UnionPay', 'UnionPay', 'China Railway', 'China Central Television', 'China Radio International',
  'China Internet Network Information Center', 'Great Firewall of China', 'South China Morning Post', 'South China Sea',
  'East China Sea', 'Made in China', 'China Chopper', 'Shanghai Composite', 'Hong Kong Broadband', 'Hong Kong Telecom',
  'Hong Kong Airlines', 'Hong Kong Stock Exchange', 'Cathay Pacific',
  'New York Times', 'New York Post', 'New York Stock Exchange', 'New York Daily News', 'Washington Post',
  'Washington Times', 'USA Today', 'USA TODAY', 'Los Angeles Times', 'Chicago Tribune', 'Boston Globe', 'Houston Chronicle',
  'University of California', 'Bank of America', 'Voice of America', 'Captain America', 'Good Morning America',
  'America Online', "America's Cup", 'North America', 'South America', 'Latin America', 'Central America', 'Americas',
  'Cambridge Analytica', 'Texas Instruments', 'Kentucky Fried Chicken', 'Oxford English Dictionary',
  'Paris Agreement', 'Paris Hilton', 'Georgia Tech', 'Virginia Tech', 'Texas Tech', 'Indiana Jones',
  'Jordan Valley', 'Israel Defense Forces', 'Russia Today', 'Turkey Point', 'Yahoo Japan', 'Nintendo of America',
  'Royal Bank of Scotland', 'Bank of England', 'Bank of Canada', 'Bank of Japan', 'Bank of Ireland', 'Bank of Korea',
  'New England Journal', 'Sydney Morning Herald', 'Jersey Shore', 'Central Bank',
  // currencies: "500 U.S. dollars", "HK$ … Hong Kong dollars"
  'U.S. dollars', 'U.S. dollar', 'US dollars', 'US dollar', 'Hong Kong dollars', 'Hong Kong dollar',
  'Singapore dollars', 'Singapore dollar', 'Taiwan dollars', 'New Taiwan dollars', 'Taiwan dollar',
  'New Zealand dollars', 'Canadian dollars', 'Australian dollars', 'Macau patacas', 'Macao patacas',
];

/**
 * Capitalised head nouns of organisation names: a place followed by up to three
 * capitalised words and one of these is part of a name ("China Mobile",
 * "Shanghai Pudong Development Bank", "New York Times", "Texas Health Resources").
 */
export const ORG_HEADS: readonly string[] = [
  'Bank', 'Banks', 'Bancorp', 'Mobile', 'Telecom', 'Telecommunications', 'Unicom', 'Airlines', 'Airways', 'Air',
  'Post', 'Times', 'Herald', 'Tribune', 'Journal', 'Chronicle', 'Daily', 'Gazette', 'Telegraph', 'Observer', 'Globe',
  'Guardian', 'Mirror', 'Examiner', 'Inquirer', 'Courier', 'Dispatch', 'Magazine', 'Weekly', 'Monthly',
  'University', 'College', 'Institute', 'Academy', 'School', 'Schools',
  'Inc', 'Ltd', 'Limited', 'LLC', 'LLP', 'PLC', 'Plc', 'Corp', 'Corporation', 'Co', 'Company', 'Group', 'Holdings',
  'Technologies', 'Technology', 'Tech', 'Systems', 'Networks', 'Broadband', 'Cable', 'Electric', 'Energy', 'Power',
  'Motors', 'Insurance', 'Securities', 'Capital', 'Partners', 'Ventures', 'Pharmaceutical', 'Pharmaceuticals',
  'Resources', 'Industries', 'International', 'Enterprises', 'Solutions', 'Software', 'Labs', 'Studios', 'Records',
  'Railway', 'Railways', 'Express', 'Logistics', 'Stock', 'Exchange', 'Futures', 'Trust', 'Credit', 'Union',
  'Hospital', 'Clinic', 'Medical', 'Healthcare', 'Health', 'Airport', 'Hotel', 'Hotels', 'Resort', 'Casino',
  'Reporter', 'Foundation', 'Association', 'Federation',
  'Cowboys', 'Yankees', 'Giants', 'Lakers', 'Rangers', 'Mets', 'Bulls', 'Patriots', 'Rams', 'Dolphins', 'Chargers', 'FC',
];

/**
 * Heads that take "of <Place>" in an organisation name: "Bank of America",
 * "University of California", "Museum of London". ("Republic of China" is a
 * place: it is listed in COUNTRIES, and the longer name wins.)
 */
export const ORG_OF_HEADS: readonly string[] = [
  'Bank', 'University', 'College', 'Institute', 'Museum', 'Library', 'Academy', 'School', 'Conservatory',
  'Nintendo', 'Sony', 'Samsung', 'Toyota', 'Orchestra', 'Club', 'Society', 'Hospital', 'Diocese', 'Archdiocese',
  'Foundation', 'Association', 'Federation',
];

/**
 * Capitalised words that may stand before a PERSON_LIKE name at a sentence
 * start without making it a person's name ("In Paris, …", "From Jordan …").
 */
export const SENTENCE_STARTERS: readonly string[] = [
  'In', 'At', 'From', 'To', 'Of', 'For', 'By', 'With', 'On', 'Near', 'Across', 'Throughout', 'Outside', 'Inside',
  'And', 'Or', 'The', 'Both', 'Like', 'Via', 'Than', 'Including', 'Across', 'Around', 'Within', 'Into', 'Unlike',
  'While', 'Whereas', 'But', 'Only', 'Even', 'Besides', 'Against', 'Over', 'Under', 'Beyond', 'Between', 'Among',
];
