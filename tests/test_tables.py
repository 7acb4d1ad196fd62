"""Targets-vs-actuals tables flattened into text, in the two shapes web pages and Word
conversions leave: one cell per line (tab-indented) and one row per line."""
import pytest

from extractor import extract
from extractor.tables import find_tables

HEAD = "关于某市2022年国民经济和社会发展计划执行情况及2023年计划草案的报告\n一、2022年国民经济和社会发展计划执行情况\n"

CELL_PER_LINE = HEAD + (
    "表1  2022年主要计划目标完成情况\n\n\t指      标\n\t2022年目标\n\t2022年完成\n\t与目标±\n\n"
    "\t1﹒地区生产总值\n\t7.5%左右\n\t2.7%\n\t-4.8个百分点\n\n"
    "\t2﹒全社会固定资产投资总额\n\t10.0%\n\t3.2%（预计）\n\t-6.8个百分点\n\n"
    "\t3﹒城镇化率\n\t提高1.8个百分点\n\t提高1.8个百分点（预计）\n\t完成\n\n"
    "\t4﹒单位地区生产总值能耗*\n\t下降3.1%\n\t下降3.1%\n\t完成\n\n\n注：加*为约束性目标。\n")

ROW_PER_LINE = HEAD + (
    "表1  2022年主要指标完成情况\n"
    "指标名称    单位    2022年目标    2022年完成    与目标比较\n"
    "地区生产总值增长    %    6.5左右    4.2    -2.3\n"
    "一般公共预算收入    亿元    120    118.6    -1.4\n"
    "城镇调查失业率    %    5.5以内    5.1    完成\n"
    "单位地区生产总值能耗降低（%）*        3.0    3.2    完成\n\n注：加*为约束性指标。\n")

PIPE_ROWS = HEAD + (
    "| 指标 | 单位 | 2022年目标 | 2022年完成 | 与目标比较 |\n"
    "|---|---|---|---|---|\n"
    "| 地区生产总值增长 | % | 6.5左右 | 4.2 | -2.3 |\n"
    "| 一般公共预算收入 | 亿元 | 120 | 118.6 | -1.4 |\n"
    "| 城镇调查失业率 | % | 5.5以内 | 5.1 | 完成 |\n"
    "| 单位地区生产总值能耗降低（%）* |  | 3.0 | 3.2 | 完成 |\n\n")

ATTRIBUTE_COLUMN = HEAD + (
    "表2  2022年主要指标完成情况\n"
    "指标\t属性\t2022年目标\t2022年完成\n"
    "地区生产总值增长（%）\t预期性\t6.5左右\t4.2\n"
    "单位地区生产总值能耗降低（%）\t约束性\t3.0\t3.2\n\n")

SERIAL_COLUMN = HEAD + (
    "表2  2022年主要指标完成情况\n"
    "序号    指标名称    单位    2022年目标    2022年完成\n"
    "1    地区生产总值增长    %    6.5左右    4.2\n"
    "2    一般公共预算收入    亿元    120    118.6\n\n")

# Word/PDF copy: one cell per line without indentation, a blank line after each row; a growth
# column beside the actual, a 预计 column header
PLAIN_CELLS = HEAD + (
    "表1  2022年主要指标完成情况\n\n序号\n指标\n单位\n2022年预计完成\n比上年增长（%）\n\n"
    "1\n地区生产总值\n亿元\n268.4\n5.6\n\n2\n一般公共预算收入\n亿元\n9.35\n2.8\n\n全年经济运行总体平稳。\n")
PLAIN_EXPECTED = [
    ("268.4", "actual", "level", 268.4, "亿元", None, True, False, "地区生产总值"),
    ("5.6", "actual", "growth", 5.6, "%", None, True, False, "地区生产总值"),
    ("9.35", "actual", "level", 9.35, "亿元", None, True, False, "一般公共预算收入"),
    ("2.8", "actual", "growth", 2.8, "%", None, True, False, "一般公共预算收入"),
]

# a 完成情况 column without a year holds the difference, not an actual
STATUS_COLUMN = HEAD + (
    "指标\t2022年计划\t2022年完成\t完成情况\n"
    "地区生产总值增长\t6.5%\t5.8%\t-0.7个百分点\n\n")

# a last 备注 column, empty in one row and holding spaced words in another
NOTE_COLUMN = HEAD + (
    "表2  2022年主要指标完成情况\n"
    "指标名称                  2022年目标     2022年完成     备注\n"
    "地区生产总值增长（%）      6.5            4.2\n"
    "一般公共预算收入（亿元）   120            118.6          同口径  增长9.7%\n\n")

# a figure written with its unit in the 备注 column is a record of the row (two audit labellers)
NOTE_EXPECTED = [("9.7%", "actual", "growth", 9.7, "%", None, False, False, "一般公共预算收入")]

# (text, kind, measure, value, unit, qualifier, estimated, binding, canonical)
CELL_EXPECTED = [
    ("7.5%", "target", "growth", 7.5, "%", "about", False, False, "地区生产总值"),
    ("2.7%", "actual", "growth", 2.7, "%", None, False, False, "地区生产总值"),
    ("10.0%", "target", "growth", 10.0, "%", None, False, False, "全社会固定资产投资"),
    ("3.2%", "actual", "growth", 3.2, "%", None, True, False, "全社会固定资产投资"),
    ("1.8个百分点", "target", "change", 1.8, "个百分点", None, False, False, "城镇化率"),
    ("1.8个百分点", "actual", "change", 1.8, "个百分点", None, True, False, "城镇化率"),
    ("3.1%", "target", "growth", -3.1, "%", None, False, True, "单位地区生产总值能耗"),
    ("3.1%", "actual", "growth", -3.1, "%", None, False, True, "单位地区生产总值能耗"),
]
ROW_EXPECTED = [
    ("6.5", "target", "growth", 6.5, "%", "about", False, False, "地区生产总值"),
    ("4.2", "actual", "growth", 4.2, "%", None, False, False, "地区生产总值"),
    ("120", "target", "level", 120, "亿元", None, False, False, "一般公共预算收入"),
    ("118.6", "actual", "level", 118.6, "亿元", None, False, False, "一般公共预算收入"),
    ("5.5", "target", "level", 5.5, "%", "at_most", False, False, "城镇调查失业率"),
    ("5.1", "actual", "level", 5.1, "%", None, False, False, "城镇调查失业率"),
    ("3.0", "target", "growth", -3.0, "%", None, False, True, "单位地区生产总值能耗"),
    ("3.2", "actual", "growth", -3.2, "%", None, False, True, "单位地区生产总值能耗"),
]


