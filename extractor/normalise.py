"""A matching view of the text: full-width digits, letters, number signs and the unit slash
folded to their half-width forms one character for one character, so every offset in the view is an offset
in the original text. ASCII punctuation goes the other way, to the full-width forms the rules are
written for (, → ，, ( → （), an ASCII full stop that ends a sentence is read as 。, and an OCR
letter inside a number (l1.5%, 1O.4%) as the digit it stands for."""
from __future__ import annotations

import re

_FOLD = {c: c - 0xFEE0 for c in range(0xFF10, 0xFF1A)}          # ０-９
_FOLD.update({c: c - 0xFEE0 for c in range(0xFF21, 0xFF3B)})     # Ａ-Ｚ
_FOLD.update({c: c - 0xFEE0 for c in range(0xFF41, 0xFF5B)})     # ａ-ｚ
_FOLD.update({ord(a): ord(b) for a, b in zip("．％－＋～＜＞＝／\u3000", ".%-+~<>=/ ")})


_WIDE = re.compile("[" + re.escape("".join(map(chr, _FOLD))) + "]+")


# An ASCII full stop after a word or a closing sign ends a sentence (OCR and web copies: …态势.全县…,
# …工程.S215线…); one after a digit or a letter (ASCII or full-width) is a decimal point, an outline
# number (1.交通, １.交通) or part of a code. The full stop comes first so that a search skips to one.
_ASCII_STOP = re.compile(r"\.(?<=[^0-9A-Za-z０-９Ａ-Ｚａ-ｚ\s.]\.)(?!\.)")


def read_full_stops(text: str) -> str:
    """The text with its sentence-ending ASCII full stops as 。 (same length)."""
    return _ASCII_STOP.sub("。", text) if "." in text else text


_WIDENED = tuple(zip(",;:()!?", "，；：（）！？"))
_DIGIT_SEPARATOR = re.compile(r"[,:](?=[0-9])")


def widen_punctuation(text: str) -> str:
    """ASCII , ; : ( ) ! ? as their full-width forms (same length), so that rules see one form of
    each; a comma or colon between digits (1,234 and 07:45) stays."""
    kept = [m.start() for m in _DIGIT_SEPARATOR.finditer(text)
            if m.start() and text[m.start() - 1].isdigit()] if "," in text or ":" in text else []
    for ascii_form, wide in _WIDENED:
        if ascii_form in text:
            text = text.replace(ascii_form, wide)
    if kept:
        parts, prev = [], 0
        for k in kept:
            parts += [text[prev:k], "," if text[k] == "，" else ":"]
            prev = k + 1
        text = "".join(parts) + text[prev:]
    return text


# OCR slips: a letter l or O read for a digit inside a number (增长l1.5%, 1O.4%) or ending one before its
# unit (18.O%, 3O万); not in O2O
_OCR_DIGIT = re.compile(r"[lO](?:(?<=[\u4e00-\u9fff0-9][lO])(?=[0-9]+(?:\.[0-9]+)?(?![A-Za-z0-9]))|(?<=[0-9][lO])(?=\.?[0-9])"
                        r"|(?<=[0-9][lO.][lO])(?=[%％万亿元个])|(?<=[0-9][lO])(?=[%％万亿]))")


def mend_ocr_digits(text: str) -> str:
    if "l" not in text and "O" not in text:
        return text
    return _OCR_DIGIT.sub(lambda m: "1" if m.group() == "l" else "0", text)


# HTML left in a web copy (<p>…</p>, <br>, &nbsp;): blanked, so that a line reads as its words
_MARKUP = re.compile(r"</?(?:p|br|span|div|font|strong|b|i|em|u|td|th|tr|table|tbody|thead|li|ul|ol|h[1-6])\b[^<>\n]{0,200}?/?>"
                     r"|&(?:nbsp|ensp|emsp|thinsp|ideographic|amp|lt|gt|quot|#\d{2,5});", re.I)


# Markdown a converter left (# headings, > quotes, - bullets, **bold**): blanked the same way
_MARKDOWN = re.compile(r"(?m)^[ \t]*(?:#{1,6}|>|[-+](?=[ \t]))[ \t]|\*\*|__")


# dotted leaders between a name and its figure (地区生产总值……………1268亿元, 增长.........6.5%):
# longer runs than an ellipsis (……) or a decimal point
_LEADERS = re.compile(r"…{3,}|\.{4,}|·{3,}|．{3,}|‥{2,}")


def blank_markup(text: str) -> str:
    """The text with HTML tags and entities, Markdown marks and dotted leaders as spaces of the same length."""
    if "**" in text or "# " in text or "\n> " in text or "\n- " in text:
        text = _MARKDOWN.sub(lambda m: " " * len(m.group()), text)
    if "………" in text or "...." in text or "···" in text or "．．．" in text or "‥‥" in text:
        text = _LEADERS.sub(lambda m: " " * len(m.group()), text)
    if "<" not in text and "&" not in text:
        return text
    return _MARKUP.sub(lambda m: " " * len(m.group()), text)


def fold_width(text: str) -> str:
    """Full-width digits, letters and number signs as half-width ones, and HTML left in a web copy as
    spaces (same length)."""
    # only the few wide runs are translated: str.translate over a whole report is slower
    return _WIDE.sub(lambda m: m.group().translate(_FOLD), blank_markup(text))


# OCR read as Japanese forms that Chinese does not write (増長, 経済, 総額), or as lookalikes a report never
# writes (the radical 囗 for 口 in 进出囗, the variant 髙 in 提髙, 箅 for 算 in 预箅, the katakana エ and ロ
# in 开エ建设, 人ロ): the Chinese character
_JAPANESE_FORMS = "増経済総発価営県収実労気駅鉄団囗髙箅エロ"
# (杜 read for 社, 丁 for 工, 迸 for 进, 没 for 设, 戍 for 成, 挢 for 桥, 己/巳 for 已)
_OCR_PHRASES = {"杜会": "社会", "丁业": "工业", "推迸": "推进", "建没": "建设", "建戍": "建成", "大挢": "大桥",
                "己经": "已经", "巳经": "已经"}
_OCR_FORMS = re.compile(f"[{_JAPANESE_FORMS}]")
_CHINESE_FORMS = str.maketrans(_JAPANESE_FORMS, "增经济总发价营县收实劳气站铁团口高算工口")


def mend_ocr_forms(text: str) -> str:
    """…and 杜会, 丁业, 推迸, 建没, 建戍, 大挢, 己经 as 社会, 工业, 推进, 建设, 建成, 大桥, 已经 (same length)."""
    if _OCR_FORMS.search(text):
        text = _OCR_FORMS.sub(lambda m: m.group().translate(_CHINESE_FORMS), text)
    for slip, meant in _OCR_PHRASES.items():
        if slip in text:
            text = text.replace(slip, meant)
    return text


def normalise(text: str) -> str:
    return mend_ocr_forms(mend_ocr_digits(widen_punctuation(read_full_stops(fold_width(text)))))


_IDEOGRAPHIC_SPACES = re.compile("\u3000+")


def with_ideographic_spaces(view: str, text: str) -> str:
    """The view with the text's ideographic spaces back (same length): a table whose cells are
    separated by one \u3000 keeps its cells apart, where the view has folded it to a plain space."""
    if "\u3000" not in text:
        return view
    parts, pos = [], 0
    for m in _IDEOGRAPHIC_SPACES.finditer(text):
        parts += [view[pos:m.start()], m.group()]
        pos = m.end()
    parts.append(view[pos:])
    return "".join(parts)
