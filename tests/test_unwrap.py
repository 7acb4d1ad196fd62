"""Hard-wrapped PDF text: cut lines are joined for reading, and spans still point into the original."""
from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extractor.pipeline import extract
from extractor.unwrap import unwrap

ROOT = Path(__file__).resolve().parents[1]
REFERENCE = (ROOT / "corpus" / "000_8d14213320e955ad.txt").read_text(encoding="utf-8")


def hard_wrap(text: str, width: float, display: bool = False) -> str:
    """Cut every line at `width` characters (or display width, ASCII counting half), as PDF text comes."""
    out = []
    for line in text.split("\n"):
        current, used = "", 0.0
        for ch in line:
            w = 0.5 if display and ord(ch) < 128 else 1
            if used + w > width:
                out.append(current)
                current, used = "", 0.0
            current += ch
            used += w
        out.append(current)
    return "\n".join(out)


PARAGRAPH = ("2022年，全区实现地区生产总值836.2亿元，增长2.7%；规模以上工业增加值增长6.1%；"
             "社会消费品零售总额316.5亿元，增长0.7%；一般公共预算收入25.3亿元，下降15.9%；"
             "城乡居民人均可支配收入分别增长3.6%和5.1%。")


DELIVERY = "——2024年1月9日在某县第十八届人民代表大会第四次会议上"


def _insert(lines: list[str], at: int, line: str) -> list[str]:
    return lines[:at] + [line] + lines[at:]


@pytest.mark.parametrize("text, reading", [
    # a paragraph cut at 20 characters, a heading and a second paragraph after a blank line
    ("一、2022年工作回顾\n" + hard_wrap(PARAGRAPH, 20) + "\n\n" + hard_wrap(PARAGRAPH, 20),
     "一、2022年工作回顾\n" + PARAGRAPH + "\n\n" + PARAGRAPH),
    # a page number between two halves of a paragraph is not text
    ("\n".join(_insert(hard_wrap(PARAGRAPH, 20).split("\n"), 3, "— 3 —")), PARAGRAPH),
    # a delivery line as wide as the cut lines ends there (…会议上), before the byline
    (DELIVERY + "\n某县发展和改革局\n" + hard_wrap(PARAGRAPH + "\n　　" + PARAGRAPH, len(DELIVERY)),
     DELIVERY + "\n某县发展和改革局\n" + PARAGRAPH + "\n　　" + PARAGRAPH),
    ("\n".join(_insert(hard_wrap(PARAGRAPH, 20).split("\n"), 2, "第 2 页 共 9 页")), PARAGRAPH),
    # a cut line followed by a stray space before a number (改造农村户厕\n 4600 户): no indent, one paragraph
    (hard_wrap(PARAGRAPH, 20) + "改造户厕\n 4600 户。\n\n" + hard_wrap(PARAGRAPH, 20),
     PARAGRAPH + "改造户厕 4600 户。\n\n" + PARAGRAPH),
    # …and a stray space before the word a number goes on in (提高到2010\n 年的72.8亿元)
    (hard_wrap(PARAGRAPH, 20) + "提高到2010\n 年的72.8亿元。\n\n" + hard_wrap(PARAGRAPH, 20),
     PARAGRAPH + "提高到2010 年的72.8亿元。\n\n" + PARAGRAPH),
    # …also a titled item's line, its title closed by 。 (（五）改善办学条件。改造校舍\n1.2万平方米): a paragraph, no heading
    (hard_wrap(PARAGRAPH, 20) + "\n\n（五）改善办学条件。改造中小学校舍\n1.2万平方米，新建运动场4个。",
     PARAGRAPH + "\n\n（五）改善办学条件。改造中小学校舍1.2万平方米，新建运动场4个。"),
    # a line short of the width by its narrow digits that stops on a word (…增长 8.7%；固定资\n产投资): cut too
    (hard_wrap(PARAGRAPH, 20) + "\n\n工业增加值增长 8.7%；固定资\n产投资增长10.4%。",
     PARAGRAPH + "\n\n工业增加值增长 8.7%；固定资产投资增长10.4%。"),
    # a copy broken at every clause: a sector lead on a line of its own goes on into its list
    ("全年安排重点项目135个，\n总投资586亿元；\n交通方面，\n加快建设甲高速公路乙段、丙一级公路，\n建成丁客运站。",
     "全年安排重点项目135个，总投资586亿元；交通方面，加快建设甲高速公路乙段、丙一级公路，建成丁客运站。"),
    # a table's caption as wide as the cut lines ends there, over its header's first cell
    (hard_wrap(PARAGRAPH, 20) + "\n\n表1　某区2022年主要指标完成情况及目标\n指标\n单位\n2022年目标\n",
     PARAGRAPH + "\n\n表1　某区2022年主要指标完成情况及目标\n指标\n单位\n2022年目标\n"),
])
def test_cut_lines_are_joined(text, reading):
    unwrapped = unwrap(text)
    assert unwrapped is not None
    assert unwrapped.text == reading
    assert all(text[o] == ch for o, ch in zip(unwrapped.origin, unwrapped.text))