ATTRIBUTE_EXPECTED = [
    ("6.5", "target", "growth", 6.5, "%", "about", False, False, "地区生产总值"),
    ("4.2", "actual", "growth", 4.2, "%", None, False, False, "地区生产总值"),
    ("3.0", "target", "growth", -3.0, "%", None, False, True, "单位地区生产总值能耗"),
    ("3.2", "actual", "growth", -3.2, "%", None, False, True, "单位地区生产总值能耗"),
]


@pytest.mark.parametrize("text, expected", [(CELL_PER_LINE, CELL_EXPECTED), (ROW_PER_LINE, ROW_EXPECTED),
                                            (PIPE_ROWS, ROW_EXPECTED), (ATTRIBUTE_COLUMN, ATTRIBUTE_EXPECTED),
                                            (SERIAL_COLUMN, ROW_EXPECTED[:4]), (PLAIN_CELLS, PLAIN_EXPECTED),
                                            (NOTE_COLUMN, [(t, k, m, v, u, None, e, b, c) for t, k, m, v, u, _, e, b, c
                                                           in ROW_EXPECTED[:4]] + NOTE_EXPECTED)],
                         ids=["cell-per-line", "row-per-line", "pipe-rows", "attribute-column", "serial-column",
                              "plain-cells", "note-column"])
def test_table_cells_become_headline_records(text, expected):
    doc = extract(text)
    got = [(r.text, r.kind, r.measure, r.value, r.unit, r.qualifier, r.estimated, r.binding, r.canonical)
           for r in doc.indicators if r.rule == "ind.table"]
    assert got == expected
    assert all(r.headline and r.year == 2022 for r in doc.indicators if r.rule == "ind.table")
    for r in doc.indicators:
        assert text[r.span[0]:r.span[1]] == r.text


@pytest.mark.parametrize("text", [CELL_PER_LINE, ROW_PER_LINE], ids=["cell-per-line", "row-per-line"])
def test_difference_column_is_no_record(text):
    doc = extract(text)
    assert not [r for r in doc.indicators if r.text in ("-4.8个百分点", "-2.3", "-1.4")]


def test_reader_gives_cells_with_offsets():
    (table,) = find_tables(ROW_PER_LINE)
    assert [c.text for c in table.header] == ["指标名称", "单位", "2022年目标", "2022年完成", "与目标比较"]
    assert len(table.rows) == 4
    for row in table.rows:
        for cell in row:
            assert ROW_PER_LINE[cell.start:cell.end] == cell.text


def test_prose_is_not_a_table():
    text = HEAD + "指标完成情况总体良好，地区生产总值增长2.7%。\n项目建设  进展顺利。\n"
    assert find_tables(text) == []


def test_status_column_is_no_record():
    doc = extract(STATUS_COLUMN)
    assert [(r.text, r.kind) for r in doc.indicators if r.rule == "ind.table"] == [("6.5%", "target"), ("5.8%", "actual")]


# PDF copy: one cell per line, no indentation, no blank line between rows; a column of next year's
# targets, whose header line (2023年目标) must not open the plan part
PLAIN_RUN = HEAD + (
    "表1  2022年主要指标完成情况及2023年预期目标\n指标名称\n单位\n2022年目标\n2022年预计完成\n2023年目标\n指标属性\n"
    "地区生产总值增长\n%\n6.5左右\n5.8\n6左右\n预期性\n"
    "一般公共预算收入\n亿元\n32.5\n32.8\n33.8\n预期性\n"
    "PM2.5平均浓度\n微克/立方米\n30\n28\n30以内\n约束性\n"
    "注：2022年完成数为预计数。\n（一）创新动能持续增强。全区高新技术企业达到628家。\n")


def test_cell_lines_without_blank_rows_are_a_table():
    (table,) = find_tables(PLAIN_RUN)
    assert [c.text for c in table.header][2:] == ["2022年目标", "2022年预计完成", "2023年目标", "指标属性"]
    assert [row[0].text for row in table.rows] == ["地区生产总值增长", "一般公共预算收入", "PM2.5平均浓度"]
    doc = extract(PLAIN_RUN)
    got = [(r.text, r.year, r.kind, r.measure, r.value, r.unit, r.qualifier, r.estimated, r.binding)
           for r in doc.indicators if r.rule == "ind.table"]
    assert got == [
        ("6.5", 2022, "target", "growth", 6.5, "%", "about", False, False),
        ("5.8", 2022, "actual", "growth", 5.8, "%", None, True, False),
        ("6", 2023, "target", "growth", 6, "%", "about", False, False),
        ("32.5", 2022, "target", "level", 32.5, "亿元", None, False, False),
        ("32.8", 2022, "actual", "level", 32.8, "亿元", None, True, False),
        ("33.8", 2023, "target", "level", 33.8, "亿元", None, False, False),
        ("30", 2022, "target", "level", 30, "微克/立方米", None, False, True),
        ("28", 2022, "actual", "level", 28, "微克/立方米", None, True, True),
        ("30", 2023, "target", "level", 30, "微克/立方米", "at_most", False, True),
    ]
    (after,) = [r for r in doc.indicators if r.text == "628家"]
    assert (after.year, after.kind) == (2022, "actual")     # still the review part after the table


# a 与计划比 column is the difference, no record; a row labelled …削减 falls
PLAN_DIFFERENCE = HEAD + (
    "表1  2022年主要指标完成情况\n"
    "序号  指标名称                    单位     2022年计划   2022年完成    与计划比\n"
    "1     地区生产总值                亿元     386          388.6         +2.6\n"
    "2     化学需氧量排放量削减        %        2.1          2.5           +0.4\n\n")


