"""Table-driven tests of extractor.quantities (find_quantities, parse_number).

Sentences are taken from the corpus (corpus/*.txt) or written in the usual
phrasing of 计划执行情况 / 政府工作报告 texts. Each case lists every quantity
expected, as (text, value, value_max, unit, qualifier).
"""
from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

from extractor.quantities import Quantity, find_quantities, parse_number

ROOT = Path(__file__).resolve().parent.parent


def _q(sentence):
    return [(q.text, q.value, q.value_max, q.unit, q.qualifier) for q in find_quantities(sentence)]


# --------------------------------------------------------------------------
# find_quantities: sentences with quantities

FIND_CASES = [
    # pairs (服务区40对) and vehicle trips (460万辆次) are counted; 一对 after a Chinese numeral is an idiom
    ("改造提升高速公路服务区40对，惠及货车约460万辆次，一对夫妻", [("40对", 40, None, "对", None),
                                                  ("460万辆次", 460, None, "万辆次", "about")]),
    # a second counter in brackets is a note on the unit, as the golden reads 206 万头(只、口); 至少 is at least
    ("配备医疗设备55台(套)，生猪存栏310万头（只）左右", [("55台", 55, None, "台", None),
                                                ("310万头", 310, None, "万头", "about")]),
    ("实现每校至少1名", [("1名", 1, None, "名", "at_least")]),
    # 百分之百 is all of it; 缩短 is a cut
    ("实现百分之百建制村通水泥路", [("百分之百", 100, None, "%", None)]),
    ("审批时限平均缩短百分之四十以上", [("百分之四十", -40, None, "%", "at_least")]),
    ("地区生产总值2318亿元人民币", [("2318亿元人民币", 2318, None, "亿元人民币", None)]),
    # a PDF copy that splits a number's digits after a word and a space: one number
    ("全县实现地区生产总值 8 6.4亿元，增长 1 6.8%", [("8 6.4亿元", 86.4, None, "亿元", None), ("1 6.8%", 16.8, None, "%", None)]),
    ("签约3126户，节约标准煤1.2万吨，总投资约45亿元", [("3126户", 3126, None, "户", None), ("1.2万吨", 1.2, None, "万吨", None),
                                              ("45亿元", 45, None, "亿元", "about")]),
    ("存贷款余额分别达到2 236.8 亿元、2 018.5 亿元", [("2 236.8 亿元", 2236.8, None, "亿元", None), ("2 018.5 亿元", 2018.5, None, "亿元", None)]),
    ("全县 3 个乡镇 5 个村", [("3 个", 3, None, "个", None), ("5 个", 5, None, "个", None)]),
    # accidents and cases are counted in 起 (not after a Chinese numeral: 一起 is 'together')
    ("发生生产安全事故14起，死亡8人", [("14起", 14, None, "起", None), ("8人", 8, None, "人", None)]),
    # a one-character unit on the next line after a PDF break, ending its clause, stays with its number
    ("新认证农产品 12\n 个。", [("12\n 个", 12, None, "个", None)]),
    ("总数达到 80\n 家以上；", [("80\n 家", 80, None, "家", "at_least")]),
    # a range with 左右 after its low end; 十万分之 is a prefix, not the number 十万
    ("增长6.5%左右至7%", [("6.5%左右至7%", 6.5, 7, "%", "about")]),
    # a PDF space after the decimal point, after a word; at a line start "2. 3家" is a list item and 3家
    ("工业增加值增长12. 5%", [("12. 5%", 12.5, None, "%", None)]),
    ("\n2. 3家企业入选", [("3家", 3, None, "家", None)]),
    # an age ending its clause is a quantity; one saying who is meant is none
    ("人均预期寿命达到78.6岁，为65岁以上老年人体检", [("78.6岁", 78.6, None, "岁", None)]),
    ("发病率控制在十万分之十以内", [("十万分之十", 10, None, "十万分之", "at_most")]),
    # 5.2个 listed before 2个百分点 is short for 5.2个百分点
    ("增速分别高于全国5.2个和2个百分点", [("5.2个", 5.2, None, "个百分点", None), ("2个百分点", 2, None, "个百分点", None)]),
    ("分别高出6.4个、1.1个和3.8个百分点", [("6.4个", 6.4, None, "个百分点", None), ("1.1个", 1.1, None, "个百分点", None),
                                      ("3.8个百分点", 3.8, None, "个百分点", None)]),
    # growth and levels (corpus)
    ("地区生产总值同比增长2.7%，工业增加值增长2.8%", [("2.7%", 2.7, None, "%", None), ("2.8%", 2.8, None, "%", None)]),
    ("一般公共预算收入下降15.9%", [("15.9%", -15.9, None, "%", None)]),
    ("城乡居民人均可支配收入分别增长3.6%和5.1%", [("3.6%", 3.6, None, "%", None), ("5.1%", 5.1, None, "%", None)]),
    ("5个市级川渝合作重大项目完成年度投资13.6亿元，投资完成率107.5%",
     [("5个", 5, None, "个", None), ("13.6亿元", 13.6, None, "亿元", None), ("107.5%", 107.5, None, "%", None)]),
    ("重庆电子电路产业园建成标准厂房92万平方米", [("92万平方米", 92, None, "万平方米", None)]),
    ("双昌产业大道广顺至安富段完成路基工程80%", [("80%", 80, None, "%", None)]),
    ("办理养老保险关系无障碍转移665人次、待遇领取资格就近认定1123人次",
     [("665人次", 665, None, "人次", None), ("1123人次", 1123, None, "人次", None)]),
    ("开展生态环境跨省市联合巡查3次，办理跨界污染治理公益诉讼案件10余件",
     [("3次", 3, None, "次", None), ("10余件", 10, None, "件", "at_least")]),
    ("高质量完成20项年度协作任务", [("20项", 20, None, "项", None)]),
    ("实现规上工业总产值1129亿元，增长7.4%",
     [("1129亿元", 1129, None, "亿元", None), ("7.4%", 7.4, None, "%", None)]),
    ("全年新增规上工业企业26家，新认定市级“专精特新”企业54家，国家级专精特新“小巨人”企业1家，实施智能化改造项目128个",
     [("26家", 26, None, "家", None), ("54家", 54, None, "家", None), ("1家", 1, None, "家", None), ("128个", 128, None, "个", None)]),
    ("规上工业投入研发经费24亿元，工业贷款余额30.5亿元，增长14.3%，工业投资增长5.7%",
     [("24亿元", 24, None, "亿元", None), ("30.5亿元", 30.5, None, "亿元", None), ("14.3%", 14.3, None, "%", None), ("5.7%", 5.7, None, "%", None)]),
    ("规划面积拓展至50平方公里，完成平场3000余亩及配套设施建设",
     [("50平方公里", 50, None, "平方公里", None), ("3000余亩", 3000, None, "亩", "at_least")]),
    ("发放消费券922万元，开展汽车置换补贴等促销活动，带动消费超亿元", [("922万元", 922, None, "万元", None)]),
    ("举办音乐啤酒美食节等活动10余场，拉动消费超5000万元",
     [("10余场", 10, None, "场", "at_least"), ("5000万元", 5000, None, "万元", "at_least")]),
    ("销售面积达67.9万平方米，销售金额34.6亿元，兑付契税返还补贴1418.5万元",
     [("67.9万平方米", 67.9, None, "万平方米", None), ("34.6亿元", 34.6, None, "亿元", None), ("1418.5万元", 1418.5, None, "万元", None)]),
    ("全年接待游客1300万人次、旅游总收入65亿元，增长17.3%",
     [("1300万人次", 1300, None, "万人次", None), ("65亿元", 65, None, "亿元", None), ("17.3%", 17.3, None, "%", None)]),
    ("完成9.1万亩高标准农田建设", [("9.1万亩", 9.1, None, "万亩", None)]),
    ("生猪存栏44万头，增长2.3%", [("44万头", 44, None, "万头", None), ("2.3%", 2.3, None, "%", None)]),
    ("生猪出栏65万头，增长2.0%", [("65万头", 65, None, "万头", None), ("2.0%", 2.0, None, "%", None)]),
    ("全区村集体经济实现经营性收入4761万元，“三变”改革试点村达48个",
     [("4761万元", 4761, None, "万元", None), ("48个", 48, None, "个", None)]),
    ("成功争取地方政府债券资金28亿元、中央预算内投资4.66亿元",
     [("28亿元", 28, None, "亿元", None), ("4.66亿元", 4.66, None, "亿元", None)]),
    ("全年新签约项目145个，合同金额681.1亿元，其中工业项目84个，合同金额395.4亿元",
     [("145个", 145, None, "个", None), ("681.1亿元", 681.1, None, "亿元", None), ("84个", 84, None, "个", None), ("395.4亿元", 395.4, None, "亿元", None)]),
    ("战新产业招商比重51.7%，比2021年高3.4个百分点",
     [("51.7%", 51.7, None, "%", None), ("3.4个百分点", 3.4, None, "个百分点", None)]),
    ("完成进出口额21.5亿元，增长60%", [("21.5亿元", 21.5, None, "亿元", None), ("60%", 60, None, "%", None)]),
    ("荣昌血橙实现全市单品首次自主出口至新加坡等东南亚四个国家", [("四个", 4, None, "个", None)]),
    ("服装出口增长30%，新增光伏出口超3.5亿元",
     [("30%", 30, None, "%", None), ("3.5亿元", 3.5, None, "亿元", "at_least")]),
    ("全年到发集装箱增长180%、网络货运平台业务增长200%", [("180%", 180, None, "%", None), ("200%", 200, None, "%", None)]),
    ("全程网办占比91.25%，办理6000余项“川渝通办”事项",
     [("91.25%", 91.25, None, "%", None), ("6000余项", 6000, None, "项", "at_least")]),
    ("新增市场主体8928户", [("8928户", 8928, None, "户", None)]),
    ("新增市级科技型企业230家，总量达1273家", [("230家", 230, None, "家", None), ("1273家", 1273, None, "家", None)]),
    ("积极推进19个片区、231.9万平方米老旧小区改造",
     [("19个", 19, None, "个", None), ("231.9万平方米", 231.9, None, "万平方米", None)]),
    ("建成香国大道西延段等9条市政道路", [("9条", 9, None, "条", None)]),
    ("改造黄金大道等13条道路、节点绿化景观约9万平方米，城市园林绿化补缺提质7万平方米",
     [("13条", 13, None, "条", None), ("9万平方米", 9, None, "万平方米", "about"), ("7万平方米", 7, None, "万平方米", None)]),
    ("改造城镇雨污管网63.3公里", [("63.3公里", 63.3, None, "公里", None)]),
    ("数字化城市管理系统有效处置案件22269件", [("22269件", 22269, None, "件", None)]),
    ("创建评选美丽庭院2000个以上", [("2000个", 2000, None, "个", "at_least")]),
    ("完成整村推进“厕所革命”4500户，完成率100%", [("4500户", 4500, None, "户", None), ("100%", 100, None, "%", None)]),
    ("全区土地流转面积49.1万亩，流转率59.2%，适度规模经营面积46.2万亩",
     [("49.1万亩", 49.1, None, "万亩", None), ("59.2%", 59.2, None, "%", None), ("46.2万亩", 46.2, None, "万亩", None)]),
    ("全区空气质量优良天数298天，较2021年增加7天", [("298天", 298, None, "天", None), ("7天", 7, None, "天", None)]),
    ("PM2.5平均浓度31微克/立方米，下降11.5%",
     [("31微克/立方米", 31, None, "微克/立方米", None), ("11.5%", -11.5, None, "%", None)]),
    ("城镇新增就业1.31万人", [("1.31万人", 1.31, None, "万人", None)]),
    ("公共文化场馆接待10.5万余人次", [("10.5万余人次", 10.5, None, "万人次", "at_least")]),
    ("开展区级体育活动160余次，举办3项国家级赛事", [("160余次", 160, None, "次", "at_least"), ("3项", 3, None, "项", None)]),
    ("1﹒“四好”农村公路修建：新改建农村公路162公里，实施农村公路生命安全防护工程28公里",
     [("162公里", 162, None, "公里", None), ("28公里", 28, None, "公里", None)]),
    ("保障3.19万人农村饮水安全", [("3.19万人", 3.19, None, "万人", None)]),
    ("为352人发放创业担保贷款6500万元", [("352人", 352, None, "人", None), ("6500万元", 6500, None, "万元", None)]),
    ("为610人次以上有辅助器具适配需求的残疾人提供服务", [("610人次", 610, None, "人次", "at_least")]),
    ("开展“三助”行动累计服务已超400人次", [("400人次", 400, None, "人次", "at_least")]),
    ("新增幼儿托位615个，区每千人口托位数达到2.3个", [("615个", 615, None, "个", None), ("2.3个", 2.3, None, "个", None)]),
    ("全区学前三年毛入园率达到93.88%，普惠性幼儿园覆盖率巩固在90.64%",
     [("93.88%", 93.88, None, "%", None), ("90.64%", 90.64, None, "%", None)]),
    ("城区3所新建幼儿园正式投入使用，新增学位990个", [("3所", 3, None, "所", None), ("990个", 990, None, "个", None)]),
    ("开展中小学青少年心理健康教育活动80场", [("80场", 80, None, "场", None)]),
    ("完成投资194.2亿元、占年度计划的86.2%", [("194.2亿元", 194.2, None, "亿元", None), ("86.2%", 86.2, None, "%", None)]),
    ("全年实施区级重点项目170个以上，年度计划投资240亿元以上",
     [("170个", 170, None, "个", "at_least"), ("240亿元", 240, None, "亿元", "at_least")]),
    ("全年接待游客1500万人次，旅游综合收入突破75亿元",
     [("1500万人次", 1500, None, "万人次", None), ("75亿元", 75, None, "亿元", "at_least")]),
    ("引进外资企业2家以上，实际利用外资3000万美元",
     [("2家", 2, None, "家", "at_least"), ("3000万美元", 3000, None, "万美元", None)]),
    ("新增规上工业企业20家以上、专精特新企业10家以上、创新型中小企业350家",
     [("20家", 20, None, "家", "at_least"), ("10家", 10, None, "家", "at_least"), ("350家", 350, None, "家", None)]),
    ("全年工业总产值突破1300亿元，规上工业增加值增长9%，工业投资增长12%以上",
     [("1300亿元", 1300, None, "亿元", "at_least"), ("9%", 9, None, "%", None), ("12%", 12, None, "%", "at_least")]),
    ("新增2家电商企业、培育3—5家线上线下融合发展示范企业", [("2家", 2, None, "家", None), ("3—5家", 3, 5, "家", None)]),
    ("全社会研发经费投入占地区生产总值的比重达2.3%以上", [("2.3%", 2.3, None, "%", "at_least")]),
    ("完成征地报件1500亩、平场2000亩，新建道路5公里",
     [("1500亩", 1500, None, "亩", None), ("2000亩", 2000, None, "亩", None), ("5公里", 5, None, "公里", None)]),
    ("新签约市外项目合同金额620亿元以上，10亿元以上项目20个",
     [("620亿元", 620, None, "亿元", "at_least"), ("10亿元", 10, None, "亿元", "at_least"), ("20个", 20, None, "个", None)]),
    ("新增新能源汽车1.2万辆", [("1.2万辆", 1.2, None, "万辆", None)]),
    ("空气质量优良天数达到300天以上", [("300天", 300, None, "天", "at_least")]),
    ("全年新增城镇就业1.2万人，城镇调查失业率控制在5.5%以内",
     [("1.2万人", 1.2, None, "万人", None), ("5.5%", 5.5, None, "%", "at_most")]),
    ("提供线下心理咨询500小时以上，开展心理健康讲座、活动100场次以上",
     [("500小时", 500, None, "小时", "at_least"), ("100场次", 100, None, "场次", "at_least")]),
    ("宫颈癌筛查10000人、乳腺癌筛查6000人以上", [("10000人", 10000, None, "人", None), ("6000人", 6000, None, "人", "at_least")]),
    ("为约13000名三、四级持证残疾人购买医疗保险", [("13000名", 13000, None, "名", "about")]),
    ("涉及11788户、527栋、131.6万平方米",
     [("11788户", 11788, None, "户", None), ("527栋", 527, None, "栋", None), ("131.6万平方米", 131.6, None, "万平方米", None)]),
    ("计划回收废弃农膜502吨，回收肥料包装物65吨，全区农膜回收率达到88%以上",
     [("502吨", 502, None, "吨", None), ("65吨", 65, None, "吨", None), ("88%", 88, None, "%", "at_least")]),
    ("先行投入10辆车辆开展探索", [("10辆", 10, None, "辆", None)]),
    ("2023年新建5G基站260个，持续提升5G通信网络覆盖质量", [("260个", 260, None, "个", None)]),
    ("新开工许溪220千伏输变电工程", [("220千伏", 220, None, "千伏", None)]),
    # other reports of the corpus
    ("预计全年地区生产总值增长4%左右,一般公共预算收入增长13.5%",
     [("4%", 4, None, "%", "about"), ("13.5%", 13.5, None, "%", None)]),
    ("预计常住人口城镇化率达44%,提高1.1个百分点", [("44%", 44, None, "%", None), ("1.1个百分点", 1.1, None, "个百分点", None)]),
    ("新(改)建城区公厕7座", [("7座", 7, None, "座", None)]),
    ("全口径税费收入首次超120亿元,新增企业首次超1万家",
     [("120亿元", 120, None, "亿元", "at_least"), ("1万家", 1, None, "万家", "at_least")]),
    ("全区居民人均可支配收入预计完成41754元", [("41754元", 41754, None, "元", None)]),
    ("新增1万张护理型床位", [("1万张", 1, None, "万张", None)]),
    ("开展职业技能培训100万人次,实现农村劳动力转移就业70万人",
     [("100万人次", 100, None, "万人次", None), ("70万人", 70, None, "万人", None)]),
    ("实施城镇老旧小区改造16.8万户,新建城市公共停车位3万个",
     [("16.8万户", 16.8, None, "万户", None), ("3万个", 3, None, "万个", None)]),
    ("选派2000名科技特派员赴基层开展农技服务", [("2000名", 2000, None, "名", None)]),
    ("改造村道安全生命防护工程1500公里、农村公路危桥150座",
     [("1500公里", 1500, None, "公里", None), ("150座", 150, None, "座", None)]),
    ("●规上工业增加值增长7.5%以上", [("7.5%", 7.5, None, "%", "at_least")]),
    ("地区生产总值增长6.5%左右，一般公共预算收入增长4%以上",
     [("6.5%", 6.5, None, "%", "about"), ("4%", 4, None, "%", "at_least")]),
    ("城镇常住居民人均可支配收入达到34674元,农村常住居民人均可支配收入18365元,分别同比增长9.3%、10.5%",
     [("34674元", 34674, None, "元", None), ("18365元", 18365, None, "元", None), ("9.3%", 9.3, None, "%", None), ("10.5%", 10.5, None, "%", None)]),
    ("城镇登记失业率≤4%;人口自然增长率控制在6‰以内",
     [("4%", 4, None, "%", "at_most"), ("6‰", 6, None, "‰", "at_most")]),
    ("两大工业园区实现工业产值11.2亿元,利税约8500万元",
     [("11.2亿元", 11.2, None, "亿元", None), ("8500万元", 8500, None, "万元", "about")]),
    ("实现增加值8.10亿元,同比增长15.4%", [("8.10亿元", 8.1, None, "亿元", None), ("15.4%", 15.4, None, "%", None)]),
    ("预计单位地区生产总值综合能耗同比下降1.5%", [("1.5%", -1.5, None, "%", None)]),
    ("一般公共财政预算收入完成 3.3亿元,同比增长6%", [("3.3亿元", 3.3, None, "亿元", None), ("6%", 6, None, "%", None)]),
    ("城镇常住居民人均可支配收入实现32740 元", [("32740 元", 32740, None, "元", None)]),
    ("全旗农作物播种面积 365.15 万亩,粮食产量达到 25 亿斤以上",
     [("365.15 万亩", 365.15, None, "万亩", None), ("25 亿斤", 25, None, "亿斤", "at_least")]),
    ("牲畜总头数达到 206 万头(只、口),其中肉牛存栏 42 万头,同比增加 6 万",
     [("206 万头", 206, None, "万头", None), ("42 万头", 42, None, "万头", None), ("6 万", 6, None, "万", None)]),
    ("固定资产投资(不含农户)下降7.8%", [("7.8%", -7.8, None, "%", None)]),
    ("粮食产量104万吨,稳定在100万吨以上", [("104万吨", 104, None, "万吨", None), ("100万吨", 100, None, "万吨", "at_least")]),
    ("居民消费价格总水平上涨0.2%", [("0.2%", 0.2, None, "%", None)]),
    ("全省实现地区生产总值10.77万亿元、增长6.2%,人均地区生产总值增长4.6%左右",
     [("10.77万亿元", 10.77, None, "万亿元", None), ("6.2%", 6.2, None, "%", None), ("4.6%", 4.6, None, "%", "about")]),
    ("全市生产总值实现17502.99亿元,增长8.9%", [("17502.99亿元", 17502.99, None, "亿元", None), ("8.9%", 8.9, None, "%", None)]),
    ("万元GDP能耗下降3%,万元GDP水耗下降6%,万元GDP建设用地下降7.8%",
     [("3%", -3, None, "%", None), ("6%", -6, None, "%", None), ("7.8%", -7.8, None, "%", None)]),
    ("人均GDP达15.8万元", [("15.8万元", 15.8, None, "万元", None)]),
    ("1-8月共完成投资622.2亿元,占年度投资计划的73%", [("622.2亿元", 622.2, None, "亿元", None), ("73%", 73, None, "%", None)]),
    ("占年度计划的75%124个新建项目已开工122个,开工率为 98.4%",
     [("75%", 75, None, "%", None), ("124个", 124, None, "个", None), ("122个", 122, None, "个", None), ("98.4%", 98.4, None, "%", None)]),
    ("地区生产总值增长5.0%完成一般公共预算收入51.3亿元固定资产投资增长3%",
     [("5.0%", 5.0, None, "%", None), ("51.3亿元", 51.3, None, "亿元", None), ("3%", 3, None, "%", None)]),
    ("白银有色厂坝年产300万吨铅锌矿采选扩能工程", [("300万吨", 300, None, "万吨", None)]),
    # table cells (targets-vs-actuals table)
    ("\t7.5%左右\n\t2.7%\n\t-4.8个百分点",
     [("7.5%", 7.5, None, "%", "about"), ("2.7%", 2.7, None, "%", None), ("-4.8个百分点", -4.8, None, "个百分点", None)]),
    ("\t3.78%\n\t-15.9%\n\t-19.68个百分点",
     [("3.78%", 3.78, None, "%", None), ("-15.9%", -15.9, None, "%", None), ("-19.68个百分点", -19.68, None, "个百分点", None)]),
    ("\t5%以上\n\t60.0%\n\t+55个百分点",
     [("5%", 5, None, "%", "at_least"), ("60.0%", 60.0, None, "%", None), ("+55个百分点", 55, None, "个百分点", None)]),
    ("\t提高1.8个百分点\n\t提高1.8个百分点（预计）",
     [("1.8个百分点", 1.8, None, "个百分点", None), ("1.8个百分点", 1.8, None, "个百分点", None)]),
    ("\t下降3.1%\n\t下降3.1%\n\t完成", [("3.1%", -3.1, None, "%", None), ("3.1%", -3.1, None, "%", None)]),
    ("\t29万吨左右\n\t28.9万吨", [("29万吨", 29, None, "万吨", "about"), ("28.9万吨", 28.9, None, "万吨", None)]),
    # ranges
    ("地区生产总值增长7.5%-8%", [("7.5%-8%", 7.5, 8, "%", None)]),
    # the low end written with the magnitude alone: one range in the high end's unit
    ("粮食播种面积稳定在280万—300万亩", [("280万—300万亩", 280, 300, "万亩", None)]),
    ("控制在1.2亿～1.5亿元", [("1.2亿～1.5亿元", 1.2, 1.5, "亿元", None)]),
    ("固定资产投资增长6%—6.5%", [("6%—6.5%", 6, 6.5, "%", None)]),
    ("社会消费品零售总额增长6%~6.5%", [("6%~6.5%", 6, 6.5, "%", None)]),
    ("每年新增3至5个特色小镇", [("3至5个", 3, 5, "个", None)]),
    ("引进3-5家龙头企业", [("3-5家", 3, 5, "家", None)]),
    ("培育3～5家上市后备企业", [("3～5家", 3, 5, "家", None)]),
    ("单位GDP能耗下降2-3个百分点", [("2-3个百分点", -3, -2, "个百分点", None)]),
    ("新建三至五所学校", [("三至五所", 3, 5, "所", None)]),
    ("城镇调查失业率控制在5.5%-6%以内", [("5.5%-6%", 5.5, 6, "%", "at_most")]),
    # Chinese numerals
    ("群众满意度达到百分之九十七点六", [("百分之九十七点六", 97.6, None, "%", None)]),
    ("争取中央资金三千万元", [("三千万元", 3000, None, "万元", None)]),
    ("新建公办幼儿园十二所", [("十二所", 12, None, "所", None)]),
    ("完成植树造林两千三百亩", [("两千三百亩", 2300, None, "亩", None)]),
    ("新增就业岗位三万五千个", [("三万五千个", 35000, None, "个", None)]),
    ("新增就业十万人", [("十万人", 10, None, "万人", None)]),
    ("发放补贴一百二十万元", [("一百二十万元", 120, None, "万元", None)]),
    # prefixes and special units
    ("安全生产事故死亡率控制在万分之14.37以内", [("万分之14.37", 14.37, None, "万分之", "at_most")]),
    ("人口自然增长率为千分之五", [("千分之五", 5, None, "‰", None)]),
    ("PM2.5年均浓度下降到30微克/立方米", [("30微克/立方米", 30, None, "微克/立方米", None)]),
    # a rate per 100,000, a PDF's space inside its unit kept in the span
    ("孕产妇死亡率21.3/10 万，控制在25/10万以内", [("21.3/10 万", 21.3, None, "/10万", None), ("25/10万", 25, None, "/10万", "at_most")]),
    ("新增装机容量50兆瓦", [("50兆瓦", 50, None, "兆瓦", None)]),
    ("全社会用电量增长到120亿千瓦时", [("120亿千瓦时", 120, None, "亿千瓦时", None)]),
    ("港口集装箱吞吐量达到15万标箱", [("15万标箱", 15, None, "万标箱", None)]),
    ("新建光伏电站装机5MW", [("5MW", 5, None, "MW", None)]),
    ("出口额是上年的1.5倍", [("1.5倍", 1.5, None, "倍", None)]),
    ("诊疗病例1173例", [("1173例", 1173, None, "例", None)]),
    ("万元生产总值能耗下降到0.45吨标准煤", [("0.45吨标准煤", 0.45, None, "吨标准煤", None)]),
    ("提供365天*24小时线上免费心理辅导服务", [("365天", 365, None, "天", None), ("24小时", 24, None, "小时", None)]),
    # whitespace from PDF conversion
    ("一般公共预算收入316 亿\n元，增长5%", [("316 亿\n元", 316, None, "亿元", None), ("5%", 5, None, "%", None)]),
    ("完成投资 2.5 亿元", [("2.5 亿元", 2.5, None, "亿元", None)]),
    # a bare number listed before a quantity shares its unit; its span is the number alone
    ("比上年分别提高3.1和2.7个百分点", [("3.1", 3.1, None, "个百分点", None), ("2.7个百分点", 2.7, None, "个百分点", None)]),
    ("分别下降1.2、0.8和0.5个百分点",
     [("1.2", -1.2, None, "个百分点", None), ("0.8", -0.8, None, "个百分点", None), ("0.5个百分点", -0.5, None, "个百分点", None)]),
    ("分别为52、48和36家", [("52", 52, None, "家", None), ("48", 48, None, "家", None), ("36家", 36, None, "家", None)]),
    ("排名第3、4名", [("4名", 4, None, "名", None)]),
    # a bare 万/亿 before a noun or a qualifier is the unit (the counted thing follows)
    ("现行标准下346.9万农村贫困人口全部脱贫", [("346.9万", 346.9, None, "万", None)]),
    ("惠及10万群众", [("10万", 10, None, "万", None)]),
    ("服务人口达到10万以上", [("10万", 10, None, "万", "at_least")]),
    # widths and separators
    ("实现规上工业总产值１１２９亿元，增长７.４％", [("１１２９亿元", 1129, None, "亿元", None), ("７.４％", 7.4, None, "％", None)]),
    ("地区生产总值1,129.5亿元", [("1,129.5亿元", 1129.5, None, "亿元", None)]),
    ("全年完成投资12,345万元", [("12,345万元", 12345, None, "万元", None)]),
    ("主要指标分别增长3%,5%", [("3%", 3, None, "%", None), ("5%", 5, None, "%", None)]),
    ("地区生产总值增长６．５％左右", [("６．５％", 6.5, None, "％", "about")]),
    # qualifiers and verbs
    ("研发投入强度不低于2.5%", [("2.5%", 2.5, None, "%", "at_least")]),
    ("城镇登记失业率不超过4.5%", [("4.5%", 4.5, None, "%", "at_most")]),
    ("居民消费价格涨幅控制在3%左右", [("3%", 3, None, "%", "about")]),
    ("PM2.5平均浓度不高于35微克/立方米", [("35微克/立方米", 35, None, "微克/立方米", "at_most")]),
    ("带动就业近2000人", [("2000人", 2000, None, "人", "about")]),
    ("新增就业接近1万人", [("1万人", 1, None, "万人", "about")]),
    ("培训大约500人次", [("500人次", 500, None, "人次", "about")]),
    ("新增企业不少于100家", [("100家", 100, None, "家", "at_least")]),
    ("吸纳就业超过3000人", [("3000人", 3000, None, "人", "at_least")]),
    ("万元地区生产总值用水量下降了4.2%", [("4.2%", -4.2, None, "%", None)]),
    ("主要污染物排放量减少约8%", [("8%", -8, None, "%", "about")]),
    ("外贸逆差回落12.5%", [("12.5%", -12.5, None, "%", None)]),
    ("亏损企业亏损额降低5.3%", [("5.3%", -5.3, None, "%", None)]),
    ("房地产开发投资下滑3.3%", [("3.3%", -3.3, None, "%", None)]),
    ("二氧化硫、氮氧化物排放量分别下降3.1%、2.5%", [("3.1%", -3.1, None, "%", None), ("2.5%", -2.5, None, "%", None)]),
    ("城镇登记失业率下降到3.5%", [("3.5%", 3.5, None, "%", None)]),
    ("贫困发生率降至0.6%", [("0.6%", 0.6, None, "%", None)]),
    ("常住人口城镇化率提高到65%", [("65%", 65, None, "%", None)]),
    ("新增100多万元财政补助", [("100多万元", 100, None, "万元", "at_least")]),
    ("新建村级活动场所30多处", [("30多处", 30, None, "处", "at_least")]),
    ("年度计划投资≥50亿元", [("50亿元", 50, None, "亿元", "at_least")]),
]


