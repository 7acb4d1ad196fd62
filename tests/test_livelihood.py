"""find_livelihood_items: list snippets (corpus forms and variants) and the golden comparison."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from extractor import extract
from extractor.layout import Layout
from extractor.livelihood import find_livelihood_items
from extractor.normalise import normalise
from extractor.report_meta import read_report_meta
from extractor.sections import find_layout, news_layout

ROOT = Path(__file__).resolve().parent.parent


def _read(p: Path) -> str:
    return open(p, encoding="utf-8-sig", newline=None).read()


def _layout(text: str) -> Layout:
    meta = read_report_meta(text)
    return find_layout(normalise(text), meta.review_year, meta.plan_year)


LAYOUT_22_23 = Layout(review_year=2022, plan_year=2023)
LAYOUT_23_24_PLAN = Layout(review_year=2023, plan_year=2024, boundaries=[(0, "plan")])

CASES = [
    pytest.param(
        # 在2013年办好十件实事的基础上，…将继续办好十件民生实事：a year named as the basis is not the list's
        "在2013年办好十件实事的基础上，省政府将继续集中财力办好十件民生实事：一是新增城镇保障性住房12万套；"
        "二是新建和改扩建公办幼儿园300所；三是为城乡65岁以上老年人免费健康体检。\n",
        Layout(review_year=2013, plan_year=2014, boundaries=[(0, "plan")]),
        [(1, "新增城镇保障性住房12万套", 2014, "target"), (2, "新建和改扩建公办幼儿园300所", 2014, "target"),
         (3, "为城乡65岁以上老年人免费健康体检", 2014, "target")], id="year-of-the-basis-is-not-the-lists"),
    pytest.param(
        # a remark after the colon that names the list, then the numbered items below
        "今年，我们将继续集中财力办好十件民生实事：民生实事项目由群众提名、代表票决产生，确保按期保质完成。\n\n"
        "1．就业创业帮扶工程：新增城镇就业8,000人以上。\n2．学前教育扩容工程：新增普惠性学位1,080个。\n",
        LAYOUT_23_24_PLAN,
        [(1, "就业创业帮扶工程", 2024, "target"), (2, "学前教育扩容工程", 2024, "target")],
        id="remark-after-the-colon"),
    pytest.param(
        # a pipe table of items under a sentence naming the list
        "今年拟办好以下十件民生实事:\n| 序号 | 项目 | 主要内容 |\n| --- | --- | --- |\n"
        "| 1 | 城区学校扩容 | 新建第三实验小学,新增学位1800个 |\n| 2 | 农村公路提升 | 新改建农村公路85公里 |\n",
        LAYOUT_23_24_PLAN,
        [(1, "城区学校扩容", 2024, "target"), (2, "农村公路提升", 2024, "target")],
        id="pipe-table-of-items"),
    pytest.param(
        # a task list: the heading, the task naming the list, its details (牵头单位：…), then the items with theirs
        "九、用心办好十件民生实事\n43. 集中财力办好十件民生实事，全年计划投入资金12.8亿元。\n牵头单位：市政府办公室\n"
        "完成时限：全年持续推进\n （1）普惠托育扩容：新增普惠性托位1200个。\n 牵头单位：市卫生健康委\n"
        " （2）老旧小区改造：完成城镇老旧小区改造86个。\n 牵头单位：市住房城乡建设局\n",
        LAYOUT_23_24_PLAN,
        [(1, "普惠托育扩容", 2024, "target"), (2, "老旧小区改造", 2024, "target")],
        id="task-list-with-detail-lines"),
    pytest.param(
        # a mid-year report on the list's progress: the year's items, reported on
        "年初确定的十件民生实事总体进展顺利，多数项目超序时进度推进：\n\n1．城乡学校建设工程：计划新建学校6所。\n\n"
        "2．老旧小区改造提升：计划改造老旧小区26个。\n",
        Layout(review_year=2024, plan_year=2024),
        [(1, "城乡学校建设工程", 2024, "actual"), (2, "老旧小区改造提升", 2024, "actual")],
        id="progress-of-the-list"),
    pytest.param(
        # a table written one cell a line, rows too, under a sentence naming the list
        "2025年民生实事项目共3件，具体建设内容、责任单位见下表。\n\n序号\n项目名称\n主要建设内容\n责任单位\n"
        "1\n学前教育扩容提质工程\n建成投用县第三幼儿园，可提供学位360个\n县教育局\n"
        "2\n城乡供水一体化工程\n建成石门水厂并通水\n县水利局\n3\n就业创业帮扶工程\n城镇新增就业3200人以上\n县人社局\n",
        LAYOUT_23_24_PLAN,
        [(1, "学前教育扩容提质工程", 2025, "target"), (2, "城乡供水一体化工程", 2025, "target"),
         (3, "就业创业帮扶工程", 2025, "target")],
        id="table-one-cell-a-line"),
    pytest.param(
        "2025年民生实事项目共2件，具体建设内容见下表。\n\n序号\n项目名称\n主要建设内容\n责任单位\n"
        "１\n学前教育扩容提质工程\n建成投用县第三幼儿园\n县教育局\n２\n城乡供水一体化工程\n建成石门水厂并通水\n县水利局\n",
        LAYOUT_23_24_PLAN,
        [(1, "学前教育扩容提质工程", 2025, "target"), (2, "城乡供水一体化工程", 2025, "target")],
        id="table-one-cell-a-line-full-width-numbers"),
    pytest.param(
        # an intro line between the heading and the items
        "二、各项民生实事完成情况\n\n按照年初确定的目标任务，各单位逐项抓好落实。具体完成情况如下。\n\n"
        "（一）就业创业扶持工程：年度计划城镇新增就业4.2万人，实际完成4.56万人。\n\n"
        "（二）教育优质均衡工程：计划新建中小学12所，实际建成13所。\n",
        Layout(review_year=2024, plan_year=2025),
        [(1, "就业创业扶持工程", 2024, "actual"), (2, "教育优质均衡工程", 2024, "actual")],
        id="intro-line-under-heading"),
    pytest.param(
        # features of the list are no items of it
        "今年的民生实事项目呈现三个特点：一是更加注重群众意愿。二是更加注重补齐短板。三是更加注重可持续。\n",
        LAYOUT_23_24_PLAN, [], id="features-of-the-list"),
    pytest.param(
        # a news item names the list right before its colon, items closed by ASCII ;
        "在民生方面,某市今年将继续办好十件民生实事:新建改扩建学校12所,新增学位1.1万个;改造老旧小区85个;新建社区养老服务站40个。\n",
        LAYOUT_23_24_PLAN,
        [(1, "新建改扩建学校12所,新增学位1.1万个", 2024, "target"), (2, "改造老旧小区85个", 2024, "target"),
         (3, "新建社区养老服务站40个", 2024, "target")],
        id="list-named-before-its-colon"),
    pytest.param(
        # an OCR copy reads the tenth item's number as l0.
        "（五）办好十件民生实事\n" + "".join(f"{i}.第{i}项工程：新建村级文体广场30个。\n" for i in range(1, 10))
        + "l0.平安建设工程：新增城区视频监控探头500个。\n",
        LAYOUT_23_24_PLAN,
        [(i, f"第{i}项工程", 2024, "target") for i in range(1, 10)] + [(10, "平安建设工程", 2024, "target")],
        id="ocr-item-number"),
    pytest.param(
        # a table of items: its header one cell per line, then a row per line (序号, 项目名称, 主要内容, 责任单位)
        "2019年某区民生实事项目安排表\n序号\n项目名称\n主要内容\n责任单位\n"
        "1\t学前教育扩容工程\t新建改扩建幼儿园4所，新增学位1080个\t区教育局\n"
        "2\t老旧小区综合改造\t完成老旧小区综合改造15个，惠及居民5200户\t区住建局\n",
        LAYOUT_23_24_PLAN,
        [(1, "学前教育扩容工程", 2019, "target"), (2, "老旧小区综合改造", 2019, "target")],
        id="table-of-items"),
    pytest.param(
        # a list reported done after a colon, unnumbered, its items closed by ；
        "2023年县人代会确定的十件民生实事全部办结：新建改扩建中小学幼儿园5所，新增学位3240个；"
        "新增养老床位260张、普惠托位180个；完成农贸市场提升改造5个。\n",
        LAYOUT_23_24_PLAN,
        [(1, "新建改扩建中小学幼儿园5所，新增学位3240个", 2023, "actual"),
         (2, "新增养老床位260张、普惠托位180个", 2023, "actual"), (3, "完成农贸市场提升改造5个", 2023, "actual")],
        id="done-list-after-colon"),
    pytest.param(
        # a heading sentence without an outline number, the list counted 一是… right after it
        "用心用情办好民生实事。一是新建城区公办幼儿园3所；二是改造老旧小区20个；三是新增公共停车位800个。\n",
        LAYOUT_23_24_PLAN,
        [(1, "新建城区公办幼儿园3所", 2024, "target"), (2, "改造老旧小区20个", 2024, "target"),
         (3, "新增公共停车位800个", 2024, "target")],
        id="heading-sentence-run-on"),
    pytest.param(
        # an outline heading written as one sentence on its own line, the items numbered on the lines below
        "　　（四）办好十件民生实事。\n　　1.就业创业促进工程：新增城镇就业1万人；\n　　2.教育惠民工程：新建幼儿园8所；\n"
        "　　3.医疗卫生服务工程：建成村卫生室60个。\n",
        LAYOUT_23_24_PLAN,
        [(1, "就业创业促进工程", 2024, "target"), (2, "教育惠民工程", 2024, "target"),
         (3, "医疗卫生服务工程", 2024, "target")],
        id="outline-heading-sentence-own-line"),
    pytest.param(
        # a run-in list named by its full name needs no count (继续办好为民办实事项目，包括A、B等)
        "今年将继续办好为民办实事项目，包括新增中小学学位6万个、改造城镇老旧小区1100个等，所需资金约85亿元已纳入预算。\n",
        LAYOUT_23_24_PLAN,
        [(1, "新增中小学学位6万个", 2024, "target"), (2, "改造城镇老旧小区1100个", 2024, "target")],
        id="run-in-named-list"),
    pytest.param(
        # an outline heading sentence naming the list, its items numbered inline after it
        "（三）办好十件民生实事。1.新建改建农村公路200公里；2.改造农村危房3000户；3.新建标准化村卫生室50个。\n",
        LAYOUT_23_24_PLAN,
        [(1, "新建改建农村公路200公里", 2024, "target"), (2, "改造农村危房3000户", 2024, "target"),
         (3, "新建标准化村卫生室50个", 2024, "target")],
        id="outline-heading-run-on"),
    pytest.param(
        # an inline list numbered in Arabic digits (1.…；2.…) after a lead-in that announces it; 2.5万 is no marker
        "今年，区政府将集中力量办好以下民生实事：1.新建改扩建幼儿园8所，新增学位2700个；2.老旧小区提升改造，"
        "惠及居民2.5万户；3.新增公共停车位3000个。\n",
        LAYOUT_22_23,
        [(1, "新建改扩建幼儿园8所，新增学位2700个", 2023, "target"), (2, "老旧小区提升改造，惠及居民2.5万户", 2023, "target"),
         (3, "新增公共停车位3000个", 2023, "target")],
        id="inline-arabic-numbers"),
    pytest.param(
        "前文。\n\t2022年重点民生实事完成情况\n1﹒“四好”农村公路修建：新改建农村公路162公里。\n\n"
        "2﹒保障粮食与饮水安全工程：完成高标准农田建设2.5万亩。\n3﹒加强城市公园建设：完成3个公园。\n\n\n"
        "受多种因素冲击，部分指标未完成。\n",
        LAYOUT_22_23,
        [(1, "“四好”农村公路修建", 2022, "actual"), (2, "保障粮食与饮水安全工程", 2022, "actual"),
         (3, "加强城市公园建设", 2022, "actual")],
        id="numbered-small-stop-colon"),
    pytest.param(
        "\t专栏4：2023年十件重点民生实事\n\n教育品质提升工程：建成幼儿园3所。\n城市公园建设工程：改建面积20万平方米。\n\n"
        "文体惠民工程：开展活动368场。\n\n\n注：2023年重点民生实事以最终审定为准。\n各位代表，做好2023年工作任务艰巨。\n",
        LAYOUT_22_23,
        [(1, "教育品质提升工程", 2023, "target"), (2, "城市公园建设工程", 2023, "target"),
         (3, "文体惠民工程", 2023, "target")],
        id="unnumbered-colon-column"),
    pytest.param(
        "经县人大代表票决,某县2023年十大民生实事涉及各方面,分别包括:\n①村级医保服务能力提升工程;\n"
        "②中小学校舍提升改造工程;\n③背街小巷改造工程。\n(图文/记者 某某)\n",
        LAYOUT_22_23,
        [(1, "村级医保服务能力提升工程", 2023, "target"), (2, "中小学校舍提升改造工程", 2023, "target"),
         (3, "背街小巷改造工程", 2023, "target")],
        id="circled-no-colon"),
    pytest.param(
        "2021年我省继续扎实办好“十件民生实事”。\n\n  “十件民生实事”具体为:新建公办幼儿园100所;"
        "提质扩能40个县级医疗卫生机构,提升服务能力;建成省地质博物馆并免费向公众开放。(记者 某某)\n",
        Layout(),
        [(1, "新建公办幼儿园100所", 2021, "target"), (2, "提质扩能40个县级医疗卫生机构,提升服务能力", 2021, "target"),
         (3, "建成省地质博物馆并免费向公众开放", 2021, "target")],
        id="inline-semicolon-list"),
    pytest.param(
        # 为民办实事项目, (1) numbering, GB full-width punctuation, mixed colon / no colon
        "二、2023年为民办实事项目完成情况\n（1）城乡供水一体化：新建水厂2座；\n（2）新增公办学位3000个；\n"
        "（3）老旧小区改造：改造小区45个。\n三、存在的问题\n",
        LAYOUT_23_24_PLAN,
        [(1, "城乡供水一体化", 2023, "actual"), (2, "新增公办学位3000个", 2023, "actual"),
         (3, "老旧小区改造", 2023, "actual")],
        id="paren-numbered-actual"),
    pytest.param(
        # heading without a year: year and kind from the layout (plan part)
        "（七）用心办好重点民生实事\n1.就业帮扶：新增城镇就业5000人。\n2.助餐服务：新建老年食堂10个。\n各位代表，让我们团结奋斗。\n",
        LAYOUT_23_24_PLAN,
        [(1, "就业帮扶", 2024, "target"), (2, "助餐服务", 2024, "target")],
        id="year-from-layout"),
    pytest.param(
        # double-spaced page text: two blank lines between everything
        "2023年民生实事项目\n\n\n1、公交线路优化：新开线路3条。\n\n\n2、农贸市场改造：改造市场4个。\n\n\n"
        "3、校园安全提升：新增监控200路。\n\n\n\n\n下一段正文，与民生无关，篇幅较长。\n",
        LAYOUT_22_23,
        [(1, "公交线路优化", 2023, "target"), (2, "农贸市场改造", 2023, "target"), (3, "校园安全提升", 2023, "target")],
        id="double-spaced"),
    pytest.param(
        # an item of another list mentioning 民生实事 is not a heading; prose mentions are not lists
        "重点工作\n\n8.高质量塑造现代城市文明\n\n9.深入实施更有温度更有力度的重大民生实事\n\n10.扎实开展品质提升行动\n\n"
        "持续为市民办好一批重点民生实事。全区就业形势稳定。\n",
        LAYOUT_22_23,
        [],
        id="no-false-heading"),
    pytest.param(
        # numbering must start at 1 and run on
        "2022年民生实事完成情况\n3.道路改造：完成5公里。\n5.学校建设：建成2所。\n",
        LAYOUT_22_23,
        [],
        id="numbering-not-from-one"),
]


LAYOUT_19_20 = Layout(review_year=2019, plan_year=2020)
LAYOUT_20_21 = Layout(review_year=2020, plan_year=2021)
LAYOUT_21_22 = Layout(review_year=2021, plan_year=2022)

# Lists introduced by a sentence of their own (government work report forms): inline lists counted
# 一是…二是…, and outline lines whose last sentence announces the list.
LEAD_IN_CASES = [
    pytest.param(
        # inside a list of ——title：… lines, a short title may end on 。 instead of its colon
        "　　2023年，市政府将集中财力继续办好十件民生实事：\n　　——促进城乡就业：新增城镇就业5.5万人。\n"
        "　　——实施安居工程：开工建设保障性住房2.1万套。\n　　——改善城市人居环境。新建城市游园、绿地12处。\n"
        "　　——保障食品安全：建成市农产品质量安全检测中心。\n",
        LAYOUT_22_23,
        [(1, "促进城乡就业", 2023, "target"), (2, "实施安居工程", 2023, "target"), (3, "改善城市人居环境", 2023, "target"),
         (4, "保障食品安全", 2023, "target")],
        id="dash-titles-one-closed-by-a-full-stop"),
    pytest.param(
        # the clause naming the list says 以下; the clauses after it say how it will be followed (公布进展情况 is no
        # report of progress made)
        "（八）办好十件民生实事。在广泛征求人大代表、政协委员和社会各界意见的基础上，县人民政府确定2022年集中财力办好"
        "以下十件民生实事，由县政府领导领衔推进，每季度向社会公布进展情况：\n1．新建改扩建公办幼儿园6所，新增学位1620个；\n"
        "2．改造农村危房1200户；\n",
        LAYOUT_21_22,
        [(1, "新建改扩建公办幼儿园6所，新增学位1620个", 2022, "target"), (2, "改造农村危房1200户", 2022, "target")],
        id="lead-in-then-how-it-is-followed"),
    pytest.param(
        # the clause naming the list counts it (十项); the clauses after it say how it will be paid for and done
        "今年,省政府将集中财力办好十项民生实事,所需资金全部纳入年度预算,确保件件落地、事事见效:\n"
        "    (1)城乡就业:新增城镇就业65万人以上。\n    (2)农村饮水:解决150万农村人口饮水安全问题。\n",
        LAYOUT_22_23, [(1, "城乡就业", 2023, "target"), (2, "农村饮水", 2023, "target")],
        id="counted-list-then-how-it-is-paid-for"),
    pytest.param(
        # a bare 民生项目 line over a box's numbered projects heads no list of 民生实事
        "专栏1　2023年重大项目\n产业项目\n1.甲动力储能电池：总投资36亿元，续建；\n民生项目\n"
        "1.区人民医院新院区：总投资18.6亿元，年度计划投资5.2亿元，建成投用；\n2.滨海文体中心：总投资8.5亿元，竣工。\n",
        LAYOUT_22_23, [], id="bare-sector-line-of-a-box"),
    pytest.param(
        "今年，省政府将集中财力办好十件民生实事：一是实施就业创业扶持工程，新增城镇就业45万人以上，"
        "开展职业技能培训50万人次；二是实施城镇老旧小区改造，改造老旧小区1500个；三是新增养老床位1.2万张。\n\n"
        "各位代表，使命呼唤担当。\n",
        LAYOUT_20_21,
        [(1, "实施就业创业扶持工程，新增城镇就业45万人以上，开展职业技能培训50万人次", 2021, "target"),
         (2, "实施城镇老旧小区改造，改造老旧小区1500个", 2021, "target"), (3, "新增养老床位1.2万张", 2021, "target")],
        id="inline-counted-this-year-target"),
    pytest.param(
        "——坚持以人民为中心，民生福祉持续增进。城镇新增就业6.55万人。2019年十件民生实事全面完成："
        "一是新改建农村公路1200公里；二是改造棚户区1.2万套；三是为18万名城乡适龄妇女开展“两癌”免费筛查。\n",
        LAYOUT_19_20,
        [(1, "新改建农村公路1200公里", 2019, "actual"), (2, "改造棚户区1.2万套", 2019, "actual"),
         (3, "为18万名城乡适龄妇女开展“两癌”免费筛查", 2019, "actual")],
        id="inline-counted-completed-actual"),
    pytest.param(
        # one clause between 全部完成 and the colon (the money spent), ASCII punctuation, no markers
        "    县政府确定的十件民生实事全部完成,全年累计投入资金7.8亿元:改造提升农村公路128公里;新建、改扩建中小学校27所;"
        "完成农村改厕2.36万户。\n",
        LAYOUT_19_20,
        [(1, "改造提升农村公路128公里", 2019, "actual"), (2, "新建、改扩建中小学校27所", 2019, "actual"),
         (3, "完成农村改厕2.36万户", 2019, "actual")],
        id="completed-list-after-a-money-clause"),
    pytest.param(
        # items counted 第一，…。 on lines of their own under the lead-in (a PDF copy: a page number between)
        "2020年，县人民政府将集中财力办好十件民生实事：\n第一，解决农村饮水安全。新建集中供水工程46处。\n"
        "第二，改善群众出行条件。新建通村油路150公里。\n第三，实施农村危房改造。完成农村危房改造3000户。\n",
        LAYOUT_19_20,
        [(1, "解决农村饮水安全", 2020, "target"), (2, "改善群众出行条件", 2020, "target"),
         (3, "实施农村危房改造", 2020, "target")],
        id="ordinal-lines-without-jian"),
    pytest.param(
        # items counted 第一件：title。 (the title after the colon, up to its full stop)
        "今年将办好十大民生实事：\n第一件：稳就业促增收。新增城镇就业2.6万人。\n第二件：教育扩容提质。新建中小学和幼儿园16所。\n",
        LAYOUT_19_20,
        [(1, "稳就业促增收", 2020, "target"), (2, "教育扩容提质", 2020, "target")],
        id="ordinal-jian-lines-title-after-colon"),
    pytest.param(
        "（二）用心办好民生实事。今年将办好以下十件民生实事：一是新建改扩建中小学校15所、城区公办幼儿园12所；"
        "二是改造老旧小区150个，惠及居民3.5万户；三是新增城区公共停车位5000个。\n",
        LAYOUT_19_20,
        [(1, "新建改扩建中小学校15所、城区公办幼儿园12所", 2020, "target"),
         (2, "改造老旧小区150个，惠及居民3.5万户", 2020, "target"), (3, "新增城区公共停车位5000个", 2020, "target")],
        id="inline-counted-after-outline-title"),
    pytest.param(
        "今年将办好以下十件民生实事：\n一是就业帮扶：新增城镇就业5000人；二是助餐服务：新建老年食堂10个。\n",
        LAYOUT_19_20,
        [(1, "就业帮扶", 2020, "target"), (2, "助餐服务", 2020, "target")],
        id="counted-on-the-line-below-colon-titles"),
    pytest.param(
        "今年将重点办好十件民生实事：（一）教育提升工程：新建改扩建学校8所；（二）健康服务工程：新建村卫生室20家。\n",
        LAYOUT_19_20,
        [(1, "教育提升工程", 2020, "target"), (2, "健康服务工程", 2020, "target")],
        id="inline-outline-numbers"),
    pytest.param(
        "（三）办好民生实事。今年将办好以下十件民生实事：\n１．新建城区公办幼儿园２所，新增学位５４０个；\n"
        "２．改造老旧小区２６个，惠及居民３２００户；\n３．新建农村公路１２０公里。\n\n各位代表，实干成就梦想。\n",
        Layout(review_year=2024, plan_year=2025),
        [(1, "新建城区公办幼儿园２所，新增学位５４０个", 2025, "target"),
         (2, "改造老旧小区２６个，惠及居民３２００户", 2025, "target"), (3, "新建农村公路１２０公里", 2025, "target")],
        id="outline-line-lead-in-fullwidth-numbers"),
    pytest.param(
        "(三)办好民生实事。今年将继续办好以下十方面民生实事:\n1.新建改扩建幼儿园20所,新增托位3000个;\n"
        "2.改造城镇老旧小区80个,加装电梯300台;\n3.提升改造农贸市场25家。\n\n各位代表,让我们团结奋斗。\n",
        Layout(review_year=2023, plan_year=2024),
        [(1, "新建改扩建幼儿园20所,新增托位3000个", 2024, "target"),
         (2, "改造城镇老旧小区80个,加装电梯300台", 2024, "target"), (3, "提升改造农贸市场25家", 2024, "target")],
        id="outline-line-lead-in-ascii"),
    pytest.param(
        "（三）用心办好民生实事。今年重点办好以下民生实事：\n1. 城区新建改扩建中小学、幼儿园15所，新增学位1.2万个；\n"
        "2. 改造老旧小区80个；\n3. 新增城市公共停车位8000个。\n各位代表，实干成就梦想。\n",
        Layout(review_year=2018, plan_year=2019),
        [(1, "城区新建改扩建中小学、幼儿园15所，新增学位1.2万个", 2019, "target"),
         (2, "改造老旧小区80个", 2019, "target"), (3, "新增城市公共停车位8000个", 2019, "target")],
        id="outline-line-lead-in-spaced-numbers"),
    pytest.param(
        # the items restart the outline's own numbering: （一） under （二）
        "（二）扎实办好民生实事。今年县政府将继续办好十件民生实事：\n（一）教育提升工程：新建改扩建中小学、幼儿园8所；\n"
        "（二）健康服务工程：新建标准化村卫生室20家；\n（三）居家养老服务工程：新增养老床位500张。\n",
        Layout(review_year=2015, plan_year=2016),
        [(1, "教育提升工程", 2016, "target"), (2, "健康服务工程", 2016, "target"),
         (3, "居家养老服务工程", 2016, "target")],
        id="outline-line-lead-in-nested-outline-numbers"),
    pytest.param(
        "（二）扎实办好民生实事。2022年市政府十大民生实事项目：\n1．教育优质均衡工程：新建改扩建中小学幼儿园30所。\n"
        "2．养老服务提升工程：新增养老床位2000张。\n",
        LAYOUT_21_22,
        [(1, "教育优质均衡工程", 2022, "target"), (2, "养老服务提升工程", 2022, "target")],
        id="outline-line-lead-in-with-year"),
    pytest.param(
        "（二）扎实办好民生实事。2022年市政府十大民生实事项目\n1．教育优质均衡工程：新建改扩建中小学幼儿园30所。\n"
        "2．养老服务提升工程：新增养老床位2000张。\n",
        LAYOUT_21_22,
        [(1, "教育优质均衡工程", 2022, "target"), (2, "养老服务提升工程", 2022, "target")],
        id="outline-line-open-heading"),
    pytest.param(
        "（七）办好民生实事\n具体包括：\n1.就业帮扶：新增城镇就业5000人。\n2.助餐服务：新建老年食堂10个。\n",
        LAYOUT_23_24_PLAN,
        [(1, "就业帮扶", 2024, "target"), (2, "助餐服务", 2024, "target")],
        id="intro-phrase-under-heading"),
    pytest.param(
        "今年，市政府将继续办好十件民生实事。具体是：一是新增养老床位2000张；二是新建农村公路100公里。\n",
        LAYOUT_19_20,
        [(1, "新增养老床位2000张", 2020, "target"), (2, "新建农村公路100公里", 2020, "target")],
        id="intro-phrase-after-announcing-sentence"),
]

# The same kind of list under other names (民心工程, 为民办实事, 惠民实事), and a news sentence naming
# some items of the year's list in one 、-run.
OTHER_NAME_CASES = [
    pytest.param(
        "（四）办好民心工程。2020年继续实施二十项民心工程，主要包括：\n1．教育提升：新建、改扩建四所幼儿园；\n"
        "2．健康惠民：改造提升十个乡镇卫生院；\n3．道路畅通：提升改造农村公路一百公里。\n",
        LAYOUT_19_20,
        [(1, "教育提升", 2020, "target"), (2, "健康惠民", 2020, "target"), (3, "道路畅通", 2020, "target")],
        id="minxin-gongcheng-numbered"),
    pytest.param(
        "2021年二十项民心工程\n1．就业帮扶：新增就业8000人。\n2．助餐服务：新建老年食堂20个。\n",
        LAYOUT_20_21,
        [(1, "就业帮扶", 2021, "target"), (2, "助餐服务", 2021, "target")],
        id="minxin-gongcheng-heading"),
    pytest.param(
        "今年区政府将办好以下为民办实事项目：\n1．新建社区食堂12个；\n2．改造背街小巷30条。\n",
        LAYOUT_20_21,
        [(1, "新建社区食堂12个", 2021, "target"), (2, "改造背街小巷30条", 2021, "target")],
        id="weimin-banshishi"),
    pytest.param(
        "民生方面，今年市政府将继续办好十件实事，包括新建城区公办幼儿园8所、改造城区背街小巷60条、"
        "新增城市公共停车泊位3000个等，所需资金已列入年度预算。\n",
        LAYOUT_20_21,
        [(1, "新建城区公办幼儿园8所", 2021, "target"), (2, "改造城区背街小巷60条", 2021, "target"),
         (3, "新增城市公共停车泊位3000个", 2021, "target")],
        id="news-run-in-list"),
    # not announced as the list: a run of works, or 实事 without a count
    pytest.param(
        "今年将继续办好民生实事，推进新建幼儿园8所、改造背街小巷60条等工作。\n",
        LAYOUT_20_21, [], id="run-in-without-announcement"),
    pytest.param(
        "坚持实事求是，包括新建幼儿园8所、改造背街小巷60条等。\n",
        LAYOUT_20_21, [], id="shishi-qiushi-is-no-list"),
    pytest.param(
        "二十项民心工程全面完成。城镇新增就业一万二千人，登记失业率3.5%。\n1．地区生产总值增长6%；\n2．固定资产投资增长8%。\n",
        LAYOUT_19_20, [], id="minxin-mention-then-figures"),
]

# A mention of 民生实事 introduces no list: a list after it needs its own lead-in.
MENTION_CASES = [
    pytest.param(
        "（三）社会民生不断改善。全年民生支出37.6亿元。县十件民生实事全面完成。\n\n二、今后五年主要目标和2016年工作安排\n\n"
        "2016年全县经济社会发展的主要预期目标是：地区生产总值增长7.5%—8%；规上工业增加值增长7%；固定资产投资增长12%。\n",
        Layout(review_year=2015, plan_year=2016), [], id="mention-then-targets"),
    pytest.param(
        "PM2.5平均浓度27微克/立方米。十方面民生实事全面完成,累计投入资金86亿元。\n二,2024年工作安排\n"
        "今年经济社会发展的主要预期目标是:地区生产总值增长6%左右;一般公共预算收入增长5%;规上工业增加值增长7%。\n",
        Layout(review_year=2023, plan_year=2024), [], id="mention-then-targets-ascii"),
    pytest.param(
        "县十件民生实事全面完成。\n主要预期目标是：地区生产总值增长8%；固定资产投资增长10%。\n",
        LAYOUT_19_20, [], id="mention-on-the-line-right-before"),
    pytest.param(
        "（三）社会民生不断改善。县十件民生实事全面完成。\n1.城镇新增就业1.26万人；\n2.城镇登记失业率2.05%。\n",
        LAYOUT_19_20, [], id="closed-outline-line-is-no-heading"),
    pytest.param(
        "围绕办好民生实事，重点抓好以下工作：一是稳定和扩大就业；二是办好人民满意的教育。\n",
        LAYOUT_19_20, [], id="keyword-in-an-earlier-clause"),
    pytest.param(
        "（七）办好民生实事\n主要预期目标是：地区生产总值增长8%；固定资产投资增长10%。\n",
        LAYOUT_19_20, [], id="own-subject-under-heading"),
    pytest.param(
        # a sector of construction projects named 社会民生项目 is no list of 民生实事
        "三、社会民生项目\n    县人民医院综合住院楼项目:总投资6.2亿元,累计完成投资2.05亿元。\n"
        "    县城第三幼儿园项目:已于8月竣工,新增学位540个。\n",
        LAYOUT_19_20, [], id="sector-of-projects"),
]


PAGE_CASES = [
    pytest.param(
        # an excerpt: the lead-in names the list, then its money, then the colon
        "2022年，我们将坚持尽力而为、量力而行，经广泛征集群众意见、区人大代表票决，集中财力办好以下十件民生实事，"
        "计划总投资约9.8亿元，其中区级财政安排6.2亿元、争取上级资金3.6亿元：\n\n"
        "（一）学位扩容工程：新建、改扩建学校7所。\n\n（二）健康服务提升工程：新建社区卫生服务站6个。\n",
        Layout(2021, 2022, [(0, "plan")]), [(1, "学位扩容工程", 2022, "target"), (2, "健康服务提升工程", 2022, "target")],
        id="lead-in-naming-the-list-then-its-money"),
    pytest.param(
        # a township's notice of its list, items numbered 一、二、三、 (a 公告 of the year's list: its plans)
        "某镇2022年民生实事项目公告\n\n发布日期:2022-03-08\n\n　　为切实解决群众最关心的利益问题,经镇人大票决,现将项目公告如下。\n\n"
        "　　一、农村饮水巩固提升。新铺设供水管网18.6公里。\n\n　　二、镇中心卫生院提质。开工建设中心卫生院综合楼。\n\n"
        "　　三、通组公路建设。新改建通组公路12.5公里。\n",
        Layout(), [(1, "农村饮水巩固提升", 2022, "target"), (2, "镇中心卫生院提质", 2022, "target"),
                   (3, "通组公路建设", 2022, "target")], id="township-notice-numbered-yi-er-san"),
    pytest.param(
        # a list named only by its count (为民办好八件实事), its items numbered （1）…
        "    （六）为民办好八件实事。\n    （1）新建农村饮水安全工程40处；\n    （2）改造农村危房1000户；\n"
        "    （3）新修通村公路120公里。\n",
        Layout(2009, 2010, [(0, "plan")]), [(1, "新建农村饮水安全工程40处", 2010, "target"),
                                                   (2, "改造农村危房1000户", 2010, "target"),
                                                   (3, "新修通村公路120公里", 2010, "target")], id="counted-list-named-bare"),
    pytest.param(
        # a page whose headline names the list: its first run of numbered lines from 1 is the list
        "某省交通运输厅 > 新闻中心\n\n省交通运输厅2023年十件交通民生实事全面完成\n\n发布时间：2023-12-29 10:05\n\n"
        "12月28日，记者获悉，年初承诺的十件交通民生实事已全面完成。\n\n（一）农村公路提质改造。计划新改建农村公路5000公里，实际完成5326公里。\n\n"
        "（二）农村公路危桥改造。计划改造危桥300座，实际完成318座。\n\n（三）城乡客运一体化。计划建成乡镇综合运输服务站60个。\n",
        Layout(), [(1, "农村公路提质改造", 2023, "actual"), (2, "农村公路危桥改造", 2023, "actual"),
                   (3, "城乡客运一体化", 2023, "actual")], id="page-headline-names-the-list"),
]


@pytest.mark.parametrize("text,layout,expected", CASES + LEAD_IN_CASES + OTHER_NAME_CASES + MENTION_CASES + PAGE_CASES)
def test_list_snippets(text, layout, expected):
    items = find_livelihood_items(text, layout)
    for it in items:
        assert text[it.span[0]:it.span[1]] == it.text == it.title
        assert it.rule and it.rule.startswith("livelihood.")
    assert [(i.index, i.title, i.year, i.kind) for i in items] == expected


def _golden(stem: str):
    text = _read(ROOT / "corpus" / f"{stem}.txt")
    gold = json.loads((ROOT / "golden" / f"{stem}.json").read_text(encoding="utf-8"))["livelihood_items"]
    return text, gold


def test_reference_report_items_exact():
    text, gold = _golden("000_8d14213320e955ad")
    items = find_livelihood_items(text, _layout(text))
    got = [(i.index, i.title, i.year, i.kind, list(i.span)) for i in items]
    want = [(g["index"], g["title"], g["year"], g["kind"], list(g["span"])) for g in gold]
    assert got == want


def test_golden_f1():
    tp = fp = fn = 0
    for g in sorted((ROOT / "golden").glob("*.json")):
        c = ROOT / "corpus" / (g.stem + ".txt")
        if not c.exists():
            continue
        text, gold = _golden(g.stem)
        got = {tuple(i.span): i for i in find_livelihood_items(text, _layout(text))}
        want = {tuple(x["span"]): x for x in gold}
        tp += len(got.keys() & want.keys())
        fp += len(got.keys() - want.keys())
        fn += len(want.keys() - got.keys())
    p = tp / max(1, tp + fp)
    r = tp / max(1, tp + fn)
    f1 = 2 * p * r / max(1e-9, p + r)
    assert f1 >= 0.9, (tp, fp, fn)


NEWS_PAGE_CASES = [
    pytest.param(
        # page furniture with colons under a headline naming the list is no list; a short sentence ending
        # 如下： introduces the list the sentence before names; 今年 is the year of the page's date
        "当前位置：首页 > 人大工作\n\n某县2025年十件民生实事项目票决结果出炉\n\n发布日期：2025-01-09　　来源：县人大办\n\n"
        "字号：【大】【中】【小】　　分享到：\n\n　　去年10月至12月，县政府面向社会征集建议2300余条。\n\n"
        "　　今年十件民生实事项目计划总投资3.86亿元。票决结果如下：\n\n①城区学校扩容：新增学位1440个；\n"
        "②农村供水提升：新建改造供水管网126公里；\n\n上一篇：县人大五次会议闭幕\n下一篇：县人大常委会召开主任会议\n",
        [(1, "城区学校扩容", 2025, "target"), (2, "农村供水提升", 2025, "target")], id="vote-result-page"),
    pytest.param(
        # a page announcing the year's plans (将办好): its inline list is of the page's year, not of the
        # year after the first year the page names
        "今年我市将办好十件民生实事\n\n2022-01-18 10:23:06   来源: 某某日报   作者: 记者 某某\n\n字号:大 中 小   分享到:\n\n"
        "  报告提出,2022年全市经济社会发展的主要预期目标是:地区生产总值增长7%左右。\n\n"
        "  报告明确,今年市政府将继续办好十件民生实事,具体为:新建中小学、幼儿园22所;改造城镇老旧小区186个;"
        "新建城市社区养老服务中心15个。\n",
        [(1, "新建中小学、幼儿园22所", 2022, "target"), (2, "改造城镇老旧小区186个", 2022, "target"),
         (3, "新建城市社区养老服务中心15个", 2022, "target")], id="plans-page-inline-list"),
    pytest.param(
        # a page reporting the list done: 具体完成情况如下： after a sentence naming the list with 今年
        "我县2021年十件民生实事全部完成\n\n发布时间：2021-12-27 17:20　　信息来源：县融媒体中心\n\n"
        "　　今年的十件民生实事由县人大票决产生，按月调度、按季通报。具体完成情况如下：\n\n"
        "　　1.城乡教育扩容：新建幼儿园4所。\n　　2.基层医疗提升：新建村卫生室35个。\n",
        [(1, "城乡教育扩容", 2021, "actual"), (2, "基层医疗提升", 2021, "actual")], id="done-page-short-intro"),
    pytest.param(
        # a notice's list grouped under 一、教育类 / 二、医疗卫生类, its items numbered (1)… across the groups,
        # 牵头单位 lines under each; the footer's 主办单位：/联系电话： lines are no items
        "某市人民政府关于印发2019年市政府民生实事项目的通知\n\n发布时间：2019-02-22 16:30\n\n2019年市政府民生实事项目\n\n"
        "　　2019年市政府民生实事项目共3项，计划总投资约18.6亿元。\n\n一、教育类\n（1）新建公办幼儿园15所，新增学位4500个。\n"
        "牵头单位：市教育局\n二、医疗卫生类\n（2）免费健康体检：为老年人免费体检16万人次。\n牵头单位：市卫生健康委\n"
        "（3）建成市第二人民医院门急诊综合楼。\n牵头单位：市卫生健康委\n\n主办单位：某市人民政府办公室\n联系电话：0000-1234567\n",
        [(1, "新建公办幼儿园15所，新增学位4500个", 2019, "target"), (2, "免费健康体检", 2019, "target"),
         (3, "建成市第二人民医院门急诊综合楼", 2019, "target")], id="notice-grouped-list"),
    pytest.param(
        # a mid-year page: 具体来看：一是…；二是…。 going on in the next paragraph (三是…), not into the
        # outline heading after it ((四)…)
        "上半年我区十件民生实事进展顺利\n\n发布时间:2023-07-14 09:32\n\n今年十件民生实事共分解为建设项目46个。\n\n"
        "具体来看:一是就业创业扶持持续加力,新增城镇就业6215人;二是教育资源扩容提质,新增学位1350个。\n\n"
        "三是口袋公园建设提速,建成口袋公园9个。\n\n(四)下半年工作安排。区里将开展专项督查。\n",
        [(1, "就业创业扶持持续加力,新增城镇就业6215人", 2023, "actual"),
         (2, "教育资源扩容提质,新增学位1350个", 2023, "actual"), (3, "口袋公园建设提速,建成口袋公园9个", 2023, "actual")],
        id="mid-year-list-going-on"),
    pytest.param(
        # a page giving out the year's list (…民生实事正式发布): its list is of the headline's year, planned,
        # though the page also speaks of last year's list
        "某市2016年十二件民生实事正式发布\n\n发布时间：2016-02-19 08:40\n\n　　2015年，全市十件民生实事全部完成。"
        "今年市政府将集中财力办好十二件民生实事，具体为：①新建公办幼儿园15所；②改造城区棚户区5200户；③新建改建农村公路380公里。\n",
        [(1, "新建公办幼儿园15所", 2016, "target"), (2, "改造城区棚户区5200户", 2016, "target"),
         (3, "新建改建农村公路380公里", 2016, "target")], id="page-giving-out-the-list"),
    pytest.param(
        # a report on the list done, each item a paragraph titled in brackets (【教育惠民】…)
        "某区人民政府关于2013年十件民生实事完成情况的报告\n\n区人大常委会：\n\n　　现将具体情况报告如下：\n\n"
        "　　【教育惠民】计划新建校舍3.2万平方米，实际完成3.46万平方米。\n\n　　【健康服务】计划建立电子健康档案18万份，实际建档19.3万份。\n\n"
        "　　【养老助残】计划新建社区日间照料中心12个，完成12个。\n",
        [(1, "教育惠民", 2013, "actual"), (2, "健康服务", 2013, "actual"), (3, "养老助残", 2013, "actual")],
        id="bracket-titled-paragraphs"),
    pytest.param(
        # an excerpt opening inside the list (items 1–6 cut off above), the list named after it
        "7. 托育服务扩容工程：新建普惠性托育机构 3 家，新增普惠托位 600 个。\n8. 背街小巷整治：整治背街小巷 40 条。\n"
        "9. 农贸市场提升：改造农贸市场 5 个。\n\n以上 10 件民生实事计划总投资约 6.8 亿元。\n",
        [(7, "托育服务扩容工程", None, "actual"), (8, "背街小巷整治", None, "actual"), (9, "农贸市场提升", None, "actual")],
        id="excerpt-opening-inside-the-list"),
    pytest.param(
        # numbered heading lines, each with its body below (a paragraph, or ——figures): the headings are the items
        "某市2022年十大惠民工程出炉\n\n发布时间：2022-02-18 10:05\n\n一、学有所教\n　　新建、改扩建中小学和幼儿园9所。\n\n"
        "二、病有良医\n　　建成市人民医院门急诊医技综合楼，新增床位500张。\n\n三、老有颐养\n——新增养老床位800张；\n——建设社区老年食堂25个。\n",
        [(1, "学有所教", 2022, "target"), (2, "病有良医", 2022, "target"), (3, "老有颐养", 2022, "target")],
        id="heading-lines-with-bodies"),
    pytest.param(
        # a heading naming the list, then items titled X惠民工程： (the first one is an item, not an intro line)
        "坚持把财力向民生倾斜，今年县政府继续办好十件民生实事。\n\n2014年十件民生实事\n\n教育惠民工程：新建公办幼儿园6所。\n"
        "医疗惠民工程：建成县中医院门诊综合楼。\n就业惠民工程：新增城镇就业3200人。\n",
        [(1, "教育惠民工程", 2014, "target"), (2, "医疗惠民工程", 2014, "target"), (3, "就业惠民工程", 2014, "target")],
        id="first-titled-item-is-no-intro"),
    pytest.param(
        # a deadline in the lead-in (年底前全部完成：) plans the list, it reports nothing done
        "围绕群众最关心的利益问题，州政府将集中财力办好十件民生实事，计划总投资23.6亿元，年底前全部完成：\n"
        "1．学前教育扩容。新建改扩建公办幼儿园12所。\n2．义务教育提质。新建改扩建中小学8所。\n",
        [(1, "学前教育扩容", None, "target"), (2, "义务教育提质", None, "target")], id="deadline-in-the-lead-in"),
    pytest.param(
        # items counted 第一件，…。 through the page's paragraphs, after lead-ins (在教育和健康方面，)
        "某区2017年十件民生实事全部兑现\n\n发布时间：2018-01-12 09:30\n\n在教育和健康方面，第一件，扩大学前教育资源。新建幼儿园5所。"
        "第二件，提升基层医疗服务。新建村卫生室12个。\n\n第三件，关爱“一老一小”。新建社区居家养老服务站14个。\n",
        [(1, "扩大学前教育资源", 2017, "actual"), (2, "提升基层医疗服务", 2017, "actual"), (3, "关爱“一老一小”", 2017, "actual")],
        id="ordinal-items-in-paragraphs"),
    pytest.param(
        # 现将票决结果公布如下（按得票数排序）： then 【1】X工程（得票176票） headings with bodies below: the note is no
        # part of the title
        "某县2025年十件民生实事项目票决结果公布\n\n"
        "　　会议以无记名投票方式票决产生了2025年县十件民生实事项目。现将票决结果公布如下（按得票数排序）：\n\n"
        "【1】县城义务教育学位扩容工程（得票176票）\n建成投用县第四小学，新增学位1620个。计划投资1.28亿元。\n\n"
        "【2】县人民医院急诊急救能力提升工程（得票171票）\n新增重症监护床位20张。计划投资3950万元。\n",
        [(1, "县城义务教育学位扩容工程", 2025, "target"), (2, "县人民医院急诊急救能力提升工程", 2025, "target")],
        id="vote-result-bracket-numbers-and-notes"),
    pytest.param(
        # a card page: 十件民生实事 over lines numbered 01 02 …
        "一图读懂｜某区2025年十件民生实事出炉\n\nPART 04\n十件民生实事\n\n01 新增公办幼儿园学位1800个\n02 新建改建口袋公园15个\n03 改造城镇老旧小区22个\n\n来源：某区人民政府办公室\n",
        [(1, "新增公办幼儿园学位1800个", 2025, "target"), (2, "新建改建口袋公园15个", 2025, "target"),
         (3, "改造城镇老旧小区22个", 2025, "target")],
        id="card-page-zero-padded-numbers"),
    pytest.param(
        # an interview: 问：今年的十件民生实事具体有哪些？ / 答：一是…；二是…: the answer's items, this year's plans;
        # who asks and who answers are no items
        "【政策问答】2025年市政府工作报告之十件民生实事解读\n\n发布时间:2025-01-21 09:15\n\n"
        "  问:今年的民生实事项目是怎么确定的?\n  答:由人大代表无记名投票票决产生十件民生实事。\n\n"
        "  问:今年的十件民生实事具体有哪些?\n  答:一是新增普惠性托育托位1200个;二是新建改扩建中小学、幼儿园9所。\n",
        [(1, "新增普惠性托育托位1200个", 2025, "target"), (2, "新建改扩建中小学、幼儿园9所", 2025, "target")],
        id="interview-answer-lists-the-items"),
    pytest.param(
        # a completion report copied with its lines cut: an item's line stopping mid-sentence goes on below
        "某区人民政府关于2021年区级民生实事项目完成情况的报告\n\n　　一、项目完成情况\n"
        "    1.城区学位扩容。计划新增公办学位3000个，实际新增3240个，完成率108%。\n"
        "    2.社区嵌入式养老。计划建设社区养老服务综合体4个、助餐点20\n个，实际建成4个、22个，完成率\n100%。\n"
        "    3.背街小巷整治。完成背街小巷整治56条，完成率100%。\n",
        [(1, "城区学位扩容", 2021, "actual"), (2, "社区嵌入式养老", 2021, "actual"), (3, "背街小巷整治", 2021, "actual")],
        id="completion-report-with-cut-lines"),
    pytest.param(
        # a vote page: 1．X——赞成181票，… over the item's content line
        "某县2020年十件民生实事项目票决结果\n\n发布时间：2020-01-10 17:42\n\n"
        "1．城区公共停车场建设——赞成181票，反对1票，弃权1票\n　　开工建设城东公共停车场，新增停车泊位860个。\n"
        "2．城乡学校食堂改造提升——赞成179票，反对2票，弃权2票\n　　改造提升中小学食堂28所。\n"
        "3．农村饮用水提质工程——赞成178票，反对3票，弃权2票\n　　新建农村集中供水站11处。\n",
        [(1, "城区公共停车场建设", 2020, "target"), (2, "城乡学校食堂改造提升", 2020, "target"),
         (3, "农村饮用水提质工程", 2020, "target")],
        id="vote-lines-title-before-dash"),
    pytest.param(
        # 现将项目公示如下： then ①…；②…； run together on the next line
        "某镇2025年为民办实事项目公示\n发布日期：2025-03-04\n\n　　2025年镇政府为民办实事项目共10件。现将项目公示如下：\n"
        "　　①建成镇中心幼儿园附属用房，新增学位90个；②硬化通组道路6.8公里；③改造镇区供水主管网2.3公里。\n",
        [(1, "建成镇中心幼儿园附属用房，新增学位90个", 2025, "target"), (2, "硬化通组道路6.8公里", 2025, "target"),
         (3, "改造镇区供水主管网2.3公里", 2025, "target")],
        id="gongshi-intro-circled-run-in"),
    pytest.param(
        # 主要预期目标如下： after a sentence naming the list introduces no items
        "县十件民生实事全面完成。主要预期目标如下：\n1.地区生产总值增长8%；\n2.固定资产投资增长10%。\n",
        [], id="targets-after-a-mention"),
]


@pytest.mark.parametrize("text,expected", NEWS_PAGE_CASES)
def test_news_pages(text, expected):
    items = find_livelihood_items(text, news_layout(text))
    assert [(i.index, i.title, i.year, i.kind) for i in items] == expected
    assert all(text[i.span[0]:i.span[1]] == i.text for i in items)


def test_a_lead_in_after_ascii_full_stops_in_a_whole_report():
    """A copy ending its sentences with ASCII full stops (…稳定在95%以上.今年,我们将继续实施十项民生工程:): the
    lead-in is the last sentence only, and its items are listed."""
    from extractor import extract
    text = ("某市政府工作报告\n\n二、2016年工作安排\n"
            "    (六)着力保障改善民生.坚持把保障和改善民生作为政府工作的出发点和落脚点,民生支出占一般公共预算支出的比重保持在75%以上."
            "实施更加积极的就业政策,做好高校毕业生、农村转移劳动力、城镇困难人员、退役军人等重点群体就业工作."
            "优先发展教育事业,推进义务教育均衡发展,加快发展学前教育和职业教育.深化医药卫生体制改革,提升基层医疗服务能力."
            "完善社会保障体系,城乡居民基本养老保险参保率稳定在95%以上.今年,我们将继续实施十项民生工程:\n"
            "    1.就业促进工程:新增城镇就业5000人,转移农村劳动力8000人.\n    2.教育提升工程:新建公办幼儿园6所.\n")
    assert [(i.index, i.title, i.kind) for i in extract(text).livelihood_items] == [
        (1, "就业促进工程", "target"), (2, "教育提升工程", "target")]


def test_figures_of_a_planned_list_item_are_the_lists_year_not_the_paragraph_before():
    """A vote page: 据介绍，2015年…全部完成，共完成投资2.1亿元。 / …依次为： / （一）背街小巷整治：完成背街小巷整治32条: the
    item's figures are the voted list's (2016, target); the paragraph's on last year's list stay its own."""
    from extractor import extract
    text = ("某区人大代表票决产生2016年区政府十件民生实事项目\n更新时间：2016-01-22 10:15:08\n\n"
            "　　1月20日下午，某区人大代表票决产生了2016年区政府十件民生实事项目。\n"
            "　　据介绍，2015年区政府确定的十件民生实事已全部完成，共完成投资2.1亿元。\n"
            "　　经计票，当选的十件民生实事项目按得票多少依次为：\n"
            "（一）背街小巷整治：完成背街小巷整治32条，新铺设雨污管网14.6公里。\n"
            "（二）公办幼儿园扩容：新建改扩建公办幼儿园4所，新增学位1080个。\n"
            "（三）缓解城区停车难：新增公共停车泊位2500个。\n")
    got = {r.text: (r.year, r.kind) for r in extract(text).indicators}
    assert got["2.1亿元"] == (2015, "actual")
    assert got["32条"] == got["14.6公里"] == got["1080个"] == got["2500个"] == (2016, "target")


def test_a_vote_results_table_split_by_ideographic_spaces_gives_each_rows_name_cell():
    """…票决产生了2024年县政府十件民生实事项目。本次会议应到代表196名…。现将票决结果(按得票数由高到低排列)公布如下: /
    序号　项目名称　得票数　主要建设内容 / 1　X　183　…: the rows are not joined as cut lines; each title is its name cell."""
    text = ("某县2024年民生实事项目票决结果公布\n发布日期:2024-01-26\n\n"
            "1月25日,某县人民代表大会举行第三次全体会议,县人大代表差额票决产生了 2024 年县政府十件民生实事项目。"
            "本次会议应到代表196名,实到187名,均为有效票。现将票决结果(按得票数由高到低排列)公布如下:\n\n"
            "序号　项目名称　得票数　主要建设内容\n1　城区学校扩容提质工程　183　建成县第三实验小学，新增公办学位1890个\n"
            "2　农村供水保障提升工程　179　新建改造供水管网126公里，巩固提升农村供水保障人口4.3万人\n"
            "3　城镇老旧小区改造　168　改造老旧小区23个，惠及居民1856户\n\n据了解,今年十件民生实事计划总投资约4.86亿元。\n")
    assert [(i.index, i.title, i.year, i.kind) for i in extract(text).livelihood_items] == [
        (1, "城区学校扩容提质工程", 2024, "target"), (2, "农村供水保障提升工程", 2024, "target"),
        (3, "城镇老旧小区改造", 2024, "target")]


def test_a_box_continued_from_the_page_before_lists_its_items_from_where_it_goes_on():
    text = ("二、2021年主要任务\n●推动教育优质均衡发展。新建公办幼儿园4所。\n\n专栏4　某县2021年十件民生实事（续）\n"
            "6.实施农村供水保障工程，新建改造供水管网86公里；\n7.在县城新建公共停车位600个；\n"
            "8.改造城镇老旧小区12个，惠及居民1460户。\n")
    assert [(i.index, i.title) for i in extract(text).livelihood_items] == [
        (6, "实施农村供水保障工程，新建改造供水管网86公里"), (7, "在县城新建公共停车位600个"),
        (8, "改造城镇老旧小区12个，惠及居民1460户")]


def test_a_vote_list_title_whose_quoted_name_holds_digits_keeps_the_list_going():
    text = ("某区2021年民生实事项目票决结果公布\n发布日期:2021-01-20\n\n经区人大代表票决，产生了2021年区政府十件民生实事项目。"
            "票决结果如下：\n\n【1】城区背街小巷改造提升工程（得票171票）\n改造背街小巷42条.\n\n"
            "【2】“15分钟健身圈”提升（得票149票）\n新建、改造社区多功能运动场20片.\n\n"
            "【3】困难群众医疗救助提标（得票141票）\n将门诊救助年度限额由每人1500元提高到3000元.\n")
    assert [(i.index, i.title) for i in extract(text).livelihood_items] == [
        (1, "城区背街小巷改造提升工程"), (2, "“15分钟健身圈”提升"), (3, "困难群众医疗救助提标")]



def test_a_completion_report_titled_over_two_lines_reads_its_items_as_done():
    """…人民政府关于2024年十件民生实事 / 完成情况的报告: one title, a report on the list done."""
    text = ("某县人民政府关于2024年十件民生实事\n完成情况的报告\n——2024年12月25日在某县人民代表大会常务委员会会议上\n\n"
            "主任、各位副主任、各位委员：\n　　具体情况如下：\n"
            "　　一、城乡供水提质工程：计划新建改造供水管网120公里，实际完成126.5公里。\n"
            "　　二、农村公路提档升级：计划实施农村公路提质改造85公里，实际完成88.2公里。\n"
            "　　三、城镇老旧小区改造：计划改造老旧小区17个，已全部完工。\n")
    from extractor import extract
    doc = extract(text)
    assert doc.report.title == "某县人民政府关于2024年十件民生实事完成情况的报告"
    assert [(i.index, i.title, i.year, i.kind) for i in doc.livelihood_items] == [
        (1, "城乡供水提质工程", 2024, "actual"), (2, "农村公路提档升级", 2024, "actual"), (3, "城镇老旧小区改造", 2024, "actual")]