def test_plan_difference_column_and_a_cut_row():
    got = [(r.text, r.kind, r.measure, r.value) for r in extract(PLAN_DIFFERENCE).indicators if r.rule == "ind.table"]
    assert got == [("386", "target", "level", 386), ("388.6", "actual", "level", 388.6),
                   ("2.1", "target", "growth", -2.1), ("2.5", "actual", "growth", -2.5)]


# columns with no year (计划目标, 完成情况) take the caption's year; with a 比计划增减 column of its own,
# 完成情况 holds the actuals
YEARLESS_COLUMNS = HEAD + (
    "表1　某县2022年主要经济指标完成情况\n"
    "指标\t单位\t计划目标\t完成情况\t比计划增减\n"
    "地区生产总值增长\t%\t8.5\t8.1\t-0.4\n"
    "一般公共预算收入增长\t%\t6\t-2.3\t-8.3\n\n")


def test_yearless_columns_take_the_captions_year():
    got = [(r.text, r.year, r.kind, r.value) for r in extract(YEARLESS_COLUMNS).indicators if r.rule == "ind.table"]
    assert got == [("8.5", 2022, "target", 8.5), ("8.1", 2022, "actual", 8.1),
                   ("6", 2022, "target", 6), ("-2.3", 2022, "actual", -2.3)]


# a 年均增长 column after a five-year target column holds that target's average growth
FIVE_YEAR_TARGETS = HEAD + (
    "表1  某市“十四五”及2023年主要指标\n"
    "指标名称\t单位\t2022年完成\t2023年目标\t2025年目标\t年均增长（%）\t属性\n"
    "地区生产总值\t亿元\t1303.6\t1395\t1790\t6.5\t预期性\n\n")


def test_average_growth_beside_a_target_column_is_a_target():
    got = [(r.text, r.year, r.kind, r.measure) for r in extract(FIVE_YEAR_TARGETS).indicators if r.rule == "ind.table"]
    assert got == [("1303.6", 2022, "actual", "level"), ("1395", 2023, "target", "level"),
                   ("1790", 2025, "target", "level"), ("6.5", 2025, "target", "growth")]


# a year's column split by a second header line (2023年 over 计划 | 完成), with a difference column
SPLIT_HEADER = HEAD + (
    "表1  某区2022年主要指标完成情况及2023年预期目标\n"
    "指标\t单位\t2022年\t与目标比较\t2023年目标\n计划\t完成\n"
    "地区生产总值增长\t%\t6左右\t5.8\t-0.2个百分点\t5.5左右\n"
    "社会消费品零售总额\t亿元\t165\t168.3\t+3.3亿元\t178\n\n")

# a review table of levels and growth (总量（亿元） | 增速（%）); a row's own unit wins over the header's
LEVEL_COLUMN = HEAD + (
    "表1  2022年某县主要经济指标完成情况\n\n\t指标名称\n\t总量（亿元）\n\t增速（%）\n\n"
    "\t地区生产总值\n\t236.8\n\t5.9\n\n\t城镇常住居民人均可支配收入（元）\n\t45620\n\t4.6\n\n\n注：数据为快报数。\n")


def test_a_second_header_line_splits_the_years_column():
    got = [(r.text, r.year, r.kind, r.unit) for r in extract(SPLIT_HEADER).indicators if r.rule == "ind.table"]
    assert got == [("6", 2022, "target", "%"), ("5.8", 2022, "actual", "%"), ("5.5", 2023, "target", "%"),
                   ("165", 2022, "target", "亿元"), ("168.3", 2022, "actual", "亿元"), ("178", 2023, "target", "亿元")]


def test_a_level_column_with_its_unit_in_the_header():
    got = [(r.text, r.kind, r.measure, r.unit) for r in extract(LEVEL_COLUMN).indicators if r.rule == "ind.table"]
    assert got == [("236.8", "actual", "level", "亿元"), ("5.9", "actual", "growth", "%"),
                   ("45620", "actual", "level", "元"), ("4.6", "actual", "growth", "%")]


def test_a_five_year_plans_progress_table_with_a_category_column():
    """A mid-term evaluation's table: 类别 written on the first row of its group only, bare year
    columns (2020年, 2022年) holding those years' results, a 2025年目标 column of targets."""
    text = ("关于某市国民经济和社会发展第十四个五年规划纲要实施中期评估报告\n"
            "——2023年8月29日在某市第十七届人民代表大会常务委员会第十三次会议上\n\n一、《纲要》实施总体情况\n"
            "表1  主要指标实施进展情况\n类别\t指标\t单位\t2020年\t2022年\t2025年目标\t属性\t进展情况\n"
            "经济发展\t地区生产总值增长\t%\t3.6\t6.2\t6.5左右\t预期性\t基本符合序时进度\n"
            "\t常住人口城镇化率\t%\t61.8\t63.5\t66\t预期性\t符合序时进度\n\n")
    table = find_tables(text)[0]
    assert [c.text for c in table.header][:2] == ["指标", "单位"]
    assert [[c.text for c in row][:2] for row in table.rows] == [["地区生产总值增长", "%"], ["常住人口城镇化率", "%"]]
    got = [(r.text, r.year, r.kind, r.measure, r.canonical) for r in extract(text).indicators]
    assert got == [("3.6", 2020, "actual", "growth", "地区生产总值"), ("6.2", 2022, "actual", "growth", "地区生产总值"),
                   ("6.5", 2025, "target", "growth", "地区生产总值"), ("61.8", 2020, "actual", "level", "城镇化率"),
                   ("63.5", 2022, "actual", "level", "城镇化率"), ("66", 2025, "target", "level", "城镇化率")]