@pytest.mark.parametrize("sentence,expected", FIND_CASES, ids=[c[0][:24] for c in FIND_CASES])
def test_find_quantities(sentence, expected):
    assert _q(sentence) == expected


# --------------------------------------------------------------------------
# find_quantities: sentences with no quantity

NONE_CASES = [
    "大家一起努力",
    "培育5\n人工智能企业",      # a number ending a line, a word starting the next
    "关于荣昌区2022年国民经济和社会发展计划执行情况及2023年计划草案的报告",
    "——2023年1月31日在重庆市荣昌区第十八届人民代表大会第四次会议上",
    "区十八届人大四次会议",
    "图1  2020—2022年荣昌区地区生产总值及增速",
    "1-8月",
    "全面贯彻党的二十大精神",
    "2021年,是“十四五”规划和全面建设社会主义现代化国家的开局之年",
    "1﹒地区生产总值",
    "10﹒大力促进教育高质量发展",
    "（一）全力推进成渝地区双城经济圈建设。",
    "①岚皋县村级医保服务能力提升工程;",
    "g350城区连接线建成通车",
    "G348、S303改造工程加快推进",
    "扎实落实“1+1+9”工作部署",
    "构建“1+3+1”产业体系",
    "综合实力位列中国百强区第43位",
    "增速排名居全市第二",
    "深入贯彻党的十九大及十九届历次全会精神",
    "和省委十五届五次、市委六届六次全会精神",
    "(一)三次产业协同发展,产业转型步伐加快",
    "带动消费超亿元",
    "打造千亿级产业集群",
    "力争实现翻一番",
    "开展“一件事一次办”改革",
    "谋划储备一批打基础、利长远的重大项目",
    "发放一次性稳岗补贴",
    "更好发挥“两个作用”",
    "把握“五个着力点”",
    "信息来源:办公室 时间:2020-01-20 16:20:41",
    "发布时间:2017-08-01\n人工智能朗读:",
    "网站支持IPv6",
    "加快5G建设，累计建成19155G基站",
    "2024 年国民经济和社会发展计划",
    "实施“三年行动”计划",
    "区级部门123456",
    "为0-3岁婴幼儿家庭提供服务",
    "年满18岁",
    "60岁及以上的老年人",
]


