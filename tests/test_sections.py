"""Which part of a report a line belongs to (review: actuals of the review year; plan: targets of
the plan year), from the headings real reports use. Each case is a small report; the line marked
with ◆ is asked for (the marker is removed before extraction)."""
from __future__ import annotations

import pytest

from extractor.normalise import normalise
from extractor.sections import announces_plans, find_layout, first_line, opens_mid_paragraph

TITLE = "关于某县2022年国民经济和社会发展计划执行情况与2023年计划草案的报告\n\n各位代表：\n"
REVIEW = "一、2022年国民经济和社会发展计划执行情况\n全年地区生产总值增长4%。\n"

CASES = [
    # a review subheading that names work done is no plan heading
    ("review", REVIEW + "（二）重点工作推进情况\n◆城镇新增就业5126人。\n二、2023年经济社会发展主要预期目标\n"),
    ("review", REVIEW + "（二）主要工作完成情况\n◆新增市场主体1200户。\n"),
    ("review", REVIEW + "（三）主要任务落实成效\n◆粮食产量7.8万吨。\n"),
    # plan headings
    ("plan", REVIEW + "二、2023年经济社会发展主要预期目标\n◆地区生产总值增长6%左右。\n"),
    ("plan", REVIEW + "二、2023年工作安排\n◆地区生产总值增长6%左右。\n"),
    ("plan", REVIEW + "二,2023年工作安排\n◆地区生产总值增长6%左右。\n"),          # ASCII comma after the numeral
    ("plan", REVIEW + "二、关于2023年工作\n◆地区生产总值增长6%左右。\n"),          # the plan year and a word of work
    ("plan", REVIEW + "二、重点工作\n◆开工建设项目30个。\n"),
    ("plan", REVIEW + "二、“十四五”及2023年主要指标\n◆地区生产总值增长6%左右。\n"),   # the plan year's 指标
    # a heading of the review year with a work word opens nothing
    ("review", REVIEW + "（二）2022年工作亮点\n◆城镇新增就业5126人。\n"),
    # nor does a table's caption naming the plan year
    ("review", REVIEW + "表1　主要经济社会指标（2020—2023年）\n\n从三年走势看，◆2022年地区生产总值增速加快1.7个百分点。\n"),
]


@pytest.mark.parametrize("expected, body", CASES, ids=[c[1].split("\n")[2][:14] for c in CASES])
def test_part_of_marked_line(expected, body):
    text = TITLE + body
    marker = text.index("◆")
    text = text.replace("◆", "")
    layout = find_layout(normalise(text), 2022, 2023, "plan_report")
    assert layout.part_at(marker) == expected


@pytest.mark.parametrize("text, title", [
    # a body's line before the title
    ("某市人民政府门户网站\n当前位置：首页 > 政务公开\n某市人民政府办公室\n关于2024年市政府十件民生实事完成情况的通报\n\n正文。",
     "关于2024年市政府十件民生实事完成情况的通报"),
    # a headline without a year, its subtitle gives it
    ("某某日报数字报\n当前位置:首页 > 要闻\n开局之年,各市定下怎样的“小目标”?\n——我省各市2021年主要经济指标扫描\n\n正文。",
     "开局之年,各市定下怎样的“小目标”?——我省各市2021年主要经济指标扫描"),
    # a headline followed by the body: the headline
    ("某区人大四次会议开幕 今年GDP预期增长6%左右\n1月10日上午，某区第十五届人民代表大会第四次会议在区会议中心开幕，区长代表区人民政府作政府工作报告，回顾2023年工作。",
     "某区人大四次会议开幕 今年GDP预期增长6%左右"),
])
def test_a_pages_title_line(text, title):
    assert first_line(text) == title


@pytest.mark.parametrize("headline, plans", [
    ("2024年1—6月全市主要经济指标", False),        # 要 inside 主要
    ("2023年某市将办好十件民生实事", True),
    ("开局之年,各市定下怎样的“小目标”?", True),
    ("某市2016年十二件民生实事正式发布", True),      # a year's list given out
    ("某镇2024年民生实事项目清单出炉", True),
    ("某县2023年十件民生实事完成情况公布", False),    # a report on the list
    ("某县2020年十件民生实事项目票决结果", True),      # the year's list voted on
])
def test_a_pages_title_announces_plans(headline, plans):
    assert announces_plans(headline) is plans