def test_a_part_year_table_split_by_ideographic_spaces():
    """A 前三季度 report's table: cells split by one \u3000 (a spaced-out 指　　标 label), a 1—9月 column of
    results, a 完成进度（%） column of shares of the year's goal (levels, whatever the row measures); its
    caption names the year and 指标 but opens no plan part."""
    text = ("关于2023年前三季度全省国民经济和社会发展计划执行情况的报告\n\n一、前三季度国民经济和社会发展计划执行情况\n\n"
            "表1\u30002023年前三季度全省主要经济指标完成情况\n\n"
            "指\u3000\u3000标\u3000\u3000单位\u3000\u30001—9月\u3000\u3000同比增长（%）\u3000\u3000全年目标\u3000\u3000完成进度（%）\n"
            "地区生产总值\u3000亿元\u300038652.4\u30005.9\u3000增长6%左右\u3000—\n"
            "地方一般公共预算收入\u3000亿元\u30002689.3\u300010.4\u3000增长6%\u300075.1\n\n"
            "前三季度，全省经济运行稳中向好。\n")
    got = [(r.text, r.name, r.kind, r.measure, r.unit) for r in extract(text).indicators]
    assert got == [("38652.4", "地区生产总值", "actual", "level", "亿元"), ("5.9", "地区生产总值", "actual", "growth", "%"),
                   ("6%", "地区生产总值", "target", "growth", "%"),
                   ("2689.3", "地方一般公共预算收入", "actual", "level", "亿元"),
                   ("10.4", "地方一般公共预算收入", "actual", "growth", "%"),
                   ("6%", "地方一般公共预算收入", "target", "growth", "%"),
                   ("75.1", "地方一般公共预算收入完成进度", "actual", "level", "%")]


def test_group_rows_inside_a_row_per_line_table_do_not_end_it():
    """一、经济发展 with its other cells empty heads a group of rows; the rows after it are still read."""
    text = ("关于某县2023年国民经济和社会发展计划执行情况与2024年计划草案的报告\n\n一、2023年计划执行情况\n全年经济平稳。\n"
            "表1  某县2024年国民经济和社会发展主要指标\n指标\t单位\t2023年预计\t2024年目标\t属性\n一、经济发展\t\t\t\t\n"
            "地区生产总值增长\t%\t6.8\t7左右\t预期性\n二、创新驱动\t\t\t\t\n研发经费投入强度\t%\t3.42\t3.5以上\t预期性\n")
    got = [(r.text, r.year, r.kind, r.canonical) for r in extract(text).indicators if r.rule == "ind.table"]
    assert got == [("6.8", 2023, "actual", "地区生产总值"), ("7", 2024, "target", "地区生产总值"),
                   ("3.42", 2023, "actual", "研发经费投入强度"), ("3.5", 2024, "target", "研发经费投入强度")]


def test_a_numbered_list_of_planned_projects_written_one_cell_a_line():
    """序号 / 项目名称 / 建设内容及规模 / 总投资(亿元) / 2024年计划投资(亿元) / 建设起止年限, rows with no blank lines and
    group lines between them: totals and the year's planned investment are that year's targets, named after the
    project (as its name, without 项目) and the column; the prose cell is read as a sentence."""
    text = ("某市发展和改革委员会关于下达2024年市重点建设项目计划的通知\n\n各区县人民政府：\n现将计划下达给你们。\n\n"
            "序号\n项目名称\n建设内容及规模\n总投资(亿元)\n2024年计划投资(亿元)\n建设起止年限\n一、续建项目\n（一）工业项目\n"
            "1\n青峰新材料产业园一期项目\n建设标准化厂房及配套设施，总建筑面积28万平方米，引进配套企业20家以上，配套建设园区道路、给排水等基础设施\n"
            "16.80\n5.20\n2022—2024\n二、新开工项目\n2\n白石大道快速化改造工程\n改造道路8.6公里\n12.35\n4.10\n2024—2025\n")
    got = {r.text: r for r in extract(text).indicators}
    assert (got["16.80"].name, got["16.80"].year, got["16.80"].kind, got["16.80"].unit) == (
        "青峰新材料产业园一期总投资", 2024, "target", "亿元")
    assert got["5.20"].name == "青峰新材料产业园一期2024年计划投资" and got["4.10"].kind == "target"
    assert "28万平方米" in got and "8.6公里" in got and not any(r.headline for r in got.values())


def test_a_row_per_line_table_whose_cells_one_space_separates():
    text = ("关于某市2022年国民经济和社会发展计划执行情况与2023年计划草案的报告\n\n一、2022年计划执行情况\n全年经济平稳。\n\n"
            "表1　2022年某市经济社会发展主要指标完成情况\n指标名称 单位 2022年计划 2022年完成 2023年目标\n"
            "地区生产总值增长 % 6.5左右 3.6 6左右\n城镇调查失业率 % 5.5以内 5.2 5.5以内\n")
    got = [(r.text, r.year, r.kind, r.qualifier, r.canonical) for r in extract(text).indicators if r.rule == "ind.table"]
    assert got[:3] == [("6.5", 2022, "target", "about", "地区生产总值"), ("3.6", 2022, "actual", None, "地区生产总值"),
                       ("6", 2023, "target", "about", "地区生产总值")]
    assert len(got) == 6


def test_thousands_separators_and_a_star_mark_in_a_tab_table():
    text = ("关于某市2018年国民经济和社会发展计划执行情况与2019年计划草案的报告\n\n一、2018年计划执行情况\n全年经济平稳。\n\n"
            "表1　主要指标\n指标\t单位\t2018年计划\t2018年完成\t2019年计划\n地区生产总值\t亿元\t2,450\t2,468.3\t2,650\n"
            "单位地区生产总值能耗降低★\t%\t3\t3.2\t3\n")
    got = [(r.text, r.value, r.binding) for r in extract(text).indicators if r.rule == "ind.table"]
    assert got[:3] == [("2,450", 2450, False), ("2,468.3", 2468.3, False), ("2,650", 2650, False)]
    assert all(b for _, _, b in got[3:]) and len(got) == 6


