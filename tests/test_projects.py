"""Projects: table-driven cases of real and realistic report sentences, plus a golden check."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from extractor import extract
from extractor.layout import Layout
from extractor.sections import find_layout
from extractor.projects import find_projects

ROOT = Path(__file__).resolve().parent.parent
REVIEW = Layout(2022, 2023, [(0, "review")])
PLAN = Layout(2022, 2023, [(0, "plan")])


def _records(text: str, layout: Layout = REVIEW):
    ps = find_projects(text, layout)
    for p in ps:
        assert text[p.span[0]:p.span[1]] == p.text
        assert p.rule and p.rule.startswith("projects.")
    return [(p.name, p.stage, p.stage_text, p.category) for p in ps]


# (text, layout, expected [(name, stage, stage_text, category)])
CASES = [
    # --- a channel and a branch line are builds; an integrated refinery by its phase; a waterworks serving;
    # a list closed by 等一批…项目相继实施
    ("甲港30万吨级航道建成投用，甲石化一体化（一期）主体完工，县第二水厂建成供水。", REVIEW,
     [("甲港30万吨级航道", "complete", "建成投用", None), ("甲石化一体化（一期）", "ongoing", "主体完工", None),
      ("县第二水厂", "complete", "建成供水", None)]),
    ("加快推进甲港区至乙通道铁路支线、丙河流域防洪治理工程、市第一人民医院东院区建设。", PLAN,
     [("甲港区至乙通道铁路支线", "ongoing", "加快推进", None), ("丙河流域防洪治理工程", "ongoing", "加快推进", None),
      ("市第一人民医院东院区", "ongoing", "加快推进", None)]),
    ("五年来，甲高速公路、乙江大桥等一批事关长远的重大基础设施项目相继实施。", REVIEW,
     [("甲高速公路", "ongoing", "相继实施", None), ("乙江大桥", "ongoing", "相继实施", None)]),
    ("推进城乡一体化（一期）建设。", PLAN, []),
    # a sector's line numbered （1） before its colon is no project's progress paragraph; 随着 opens no name
    ("（1）交通项目：加快推进甲乙高速公路丙段建设，年内完成投资12.5亿元；开工建设丙至丁二级公路。", PLAN,
     [("甲乙高速公路丙段", "ongoing", "加快推进", "交通"), ("丙至丁二级公路", "start", "开工建设", "交通")]),
    ("2024年，随着甲清洁能源基地二期光伏项目全容量并网、乙铜箔二期投产，可新增工业产值65亿元左右。", PLAN,
     [("甲清洁能源基地二期光伏", "complete", "全容量并网", None), ("乙铜箔二期", "complete", "投产", None)]),
    # a numbered sector title counting its projects and their money in brackets, named at length
    ("5．城市基础设施和生态环保项目（41个，总投资295.8亿元，年度计划投资63.9亿元）。新开工甲片区城市更新、第二污水处理厂扩建；"
     "续建乙河生态廊道。", PLAN,
     [("甲片区城市更新", "start", "新开工", "城市基础设施和生态环保"), ("第二污水处理厂扩建", "start", "新开工", "城市基础设施和生态环保"),
      ("乙河生态廊道", "ongoing", "续建", "城市基础设施和生态环保")]),
    # a site chosen and a plan designed: planning; 保交楼 is a policy, no building
    ("市儿童医院主体完工，甲职业技术学院新校区完成选址和规划设计。扎实推进保交楼，累计交付住房1.36万套。", REVIEW,
     [("市儿童医院", "ongoing", "主体完工", None), ("甲职业技术学院新校区", "planning", "完成选址和规划设计", None)]),
    # an OCR copy's 建戍 and 大挢 read as 建成 and 大桥 (the names as written); a market; 全面完成 closes a build
    ("甲大道东延段、滨江北路建戍通车，凤凰大挢主体工程完工，乙镇集贸市场建成使用，城北片区棚户区改造项目全面完成。", REVIEW,
     [("甲大道东延段", "complete", "建戍通车", None), ("滨江北路", "complete", "建戍通车", None),
      ("凤凰大挢", "ongoing", "主体工程完工", None), ("乙镇集贸市场", "complete", "建成使用", None),
      ("城北片区棚户区改造", "complete", "全面完成", None)]),
    # the grid's upgrade everywhere is a programme, no build
    ("甲至乙二级公路建成通车。电网改造升级工程全面完成，4G网络实现行政村全覆盖。", REVIEW,
     [("甲至乙二级公路", "complete", "建成通车", None)]),
    # a runway, a ship lock, an embankment: builds by their endings
    ("加快推进甲至乙高速铁路、丙水利枢纽工程、丁新机场第二跑道建设，建成戊江船闸和己河堤防。", PLAN,
     [("甲至乙高速铁路", "ongoing", "加快推进", None), ("丙水利枢纽工程", "ongoing", "加快推进", None),
      ("丁新机场第二跑道", "ongoing", "加快推进", None), ("戊江船闸", "complete", "建成", None),
      ("己河堤防", "complete", "建成", None)]),
    # an OCR copy's katakana エ for 工 in the verb (开エ建设, 竣エ验收): the names stay as written
    ("开エ建设县体育公园和儿童公园，甲水库除险加固工程竣エ验收。", PLAN,
     [("县体育公园", "start", "开エ建设", None), ("儿童公园", "start", "开エ建设", None),
      ("甲水库除险加固工程", "complete", "竣エ验收", None)]),
    ("甲溪景区游客服务中心建成投用，古渡老街建成开街。", REVIEW,
     [("甲溪景区游客服务中心", "complete", "建成投用", None), ("古渡老街", "complete", "建成开街", None)]),

    # water let through, a library opened, running at full capacity; a bridge's main spans joined; a feasibility
    # study abbreviated 工可; a landscape belt opened with a park
    ("甲调水工程一期实现通水，区图书馆新馆建成开馆，乙新材料产业园一期达产达效，丙长江大桥复线桥主体合龙。", REVIEW,
     [("甲调水工程一期", "complete", "实现通水", None), ("区图书馆新馆", "complete", "建成开馆", None),
      ("乙新材料产业园一期", "complete", "达产达效", None), ("丙长江大桥复线桥", "ongoing", "主体合龙", None)]),
    ("丁至戊高速公路完成工可研究和初步设计，月牙湖公园、滨河东路景观带建成开放。", REVIEW,
     [("丁至戊高速公路", "planning", "完成工可研究和初步设计", None), ("月牙湖公园", "complete", "建成开放", None),
      ("滨河东路景观带", "complete", "建成开放", None)]),

    # a county's integrated water supply is a build, whatever its lead (城乡…); carried out (实施) in a list of
    # 民生实事 it is a programme
    ("水利方面,续建甲水库,开工建设城乡供水一体化工程。", PLAN,
     [("甲水库", "ongoing", "续建", "水利"), ("城乡供水一体化工程", "start", "开工建设", "水利")]),
    ("加快推进乙水库、城乡供水一体化工程。", PLAN,
     [("乙水库", "ongoing", "加快推进", None), ("城乡供水一体化工程", "ongoing", "加快推进", None)]),
    ("八是实施城乡供水一体化工程，惠及人口20万人；九是开展职业技能培训5万人次。", PLAN, []),
    # carried out (实施) on a kind of place or body: a programme; one phase of a build stays a build
    ("深入实施乡村清洁工程，建设美丽乡村示范村15个。实施城市道路新建改造工程，新建改造市政道路38公里。", PLAN, []),
    ("实施城市防洪排涝能力提升二期工程。", PLAN, [("城市防洪排涝能力提升二期工程", "ongoing", "实施", None)]),
    # a paragraph opened by a counted sector is that sector's (at length too); a count of what is done is none
    ("交通项目68个，年度计划投资812亿元。建成甲城际铁路乙段，加快建设丙地铁1号线。", PLAN,
     [("甲城际铁路乙段", "complete", "建成", "交通"), ("丙地铁1号线", "ongoing", "加快建设", "交通")]),
    ("--交通项目86个,年度计划投资1120亿元。建成甲至乙高速公路,续建丙港二期。", PLAN,
     [("甲至乙高速公路", "complete", "建成", "交通"), ("丙港二期", "ongoing", "续建", "交通")]),
    ("社会事业和城市基础设施项目78个，年度计划投资406亿元。开工建设省人民医院新院区。", PLAN,
     [("省人民医院新院区", "start", "开工建设", "社会事业和城市基础设施")]),
    ("实施城市更新项目30个，改造老旧小区40个。加快甲再生水厂建设。", PLAN, [("甲再生水厂", "ongoing", "加快", None)]),
    # 其中，then a counted sector joined to its money by 、: its part's projects are the sector's
    ("其中，产业项目526个、年度计划投资2180亿元，重点推进甲石化炼化一体化等项目；基础设施项目318个、年度计划投资1960亿元，加快建设丙至丁高铁、戊水库。",
     PLAN, [("甲石化炼化一体化", "ongoing", "重点推进", "产业"), ("丙至丁高铁", "ongoing", "加快建设", "基础设施"),
            ("戊水库", "ongoing", "加快建设", "基础设施")]),
    # a coal-chemical plant named by its product, a border port's inspection facilities
    ("加快推进甲煤制天然气、乙2×100万千瓦电厂建设，加快丙口岸跨境铁路联络线和丁口岸联检设施建设。", PLAN,
     [("甲煤制天然气", "ongoing", "加快推进", None), ("乙2×100万千瓦电厂", "ongoing", "加快推进", None),
      ("丙口岸跨境铁路联络线", "ongoing", "加快", None), ("丁口岸联检设施", "ongoing", "加快", None)]),
    # an aside in brackets holding a verb (达产后, 建成后) stages nothing; 重点抓好 leads; a plant's 节能技改 is a works
    ("重点抓好甲钢铁年产100万吨棒线材（总投资18.6亿元，全部达产后可新增产值45亿元）、乙化工2万吨有机硅单体二期等项目竣工投产；"
     "加快建设甲经济开发区标准化厂房三期、乙水泥熟料生产线节能技改。", PLAN,
     [("甲钢铁年产100万吨棒线材", "complete", "竣工投产", None), ("乙化工2万吨有机硅单体二期", "complete", "竣工投产", None),
      ("甲经济开发区标准化厂房三期", "ongoing", "加快建设", None), ("乙水泥熟料生产线节能技改", "ongoing", "加快建设", None)]),
    # a batch, an industry named bare and a work verb before a planning phrase name no project; a list closed
    # by 等一批… keeps its items
    ("集成电路、新能源汽车等一批重大产业项目将陆续投产。加强项目前期工作，储备重大项目200个以上。"
     "积极谋划储备一批“十五五”重大项目。谋划储备甲旅游环线公路、乙通用机场等一批打基础、利长远的重大项目。", PLAN,
     [("甲旅游环线公路", "planning", "谋划储备", None), ("乙通用机场", "planning", "谋划储备", None)]),
    # stages of the works under way ('进入设备安装调试阶段', '主体结构全部封顶', '全线路基贯通')
    ("甲至乙城际快速通道全线路基贯通；甲市人民医院整体搬迁项目主体结构全部封顶，进入内部装修阶段；乙县生活垃圾焚烧发电项目进入设备安装调试阶段。", REVIEW,
     [("甲至乙城际快速通道", "ongoing", "全线路基贯通", None), ("甲市人民医院整体搬迁", "ongoing", "主体结构全部封顶", None),
      ("乙县生活垃圾焚烧发电", "ongoing", "进入设备安装调试阶段", None)]),
    # numbered sectors inside a sentence (（1）交通：…；（2）水利：…)
    ("重点推进以下重大项目：（1）交通：甲至乙高速公路、沿江快速路二期开工建设，绕城高速北段加快建设；（2）水利：开工建设丙水库。", PLAN,
     [("甲至乙高速公路", "start", "开工建设", "交通"), ("沿江快速路二期", "start", "开工建设", "交通"),
      ("绕城高速北段", "ongoing", "加快建设", "交通"), ("丙水库", "start", "开工建设", "水利")]),
    # a programme named in quotes is no build
    ("深入实施招商引资“一号工程”。推进“雪亮工程”二期建设。加快建设甲水库。", PLAN, [("甲水库", "ongoing", "加快建设", None)]),
    # four items, three of them facilities: the fourth is a build too; a work verb before a planning phrase names none
    ("加快推进甲至乙铁路甲段、丙新能源电池隔膜、市第二污水处理厂扩建工程、丁新城综合管廊。全力做好项目前期工作。", PLAN,
     [("甲至乙铁路甲段", "ongoing", "加快推进", None), ("丙新能源电池隔膜", "ongoing", "加快推进", None),
      ("市第二污水处理厂扩建工程", "ongoing", "加快推进", None), ("丁新城综合管廊", "ongoing", "加快推进", None)]),
    # a long list of facilities with one product-named plant in it: that one is a build too
    ("加快建设甲至乙高速公路、丙水库、丁抽水蓄能电站、戊电厂二期扩建工程、己芯材12英寸晶圆。", PLAN,
     [("甲至乙高速公路", "ongoing", "加快建设", None), ("丙水库", "ongoing", "加快建设", None),
      ("丁抽水蓄能电站", "ongoing", "加快建设", None), ("戊电厂二期扩建工程", "ongoing", "加快建设", None),
      ("己芯材12英寸晶圆", "ongoing", "加快建设", None)]),
    # a counted kind of industry or service opens its paragraph
    ("先进制造业项目120个，总投资3280亿元。甲石化产业基地二期、乙轨道交通装备产业园扩建等项目加快建设。", PLAN,
     [("甲石化产业基地二期", "ongoing", "加快建设", "先进制造业"), ("乙轨道交通装备产业园扩建", "ongoing", "加快建设", "先进制造业")]),
    # a part of transport as its sector, its lead ending on a colon
    ("铁路方面：建成甲至乙铁路，加快建设丙至丁城际铁路。\n机场方面：建成戊机场。", PLAN,
     [("甲至乙铁路", "complete", "建成", "铁路"), ("丙至丁城际铁路", "ongoing", "加快建设", "铁路"),
      ("戊机场", "complete", "建成", "机场")]),
    # a dashed sector's works (——交通工程:) and a counted sector ending on a colon head their lines;
    # 重大工程 named in a heading is no project
    ("（三）大力实施重大工程。\n——交通工程:建成甲至乙高速公路,开工建设丙至丁高速铁路。\n"
     "——城乡建设工程:加快建设戊地铁2号线。\n工业项目26个：开工建设己热电联产项目，加快建设庚景区。", PLAN,
     [("甲至乙高速公路", "complete", "建成", "交通"), ("丙至丁高速铁路", "start", "开工建设", "交通"),
      ("戊地铁2号线", "ongoing", "加快建设", "城乡建设"), ("己热电联产", "start", "开工建设", "工业"),
      ("庚景区", "ongoing", "加快建设", "工业")]),
    # a sector's field leads its part (产业领域,…; 基础设施领域,…); a count of projects started names none
    ("名单中,一批重大项目备受关注。产业领域,甲光电显示面板项目续建;乙生物疫苗产业园一期年内建成投产。基础设施领域,"
     "丙至丁高速公路新开工。一季度全省已有37个省重点项目新开工。", PLAN,
     [("甲光电显示面板", "ongoing", "续建", "产业"), ("乙生物疫苗产业园一期", "complete", "建成投产", "产业"),
      ("丙至丁高速公路", "start", "新开工", "基础设施")]),
    # a numbered title naming a known sector at length (城市基础设施) heads its paragraph too
    ("5．社会事业。建成省人民医院新院区。\n6．城市基础设施。建成甲东部污水处理厂；续建乙城市供水二期工程。", PLAN,
     [("省人民医院新院区", "complete", "建成", "社会事业"), ("甲东部污水处理厂", "complete", "建成", "城市基础设施"),
      ("乙城市供水二期工程", "ongoing", "续建", "城市基础设施")]),
    # in use and producing (投用投产); a plan studied (完成规划研究) is planning
    ("县人民医院新院区、甲智能装备产业园一期等一批项目将陆续投用投产。乙站综合交通枢纽完成规划研究。", PLAN,
     [("县人民医院新院区", "complete", "投用投产", None), ("甲智能装备产业园一期", "complete", "投用投产", None),
      ("乙站综合交通枢纽", "planning", "完成规划研究", None)]),
    # an arabic-numbered sector title with its count in brackets
    ("1.交通项目（18 个）。建成通车甲至乙高速公路，加快推进甲港区二期码头。\n2.城建项目（34 个）。建成甲大剧院。", PLAN,
     [("甲至乙高速公路", "complete", "建成通车", "交通"), ("甲港区二期码头", "ongoing", "加快推进", "交通"),
      ("甲大剧院", "complete", "建成", "城建")]),
    ("社会事业和城镇建设：开工建设州民族中学新校区，建成州体育中心。", PLAN,
     [("州民族中学新校区", "start", "开工建设", "社会事业和城镇建设"), ("州体育中心", "complete", "建成", "社会事业和城镇建设")]),

    # a sector right before its verb (…。产业项目重点推进A、B等项目；基础设施项目重点开工建设C…) heads its part
    ("其中：产业项目21个，年度计划投资19.6亿元。产业项目重点推进甲生物燃料乙醇二期、乙玉米淀粉糖扩能改造等项目；"
     "基础设施项目重点开工建设丙水库除险加固，续建丁一级公路延伸段；社会民生项目重点推进市中医院新院区建设。", PLAN,
     [("甲生物燃料乙醇二期", "ongoing", "重点推进", "产业"), ("乙玉米淀粉糖扩能改造", "ongoing", "重点推进", "产业"),
      ("丙水库除险加固", "start", "开工建设", "基础设施"), ("丁一级公路延伸段", "ongoing", "续建", "基础设施"),
      ("市中医院新院区", "ongoing", "重点推进", "社会民生")]),




    # a status list whose money stands between its count and its names; a numbered unit of a project
    ("其中，续建项目92个、年度计划投资221亿元，主要有：甲水库（总投资18.7亿元，年度计划投资4.5亿元）、"
     "乙煤电一体化项目3号机组（总投资36亿元）等；新开工项目76个、年度计划投资121亿元，主要有：丙绕城东环线（总投资24.8亿元）等。", PLAN,
     [("甲水库", "ongoing", "续建", None), ("乙煤电一体化项目3号机组", "ongoing", "续建", None),
      ("丙绕城东环线", "start", "新开工", None)]),
    ("甲新材料产业园一期建成投产，乙煤电一体化项目2号机组并网发电。", REVIEW,
     [("甲新材料产业园一期", "complete", "建成投产", None), ("乙煤电一体化项目2号机组", "complete", "并网发电", None)]),

    # what a project costs written before it (总投资28亿元的X项目) is no part of its name; a pipeline is a build;
    # 封关运行 puts a bonded zone in service
    ("开工建设甲产业园二期、总投资28亿元的乙新材料年产5万吨锂电池隔膜项目、丙天然气输气管道。", PLAN,
     [("甲产业园二期", "start", "开工建设", None), ("乙新材料年产5万吨锂电池隔膜", "start", "开工建设", None),
      ("丙天然气输气管道", "start", "开工建设", None)]),
    ("甲综合保税区封关运行。", REVIEW, [("甲综合保税区", "complete", "封关运行", None)]),
    # kinds named bare, a new round of a programme, joining a strategy: no builds
    ("特色小镇和美丽乡村建设有序推进。实施新一轮技术改造升级工程。加快甲国际陆港建设，积极融入“一带一路”建设。"
     "加快城市地下综合管廊和海绵城市建设。", PLAN, [("甲国际陆港", "ongoing", "加快", None)]),
    # 启用 and 前期工作取得阶段性进展 are stages; 扩能改造 is works on a facility; 治堵工程 is a programme;
    # 己 (an OCR slip of 已) stands between a project and its verb
    ("甲北站综合交通枢纽启用，新机场前期工作取得阶段性进展，县民族中学新校区己建成投用。", REVIEW,
     [("甲北站综合交通枢纽", "complete", "启用", None), ("新机场", "planning", "前期工作取得阶段性进展", None),
      ("县民族中学新校区", "complete", "建成投用", None)]),
    ("推进乙疏港铁路扩能改造。实施城市治堵工程。", PLAN, [("乙疏港铁路扩能改造", "ongoing", "推进", None)]),
    # a phase of the project named before is no project of its own
    ("在丙半导体封装测试基地项目现场，一期两栋主厂房己完成主体结构封顶。", REVIEW, []),
    # a list under a label saying its items are projects (工业项目：) counts names with no facility word
    ("按领域分：工业项目：开工建设甲铝精深加工、乙制药搬迁改造，加快推进丙钢150万吨精品钢技改；交通项目：开工建设丁至戊高速公路。", PLAN,
     [("甲铝精深加工", "start", "开工建设", "工业"), ("乙制药搬迁改造", "start", "开工建设", "工业"),
      ("丙钢150万吨精品钢技改", "ongoing", "加快推进", "工业"), ("丁至戊高速公路", "start", "开工建设", "交通")]),
    # a programme of school safety and what builds will form are no projects
    ("实施中小学校舍安全工程，建成甲至乙城际铁路，基本形成“一环六射”高速公路网。", PLAN,
     [("甲至乙城际铁路", "complete", "建成", None)]),
    # a numbered key project with its stage in brackets; the rest of its line names no other project
    ("4．甲港铜鼓作业区二期工程（续建）：总投资21.4亿元，2021年计划投资5.2亿元，年内完成水工主体工程。\n"
     "6．市第二水厂及配套管网工程（新开工）：总投资9.3亿元，设计日供水能力20万吨。\n7．乙水库扩容工程（前期）：总投资约12亿元。\n", PLAN,
     [("甲港铜鼓作业区二期工程", "ongoing", "续建", None), ("市第二水厂及配套管网工程", "start", "新开工", None),
      ("乙水库扩容工程", "planning", "前期", None)]),
    # works upgrading a market are a build; 开诊运行 opens a hospital
    ("加快甲商业综合体、县城农产品批发市场提质改造建设，确保县人民医院新院区开诊运行。", PLAN,
     [("甲商业综合体", "ongoing", "加快", None), ("县城农产品批发市场提质改造", "ongoing", "加快", None),
      ("县人民医院新院区", "complete", "开诊运行", None)]),
    # 建成X并投入运行: X, between its verbs
    ("建成甲污水处理厂并投入运行，城区污水处理率达到70%。", REVIEW, [("甲污水处理厂", "complete", "投入运行", None)]),
    # a ward block is a build; 完成工程可行性研究 plans one; how many there are (已有37个) and a shelterbelt
    # programme are none
    ("市人民医院住院部投入使用，甲一级公路乙段完成工程可行性研究和初步设计。目前，己有37个新增中央投资项目开工。"
     "实施退耕还林、三北防护林等生态工程。", REVIEW,
     [("市人民医院住院部", "complete", "投入使用", None), ("甲一级公路乙段", "planning", "完成工程可行性研究和初步设计", None)]),
    # programmes of safety, fitness and a slogan in ASCII quotes are no builds
    ("实施城市生命线安全工程，推进全民健身工程，实施\"百村示范\"工程。", PLAN, []),
    # --- a ceremony: started the same day (当天同步开工), sectors led by …项目中，, who announces it is no project
    ("县委主要负责同志宣布项目开工。基础设施项目中，甲至乙一级公路改建工程当天同步开工。社会民生项目中，县人民医院医技综合楼、"
     "丙县第三中学等3个项目同步开工。", REVIEW,
     [("甲至乙一级公路改建工程", "start", "同步开工", "基础设施"), ("县人民医院医技综合楼", "start", "同步开工", "社会民生"),
      ("丙县第三中学", "start", "同步开工", "社会民生")]),
    # --- a paragraph led by its sector (产业项目方面，…。) is the sector's past its first sentence
    ("产业项目方面，全市新签约亿元以上产业项目86个。甲电池隔膜一期项目建成投产，乙数字产业园开工建设。", REVIEW,
     [("甲电池隔膜一期", "complete", "建成投产", "产业"), ("乙数字产业园", "start", "开工建设", "产业")]),
    # --- a project at 完成主体封顶 is under way; projects named by their stage (新建项目) are no project
    ("市第二高级中学迁建工程完成主体封顶，未开工的新建项目11月底前全部开工。", REVIEW,
     [("市第二高级中学迁建工程", "ongoing", "完成主体封顶", None)]),
    # --- approvals and signings are planning; a school taking pupils, a plant's trial runs are complete
    ("城东大道快速化改造工程完成可研批复，区第二实验小学建成招生。", REVIEW,
     [("城东大道快速化改造工程", "planning", "完成可研批复", None), ("区第二实验小学", "complete", "建成招生", None)]),
    ("南港石化炼化一体化项目进入试生产，城市轨道交通1号线PPP项目签约落地。", REVIEW,
     [("南港石化炼化一体化", "complete", "进入试生产", None), ("城市轨道交通1号线PPP", "planning", "签约落地", None)]),
    ("新建改扩建中小学8所，其中河北实验学校、城西第六幼儿园秋季开学。", PLAN,
     [("河北实验学校", "complete", "开学", None), ("城西第六幼儿园", "complete", "开学", None)]),
    # --- signing and approval are planning; running at capacity and generating are complete
    ("甲新能源储能电池项目、乙半导体封装测试基地等一批重大项目成功签约，丙抽水蓄能电站完成项目核准。", REVIEW,
     [("甲新能源储能电池", "planning", "成功签约", None), ("乙半导体封装测试基地", "planning", "成功签约", None),
      ("丙抽水蓄能电站", "planning", "完成项目核准", None)]),
    ("丁精密轴承项目实现达产，城东大道快速化改造工程主线贯通，县政务服务中心新大厅投入使用，云雾山滑翔伞营地建成投用。", REVIEW,
     [("丁精密轴承", "complete", "实现达产", None), ("城东大道快速化改造工程", "ongoing", "主线贯通", None),
      ("县政务服务中心新大厅", "complete", "投入使用", None), ("云雾山滑翔伞营地", "complete", "建成投用", None)]),
    # --- a design or a site and feasibility study approved is planning; a railway siding (铁路专用线) is a build
    ("甲火车站综合交通枢纽加快建设，乙水库完成初步设计批复，县人民医院东区分院完成选址和可研批复。", REVIEW,
     [("甲火车站综合交通枢纽", "ongoing", "加快建设", None), ("乙水库", "planning", "完成初步设计批复", None),
      ("县人民医院东区分院", "planning", "完成选址和可研批复", None)]),
    ("丙货运物流园铁路专用线建成通车，开工建设丁国际陆港二期铁路专用线。", REVIEW,
     [("丙货运物流园铁路专用线", "complete", "建成通车", None), ("丁国际陆港二期铁路专用线", "start", "开工建设", None)]),
    # --- numbered parts of one build joined by 、 (4号、5号集装箱泊位) are one project
    ("甲港区4号、5号集装箱泊位建成投用。", REVIEW, [("甲港区4号、5号集装箱泊位", "complete", "建成投用", None)]),
    # --- a numbered transit line is a build; 建设进度 closes a list as 建设 does
    ("加快推进甲东站综合交通枢纽、乙水库、甲城市轨道交通T1线建设。", PLAN,
     [("甲东站综合交通枢纽", "ongoing", "加快推进", None), ("乙水库", "ongoing", "加快推进", None),
      ("甲城市轨道交通T1线", "ongoing", "加快推进", None)]),
    ("加快推进丙河综合治理工程、丁至戊快速通道等续建项目建设进度。", PLAN,
     [("丙河综合治理工程", "ongoing", "加快推进", None), ("丁至戊快速通道", "ongoing", "加快推进", None)]),
    # --- a bridge's spans joined is under way; a theatre, a trade city are builds
    ("东屿大桥主桥合龙，甲大剧院主体结构封顶，乙国际商贸城开业运营。", REVIEW,
     [("东屿大桥", "ongoing", "主桥合龙", None), ("甲大剧院", "ongoing", "主体结构封顶", None),
      ("乙国际商贸城", "complete", "开业运营", None)]),
    # --- a class after 等 described with its own 、 (等一批打基础、利长远的重大工程)
    ("甲港综合码头一期、城市生活垃圾焚烧发电厂等一批打基础、利长远的重大工程建成投用。", REVIEW,
     [("甲港综合码头一期", "complete", "建成投用", None), ("城市生活垃圾焚烧发电厂", "complete", "建成投用", None)]),
    # --- generating when built, a street or a hospital opened, a line in trial service, a road refitted, to start soon
    ("甲水电站建成发电，乙古城文旅街区开街运营，区妇幼保健院新院开诊，丙地铁2号线一期建成试运营，丁大道完成提升改造。", REVIEW,
     [("甲水电站", "complete", "建成发电", None), ("乙古城文旅街区", "complete", "开街运营", None),
      ("区妇幼保健院新院", "complete", "开诊", None), ("丙地铁2号线一期", "complete", "建成试运营", None),
      ("丁大道", "complete", "完成提升改造", None)]),
    ("推动戊智能制造产业园(二期)尽快开工。", PLAN, [("戊智能制造产业园(二期)", "start", "尽快开工", None)]),
    # --- 等项目前期工作取得重要进展: planning, the stage as written
    ("甲至乙高速公路、丙抽水蓄能电站等项目前期工作取得重要进展。", REVIEW,
     [("甲至乙高速公路", "planning", "前期工作取得重要进展", None), ("丙抽水蓄能电站", "planning", "前期工作取得重要进展", None)]),
    # --- a combined heat and power plant is a build
    ("甲区热电联产、城北污水处理厂二期建成投运。", REVIEW,
     [("甲区热电联产", "complete", "建成投运", None), ("城北污水处理厂二期", "complete", "建成投运", None)]),
    # --- counted sector titles inside a paragraph (…。一是交通项目。开工A；…。二是工业项目。…) hold to the next title
    ("全年计划实施重点项目105个。一是交通项目。开工建设甲至乙二级公路；加快推进丙港二期码头建设。二是工业项目。力争丁新材料二期开工建设。", PLAN,
     [("甲至乙二级公路", "start", "开工建设", "交通"), ("丙港二期码头", "ongoing", "加快推进", "交通"),
      ("丁新材料二期", "start", "开工建设", "工业")]),
    # --- a phase after 项目 is the phase of that project, not a name of its own
    ("推动华拓新能源电池项目一期建成投产。", PLAN, [("华拓新能源电池项目一期", "complete", "建成投产", None)]),
    # --- a short sector title opening an outline paragraph is its category; a task title is none
    ("（一）综合交通。甲至乙高速铁路加快建设，丙西站综合交通枢纽建成投用。", REVIEW,
     [("甲至乙高速铁路", "ongoing", "加快建设", "综合交通"), ("丙西站综合交通枢纽", "complete", "建成投用", "综合交通")]),
    ("（二）壮大新兴产业。甲经济开发区标准化厂房二期建成投用。", REVIEW,
     [("甲经济开发区标准化厂房二期", "complete", "建成投用", None)]),
    # --- sector headings written 交通方面，…；水利方面，…; resettlement housing; a zone opened to trade
    ("交通方面，甲至乙高速公路加快建设；水利方面，丙水库除险加固工程完工，丁安置房（三期）加快推进。", REVIEW,
     [("甲至乙高速公路", "ongoing", "加快建设", "交通"), ("丙水库除险加固工程", "complete", "完工", "水利"),
      ("丁安置房（三期）", "ongoing", "加快推进", "水利")]),
    ("滨海新城核心区路网基本建成，金沙河湿地公园完成初步设计。", REVIEW,
     [("滨海新城核心区路网", "complete", "建成", None), ("金沙河湿地公园", "planning", "完成初步设计", None)]),
    # --- programmes of poverty relief and ecology are no projects, even with 等…工程/项目
    ("实施天然林保护、退耕还林等重点生态工程，实施产业扶贫、易地扶贫搬迁和基础设施扶贫项目。", PLAN, []),
    # --- a bracketed phase names a build by stages, whatever its last word
    ("推动华拓新能源储能电池（一期）投产，恒川精密轴承三期开工建设。", PLAN,
     [("华拓新能源储能电池（一期）", "complete", "投产", None), ("恒川精密轴承三期", "start", "开工建设", None)]),
    # --- a count of a sector's projects opens its part ('其中：产业项目68个，…；基础设施项目42个，…')
    ("其中：产业项目68个，重点推进甲半导体封测基地、乙生物医药加速器建设；基础设施项目42个，重点开工建设丙大道东延段。", PLAN,
     [("甲半导体封测基地", "ongoing", "重点推进", "产业"), ("乙生物医药加速器", "ongoing", "重点推进", "产业"),
      ("丙大道东延段", "start", "开工建设", "基础设施")]),
    # --- opened to the public, opened to traffic; an interchange is a facility
    ("市图书馆新馆、市文化艺术中心落成开放，城东互通立交建成通车，滨河大道快速化改造一期完工通车。", REVIEW,
     [("市图书馆新馆", "complete", "落成开放", None), ("市文化艺术中心", "complete", "落成开放", None),
      ("城东互通立交", "complete", "建成通车", None), ("滨河大道快速化改造一期", "complete", "完工通车", None)]),
    # --- a laboratory is a facility
    ("新建区疾控中心检测实验室，全区核酸检测能力提升至每日3万份。", REVIEW,
     [("区疾控中心检测实验室", "complete", "新建", None)]),
    # --- port areas, berths, resorts and business districts are facilities
    ("东港区榄根作业区开工建设，滨海国际旅游度假区加快推进，滨湖金融商务区加快建设。", PLAN,
     [("东港区榄根作业区", "start", "开工建设", None), ("滨海国际旅游度假区", "ongoing", "加快推进", None),
      ("滨湖金融商务区", "ongoing", "加快建设", None)]),
    # --- 重点推进/全面推进 open a list like 加快推进
    ("重点推进东湖港主通道、城南新区至西枢纽铁路联络线等交通项目。", PLAN,
     [("东湖港主通道", "ongoing", "重点推进", None), ("城南新区至西枢纽铁路联络线", "ongoing", "重点推进", None)]),
    # --- post-verb lists (review part)
    ("娃哈哈饮品等104个项目开工建设，昊格新能源等60个项目竣工投产，国家高新区累计入驻企业750家。", REVIEW,
     [("娃哈哈饮品", "start", "开工建设", None), ("昊格新能源", "complete", "竣工投产", None)]),
    ("区妇幼保健院综合楼、黄金坡新区初高中等项目建成投用。", REVIEW,
     [("区妇幼保健院综合楼", "complete", "建成投用", None), ("黄金坡新区初高中", "complete", "建成投用", None)]),
    ("投融资模式实现新突破，环线高速公路、城市管理职业学院荣昌分院等PPP项目有序推进。", REVIEW,
     [("环线高速公路", "ongoing", "有序推进", None), ("城市管理职业学院荣昌分院", "ongoing", "有序推进", None)]),
    ("桂花园小学新校区完工，拓新玉屏小学（二校区）等项目有序推进。", REVIEW,
     [("桂花园小学新校区", "complete", "完工", None), ("拓新玉屏小学（二校区）", "ongoing", "有序推进", None)]),
    ("城区海棠园、棠悦园、香国园3所新建幼儿园正式投入使用，新增学位990个。", REVIEW,
     [("海棠园", "complete", "投入使用", None), ("棠悦园", "complete", "投入使用", None),
      ("香国园", "complete", "投入使用", None)]),
    ("g350城区连接线建成通车,新区骨架路网开工6条,龙湾湿地公园有序推进。", REVIEW,
     [("g350城区连接线", "complete", "建成通车", None), ("龙湾湿地公园", "ongoing", "有序推进", None)]),
    ("安置房项目宏图家园主体建成,前丰家园、南滨佳苑加快推进;猫儿嘴污水处理厂配套管网开工建设,新(改)建城区公厕7座。",
     REVIEW,
     [("宏图家园", "ongoing", "主体建成", None), ("前丰家园", "ongoing", "加快推进", None),
      ("南滨佳苑", "ongoing", "加快推进", None), ("猫儿嘴污水处理厂配套管网", "start", "开工建设", None)]),
    # variant: other place, other verbs
    ("东湖大道北延段、城北污水处理厂二期等12个项目建成投用，滨江体育馆主体完工。", REVIEW,
     [("东湖大道北延段", "complete", "建成投用", None), ("城北污水处理厂二期", "complete", "建成投用", None),
      ("滨江体育馆", "ongoing", "主体完工", None)]),
    # --- pre-verb lists
    ("双昌园区建成千亩稻渔综合种养示范基地，科技文化馆落成开馆，开工建设标准化智慧养猪场；", REVIEW,
     [("千亩稻渔综合种养示范基地", "complete", "建成", None), ("科技文化馆", "complete", "落成开馆", None),
      ("标准化智慧养猪场", "start", "开工建设", None)]),
    ("建成香国大道西延段等9条市政道路。建成微型公园、游园8个，提质改建海棠公园、儿童公园共50万平方米。", REVIEW,
     [("香国大道西延段", "complete", "建成", None), ("海棠公园", "complete", "提质改建", None),
      ("儿童公园", "complete", "提质改建", None)]),
    ("新建双河农村水厂，扩建盘龙农村水厂，保障3.19万人农村饮水安全。", REVIEW,
     [("双河农村水厂", "complete", "新建", None), ("盘龙农村水厂", "complete", "扩建", None)]),
    ("推进黄金坡城市休闲公园、东湖公园、中央公园等项目建设，改造老旧公园。", PLAN,
     [("黄金坡城市休闲公园", "ongoing", "推进", None), ("东湖公园", "ongoing", "推进", None),
      ("中央公园", "ongoing", "推进", None)]),
    ("加快推进老桥水库扩建、安荣合高速公路（荣昌城区至合江段）等重大项目前期工作。", PLAN,
     [("老桥水库扩建", "planning", "前期工作", None),
      ("安荣合高速公路（荣昌城区至合江段）", "planning", "前期工作", None)]),
    ("加快推进中乔体育用品等项目开工建设、荣岳玻璃等项目尽早投产，力争工业固投新入库项目100个以上。", PLAN,
     [("中乔体育用品", "start", "开工建设", None), ("荣岳玻璃", "complete", "投产", None)]),
    ("力争区疾病预防控制中心、白虎岩水库扩建项目建成投用，科迪自动化设备等项目建成投产；电子电路产业园等在建项目加快推进；",
     PLAN,
     [("区疾病预防控制中心", "complete", "建成投用", None), ("白虎岩水库扩建", "complete", "建成投用", None),
      ("科迪自动化设备", "complete", "建成投产", None), ("电子电路产业园", "ongoing", "加快推进", None)]),
    ("加速实施荣昌猪产业集群项目、琪金等生猪养殖重点项目建设。", PLAN,
     [("荣昌猪产业集群", "ongoing", "加速实施", None), ("琪金", "ongoing", "加速实施", None)]),
    ("启动全民健身中心（二期）工程建设。建成投用大气网格化综合智能监管平台。", PLAN,
     [("全民健身中心（二期）", "start", "启动", None), ("大气网格化综合智能监管平台", "complete", "建成投用", None)]),
    ("建成省地质博物馆并免费向公众开放;实施城镇老旧小区改造16.8万户。", PLAN,
     [("省地质博物馆", "complete", "建成", None)]),
    # variant: county plan sentence
    ("开工建设城东客运枢纽站、县第二人民医院，加快建设滨河路改造工程，力争青龙水库建成蓄水。", PLAN,
     [("城东客运枢纽站", "start", "开工建设", None), ("县第二人民医院", "start", "开工建设", None),
      ("滨河路改造工程", "ongoing", "加快建设", None)]),
    # --- progress of one facility
    ("重庆电子电路产业园建成标准厂房92万平方米；双昌产业大道广顺至安富段完成路基工程80%。", REVIEW,
     [("重庆电子电路产业园", "ongoing", "建成标准厂房", None), ("双昌产业大道广顺至安富段", "ongoing", "完成路基工程80%", None)]),
    # --- box lists
    ("\t专栏1：2023年重大基础设施和生态环保项目\n\n"
     "1．交通：开工荣昌区环线高速公路、S303城区至双河一期等项目；加快建设G348南迁广顺至安富等项目；完工“四好农村公路”等项目。\n"
     "3．能源：新开工许溪220千伏输变电工程，加快推进页岩气勘探开发等项目，完工广富园综合能源站等项目。\n\n"
     "5．城市开发项目：推进昕晖中航·璟熙、嵘盛里等房地产项目建设。\n", PLAN,
     [("荣昌区环线高速公路", "start", "开工", "交通"), ("S303城区至双河一期", "start", "开工", "交通"),
      ("G348南迁广顺至安富", "ongoing", "加快建设", "交通"), ("“四好农村公路”", "complete", "完工", "交通"),
      ("许溪220千伏输变电工程", "start", "新开工", "能源"), ("页岩气勘探开发", "ongoing", "加快推进", "能源"),
      ("广富园综合能源站", "complete", "完工", "能源"), ("昕晖中航·璟熙", "ongoing", "推进", "城市开发项目"),
      ("嵘盛里", "ongoing", "推进", "城市开发项目")]),
    ("专栏3：2023年重大产业投资项目\n"
     "1．工业重大投资项目：开工兰溪金工钢结构工程、昊格艾能光伏电池片（二期）等项目；加快推进重庆荣昌传化“公路港”物流项目、"
     "重庆星晶晶建筑消防玻璃等项目；完工娃哈哈（一期）等项目。\n"
     "2．服务业重大投资项目：开工区人民医院整体迁建、荣昌龙湖天街建设项目等项目；建成区中医院迁建等项目。\n", PLAN,
     [("兰溪金工钢结构工程", "start", "开工", "工业"), ("昊格艾能光伏电池片（二期）", "start", "开工", "工业"),
      ("重庆荣昌传化“公路港”物流", "ongoing", "加快推进", "工业"), ("重庆星晶晶建筑消防玻璃", "ongoing", "加快推进", "工业"),
      ("娃哈哈（一期）", "complete", "完工", "工业"), ("区人民医院整体迁建", "start", "开工", "服务业"),
      ("荣昌龙湖天街", "start", "开工", "服务业"), ("区中医院迁建", "complete", "建成", "服务业")]),
    ("专栏2：2023年重大前期项目\n"
     "1．交通：加快推进S209吴家至观胜、仁义至盘龙公路等项目前期工作。\n"
     "3．城市基础设施：推进瓷窑里宋窑遗址公园等项目前期工作。\n\n加快释放消费潜力。推进A等项目建设。\n", PLAN,
     [("S209吴家至观胜", "planning", "前期工作", "交通"), ("仁义至盘龙公路", "planning", "前期工作", "交通"),
      ("瓷窑里宋窑遗址公园", "planning", "前期工作", "城市基础设施")]),
    # variant: box with （一） headings and a different province's sectors
    ("专栏5 2024年重点建设项目\n（一）水利：新开工红石岩水库、城区防洪堤三期等项目；续建沙河灌区等项目。\n"
     "（二）社会事业：建成县人民医院新院区等项目。\n", PLAN,
     [("红石岩水库", "start", "新开工", "水利"), ("城区防洪堤三期", "start", "新开工", "水利"),
      ("沙河灌区", "ongoing", "续建", "水利"), ("县人民医院新院区", "complete", "建成", "社会事业")]),
    # --- status breakdown (progress news)
    ("其中续建项目79个，总投资4910亿元，力争兰州水源地建设工程、兰渝铁路等32个项目竣工投产;计划新开工项目41个,"
     "总投资2006亿元,主要包括引洮供水二期城乡供水配套、中卫至兰州客运专线等19个重大基础设施项目,"
     "兰州航天高新产业基地真空装备产业园等13个重大产业园项目。", PLAN,
     [("兰州水源地建设工程", "complete", "竣工投产", None), ("兰渝铁路", "complete", "竣工投产", None),
      ("引洮供水二期城乡供水配套", "start", "新开工", "重大基础设施"),
      ("中卫至兰州客运专线", "start", "新开工", "重大基础设施"),
      ("兰州航天高新产业基地真空装备产业园", "start", "新开工", "重大产业园")]),
    # --- titled livelihood item
    ("4﹒黄金坡城市休闲公园（一期）：目前已签订施工合同，已办理施工许可证并进场施工，完成清表和土石方施工80%。", REVIEW,
     [("黄金坡城市休闲公园（一期）", "ongoing", "进场施工", None)]),
    # --- name endings beyond the corpus: 高铁, unbracketed phases, 车间, 联络线, 管廊, 新城, 核心区, 西区, 新院区
    ("梅汕高铁建成通车，全市高铁运营里程达到320公里。", REVIEW, [("梅汕高铁", "complete", "建成通车", None)]),
    ("建成投用赣韶高铁、衢九高铁江西段、西江大藤峡航运枢纽。", PLAN,
     [("赣韶高铁", "complete", "建成投用", None), ("衢九高铁江西段", "complete", "建成投用", None),
      ("西江大藤峡航运枢纽", "complete", "建成投用", None)]),
    ("甬台温高速三期、诸永高速建成通车，城西污水处理厂二期开工建设。", REVIEW,
     [("甬台温高速三期", "complete", "建成通车", None), ("诸永高速", "complete", "建成通车", None),
      ("城西污水处理厂二期", "start", "开工建设", None)]),
    ("光电产业园一期、药业集团中药提取车间建成投产。", REVIEW,
     [("光电产业园一期", "complete", "建成投产", None), ("药业集团中药提取车间", "complete", "建成投产", None)]),
    ("襄荆高铁襄阳段、襄阳至武汉高铁联络线开工建设，滨江新区综合管廊加快推进。", REVIEW,
     [("襄荆高铁襄阳段", "start", "开工建设", None), ("襄阳至武汉高铁联络线", "start", "开工建设", None),
      ("滨江新区综合管廊", "ongoing", "加快推进", None)]),
    ("加快推进临空经济区通用机场、湘江生态新城、炎帝城西区建设，开工建设县中医院新院区。", PLAN,
     [("临空经济区通用机场", "ongoing", "加快推进", None), ("湘江生态新城", "ongoing", "加快推进", None),
      ("炎帝城西区", "ongoing", "加快推进", None), ("县中医院新院区", "start", "开工建设", None)]),
    ("南湖旅游度假区核心区开工建设，智谷科技园B区二期建成投用，茶香大道延伸段竣工通车。", REVIEW,
     [("南湖旅游度假区核心区", "start", "开工建设", None), ("智谷科技园B区二期", "complete", "建成投用", None),
      ("茶香大道延伸段", "complete", "竣工通车", None)]),
    # works on a named facility or place; a numbered route; planning work under way
    ("沪杭高速西延、320国道城关段改建工程建成通车。", REVIEW,
     [("沪杭高速西延", "complete", "建成通车", None), ("320国道城关段改建工程", "complete", "建成通车", None)]),
    ("加快推进城南新港二期、205国道北段改建、沙河灌区续建配套与现代化改造。", PLAN,
     [("城南新港二期", "ongoing", "加快推进", None), ("205国道北段改建", "ongoing", "加快推进", None),
      ("沙河灌区续建配套与现代化改造", "ongoing", "加快推进", None)]),
    ("老城片区综合开发、红旗老工业区搬迁改造有序推进，完成县人民医院门诊楼改造。", REVIEW,
     [("老城片区综合开发", "ongoing", "有序推进", None), ("红旗老工业区搬迁改造", "ongoing", "有序推进", None),
      ("县人民医院门诊楼改造", "complete", "完成", None)]),
    ("加快推进枝江市沮漳河综合治理，开工建设清溪河整治工程。", PLAN,
     [("枝江市沮漳河综合治理", "ongoing", "加快推进", None), ("清溪河整治工程", "start", "开工建设", None)]),
    ("城东热电厂三期前期工作有序推进。", REVIEW, [("城东热电厂三期", "planning", "前期工作", None)]),
    # --- sector headings inside a paragraph: the category holds to the next heading or the sentence end
    ("全年安排重点项目120个。交通项目：开工建设德上高速城关段、城际铁路东延线，加快推进北港二期；"
     "水利项目：加快建设青山水库扩容工程；产业项目：力争光伏产业园建成投产。推进滨江公园建设。", PLAN,
     [("德上高速城关段", "start", "开工建设", "交通"), ("城际铁路东延线", "start", "开工建设", "交通"),
      ("北港二期", "ongoing", "加快推进", "交通"), ("青山水库扩容工程", "ongoing", "加快建设", "水利"),
      ("光伏产业园", "complete", "建成投产", "产业"), ("滨江公园", "ongoing", "推进", None)]),
    ("重点抓好以下项目：\n交通：开工建设荆宜高速、沿江高铁荆州段；\n水利：加快推进松滋河综合治理；\n"
     "产业：推动锂电循环产业园建成投产，新开工10亿元以上产业项目30个。\n", PLAN,
     [("荆宜高速", "start", "开工建设", "交通"), ("沿江高铁荆州段", "start", "开工建设", "交通"),
      ("松滋河综合治理", "ongoing", "加快推进", "水利"), ("锂电循环产业园", "complete", "建成投产", "产业")]),
    ("主要任务：开工建设城北客运站。", PLAN, [("城北客运站", "start", "开工建设", None)]),
    # --- hard-wrapped lines (PDF text): a clause goes on across the line end
    ("产业转型步伐加快。全年新增规模工业企业108家。城际动车组生产基地、北\n"
     "汽长沙基地二期建成投产，航空动力产业园加快建设。\n", REVIEW,
     [("城际动车组生产基地", "complete", "建成投产", None), ("北汽长沙基地二期", "complete", "建成投产", None),
      ("航空动力产业园", "ongoing", "加快建设", None)]),
    ("全年安排市重点项目280个，完成投资900亿元以上。加快推进临空经济区通用机场、生态新城建设，建成投用市\n"
     "中心医院新院、工业大学科技园。\n", PLAN,
     [("临空经济区通用机场", "ongoing", "加快推进", None), ("生态新城", "ongoing", "加快推进", None),
      ("市中心医院新院", "complete", "建成投用", None), ("工业大学科技园", "complete", "建成投用", None)]),
    # a short unterminated line is a heading, not a wrapped one
    ("（一）扎实推进项目建设\n城东大桥、滨江公园等项目开工建设。\n", PLAN,
     [("城东大桥", "start", "开工建设", None), ("滨江公园", "start", "开工建设", None)]),
    # --- time phrases between a list and its closing verb
    ("城北快速路、滨湖会展中心将于年内开工建设，南环高铁东段加快建设，青石大桥、城西客运站力争年底前建成。", PLAN,
     [("城北快速路", "start", "开工建设", None), ("滨湖会展中心", "start", "开工建设", None),
      ("南环高铁东段", "ongoing", "加快建设", None), ("青石大桥", "complete", "建成", None),
      ("城西客运站", "complete", "建成", None)]),
    ("东港物流园上半年开工建设，城南污水处理厂二期确保年底前建成投用。", PLAN,
     [("东港物流园", "start", "开工建设", None), ("城南污水处理厂二期", "complete", "建成投用", None)]),
    # --- more closing stage phrases; a numbered metro line; a 工程 after a facility stays in the name
    ("青石江水利枢纽、白沙口水利枢纽工程竣工验收，东坪地铁2号线加快建设。", REVIEW,
     [("青石江水利枢纽", "complete", "竣工验收", None), ("白沙口水利枢纽工程", "complete", "竣工验收", None),
      ("东坪地铁2号线", "ongoing", "加快建设", None)]),
    ("东河镇光伏扶贫电站并网发电，青山通用机场正式通航，城西湿地公园二期建成开放。", REVIEW,
     [("东河镇光伏扶贫电站", "complete", "并网发电", None), ("青山通用机场", "complete", "通航", None),
      ("城西湿地公园二期", "complete", "建成开放", None)]),
    ("宏达化工年产10万吨乙二醇项目完成主体工程，绿源科技产业园项目完成前期工作，县体育馆主体建成。", REVIEW,
     [("宏达化工年产10万吨乙二醇", "ongoing", "完成主体工程", None),
      ("绿源科技产业园", "planning", "完成前期工作", None), ("县体育馆", "ongoing", "主体建成", None)]),
    # --- two facilities joined by 和; a part of the facilities before it is no second project
    ("续建城关水厂，建成城关第一中学教学楼和县医院门诊综合楼。", PLAN,
     [("城关水厂", "ongoing", "续建", None), ("城关第一中学教学楼", "complete", "建成", None),
      ("县医院门诊综合楼", "complete", "建成", None)]),
    ("建成城北水厂和配套管网，开工建设城东大桥与城西大桥连接线。", PLAN,
     [("城北水厂和配套管网", "complete", "建成", None), ("城东大桥与城西大桥连接线", "start", "开工建设", None)]),
    # --- a heading's qualifier or number left by the marker is no name
    ("重大项目加快推进。全年实施市、县重点项目142个，完成投资186.5亿元。", REVIEW, []),
    ("（二）重点项目扎实推进。全年实施区级重点项目一百二十个。", REVIEW, []),
    ("二、重点产业项目有序推进\n", REVIEW, []),
    # --- a list after 开工建设/续建…: a product line or company build counts beside a facility
    ("产业项目：开工建设华锐新能源动力电池、恒远锂业年产3万吨碳酸锂二期，续建城东物流园、星辰智能装备。", PLAN,
     [("华锐新能源动力电池", "start", "开工建设", "产业"), ("恒远锂业年产3万吨碳酸锂二期", "start", "开工建设", "产业"),
      ("城东物流园", "ongoing", "续建", "产业"), ("星辰智能装备", "ongoing", "续建", "产业")]),
    # ... but not with no facility at all, not works, programmes or verbs, not after a weaker verb
    ("开工建设华锐新能源动力电池、星辰智能装备。", PLAN, []),
    ("开工建设城东大桥、老旧小区改造，续建城西水厂、乡村振兴行动。", PLAN, []),
    ("开工建设城东大桥、海绵城市。", PLAN, []),
    ("推进城东大桥、智慧交通。", PLAN, []),
    # --- a box's unnumbered sector line: its sector holds past a 。 to the line end
    ("专栏1  2025年重点建设项目\n交通：续建城南高速公路等项目；建成青石二级公路。推进北站综合交通枢纽前期工作。\n"
     "水利：开工白石水库等项目。\n", PLAN,
     [("城南高速公路", "ongoing", "续建", "交通"), ("青石二级公路", "complete", "建成", "交通"),
      ("北站综合交通枢纽", "planning", "前期工作", "交通"), ("白石水库", "start", "开工", "水利")]),
    # --- progress with an adverb before its verb
    ("城际铁路东段累计完成投资超过60%，城北二级公路建成通车。", REVIEW,
     [("城际铁路东段", "ongoing", "累计完成投资超过60%", None), ("城北二级公路", "complete", "建成通车", None)]),
    # ... a share done is in stage_text, an amount spent or built is not
    ("城南物流园已完成投资3.2亿元，西江大桥已累计完成桩基工程45 %。", REVIEW,
     [("城南物流园", "ongoing", "完成投资", None), ("西江大桥", "ongoing", "累计完成桩基工程45%", None)]),
    # --- works with no facility or place, programmes, kinds: not projects
    ("实施老旧小区改造、农村危房改造，推进河湖综合治理。", PLAN, []),
    ("一是实施就业创业扶持工程，新增城镇就业5万人；二是实施城乡供水一体化工程，惠及人口20万人。", PLAN, []),
    ("６．实施农村供水保障工程，提升３．６万人饮水条件；", PLAN, []),
    ("实施省市县长项目工程，全年完成重大项目投资1302亿元。加快集成电路、生物医药两大产业平台建设。", REVIEW, []),
    ("建成3所学校、5个公园，新建城市道路12公里。", REVIEW, []),
    ("1．教育优质均衡工程：新建改扩建中小学幼儿园30所。\n2．健康城市工程：建成市第二人民医院新院区，新增床位800张。", PLAN,
     [("市第二人民医院新院区", "complete", "建成", None)]),
    ("3．城东污水处理厂扩建工程：目前已进场施工。", REVIEW,
     [("城东污水处理厂扩建工程", "ongoing", "进场施工", None)]),
    # --- an ASCII full stop after a word ends a sentence (older web copies); one in a number does not
    ("争取投资项目67个,到位资金2.36亿元.S208线城关至河口段改造工程建成通车,城西水厂开工建设.", REVIEW,
     [("S208线城关至河口段改造工程", "complete", "建成通车", None), ("城西水厂", "start", "开工建设", None)]),
    ("    水利:开工建设石门水库除险加固工程、县城防洪堤工程.\n    工业:开工建设城北工业园二期标准化厂房.\n", PLAN,
     [("石门水库除险加固工程", "start", "开工建设", "水利"), ("县城防洪堤工程", "start", "开工建设", "水利"),
      ("城北工业园二期标准化厂房", "start", "开工建设", "工业")]),
    ("专栏1 2024年重点项目\n１.文化旅游:建成城南博物馆等项目.\n", PLAN, [("城南博物馆", "complete", "建成", "文化旅游")]),
    # --- in service, open for business: more closing verbs
    ("县中医院住院大楼、城南中学新校区竣工投用，城北污水处理厂二期竣工投运，滨湖商业广场东城店开业运营。", REVIEW,
     [("县中医院住院大楼", "complete", "竣工投用", None), ("城南中学新校区", "complete", "竣工投用", None),
      ("城北污水处理厂二期", "complete", "竣工投运", None), ("滨湖商业广场东城店", "complete", "开业运营", None)]),
    ("确保城西污水处理厂年内建成运行，积极谋划青峰抽水蓄能电站、东河煤制烯烃深加工等项目。", PLAN,
     [("城西污水处理厂", "complete", "建成运行", None), ("青峰抽水蓄能电站", "planning", "积极谋划", None),
      ("东河煤制烯烃深加工", "planning", "积极谋划", None)]),
    # --- facility endings: units, production lines, campuses, corridors, depots, first zones
    ("东山电厂二期2×66万千瓦机组建成投产，江北水泥日产5000吨熟料生产线开工建设。", REVIEW,
     [("东山电厂二期2×66万千瓦机组", "complete", "建成投产", None),
      ("江北水泥日产5000吨熟料生产线", "start", "开工建设", None)]),
    ("沿江快速通道、北港三期码头加快建设，市中心医院南院区开工建设，续建县粮食储备库。", REVIEW,
     [("沿江快速通道", "ongoing", "加快建设", None), ("北港三期码头", "ongoing", "加快建设", None),
      ("市中心医院南院区", "start", "开工建设", None), ("县粮食储备库", "ongoing", "续建", None)]),
    ("推动东湖数字产业园二期、滨江科创走廊首开区开工建设，续建 G318 城关绕城线。", PLAN,
     [("东湖数字产业园二期", "start", "开工建设", None), ("滨江科创走廊首开区", "start", "开工建设", None),
      ("G318城关绕城线", "ongoing", "续建", None)]),
    # works on a named road or district
    ("南湖片区城市更新有序推进，开工建设东环大道快速化改造。", PLAN,
     [("南湖片区城市更新", "ongoing", "有序推进", None), ("东环大道快速化改造", "start", "开工建设", None)]),
    # --- a maker's capacity and product names its production line
    ("华兴硅业年产3万吨工业硅、青峰水泥日产2500吨新型干法水泥生产线建成投产。", REVIEW,
     [("华兴硅业年产3万吨工业硅", "complete", "建成投产", None),
      ("青峰水泥日产2500吨新型干法水泥生产线", "complete", "建成投产", None)]),
    ("新增年产能100万吨，全年生产粮食10万吨。", REVIEW, []),
    # ... and beside a facility, a company's build closed by 建成投产 counts as after 开工建设
    ("城南电子信息产业园二期、恒通精密机械建成投产。", REVIEW,
     [("城南电子信息产业园二期", "complete", "建成投产", None), ("恒通精密机械", "complete", "建成投产", None)]),
    ("恒通精密机械、星辰智能装备建成投产。", REVIEW, []),
    # --- more endings, verbs and works: towers, first phases, a zone's road network, a park opening,
    # 续建 closing a list, 重点推动 opening one, works on a scenic area or a shopping district
    ("加快建设滨江金融商务区二期、北大街金融总部大厦，推动城东数字产业园开园运营。", PLAN,
     [("滨江金融商务区二期", "ongoing", "加快建设", None), ("北大街金融总部大厦", "ongoing", "加快建设", None),
      ("城东数字产业园", "complete", "开园运营", None)]),
    ("建成青龙水利枢纽工程首期，新开工南湖旅游度假区配套路网。", PLAN,
     [("青龙水利枢纽工程首期", "complete", "建成", None), ("南湖旅游度假区配套路网", "start", "新开工", None)]),
    ("推进西港区作业区南3号至南6号泊位续建；重点推动滨江CBD城市综合体开工建设。", PLAN,
     [("西港区作业区南3号至南6号泊位", "ongoing", "续建", None), ("滨江CBD城市综合体", "start", "开工建设", None)]),
    ("青龙山景区提升工程加快推进，银湖旅游区改造提升工程竣工，东门商圈提升改造加快推进，推进汽车产业园扩区。", REVIEW,
     [("青龙山景区提升工程", "ongoing", "加快推进", None), ("银湖旅游区改造提升工程", "complete", "竣工", None),
      ("东门商圈提升改造", "ongoing", "加快推进", None), ("汽车产业园扩区", "ongoing", "推进", None)]),
    # a capacity may open a name
    ("推动50万吨煤焦油深加工项目前期工作，建成20万千瓦风电项目。", PLAN,
     [("50万吨煤焦油深加工", "planning", "前期工作", None), ("20万千瓦风电", "complete", "建成", None)]),
    # ... but not a heading's qualifier, a programme of 实事, a platform or centre of no build, a kind of facility
    ("转型项目扎实推进。继续实施为民办实事工程：", REVIEW, []),
    ("推进工业互联网平台建设，加快建设国家创新高地和重要人才中心。", PLAN, []),
    ("1.城乡学校扩容工程：新建改扩建中小学6所。\n4.实施农村饮水提质增效工程，惠及群众约12万人。", PLAN, []),
    # --- comma clauses with no verb go on the list an opening verb ended with (web copies without 、)
    ("加快推进城南高速东段,北环铁路西段,青山水库等项目,开工建设东站TOD综合体,区第二人民医院,建成投用会展中心二期,县体育中心.",
     PLAN,
     [("城南高速东段", "ongoing", "加快推进", None), ("北环铁路西段", "ongoing", "加快推进", None),
      ("青山水库", "ongoing", "加快推进", None), ("东站TOD综合体", "start", "开工建设", None),
      ("区第二人民医院", "start", "开工建设", None), ("会展中心二期", "complete", "建成投用", None),
      ("县体育中心", "complete", "建成投用", None)]),
    # ... not after a list closed by 等, not a clause of works, not what is no facility
    ("推进东湖公园、中央公园等项目建设，改造老旧公园。开工建设城东大桥，总投资5亿元，新增床位500张。", PLAN,
     [("东湖公园", "ongoing", "推进", None), ("中央公园", "ongoing", "推进", None),
      ("城东大桥", "start", "开工建设", None)]),
    # --- a sector heading with 类 keeps it ('城建类项目：')
    ("　　产业类项目：续建城东电子产业园三期。\n　　城建类项目：建成滨河大道东延工程。\n"
     "　　社会事业类项目：加快建设城南实验学校。\n", PLAN,
     [("城东电子产业园三期", "ongoing", "续建", "产业类"), ("滨河大道东延工程", "complete", "建成", "城建类"),
      ("城南实验学校", "ongoing", "加快建设", "社会事业类")]),
    # ... and so does a numbered heading of a box
    ("专栏2 2015年重点项目\n1．产业类项目：续建城东电子产业园三期等项目。\n（二）社会事业类项目：加快建设城南实验学校。\n", PLAN,
     [("城东电子产业园三期", "ongoing", "续建", "产业类"), ("城南实验学校", "ongoing", "加快建设", "社会事业类")]),
    # --- an integrated chain with its own 项目 is one build; a closing 建成通航; works named 主体工程
    ("石化基地三期炼化一体化项目、北湾新能源汽车整车工厂竣工投产，推动城南绿色铝材一体化项目建成投产。", REVIEW,
     [("石化基地三期炼化一体化", "complete", "竣工投产", None), ("北湾新能源汽车整车工厂", "complete", "竣工投产", None),
      ("城南绿色铝材一体化", "complete", "建成投产", None)]),
    ("推进区域一体化、城乡融合发展，加快交通一体化建设。", PLAN, []),
    ("青峰机场建成通航，城西水库建成通水，龙潭水库主体工程完工，县中医院新院区主体完工。", REVIEW,
     [("青峰机场", "complete", "建成通航", None), ("城西水库", "complete", "建成通水", None),
      ("龙潭水库", "ongoing", "主体工程完工", None), ("县中医院新院区", "ongoing", "主体完工", None)]),
    # --- what a facility in service does is no progress of its build
    ("东港完成货物吞吐量2.86亿吨，增长4.2%；城北电厂完成发电量52亿千瓦时，青山机场完成旅客吞吐量300万人次。", REVIEW, []),
    # --- items each followed by their status in brackets, in a box (sector lines, numbered lines) or not
    ("专栏3　2025年市级重大项目（部分）\n交通：东港区四期集装箱码头（新开工）、沿江铁路城区段（续建）\n"
     "能源：北湾海上风电二期（前期）、城南LNG接收站二期（续建）\n"
     "3．城市基础设施：市第二人民医院新院区（续建）、一批城市道路（新开工）\n", PLAN,
     [("东港区四期集装箱码头", "start", "新开工", "交通"), ("沿江铁路城区段", "ongoing", "续建", "交通"),
      ("北湾海上风电二期", "planning", "前期", "能源"), ("城南LNG接收站二期", "ongoing", "续建", "能源"),
      ("市第二人民医院新院区", "ongoing", "续建", "城市基础设施")]),
    ("重点推进城北物流园（续建）、滨江大道（新开工）等项目。", PLAN,
     [("城北物流园", "ongoing", "续建", None), ("滨江大道", "start", "新开工", None)]),
    # ... but outside a box not works or programmes
    ("实施老旧小区改造（续建）、农村公路提升行动（新开工）。", PLAN, []),
    # --- a phase joined by 和 to a counted kind is one build; a district built as one development
    ("10．建成滨江风光带二期和城区口袋公园20个。\n南站综合开发片区加快建设。", PLAN,
     [("滨江风光带二期", "complete", "建成", None), ("南站综合开发片区", "ongoing", "加快建设", None)]),
    # ... but a count after 和 with no phase before it counts both kinds, and a bare 片区 is a place
    ("建成城南公园和口袋公园20个，新建学校和幼儿园10所。城东片区加快建设，老城片区开发有序推进。", PLAN, []),
    # --- a numbered line headed by a sector outside a box ('1．交通：开工建设X'): the sector is the category
    ("（一）扩大有效投资。全年安排重点项目80个。\n1．交通：开工建设S205城关段改线工程，加快推进东岭至南关二级公路。\n"
     "2．水利：谋划西沟水库扩容工程。\n3．产业：力争金川新材料二期建成投产。\n", PLAN,
     [("S205城关段改线工程", "start", "开工建设", "交通"), ("东岭至南关二级公路", "ongoing", "加快推进", "交通"),
      ("西沟水库扩容工程", "planning", "谋划", "水利"), ("金川新材料二期", "complete", "建成投产", "产业")]),
    # ... but such a line names no project by its heading alone, and a heading that is no sector gives none
    ("1．交通：全年完成交通投资12亿元，新建农村公路100公里。\n2．工业：推进工业技改，支持企业扩产。\n"
     "3．城乡统筹：建成城北污水处理厂。\n", REVIEW,
     [("城北污水处理厂", "complete", "建成", None)]),
    # --- resettlement sites are facilities, moved into when built; a capacity-first build is connected to the grid
    ("完成易地扶贫搬迁900户，东坪集中安置区、柳湾集中安置区等5个安置区建成入住。建成南滩二期集中安置点。", REVIEW,
     [("东坪集中安置区", "complete", "建成入住", None), ("柳湾集中安置区", "complete", "建成入住", None),
      ("南滩二期集中安置点", "complete", "建成", None)]),
    ("北滩50万千瓦光伏治沙项目、西梁储能电站一期建成并网，东沟风电场全容量并网。", REVIEW,
     [("北滩50万千瓦光伏治沙", "complete", "建成并网", None), ("西梁储能电站一期", "complete", "建成并网", None),
      ("东沟风电场", "complete", "全容量并网", None)]),
    # ... but a kind of site, a count of sites or works on them is none, nor is capacity connected
    ("累计建成集中安置点280个。新建易地扶贫搬迁集中安置区，建成集中安置点和安置住房。"
     "持续推进安置小区改造。新增并网装机60万千瓦，新能源装机建成并网。", REVIEW, []),
    # --- a sector or kind of build is no name, and a trade amount no progress of a build ...
    ("加快新能源项目建设，推进光伏、风电等项目建设。对外承包工程完成营业额28.7亿美元。城北物流园完成营业额3亿元。", PLAN, []),
    # ... while a named build of that kind still counts
    ("推进北滩光伏、东沟风电等项目建设。城北物流园完成投资3亿元。", PLAN,
     [("北滩光伏", "ongoing", "推进", None), ("东沟风电", "ongoing", "推进", None),
      ("城北物流园", "ongoing", "完成投资", None)]),
    # --- handed over (竣工交付, 交付使用) is complete; a topped-out frame (主体结构封顶, 封顶) is ongoing
    ("金融中心T3塔楼、滨湖广场二期竣工交付，新增甲级写字楼面积30万平方米。", REVIEW,
     [("金融中心T3塔楼", "complete", "竣工交付", None), ("滨湖广场二期", "complete", "竣工交付", None)]),
    ("城南大道北延工程建成通车，县医院新院区主体结构封顶，滨江商务大厦封顶。", REVIEW,
     [("城南大道北延工程", "complete", "建成通车", None), ("县医院新院区", "ongoing", "主体结构封顶", None),
      ("滨江商务大厦", "ongoing", "封顶", None)]),
    # ... but not a capped price or an area of homes handed over
    ("新建商品房交付使用面积30万平方米，企业电价封顶。", REVIEW, []),
    # --- sectors joined under one heading are its category, inline or numbered
    ("产业：新开工城南汽车零部件产业园。民生和城市基础设施：建成县医院新院区、城北中学新校区；开工建设城东污水处理厂。", PLAN,
     [("城南汽车零部件产业园", "start", "新开工", "产业"), ("县医院新院区", "complete", "建成", "民生和城市基础设施"),
      ("城北中学新校区", "complete", "建成", "民生和城市基础设施"),
      ("城东污水处理厂", "start", "开工建设", "民生和城市基础设施")]),
    ("3．社会事业及公共服务：建成城北医院；开工建设滨江中学新校区。", PLAN,
     [("城北医院", "complete", "建成", "社会事业及公共服务"), ("滨江中学新校区", "start", "开工建设", "社会事业及公共服务")]),
    # ... but a heading that only opens with sectors is none ('民生和城市建设取得新成效：')
    ("民生和城市建设取得新成效：建成城北医院。", REVIEW, [("城北医院", "complete", "建成", None)]),
    # --- an item titled by a kind that its text counts is no build ('口袋公园：新建口袋公园8座')
    ("8.口袋公园：新建改建口袋公园8座。\n5.街头游园：建成街头游园和小微绿地25个，新增绿道32公里。", REVIEW, []),
    # ... but one whose text names it again without a count is
    ("3.城南体育馆：城南体育馆主体完工，新增座位3000个。", REVIEW,
     [("城南体育馆", "ongoing", "主体完工", None), ("城南体育馆", "ongoing", "主体完工", None)]),
    # --- 建成 + 区医院新院区, not the built-up area 建成区; a built-up area's measures name no build
    ("建成区医院新院区、城北中学新校区。", PLAN,
     [("区医院新院区", "complete", "建成", None), ("城北中学新校区", "complete", "建成", None)]),
    ("城市建成区绿化覆盖率达到42%，建成区面积扩大到32平方公里，建成区黑臭水体全面消除。", REVIEW, []),
    # --- 建成开业 closes a list; 相继/陆续/先后 stand between a list and its verb
    ("城东商贸城一期建成开业，城南物流园、城西科创港相继开园。", REVIEW,
     [("城东商贸城一期", "complete", "建成开业", None), ("城南物流园", "complete", "开园", None),
      ("城西科创港", "complete", "开园", None)]),
    ("一批商贸企业相继开业，规上企业陆续投产。", REVIEW, []),
    # --- a research institute and a food market are builds; a market rebuilt or refitted is complete
    ("加快建设南州大学江北研究院，推动新区菜市场、北门菜市场完成拆除重建。", PLAN,
     [("南州大学江北研究院", "ongoing", "加快建设", None), ("新区菜市场", "complete", "完成拆除重建", None),
      ("北门菜市场", "complete", "完成拆除重建", None)]),
    ("全市菜市场完成改造，完成老旧小区改造120个。", REVIEW, []),
    # --- a voltage opens a substation's name, not a count
    ("建成220千伏城南输变电工程、110千伏北郊变电站。", PLAN,
     [("220千伏城南输变电工程", "complete", "建成", None), ("110千伏北郊变电站", "complete", "建成", None)]),
    ("建成110千伏变电站3座，新增110千伏线路32公里。", REVIEW, []),
    # --- 开展/抓实 open a planning clause, no name
    ("开展城西水厂、北环路等项目前期工作。抓实项目前期工作。", PLAN,
     [("城西水厂", "planning", "前期工作", None), ("北环路", "planning", "前期工作", None)]),
    # --- works on a named market, street block, district or park
    ("完成城南农贸市场、北关农贸市场升级改造。", REVIEW,
     [("城南农贸市场", "complete", "完成", None), ("北关农贸市场升级改造", "complete", "完成", None)]),
    ("推进东门历史街区保护更新、北湖片区有机更新，推进滨河湿地公园生态修复。", PLAN,
     [("东门历史街区保护更新", "ongoing", "推进", None), ("北湖片区有机更新", "ongoing", "推进", None),
      ("滨河湿地公园生态修复", "ongoing", "推进", None)]),
    ("推进城市有机更新，加强生态修复，推动街区保护更新。", PLAN, []),
    # --- 前期研究/前期论证 close a planning list like 前期工作
    ("推进南湖片区城市更新前期研究，做好北站综合体前期论证。", PLAN,
     [("南湖片区城市更新", "planning", "前期研究", None), ("北站综合体", "planning", "前期论证", None)]),
    ("加强前期研究，做好前期论证。", PLAN, []),
    # --- performances counted in 场 are a quantity; a campaign for a grade is no build
    ("（10）文化惠民：完成送戏下乡220场，放映农村公益电影3100场。", REVIEW, []),
    ("推进县人民医院创建三级医院，建成县中医院住院综合楼。", PLAN,
     [("县中医院住院综合楼", "complete", "建成", None)]),
    ("推进城东景区争创国家5A级旅游景区。", PLAN, []),
    # --- works on a bare kind of facility title no build ('农贸市场改造：'); the markets named in it are
    ("（8）农贸市场改造：完成城南农贸市场、北关镇农贸市场升级改造。", REVIEW,
     [("城南农贸市场", "complete", "完成", None), ("北关镇农贸市场升级改造", "complete", "完成", None)]),
    # --- a box of 前期 projects: a first clause with no verb lists them, the clause after it says
    # what is done on them; a line with no verb at all is a list of them too
    ("专栏2　2020年重大前期项目\n1．交通：北江至南坝快速通道、城东通用机场，力争完成工程可行性研究。\n"
     "2．水利：石门中型水库、西溪河防洪治理二期，开展项目前期工作。\n3．产业：北山茶产业科技园、循环经济产业园。\n"
     "4．能源：推进城南抽水蓄能电站前期工作。", PLAN,
     [("北江至南坝快速通道", "planning", "完成工程可行性研究", "交通"),
      ("城东通用机场", "planning", "完成工程可行性研究", "交通"),
      ("石门中型水库", "planning", "开展项目前期工作", "水利"), ("西溪河防洪治理二期", "planning", "开展项目前期工作", "水利"),
      ("北山茶产业科技园", "planning", "前期工作", "产业"), ("循环经济产业园", "planning", "前期工作", "产业"),
      ("城南抽水蓄能电站", "planning", "前期工作", "能源")]),
    # ... not in a box of projects under way, where the study is no name either
    ("专栏1　2020年重点建设项目\n1．交通：北江至南坝快速通道、城东通用机场，力争完成工程可行性研究。", PLAN, []),
    ("2．水利：石门中型水库、西溪河防洪治理二期，开展项目前期工作。", PLAN, []),
    # --- 等, the class word, then its count mark a list like 等4所学校
    ("教育扩容提质：建成滨河实验学校（初中部）等学校4所，新增学位6000个。", PLAN,
     [("滨河实验学校（初中部）", "complete", "建成", None)]),
    ("推动东湖大道、北环路等重点项目12个开工建设。", REVIEW,
     [("东湖大道", "start", "开工建设", None), ("北环路", "start", "开工建设", None)]),
    ("完成老旧小区、背街小巷等改造项目32个。新建学校4所，建成公园12个。", REVIEW, []),
    # --- works on a utility of a named place ('X片区供水提升工程'); of a bare place or kind, none
    ("开工云湖大道综合管廊、湖西片区供水提升工程，实施北湖工业区排水改造。", PLAN,
     [("云湖大道综合管廊", "start", "开工", None), ("湖西片区供水提升工程", "start", "开工", None),
      ("北湖工业区排水改造", "ongoing", "实施", None)]),
    ("实施片区供水提升工程，推进城区供水提升工程、农村供水改造。", PLAN, []),
    # --- 社会民生 is a sector heading like 社会事业; a heading of no known sector gives none
    ("交通项目：建成北湾大桥。社会民生项目：建成投用城南水厂扩建工程、市第二人民医院，续建市游泳馆。", PLAN,
     [("北湾大桥", "complete", "建成", "交通"), ("城南水厂扩建工程", "complete", "建成投用", "社会民生"),
      ("市第二人民医院", "complete", "建成投用", "社会民生"), ("市游泳馆", "ongoing", "续建", "社会民生")]),
    ("社会民生：建成投用城南水厂。社会保障：建成投用市养老院。", PLAN,
     [("城南水厂", "complete", "建成投用", "社会民生"), ("市养老院", "complete", "建成投用", None)]),
    # --- a trade or leisure street (风情街, 步行街) is a build; a bare 街 or 街区 is not
    ("加快东湖商务区城市综合体、古渡风情街、西关步行街建设，繁荣夜间经济。", PLAN,
     [("东湖商务区城市综合体", "ongoing", "加快", None), ("古渡风情街", "ongoing", "加快", None),
      ("西关步行街", "ongoing", "加快", None)]),
    ("打造特色街区，加快老街建设，推进商业街改造。", PLAN, []),
    # --- a hospital's ward block (传染病区, 感染病区) is a facility; counted wards are not
    ("建成县城东区供热管网改造项目、县中医院感染病区，推进城北公园前期工作。", PLAN,
     [("县城东区供热管网改造", "complete", "建成", None), ("县中医院感染病区", "complete", "建成", None),
      ("城北公园", "planning", "前期工作", None)]),
    ("新建病区2个，改造病区床位300张。", PLAN, []),
    # --- a herd or flock size opens a livestock project ('10万头肉牛全产业链项目'); counted heads do not
    ("加快推进10万头肉牛全产业链项目、100万只蛋鸡养殖项目，开工建设5000头奶牛牧场项目。", PLAN,
     [("10万头肉牛全产业链", "ongoing", "加快推进", None), ("100万只蛋鸡养殖", "ongoing", "加快推进", None),
      ("5000头奶牛牧场", "start", "开工建设", None)]),
    ("加快推进10万头生猪出栏，新增存栏5000头。建成3个万头养殖场。", PLAN, []),
    # --- 乡镇… is every township's facility, a kind, not one build
    ("县医院门诊楼、乡镇卫生院标准化改造项目有序推进。", REVIEW, [("县医院门诊楼", "ongoing", "有序推进", None)]),
    ("推进乡镇污水处理厂、乡镇综合文化站建设。", PLAN, []),
    # --- a company's 企业技术中心 is a title granted, not a build; a named innovation centre is one
    ("支持东岭集团建设省级企业技术中心，推动北辰公司建设国家级工程技术研究中心。", PLAN, []),
    ("着力推进国家油菜技术创新中心建设。", PLAN, [("国家油菜技术创新中心", "ongoing", "着力推进", None)]),
    # --- 谋划建设 opens a list of planned builds and is its stage_text; a batch is no list
    ("谋划建设城东物流园区、北山冷链物流中心。", PLAN,
     [("城东物流园区", "planning", "谋划建设", None), ("北山冷链物流中心", "planning", "谋划建设", None)]),
    ("谋划建设一批重大项目。", PLAN, []),
    # --- a trading market and a gas storage are builds; a bare 市场 is not
    ("南山农产品加工厂建成投产，东林中药材交易市场开工建设。", REVIEW,
     [("南山农产品加工厂", "complete", "建成投产", None), ("东林中药材交易市场", "start", "开工建设", None)]),
    ("加快建设西川天然气储气库、东湖新区综合管廊，建成北河中药材交易市场、南川水库灌区配套工程。", PLAN,
     [("西川天然气储气库", "ongoing", "加快建设", None), ("东湖新区综合管廊", "ongoing", "加快建设", None),
      ("北河中药材交易市场", "complete", "建成", None), ("南川水库灌区配套工程", "complete", "建成", None)]),
    ("开拓中药材交易市场。新建农产品交易市场3个。储气库建设加快推进。", PLAN, []),
    # --- households moved into a resettlement site, a dam closing its gates: stages of a build
    ("确保石门安置点、城西安置点年内搬迁入住，河口安置点年底前全部入住。", PLAN,
     [("石门安置点", "complete", "搬迁入住", None), ("城西安置点", "complete", "搬迁入住", None),
      ("河口安置点", "complete", "全部入住", None)]),
    ("东岭水库下闸蓄水，西沟中型水库加快建设。", REVIEW,
     [("东岭水库", "complete", "下闸蓄水", None), ("西沟中型水库", "ongoing", "加快建设", None)]),
    ("确保易地扶贫搬迁户年底前全部入住。推进水库下闸蓄水。", PLAN, []),
    # --- X项目和Y: a second build after 和 is its own item; a clause after it is not
    ("建成东城县中医院迁建项目和石桥至龙口通乡油路。", PLAN,
     [("东城县中医院迁建", "complete", "建成", None), ("石桥至龙口通乡油路", "complete", "建成", None)]),
    ("建成东城医院迁建项目和人员安置工作。", PLAN, [("东城医院迁建", "complete", "建成", None)]),
    # --- a facility moved (迁建) is works on it; a company's or a kind's move is not
    ("启动区第三人民医院迁建前期工作。", PLAN, [("区第三人民医院迁建", "planning", "前期工作", None)]),
    ("加快企业迁建。推进老旧小区迁建。", PLAN, []),
    # --- a utility of a section of a river ('X江城区段防洪提升工程'); of a kind of road it is no name
    ("开工建设县人民医院传染病区、清江城区段防洪提升工程。", PLAN,
     [("县人民医院传染病区", "start", "开工建设", None), ("清江城区段防洪提升工程", "start", "开工建设", None)]),
    ("推进城区道路防洪提升工程。实施城乡供水提升工程。", PLAN, []),
    # --- not projects
    ("大力开展“抓项目促投资”专项行动，全年实施重点建设项目168个，完成投资194.2亿元。", REVIEW, []),
    ("改造城镇雨污管网63.3公里，积极推进污水垃圾治理。实施智能化改造项目128个。", REVIEW, []),
    ("统筹推进交通、水利、能源、环保等基础设施重大项目建设。谋划储备一批打基础、利长远的重大项目。", PLAN, []),
    ("积极推进国家城乡融合发展试验区建设。推进创新平台建设。加快推进高标准农田、现代农业产业园建设。", PLAN, []),
    ("实施昌元、安富、直升等城镇老旧小区改造项目，涉及11788户。实施荣滨北路、后西街等道路绿化提质项目5个。", PLAN, []),
    ("加快荣昌中学、宝城寺初级中学、棠城小学智慧校园建设。全面启动镇街场镇品质提升工程。", PLAN, []),
    ("推动双河、盘龙等5个镇街中小企业集聚区规划建设。推进先行镇城乡融合项目建设。", PLAN, []),
    ("建成园区道路4.9公里。建成医疗废物集中处置和危险暂存设施1个。新建5G基站260个。", REVIEW, []),
    ("区人民医院创三甲有力推进，21项年度工作顺利推进。支持企业开拓国际市场。", REVIEW, []),
    ("是全区深化改革开放、推进高质量发展的重要阶段。", REVIEW, []),
    # --- a bonded zone, a science city, a second line, a corridor and a ropeway are builds; ports,
    # hospitals and schools open; site choice and feasibility studies are planning
    ("甲州综合保税区封关运作，乙州至丙川高速公路复线建成通车，丁山通用机场完成选址论证。", REVIEW,
     [("甲州综合保税区", "complete", "封关运作", None), ("乙州至丙川高速公路复线", "complete", "建成通车", None),
      ("丁山通用机场", "planning", "完成选址论证", None)]),
    ("戊港新港区（一期）建成开港，市第一人民医院东院区建成开诊，己川职业技术学院新校区顺利招生。", REVIEW,
     [("戊港新港区（一期）", "complete", "建成开港", None), ("市第一人民医院东院区", "complete", "建成开诊", None),
      ("己川职业技术学院新校区", "complete", "顺利招生", None)]),
    ("加快建设庚湾科学城，开工建设辛山索道，壬水生态廊道、癸江沿岸绿道加快推进。", PLAN,
     [("庚湾科学城", "ongoing", "加快建设", None), ("辛山索道", "start", "开工建设", None),
      ("壬水生态廊道", "ongoing", "加快推进", None), ("癸江沿岸绿道", "ongoing", "加快推进", None)]),
    ("甲至乙城际铁路可研报告获批，丙湾国际商务中心顺利封顶，丁村提灌站改造完成。", REVIEW,
     [("甲至乙城际铁路", "planning", "可研报告获批", None), ("丙湾国际商务中心", "ongoing", "顺利封顶", None),
      ("丁村提灌站", "complete", "改造完成", None)]),
    ("确保甲至乙高速公路全线建成通车，城东污水处理厂二期建成投入运行。", PLAN,
     [("甲至乙高速公路", "complete", "全线建成通车", None), ("城东污水处理厂二期", "complete", "建成投入运行", None)]),
    ("其中城东综合管廊（一期）、区文体中心2个PPP项目进入建设阶段。", REVIEW,
     [("城东综合管廊（一期）", "ongoing", "进入建设阶段", None), ("区文体中心", "ongoing", "进入建设阶段", None)]),
    ("丰禾米业年产5万吨大米加工线建成投产，建成柳树村互助幸福院，新增床位30张。", REVIEW,
     [("丰禾米业年产5万吨大米加工线", "complete", "建成投产", None), ("柳树村互助幸福院", "complete", "建成", None)]),
    ("新开业江畔购物中心、槐树广场等大型商业综合体2个。建成青湾滨海公园等城市公园绿地5处。", REVIEW,
     [("江畔购物中心", "complete", "新开业", None), ("槐树广场", "complete", "新开业", None),
      ("青湾滨海公园", "complete", "建成", None)]),
    ("加快滨海新城开发建设。开工北江干流防洪能力提升工程。", PLAN,
     [("滨海新城", "ongoing", "加快", None), ("北江干流防洪能力提升工程", "start", "开工", None)]),
    # --- all works of a kind, more projects, a first batch, a verb's particle, an amount added, a
    # region-wide kind, programmes of cultivation or demonstration and quoted slogans are no names
    ("续建甲地铁5号线，年内完成全部土建工程；推动更多项目尽早开工；城中村改造首批项目已启动实施。", PLAN,
     [("甲地铁5号线", "ongoing", "续建", None)]),
    ("新建了口袋公园。建成县妇幼保健院新院区，新增5个乡镇卫生院中医馆。加快建设区域科技创新中心。", REVIEW,
     [("县妇幼保健院新院区", "complete", "建成", None)]),
    ("实施先进制造业集群培育工程，实施产业基础再造和重大技术装备攻关工程，深入推进“千村百镇”乡村建设示范工程，"
     "实施装备业“补短提质”工程。", PLAN, []),
    ("甲市实验室建成中试平台5个。", REVIEW, []),
    # --- building gathering pace, 重点实施, malls opening under brand names, a science facility, a buffer
    # strip, trade quarters, stricter discharge and water-saving works, a basin's water environment
    ("甲湖新城、高铁新城开发全面提速，乙州科学城建设全面起势，丙川悦享汇、丁湄古街（二期）开业运营。", REVIEW,
     [("甲湖新城", "ongoing", "开发全面提速", None), ("高铁新城", "ongoing", "开发全面提速", None),
      ("乙州科学城", "ongoing", "建设全面起势", None), ("丙川悦享汇", "complete", "开业运营", None),
      ("丁湄古街（二期）", "complete", "开业运营", None)]),
    ("戊阳先进光源大科学装置加快建设，己溪生态缓冲带建成，庚湾夜市街区、辛沙里文创街区相继开街。", REVIEW,
     [("戊阳先进光源大科学装置", "ongoing", "加快建设", None), ("己溪生态缓冲带", "complete", "建成", None),
      ("庚湾夜市街区", "complete", "开街", None), ("辛沙里文创街区", "complete", "开街", None)]),
    ("重点实施壬河流域水环境综合治理、癸岭湿地公园生态修复工程，完成城南污水处理厂提标改造，"
     "甲源灌区续建配套与节水改造有序推进。推进乙江流域综合治理。", PLAN,
     [("壬河流域水环境综合治理", "ongoing", "重点实施", None), ("癸岭湿地公园生态修复工程", "ongoing", "重点实施", None),
      ("城南污水处理厂提标改造", "complete", "完成", None), ("甲源灌区续建配套与节水改造", "ongoing", "有序推进", None)]),
    # --- sectors written together are one heading; '一是' and a 数说 line's lead figure open no name; a
    # list of 以下 projects and a housing programme name none
    ("能源水利方面，开工建设甲抽水蓄能电站，续建乙渠引水工程。", PLAN,
     [("甲抽水蓄能电站", "start", "开工建设", "能源水利"), ("乙渠引水工程", "ongoing", "续建", "能源水利")]),
    ("一是重点项目加快建设。\n4个 甲东站综合交通枢纽、滨湖快速路二期等4个重大项目建成投用。", REVIEW,
     [("甲东站综合交通枢纽", "complete", "建成投用", None), ("滨湖快速路二期", "complete", "建成投用", None)]),
    ("重点推进以下项目：。农牧民安居工程建设扎实推进，继续实施农牧民安居工程。", PLAN, []),
    # --- what is said of a name before 的 is cut where a verb closes the list (not where one opens it);
    # a town's water network joining town and country is a build; batches after a lead word and
    # industrial-base programmes are none
    ("援建的甲职业技术学院实训基地开工建设，与沿海发达地区合作共建的乙—丙产业合作园建成开园。", REVIEW,
     [("甲职业技术学院实训基地", "start", "开工建设", None), ("乙—丙产业合作园", "complete", "建成开园", None)]),
    ("水利：开工丁镇城乡供水一体化工程；实施城乡供水一体化工程。", PLAN,
     [("丁镇城乡供水一体化工程", "start", "开工", "水利")]),
    ("积极谋划争取一批重大项目和专项资金。实施工业强基工程。", PLAN, []),
    # --- a closing verb followed by 并 and what the project goes on to do stages the list; a reservoir
    # whose main works are done goes on, whether it fills or not (9 held-out labels of 主体工程完工 read it
    # so; 2 named the works 'X主体工程', complete)
    ("甲湖水质净化厂（三期）竣工并通水运行，乙溪水库主体工程完工并下闸蓄水，丙水库主体工程完工，丁光伏电站建成并网。", REVIEW,
     [("甲湖水质净化厂（三期）", "complete", "竣工", None), ("乙溪水库", "ongoing", "主体工程完工", None),
      ("丙水库", "ongoing", "主体工程完工", None), ("丁光伏电站", "complete", "建成并网", None)]),
    # --- separators inside a bracket separate nothing; a bracketed clause or amount after a name is an
    # aside, a bracket of parts stays in the name
    ("甲湾国际商务中心（T1、T2塔楼）顺利封顶，乙港区三期码头（新建5万吨级泊位2个）完成主体工程。", REVIEW,
     [("甲湾国际商务中心（T1、T2塔楼）", "ongoing", "顺利封顶", None), ("乙港区三期码头", "ongoing", "完成主体工程", None)]),
    ("新开工丙湾实验学校（九年一贯制，规划学位3240个）、区妇幼保健院迁建工程；推进区第二人民医院前期工作。", PLAN,
     [("丙湾实验学校", "start", "新开工", None), ("区妇幼保健院迁建工程", "start", "新开工", None),
      ("区第二人民医院", "planning", "前期工作", None)]),
    # --- a dash-led sector heading with its count and amount in brackets opens its line's category
    ("——交通（18个，年度投资176亿元）：续建甲地铁5号线乙段；新开工丙大道快速化改造（三期）。\n"
     "——城市基础设施和生态环保（36个）：建成丁河综合整治工程（一期）。\n——民生实事（10件）：建成戊公园。", PLAN,
     [("甲地铁5号线乙段", "ongoing", "续建", "交通"), ("丙大道快速化改造（三期）", "start", "新开工", "交通"),
      ("丁河综合整治工程（一期）", "complete", "建成", "城市基础设施和生态环保"), ("戊公园", "complete", "建成", None)]),
    # --- built and put into operation, finished and accepted, a pre-feasibility review passed, a road
    # joined up across the counties, a district's renewal works; builds brought in are planned
    ("甲区综合养老服务中心、乙县社会福利中心二期建成投入运营，丙山水库完工验收，丁河抽水蓄能电站完成预可研审查，"
     "戊沿江高速公路实现县县贯通。", REVIEW,
     [("甲区综合养老服务中心", "complete", "建成投入运营", None), ("乙县社会福利中心二期", "complete", "建成投入运营", None),
      ("丙山水库", "complete", "完工验收", None), ("丁河抽水蓄能电站", "planning", "完成预可研审查", None),
      ("戊沿江高速公路", "complete", "实现县县贯通", None)]),
    ("加快县城东区片区更新改造，打通断头路6条。通过基金撬动社会资本15亿元, 成功引进 己芯半导体封测基地、"
     "庚启储能电池PACK等一批链主型项目,签约到开工平均用时96天。", REVIEW,
     [("县城东区片区更新改造", "ongoing", "加快", None), ("己芯半导体封测基地", "planning", "成功引进", None),
      ("庚启储能电池PACK", "planning", "成功引进", None)]),
    # --- the year's livelihood items are a programme; a batch (一大批) and an aspiration (千亿级, 一流) name
    # no build
    ("提前做好2025年民生实事项目前期工作。一大批事关民生的学校、医院、安居房和农牧区基础设施项目相继建成。"
     "加快建设千亿级电子信息产业集群和一流科技园区。", PLAN, []),
    # --- progress of a part of the works named before the verb, with a qualified share; a length right
    # after a closing verb is how much was built (the verb stages the name); a kind with a length is none
    ("甲河大桥主体结构完成约70%，乙段路基完成80%，丙江沿岸绿道建成12 公里，丁大道建成通车8.6公里，新建城市道路12公里。",
     REVIEW,
     [("甲河大桥", "ongoing", "主体结构完成约70%", None), ("乙段", "ongoing", "路基完成80%", None),
      ("丙江沿岸绿道", "complete", "建成", None), ("丁大道", "complete", "建成通车", None)]),
    # --- a quality before a bare kind ('智慧园区') and a works name of numerals ('千万工程') are programmes;
    # after a count of those that build, a verb inside the clause builds a kind, not a name
    ("推进“智慧园区”建设, 实现园区5G网络全覆盖。深入实施“千万工程”，建设数字校园。园区内 4个社区全部建成党群服务中心。",
     REVIEW, []),
    # --- of a build joined by 和 to something that is none, the build counts; a bare kind after 和 stays in
    ("建成甲经开区应急指挥中心和危化品企业风险监测预警系统，乙产业园和物流园建成。", REVIEW,
     [("甲经开区应急指挥中心", "complete", "建成", None), ("乙产业园和物流园", "complete", "建成", None)]),
    # --- a copy that writes its lists with ASCII commas: the names before a list a closing verb stages and
    # a 等 closes are on it, back to its opening verb, the sentence start, another list or a clause
    ("推动甲芯半导体,乙芯三期等项目竣工投产,力争丙新能源动力电池项目开工建设.经济运行平稳,丁园区规模扩大,戊水库,己大桥等项目建成投用."
     "加快推进庚水库,辛港等项目建设,壬码头,癸物流园等项目建成投用.", PLAN,
     [("甲芯半导体", "complete", "竣工投产", None), ("乙芯三期", "complete", "竣工投产", None),
      ("丙新能源动力电池", "start", "开工建设", None), ("戊水库", "complete", "建成投用", None),
      ("己大桥", "complete", "建成投用", None), ("庚水库", "ongoing", "加快推进", None), ("辛港", "ongoing", "加快推进", None),
      ("壬码头", "complete", "建成投用", None), ("癸物流园", "complete", "建成投用", None)]),
    # --- a strategic trade corridor (新通道) is no build, and a bare list holding one names none; a railway
    # built on it is one
    ("乙沿江高铁、丙陆海新通道等重大通道建设有序推进。推进甲江出海新通道铁路前期工作。", PLAN,
     [("甲江出海新通道铁路", "planning", "前期工作", None)]),
    # --- a closing verb followed by 后 or 当年 and what came after closes its list
    ("区第七人民医院投用后新增床位800张，甲光电显示模组项目投产当年实现产值23.6亿元。部分项目建成后管护机制不健全。", REVIEW,
     [("区第七人民医院", "complete", "投用", None), ("甲光电显示模组", "complete", "投产", None)]),
    # --- progress of an investment made names a build its own 项目 marks, even with no facility ending; a class
    # of projects (产业类, 民间投资, 省市重点, a sector) does not, nor does a programme's count of places
    ("甲铝业高性能铝箔扩能项目完成投资3.26亿元，乙纺织智能化改造项目完成投资2.15亿元。产业类项目完成投资38.72亿元，"
     "民间投资项目完成投资32.8亿元，省市重点项目完成投资15.9亿元，社会民生项目完成投资11.19亿元，城区老旧小区改造项目完成改造小区28个。",
     REVIEW, [("甲铝业高性能铝箔扩能", "ongoing", "完成投资", None), ("乙纺织智能化改造", "ongoing", "完成投资", None)]),
    # --- what is required of a list ('要', '要在上半年') stands between it and its closing verb
    ("甲至乙高速公路丙段、丁机场改扩建工程要加快推进；戊抽水蓄能电站、己储能电池智能制造项目要在上半年开工建设。", PLAN,
     [("甲至乙高速公路丙段", "ongoing", "加快推进", None), ("丁机场改扩建工程", "ongoing", "加快推进", None),
      ("戊抽水蓄能电站", "start", "开工建设", None), ("己储能电池智能制造", "start", "开工建设", None)]),
    # --- a bullet of a card page opens no name; a city built for colleges is a build
    ("▲ 甲东站综合交通枢纽建成投用，乙大学科教城主体完工。\n● 推动丙半导体封测基地二期开工建设，丁职教城加快建设。", REVIEW,
     [("甲东站综合交通枢纽", "complete", "建成投用", None), ("乙大学科教城", "ongoing", "主体完工", None),
      ("丙半导体封测基地二期", "start", "开工建设", None), ("丁职教城", "ongoing", "加快建设", None)]),
    # --- a verb after a list's 等 that closes nothing says what the listed things go on to do: no build
    ("推动甲大学乙创新研究院等平台加快成果转化，推进丙水库、丁大桥等，戊港、己码头等加快建设。", PLAN,
     [("丙水库", "ongoing", "推进", None), ("丁大桥", "ongoing", "推进", None),
      ("戊港", "ongoing", "加快建设", None), ("己码头", "ongoing", "加快建设", None)]),
]


@pytest.mark.parametrize("text,layout,expected", CASES, ids=[c[0][:18] for c in CASES])
def test_cases(text, layout, expected):
    assert _records(text, layout) == expected


def test_year_and_kind_follow_layout():
    text = "荣昌植物科普园等6个公园建成开园。\n二、2023年\n力争东湖公园建成开园。"
    lay = Layout(2022, 2023, [(0, "review"), (text.index("二、"), "plan")])
    ps = find_projects(text, lay)
    assert [(p.name, p.year, p.kind) for p in ps] == [
        ("荣昌植物科普园", 2022, "actual"), ("东湖公园", 2023, "target")]


def test_news_item_year_from_its_paragraph():
    """A news item (no parts): 去年 before a mention in its paragraph gives the year before the
    page's, 今年 with a target word the page's year planned; elsewhere the layout holds."""
    text = ("回顾去年，全市实施重点项目612个，城东机场改扩建工程建成投用。\n"
            "“新三样”出口方面，去年全省出口额210亿元。城南新能源电池基地加快建设。\n"
            "今年，全市将力争经济增长6%，城北跨海通道、会展中心二期加快建设。\n"
            "比去年增加12个项目，滨江大道建成通车。\n")
    lay = Layout(default_year=2025, default_kind="target", boundaries=[(0, "unknown")], now_year=2025)
    assert [(p.name, p.year, p.kind) for p in find_projects(text, lay)] == [
        ("城东机场改扩建工程", 2024, "actual"), ("城南新能源电池基地", 2024, "actual"),
        ("城北跨海通道", 2025, "target"), ("会展中心二期", 2025, "target"), ("滨江大道", 2025, "target")]
    # ... not in a report's parts, and not with no page year
    lay = Layout(2024, 2025, [(0, "plan")])
    assert {(p.year, p.kind) for p in find_projects(text, lay)} == {(2025, "target")}
    lay = Layout(default_year=2024, boundaries=[(0, "unknown")])
    assert {(p.year, p.kind) for p in find_projects(text, lay)} == {(2024, "actual")}


def test_full_width_digits_read_as_ascii_ones():
    """A page written with full-width digits: ２０２４年， opening a paragraph gives its year, and a
    name keeps its digits as written."""
    text = "２０２４年，全县民生实事全部完成，县人民医院门诊综合楼、青溪河滨河公园等项目建成投用。\n城北１１０千伏变电站开工建设。\n"
    lay = Layout(default_year=2025, default_kind="target", boundaries=[(0, "unknown")], now_year=2025)
    got = [(p.name, p.year, p.kind) for p in find_projects(text, lay)]
    assert got[:2] == [("县人民医院门诊综合楼", 2024, "actual"), ("青溪河滨河公园", 2024, "actual")]
    assert got[2][0] == "城北１１０千伏变电站"


def test_a_date_before_the_closing_verb_is_an_adverb_and_gives_the_year():
    """'X2024年开工建设': the date is no part of the name; its year is the mention's, a result up to the
    reviewed year and a target after it."""
    text = ("甲隧道（一期）于9月开工；乙市城市轨道交通1号线一期工程于2022年12月建成通车。"
            "己生物年产3000吨酶制剂项目3月28日竣工投产，庚精工数控机床关键部件项目于3月中旬竣工投产。\n"
            "确保丙至丁高速铁路2024年建成通车，戊机场改扩建工程2025年建成投用；推动市图书馆新馆、市奥体中心2023年底前建成。")
    lay = Layout(2022, 2023, [(0, "review"), (text.index("确保"), "plan")])
    assert [(p.name, p.stage_text, p.year, p.kind) for p in find_projects(text, lay)] == [
        ("甲隧道（一期）", "开工", 2022, "actual"), ("乙市城市轨道交通1号线一期工程", "建成通车", 2022, "actual"),
        ("己生物年产3000吨酶制剂", "竣工投产", 2022, "actual"), ("庚精工数控机床关键部件", "竣工投产", 2022, "actual"),
        ("丙至丁高速铁路", "建成通车", 2024, "target"), ("戊机场改扩建工程", "建成投用", 2025, "target"),
        ("市图书馆新馆", "建成", 2023, "target"), ("市奥体中心", "建成", 2023, "target")]


def test_news_item_years_from_dates_speakers_and_plans():
    """A news item: '2020年，…' names its paragraph's year; 去年 among a verb's adverbs is last year; a
    sentence with a target word after the one that said 去年 plans this year; the speaker and its 将 are
    no part of a name."""
    text = ("2020年，甲市工业投资增长6.2%，甲机场T2航站楼建成投用。\n"
            "去年全市重点项目完成投资568亿元。按照计划，乙高铁站综合枢纽、丙江四桥将于年内开工建设，丁物流园加快建设。\n"
            "灾后，丁江右岸防洪堤加固工程去年冬季已开工建设。\n"
            "记者了解到，今年该市将确保戊钢铁产能置换项目竣工投产。我们将推动己风电基地一期建成并网。\n")
    lay = Layout(default_year=2021, default_kind="actual", boundaries=[(0, "unknown")], now_year=2021)
    assert [(p.name, p.year, p.kind) for p in find_projects(text, lay)] == [
        ("甲机场T2航站楼", 2020, "actual"), ("乙高铁站综合枢纽", 2021, "target"), ("丙江四桥", 2021, "target"),
        ("丁物流园", 2021, "target"), ("丁江右岸防洪堤加固工程", 2020, "actual"), ("戊钢铁产能置换", 2021, "target"),
        ("己风电基地一期", 2021, "target")]


def test_early_news_page_reports_last_year_where_its_paragraph_names_none():
    """A page of the year's first months (results not out yet): a mention whose paragraph names no year
    is last year's result, or this year's plan where a target word opens its sentence."""
    text = "4个 甲东站综合交通枢纽等4个重大项目建成投用。\n乙州科学城建设全面起势，全市将确保丙大桥建成通车。\n"
    lay = Layout(default_year=2024, default_kind="actual", boundaries=[(0, "unknown")], now_year=2024,
                 now_is_early=True)
    assert [(p.name, p.year, p.kind) for p in find_projects(text, lay)] == [
        ("甲东站综合交通枢纽", 2023, "actual"), ("乙州科学城", 2023, "actual"), ("丙大桥", 2024, "target")]
    lay = Layout(default_year=2024, default_kind="actual", boundaries=[(0, "unknown")], now_year=2024)
    assert {p.year for p in find_projects(text, lay)} == {2024}


def test_sections_of_the_years_ahead_plan_their_own_years_and_next_steps_of_a_news_page_its_year():
    """'二、今后五年的奋斗目标' is a plan part of the layout: its mentions are targets of the year its 到…年
    names (else the plan's fifth year). '五、下一步工作' of a notice plans the page's year;
    '计划…，实际…' before a mention is a result."""
    text = ("一、过去五年工作回顾\n甲江大桥建成通车。\n二、今后五年的奋斗目标\n到2026年，地区生产总值突破650亿元。"
            "二是加快建设区域交通枢纽，建成乙州至丙山高速公路、丁江二桥。\n三、2022年工作安排\n开工建设戊湖隧道。\n")
    assert [(p.name, p.year, p.kind) for p in find_projects(text, find_layout(text, 2021, 2022))] == [
        ("甲江大桥", 2021, "actual"), ("乙州至丙山高速公路", 2026, "target"), ("丁江二桥", 2026, "target"),
        ("戊湖隧道", 2022, "target")]
    text2 = text.replace("到2026年，", "")
    assert [p.year for p in find_projects(text2, find_layout(text2, 2021, 2022))] == [2021, 2026, 2026, 2022]
    notice = ("关于2024年市政府十件民生实事完成情况的通报\n二、各项民生实事完成情况\n"
              "（九）便民消费工程：计划新建改造标准化农贸市场20个，实际完成22个，己县中心农贸市场、庚区花溪农贸市场等改造提升后投入使用。\n"
              "五、下一步工作\n（一）及早谋划启动。市第六人民医院迁建工程、辛区滨河九年一贯制学校等项目要加快推进，力争早日发挥效益。\n")
    lay = Layout(default_year=2024, default_kind="actual", boundaries=[(0, "unknown")], now_year=2025,
                 now_is_early=True)
    assert [(p.name, p.year, p.kind) for p in find_projects(notice, lay)] == [
        ("己县中心农贸市场", 2024, "actual"), ("庚区花溪农贸市场", 2024, "actual"),
        ("市第六人民医院迁建工程", 2025, "target"), ("辛区滨河九年一贯制学校", 2025, "target")]


def test_works_verb_stage_depends_on_part():
    assert _records("香国公园提质改造，改建面积20万平方米。", PLAN) == [("香国公园", "ongoing", "提质改造", None)]
    assert _records("新建城北水厂。", REVIEW) == [("城北水厂", "complete", "新建", None)]
    assert _records("新建城北水厂。", PLAN) == [("城北水厂", "start", "新建", None)]


def test_patterns_hold_no_corpus_names():
    toml = (ROOT / "patterns" / "projects.toml").read_text(encoding="utf-8")
    code = "".join(p.read_text(encoding="utf-8") for p in sorted((ROOT / "extractor").glob("project*.py")))
    for word in ("荣昌", "黄金坡", "双昌", "中江", "兰州", "娃哈哈", "重庆"):
        assert word not in toml
        assert word not in code


# --------------------------------------------------------------------------- golden

def _load(stem: str):
    text = open(ROOT / "corpus" / f"{stem}.txt", encoding="utf-8-sig", newline=None).read()
    gold = json.loads((ROOT / "golden" / f"{stem}.json").read_text(encoding="utf-8"))
    return text, gold["projects"]


def _score(pred, gold):
    used, det, strict = set(), 0, 0
    for p in pred:
        for i, g in enumerate(gold):
            if i not in used and p.span[0] < g["span"][1] and g["span"][0] < p.span[1]:
                used.add(i)
                det += 1
                if all(getattr(p, k) == g[k] for k in ("name", "stage", "year", "kind", "category")):
                    strict += 1
                break

    def f1(tp):
        if not pred and not gold:
            return 1.0
        return 2 * tp / (len(pred) + len(gold))
    return f1(det), f1(strict)


REFERENCE = "000_8d14213320e955ad"
GOLDEN_LAYOUTS = {
    "gov-001": Layout(2022, 2023, [(0, "review")]),
    "mid-002": Layout(2016, 2017, [(0, "plan")]),
    "mid-016": Layout(2020, 2021, [(0, "plan")]),
}


def test_reference_report_golden():
    text, gold = _load(REFERENCE)
    lay = Layout(2022, 2023, [(0, "review"), (text.index("二、2023年的主要预期目标"), "plan")])
    pred = find_projects(text, lay)
    det, strict = _score(pred, gold)
    assert det >= 0.95, det
    assert strict >= 0.90, strict


@pytest.mark.parametrize("stem", sorted(GOLDEN_LAYOUTS))
def test_other_golden(stem):
    text, gold = _load(stem)
    det, strict = _score(find_projects(text, GOLDEN_LAYOUTS[stem]), gold)
    assert det >= 0.9 and strict >= 0.9, (det, strict)


def test_no_projects_where_golden_has_none():
    for path in sorted((ROOT / "golden").glob("*.json")):
        if json.loads(path.read_text(encoding="utf-8"))["projects"]:
            continue
        text, _ = _load(path.stem)
        lay = Layout(2022, 2023, [(0, "review")])
        assert find_projects(text, lay) == [], path.stem


def test_status_headed_lists():
    # (its count and money in brackets: 新开工项目（158个，年度计划投资312亿元）：A、B等。)
    text = "　　新开工项目（158个，年度计划投资312亿元）：甲储能电池产业园、乙水库除险加固等。\n"
    assert _records(text, PLAN) == [("甲储能电池产业园", "start", "新开工", None), ("乙水库除险加固", "start", "新开工", None)]
    text = ("（一）续建项目（3个）：城西污水处理厂、滨江大道、县第一中学新校区。\n"
            "（二）新开工项目主要有：高铁站站前广场、智慧物流园等。\n前期项目：北环线。")
    assert _records(text, PLAN) == [
        ("城西污水处理厂", "ongoing", "续建", None), ("滨江大道", "ongoing", "续建", None),
        ("县第一中学新校区", "ongoing", "续建", None), ("高铁站站前广场", "start", "新开工", None),
        ("智慧物流园", "start", "新开工", None), ("北环线", "planning", "前期", None)]


def test_a_table_of_projects_gives_one_project_per_row_staged_by_its_progress_cell():
    """附表 of major projects: 项目名称 | 总投资（亿元） | 进展情况; the progress column reports results of the
    review year even under the plan part; each row's total investment is an indicator, no headline."""
    text = ("关于某市2022年国民经济和社会发展计划执行情况与2023年计划草案的报告\n一、2022年计划执行情况\n全年经济平稳。\n"
            "二、2023年重点工作\n全力推进项目建设。\n\n附表  重大项目进展情况\n序号\t项目名称\t总投资（亿元）\t进展情况\n"
            "1\t甲至乙高速铁路\t386\t在建，累计完成投资61%\n2\t丙机场改扩建工程\t98\t2022年开工，航站楼主体结构封顶\n"
            "3\t丁水库\t46.5\t主体完工，已下闸蓄水\n4\t北部引调水工程\t128\t前期工作，已完成可行性研究\n"
            "5\t戊半导体晶圆制造一期项目\t260\t2022年建成投产\n")
    doc = extract(text)
    assert [(p.name, p.stage, p.stage_text, p.year, p.kind) for p in doc.projects] == [
        ("甲至乙高速铁路", "ongoing", "在建", 2022, "actual"), ("丙机场改扩建工程", "start", "开工", 2022, "actual"),
        ("丁水库", "ongoing", "主体完工", 2022, "actual"), ("北部引调水工程", "planning", "前期工作", 2022, "actual"),
        ("戊半导体晶圆制造一期", "complete", "建成投产", 2022, "actual")]
    totals = [(r.text, r.name, r.unit, r.year, r.kind, r.headline) for r in doc.indicators if r.name.endswith("总投资")]
    assert totals[:2] == [("386", "甲至乙高速铁路总投资", "亿元", 2022, "actual", False),
                          ("98", "丙机场改扩建工程总投资", "亿元", 2022, "actual", False)]


def test_a_table_written_one_cell_a_line_gives_its_rows_staged_by_their_group():
    """A 重点建设项目计划表 copied one cell a line: each serial line opens a row whose next line names the
    project; '一、续建项目' gives the stage, '（一）工业项目' the category (none under a group with no sector
    heading); the content cells, whose verbs build parts of the project, give nothing; a note ends it."""
    text = ("附件\n\n2025年某市重点建设项目计划表\n序号\n项目名称\n建设内容及规模\n总投资(亿元)\n建设起止年限\n"
            "一、续建项目\n（一）工业项目\n1\n甲新材料年产3万吨电池隔膜项目\n新建隔膜生产线4条及配套仓储、研发楼\n"
            "12.50\n2024—2026\n（二）水利项目\n2\n乙水库扩容工程\n大坝加高6米\n8.60\n2024—2025\n"
            "二、新开工项目\n（一）城市基础设施项目\n3\n丙片区高标准农田建设项目\n新建高标准农田2万亩\n1.20\n2025\n"
            "4\n城北再生水厂项目\n新建再生水厂1座\n4.10\n2025—2026\n三、预备项目\n5\n丁至戊城际铁路项目\n"
            "线路全长约50公里\n98.00\n2026—2030\n\n注：1.总投资为项目概算总投资。\n2.预备项目年度投资另行安排。\n")
    assert _records(text, PLAN) == [
        ("甲新材料年产3万吨电池隔膜", "ongoing", "续建", "工业"), ("乙水库扩容工程", "ongoing", "续建", "水利"),
        ("丙片区高标准农田建设", "start", "新开工", "城市基础设施"), ("城北再生水厂", "start", "新开工", "城市基础设施"),
        ("丁至戊城际铁路", "planning", "预备", None)]


def test_a_group_line_of_words_under_a_status_is_the_category_as_written():
    """'（二）产业发展' under '一、新开工项目': no known sector, but a group of the list: its category as written."""
    text = ("2021年省级重点建设项目名单\n序号\n项目名称\n建设内容\n总投资（亿元）\n建设起止年限\n"
            "一、新开工项目\n（一）基础设施\n1\n甲乙高速公路\n全长 128 公里\n186.4\n2021-2024\n"
            "（二）产业发展\n2\n丙光电光伏组件项目\n年产 3GW\n36.0\n2021-2022\n")
    assert _records(text, PLAN) == [("甲乙高速公路", "start", "新开工", "基础设施"),
                                    ("丙光电光伏组件", "start", "新开工", "产业发展")]


def test_a_numbered_list_of_projects_each_line_ending_with_its_stage():
    """今年重点推进的项目名单如下： then 1.X项目，总投资45亿元，年内开工建设；: the project first, its figures, its
    stage last (开展前期工作 is planning); a line with no stage at its end gives nothing."""
    text = ("今年重点推进的项目名单如下：\n1.甲经济开发区新能源电池材料产业园项目，总投资45亿元，年内开工建设；\n"
            "2.乙至丙二级公路改建工程，全长32.5公里，总投资9.8亿元，年内建成通车；\n3.丁县冷链物流园，总投资6.2亿元，开展前期工作；\n"
            "4.戊县第二高级中学新建项目，规划学位3000个。\n")
    assert _records(text, PLAN) == [("甲经济开发区新能源电池材料产业园", "start", "开工建设", None),
                                    ("乙至丙二级公路改建工程", "complete", "建成通车", None),
                                    ("丁县冷链物流园", "planning", "前期工作", None)]


def test_bullet_lines_under_marked_headings_of_a_wechat_page():
    """◆ lines are lines of their own (no line runs on into the next bullet); ▍过去一年 / ▍今年 date their sections."""
    text = ("某市政府工作报告速览\n\n2025年01月16日\n\n▍过去一年 干了这些事\n\n◆ 己东站综合交通枢纽建成投用\n\n"
            "▍今年重点干这些\n\n◆ 开工建设甲港三期码头、乙抽水蓄能电站\n◆ 加快建设市第一人民医院南院区、丙大道南延工程\n")
    got = [(p.name, p.stage, p.year, p.kind) for p in extract(text).projects]
    assert got == [("己东站综合交通枢纽", "complete", 2024, "actual"), ("甲港三期码头", "start", 2025, "target"),
                   ("乙抽水蓄能电站", "start", 2025, "target"), ("市第一人民医院南院区", "ongoing", 2025, "target"),
                   ("丙大道南延工程", "ongoing", 2025, "target")]


def test_a_tour_page_paragraph_opening_with_its_project_is_that_project():
    """A 观摩 tour's paragraphs open with the project itself, no colon (X项目正加快主体施工，…累计完成投资2.3亿元;
    在甲经济开发区，Y项目现场…); each is that project, under way."""
    text = ("全县重点项目现场观摩\n\n发布时间:2023-09-27 16:42\n\n"
            "    在甲经济开发区,乙新能源年产2GWh储能电池项目现场塔吊林立,一期厂房已主体封顶,二期生产线正在进行设备调试。\n\n"
            "    县人民医院医共体综合楼项目正加快主体施工,目前已建至第9层,累计完成投资2.3亿元。\n\n"
            "    丙水二桥及连接线工程建设正酣,下部结构已全部完成,累计完成投资1.75亿元。\n")
    got = [(p.name, p.stage) for p in extract(text).projects]
    assert got == [("乙新能源年产2GWh储能电池", "ongoing"), ("县人民医院医共体综合楼", "ongoing"),
                   ("丙水二桥及连接线工程", "ongoing")]


def test_a_cell_line_table_with_no_group_status_gives_no_projects():
    """The same shape with sector groups only ('一、交通项目') names no stage, and its cells hold no verb: no record."""
    text = ("序号\n项目名称\n总投资(亿元)\n一、交通项目\n1\n甲至乙高速公路项目\n36.00\n2\n丙港二期工程\n11.80\n")
    assert _records(text, PLAN) == []


def test_a_heading_line_naming_a_sectors_projects_gives_the_category_of_the_paragraphs_under_it():
    """'(一)产业类项目' on a line of its own: the paragraphs under it, to the next outline heading, take 产业类;
    a heading naming no sector ('三、进度滞后项目情况') ends it."""
    text = ("二、分类推进情况\n(一)产业类项目\n产业类项目完成投资占年计划的81.3%。\n甲铝业扩能项目主体完工，乙纺织项目5月开工建设。\n"
            "（二）基础设施项目\n丙至丁一级公路改造工程主体完工。\n三、进度滞后项目情况\n戊体育中心项目加快建设。\n")
    assert _records(text, REVIEW) == [
        ("甲铝业扩能", "ongoing", "主体完工", "产业类"), ("乙纺织", "start", "开工建设", "产业类"),
        ("丙至丁一级公路改造工程", "ongoing", "主体完工", "基础设施"), ("戊体育中心", "ongoing", "加快建设", None)]


def test_a_bracketed_heading_naming_a_year_dates_the_mentions_under_it():
    """A card page (一图读懂) of January: '【2023年成绩单】' gives last year's results, '【2024年重点任务】' this
    year's targets, also under a later heading naming no year ('【十件民生实事】')."""
    text = ("一图读懂2024年某市政府工作报告\n发布时间：2024-01-16\n\n【2023年成绩单】\n▲ 甲东站综合交通枢纽建成投用。\n\n"
            "【2024年重点任务】\n▲ 开工建设乙至丙城际铁路。\n【十件民生实事】\n● 建成丁区第二人民医院。\n")
    doc = extract(text)
    assert [(p.name, p.year, p.kind) for p in doc.projects] == [
        ("甲东站综合交通枢纽", 2023, "actual"), ("乙至丙城际铁路", 2024, "target"), ("丁区第二人民医院", 2024, "target")]


def test_a_list_grouped_under_status_headings_gives_each_numbered_title_its_groups_stage_and_sector():
    """A 重大项目清单 notice: '一、续建项目' gives the stage, '（一）交通' the category; each numbered line's
    title is the project (its places in brackets and a closing 项目 cut), and what its description builds
    is part of it; the list title's year dates the list (a page of February 2025 plans 2025)."""
    text = ("某省发展和改革委员会\n发布时间：2025-02-18 10:20\n\n附件\n\n2025年省重大项目清单（部分）\n\n"
            "一、续建项目\n（一）交通\n"
            "1. 甲至乙高速公路（甲市、乙市）：全长126.4公里，总投资186.5亿元，2025年计划投资42亿元。\n"
            "2. 甲东部物流枢纽项目（甲市）：建设多式联运中心，同步实施站前广场及配套工程，总投资38.5亿元。\n"
            "（二）能源水利\n3. 丙抽水蓄能电站（丙市）：装机120万千瓦，总投资78亿元。\n"
            "二、新开工项目\n（一）产业\n4. 丁锂电新材料产业园二期（丁市）：总投资30亿元。\n"
            "三、前期预备项目\n5. 甲至丙高速铁路（甲市、丙市）：正线长度210公里。\n"
            "四、工作要求\n1. 压实责任：每个项目明确一名责任领导。\n")
    got = [(p.name, p.stage, p.stage_text, p.category, p.year, p.kind, p.rule)
           for p in find_projects(text, Layout(None, None, [(0, "unknown")], now_year=2025))]
    assert got == [
        ("甲至乙高速公路", "ongoing", "续建", "交通", 2025, "target", "projects.status_group"),
        ("甲东部物流枢纽", "ongoing", "续建", "交通", 2025, "target", "projects.status_group"),
        ("丙抽水蓄能电站", "ongoing", "续建", "能源水利", 2025, "target", "projects.status_group"),
        ("丁锂电新材料产业园二期", "start", "新开工", "产业", 2025, "target", "projects.status_group"),
        ("甲至丙高速铁路", "planning", "前期预备", None, 2025, "target", "projects.status_group")]


def test_a_box_titled_by_a_status_gives_its_sector_lines_names_that_status():
    """专栏1 2027年计划新开工重大基础设施项目: '交通：A、B。' lines without a verb of their own list projects
    that start (a verb inside a name, 改扩建工程 or 续建配套, stays part of it)."""
    text = ("专栏1　2027年计划新开工重大基础设施项目\n交通：甲至乙高速公路、甲机场三期改扩建工程。\n"
            "水利：南岭灌区续建配套与现代化改造。\n能源：丙抽水蓄能电站、甲东部海上风电二期。\n\n（二）加快建设现代化产业体系。\n")
    assert _records(text, PLAN) == [
        ("甲至乙高速公路", "start", "新开工", "交通"), ("甲机场三期改扩建工程", "start", "新开工", "交通"),
        ("南岭灌区续建配套与现代化改造", "start", "新开工", "水利"),
        ("丙抽水蓄能电站", "start", "新开工", "能源"), ("甲东部海上风电二期", "start", "新开工", "能源")]


def test_a_bulletins_paragraph_on_one_project_names_it_by_its_title():
    """A 1-11月 progress bulletin (published in December: results): 'X项目：…累计完成投资…' is project X under
    the section's sector, under way unless the paragraph opens with its start or completion; what it
    builds (一期2条生产线, 主体工程) is part of it; a class of projects ('工业重大投资项目：开工A') is no title."""
    text = ("某县2023年1-11月重点项目建设进展情况通报\n\n发布日期:2023-12-08\n\n一、产业项目\n"
            "    甲经济开发区锂电池正极材料项目:总投资36亿元,年度计划投资8亿元。累计完成投资7.62亿元,占年度计划的95.3%。"
            "一期2条生产线已于9月竣工投产,二期主体工程完工。\n"
            "    乙粮油精深加工项目:5月开工建设,累计完成投资1.35亿元,占年度计划的90%。\n"
            "三、社会民生项目\n    县城第三幼儿园项目:已于8月竣工,秋季学期投入使用,新增学位540个。\n")
    doc = extract(text)
    got = [(p.name, p.stage, p.stage_text, p.category, p.year, p.kind, p.rule) for p in doc.projects]
    assert got == [
        ("甲经济开发区锂电池正极材料", "ongoing", "累计完成投资", "产业", 2023, "actual", "projects.progress_item"),
        ("乙粮油精深加工", "start", "开工建设", "产业", 2023, "actual", "projects.progress_item"),
        ("县城第三幼儿园", "complete", "竣工", "社会民生", 2023, "actual", "projects.progress_item")]
    names = {r.text: r.name for r in doc.indicators}
    assert names["36亿元"] == "甲经济开发区锂电池正极材料项目总投资"
    assert names["7.62亿元"] == "甲经济开发区锂电池正极材料项目累计完成投资"


def test_a_bulletins_project_paragraph_names_its_length_and_money_by_the_project():
    """'X工程:全长28.6公里,总投资14.8亿元' and 'Y产业园(二期)项目:累计完成投资2.26亿元': the paragraph's
    project, ASCII brackets and all, names each figure."""
    text = ("某县2023年1-11月重点项目建设进展情况通报\n\n发布日期:2023-12-08\n\n二、基础设施项目\n"
            "    甲至乙一级公路改建工程:全长28.6公里,总投资14.8亿元,年度计划投资5亿元。累计完成投资4.72亿元。\n"
            "    丙绿色食品产业园(二期)项目:累计完成投资2.26亿元,占年度计划的75.3%。\n")
    names = {r.text: r.name for r in extract(text).indicators}
    assert names["28.6公里"] == "甲至乙一级公路改建工程全长"
    assert names["14.8亿元"] == "甲至乙一级公路改建工程总投资"
    assert names["2.26亿元"] == "丙绿色食品产业园（二期）项目累计完成投资"     # (brackets as the view folds them)


def test_a_project_a_report_on_a_list_says_was_planned_is_a_target_until_it_turns_to_what_was_done():
    """（二）…。计划建成甲医院东院区，…: the plan; …计划实施渡改桥工程12座，实际建成13座，其中乙大桥建成通车: done."""
    text = ("关于2024年市级民生实事项目进展情况的报告\n\n发布时间：2024-11-08 16:20\n\n"
            "（二）城乡居民健康服务提升。计划建成甲医院东院区，新建社区卫生服务中心5个。\n\n"
            "（六）渡改桥建设。计划实施渡改桥工程12座，实际建成13座，其中乙大桥建成通车。\n")
    got = {p.name: p.kind for p in extract(text).projects}
    assert got == {"甲医院东院区": "target", "乙大桥": "actual"}


def test_in_a_news_item_a_project_already_done_is_a_result_whatever_the_paragraph_plans():
    """2019年，全市共安排…年度计划投资…；计划竣工项目68个…。其中甲港综合物流园、乙片区综合管廊已完成可研批复 (August page)."""
    text = ("我市前七月重点项目建设稳步推进\n\n发布时间: 2019-08-12 10:26\n\n"
            "  2019年,全市共安排市级重点项目312个,年度计划投资612.5亿元;计划竣工项目68个,已竣工24个。"
            "另有市级储备项目56个正在推进前期工作,其中甲港综合物流园、乙片区综合管廊已完成可研批复。\n")
    got = {p.name: (p.year, p.kind) for p in extract(text).projects}
    assert got == {"甲港综合物流园": (2019, "actual"), "乙片区综合管廊": (2019, "actual")}
    kinds = {r.text: r.kind for r in extract(text).indicators}
    assert kinds["68个"] == "target" and kinds["24个"] == "actual"


def test_in_an_early_news_item_a_project_already_started_with_its_date_is_a_result():
    """截至2月底，…占年度计划的11.6%，其中X项目已于2月中旬开工 (a March page): 年度计划 names the plan the
    figures are set against, and 项目已… says it is done."""
    text = ("某县公布2021年县级重大项目清单\n\n时间：2021年03月02日\n\n"
            "　　开局势头良好。截至2月底，已开工项目21个，完成投资6.8亿元，占年度计划的11.6%，其中城东片区棚户区改造项目已于2月中旬开工。\n")
    assert [(p.name, p.stage_text, p.year, p.kind) for p in extract(text).projects] == [
        ("城东片区棚户区改造", "开工", 2021, "actual")]


def test_a_box_with_status_headings_inside_gives_its_sector_lines_the_status():
    """专栏3 …重大项目 / 一、续建项目（12个） / 交通：A、B / 二、新开工项目（10个） / 能源：C / 三、前期预备项目 / 水利：D."""
    text = ("专栏3　某州2022年重大项目\n\n一、续建项目（12个）\n交通：甲至乙高速公路、甲机场航站区改扩建工程\n"
            "水利：丙水库\n\n二、新开工项目（10个）\n能源：丁100兆瓦光伏电站\n\n三、前期预备项目\n水利：戊引水工程\n\n"
            "对专栏所列重大项目，实行清单化管理。\n")
    assert _records(text, PLAN) == [
        ("甲至乙高速公路", "ongoing", "续建", "交通"), ("甲机场航站区改扩建工程", "ongoing", "续建", "交通"),
        ("丙水库", "ongoing", "续建", "水利"), ("丁100兆瓦光伏电站", "start", "新开工", "能源"),
        ("戊引水工程", "planning", "前期预备", "水利")]


def test_a_ceremony_page_reports_the_projects_started_and_lists_those_started_with_them():
    """总投资523.6亿元！我市86个重大项目集中开工 (a March page): what started is a result, not a plan of the
    early year; 同日开工的还有A、B等项目 lists more starts."""
    text = ("总投资523.6亿元！我市86个重大项目集中开工\n\n2023-03-21 08:46　来源：某日报\n\n"
            "　　此次集中开工的重大项目共86个，总投资523.6亿元。同日开工的还有甲港江北作业区二期工程、乙东站综合交通枢纽等项目。\n")
    doc = extract(text)
    assert {r.text: r.kind for r in doc.indicators} == {"86个": "actual", "523.6亿元": "actual"}
    assert [(p.name, p.stage, p.kind) for p in doc.projects] == [
        ("甲港江北作业区二期工程", "start", "actual"), ("乙东站综合交通枢纽", "start", "actual")]


def test_projects_in_an_april_release_of_the_first_quarter_are_of_this_year():
    text = ("一季度全省经济实现平稳开局 地区生产总值增长5.1%\n\n发布时间：2022-04-22 10:15\n\n"
            "　　一季度全省实现地区生产总值6128.35亿元。甲至乙高速公路、省儿童医院新院区等项目开工建设。\n")
    assert {(p.name, p.year) for p in extract(text).projects} == {("甲至乙高速公路", 2022), ("省儿童医院新院区", 2022)}


def test_projects_listed_one_a_line_under_an_intro_naming_their_stage():
    """主会场集中开工项目5个，…分别是： then ——X，总投资…； lines: each line's title is a project started;
    the list ends at the first line that is no item."""
    text = ("某市2022年第二季度重大项目集中开工\n\n发布时间：2022-05-18 09:12\n\n"
            "　　主会场集中开工项目3个，总投资62.3亿元，分别是：\n"
            "　　——甲铝业年产12万吨高端电池铝箔项目，总投资36亿元，新建熔铸、冷轧生产线；\n"
            "　　——乙智能装备制造产业园一期，总投资18.5亿元，新建标准化厂房22万平方米；\n"
            "　　——甲市第二水厂及配套管网工程，总投资7.8亿元。\n"
            "　　活动现场，市领导为项目培土奠基。\n")
    assert [(p.name, p.stage, p.kind, p.year) for p in extract(text).projects] == [
        ("甲铝业年产12万吨高端电池铝箔", "start", "actual", 2022), ("乙智能装备制造产业园一期", "start", "actual", 2022),
        ("甲市第二水厂及配套管网工程", "start", "actual", 2022)]


@pytest.mark.parametrize("gap", ["\t", "\u3000"])
def test_a_row_table_of_projects_under_status_and_sector_lines_that_count_their_rows(gap):
    """序号 项目名称 … then 一、续建项目（2个） / （一）交通（1个） / 1 X … rows, cells split by tabs or one
    ideographic space: each row a project of its group's status and sector; its money cells are read."""
    header = gap.join(["序号", "项目名称", "建设内容", "总投资（亿元）", "年度计划投资（亿元）", "建设年限"])
    row = lambda *cells: gap.join(cells)  # noqa: E731
    text = ("某省2022年省级重点建设项目名单公布\n\n发布日期：2022-03-04\n\n附件：某省2022年省级重点建设项目名单（节选）\n\n"
            + header + "\n一、续建项目（2个）\n（一）交通（1个）\n"
            + row("1", "甲至乙高速公路", "全长128.6公里", "186.4", "42.0", "2020—2024") + "\n（二）产业发展（1个）\n"
            + row("2", "乙生物医药产业园一期", "建设标准化厂房45万平方米", "32.5", "9.8", "2021—2024") + "\n二、新开工项目（1个）\n（一）水利（1个）\n"
            + row("3", "丙水库工程", "总库容1.86亿立方米", "48.3", "11.2", "2022—2025") + "\n")
    doc = extract(text)
    assert [(p.name, p.stage, p.category) for p in doc.projects] == [
        ("甲至乙高速公路", "ongoing", "交通"), ("乙生物医药产业园一期", "ongoing", "产业发展"), ("丙水库工程", "start", "水利")]
    if gap == "\t":
        assert {"186.4", "42.0", "32.5", "48.3"} <= {r.text for r in doc.indicators}


def test_a_card_page_writes_the_stage_verb_alone_on_a_line_over_its_projects():
    """开工建设 / X科创走廊一期 / Y大道南延段 (a card page, up to a blank line): each line a project of that stage;
    a table's cells under a lone verb (完成 / 规模以上工业增加值增长) are none."""
    text = ("图解｜一图读懂2022年某区政府工作报告\n\n2022-01-07 20:15\n\nPART 03\n2022年重点工作\n\n"
            "开工建设\n甲科创走廊一期\n滨江大道南延段\n东湖片区城市更新项目\n\n加快建设\n地铁5号线甲段\n区文体中心\n\n"
            "完成\n规模以上工业增加值增长\n固定资产投资\n")
    assert [(p.name, p.stage, p.stage_text) for p in extract(text).projects] == [
        ("甲科创走廊一期", "start", "开工建设"), ("滨江大道南延段", "start", "开工建设"), ("东湖片区城市更新", "start", "开工建设"),
        ("地铁5号线甲段", "ongoing", "加快建设"), ("区文体中心", "ongoing", "加快建设")]


def test_lines_opening_with_a_status_and_a_colon_under_sector_headings():
    """一、交通项目（3个，总投资742.6亿元） / 新开工：A，B / 续建：C / 预备：D (a notice adding projects to the year's
    list): each item a project of the status's stage and the heading's sector, planned; a run joined to the
    line above (…B续建：C, as a hard-wrapped copy is read) still splits at the status."""
    text = ("某省发展和改革委员会关于增补2022年省重点建设项目的通知\n\n2022年8月19日\n\n附件\n\n"
            "一、交通项目（3个，总投资742.6 亿元）\n新开工：甲至乙铁路，甲机场航站区改扩建工程续建：乙港综合码头二期\n"
            "二、能源项目（1个，总投资96.8亿元）\n预备：丙抽水蓄能电站\n")
    got = [(p.name, p.stage, p.stage_text, p.category, p.kind) for p in extract(text).projects]
    assert got == [("甲至乙铁路", "start", "新开工", "交通", "target"),
                   ("甲机场航站区改扩建工程", "start", "新开工", "交通", "target"),
                   ("乙港综合码头二期", "ongoing", "续建", "交通", "target"),
                   ("丙抽水蓄能电站", "planning", "预备", "能源", "target")]


def test_bare_sector_lines_inside_a_box_give_its_numbered_items_their_sector():
    """专栏1 2021年市级重大项目（部分） / 基础设施项目 / 1．X：…全线开工建设。 / 产业项目 / 3．Y：…竣工投产。: each item
    takes the sector line above it, up to the next outline heading."""
    text = ("二、2021年重点工作\n（一）扩大有效投资\n全年安排市级重大项目120个。重大项目安排见专栏1。\n"
            "专栏1　2021年市级重大项目（部分）\n基础设施项目\n"
            "1．甲高速公路：全长58.6公里，总投资96.8亿元，年度计划投资22亿元，全线开工建设。\n"
            "2．甲北站综合交通枢纽：总投资26.5亿元，年度计划投资9.2亿元，年底建成投用。\n产业项目\n"
            "3．乙纸业年产30万吨文化纸技改项目：总投资18.2亿元，年度计划投资6.5亿元，竣工投产。\n"
            "（二）壮大实体经济\n加快建设丙物流园。\n")
    got = [(p.name, p.category) for p in extract(text).projects]
    assert got == [("甲高速公路", "基础设施"), ("甲北站综合交通枢纽", "基础设施"), ("乙纸业年产30万吨文化纸技改", "产业"),
                   ("丙物流园", None)]


def test_a_ceremony_page_names_projects_after_a_verb_and_de_and_after_haiyou():
    """…重大项目集中开工活动举行: 主会场开工的A项目，…; 同日开工的还有：总投资18.6亿元的B，主要建设…；总投资12亿元的C；
    …D和总投资3.9亿元的E。; 总投资7.6亿元的F同步开工建设. (无法开工的新开工项目调整为预备项目 names none.)"""
    text = ("某市2023年第二季度重大项目集中开工活动举行\n\n2023-05-17 08:42\n\n"
            "    主会场开工的甲新能源年产20GWh储能电池项目，总投资45亿元，分两期建设。\n"
            "    同日开工的还有：总投资18.6亿元的乙精密汽车零部件产业园，主要建设年产150万套底盘结构件生产线；"
            "总投资12亿元的丙国际陆港多式联运物流中心；总投资5.3亿元的丁职业技术学院实训基地和总投资3.9亿元的戊路快速化改造工程。\n"
            "    在己县分会场，总投资7.6亿元的己县绿色建材产业园同步开工建设。对年内确实无法开工的新开工项目调整为预备项目。\n")
    got = [(p.name, p.stage, p.year, p.kind) for p in extract(text).projects]
    assert got == [("甲新能源年产20GWh储能电池", "start", 2023, "actual"), ("乙精密汽车零部件产业园", "start", 2023, "actual"),
                   ("丙国际陆港多式联运物流中心", "start", 2023, "actual"), ("丁职业技术学院实训基地", "start", 2023, "actual"),
                   ("戊路快速化改造工程", "start", 2023, "actual"), ("己县绿色建材产业园", "start", 2023, "actual")]


def test_numbered_projects_under_a_status_line_on_a_list_page():
    """续建项目（2个） / 1.X项目，总投资…，建设内容为…，计划2024年建成 / 新建项目（1个） / 1.Y…: each project of its
    line's status, the page year's plan; the figures of the contents are not named 建设内容为…."""
    text = ("某县2023年县级重点建设项目名单\n\n发布时间：2023-03-14 15:02\n\n　　现将某县2023年县级重点建设项目名单予以公布。\n\n"
            "续建项目（2个）\n1.甲经济开发区标准化厂房三期项目，总投资6.8亿元，建设内容为新建标准化厂房12万平方米，计划2024年建成。\n"
            "2.乙水库工程，总投资12.5亿元，建设内容为大坝、溢洪道及输水隧洞，计划2025年建成。\n\n"
            "新建项目（1个）\n1.丙至丁快速通道工程，总投资8.6亿元，建设内容为新建一级公路16.2公里，计划2025年建成。\n")
    doc = extract(text)
    assert [(p.name, p.stage, p.stage_text, p.year, p.kind) for p in doc.projects] == [
        ("甲经济开发区标准化厂房三期", "ongoing", "续建", 2023, "target"), ("乙水库工程", "ongoing", "续建", 2023, "target"),
        ("丙至丁快速通道工程", "start", "新建", 2023, "target")]
    assert not any(r.name.startswith("建设内容为") for r in doc.indicators)


def test_a_headline_in_two_parts_and_a_card_line():
    """X高速公路加快建设 控制性工程Y隧道双幅贯通 (a headline in two parts, the first closed by its verb): X is under
    way; a card line, Z枢纽 建成启用, stays one clause."""
    text = ("甲乙高速公路加快建设 控制性工程丙隧道双幅贯通\n\n发布时间: 2024-08-23 10:15\n\n"
            "▌2024年 这些项目落地见效\n\n丁东站综合交通枢纽 建成启用\n")
    assert [(p.name, p.stage, p.stage_text) for p in extract(text).projects] == [
        ("甲乙高速公路", "ongoing", "加快建设"), ("丁东站综合交通枢纽", "complete", "建成启用")]


def test_projects_signed_at_a_ceremony_are_planned():
    """甲经开区与X公司签约Y项目，协议投资45亿元: Y is signed, a project in its planning stage."""
    text = ("某市2022年重大项目集中开工\n\n2022-05-17 08:42\n\n    活动现场，9个招商引资项目集中签约。其中，甲经开区与恒拓新能源科技"
            "有限公司签约恒拓新能源年产5GWh储能电池项目，协议投资45亿元；乙高新区与芯岳微电子签约半导体封装测试基地项目，协议投资22亿元。\n")
    got = [(p.name, p.stage, p.stage_text, p.year, p.kind) for p in extract(text).projects]
    assert got == [("恒拓新能源年产5GWh储能电池", "planning", "签约", 2022, "actual"),
                   ("半导体封装测试基地", "planning", "签约", 2022, "actual")]


def test_lines_opening_with_a_stage_verb_and_a_colon_on_a_card_page():
    """▌2025年 重点项目 / 开工建设：A、B / 加快建设：C / 建成投用：D: each item a project of the verb's stage."""
    text = ("数说政府工作报告丨某市2025\n原创 某市发布 2025年01月21日 07:58\n\n▌2025年 重点项目\n\n"
            "开工建设：甲至乙高速公路、甲港三期码头\n加快建设：甲大学城二期\n建成投用：市第二人民医院新院区\n")
    got = [(p.name, p.stage, p.stage_text, p.year, p.kind) for p in extract(text).projects]
    assert got == [("甲至乙高速公路", "start", "开工建设", 2025, "target"), ("甲港三期码头", "start", "开工建设", 2025, "target"),
                   ("甲大学城二期", "ongoing", "加快建设", 2025, "target"),
                   ("市第二人民医院新院区", "complete", "建成投用", 2025, "target")]


def test_a_ceremony_pages_lists_of_its_projects_by_group():
    """…重大项目集中开工 page: ①产业项目52个，…。主要有A项目（总投资36亿元，占地420亩）、B（一期）项目（…）等；
    each listed project started, of its group's category, the brackets no part of the names."""
    text = ("某市2024年第一季度重大项目集中开工 86个项目总投资512.3亿元\n\n发布时间:2024-03-29 08:45\n\n"
            "    ①产业项目52个,总投资338.7亿元。主要有甲高新区新能源汽车零部件产业园项目(总投资36亿元,占地420亩)、"
            "乙化工新材料一体化(一期)项目(总投资28.5亿元)等;\n"
            "    ②社会民生项目13个,总投资48.7亿元。主要有甲市第一人民医院东院区(总投资12.8亿元,总建筑面积16.5万平方米)、"
            "丙片区城市更新项目(总投资25亿元,涉及改造老旧小区37个、居民3260户)等。\n")
    got = [(p.name, p.stage, p.category, p.kind) for p in extract(text).projects]
    assert got == [("甲高新区新能源汽车零部件产业园", "start", "产业", "actual"),
                   ("乙化工新材料一体化(一期)", "start", "产业", "actual"),
                   ("甲市第一人民医院东院区", "start", "社会民生", "actual"),
                   ("丙片区城市更新", "start", "社会民生", "actual")]


def test_a_progress_cell_giving_a_share_of_the_works_done_is_under_way():
    """项目名称 / 年度计划投资 / 1—10月完成投资 / 完成率 / 形象进度: 路基工程完成95% is under way; 已建成投运 complete."""
    text = ("某省重大项目1—10月进展情况通报\n\n发布日期：2020-11-13\n\n表1　部分省重大项目1—10月进展情况\n"
            "项目名称\t年度计划投资\t1—10月完成投资\t完成率\t形象进度\n"
            "甲至乙高速公路\t42\t38.6\t91.9%\t路基工程完成95%，桥梁工程完成82%\n"
            "乙500千伏输变电工程\t6.8\t6.9\t101.5%\t已建成投运\n")
    assert [(p.name, p.stage) for p in extract(text).projects] == [("甲至乙高速公路", "ongoing"), ("乙500千伏输变电工程", "complete")]


def test_an_outline_title_naming_a_sector_gives_the_category_without_its_xiangmu():
    """（一）交通项目。开工建设A；加快推进B。 / （五）城市基础设施项目。…: the categories 交通 and 城市基础设施."""
    text = ("（一）交通项目。开工建设甲至乙城际铁路、乙江四桥；加快推进乙港二期码头。\n"
            "（二）城市基础设施项目。开工建设城南片区综合管廊。\n")
    assert [(name, category) for name, _, _, category in _records(text, PLAN)] == [
        ("甲至乙城际铁路", "交通"), ("乙江四桥", "交通"), ("乙港二期码头", "交通"), ("城南片区综合管廊", "城市基础设施")]


def test_a_marked_line_naming_a_sector_gives_the_category_of_the_paragraph_under_it():
    """■产业项目 / 重点推动A、B新开工，加快建设C。 on a news page: category 产业."""
    text = ("某市2025年第一批市级重点建设项目计划下达\n\n发布时间：2025-02-10\n\n"
            "　　■产业项目\n　　重点推动甲锂电池隔膜材料产业园、乙半导体封装测试基地二期新开工，加快建设丙智能装备产业园（一期）。\n\n"
            "　　■社会民生项目\n　　新开工市第一人民医院东院区。\n")
    got = [(p.name, p.category) for p in extract(text).projects]
    assert got == [("甲锂电池隔膜材料产业园", "产业"), ("乙半导体封装测试基地二期", "产业"),
                   ("丙智能装备产业园（一期）", "产业"), ("市第一人民医院东院区", "社会民生")]


def test_a_box_line_naming_a_sector_with_a_count_gives_the_category_without_both():
    """专栏1 2025年区级重点项目 / 1.产业项目(32个)：开工A、B；续建C: category 产业."""
    text = ("专栏1  2025年区级重点项目\n1.产业项目(32个)：开工甲智能装备产业园二期、乙新能源电池结构件；续建丙数字港等项目。\n"
            "2.城市更新项目(21个)：启动老码头片区城中村改造。\n")
    assert {category for _, _, _, category in _records(text, PLAN)} == {"产业", "城市更新"}


def test_projects_in_the_items_of_a_vote_page_are_the_years_plans():
    """某县2020年十件民生实事项目票决结果 (10 January): 开工建设城东公共停车场 in an item is a 2020 plan."""
    text = ("某县2020年十件民生实事项目票决结果\n\n发布时间：2020-01-10 17:42\n\n"
            "1．城区公共停车场建设——赞成181票，反对1票，弃权1票\n　　开工建设城东公共停车场、河滨公共停车场，新增停车泊位860个。\n")
    assert {(p.name, p.year, p.kind) for p in extract(text).projects} == {
        ("城东公共停车场", 2020, "target"), ("河滨公共停车场", 2020, "target")}


def test_a_list_titled_by_its_status_with_sector_groups_and_placed_items():
    """…关于印发2025年省重大前期项目清单的通知 / 一、交通（38个） / 1. X（甲市、乙市），…估算总投资420亿元: each item a
    planned (前期) project of the group's sector, of the list's year; its figures named after it."""
    text = ("某省发展和改革委员会关于印发2025年省重大前期项目清单的通知\n\n2025年3月6日\n\n附件\n2025年省重大前期项目清单（摘录）\n\n"
            "一、交通（38个）\n1. 甲至乙高速铁路甲段（甲市、乙市），正线长度约212公里，估算总投资420亿元\n"
            "二、水利（22个）\n2. 丙河引调水工程（丙市），年引水量3.2亿立方米，估算总投资86亿元\n")
    doc = extract(text)
    assert [(p.name, p.stage, p.category, p.year, p.kind) for p in doc.projects] == [
        ("甲至乙高速铁路甲段", "planning", "交通", 2025, "target"), ("丙河引调水工程", "planning", "水利", 2025, "target")]
    names = {r.text: r.name for r in doc.indicators}
    assert names["420亿元"].startswith("甲至乙高速铁路甲段") and names["86亿元"].startswith("丙河引调水工程")


def test_a_titled_paragraphs_sector_holds_over_its_wrapped_lines():
    """  （一）产业项目。…浙岙新\\n能源年产20GWh锂电池项目一期加快建设…；东港生物基材料产业园有序推进 (a copy cut into
    lines, its paragraphs opening with an indent): every project of the paragraph is 产业, the next one's 基础设施."""
    text = ("某县2023年一季度重点项目建设情况\n发布时间：2023-04-10\n\n"
            "  （一）产业项目。安排产业项目41个，一季度完成投资13.4亿元。甲新\n能源年产20GWh锂电池项目一期加快建设；"
            "乙生物基材料产业园有序推进。\n  （二）基础设施项目。安排基础设施项目27个。\n丙水库除险加固工程加快推进。\n")
    got = [(p.name.replace("\n", ""), p.category) for p in extract(text).projects]
    assert got == [("甲新能源年产20GWh锂电池项目一期", "产业"), ("乙生物基材料产业园", "产业"), ("丙水库除险加固工程", "基础设施")]


def test_a_year_opening_a_part_of_a_review_sentence_dates_its_projects():
    """2010年，X建成投产；2011年，Y竣工投产 in a review of five years: each project the year its part names."""
    text = "2010年，甲电厂一期2×30万千瓦机组建成投产；2011年，乙煤机装备产业园一期竣工投产。"
    assert [(p.name, p.year) for p in find_projects(text, REVIEW)] == [
        ("甲电厂一期2×30万千瓦机组", 2010), ("乙煤机装备产业园一期", 2011)]
    assert [p.year for p in find_projects("2025年，丙大桥建成通车。", PLAN)] == [2025]
    assert [p.year for p in find_projects("2022年，丁大桥建成通车。", PLAN)] == [2023]


def test_a_numbered_key_project_list_under_numbered_sector_headings():
    """（1）交通项目 / 1．X项目：总投资…，建设内容：…，2024年续建。: each item a project of its sector, its stage
    after a time phrase; a later outline heading ends the sector."""
    text = ("重点推进以下项目：\n（1）交通项目\n"
            "1．甲至乙二级公路改扩建项目：总投资9.8亿元，年度计划投资2.6亿元，建设内容：改扩建二级公路36.5公里，2024年续建。\n"
            "2．甲县城东环线项目：总投资4.2亿元，建设内容：新建城市主干道6.8公里及配套管网，计划3月开工建设。\n"
            "（2）社会事业项目\n3．县人民医院外科综合楼项目：总投资2.3亿元，建设内容：建筑面积3.6万平方米，年内建成投用。\n"
            "（二）推动产业转型升级，培育壮大特色产业。\n加快丙新型建材产业园建设。\n")
    assert [(p.name, p.stage, p.category) for p in find_projects(text, PLAN)] == [
        ("甲至乙二级公路改扩建", "ongoing", "交通"), ("甲县城东环线", "start", "交通"),
        ("县人民医院外科综合楼", "complete", "社会事业"), ("丙新型建材产业园", "ongoing", None)]


def test_projects_in_items_under_a_review_sentence_stating_a_later_years_plans_are_its_targets():
    text = ("全年民生支出38.6亿元。\n\n各位代表！2023年，区人民政府将继续集中财力办好十件民生实事：\n\n"
            "1.教育扩容提质工程：新建中小学和幼儿园5所，开工建设甲中学北校区。\n\n"
            "2.医疗服务提升工程：建成区中医院康复楼。\n\n以上民生实事计划总投资9.8亿元。\n\n乙公园建成开放。\n")
    assert [(p.name, p.year, p.kind) for p in find_projects(text, REVIEW)] == [
        ("甲中学北校区", 2023, "target"), ("区中医院康复楼", 2023, "target"), ("乙公园", 2022, "actual")]


def test_a_list_whose_note_marks_new_starts_gives_marked_rows_start_and_the_rest_ongoing():
    """序号 项目名称 … rows under sector lines, no status column: 注：项目名称后标“△”的为…新开工项目，其余为续建项目
    stages each row; its money cells are the list year's plan, named by the project (mark and 项目 cut)."""
    text = ("甲市2020年市级重大项目名单\n序号\t项目名称\t建设内容及规模\t总投资（亿元）\t年度计划投资（亿元）\n"
            "\t合计\t\t40.5\t12.3\n一、产业类（2个）\n1\t甲钢铁产能置换升级改造项目\t建设年产280万吨优特钢生产线\t30\t9\n"
            "2\t乙智能终端产业园△\t新建标准厂房18万平方米，引进整机企业\t10.5\t3.3\n"
            "注：项目名称后标“△”的为2020年新开工项目，其余为续建项目。\n")
    doc = extract(text)
    assert [(p.name, p.stage, p.stage_text, p.year) for p in doc.projects] == [
        ("甲钢铁产能置换升级改造", "ongoing", "续建", 2020), ("乙智能终端产业园", "start", "新开工", 2020)]
    got = {r.text: r for r in doc.indicators}
    assert (got["30"].name, got["30"].kind, got["30"].unit) == ("甲钢铁产能置换升级改造总投资", "target", "亿元")
    assert got["3.3"].name == "乙智能终端产业园年度计划投资" and "40.5" in got
    assert not any("\t" in r.name for r in doc.indicators)     # (a tab parts the cells: no name runs across one)


def test_a_signing_ceremony_page_gives_each_signed_project_planning_of_the_pages_year():
    """现场签约的X项目总投资…; Y基地协议投资…; Z、W等18个项目也在仪式上集中签约: all signed that day."""
    text = ("甲市2024年一季度重点项目集中签约仪式举行\n\n2024-03-28 18:05  来源：甲市日报\n\n"
            "3月27日上午，甲市2024年一季度重点项目集中签约仪式在市民中心举行。现场签约的甲新能源年产10GWh储能电池项目"
            "总投资52亿元，全部达产后可实现年产值约80亿元；乙重工风电装备制造基地协议投资31.5亿元，主要建设风电整机生产线。"
            "此外，丙经开区光伏组件边框、丁预制菜产业园等18个项目也在仪式上集中签约。\n")
    assert [(p.name, p.stage, p.year, p.kind) for p in extract(text).projects] == [
        ("甲新能源年产10GWh储能电池", "planning", 2024, "actual"), ("乙重工风电装备制造基地", "planning", 2024, "actual"),
        ("丙经开区光伏组件边框", "planning", 2024, "actual"), ("丁预制菜产业园", "planning", 2024, "actual")]


def test_projects_signed_at_an_early_year_conference_are_done_and_signed_and_begun_is_begun():
    text = ("甲新区召开2015年工作会议\n\n2015-02-12 10:05  来源：甲新区管委会\n\n"
            "2月11日，甲新区召开2015年工作会议，安排部署2015年重点任务。\n"
            "会议提出，2015年新区主要预期目标是：地区生产总值增长12%左右。\n"
            "会上，新区集中签约项目28个。甲航空发动机维修基地、乙智能装备产业园等项目现场签约。\n"
            "去年，丙精密模具产业园、丁重机工业园等一批重大项目签约并开工建设。\n")
    assert [(p.name, p.stage, p.year, p.kind) for p in extract(text).projects] == [
        ("甲航空发动机维修基地", "planning", 2015, "actual"), ("乙智能装备产业园", "planning", 2015, "actual"),
        ("丙精密模具产业园", "start", 2014, "actual"), ("丁重机工业园", "start", 2014, "actual")]


@pytest.mark.parametrize("text, layout, expected", [
    # a sentence of the plan part opening with 去年 reports last year's results
    ("全年安排重点项目128个。去年全市重点项目完成投资98.6亿元，甲化工码头、乙商贸物流园一期等项目建成投用，今年要再加力。"
     "开工建设丙光伏组件产业园。", PLAN,
     [("甲化工码头", 2022, "actual"), ("乙商贸物流园一期", 2022, "actual"), ("丙光伏组件产业园", 2023, "target")]),
    # a paragraph of the review part opening with the next year plans it
    ("甲河干流综合治理工程全线完工，乙污水处理厂建成投运。\n2023年，坚持把生态文明建设放在更加突出的位置。"
     "重点实施丙流域水环境综合治理二期等工程。", REVIEW,
     [("甲河干流综合治理工程", 2022, "actual"), ("乙污水处理厂", 2022, "actual"),
      ("丙流域水环境综合治理二期", 2023, "target")]),
])
def test_a_sentence_or_paragraph_opening_with_another_year_dates_its_projects(text, layout, expected):
    assert [(p.name, p.year, p.kind) for p in find_projects(text, layout)] == expected


def test_a_numbered_counted_sector_line_heads_its_projects_and_a_stage_of_development_is_none():
    text = ("1．工业项目46个，年度计划投资52.6亿元。开工建设甲年产30万吨包装纸板、乙汽车轮毂二期等项目。\n"
            "2．城市建设和房地产项目22个，年度计划投资19.5亿元。加快推进丙大道东延段，扎实做好戊通用机场前期工作。\n"
            "全县正处于工业化加速推进阶段，丁化工二期等一批项目将陆续投产。\n")
    assert _records(text, PLAN) == [
        ("甲年产30万吨包装纸板", "start", "开工建设", "工业"), ("乙汽车轮毂二期", "start", "开工建设", "工业"),
        ("丙大道东延段", "ongoing", "加快推进", "城市建设和房地产"), ("戊通用机场", "planning", "前期工作", "城市建设和房地产"),
        ("丁化工二期", "complete", "投产", None)]


def test_a_counted_status_names_its_projects_after_mainly_and_a_counted_sector_may_end_on_a_full_stop():
    text = ("全年计划安排重点项目150个，总投资586.2亿元。\n1．续建项目58个，年度计划投资71.3亿元。主要有：县人民医院新院区、"
            "甲智能装备产业园、S327甲段改建工程等。\n2．新开工项目76个，年度计划投资64.5亿元。主要有：县第二高级中学、"
            "乙冷链物流产业园等。\n3．竣工项目42个。主要有：丙生态廊道（二期）等。\n"
            "工业项目136个。开工建设丁化工50万吨聚酯新材料等项目。\n")
    assert _records(text, PLAN) == [
        ("县人民医院新院区", "ongoing", "续建", None), ("甲智能装备产业园", "ongoing", "续建", None),
        ("S327甲段改建工程", "ongoing", "续建", None), ("县第二高级中学", "start", "新开工", None),
        ("乙冷链物流产业园", "start", "新开工", None), ("丙生态廊道（二期）", "complete", "竣工", None),
        ("丁化工50万吨聚酯新材料", "start", "开工建设", "工业")]


def test_a_card_pages_numbered_sections_date_its_projects_and_marked_sectors_name_their_category():
    """01 / 2024年·成绩单 … 02 / 2025年·主要预期目标 … 03 / 重大项目 / ▶交通 / 开工建设 X: the plan's, of 交通."""
    text = ("甲市发布\n2025年01月17日 20:30\n\n一图读懂丨2025年甲市政府工作报告\n\n01\n2024年·成绩单\n\n地区生产总值\n"
            "2863.4亿元\n\n▶一年来\n新增经营主体\n5.2万户\n\n02\n2025年·主要预期目标\n\n地区生产总值增长\n5.5%左右\n\n"
            "03\n重大项目\n\n▶交通\n开工建设 甲至乙高速公路\n建成 甲北站综合交通枢纽\n\n▶产业\n建成投产 丙光伏组件二期\n")
    assert [(p.name, p.stage, p.year, p.kind, p.category) for p in extract(text).projects] == [
        ("甲至乙高速公路", "start", 2025, "target", "交通"), ("甲北站综合交通枢纽", "complete", 2025, "target", "交通"),
        ("丙光伏组件二期", "complete", 2025, "target", "产业")]


def test_a_tour_page_names_each_project_by_its_figures_or_visit_and_its_stage_by_what_follows():
    """察看了X项目。该项目…正在加紧建设 / 在乙区，Y项目总投资…，一期已建成投用 / 来到Z电站施工现场，该项目…今年4月开工建设 /
    W项目全长…，为续建项目; 在开工项目中，V项目总投资…，一期计划于…建成投产 (a stage planned is no stage said)."""
    text = ("甲市开展2021年第二季度重点项目观摩活动\n\n发布日期：2021-07-02 10:47\n\n"
            "6月29日至30日，甲市组织开展重点项目建设观摩活动。\n"
            "在甲经开区，观摩团察看了甲锂电储能电池生产基地项目。该项目总投资56亿元，目前一期正在加紧建设，主体厂房已封顶。"
            "在乙区，乙国际陆港物流园项目总投资32.6亿元，一期已建成投用。在丙县，观摩团来到丙抽水蓄能电站施工现场，"
            "该项目总投资84亿元，今年4月开工建设。丁至丙快速通道项目全长38.6公里，为续建项目。\n"
            "在开工项目中，戊新材料年产5万吨锂电池隔膜项目总投资32亿元，一期计划于2022年6月建成投产。\n")
    assert [(p.name, p.stage) for p in extract(text).projects] == [
        ("甲锂电储能电池生产基地", "ongoing"), ("乙国际陆港物流园", "complete"), ("丙抽水蓄能电站", "start"),
        ("丁至丙快速通道", "ongoing"), ("戊新材料年产5万吨锂电池隔膜", "start")]


def test_a_reason_naming_projects_at_full_production_and_a_status_count_with_its_main_ones():
    text = ("规模以上工业增加值增长5%以上，主要是甲马铃薯精淀粉扩建、乙药业饮片生产线等项目全年达产。\n"
            "其中：续建项目48个，年度计划投资29.6亿元，重点是丙河防洪治理工程、县城第二水厂等项目；新开工项目56个，"
            "年度计划投资23.2亿元，重点是县第三中学、丁污水处理厂等项目。\n")
    assert _records(text, PLAN) == [
        ("甲马铃薯精淀粉扩建", "complete", "达产", None), ("乙药业饮片生产线", "complete", "达产", None),
        ("丙河防洪治理工程", "ongoing", "续建", None), ("县城第二水厂", "ongoing", "续建", None),
        ("县第三中学", "start", "新开工", None), ("丁污水处理厂", "start", "新开工", None)]


def test_a_list_of_village_projects_under_town_headings_whose_note_says_all_are_new():
    """…以上项目均为2020年新建项目。/ 一、甲镇（2个项目，投入资金224万元） / 1.X项目，投入资金…: each a new
    start of the list's year; a town heading is no sector."""
    text = ("某县2020年度乡村振兴项目实施计划公示\n发布时间：2020-04-08 15:02\n\n"
            "确定2020年度乡村振兴项目3个，计划投入资金310万元，以上项目均为2020年新建项目。现将项目安排情况公示如下。\n\n"
            "一、甲镇（2个项目，投入资金224万元）\n1.黄泥村茶叶加工厂房项目，投入资金128万元，建设内容：新建钢结构加工厂房860平方米。\n"
            "2.青石村产业路硬化项目，投入资金96万元，建设内容：硬化产业路3.2公里。\n"
            "二、乙乡（1个项目，投入资金86万元）\n1.东岭村光伏电站项目，投入资金86万元，建设内容：建设村级光伏电站100千瓦。\n")
    assert [(p.name, p.stage, p.year, p.kind, p.category) for p in extract(text).projects] == [
        ("黄泥村茶叶加工厂房", "start", 2020, "target", None), ("青石村产业路硬化", "start", 2020, "target", None),
        ("东岭村光伏电站", "start", 2020, "target", None)]


def test_a_news_item_on_a_building_done_and_another_started_where_it_stands():
    """X项目在城南新区开工建设 (where, an adverb); 此次开工的X项目选址… (its 项目 ends the name, 迁建 part of it);
    今年8月建成投用的Y综合楼已开诊运行; 大楼 alone is no project, nor 新开工的亿元以上项目."""
    text = ("甲县人民医院新住院综合楼竣工\n\n2019-12-20 16:35  来源:甲县融媒体中心\n\n"
            "12月19日上午,甲县人民医院新住院综合楼竣工仪式举行。同日,县中医院整体迁建项目在城南新区开工建设。\n"
            "大楼投入使用后,全院床位将由800张增至1400张。\n"
            "据介绍,此次开工的县中医院整体迁建项目选址城南新区,总投资4.8亿元。今年新开工的亿元以上项目达到32个。\n"
            "今年8月建成投用的县妇幼保健院综合楼已开诊运行。\n")
    assert [(p.name, p.stage) for p in extract(text).projects] == [
        ("甲县人民医院新住院综合楼", "complete"), ("县中医院整体迁建", "start"), ("县中医院整体迁建", "start"),
        ("县妇幼保健院综合楼", "complete")]


def test_a_single_project_page_names_this_projects_figures_by_it():
    """甲东站综合交通枢纽主体结构全面封顶 (under way); 该项目总用地面积…: the figure is the project's."""
    text = ("某市住房和城乡建设局\n\n甲东站综合交通枢纽主体结构全面封顶\n\n发布日期：2022-09-27\n\n"
            "　　9月26日，甲东站综合交通枢纽主体结构全面封顶，标志着该项目转入装饰装修阶段。\n"
            "　　该项目总用地面积约21.6公顷，总投资26.4亿元。\n")
    doc = extract(text)
    assert [(p.name, p.stage) for p in doc.projects] == [("甲东站综合交通枢纽", "ongoing")] * 2
    assert {r.text: r.name for r in doc.indicators}["21.6公顷"] == "甲东站综合交通枢纽总用地面积"


def test_on_a_news_page_a_project_in_a_part_saying_what_will_be_done_is_this_years_plan():
    """四季度，县发改局将…，推动X、Y等项目尽快开工: targets; a part of results beside it (…完成主体工程78%，年内将
    具备试运行条件；Z加快建设) stays a result, as does a result set against the plan (占年度计划的112%；A建成投用)."""
    text = ("某县2022年三季度重点项目建设进展情况\n\n发布时间：2022-10-12\n\n"
            "　　全县重点项目完成投资68.2亿元，占年度计划的112%；甲港二期集装箱码头建成投用。\n"
            "　　乙港三期码头完成主体工程78%，年内将具备试运行条件；丙快速路东段加快建设。\n"
            "　　四季度，县发改局将紧盯年度目标，推动丁新材料二期、县二中新校区等项目尽快开工。\n")
    got = [(p.name, p.kind) for p in extract(text).projects]
    assert ("甲港二期集装箱码头", "actual") in got and ("丙快速路东段", "actual") in got
    assert ("丁新材料二期", "target") in got and ("县二中新校区", "target") in got


def test_the_figures_of_a_line_a_project_titles_before_a_comma_are_the_projects():
    """1.X项目，投入资金128万元，建设内容：新建钢结构加工厂房860平方米: each figure named by the project and its clause."""
    text = ("某县2020年度乡村振兴项目实施计划公示\n发布时间：2020-04-08 15:02\n\n以上项目均为2020年新建项目。\n\n"
            "一、甲镇（2个项目，投入资金224万元）\n1.黄泥村茶叶加工厂房项目，投入资金128万元，建设内容：新建钢结构加工厂房860平方米。\n"
            "2.青石村产业路硬化项目，投入资金96万元，建设内容：硬化产业路3.2公里。\n")
    got = {r.text: r.name for r in extract(text).indicators}
    assert got["128万元"].startswith("黄泥村茶叶加工厂房") and got["860平方米"] == "黄泥村茶叶加工厂房新建钢结构加工厂房"
    assert got["3.2公里"] == "青石村产业路硬化硬化产业路"


def test_a_pipe_table_of_projects_under_status_group_rows():
    """| 序号 | 项目名称 | … | with group rows | 一 | 续建项目（2个） | … |: each row a project of its group's status,
    its total the list year's plan."""
    text = ("某省2023年省重点建设项目名单（第一批）\n\n发布时间：2023-02-21 09:30\n\n以下为部分重大项目：\n\n"
            "| 序号 | 项目名称 | 建设地点 | 总投资（亿元） | 建设起止年限 |\n| --- | --- | --- | --- | --- |\n"
            "| 一 | 续建项目（2个） |  | 265.2 |  |\n| 1 | 甲至乙高速公路 | 甲市 | 168.4 | 2021-2025 |\n"
            "| 2 | 丙机场改扩建工程 | 丙市 | 96.8 | 2021-2024 |\n| 二 | 新开工项目（1个） |  | 54.3 |  |\n"
            "| 3 | G210丁至戊段改扩建工程 | 丁县 | 54.3 | 2023-2026 |\n")
    doc = extract(text)
    assert [(p.name, p.stage, p.year, p.kind) for p in doc.projects] == [
        ("甲至乙高速公路", "ongoing", 2023, "target"), ("丙机场改扩建工程", "ongoing", 2023, "target"),
        ("G210丁至戊段改扩建工程", "start", 2023, "target")]
    got = {r.text: r for r in doc.indicators if r.rule == "ind.table"}
    assert (got["168.4"].name, got["168.4"].kind, got["168.4"].unit) == ("甲至乙高速公路总投资", "target", "亿元")


def test_a_quarters_report_card_under_its_posting_time_reports_this_years_progress():
    """岚渠发布 / 2025年04月07日 18:32 / 一季度重点项目“成绩单”出炉！: the headline is under the posting time, and
    a 成绩单 reports results, so the table's projects are this year's, done so far."""
    text = ("某市发布\n2025年04月07日 18:32\n\n一季度重点项目“成绩单”出炉！完成投资163.8亿元\n\n"
            "　　一季度，市级重点项目累计完成投资163.8亿元，占年度计划的27.1%。\n\n部分重点项目一季度进展\n"
            "项目名称 | 所处阶段 | 一季度进展\n甲东站综合交通枢纽 | 续建 | 主体结构完成65%，完成投资4.2亿元\n"
            "乙江四桥 | 新开工 | 3月18日开工，完成投资1.1亿元\n丙中心医院东院区 | 竣工 | 2月底投入使用\n")
    assert [(p.name, p.year, p.kind) for p in extract(text).projects] == [
        ("甲东站综合交通枢纽", 2025, "actual"), ("乙江四桥", 2025, "actual"), ("丙中心医院东院区", 2025, "actual")]


def test_a_notice_whose_paragraph_plans_its_numbered_sites_dates_them_to_that_year():
    """2018年全县计划新开工建设…安置点6个，…。现将各安置点建设项目公告如下： / 1．X安置点：…: each a new start, planned
    for 2018, on a page of that March."""
    text = ("某县2018年易地扶贫搬迁集中安置点建设项目公告\n发文日期：2018年03月12日\n\n"
            "　　经县扶贫开发领导小组研究，2018年全县计划新开工建设易地扶贫搬迁集中安置点2个，安置搬迁群众554户。"
            "现将各安置点建设项目公告如下：\n\n　　1．城关镇西岭移民新区安置点：安置搬迁户318户，建设住房318套；\n\n"
            "　　2．龙场镇坪上安置点：安置搬迁户236户，建设住房236套。\n")
    assert [(p.name, p.stage, p.year, p.kind) for p in extract(text).projects] == [
        ("城关镇西岭移民新区安置点", "start", 2018, "target"), ("龙场镇坪上安置点", "start", 2018, "target")]


def test_a_quarters_start_headline_makes_the_page_a_release_of_the_year_so_far():
    text = ("某市新闻网\n\n一季度全市87个项目开工 完成投资163.2亿元\n\n2024-04-09 08:15  来源:某日报\n\n"
            "　　一季度，全市计划新开工亿元以上项目95个，实际开工87个，开工率91.6%。3月6日，甲新材料产业园开工建设。\n")
    assert [(p.name, p.year, p.kind) for p in extract(text).projects] == [("甲新材料产业园", 2024, "actual")]


def test_a_card_pages_stage_lines_with_when_name_the_projects_under_them_in_their_sections_year():
    page = ("一图读懂 | 2024年某区政府工作报告\n\nPART 1\n2023年 · 交出这份答卷\n\n823.6亿元\n地区生产总值\n\n"
            "PART 4\n2024年 · 项目建设\n\n年内开工\n甲江东站综合交通枢纽\n乙智造产业园二期\n\n年内建成\n区中医院迁建工程\n")
    got = [(p.name, p.stage, p.year, p.kind) for p in extract(page).projects]
    assert got == [("甲江东站综合交通枢纽", "start", 2024, "target"), ("乙智造产业园二期", "start", 2024, "target"),
                   ("区中医院迁建工程", "complete", 2024, "target")]


def test_a_boxs_projects_named_one_a_line_under_status_and_sector_headings():
    """专栏 / 一、续建项目(84个,年度计划投资238亿元) / (一)产业项目 / X产业园二期: bare names, their status and sector
    from the headings above (a count and money in brackets after the status)."""
    text = ("关于某区2021年国民经济和社会发展计划执行情况与2022年计划草案的报告\n\n三、2022年主要任务\n"
            "重点项目见专栏1。\n专栏1  2022年区级重点建设项目\n一、续建项目(84个,年度计划投资238亿元)\n(一)产业项目\n"
            "甲智能装备产业园二期\n乙生物医药产业基地\n(二)基础设施项目\n丙大道北延段\n二、新开工项目(48个,年度计划投资98亿元)\n"
            "(一)社会民生项目\n丁职业教育中心\n(四)强化科技创新引领\n全区研发经费投入强度达到3%。\n")
    got = [(p.name, p.category, p.stage, p.year, p.kind) for p in extract(text).projects]
    assert got == [("甲智能装备产业园二期", "产业", "ongoing", 2022, "target"), ("乙生物医药产业基地", "产业", "ongoing", 2022, "target"),
                   ("丙大道北延段", "基础设施", "ongoing", 2022, "target"), ("丁职业教育中心", "社会民生", "start", 2022, "target")]



def test_dashed_project_lines_under_counted_sectors_take_the_stage_their_first_clause_says():
    """产业项目76个，年度计划投资112亿元： / ——X，总投资36亿元，年内开工建设； (each line its own, never joined)."""
    text = ("某区2021年政府工作报告\n\n二、2021年工作安排\n全年安排区级重点项目180个，总投资1520亿元，其中：\n"
            "产业项目76个，年度计划投资112亿元：\n——甲轨道交通装备产业园二期，总投资36亿元，年内开工建设；\n"
            "——乙生物医药产业化基地，总投资15亿元，加快建设，年底主体完工；\n——丙智能装备产业园，总投资12.4亿元，年内竣工投产；\n"
            "基础设施项目58个，年度计划投资76亿元：\n——丁快速路北延工程，加快建设，年内完成路基工程60%；\n"
            "——戊港区5万吨级多用途码头，力争年底建成；\n社会民生项目46个，年度计划投资40亿元：\n——区全民健身中心，完成主体结构封顶。\n")
    got = [(p.name, p.category, p.stage, p.stage_text) for p in extract(text).projects]
    assert got == [("甲轨道交通装备产业园二期", "产业", "start", "开工建设"), ("乙生物医药产业化基地", "产业", "ongoing", "加快建设"),
                   ("丙智能装备产业园", "产业", "complete", "竣工投产"), ("丁快速路北延工程", "基础设施", "ongoing", "加快建设"),
                   ("戊港区5万吨级多用途码头", "基础设施", "complete", "建成"), ("区全民健身中心", "社会民生", "ongoing", "完成主体结构封顶")]



def test_a_boxs_bracketed_sector_lines_give_its_numbered_items_their_category():
    """专栏1 … / 【工业】 / 1．X：总投资45.0亿元，…，新开工。 / 【交通】 / 2．Y：…，续建。"""
    text = ("关于某区2022年国民经济和社会发展计划执行情况与2023年计划草案的报告\n\n三、2023年主要任务\n"
            "专栏1　2023年区级重点建设项目（部分）\n【工业】\n1．甲新能源电池材料产业园（二期）：总投资45.0亿元，年度计划投资12.0亿元，新开工。\n"
            "【交通】\n2．乙大道快速化改造工程：总投资18.2亿元，年度计划投资6.0亿元，续建。\n")
    got = [(p.name, p.category) for p in extract(text).projects]
    assert got == [("甲新能源电池材料产业园（二期）", "工业"), ("乙大道快速化改造工程", "交通")]


def test_programmes_named_by_their_aim_are_no_builds():
    text = ("关于某市2013年国民经济和社会发展计划执行情况与2014年计划草案的报告\n\n三、2014年主要任务\n"
            "继续办好十件实事：一是实施就业促进工程，新增城镇就业5万人；二是实施学前教育推进工程，新建公办幼儿园30所；"
            "三是实施食品药品安全放心工程；四是实施健康惠民工程；五是建成甲水库。\n")
    assert [(p.name, p.stage) for p in extract(text).projects] == [("甲水库", "complete")]



def test_a_card_pages_stage_lines_pointing_at_their_lists():
    """计划开工 ▶ A、B / 加快建设 ▶ C / 建成投用 ▶ D: each line its own, the arrow no part of a name."""
    text = ("▍2025年 重点项目\n\n计划开工 ▶ 甲港综合物流园、乙快速路二期\n加快建设 ▶ 丙北站站前综合枢纽、清塘水库\n"
            "建成投用 ▶ 市奥体中心\n")
    got = [(p.name, p.stage) for p in extract(text).projects]
    assert got == [("甲港综合物流园", "start"), ("乙快速路二期", "start"), ("丙北站站前综合枢纽", "ongoing"),
                   ("清塘水库", "ongoing"), ("市奥体中心", "complete")]



def test_a_year_list_of_projects_with_their_figures_in_brackets():
    """某市2024年市级重大项目清单 / …安排实施市级重大项目186个 / 一、产业项目（5个） / 1.X项目（…；总投资85亿元；…）:
    each project of the list's year, at the stage its brackets say or else the intro's; a counted sector is none."""
    text = ("某市人民政府门户网站\n发布时间：2024-03-05 09:40\n\n某市2024年市级重大项目清单（重点推进类）\n\n"
            "　　今年，全市共安排实施市级重大项目186个，总投资2140亿元。\n\n一、产业项目（2个）\n"
            "1.甲高新区年产20GWh储能电池项目（建设电芯、模组及PACK生产线；总投资85亿元；年度计划投资22亿元）\n"
            "2.乙新材料电子级湿化学品项目（新建生产装置8套，年内建成投产；总投资26.5亿元）\n"
            "3.城市基础设施和生态环保项目（41个，总投资295.8亿元）\n")
    got = [(p.name, p.category, p.stage, p.year, p.kind) for p in extract(text).projects]
    assert got == [("甲高新区年产20GWh储能电池", "产业", "ongoing", 2024, "target"),
                   ("乙新材料电子级湿化学品", "产业", "complete", 2024, "target")]



def test_a_signing_pages_list_of_projects_each_with_its_agreed_investment():
    """签约项目分别是：A项目，协议投资12亿元；B项目，协议投资10.5亿元。: each signed (planning); the ceremony is none."""
    text = ("我县举行2014年招商引资项目集中签约仪式\n发布时间：2014-05-20\n\n"
            "　　签约项目分别是：甲新型墙体材料产业园项目，协议投资12亿元；乙风电场项目，协议投资10.5亿元；丙有机肥项目，协议投资8000万元。\n")
    got = [(p.name, p.stage, p.stage_text) for p in extract(text).projects]
    assert got == [("甲新型墙体材料产业园", "planning", "协议投资"), ("乙风电场", "planning", "协议投资"), ("丙有机肥", "planning", "协议投资")]



def test_items_numbered_in_brackets_under_a_sector_heading_closed_by_a_colon():
    """交通基础设施: / (1)X:全长8.6公里,年内建成通车。 / (2)Y:开工建设,总投资6.2亿元。: the items of that sector."""
    text = ("某市2014年政府工作报告\n\n二、2014年工作安排\n主要项目如下:\n交通基础设施:\n"
            "(1)甲高速互通至城区连接线:全长8.6公里,年内建成通车。\n(2)乙港区江北作业区一期:开工建设,总投资6.2亿元。\n"
            "水利设施:\n(1)丙水库除险加固工程:年内完工。\n")
    got = [(p.name, p.category, p.stage) for p in extract(text).projects]
    assert got == [("甲高速互通至城区连接线", "交通基础设施", "complete"), ("乙港区江北作业区一期", "交通基础设施", "start"),
                   ("丙水库除险加固工程", "水利设施", "complete")]



def test_numbered_projects_under_a_status_line_without_a_count():
    """（1）续建项目 / 1. X一级公路。总投资18.6亿元。 / （2）新开工项目 / 1. Y水库。…: each staged by its run."""
    text = ("关于某县2023年国民经济和社会发展计划执行情况与2024年计划草案的报告\n\n三、2024年主要任务\n重点抓好以下项目：\n"
            "（1）续建项目\n1. 甲至乙一级公路。总投资 18.6 亿元，建设里程 36.5 公里。\n2. 丙干渠节水改造工程。总投资 2.35 亿元。\n"
            "（2）新开工项目\n1. 丁水库。总投资 6.8 亿元。\n")
    got = [(p.name, p.stage, p.stage_text) for p in extract(text).projects]
    assert got == [("甲至乙一级公路", "ongoing", "续建"), ("丙干渠节水改造工程", "ongoing", "续建"), ("丁水库", "start", "新开工")]