# a paragraph per line, with page furniture between pages: a page number and the running title
PAGED = ("城镇新增就业5万人以上，城镇调查失业率\n— 4 —\n某市人民政府工作报告\n控制在5.5%以内。\n"
         "3.养老服务提升：新增养老床位1200张。\n\n— 5 —\n\n某市人民政府工作报告\n4.就业创业帮扶：扶持创业2000人。\n"
         "第 6 页 共 9 页\n二、2023年工作安排\n")


def test_page_furniture_is_dropped_and_a_sentence_cut_by_a_page_is_joined():
    unwrapped = unwrap(PAGED)
    assert unwrapped.text == ("城镇新增就业5万人以上，城镇调查失业率控制在5.5%以内。\n"
                              "3.养老服务提升：新增养老床位1200张。\n4.就业创业帮扶：扶持创业2000人。\n"
                              "二、2023年工作安排\n")
    assert all(PAGED[o] == ch for o, ch in zip(unwrapped.origin, unwrapped.text))
    (rate,) = [r for r in extract(PAGED).indicators if r.text == "5.5%"]
    assert rate.name == "城镇调查失业率" and rate.qualifier == "at_most"


@pytest.mark.parametrize("text", [
    PARAGRAPH + "\n" + PARAGRAPH,                               # a paragraph per line, as web pages hold them
    "\n".join(["地区生产总值\t亿元\t836.2\t2.7"] * 12),           # table rows of one width are not cut lines
    "\n".join(f"（{i}）{PARAGRAPH[:30]}。" for i in range(10)),  # one-line items that end their sentence
    "增速回落—3—5个百分点。\n第3页的表格见附件。\n",              # page-like words inside sentences
    # rows whose cells runs of spaces part (a PDF's table), the last cell a figure
    "指标                单位    2016年计划    2016年预计    2017年目标\n" + "\n".join(
        f"地区生产总值增长{i}        %       8.5           7.8           7.5左右" for i in range(8)) + "\n",
    # rows whose cells ideographic spaces part, the last cell a phrase that stops on a word
    "序号　项目名称　得票数　主要建设内容\n" + "\n".join(f"{i}　城区学校扩容提质工程　18{i}　建成县第三实验小学，新增公办学位1890个"
                                                  for i in range(1, 9)) + "\n",
])
def test_texts_not_cut_are_left_alone(text):
    assert unwrap(text) is None


@pytest.mark.parametrize("path", sorted((ROOT / "corpus").glob("*.txt")), ids=lambda p: p.name)
def test_web_copies_of_the_corpus_are_not_unwrapped(path):
    assert unwrap(path.read_text(encoding="utf-8")) is None


def _records(text: str) -> Counter:
    return Counter((r.name, r.year, r.kind, r.measure, r.value, r.unit) for r in extract(text).indicators)


_AS_WRITTEN = _records(REFERENCE)


@settings(max_examples=8, deadline=None)
@given(width=st.integers(min_value=26, max_value=64), display=st.booleans())
def test_a_hard_wrapped_report_gives_the_records_of_the_original(width, display):
    wrapped = hard_wrap(REFERENCE, width, display)
    document = extract(wrapped)
    got = Counter((r.name, r.year, r.kind, r.measure, r.value, r.unit) for r in document.indicators)
    assert sum((got & _AS_WRITTEN).values()) >= 0.98 * sum(_AS_WRITTEN.values())
    for record in document.indicators + document.projects:
        assert wrapped[record.span[0]:record.span[1]] == record.text


def test_a_stray_break_inside_a_sentence_of_an_unwrapped_text_is_joined():
    """OCR or a careless copy: one line broken inside a word (全社会固定资\\n产投资) in a text of no
    fixed width; headings and lines that end their sentence stay lines."""
    text = ("（一）经济运行稳中有进\n全年实现地区生产总值138.6亿元，增长9.2%；规模以上工业增加值42.3亿元，增长11.5%；全社会固定资\n"
            "产投资126.4亿元，增长18.6%。\n"
            "（二）民生事业全面进步\n")
    unwrapped = unwrap(text)
    assert unwrapped is not None and "全社会固定资产投资" in unwrapped.text
    assert "（一）经济运行稳中有进\n" in unwrapped.text and "。\n（二）" in unwrapped.text
    (level,) = [r for r in extract(text).indicators if r.value == 126.4]
    assert level.canonical == "全社会固定资产投资" and text[level.span[0]:level.span[1]] == "126.4亿元"


