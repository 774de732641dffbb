"""Text helpers shared by search and the demo content."""

import unicodedata


def fold(text: str) -> str:
    """Lower case without diacritics: "Dịch vụ công" becomes "dich vu cong"."""
    text = text.replace("đ", "d").replace("Đ", "D")
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()