@pytest.mark.parametrize("sentence", NONE_CASES, ids=[c[:24] for c in NONE_CASES])
def test_no_quantity(sentence):
    assert find_quantities(sentence) == []


# --------------------------------------------------------------------------
# spans, verbs, flags

def test_span_offsets_in_context():
    s = "全区经济运行总体平稳。地区生产总值同比增长2.7%，一般公共预算收入下降15.9%。"
    qs = find_quantities(s)
    assert [(q.start, q.end) for q in qs] == [(21, 25), (36, 41)]
    for q in qs:
        assert s[q.start:q.end] == q.text


@pytest.mark.parametrize(
    "sentence,verbs",
    [
        ("地区生产总值同比增长2.7%", ["增长"]),
        ("一般公共预算收入下降15.9%", ["下降"]),
        ("城镇化率提高1.8个百分点", ["提高"]),
        ("较2021年增加7天", ["增加"]),
        ("全旗地区生产总值完成78亿元", ["完成"]),
        ("人均GDP达15.8万元", ["达"]),
        ("工业增加值率达到22.1%", ["达到"]),
        ("城乡居民人均可支配收入分别为52523元、19507元", ["为", "为"]),
        ("旅游综合收入突破75亿元", ["突破"]),
        ("城镇登记失业率下降到3.5%", ["下降到"]),
        ("全区土地流转面积49.1万亩", [None]),
        ("新增光伏出口超3.5亿元", ["超"]),
        ("下降了约15.9%", ["下降"]),
    ],
)
def test_verbs(sentence, verbs):
    assert [q.verb for q in find_quantities(sentence)] == verbs