def test_every_row_of_a_table_captioned_as_binding_indicators_is_binding():
    """表1 某区2022年约束性指标执行情况: a report on the binding indicators marks no row, its caption binds them all."""
    from extractor import extract
    text = ("关于某区2022年国民经济和社会发展计划约束性指标执行情况的报告\n\n一、约束性指标执行情况\n\n"
            "表1　某区2022年约束性指标执行情况\n\n类别\t指标名称\t单位\t年度目标\t执行结果\t完成情况\n"
            "能源\t单位地区生产总值能耗降低\t%\t3.2\t2.1\t未完成\n水资源\t用水总量\t亿立方米\t≤1.32\t1.27\t完成\n\n")
    got = [(r.text, r.binding) for r in extract(text).indicators if r.rule == "ind.table"]
    assert got and all(binding for _, binding in got)


def test_a_serial_table_of_projects_with_counted_group_lines_in_a_notice_issuing_the_list():
    """序号/项目名称/建设地点/总投资（亿元）, group lines 一、续建项目（98个）: the rows are read past the group
    lines, and in a notice that 下达s the year's list each total is a target of that year."""
    from extractor import extract
    text = ("某省发展和改革委员会关于下达2020年省重点项目名单的通知\n\n发布日期：2020-03-06\n\n附件\n\n2020年省重点项目名单\n\n"
            "序号\n项目名称\n建设地点\n总投资（亿元）\n一、续建项目（98个）\n1\n甲至乙高速公路\n甲市、乙市\n186.4\n"
            "2\n乙机场改扩建工程\n乙市\n58.6\n二、新开工项目（88个）\n3\n丙水库\n丙市\n34.2\n")
    got = [(r.text, r.name, r.unit, r.year, r.kind) for r in extract(text).indicators if r.rule == "ind.table"]
    assert got == [("186.4", "甲至乙高速公路总投资", "亿元", 2020, "target"), ("58.6", "乙机场改扩建工程总投资", "亿元", 2020, "target"),
                   ("34.2", "丙水库总投资", "亿元", 2020, "target")]


# an excerpt cut inside a table above its header: 序号 cells of their own, then a note on estimates
CUT_SERIAL = ("未完成\n2\n规模以上工业增加值增速\n%\n7.5\n4.3\n未完成\n3\n固定资产投资增速\n%\n9\n4.6\n未完成\n"
              "4\n社会消费品零售总额\n亿元\n312\n289.4\n未完成\n注：2020年完成数为预计数。\n"
              "2020年是极不平凡的一年。对照区人大会议批准的2020年计划，多数指标受疫情冲击未能完成，为2021年开好局打下了基础。\n")
# …or numbers opening the labels, tab cells, a blank line after each row
CUT_NUMBERED = ("\t未完成\n\n\t5﹒一般公共预算收入\n\t5%\n\t5.2%\n\t完成\n\n\t6﹒外贸进出口总额\n\t5%\n\t5.8%\n\t完成\n\n"
                "\t7﹒实际使用外资\n\t100亿美元\n\t126.5亿美元\n\t完成\n\n注：1．加*的为约束性指标。\n"
                "从执行情况看，主要指标总体完成，为2023年持续回升向好打下了基础。\n")


# …or a plan report's table of the year's targets beside last year's estimates (the note names that year)
CUT_PLAN = ("2.农民人均纯收入\n元\n3120\n3400\n3.城镇新增就业\n万人\n36.2\n35\n4.城镇登记失业率\n%\n4.2\n4.6以内\n"
            "注：1.带*号的为约束性指标。2.2008年数据为预计数。\n\n上述指标的安排，充分考虑了国内外环境的变化，主要考虑是：\n"
            "关于经济增长。2009年全省生产总值增长目标确定为10%左右。\n")


@pytest.mark.parametrize("text, expected", [
    (CUT_PLAN, [("农民人均纯收入", 2008, "actual", 3120, "元", True), ("农民人均纯收入", 2009, "target", 3400, "元", False),
                ("城镇新增就业", 2008, "actual", 36.2, "万人", True), ("城镇新增就业", 2009, "target", 35, "万人", False),
                ("城镇登记失业率", 2008, "actual", 4.2, "%", True), ("城镇登记失业率", 2009, "target", 4.6, "%", False)]),
    (CUT_SERIAL, [("规模以上工业增加值", 2020, "target", 7.5, "%", False), ("规模以上工业增加值", 2020, "actual", 4.3, "%", True),
                  ("固定资产投资", 2020, "target", 9, "%", False), ("固定资产投资", 2020, "actual", 4.6, "%", True),
                  ("社会消费品零售总额", 2020, "target", 312, "亿元", False),
                  ("社会消费品零售总额", 2020, "actual", 289.4, "亿元", True)]),
    (CUT_NUMBERED, [("一般公共预算收入", 2022, "target", 5, "%", False), ("一般公共预算收入", 2022, "actual", 5.2, "%", False),
                    ("外贸进出口总额", 2022, "target", 5, "%", False), ("外贸进出口总额", 2022, "actual", 5.8, "%", False),
                    ("实际使用外资", 2022, "target", 100, "亿美元", False),
                    ("实际使用外资", 2022, "actual", 126.5, "亿美元", False)]),
])
def test_an_excerpt_cut_inside_a_table_above_its_header(text, expected):
    """The rows are found by their numbers in sequence and the columns by what they hold: label, unit,
    plan, result (an estimate where a note says the results are), status; the year is the one the
    excerpt reviews (为2021年开好局打下了基础 prepares the year planned)."""
    doc = extract(text)
    assert doc.report.doc_type == "plan_report" or "批准" not in text
    got = [(r.name, r.year, r.kind, r.value, r.unit, r.estimated) for r in doc.indicators if r.rule == "ind.table"]
    assert got == expected