def test_a_run_of_months_in_a_title_is_no_page_date():
    """某县2023年1-11月…通报 published 2023-12-08: the page is of December, not of January."""
    from extractor.sections import news_layout
    layout = news_layout("某县2023年1-11月重点项目建设进展情况通报\n\n发布日期:2023-12-08\n\n全县重点项目累计完成投资69.15亿元。\n")
    assert layout.now_year == 2023 and not layout.now_is_early


def test_a_notice_issuing_a_work_plan_announces_plans():
    assert announces_plans("关于印发2023年全省卫生健康十件民生实事工作方案的通知")


def test_an_excerpt_of_a_plan_reports_key_tasks_is_the_plan_part():
    """A later part of a plan report, no title and no part heading, opening mid-paragraph: full of
    力争/加快/推动, it is the plan part; a 各位代表！ inside the body is no salutation that hides a heading."""
    from extractor import extract
    text = ("链条延伸，着力打造三大产业集群，力争全州规上工业增加值增长10%以上，新增规上工业企业50家。加快发展现代服务业，"
            "推动文旅深度融合，全年接待游客突破3000万人次。深化改革，力争新增市场主体1.8万户。\n\n"
            "（四）推进新型城镇化。加快推进县城建设，推动农业转移人口市民化，强化基础设施，坚持城乡融合。\n\n"
            "各位代表，做好2022年国民经济和社会发展计划工作，任务艰巨，使命光荣。\n")
    doc = extract(text)
    assert doc.report.doc_type == "plan_report" and doc.report.plan_year == 2022
    assert {(r.year, r.kind) for r in doc.indicators} == {(2022, "target")}


def test_an_exclamation_to_the_deputies_inside_the_body_is_no_salutation():
    body = ("的意见建议。一年来，县政府共办理人大代表建议86件，办复率均为100%。\n\n二、2021年工作安排\n\n"
            "2021年全县经济社会发展的主要预期目标是：◆地区生产总值增长8%左右。\n\n各位代表！民生无小事。\n")
    view = normalise(body.replace("◆", ""))
    layout = find_layout(view, 2020, 2021, "government_work_report")
    assert layout.part_at(body.index("◆")) == "plan"


def test_an_excerpt_of_a_review_stays_the_review():
    """A later part of a work report from inside its review (no heading, full of results): the review, of
    the year before the one its closing line plans (在2018年的工作中…)."""
    from extractor import extract
    text = ("业转型升级步伐加快。全年实施工业技改项目46个，完成工业技改投资28.6亿元，同比增长15.2%；新增规上工业企业21家，"
            "高新技术企业总数达到38家，累计建成标准厂房12万平方米。\n\n（四）城乡建设取得新进展。全年完成城建投资18.2亿元，"
            "比上年增长9.6%，实现城镇化率55.3%。\n\n我们将在2018年的工作中采取有力措施，认真加以解决。\n")
    doc = extract(text)
    assert doc.report.review_year == 2017 and doc.report.plan_year == 2018
    assert {(r.year, r.kind) for r in doc.indicators} == {(2017, "actual")}


def test_a_hard_wrapped_excerpt_opens_mid_paragraph():
    """A PDF copy wrapped at 38 characters a line, cut after a sentence: an excerpt all the same, so its
    plan heading (二、2019年…主要目标) opens the plan part; a news headline does not."""
    from extractor.sections import opens_mid_paragraph
    wrapped = ("化解工作扎实推进，全年未发生较大以上生产安全事故，社会大局保持和谐稳定。\n"
               "在肯定成绩的同时，我们也清醒地看到，全市经济社会发展中还存在不少困难和问题，\n")
    assert opens_mid_paragraph(wrapped)
    assert not opens_mid_paragraph("今年我市将办好十件民生实事 新建改扩建中小学幼儿园22所\n\n　　1月17日上午，会议开幕。\n")
    assert not opens_mid_paragraph("某市经济运行稳中有进，主要指标好于预期\n\n发布时间：2024-01-20\n")


@pytest.mark.parametrize("text", [
    "四、2014年重点工作\n\n2014年是全面贯彻落实党的十八届三中全会精神的第一年。\n",       # a later section's heading
    "7. 托育服务扩容工程：新建普惠性托育机构3家，新增普惠托位600个，建设无障碍设施。\n8. 背街小巷整治：整治背街小巷40条。\n",
    "对上述主要预期目标，说明如下：\n——地区生产总值增长6%左右。主要考虑是：2023年全州地区生产总值预计增长5.2%。\n",
    "——科技创新：研究与试验发展经费支出占生产总值的比重达到1.85%，每万人口发明专利拥有量达到3.2件。\n",     # a dash item
])
def test_an_excerpt_opening_at_a_later_section_an_item_or_an_intro_sentence(text):
    from extractor.sections import opens_mid_paragraph
    assert opens_mid_paragraph(text)