@pytest.mark.parametrize(
    "sentence,flags",
    [
        ("东南亚四个国家", [True]),
        ("百分之九十七点六", [True]),
        ("万分之14.37", [False]),
        ("完成20项年度协作任务", [False]),
    ],
)
def test_chinese_flag(sentence, flags):
    assert [q.chinese for q in find_quantities(sentence)] == flags


def test_value_types():
    q5, q27, q20 = find_quantities("增长5%，增长2.7%，增长2.0%")
    assert type(q5.value) is int and q5.value == 5
    assert type(q27.value) is float
    assert q20.value == 2.0


def test_quantity_is_frozen_and_comparable():
    q = find_quantities("新增市场主体8928户")[0]
    assert q == Quantity(6, 11, "8928户", 8928, None, "户", None, None, False)
    with pytest.raises(Exception):
        q.value = 1  # type: ignore[misc]
    assert hash(q) == hash(Quantity(6, 11, "8928户", 8928, None, "户", None, None, False))


# --------------------------------------------------------------------------
# parse_number

PARSE_CASES = [
    ("1129", 1129), ("1,129", 1129), ("1,129.5", 1129.5), ("１２.５", 12.5), ("１２．５", 12.5),
    ("2.7", 2.7), ("0.5", 0.5), ("-15.9", -15.9), ("+55", 55), ("12,345,678", 12345678),
    ("十", 10), ("十八", 18), ("二十", 20), ("九十七", 97), ("一百二十", 120), ("一百零五", 105),
    ("两千三百", 2300), ("三千", 3000), ("三万五千", 35000), ("一万零八百", 10800),
    ("三千万", 30000000), ("一亿二千万", 120000000), ("九十七点六", 97.6), ("零点五", 0.5),
    ("十二点五", 12.5), ("二〇二二", 2022), ("两", 2), ("三万五", 35000), ("两千三", 2300),
    (" 42 ", 42),
    # not numbers
    ("", None), ("abc", None), ("1.2.3", None), ("十四五", None), ("G348", None), ("3万", None),
    ("1,12", None), ("百", None), ("点五", None), ("一二", None), ("12a", None), ("1e5", None),
]