def test_a_list_of_projects_one_cell_a_line_names_its_prose_figures_after_the_project():
    """单位：亿元 above a 序号/项目名称/建设内容/总投资（亿元）/年度计划投资 list: the bare 年度计划投资 cells are in
    亿元; a figure of the 建设内容 cell is the project's (甲乙高速公路全长)."""
    text = ("某省发展和改革委员会关于下达2021年省级重点建设项目名单的通知\n发布日期：2021-03-05\n\n"
            "2021年省级重点建设项目名单\n单位：亿元\n序号\n项目名称\n建设内容\n总投资（亿元）\n年度计划投资\n建设起止年限\n"
            "一、新开工项目\n1\n甲乙高速公路\n全长 128 公里\n186.4\n22.0\n2021-2024\n"
            "2\n丙河航道整治工程\n整治航道 63 公里\n24.7\n3.5\n2021-2023\n")
    got = [(r.name, r.value, r.unit, r.kind) for r in extract(text).indicators]
    assert ("甲乙高速公路全长", 128, "公里", "target") in got
    assert ("丙河航道整治工程整治航道", 63, "公里", "target") in got
    assert [(v, u) for n, v, u, k in got if n.endswith("年度计划投资")] == [(22.0, "亿元"), (3.5, "亿元")]


def test_a_last_years_column_a_bare_percent_growth_column_and_a_qizhong_row():
    """指标 / 单位 / 上年预计 / 本年目标 / 增长%: 上年预计 is the year before the table's, estimated; 增长% is in %
    whatever the row's unit; 其中：第一产业增加值 is named without its 其中."""
    text = ("三、2015年计划安排\n2015年全县主要预期目标如下：\n指标\t单位\t上年预计\t本年目标\t增长%\n"
            "地区生产总值\t亿元\t126.4\t138.4\t9.5\n其中：第一产业增加值\t亿元\t28.7\t30.0\t4.5\n")
    got = [(r.name, r.year, r.kind, r.value, r.unit, r.estimated) for r in extract(text).indicators if r.rule == "ind.table"]
    assert got == [("地区生产总值", 2014, "actual", 126.4, "亿元", True), ("地区生产总值", 2015, "target", 138.4, "亿元", False),
                   ("地区生产总值", 2015, "target", 9.5, "%", False),
                   ("第一产业增加值", 2014, "actual", 28.7, "亿元", True), ("第一产业增加值", 2015, "target", 30.0, "亿元", False),
                   ("第一产业增加值", 2015, "target", 4.5, "%", False)]


def test_a_news_pages_part_year_table_whose_header_has_no_unit_column():
    """指标名称 数值 增长% (one space apart, the unit in each label's brackets) under 2024年1—9月主要经济指标
    on a news page: the rows are read, the year's, and no headline (part of a year)."""
    text = ("某区前三季度经济运行稳中有进\n2024-10-25 10:00 来源：某区发布\n\n附表：某区2024年1—9月主要经济指标\n"
            "指标名称 数值 增长%\n地区生产总值（亿元） 412.36 5.6\n社会消费品零售总额（亿元） 158.63 4.8\n")
    got = [(r.name, r.value, r.unit, r.measure, r.year, r.headline) for r in extract(text).indicators if r.rule == "ind.table"]
    assert got == [("地区生产总值", 412.36, "亿元", "level", 2024, False), ("地区生产总值", 5.6, "%", "growth", 2024, False),
                   ("社会消费品零售总额", 158.63, "亿元", "level", 2024, False),
                   ("社会消费品零售总额", 4.8, "%", "growth", 2024, False)]


def test_numbered_items_with_dashed_prose_lines_are_no_table_cut_above_its_header():
    """（三）十件民生实事全面完成 / 1．就业创业促进工程 / ——城镇新增就业7260人，完成目标的121%； / ——…: numbered
    titles over prose lines, not rows of a table; each figure is named by its own words."""
    text = ("关于某区2018年国民经济和社会发展计划执行情况与2019年计划草案的报告\n\n一、2018年计划执行情况\n\n"
            "（三）十件民生实事全面完成\n\n1．就业创业促进工程\n——城镇新增就业7260人，完成目标的121%；\n"
            "——发放创业担保贷款4850万元，扶持创业1020人。\n2．教育优质均衡工程\n——新增学位2700个；\n——完成14所农村薄弱学校改造。\n"
            "3．健康服务工程\n——为3.4万名老年人免费体检；\n——新建村卫生室12个。\n")
    doc = extract(text)
    assert not [r for r in doc.indicators if r.rule == "ind.table"]
    got = {r.text: (r.canonical, r.kind) for r in doc.indicators}
    assert got["7260人"] == ("城镇新增就业", "actual")


def test_a_lexicon_measure_in_a_prose_cell_of_an_items_table_keeps_its_name():
    """序号/项目名称/主要建设内容/责任单位 one cell a line: 城镇新增就业3200人 in the row of 就业创业帮扶工程 is the
    lexicon's measure (not X工程城镇新增就业); other figures of the cell are named after the row."""
    text = ("某县2025年民生实事项目安排\n发布日期：2025-02-10\n\n序号\n项目名称\n主要建设内容\n责任单位\n"
            "1\n就业创业帮扶工程\n(1)城镇新增就业3200人以上;(2)新建零工市场1个、村(社区)就业服务站25个。\n县人力资源社会保障局\n"
            "2\n学前教育扩容提质工程\n建成投用县第三幼儿园,可提供学位360个。\n县教育局\n")
    got = {r.text: (r.name, r.canonical) for r in extract(text).indicators}
    assert got["3200人"][1] == "城镇新增就业" and not got["3200人"][0].startswith("就业创业帮扶工程")


@pytest.mark.parametrize("gap", ["\t", "\u3000"])
def test_a_group_lines_count_of_its_rows_is_named_by_its_status_and_sector(gap):
    """一、续建项目（2个） / （一）交通（1个） over rows of a table of projects: 续建项目 2个, 续建交通项目 1个."""
    from extractor import extract
    row = lambda *cells: gap.join(cells)  # noqa: E731
    text = ("某省2022年省级重点建设项目名单公布\n\n发布日期：2022-03-04\n\n"
            + row("序号", "项目名称", "总投资（亿元）", "年度计划投资（亿元）") + "\n一、续建项目（2个）\n（一）交通（1个）\n"
            + row("1", "甲至乙高速公路", "186.4", "42.0") + "\n（二）产业发展（1个）\n"
            + row("2", "乙生物医药产业园一期", "32.5", "9.8") + "\n")
    got = [(r.text, r.name, r.year, r.kind) for r in extract(text).indicators if r.text.endswith("个")]
    assert got == [("2个", "续建项目", 2022, "target"), ("1个", "续建交通项目", 2022, "target"),
                   ("1个", "续建产业发展项目", 2022, "target")]