def test_an_excerpt_saying_what_the_year_goes_on_with_reads_as_plans():
    """（二）坚持项目为纲… / 2024年，…完成投资271.6亿元。2025年，继续实施…: the plan part, though results are named."""
    from extractor.sections import _reads_as_plans
    text = ("（二）坚持项目为纲，持续扩大有效投资\n\n2024年，全州州级重大项目完成投资271.6亿元，为年度计划的103.2%。"
            "2025年，继续实施重大项目攻坚行动，完成投资280亿元以上。\n\n抓好项目谋划储备。围绕国家政策支持方向和全州产业布局，"
            "谋划储备重大项目320个、总投资2860亿元，滚动实施项目清单，完善资金保障，项目早落地、早开工、早见效。\n\n"
            "强化项目资金保障。坚持资金跟着项目走，全年争取地方政府专项债券资金45亿元以上，优化审批流程，压缩审批时限。\n")
    assert _reads_as_plans(text)


def test_an_abridged_report_without_part_headings_turns_to_the_plan_at_the_years_targets():
    """政府工作报告（节选）: no part headings; the paragraph opening 2020年经济社会发展的主要预期目标是： and those
    after it are the plan part (今年的民生实事…计划总投资6.8亿元 is a 2020 target), those before it the review."""
    from extractor import extract
    text = ("政府工作报告\n\n——2020年1月8日在某县第十七届人民代表大会第五次会议上\n\n某县人民政府代县长  某某\n\n（节选）\n\n"
            "过去一年，全县地区生产总值预计完成142.6亿元，增长7.6%；一般公共预算收入9.84亿元，增长6.2%。\n\n"
            "2020年经济社会发展的主要预期目标是：地区生产总值增长7%左右，一般公共预算收入增长5%。\n\n"
            "办好民生实事，是政府对群众的庄严承诺。今年的民生实事项目计划总投资6.8亿元，比上年增长12%。\n")
    got = {r.text: (r.year, r.kind, r.headline) for r in extract(text).indicators}
    assert got["142.6亿元"] == (2019, "actual", True)
    assert got["7%"] == (2020, "target", True) and got["5%"] == (2020, "target", True)
    assert got["6.8亿元"][:2] == (2020, "target")


@pytest.mark.parametrize("head, review", [
    # a body's site name, the page's path and date, then a report's section cut above: an excerpt of last year's review
    ("某省发展和改革委员会\n首页 > 政务公开 > 规划计划 > 年度计划\n发布时间：2017-02-21 09:30　　来源：综合处\n\n", 2016),
    # a headline naming a year above the body is no page furniture: a news page, of the page's year
    ("某省人民政府门户网站\n【解读】六个关键词读懂2017年省政府工作报告\n发布时间：2017-02-21 09:30\n\n", None),
])
def test_a_web_page_holding_an_excerpt_of_a_report(head, review):
    from extractor import extract
    text = head + ("（四）消费市场平稳较快增长。全年实现社会消费品零售总额8216.4亿元，增长11.2%，增速比上年回落0.4个百分点。"
                   "分城乡看，城镇消费品零售额6902.7亿元，增长10.9%。\n")
    doc = extract(text)
    first = next(r for r in doc.indicators if r.text == "8216.4亿元")
    if review:
        assert (doc.report.review_year, first.year, first.kind) == (review, review, "actual")
    else:
        assert opens_mid_paragraph(text) is False


def test_a_page_whose_path_names_a_work_report_holds_an_excerpt_of_it():
    """首页 > 政务公开 > 政府工作报告 / buttons / a review cut above (…空气质量优良天数达到331天…) and 2023年，某区人民政府
    将继续…: an excerpt of the report on 2022 and 2023; its results are 2022's."""
    from extractor import extract
    text = ("首页 > 政务公开 > 政府工作报告\n【字体:大 中 小】 【打印】 【关闭】\n\n"
            "河长制、林长制全面落实,国考断面水质优良比例保持100%,区域空气质量优良天数达到331天,比上年增加9天。\n\n"
            "各位代表!民生无小事。2023年,某区人民政府将继续集中财力办好十件民生实事。\n")
    doc = extract(text)
    assert (doc.report.review_year, doc.report.plan_year) == (2022, 2023)
    assert {(r.year, r.kind) for r in doc.indicators if r.text in ("331天", "9天")} == {(2022, "actual")}


