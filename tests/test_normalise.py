"""The matching view: one character for one character, full-width digits folded, ASCII punctuation
widened; and the whole pipeline reads a report the same whatever widths its punctuation and digits have."""
from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from extractor.normalise import normalise, widen_punctuation
from extractor.pipeline import extract

ROOT = Path(__file__).resolve().parents[1]

CASES = [
    ("增长12.5%，达到(一)", "增长12.5%，达到（一）"),
    ("地区生产总值1,234.5亿元,增长5%;其中:", "地区生产总值1,234.5亿元，增长5%；其中："),
    ("发布时间:2017-08-01 16:20:41", "发布时间：2017-08-01 16:20:41"),
    ("２０２３年增长５．２％。", "2023年增长5.2%。"),
    ("态势.全县", "态势。全县"),
    ("达到3,4和5家", "达到3,4和5家"),
    ("为什么?好!", "为什么？好！"),
]


@pytest.mark.parametrize("raw,view", CASES, ids=[c[0] for c in CASES])
def test_view(raw, view):
    assert normalise(raw) == view


@given(st.text(alphabet="0123456789,;:()!?.，；：（）年增长%\n ", max_size=60))
def test_widening_keeps_length_and_digit_separators(text):
    wide = widen_punctuation(text)
    assert len(wide) == len(text)
    for i, (a, b) in enumerate(zip(text, wide)):
        between_digits = 0 < i < len(text) - 1 and text[i - 1].isdigit() and text[i + 1].isdigit()
        if a in ",:" and between_digits:
            assert b == a
        elif a in ",;:()!?":
            assert b == "，；：（）！？"[",;:()!?".index(a)]
        else:
            assert b == a


def _records(text: str) -> tuple[str, list[tuple]]:
    doc = extract(text)
    return doc.report.doc_type, [(r.span, r.name, r.year, r.kind, r.measure, r.value, r.headline)
                                 for r in doc.indicators]


@pytest.mark.parametrize("path", ["corpus/000_8d14213320e955ad.txt", "corpus/plan-001.txt", "corpus/gov-012.txt",
                                  "tests/audit/municipal_districts/a25_haiqing_plan.txt",
                                  "tests/audit/summaries/a29_fujian_press.txt"])
@pytest.mark.parametrize("widths", [str.maketrans("，；：（）", ",;:()"),
                                    str.maketrans("0123456789", "０１２３４５６７８９")],
                         ids=["ascii punctuation", "full-width digits"])
def test_a_report_reads_the_same_in_other_widths(path, widths):
    text = (ROOT / path).read_text(encoding="utf-8")
    doc_type, records = _records(text)
    other_type, other = _records(text.translate(widths))
    assert other_type == doc_type
    names_only = {(r[0], r[2:]) for r in records} == {(r[0], r[2:]) for r in other}
    assert names_only, sorted({(r[0], r[2:]) for r in records} ^ {(r[0], r[2:]) for r in other})[:5]
    same_names = sum(a[1].translate(widths) == b[1] or a[1] == b[1] for a, b in zip(records, other))
    assert same_names >= 0.98 * len(records)


@pytest.mark.parametrize("raw,view", [("增长l1.5%", "增长11.5%"), ("增长1O.4%", "增长10.4%"), ("增长18.O%", "增长18.0%"),
                                      ("新增3O万人", "新增30万人"),
                                      ("推广O2O模式", "推广O2O模式"), ("Hello world", "Hello world")])
def test_ocr_letters_inside_numbers_read_as_digits(raw, view):
    assert normalise(raw) == view


def test_html_left_in_a_web_copy_is_blanked_in_the_view():
    raw = "<p>关于某区2021年国民经济和社会发展计划执行情况的报告</p>\n&nbsp;&nbsp;全区实现地区生产总值486.3亿元，增长8.1%。<br>"
    view = normalise(raw)
    assert len(view) == len(raw)
    assert "<p>" not in view and "&nbsp;" not in view and "<br>" not in view
    assert view.index("地区生产总值") == raw.index("地区生产总值")


def test_a_web_copy_with_html_left_in_reads_its_header_and_parts():
    text = ("<p>关于某区2021年国民经济和社会发展计划执行情况与2022年国民经济和社会发展计划草案的报告</p>\n"
            "<p>——2022年1月11日在某市某区第三届人民代表大会第一次会议上</p>\n<p>各位代表：</p>\n"
            "<p>一、2021年国民经济和社会发展计划执行情况</p>\n&nbsp;&nbsp;全区实现地区生产总值486.3亿元，增长8.1%。<br>\n"
            "<p>二、2022年国民经济和社会发展主要预期目标</p>\n&nbsp;&nbsp;地区生产总值增长7%左右。<br>\n")
    doc = extract(text)
    assert doc.report.doc_type == "plan_report" and doc.report.date == "2022-01-11"
    assert doc.report.title.startswith("关于某区2021年")
    got = {r.text: (r.year, r.kind) for r in doc.indicators}
    assert got["486.3亿元"] == (2021, "actual") and got["7%"] == (2022, "target")