@pytest.mark.parametrize("s,expected", PARSE_CASES, ids=[repr(c[0]) for c in PARSE_CASES])
def test_parse_number(s, expected):
    got = parse_number(s)
    assert got == expected
    if expected is not None:
        assert type(got) is type(expected)


# --------------------------------------------------------------------------
# properties

_CN_DIGITS = "零一二三四五六七八九"


def to_chinese(n: int) -> str:
    """Plain Chinese numeral for 0 <= n < 100000 (test-side converter)."""
    if n == 0:
        return "零"
    units = [(10000, "万"), (1000, "千"), (100, "百"), (10, "十"), (1, "")]
    out, zero = [], False
    for value, name in units:
        d, n = divmod(n, value)
        if d:
            if zero and out:
                out.append("零")
            out.append(_CN_DIGITS[d] + name)
            zero = False
        elif out:
            zero = True
    s = "".join(out)
    if s.startswith("一十"):
        s = s[1:]
    return s


@given(st.integers(min_value=0, max_value=10**12))
def test_parse_int_roundtrip(n):
    assert parse_number(str(n)) == n
    assert parse_number(f"{n:,}") == n


@given(st.decimals(min_value=0, max_value=10**7, places=2, allow_nan=False, allow_infinity=False))
def test_parse_decimal_roundtrip(d):
    s = f"{d:.2f}"
    assert parse_number(s) == float(s)
    fullwidth = s.translate(str.maketrans("0123456789.", "０１２３４５６７８９．"))
    assert parse_number(fullwidth) == float(s)


