"""find_livelihood_items: list snippets (corpus forms and variants) and the golden comparison."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from extractor.layout import Layout
from extractor.livelihood import find_livelihood_items
from extractor.normalise import normalise
from extractor.report_meta import read_report_meta
from extractor.sections import find_layout

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


@pytest.mark.parametrize("text,layout,expected", CASES)
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
