"""A matching view of the text: full-width digits, letters, number signs and the unit slash
folded to their half-width forms one character for one character, so every offset in the view is an offset
in the original text. Punctuation is left alone; rules accept both widths (，or ,)."""
from __future__ import annotations

import re

_FOLD = {c: c - 0xFEE0 for c in range(0xFF10, 0xFF1A)}          # ０-９
_FOLD.update({c: c - 0xFEE0 for c in range(0xFF21, 0xFF3B)})     # Ａ-Ｚ
_FOLD.update({c: c - 0xFEE0 for c in range(0xFF41, 0xFF5B)})     # ａ-ｚ
_FOLD.update({ord(a): ord(b) for a, b in zip("．％－＋～＜＞＝／\u3000", ".%-+~<>=/ ")})


_WIDE = re.compile("[" + re.escape("".join(map(chr, _FOLD))) + "]+")


def normalise(text: str) -> str:
    # only the few wide runs are translated: str.translate over a whole report is slower
    return _WIDE.sub(lambda m: m.group().translate(_FOLD), text)
