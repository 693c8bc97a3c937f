"""The token view: each generated token coloured by the value model that pushed it most, and by how much.

A token's *push* from value model i is what guidance added to that token's logit (the composer's
attributions: ``w_i * (Q_i(s, token) - mean over the candidates)``). The token's background takes
the colour of the value model with the largest push toward it, stronger for a larger push; a token
that every value model pushed *against* (and that was sampled anyway) gets a dashed underline in
the colour of the strongest push against it. Hovering shows every value model's push.

>>> from types import SimpleNamespace as A
>>> html = token_view_html("a pear", [A(token="a", contributions={"fruit": 0.0}), A(token="pear", contributions={"fruit": 2.0})], ["fruit"])
>>> "pear" in html and "fruit +2.00" in html
True
"""

from __future__ import annotations

import html as html_lib

from ui.figures import colour

STYLE = """
<style>
.vas-tokens { line-height: 2.0; font-size: 15px; white-space: pre-wrap; word-break: break-word; }
.vas-tokens .tok { border-radius: 4px; padding: 1px 2px; }
.vas-tokens .tok.neg { text-decoration: underline dashed; text-decoration-thickness: 2px; text-underline-offset: 4px; }
.vas-tokens .special { color: #999; font-size: 12px; }
.vas-legend { font-size: 13px; margin-bottom: 6px; }
.vas-legend .swatch { display: inline-block; width: 12px; height: 12px; border-radius: 3px; margin: 0 4px -1px 10px; }
.vas-empty { color: #777; font-style: italic; }
</style>
"""


def _rgba(hex_colour: str, alpha: float) -> str:
    r, g, b = (int(hex_colour[i:i + 2], 16) for i in (1, 3, 5))
    return f"rgba({r},{g},{b},{alpha:.2f})"


def legend_html(value_names: list[str], scale: float | None = None) -> str:
    swatches = "".join(f'<span class="swatch" style="background:{colour(i)}"></span>{html_lib.escape(n)}' for i, n in enumerate(value_names))
    note = f" · darker = bigger push (strongest here: {scale:.2f} logits)" if scale else ""
    return f'<div class="vas-legend">Pushed most by:{swatches}{note}</div>'


def empty_view(message: str) -> str:
    return f'{STYLE}<div class="vas-tokens vas-empty">{html_lib.escape(message)}</div>'


def token_view_html(text: str, attributions, value_names: list[str]) -> str:
    """HTML of ``text`` with one span per attributed token (see the module docstring)."""
    if not attributions:
        return empty_view("No value model guided this output (strategy base or Best-of-N, or every weight 0).")
    index = {name: i for i, name in enumerate(value_names)}
    scale = max((abs(v) for a in attributions for v in a.contributions.values()), default=0.0) or 1.0
    pieces, position = [], 0
    for attribution in attributions:
        token = attribution.token
        found = text.find(token, position) if token else -1
        gap = text[position:found] if found >= 0 else ""
        if found < 0 or len(gap) > 8:
            # Not in the decoded text: a special token (shown small), or part of a character split over
            # several tokens (shown by the text itself, in the next gap).
            if token.strip() and "\ufffd" not in token:
                pieces.append(f'<span class="special">{html_lib.escape(token)}</span>')
            continue
        pieces.append(html_lib.escape(gap))
        position = found + len(token)
        pieces.append(_token_span(token, attribution.contributions, index, scale))
    pieces.append(html_lib.escape(text[position:]))
    return f'{STYLE}{legend_html(value_names, scale)}<div class="vas-tokens">{"".join(pieces)}</div>'


def _token_span(token: str, contributions: dict[str, float], index: dict[str, int], scale: float) -> str:
    tip = html_lib.escape(" | ".join(f"{n} {v:+.2f}" for n, v in contributions.items()) or "no push", quote=True)
    escaped = html_lib.escape(token)
    if not contributions:
        return f'<span class="tok" title="{tip}">{escaped}</span>'
    top = max(contributions, key=lambda n: contributions[n])
    if contributions[top] > 0:
        alpha = 0.12 + 0.78 * min(1.0, contributions[top] / scale)
        return f'<span class="tok" data-model="{html_lib.escape(top, quote=True)}" style="background:{_rgba(colour(index.get(top, 0)), alpha)}" title="{tip}">{escaped}</span>'
    low = min(contributions, key=lambda n: contributions[n])
    if contributions[low] < 0:
        return (f'<span class="tok neg" data-model="{html_lib.escape(low, quote=True)}" '
                f'style="text-decoration-color:{colour(index.get(low, 0))}" title="{tip}">{escaped}</span>')
    return f'<span class="tok" title="{tip}">{escaped}</span>'
