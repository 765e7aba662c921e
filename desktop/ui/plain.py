"""Text from the user or from imported files, shown as text: never read by Qt as HTML."""

from __future__ import annotations

import html


def plain_tooltip(text: str) -> str:
    """A tooltip that shows `text` literally.

    Qt renders a tooltip as rich text whenever it looks like HTML (`<b>` in a title is enough), and has no
    plain-text switch for tooltips; so the text is escaped and wrapped in <qt>, which makes it rich text
    that displays exactly the characters given.
    """
    if not text:
        return ""
    return "<qt>" + html.escape(text).replace("\n", "<br>") + "</qt>"