@pytest.mark.parametrize("text, excerpt", [
    # a page's chrome, then a report cut inside a word, a later section heading a few lines down
    ("甲区人民政府网　　发布日期：2020-01-16　　浏览次数：1326\n【字体：大 中 小】　　打印本页\n\n"
     "面落实河长制，甲河出境断面水质稳定达到Ⅲ类，全年PM2.5平均浓度4\n2微克/立方米，下降6.7%。\n"
     "（五）着力保障和改善民生，群众获得感持续增强。全年民生支出28.6亿元。\n", True),
    # a news page whose sections start at the first
    ("甲区人民政府网　　发布日期：2020-01-16　　浏览次数：1326\n【字体：大 中 小】　　打印本页\n\n"
     "1月16日，甲区召开经济工作会议，部署全年工作。\n（一）稳增长。全年地区生产总值增长6%。\n"
     "（二）惠民生。全年民生支出28.6亿元。\n", False),
])
def test_a_page_over_an_excerpt_cut_above_a_later_section(text, excerpt):
    assert opens_mid_paragraph(text) is excerpt


def test_an_excerpt_opening_at_a_later_item_of_a_key_project_list_plans():
    """4．X工程（续建）：总投资…，2021年计划投资…，年内完成…: a later item with its stage in brackets; its
    words of a year ahead (年内, 计划投资) read as plans."""
    text = ("4．甲港作业区二期工程（续建）：总投资21.4亿元，2021年计划投资5.2亿元，年内完成水工主体工程。\n"
            "5．乙高速公路甲段（续建）：路线全长38.6公里，总投资46.8亿元，2021年计划投资12亿元，年内完成路基工程的75%。\n"
            "6．市第二水厂及配套管网工程（新开工）：总投资9.3亿元，2021年计划投资2.1亿元。\n")
    assert opens_mid_paragraph(text)
    assert find_layout(text, 2020, 2021, "other").part_at(0) == "plan"


def test_an_e_paper_page_of_an_event_reports_it_held_whatever_its_month():
    """A newspaper's e-paper banner is page chrome, not the title; the headline above the subtitle names
    the event (集中开工), so an April page's figures are what happened, not the year's plans."""
    from extractor.sections import first_line, news_layout
    page = ("某省日报数字报　2017年04月11日　第01版：要闻\n〈上一版　　下一版〉　　〈上一期　　下一期〉\n\n"
            "全省第二季度重大项目集中开工\n238个项目总投资1462亿元\n\n"
            "　　本报讯　4月10日上午，全省重大项目集中开工活动在甲市主会场举行。此次集中开工的重大项目共238个。\n")
    assert "数字报" not in first_line(page)
    layout = news_layout(page)
    assert layout.now_year == 2017 and not layout.now_is_early and layout.default_kind == "actual"


def test_an_excerpt_opening_on_the_years_planned_numbers_reads_as_plans():
    """3.… / 在2021年…的基础上，全年计划新建…: the plan part's tasks, though 达到 and 建成 abound."""
    from extractor.sections import find_layout
    text = ("3.着力提升公共服务供给水平\n推动教育优质均衡发展。在2021年新增公办学位6850个的基础上，全年计划新建、改扩建中小学和幼儿园9所，"
            "新增公办学位7200个。秋季开学前建成投用甲实验学校、乙中学南校区。学前教育毛入园率达到98%，普惠性幼儿园覆盖率达到90%。"
            "到年底，全区每千人口医疗卫生机构床位数达到6.2张，家庭医生签约服务覆盖率达到45%。建成区图书馆新馆。\n")
    assert find_layout(text, 2021, 2022, "plan_report").part_at(40) == "plan"



def test_a_headlines_goal_year_is_not_the_pages_year_and_a_start_held_is_a_result():
    """芷柯高速公路正式开工建设 / …计划2026年建成通车, posted 2023-03-29: a page of 2023 reporting a start held."""
    from extractor.sections import news_layout, text_year
    page = ("某新闻网\n首页 > 本地新闻\n\n甲乙高速公路正式开工建设\n全长67.3公里 总投资118.6亿元 计划2026年建成通车\n\n"
            "2023-03-29 09:12:47  来源：某日报\n\n　　3月28日上午，甲至乙高速公路项目开工动员会在施工现场举行。\n")
    assert text_year(page) == 2023
    layout = news_layout(page)
    assert (layout.default_year, layout.default_kind, layout.now_is_early) == (2023, "actual", False)
    notice = "某市人民政府办公室\n关于2024年市政府十件民生实事完成情况的通报\n\n发布时间：2025-01-17\n\n各区县人民政府：\n"
    assert text_year(notice) == 2024     # (关于 is no 于 before a goal's year)