def test_a_plans_serial_table_of_projects_across_a_page_break_with_a_wrapped_name():
    """A PDF plan's project table (序号/项目名称/建设内容/总投资/年度计划/建设阶段) under a caption calling it a
    plan, group lines by sector, the header again after a page break (— 8 — and the running title), a
    name wrapped onto a line of its own, a number a PDF space split, and its unit in the note below:
    every row is a project of the plan year staged by its 建设阶段 cell, its sector from the group line,
    and its two figures targets of that year, in 亿元."""
    text = ("关于某区2024年国民经济和社会发展计划执行情况与2025年计划草案的报告\n\n"
            "一、2024年计划执行情况\n全区地区生产总值增长5.8%。\n\n二、2025年主要任务\n（一）扩大有效投资\n"
            "重点项目详见表1。\n表1 某区2025年重点建设项目计划表\n序号\n项目名称\n建设内容\n总投资\n年度计划\n建设阶段\n"
            "一、产业发展\n1\n甲光电显示模组基地\n建设显示模组生产线4条\n1 8.2\n4.0\n续建\n"
            "2\n乙生物医药创新港（二期）\n新建研发中试楼、GMP厂房16.8万平方米\n28.6\n6.5\n新开工\n二、城市基础设施\n"
            "3\n丙东站片区综合交通枢纽配\n套道路\n新建道路9.6公里\n12.8\n3.5\n续建\n— 8 —\n某区人大会议文件\n"
            "序号\n项目名称\n建设内容\n总投资\n年度计划\n建设阶段\n4\n丁再生水厂\n日处理规模10万吨\n6.9\n2.6\n竣工\n"
            "注：总投资和年度计划单位均为亿元。\n（二）促进消费\n")
    doc = extract(text)
    assert [(p.name, p.stage, p.stage_text, p.category, p.year) for p in doc.projects] == [
        ("甲光电显示模组基地", "ongoing", "续建", "产业发展", 2025), ("乙生物医药创新港（二期）", "start", "新开工", "产业发展", 2025),
        ("丙东站片区综合交通枢纽配套道路", "ongoing", "续建", "城市基础设施", 2025),
        ("丁再生水厂", "complete", "竣工", "城市基础设施", 2025)]
    money = [(r.text, r.value, r.unit, r.year, r.kind) for r in doc.indicators if r.rule == "ind.table"]
    assert money == [("1 8.2", 18.2, "亿元", 2025, "target"), ("4.0", 4.0, "亿元", 2025, "target"),
                     ("28.6", 28.6, "亿元", 2025, "target"), ("6.5", 6.5, "亿元", 2025, "target"),
                     ("12.8", 12.8, "亿元", 2025, "target"), ("3.5", 3.5, "亿元", 2025, "target"),
                     ("6.9", 6.9, "亿元", 2025, "target"), ("2.6", 2.6, "亿元", 2025, "target")]


def test_a_tab_table_of_planned_projects_with_empty_cells_and_a_status_column():
    """项目名称⇥建设性质⇥总投资⇥年度投资⇥建设内容 under 单位：万元, a 合计 row and group lines whose cells are
    left empty: the rows are read by single tabs; 建设性质 gives each project its status (新建: start,
    续建: ongoing), and both money columns are the plan year's targets in 万元."""
    text = ("某区2018年重点项目投资计划表\n单位：万元\n项目名称\t建设性质\t总投资\t年度投资\t建设内容\n"
            "合计\t\t551000\t144500\t\n一、产业项目（2个）\t\t210000\t53000\t\n"
            "甲智能装备产业园一期\t续建\t150000\t35000\t建设标准厂房12万平方米\n"
            "乙食品精深加工基地\t新建\t60000\t18000\t新建生产车间4.5万平方米\n")
    doc = extract(text)
    assert [(p.name, p.stage, p.stage_text, p.category, p.year, p.kind) for p in doc.projects] == [
        ("甲智能装备产业园一期", "ongoing", "续建", "产业", 2018, "target"),
        ("乙食品精深加工基地", "start", "新建", "产业", 2018, "target")]
    money = {r.text: (r.name, r.unit, r.year, r.kind) for r in doc.indicators if r.rule == "ind.table"}
    assert money["150000"] == ("甲智能装备产业园一期总投资", "万元", 2018, "target")
    assert money["35000"][1:] == ("万元", 2018, "target") and money["18000"][1:] == ("万元", 2018, "target")
    # the totals row sums what the title lists; a group line's sums are the group's
    assert money["551000"] == ("重点项目总投资", "万元", 2018, "target")
    assert money["210000"] == ("产业项目总投资", "万元", 2018, "target")
    assert money["53000"][0] == "产业项目年度投资"
    # a figure of the prose cell is the project's, named by its cell's own words only
    named = {r.text: r.name for r in doc.indicators}
    assert named["12万平方米"] == "甲智能装备产业园一期建设标准厂房"


def test_a_serial_table_with_a_totals_row_one_cell_a_line():
    """序号 / 项目名称 / 建设性质 / 总投资 / 年度计划投资 / 责任单位, then 合计 with the two money figures only,
    a group line and the numbered rows: the rows are read past the totals line, whose figures are the
    totals of what the title lists."""
    text = ("附件\n某县2021年县级重点项目投资计划表\n单位：万元\n序号\n项目名称\n建设性质\n总投资\n年度计划投资\n责任单位\n"
            "合计\n638500\n174200\n一、产业项目（2个）\n1\n甲纸业年产5万吨特种纸生产线项目\n新建\n120000\n30000\n县工业园区管委会\n"
            "2\n乙经济开发区标准化厂房（二期）\n续建\n48000\n18000\n乙经济开发区管委会\n")
    doc = extract(text)
    assert [(p.name, p.stage, p.year, p.kind) for p in doc.projects] == [
        ("甲纸业年产5万吨特种纸生产线", "start", 2021, "target"), ("乙经济开发区标准化厂房（二期）", "ongoing", 2021, "target")]
    money = {r.text: (r.name, r.unit, r.year, r.kind) for r in doc.indicators if r.rule == "ind.table"}
    assert money["638500"] == ("县级重点项目总投资", "万元", 2021, "target")
    assert money["174200"] == ("县级重点项目年度计划投资", "万元", 2021, "target")
    assert money["48000"] == ("乙经济开发区标准化厂房（二期）总投资", "万元", 2021, "target")