def test_a_line_stopping_on_a_comma_goes_on_in_the_next():
    """全年实现地区生产总值1286.4 亿元，\\n同比增长3.6%，增速高于全市平均0.8个百分点；: one sentence (a comma never ends a
    paragraph); a short label line ending on a comma is left alone."""
    text = "2022年，经济社会发展保持总体平稳。全年实现地区生产总值1286.4 亿元，\n同比增长3.6%，增速高于全市平均0.8个百分点；\n"
    reading = unwrap(text)
    assert reading is not None and "亿元，同比增长3.6%" in reading.text
    assert unwrap("指标，\n数值\n") is None


@pytest.mark.parametrize("text, joined", [
    # a short line of clauses that stops inside a word, the next going on with clauses (地区…增长\n7%；…)
    ("地区生产总值增长6.5%以上；规模以上工业增加值增长\n7%；固定资产投资增长8%；\n", "增加值增长7%；"),
    # a line stopping on a value's % (…分别下降18.5%\n和22.2%。)
    ("安全生产形势稳定，生产安全事故起数和死亡人数分别下降18.5%\n和22.2%。", "18.5%和22.2%"),
    # a line ending on ； goes on (a sentence's clauses broken one a line)
    ("全年实现地区生产总值1286.4亿元，同比增长3.6%；\n规模以上工业增加值增长5.2%；固定资产投资增长8.7%；\n",
     "3.6%；规模以上"),
    # a sentence's line with a 。 inside that stops on a word
    ("举办各类群众性文体活动1600余场。区政府十件民生实事全面\n完成，完成投资14.7亿元。", "全面完成"),
    ("惠及居民1.4万户。滨海湿地公园\n建成开园，新增城市绿地46公顷。", "湿地公园建成开园"),
    # the next line a run of words that ends the sentence in the line after
    ("民间投资增长6%。建立重大项目储备库动态更新机制，确保\n储备项目总投资始终保持在年度投资额的3倍\n以上，形成良性循环。",
     "确保储备项目总投资始终保持在年度投资额的3倍以上，"),
    # a line opening on a comma goes on the sentence
    ("城镇调查失业率控制在 5.5% 以内，居民消费价格涨幅 3% 左右\n，粮食产量稳定在 16 万吨以上。", "左右，粮食"),
    # a qualifier or the rest of a ratio opening the next line
    ("一般公共预算收入增长5%；外贸进出口总额增长5%\n左右；研发经费投入强度达到3.5%；", "增长5%左右；"),
    ("惠及市场主体2.1万户。三次产业结构调整为0.3\n∶43.8∶55.9，服务业增加值增长2.9%。", "0.3∶43.8∶55.9"),
    # a line stopping on a quote mark
    ("深入开展“项目攻坚年”行动，实行重点项目区领导领衔推进和“赛马比拼”\n机制，每月召开项目推进例会。", "”机制，"),
    ("推进政务服务“一网通办”，推动更多政务服务事项“掌上办”“\n就近办”；", "“就近办”"),
])
def test_a_short_line_of_clauses_broken_inside_a_sentence_is_joined(text, joined):
    reading = unwrap(text)
    assert reading is not None and joined in reading.text


@pytest.mark.parametrize("text", [
    # a cell table: an item, then the unit responsible on a line of its own
    "新建、改扩建公办幼儿园9所，新增学位2700个\n市教育局\n建成柃塘水库供水工程，提升5.6万人供水保障水平\n市水利局\n",
    # a page's title and its date line
    "人大代表票决产生！2017年禾渚县十件民生实事项目出炉\n发布日期：2017-02-27 18:02\n",
    # a heading numbered with an ASCII comma (二,2020年…主要目标) over a paragraph
    "…认真加以\n解决.\n二,2020年经济社会发展的总体要求和主要目标\n2020年是全面建成小康社会和\"十三五\"规划收官之年,意义重大.\n",
    # lines labelled alike: sectors or stages of a list
    "交通：续建青峰至岚桥高速公路，开工建设县城西环线；\n水利：续建青峰水库，开工城乡供水一体化二期工程；\n",
    "新开工：青峰大学南校区二期，省肿瘤医院青岚院区\n续建：青峰市儿童医院，白石职业教育园区\n",
    # items numbered ①② each on a line ending on ；
    "①城区学校扩容：新建城关中学综合教学楼，新增学位1440个；\n②农村供水保障提升：新建改造农村供水管网126公里；\n",
])
def test_lines_that_are_cells_titles_or_items_stay_lines(text):
    assert unwrap(text) is None