@given(st.integers(min_value=0, max_value=99999))
def test_parse_chinese_roundtrip(n):
    assert parse_number(to_chinese(n)) == n


@given(st.integers(min_value=1, max_value=99999), st.sampled_from(["家", "个", "万元", "亿元", "%", "万人次", "公里"]))
def test_chinese_quantity_roundtrip(n, unit):
    cn = to_chinese(n)
    qs = find_quantities(f"新增{cn}{unit}")
    if cn.endswith("万"):
        # the magnitude stays in the unit (三万家 -> 3 万家, 一万亿元 -> 1 万亿元);
        # 万% and 万万元 are no units
        if unit in ("%", "万元", "万人次"):
            assert qs == []
        else:
            assert [(q.value, q.unit, q.chinese) for q in qs] == [(n // 10000, "万" + unit, True)]
    elif cn == "一" and unit[0] not in "万亿":
        assert qs == []  # a lone 一 is an article (一批, 一件事)
    else:
        assert [(q.value, q.unit, q.chinese) for q in qs] == [(n, unit, True)]


@given(st.integers(min_value=0, max_value=10**9), st.sampled_from(["%", "个", "亿元", "万平方米", "个百分点", "人次"]))
def test_arabic_quantity_roundtrip(n, unit):
    s = f"完成{n}{unit}。"
    (q,) = find_quantities(s)
    assert (q.value, q.unit, q.text) == (n, unit, f"{n}{unit}")


_ALPHABET = "0123456789０１２.．,，%％个亿万元人次家项年月日第余多约超以上下降增长左右 \n\t-—～至一二三四五十百千两点分之G"


@settings(max_examples=300)
@given(st.text(alphabet=_ALPHABET, max_size=60))
def test_spans_are_consistent(s):
    qs = find_quantities(s)
    last = 0
    for q in qs:
        assert s[q.start:q.end] == q.text
        assert q.start >= last  # sorted, non-overlapping
        last = q.end
        assert q.unit and not any(ch.isspace() for ch in q.unit)
        assert q.value_max is None or q.value <= q.value_max
        assert q.qualifier in (None, "about", "at_least", "at_most")


# --------------------------------------------------------------------------
# the corpus: golden spans are found, and fast


def _golden_pairs():
    for g in sorted((ROOT / "golden").glob("*.json")):
        c = ROOT / "corpus" / (g.stem + ".txt")
        if c.exists():
            yield g, c


def test_golden_recall():
    import json

    total = hit = 0
    for g, c in _golden_pairs():
        text = open(c, encoding="utf-8-sig", newline=None).read()
        by_start = {q.start: q for q in find_quantities(text)}
        for rec in json.loads(g.read_text(encoding="utf-8"))["indicators"]:
            total += 1
            q = by_start.get(rec["span"][0])
            if q is not None and q.end == rec["span"][1] and q.value == rec["value"] and q.unit == rec["unit"]:
                hit += 1
    if total:
        assert hit / total >= 0.95