def test_a_budget_table_one_cell_a_line_is_the_plan_years_and_no_indicator_system():
    """表4 2024年X县一般公共预算收支安排（单位：万元） / 项目 / 预算数 / 增长%: the budget is the year's plan, in
    the caption's bracketed unit, and no part of the main indicators (headline false)."""
    text = ("（三）财政金融运行总体平稳\n2023年，全县一般公共预算收入完成8.46亿元。\n"
            "表4  2024年某县一般公共预算收支安排（单位：万元）\n项目\n预算数\n增长%\n"
            "一般公共预算收入\n89800\n6.1\n其中：税收收入\n64300\n8.6\n一般公共预算支出\n426000\n3.0\n")
    got = {r.text: (r.name, r.year, r.kind, r.measure, r.unit, r.headline) for r in extract(text).indicators}
    assert got["89800"] == ("一般公共预算收入", 2024, "target", "level", "万元", False)
    assert got["6.1"] == ("一般公共预算收入", 2024, "target", "growth", "%", False)
    assert got["64300"] == ("税收收入", 2024, "target", "level", "万元", False)
    assert got["3.0"][1:4] == (2024, "target", "growth")


def test_a_tab_table_of_tasks_whose_cells_are_sentences():
    """序号⇥项目⇥年度目标⇥完成情况 with cells like 改造老旧小区16个，惠及居民3800户 / 已完成。改造老旧小区16个，惠及居民3962户:
    each figure named by its own words, targets in the 年度目标 column, results in the status column; no
    indicator system (headline false)."""
    text = ("某区2020年为民办实事项目完成情况\n发布时间：2021-01-12 10:05\n\n"
            "序号\t项目\t年度目标\t完成情况\n"
            "1\t老旧小区综合改造\t改造老旧小区16个，惠及居民3800户\t已完成。改造老旧小区16个，惠及居民3962户\n"
            "2\t城区停车设施建设\t新增公共停车泊位2000个\t超额完成。新增公共停车泊位2635个\n")
    got = [(r.text, r.name, r.kind, r.headline) for r in extract(text).indicators]
    assert got == [("16个", "改造老旧小区", "target", False), ("3800户", "惠及居民", "target", False),
                   ("16个", "改造老旧小区", "actual", False), ("3962户", "惠及居民", "actual", False),
                   ("2000个", "新增公共停车泊位", "target", False), ("2635个", "新增公共停车泊位", "actual", False)]


def test_a_column_of_the_share_of_the_plan_done_is_a_result_in_percent():
    """指标⇥单位⇥2014年计划⇥2014年完成⇥完成计划%⇥2015年计划: the 完成计划% cell is how much of the plan was done,
    a level in % of that year, not a target in the row's unit."""
    text = ("某县2014年主要经济指标完成情况及2015年计划\n指标\t单位\t2014年计划\t2014年完成\t完成计划%\t2015年计划\n"
            "地区生产总值\t亿元\t186\t186.4\t100.2\t207\n")
    got = {r.text: (r.name, r.year, r.kind, r.measure, r.unit) for r in extract(text).indicators}
    assert got["100.2"] == ("地区生产总值完成计划比例", 2014, "actual", "level", "%")
    assert got["186.4"] == ("地区生产总值", 2014, "actual", "level", "亿元")
    assert got["207"] == ("地区生产总值", 2015, "target", "level", "亿元")


def test_rows_of_words_only_inside_a_one_cell_a_line_table_do_not_end_it():
    """指标名称 / 单位 / 2023年目标 / 2023年完成 / 2024年目标 / 指标属性, then 能耗降低 / % / 完成市下达任务 ×3 /
    约束性 and 主要污染物排放总量减少 / — / … (no number): the rows after them are still the table's."""
    text = ("表1  某区主要指标完成情况及2024年预期目标\n指标名称\n单位\n2023年目标\n2023年完成\n2024年目标\n指标属性\n"
            "地区生产总值增长\n%\n6左右\n6.3\n5.5左右\n预期性\n"
            "单位地区生产总值能耗降低\n%\n完成市下达任务\n完成市下达任务\n完成市下达任务\n约束性\n"
            "主要污染物排放总量减少\n—\n完成市下达任务\n完成市下达任务\n完成市下达任务\n约束性\n"
            "空气质量优良天数\n天\n325以上\n331\n325以上\n约束性\n")
    got = {(r.text, r.kind, r.year) for r in extract(text).indicators if r.name == "空气质量优良天数"}
    assert got == {("325", "target", 2023), ("331", "actual", 2023), ("325", "target", 2024)}


def test_a_note_that_all_of_a_years_results_are_estimates_marks_that_column():
    text = ("关于某区2023年国民经济和社会发展计划执行情况与2024年计划草案的报告\n一、2023年计划执行情况\n\n"
            "指标名称\n单位\n2023年目标\n2023年完成\n2024年目标\n地区生产总值增长\n%\n6\n6.1\n5.5\n"
            "一般公共预算收入增长\n%\n7\n7.4\n6\n注:1.带*的为约束性指标;2.2023年完成数均为预计数。\n从执行情况看,主要指标完成较好。\n")
    got = {r.text: (r.kind, r.estimated) for r in extract(text).indicators if r.rule == "ind.table"}
    assert got["6.1"] == got["7.4"] == ("actual", True)
    assert got["5.5"] == ("target", False)