def test_a_congress_papers_number_and_a_heading_before_a_page_break_stay_lines():
    """…第四次会议文件（6） over the title, and a sector heading a page number parts from its first item,
    are lines of their own in a text cut at one width."""
    body = "\n".join(hard_wrap(PARAGRAPH, 20).split("\n"))
    text = ("甲县第十八届人民代表大会第四次会议文件（6）\n关于甲县2023年计划执行情况的报告\n" + body
            + "\n（1）交通项目\n— 6 —\n1．甲至乙二级公路改扩建项目：总投资9.8亿元，年度计划投资2.6亿元，\n" + body + "\n")
    reading = unwrap(text)
    assert reading is not None
    assert "会议文件（6）\n关于" in reading.text and "交通项目\n1．" in reading.text


def test_a_tables_cell_beside_two_page_numbers_is_no_running_title():
    """社会消费品零售总额 / % / 8 / 6.9 / 7 / — 2 — / … / 7 / — 3 —: the 7 beside both page numbers is a cell."""
    body = "\n".join(hard_wrap(PARAGRAPH, 20).split("\n"))
    text = (body + "\n\n指标\n单位\n2023年目标\n2023年预计完成\n2024年目标\n社会消费品零售总额\n%\n8\n6.9\n7\n— 2 —\n"
            "一般公共预算收入\n亿元\n30.5\n31.26\n32.6\n农村居民人均可支配收入增长\n%\n7\n7.1\n7\n— 3 —\n"
            "城镇新增就业\n人\n6000\n6820\n6000\n\n" + body + "\n")
    reading = unwrap(text)
    assert reading is not None and "6.9\n7\n一般公共预算收入" in reading.text and "7.1\n7\n城镇新增就业" in reading.text


def test_a_row_of_a_space_split_table_before_a_page_break_stays_a_line():
    """一般公共预算收入增长 % 5 1.2 6 预期性 / — 4 — / 外贸进出口总额增长 % 6 12.3 8 预期性: two rows, not one."""
    body = "\n".join(hard_wrap(PARAGRAPH, 20).split("\n"))
    text = (body + "\n\n指标名称 单位 2020年计划 2020年预计完成 2021年目标 属性\n地区生产总值增长 % 7左右 3.9 8左右 预期性\n"
            "一般公共预算收入增长 % 5 1.2 6 预期性\n— 4 —\n外贸进出口总额增长 % 6 12.3 8 预期性\n\n" + body + "\n")
    reading = unwrap(text)
    assert reading is not None and "预期性\n外贸进出口总额增长" in reading.text
    got = {r.text: r.name for r in extract(text).indicators}
    assert got["12.3"] == got["6"] == "外贸进出口总额"


@pytest.mark.parametrize("text, reading", [
    # a PDF's stray space inside a word of a prose line is read past
    ("地区生产总值、社会消费品零售总额分别增 长8.6%、8.9%。\n", "地区生产总值、社会消费品零售总额分别增长8.6%、8.9%。\n"),
    ("全市一般公共预算收入增 长 6%，税收占比82.1%。\n", "全市一般公共预算收入增长 6%，税收占比82.1%。\n"),
    ("规上工业增加值、固定资产投资分别增 长8.6%、7.2%\n", "规上工业增加值、固定资产投资分别增长8.6%、7.2%\n"),
    # a figure card's caption set apart after its value and unit stays apart; cells split by spaces stay cells
    ("4个 甲枢纽、乙快速路二期等4个重大项目建成投用，丙中学开学。\n", None),
    ("指标名称 单位 2022年计划 2022年完成\n", None),
])
def test_a_stray_space_inside_a_word_is_read_past(text, reading):
    got = unwrap(text)
    assert (got.text if got else None) == reading
    if got:
        assert [text[slice(*got.span(i, i + 1))] for i in range(len(got.text))] == list(got.text)


def test_values_behind_a_stray_space_in_their_verb_are_growths_with_spans_in_the_original():
    text = "2023年，全市地区生产总值、社会消费品零售总额分别增 长8.6%、8.9%。\n"
    got = [(r.text, r.name, r.measure, text[r.span[0]:r.span[1]]) for r in extract(text).indicators]
    assert got == [("8.6%", "地区生产总值", "growth", "8.6%"), ("8.9%", "社会消费品零售总额", "growth", "8.9%")]


def test_a_line_cut_before_a_sector_named_by_its_ordinal_is_joined():
    """…增长 2.1%；/ 第三产业增加值…: 第三产业 (or 第一季度) opening the next line is no ordinal heading."""
    sentence = ("初步核算，全年实现地区生产总值41.36亿元，同比增长5.2%，其中第一产业增加值11.82亿元，增长5.6%；"
                "第二产业增加值8.95亿元，增长2.1%；")
    width = len(sentence) // 3 + 1
    text = hard_wrap(sentence[:3 * width - 1].ljust(3 * width - 1, "。"), width)     # (lines of one width)
    text = "\n".join([text] * 2 + ["第三产业增加值20.59亿元，增长6.4%。全社会固定资产投资完成31.2亿元。"])
    reading = unwrap(text)
    assert reading is not None and "；第三产业增加值" in reading.text
