"""read_report_meta: header snippets (corpus and realistic variants) and the golden comparison."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from extractor.report_meta import read_report_meta, split_jurisdiction

ROOT = Path(__file__).resolve().parent.parent
FIELDS = ["title", "doc_type", "region", "parent_region", "review_year", "plan_year", "date", "issuer", "meeting"]


def _norm(v):
    return re.sub(r"\s+", "", v) if isinstance(v, str) else v


def _read(p: Path) -> str:
    return open(p, encoding="utf-8-sig", newline=None).read()


BODY = "2022年，全县经济运行总体平稳。\n"

CASES = [
    pytest.param(
        # a news page that names its province right after a year: the year is no part of the name
        "某某日报数字报\n当前位置:首页 > 要闻\n开局之年,各市定下怎样的“小目标”?\n——我省各市2021年主要经济指标扫描\n\n"
        "2021年青岭省各市的增长目标普遍高于全省。全省经济稳中向好，全省各市协同发展，全省上下一心。\n",
        dict(doc_type="other", region="青岭省"),
        id="news-region-after-a-year"),
    pytest.param(
        # a page explaining a work report speaks of the report's years (a review of the year before)
        "某市人民政府门户网站\n当前位置：首页 > 政策解读\n发布时间: 2024-01-16 10:25\n\n一图读懂2024年某市政府工作报告\n\n【2023年成绩单】\n",
        dict(doc_type="other", review_year=2023, plan_year=2024),
        id="infographic-of-a-work-report"),
    pytest.param(
        # a sub-district office's year summary and plan: a government's review of its year and plan
        "某区人民政府门户网站\n当前位置：首页 > 政务公开 > 街道动态\n发布时间：2025-01-10 09:32   来源：某街道办事处\n\n"
        "青石区澜湾街道办事处2024年工作总结和2025年工作计划\n\n青石区人民政府澜湾街道办事处\n\n"
        "    2024年,澜湾街道坚持稳中求进。\n\n    一、2024年工作总结\n" + BODY,
        dict(title="青石区澜湾街道办事处2024年工作总结和2025年工作计划", doc_type="government_work_report",
             region="澜湾街道", parent_region="青石区", review_year=2024, plan_year=2025, issuer="青石区人民政府澜湾街道办事处"),
        id="sub-district-summary-and-plan"),
    pytest.param(
        # a people's congress committee's review of the plan report: a plan report of the committee
        "某市人大网  首页 | 文件资料\n当前位置:首页 > 文件资料 > 大会文件\n\n"
        "某市人民代表大会财政经济委员会关于某市2024年国民经济和社会发展计划执行情况与2025年国民经济和社会发展计划草案的审查结果报告\n\n"
        "——2025年1月17日在某市第十六届人民代表大会第五次会议主席团第二次会议上\n\n某市人民代表大会财政经济委员会\n\n"
        "市第十六届人民代表大会第五次会议主席团:\n" + BODY,
        dict(doc_type="plan_report", region="某市", review_year=2024, plan_year=2025, date="2025-01-17",
             issuer="某市人民代表大会财政经济委员会", meeting="某市第十六届人民代表大会第五次会议主席团第二次会议"),
        id="congress-committee-review"),
    pytest.param(
        # a statistics page: the region is no word that starts with a suffix character (房地产市场)
        "某某市统计局\n网站首页　统计数据\n当前位置：首页 > 统计数据\n2024年1—6月全市主要经济指标\n"
        "发布时间：2024-07-19 17:30\n\n全市房地产市场逐步企稳，全市房地产市场销售面积下降。全市经济运行稳中向好。\n",
        dict(doc_type="other", region="某某市", review_year=2024, plan_year=2025),
        id="statistics-page-years"),
    pytest.param(
        # a zone's review and plan in one, under page chrome: a work report; the body word leaves the region
        "某某经济技术开发区管理委员会\n当前位置：首页 > 政务公开 > 规划计划\n"
        "临川经济技术开发区管委会2023年工作总结和2024年工作计划\n发布时间：2024-01-22 09:35   来源：管委会综合办公室\n\n"
        "2023年，临川经济技术开发区坚持稳中求进。沿线市场持续回暖。\n\n一、2023年工作完成情况\n" + BODY,
        dict(title="临川经济技术开发区管委会2023年工作总结和2024年工作计划", doc_type="government_work_report",
             region="临川经济技术开发区", parent_region=None, review_year=2023, plan_year=2024, date=None,
             issuer=None, meeting=None),
        id="zone-summary-and-plan"),
    pytest.param(
        # a development zone's work report (管委会工作报告), delivered to a work conference, not a 人大
        "临川经济技术开发区管委会工作报告\n——2023年2月3日在临川经济技术开发区2023年工作会议上\n"
        "临川经济技术开发区管委会主任　王　五\n\n同志们：\n现在，我代表开发区管委会向大会报告工作。\n一、2022年工作回顾\n" + BODY,
        dict(title="临川经济技术开发区管委会工作报告", doc_type="government_work_report", region="临川经济技术开发区",
             parent_region=None, review_year=2022, plan_year=2023, date="2023-02-03",
             issuer="临川经济技术开发区管委会主任 王 五", meeting="临川经济技术开发区2023年工作会议"),
        id="zone-work-report"),
    pytest.param(
        # plan report, title over two lines, —— delivery line broken over two lines, body byline
        "区十八届人大四次会议\n\n材  料      （ 五 ）\n\n关于荣昌区2022年国民经济和社会发展计划\n\n执行情况及2023年计划草案的报告\n\n"
        "——2023年1月31日在重庆市荣昌区第十八届人民代表大会\n第四次会议上\n\n重庆市荣昌区发展和改革委员会\n\n各位代表：\n"
        "受区人民政府委托，现将荣昌区2022年国民经济和社会发展计划执行情况及2023年计划草案的报告提请大会审查。\n",
        dict(title="关于荣昌区2022年国民经济和社会发展计划执行情况及2023年计划草案的报告", doc_type="plan_report",
             region="荣昌区", parent_region="重庆市", review_year=2022, plan_year=2023, date="2023-01-31",
             issuer="重庆市荣昌区发展和改革委员会", meeting="重庆市荣昌区第十八届人民代表大会第四次会议"),
        id="district-plan-two-line-title"),
    pytest.param(
        # province, no 关于, title over three lines, full-width （草案）
        "湖南省2023年国民经济和社会\n发展计划执行情况与2024年国民经济\n和社会发展计划（草案）的报告\n"
        "——2024年1月21日在湖南省第十四届人民代表大会第二次会议上\n湖南省发展和改革委员会\n\n各位代表：\n"
        "受省人民政府委托，现将全省2023年计划执行情况报告如下。\n一、2023年国民经济和社会发展计划执行情况\n",
        dict(title="湖南省2023年国民经济和社会发展计划执行情况与2024年国民经济和社会发展计划（草案）的报告",
             doc_type="plan_report", region="湖南省", parent_region=None, review_year=2023, plan_year=2024,
             date="2024-01-21", issuer="湖南省发展和改革委员会", meeting="湖南省第十四届人民代表大会第二次会议"),
        id="province-three-line-title"),
    pytest.param(
        # county government work report, Chinese-numeral date, speaker's title and name on the next line
        "政府工作报告\n——二〇二三年一月六日在浏阳市第十七届人民代表大会第三次会议上\n浏阳市人民政府市长　李　四\n"
        "各位代表：\n现在，我代表市人民政府，向大会报告工作，请予审议。\n一、2022年工作回顾\n" + BODY,
        dict(title="政府工作报告", doc_type="government_work_report", region="浏阳市", parent_region=None,
             review_year=2022, plan_year=2023, date="2023-01-06", issuer="浏阳市人民政府市长 李 四",
             meeting="浏阳市第十七届人民代表大会第三次会议"),
        id="city-gwr-chinese-date"),
    pytest.param(
        # page chrome and a notice before the title, date-only line, meeting from 提请…审议, (摘要) kept
        "当前位置：首页 > 政务公开 > 计划总结\n关于印发《年度计划报告》的通知\n发布日期：2023-02-10  浏览次数：128\n"
        "关于平江县2022年国民经济和社会发展计划执行情况与2023年国民经济和社会发展计划草案的报告（摘要）\n"
        "（2023年1月8日）\n平江县发展和改革局\n各位代表：\n受岳阳市平江县人民政府委托，现将计划执行情况提请县第十八届人民代表大会第三次会议审议。\n",
        dict(title="关于平江县2022年国民经济和社会发展计划执行情况与2023年国民经济和社会发展计划草案的报告（摘要）",
             doc_type="plan_report", region="平江县", parent_region="岳阳市", review_year=2022, plan_year=2023,
             date="2023-01-08", issuer="平江县发展和改革局", meeting="县第十八届人民代表大会第三次会议"),
        id="county-plan-chrome-notice-abstract"),
    pytest.param(
        # half-width (书面), garbled delivery line: no readable date, meeting as written
        "关于东丽区2020年国民经济和社会发展\n\n计划执行情况与2021年国民经济和社会发展\n\n计划草案的报告(书面)\n\n"
        "--2021112 区第十七届人民代表大会次会议上\n\n区发展和改革委员会主任 李晓霞\n\n各位代表:\n\n"
        "我受区政府委托，向本次大会报告。\n",
        dict(title="关于东丽区2020年国民经济和社会发展计划执行情况与2021年国民经济和社会发展计划草案的报告(书面)",
             doc_type="plan_report", region="东丽区", parent_region=None, review_year=2020, plan_year=2021,
             date=None, issuer="区发展和改革委员会主任 李晓霞", meeting="区第十七届人民代表大会次会议"),
        id="garbled-delivery-line"),
    pytest.param(
        # spaces around years kept, 旗, date with spaces
        "关于科右中旗 2022 年国民经济和社会发展计划执行情况\n\n及 2023 年国民经济和社会发展计划草案的报告\n\n"
        "——2023 年 1 月 1 日在科右中旗第十七届人民代表大会\n\n第二次会议上\n\n科右中旗发展和改革委员会主任 白长海\n\n各位代表:\n",
        dict(title="关于科右中旗 2022 年国民经济和社会发展计划执行情况及 2023 年国民经济和社会发展计划草案的报告",
             doc_type="plan_report", region="科右中旗", parent_region=None, review_year=2022, plan_year=2023,
             date="2023-01-01", issuer="科右中旗发展和改革委员会主任 白长海", meeting="科右中旗第十七届人民代表大会第二次会议"),
        id="banner-spaced-years"),
    pytest.param(
        # county GWR delivered in December, no year headings, 我代表县人民政府 (not a full name)
        "政府工作报告（摘要）\n  2022年12月28日在宁乡县第十九届人民代表大会第二次会议上\n\n各位代表:\n"
        "我代表县人民政府,向大会报告工作,请予审查。\n过去一年,全县上下团结奋斗。\n",
        dict(title="政府工作报告（摘要）", doc_type="government_work_report", region="宁乡县", parent_region=None,
             review_year=2022, plan_year=2023, date="2022-12-28", issuer=None,
             meeting="宁乡县第十九届人民代表大会第二次会议"),
        id="county-gwr-december-abstract"),
    pytest.param(
        # GWR without byline: issuer from 我代表 + a body named in full
        "政府工作报告\n——2023年1月9日在北京市怀柔区第七届人民代表大会第三次会议上\n各位代表：\n"
        "现在，我代表北京市怀柔区人民政府，向大会报告工作。\n第一部分 2022年工作情况\n",
        dict(title="政府工作报告", doc_type="government_work_report", region="怀柔区", parent_region="北京市",
             review_year=2022, plan_year=2023, date="2023-01-09", issuer="北京市怀柔区人民政府",
             meeting="北京市怀柔区第七届人民代表大会第三次会议"),
        id="gwr-issuer-from-full-body"),
    pytest.param(
        # truncated page title: no title, plan_report from the body heading, region from 全区/我区 + a named 区
        "2015年国民经济和社会发展计划执行情况与2016年国民经济\n发布日期:2016-06-02浏览次数:字号:[ ]\n"
        "    2015年是收官之年。全区坚持稳中求进,我区经济平稳发展,出台了《洞头区产业扶持政策》。\n"
        "    一、2015年国民经济和社会发展计划执行情况\n",
        dict(title=None, doc_type="plan_report", region="洞头区", parent_region=None, review_year=2015,
             plan_year=2016, date=None, issuer=None, meeting=None),
        id="truncated-page-title"),
    pytest.param(
        # excerpt with no header: government work report from 工作安排, bare region from a slogan
        "对此,我们一定高度重视。\n二、2024年工作安排\n2024年是全面建设社会主义现代化石城的关键之年。"
        "奋力谱写中国式现代化石城篇章。\n",
        dict(title=None, doc_type="government_work_report", region="石城", review_year=2023, plan_year=2024,
             date=None, issuer=None, meeting=None),
        id="excerpt-bare-region"),
    pytest.param(
        # speaker above a parenthesised delivery line
        "政府工作报告\n某某县人民政府县长 张三\n（2023年1月5日在某某县第十八届人民代表大会第二次会议上）\n各位代表：\n"
        "我代表县人民政府向大会报告工作。\n一、2022年工作回顾\n",
        dict(title="政府工作报告", doc_type="government_work_report", region="某某县", review_year=2022, plan_year=2023,
             date="2023-01-05", issuer="某某县人民政府县长 张三", meeting="某某县第十八届人民代表大会第二次会议"),
        id="speaker-above-delivery-line"),
    pytest.param(
        # 关于 alone on the first title line; a title without the region (全市) takes it from the meeting
        "关于\n新化县2022年国民经济和社会发展计划执行情况\n与2023年计划草案的报告\n新化县发展和改革局局长 王五\n各位代表：\n",
        dict(title="关于新化县2022年国民经济和社会发展计划执行情况与2023年计划草案的报告", region="新化县",
             issuer="新化县发展和改革局局长 王五", date=None, meeting=None, review_year=2022, plan_year=2023),
        id="guanyu-alone"),
    pytest.param(
        "关于2022年全市国民经济和社会发展计划执行情况与2023年计划草案的报告\n"
        "——2023年1月12日在邵阳市第十七届人民代表大会第三次会议上\n邵阳市发展和改革委员会\n各位代表：\n",
        dict(region="邵阳市", parent_region=None, date="2023-01-12", issuer="邵阳市发展和改革委员会"),
        id="title-without-region"),
    pytest.param(
        # full-width digits in the title: the years are still read (the title stays as written)
        "关于某市２０２０年国民经济和社会发展计划执行情况与２０２１年国民经济和社会发展计划草案的报告\n"
        "——２０２１年１月２６日在某市第十七届人民代表大会第六次会议上\n各位代表：\n",
        dict(title="关于某市２０２０年国民经济和社会发展计划执行情况与２０２１年国民经济和社会发展计划草案的报告",
             review_year=2020, plan_year=2021, date="2021-01-26"),
        id="full-width-title-years"),
    pytest.param(
        # a complete page title over the page's chrome; the report's own title comes later
        "首页 > 政务公开 > 政府工作报告\n2020年某市政府工作报告\n来源：某市人民政府办公室　　发布时间：2020-01-16 09:30\n"
        "字号：【大 中 小】　【打印本页】\n\n政府工作报告\n——2020年1月9日在某市第七届人民代表大会第四次会议上\n"
        "某市人民政府市长　张三\n\n各位代表：\n",
        dict(title="政府工作报告", doc_type="government_work_report", review_year=2019, plan_year=2020,
             date="2020-01-09", meeting="某市第七届人民代表大会第四次会议"),
        id="page-title-over-chrome"),
    pytest.param(
        # a half-year report: the plan for the second half is of the same year
        "关于某市2024年上半年国民经济和社会发展计划执行情况的报告\n——2024年7月25日在某市第十六届人民代表大会常务委员会第二十次会议上\n各位代表：\n",
        dict(review_year=2024, plan_year=2024, doc_type="plan_report"),
        id="half-year-report"),
    pytest.param(
        # a plan report titled without 报告, as a 摘要
        "某市某区2020年国民经济和社会发展计划执行情况与2021年国民经济和社会发展计划（摘要）\n某区发展和改革委员会\n"
        "2020年，全区实现地区生产总值1050.8亿元，增长6.6%。\n",
        dict(title="某市某区2020年国民经济和社会发展计划执行情况与2021年国民经济和社会发展计划（摘要）",
             doc_type="plan_report", review_year=2020, plan_year=2021),
        id="plan-title-without-report"),
    pytest.param(
        # news about a report
        "2023年某市将办好十件民生实事\n\n2023-01-12 10:20 晚报\n\n1月11日,市人民代表大会开幕。《政府工作报告》提出,"
        "今年继续办好十件民生实事。\n",
        dict(doc_type="other", title=None, date=None),
        id="news-other"),
    pytest.param(
        # headline of an explainer ending in 报告 is not a title
        "一图读懂2023年政府工作报告\n来源：融媒体中心\n今年的报告有哪些看点？\n",
        dict(doc_type="other", title=None),
        id="explainer-other"),
    pytest.param(
        # a year-end speech: its title names the meeting, its date line the year it reviews (今年)
        "某日报　2025年12月28日　第01版：要闻\n\n在全市经济工作会议上的讲话\n（2025年12月26日）\n\n市委书记　张某\n\n同志们：\n",
        dict(doc_type="other", title="在全市经济工作会议上的讲话", meeting="全市经济工作会议", date="2025-12-26",
             issuer="市委书记　张某", review_year=2025, plan_year=2026),
        id="year-end-speech"),
    pytest.param(
        # an excerpt with no title: the years come from the body (…建议2024年某州经济社会发展主要预期目标如下：)
        "建设，坚持以进促稳、先立后破，更好统筹扩大内需和深化供给侧结构性改革，切实增强经济活力、防范化解风险。\n\n"
        "综合考虑国内外发展环境，建议2024年某州经济社会发展主要预期目标如下：\n——经济增长：地区生产总值增长5.5%左右。\n",
        dict(title=None, review_year=2023, plan_year=2024), id="excerpt-years-from-its-target-intro"),
    pytest.param(
        "感、幸福感更加充实。2021年，区政府确定的十件民生实事全部完成，累计投入资金8.6亿元。2022年，我们将坚持尽力而为、量力而行，"
        "集中财力办好以下十件民生实事：\n",
        dict(title=None, review_year=2021, plan_year=2022), id="excerpt-years-from-what-it-will-do"),
    pytest.param(
        # a slogan names the place bare; the text writes it with its suffix once
        "我们聚焦营商环境，改革不断深化。某源区营商环境评价居全市第一。奋力谱写中国式现代化某源篇章。\n",
        dict(region="某源区"), id="bare-name-with-its-suffix"),
    pytest.param(
        # a verb before a suffix character opens no place name (确定省级重大项目, 完成市下达的任务)
        "全省确定省级重大项目300个，全省完成市下达的任务，全省上下共同努力，全省经济稳中向好。\n",
        dict(region=None), id="verbs-open-no-place-name"),
    pytest.param(
        # a verb anywhere in the candidate (开工建设市妇幼保健院, 我代表县人民政府), 省域/市县 after the suffix
        "全市新增学位9600个。开工建设市妇幼保健院。在此，我代表县人民政府致谢。支持甲乙建设省域副中心，形成市县联动。"
        "全市上下团结奋斗，全市经济稳中向好，全市人民共享成果。\n",
        dict(region=None), id="verbs-anywhere-open-no-place-name"),
    pytest.param(
        # an excerpt of a plan report: its plan year from a 主要任务 heading, its type from the heading's wording
        "标体系既体现了稳字当头的要求，又与规划纲要确定的目标相衔接，也为应对各种不确定因素留有一定余地。\n"
        "三、2022年国民经济和社会发展的主要任务\n（一）坚持制造强省。力争全省规模以上工业增加值增长7.5%左右。\n",
        dict(doc_type="plan_report", review_year=2021, plan_year=2022), id="excerpt-plan-year-from-tasks-heading"),
    pytest.param(
        # an excerpt opening in the review of a plan report: 对照…批准的2020年计划 makes it one
        "经济运行逐季回升、稳中向好，全区上下奋力拼搏，主要指标好于预期，为开好局打下了坚实基础。"
        "对照区十六届人大五次会议批准的2020年计划，15项主要指标中9项完成或超额完成。\n",
        dict(doc_type="plan_report"), id="excerpt-type-from-an-approved-plan"),
    pytest.param(
        # an excerpt whose only year opens what the government will do (2023年，县政府将…)
        "持续优化营商环境，政务服务事项“一网通办”率达到98%，新增经营主体4500户，全县营商环境评价居全市前列。\n"
        "（八）持续增进民生福祉。2023年，县政府将继续集中财力办好十件民生实事。\n",
        dict(review_year=2022, plan_year=2023), id="excerpt-years-from-what-the-government-will-do"),
    pytest.param(
        # a title over three lines whose middle line ends like a title (…计划执行情况与2011年…计划 / (草案)的报告)
        "青峰县第十五届人民代表大会第五次会议文件之五\n\n关于青峰县 2010 年国民经济和社会发展计划\n"
        "执行情况与 2011 年国民经济和社会发展计划\n(草案)的报告\n\n——2011 年 1 月 18 日在青峰县第十五届人民代表大会\n第五次会议上\n",
        dict(title="关于青峰县 2010 年国民经济和社会发展计划执行情况与 2011 年国民经济和社会发展计划(草案)的报告",
             doc_type="plan_report", review_year=2010, plan_year=2011), id="title-ending-on-a-line-of-its-own"),
    pytest.param(
        # an excerpt under a page path that names the report the page holds
        "首页 > 政务公开 > 政府工作报告\n【字体:大 中 小】 【打印】\n\n"
        "河长制、林长制全面落实，区域空气质量优良天数达到331天，比上年增加9天。完成造林绿化1.2万亩。\n",
        dict(doc_type="government_work_report"), id="excerpt-type-from-its-page-path"),
    pytest.param(
        # a WeChat account's header (原创 … 2025年01月09日 18:30, 收录于合集) is page furniture: the title below it
        # (一图速览2025年…政府工作报告) gives the years
        "原创 某区发布 某区发布 2025年01月09日 18:30\n收录于合集 #2025某区两会\n\n划重点！一图速览2025年某区政府工作报告\n\n"
        "1月8日上午，某区第三届人民代表大会第五次会议隆重开幕。\n",
        dict(review_year=2024, plan_year=2025), id="wechat-header-is-page-furniture"),
    pytest.param(
        # a page whose title is the year's list itself (…2019年十大民生实事项目) plans that year
        "某县人民政府门户网站\n您现在的位置：首页 > 政务公开 > 民生实事\n\n某县2019年十大民生实事项目\n"
        "发布时间：2019-03-06 09:40　来源：县政府办\n\n经县人大代表票决，确定2019年县政府十大民生实事项目。\n",
        dict(review_year=2018, plan_year=2019), id="title-that-is-the-years-list-plans-it"),
    pytest.param(
        # an excerpt under a page path naming the report, and a date: the path says it holds a report
        "某区人民政府\n首页 | 走进某区 | 政务公开 | 政务服务\n您当前的位置:首页 > 政务公开 > 政府工作报告\n"
        "发布日期:2019-01-24 10:36  来源:区政府办公室\n\n"
        "财政实力稳步增强。2018年,全区一般公共预算收入完成48.36亿元,同口径增长7.2%,总量居全市第四位。\n",
        dict(doc_type="government_work_report", review_year=2018, plan_year=2019), id="excerpt-under-a-dated-report-page"),
    pytest.param(
        # an excerpt with no cue of its kind is still one of the two reports: its words decide (我们, 各位代表)
        "施有力，全县生产总值完成72.8亿元，增长14.6%，较好地完成了县人大确定的各项目标任务。\n"
        "五年来，我们先后经受住特大冰冻灾害和国际金融危机的严峻考验，主要目标全面完成。\n",
        dict(doc_type="government_work_report"), id="excerpt-type-from-its-words-work-report"),
    pytest.param(
        # … 计划, 预期目标 (and 计划草案 is a plan report's own word); the targets intro gives its years
        "——民生保障水平持续提升。城镇调查失业率控制在5.5%以内，人均预期寿命达到80.5岁。\n\n"
        "2026年是“十五五”规划实施的开局之年。2026年计划草案提出全市经济社会发展主要预期目标：地区生产总值增长5.5%左右。\n",
        dict(doc_type="plan_report", review_year=2025, plan_year=2026), id="excerpt-type-and-years-from-its-targets-intro"),
    pytest.param(
        # a news item opening with its day (4月1日，…) is no excerpt of a report, whatever it says
        "4月1日,某县第十九届人民代表大会第二次会议召开。大会通报了民生实事项目票决结果,现在让我们来一一揭晓。\n"
        "经县人大代表票决,十大民生实事涉及民生保障、教育医疗等各方面。\n",
        dict(doc_type="other"), id="news-opening-with-its-day-stays-other"),
    pytest.param(
        # an excerpt whose plan part is headed 三、2015年计划安排 (a work report plans 工作)
        "较大，企业融资难、用工难问题仍较突出；县域经济总量偏小。对这些问题，我们将高度重视。\n"
        "三、2015年计划安排\n2015年是全面深化改革的关键之年。\n",
        dict(doc_type="plan_report"), id="excerpt-type-from-a-plan-arrangements-heading"),
    pytest.param(
        # an excerpt naming 棚户区 more often than itself: no region of that name
        "（四）城市建设。全区完成棚户区改造3126户，启动三个棚户区片区征收，棚户区居民搬迁入住。"
        "我区在甲湾区旧城范围推进棚户区改造，全区城市道路新增12公里。\n",
        dict(region="甲湾区"), id="shantytown-is-no-region"),
    pytest.param(
        # a news line saying who delivered the report is no title: the page about it stays other
        "某市发布\n2025年01月17日 20:30\n\n一图读懂丨2025年某市政府工作报告\n\n1月16日上午\n"
        "某市第十七届人民代表大会第五次会议开幕\n市长代表市人民政府作政府工作报告\n\n地区生产总值\n2863.4亿元\n",
        dict(doc_type="other", title=None), id="who-delivered-the-report-is-no-title"),
    pytest.param(
        # an excerpt opening at a later section numbered in Arabic; 灌区 (an irrigation district) is no region
        "3.乡村振兴扎实推进\n坚持把“三农”工作作为重中之重，我们推动甲溪灌区续建配套与现代化改造，"
        "全区粮食播种面积稳定在62.4万亩。乙溪灌区完成渠道防渗改造28公里，甲溪灌区新增灌溉面积1.2万亩。\n",
        dict(doc_type="government_work_report", region=None), id="excerpt-at-an-arabic-numbered-section"),
    pytest.param(
        # a page's headline naming a published part of a plan report (摘登之二); a slogan ending 市 is no region
        "某区人民政府\n当前位置：首页 > 政务公开 > 规划计划 > 年度计划\n某区2023年计划执行情况与2024年计划草案（摘登之二）\n"
        "发布时间：2024-01-19 09:30　来源：区发展和改革委员会\n【字体：大 中 小】【打印】【关闭】\n\n"
        "（三）消费潜力持续释放\n坚持工业强市，全区社会消费品零售总额486.3亿元，增长8.7%。深化工业强市战略。\n",
        dict(doc_type="plan_report", review_year=2023, plan_year=2024, region="某区"), id="a-published-part-of-a-plan-report"),
    pytest.param(
        # an excerpt at a later section whose heading has a comma, opening on the year's planned projects
        "2.推进以县城为重要载体的城镇化建设，提升城乡宜居品质\n坚持规划引领、建管并重，2025年全县计划实施城乡建设重点项目56个，"
        "完成投资42亿元以上。\n完善城市路网。开工建设甲江大道北延段，建成通车滨江东路（二期）。\n",
        dict(review_year=2024, plan_year=2025), id="excerpt-opening-on-a-years-planned-projects"),
    pytest.param(
        # an excerpt at a （三） heading introducing one field's goals of the year
        "（三）坚持生态优先、绿色低碳发展，持续改善生态环境质量\n2023年计划安排全省生态环境保护的主要目标是：单位地区生产总值能源消耗"
        "降低2.5%左右（约束性），空气质量优良天数比率达到86%。\n",
        dict(review_year=2022, plan_year=2023), id="excerpt-opening-on-a-fields-goals"),
    pytest.param(
        # a page's headline naming the year's plan arrangements is no plan of the excerpt's figures
        "甲省发展和改革委员会\n首页 > 信息公开 > 规划计划 > 年度计划\n全省2015年计划执行情况与2016年计划安排（生态文明建设）\n"
        "发布日期：2016-02-22　　信息来源：综合处\n\n（五）生态文明建设取得新进展\n全省完成造林210万亩，森林覆盖率达到36.8%。\n",
        dict(review_year=2015, plan_year=2016), id="a-plan-arrangements-headline-over-a-review-excerpt"),
    pytest.param(
        # a verb before a place's facility (力争区中医医院…) makes no region; a plan's span (2021—2030年) and a
        # goal's year (到2025年) are not the excerpt's years
        "五、全面推进乡村振兴\n加快区人民医院门诊医技综合楼建设，力争区中医医院迁建工程主体完工，全区新建卫生服务站12个。"
        "实施《高标准农田建设规划(2021—2030年)》，到2025年全区累计建成高标准农田52万亩。\n",
        dict(region=None, review_year=None, plan_year=None), id="a-verb-before-a-facility-and-a-plans-span"),
    pytest.param(
        # a results sentence of last year, then the year the region says it will do: that year is planned
        "　　4.用心用情办好民生实事。全年民生支出占一般公共预算支出的比重保持在80%以上。2023年确定的十件民生实事已全部完成,"
        "完成投资12.6亿元。2024年,甲溪区将继续通过人大代表票决方式确定民生实事项目:\n　　（一）新增普惠性托位600个。\n",
        dict(review_year=2023, plan_year=2024), id="excerpt-a-region-will-after-last-years-results"),
    pytest.param(
        "（五）坚持高水平开放，打造双循环战略节点\n我们要主动融入“一带一路”建设。\n全力以赴招大引强。聚焦三条主导产业链，"
        "2021年力争新签约亿元以上项目150个以上，其中10亿元以上项目30个。\n",
        dict(review_year=2020, plan_year=2021), id="excerpt-a-year-striving-for"),
    pytest.param(
        "较上年有所回落。我们坚持开放兴市、工业强市，开放兴市战略深入实施，工业强市成效明显，全市规上工业增加值增长8.2%。\n",
        dict(region=None), id="a-slogan-ending-like-a-city-is-no-region"),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_header_snippets(text, expected):
    meta = read_report_meta(text).model_dump()
    for field, want in expected.items():
        assert _norm(meta[field]) == _norm(want), (field, meta[field], want)


@pytest.mark.parametrize("name,parts", [
    ("重庆市荣昌区", ["重庆市", "荣昌区"]),
    ("广州市天河区", ["广州市", "天河区"]),
    ("昆明市", ["昆明市"]),
    ("科右中旗", ["科右中旗"]),
    ("内蒙古自治区兴安盟科尔沁右翼前旗", ["内蒙古自治区", "兴安盟", "科尔沁右翼前旗"]),
    ("湘西土家族苗族自治州凤凰县", ["湘西土家族苗族自治州", "凤凰县"]),
    ("四川省德阳市中江县", ["四川省", "德阳市", "中江县"]),
])
def test_split_jurisdiction(name, parts):
    assert split_jurisdiction(name) == parts


def _golden_pairs():
    for g in sorted((ROOT / "golden").glob("*.json")):
        c = ROOT / "corpus" / (g.stem + ".txt")
        if c.exists():
            yield c, json.loads(g.read_text(encoding="utf-8"))["report"]


def test_golden_field_accuracy():
    ok: dict[str, int] = {f: 0 for f in FIELDS}
    n: dict[str, int] = {f: 0 for f in FIELDS}
    misses = []
    for corpus, gold in _golden_pairs():
        meta = read_report_meta(_read(corpus)).model_dump()
        for f in FIELDS:
            if f not in gold:
                continue
            n[f] += 1
            if _norm(meta[f]) == _norm(gold[f]):
                ok[f] += 1
            else:
                misses.append((corpus.stem, f, meta[f], gold[f]))
    assert sum(n.values()) > 0
    for f in FIELDS:
        if n[f]:
            assert ok[f] / n[f] >= 0.9, (f, ok[f], n[f], misses)


def test_reference_report_exact():
    corpus = ROOT / "corpus" / "000_8d14213320e955ad.txt"
    gold = json.loads((ROOT / "golden" / "000_8d14213320e955ad.json").read_text(encoding="utf-8"))["report"]
    meta = read_report_meta(_read(corpus)).model_dump()
    assert {f: _norm(meta[f]) for f in FIELDS} == {f: _norm(gold[f]) for f in FIELDS}


def test_a_five_year_plans_mid_term_evaluation_reviews_to_last_year_and_plans_to_the_plans_end():
    text = ("关于某市国民经济和社会发展第十四个五年规划纲要实施中期评估报告\n\n"
            "——2023年8月29日在某市第十七届人民代表大会常务委员会第十三次会议上\n\n某市发展和改革委员会主任  张三\n\n"
            "受市人民政府委托，现将《纲要》实施中期评估情况报告如下。\n")
    meta = read_report_meta(text)
    assert (meta.doc_type, meta.review_year, meta.plan_year) == ("other", 2022, 2025)


def test_an_excerpt_of_a_five_year_review_is_of_the_year_it_runs_to():
    """这五年…由2017年的1.86万亿元增加到2022年的2.63万亿元: the excerpt reviews 2022, not 2017."""
    text = ("发展新局面，全省经济社会发展取得了历史性成就，圆满完成了“十三五”规划确定的目标任务。\n"
            "这五年，全省地区生产总值由2017年的1.86万亿元增加到2022年的2.63万亿元，年均增长6.1%。\n")
    meta = read_report_meta(text)
    assert (meta.review_year, meta.plan_year) == (2022, 2023)



@pytest.mark.parametrize("text, review, plan", [
    # a 主要任务 heading with a year names the plan year
    ("三、2019年主要任务\n\n2019年是新中国成立70周年，是全面建成小康社会的关键之年。做好今年工作，我们将牢牢把握发展主线。\n", 2018, 2019),
    # an excerpt whose first line already names the first year of a five-year block
    ("城乡面貌焕然一新。五年累计完成城建投资 327 亿元，新建改造城市道路 96 公里，常住人口城镇化率由 2016 年的 72.1% 提高到\n"
     "2021 年的 86.3%。\n", 2021, 2022),
    # an excerpt whose only year is the one a result is set against: the year after it
    ("于加快某县工业经济高质量发展的若干意见》,我们深入开展\"企业服务年\"活动。全年规上工业增加值增长9.6%,三大产业合计"
     "占比74.8%,比2017年提高2.1个百分点。战略性新兴产业增加值增长18.7%。\n", 2018, 2019),
    # ...with a PDF's stray spaces around the year
    ("；民间投资完成 118.9 亿元，增长 9.2%，占全部投资的 61.4%，比 2015 年提高 1.7 个百分点。全年实施县级重点项目 86 个。\n",
     2016, 2017),
])
def test_excerpt_years(text, review, plan):
    meta = read_report_meta(text)
    assert (meta.review_year, meta.plan_year) == (review, plan)



def test_an_excerpt_opening_with_the_year_it_completed_reviews_that_year():
    """…较好完成了区三届人大五次会议确定的2011年各项目标任务: the excerpt reviews 2011 (目标 is no plan cue here)."""
    text = ("宏观调控持续收紧和物价上涨较快带来的多重压力,在区委的坚强领导下,全区上下紧紧围绕“加快转型”的目标,攻坚克难,奋力拼搏,"
            "较好完成了区三届人大五次会议确定的2011年各项目标任务,实现了“十二五”良好开局。\n")
    meta = read_report_meta(text)
    assert (meta.review_year, meta.plan_year) == (2011, 2012)


def test_a_title_spaced_out_on_a_cover_is_the_title():
    """政 府 工 作 报 告 (a PDF cover, its characters spaced out): the title as written, a work report."""
    text = ("某县第十七届人民代表大会第五次会议文件之一\n\n政 府 工 作 报 告\n\n——2021年1月11日在某县第十七届人民代表大会"
            "第五次会议上\n\n某县人民政府代县长  某某\n\n各位代表：\n\n一、2020年工作回顾\n\n" + BODY)
    meta = read_report_meta(text)
    assert (meta.title, meta.doc_type, meta.review_year, meta.plan_year) == (
        "政 府 工 作 报 告", "government_work_report", 2020, 2021)
