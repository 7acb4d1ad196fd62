"""A matching view of the text: full-width digits, letters, number signs and the unit slash
folded to their half-width forms one character for one character, so every offset in the view is an offset
in the original text. Punctuation is left alone (rules accept both widths, ，or ,), but for an ASCII full
stop between Chinese characters, which is read as 。."""
from __future__ import annotations

import re

_FOLD = {c: c - 0xFEE0 for c in range(0xFF10, 0xFF1A)}          # ０-９
_FOLD.update({c: c - 0xFEE0 for c in range(0xFF21, 0xFF3B)})     # Ａ-Ｚ
_FOLD.update({c: c - 0xFEE0 for c in range(0xFF41, 0xFF5B)})     # ａ-ｚ
_FOLD.update({ord(a): ord(b) for a, b in zip("．％－＋～＜＞＝／\u3000", ".%-+~<>=/ ")})


_WIDE = re.compile("[" + re.escape("".join(map(chr, _FOLD))) + "]+")


# an ASCII full stop between Chinese characters ends a sentence (OCR and web copies: …态势.全县…)
_HAN_STOP = re.compile(r"\.(?<=[\u4e00-\u9fff]\.)(?=[\u4e00-\u9fff])")    # the dot first: a fast literal scan


def normalise(text: str) -> str:
    # only the few wide runs are translated: str.translate over a whole report is slower
    view = _WIDE.sub(lambda m: m.group().translate(_FOLD), text)
    return _HAN_STOP.sub("。", view)
