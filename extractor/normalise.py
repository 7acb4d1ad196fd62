"""A matching view of the text: full-width digits, letters and number signs folded to their
half-width forms one character for one character, so every offset in the view is an offset
in the original text. Punctuation is left alone; rules accept both widths (，or ,)."""
from __future__ import annotations

_FOLD = {c: c - 0xFEE0 for c in range(0xFF10, 0xFF1A)}          # ０-９
_FOLD.update({c: c - 0xFEE0 for c in range(0xFF21, 0xFF3B)})     # Ａ-Ｚ
_FOLD.update({c: c - 0xFEE0 for c in range(0xFF41, 0xFF5B)})     # ａ-ｚ
_FOLD.update({ord(a): ord(b) for a, b in zip("．％－＋～＜＞＝\u3000", ".%-+~<>= ")})


def normalise(text: str) -> str:
    return text.translate(_FOLD)