def test_a_markdown_copy_reads_its_header_bold_names_and_bullets():
    """A report converted to Markdown: # heading, > delivery line, **bold** names before their figures,
    - bullets; a single * after a name still marks a binding target."""
    text = ("# 关于某市2024年国民经济和社会发展计划执行情况与2025年国民经济和社会发展计划草案的报告\n\n"
            "> ——2025年1月9日在某市第十六届人民代表大会第五次会议上\n\n**某市发展和改革委员会**\n\n各位代表：\n\n"
            "## 一、2024年国民经济和社会发展计划执行情况\n\n初步核算，全年实现**地区生产总值**2865.4亿元，增长5.6%。\n\n"
            "## 二、2025年经济社会发展主要预期目标\n\n- 地区生产总值增长5.5%左右；\n- 单位地区生产总值能耗降低3%*。\n")
    doc = extract(text)
    assert doc.report.title.startswith("关于某市2024年") and doc.report.issuer == "某市发展和改革委员会"
    assert doc.report.date == "2025-01-09"
    got = [(r.text, r.name, r.year, r.kind, r.binding) for r in doc.indicators]
    assert got == [("2865.4亿元", "地区生产总值", 2024, "actual", False), ("5.6%", "地区生产总值", 2024, "actual", False),
                   ("5.5%", "地区生产总值", 2025, "target", False), ("3%", "单位地区生产总值能耗", 2025, "target", True)]


def test_dotted_leaders_between_a_name_and_its_figure_are_blanked():
    """地区生产总值……………1268亿元, 增长.........6.5%, 增长···6.5%: leaders are blanks in the view (same length);
    an ellipsis (……) and a decimal point stay."""
    raw = "地区生产总值……………1268亿元　增长4.2%\n地区生产总值增长.........6.5%左右\n社零增长···6.5%\n等等……增长3.5%\n"
    view = normalise(raw)
    assert len(view) == len(raw) and "…………" not in view and "....." not in view and "···" not in view
    assert "等等……" in view and "3.5%" in view


def test_a_list_of_main_indicators_with_dotted_leaders_is_read_and_headline():
    text = ("关于某市2022年国民经济和社会发展计划执行情况与2023年国民经济和社会发展计划草案的报告\n\n"
            "一、2022年国民经济和社会发展计划执行情况\n　　2022年，全市经济运行总体平稳。主要指标完成情况如下：\n"
            "　　地区生产总值……………………………1268亿元　增长4.2%\n　　规模以上工业增加值……………………………增长6.8%\n"
            "　　居民消费价格涨幅…………………………………2.1%\n"
            "　　（一）产业发展稳中提质。规模以上工业总产值突破3000亿元，达到3126.5亿元，农村常住居民人均可支配收入增速高于城镇1.6个百分点，"
            "新增规模以上工业企业156家，新认定国家级专精特新企业9家，一批重大项目建成投产，服务业增加值增长3.1%。\n")
    got = [(r.text, r.name, r.headline) for r in extract(text).indicators]
    assert got[:4] == [("1268亿元", "地区生产总值", True), ("4.2%", "地区生产总值", True),
                       ("6.8%", "规模以上工业增加值", True), ("2.1%", "居民消费价格涨幅", True)]
    # the gap to the towns' growth: the comparison is part of the name, the canonical is the subject's
    (gap,) = [r for r in extract(text).indicators if r.text == "1.6个百分点"]
    assert (gap.name, gap.canonical, gap.headline) == (
        "农村常住居民人均可支配收入增速高于城镇", "农村常住居民人均可支配收入", False)


@pytest.mark.parametrize("raw, view", [("社会消费品零售总额増长23.6%", "社会消费品零售总额增长23.6%"),
                                       ("経済総量", "经济总量"), ("增长", "增长"),
                                       # lookalikes a report never writes: 囗 (a radical), 髙, and 杜 before 会
                                       ("外贸进出囗总额", "外贸进出口总额"), ("城镇化率由29.1%提髙到38.4%", "城镇化率由29.1%提高到38.4%"),
                                       ("杜会消费品零售总额", "社会消费品零售总额"), ("杜甫草堂", "杜甫草堂"),
                                       ("地方财政一般预箅收入", "地方财政一般预算收入"), ("规模以上丁业增加值", "规模以上工业增加值"),
                                       ("城北农贸市场加快推迸", "城北农贸市场加快推进"), ("甲水利枢纽开工建没", "甲水利枢纽开工建设"),
                                       # the katakana エ and ロ for 工 and 口
                                       ("开エ建设县体育公园", "开工建设县体育公园"), ("常住人ロ", "常住人口"),
                                       ("甲路建戍通车", "甲路建成通车"), ("乙大挢主体完工", "乙大桥主体完工"), ("己经完成", "已经完成")])
def test_japanese_forms_read_by_ocr_are_the_chinese_characters(raw, view):
    assert normalise(raw) == view and len(normalise(raw)) == len(raw)
