"""Plotly figures: one output's scores against the base model, compare bars, sweep curves and the front.

Every function takes plain numbers (dicts or a pandas frame) and returns a ``plotly.graph_objects.Figure``;
none of them calls a model.

>>> fig = score_chart({"helpfulness": 0.62}, {"helpfulness": 1.1}, {"helpfulness": 84.0})
>>> fig.data[0].x[0]
84.0
"""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

PALETTE = ("#4C78A8", "#F58518", "#54A24B", "#E45756", "#72B7B2", "#B279A2", "#EECA3B", "#9D755D", "#FF9DA6", "#BAB0AC")
LAYOUT = dict(template="plotly_white", margin=dict(l=10, r=10, t=48, b=10), font=dict(size=13),
              legend=dict(orientation="h", yanchor="bottom", y=1.02, x=0))


def colour(index: int) -> str:
    return PALETTE[index % len(PALETTE)]


def score_chart(raw: dict[str, float], normalised: dict[str, float], percentiles: dict[str, float | None]) -> go.Figure:
    """One bar per reward: where this output's score falls among the base model's own samples.

    With every percentile known the axis is the base percentile (50 = a typical base sample, the
    shaded band is the middle half of them); otherwise it is the normalised score (0 = the base mean).
    """
    names = list(raw)
    use_percentile = bool(names) and all(percentiles.get(n) is not None for n in names)
    x = [percentiles[n] if use_percentile else normalised[n] for n in names]
    text = [f"{raw[n]:.3g}  ·  " + (f"{percentiles[n]:.0f}th pct  ·  " if percentiles.get(n) is not None else "")
            + f"z {normalised[n]:+.2f}" for n in names]
    fig = go.Figure(go.Bar(x=x, y=names, orientation="h", text=text, textposition="auto", cliponaxis=False,
                           marker_color=[colour(i) for i in range(len(names))],
                           hovertemplate="%{y}: %{text}<extra></extra>"))
    if use_percentile:
        fig.add_vrect(x0=25, x1=75, fillcolor="#888", opacity=0.12, line_width=0, annotation_text="middle half of base samples",
                      annotation_position="top left", annotation_font_size=11)
        fig.add_vline(x=50, line_dash="dash", line_color="#555")
        fig.update_xaxes(range=[0, 100], title_text="percentile among the base model's own samples")
    else:
        reach = max([3.0] + [abs(v) * 1.15 for v in x])
        fig.add_vline(x=0, line_dash="dash", line_color="#555")
        fig.update_xaxes(range=[-reach, reach], title_text="normalised score (0 = base mean, 1 = one base std)")
    fig.update_yaxes(autorange="reversed")
    fig.update_layout(**LAYOUT, title=dict(text="Scores of this output vs the base model", font_size=15),
                      height=150 + 48 * max(1, len(names)), showlegend=False)
    return fig


def compare_chart(table: pd.DataFrame, value_names: list[str]) -> go.Figure:
    """Grouped bars: one group per reward, one bar per mix; the height is the normalised score."""
    fig = go.Figure()
    for index, row in table.reset_index(drop=True).iterrows():
        fig.add_trace(go.Bar(name=str(row["mix"]), x=value_names, y=[row[f"{n} z"] for n in value_names], marker_color=colour(index),
                             customdata=[row[f"{n} score"] for n in value_names],
                             hovertemplate=f"{row['mix']}<br>%{{x}}: z %{{y:+.2f}} (score %{{customdata:.3g}})<extra></extra>"))
    fig.add_hline(y=0, line_color="#555", line_width=1)
    fig.update_layout(**LAYOUT, barmode="group", height=380, title=dict(text="Scores by mix (normalised: 0 = base mean)", font_size=15),
                      yaxis_title="normalised score")
    return fig


def sweep_chart(table: pd.DataFrame, x_name: str, y_name: str | None, value_names: list[str]) -> go.Figure:
    """Each reward's mean (normalised) against the weight of ``x_name``; for a grid, one dash style per weight of ``y_name``."""
    fig = go.Figure()
    dashes = ("solid", "dash", "dot", "dashdot", "longdash", "longdashdot")
    groups = [(None, table)] if y_name is None else list(table.groupby(f"w {y_name}", sort=True))
    for g, (y_weight, rows) in enumerate(groups):
        rows = rows.sort_values(f"w {x_name}")
        for i, name in enumerate(value_names):
            label = name if y_weight is None else f"{name} @ {y_name} {y_weight:+g}"
            fig.add_trace(go.Scatter(x=rows[f"w {x_name}"], y=rows[f"{name} z"], name=label, mode="lines+markers",
                                     line=dict(color=colour(i), dash=dashes[g % len(dashes)]),
                                     error_y=dict(type="data", array=rows[f"{name} z se"], visible=True, thickness=1),
                                     customdata=rows[f"{name} score"],
                                     hovertemplate=f"{label}<br>weight %{{x:+g}}: z %{{y:+.2f}} (score %{{customdata:.3g}})<extra></extra>"))
    fig.add_hline(y=0, line_color="#555", line_width=1)
    fig.update_layout(**LAYOUT, height=420, title=dict(text=f"Mean score of every reward vs the weight of {x_name}", font_size=15),
                      xaxis_title=f"weight of {x_name}", yaxis_title="mean normalised score (± s.e.)")
    return fig


def pareto_front(points: list[tuple[float, float]]) -> list[int]:
    """Indices of the points no other point beats on both axes (higher is better), sorted by x."""
    front = [i for i, (x, y) in enumerate(points)
             if not any((ox >= x and oy >= y) and (ox > x or oy > y) for ox, oy in points)]
    return sorted(front, key=lambda i: points[i][0])


def front_chart(table: pd.DataFrame, x_name: str, y_name: str) -> go.Figure:
    """Mean reward of ``x_name`` against mean reward of ``y_name`` at every grid point, the front joined up."""
    xs, ys = table[f"{x_name} z"].tolist(), table[f"{y_name} z"].tolist()
    labels = [f"({a:+g}, {b:+g})" for a, b in zip(table[f"w {x_name}"], table[f"w {y_name}"])]
    front = pareto_front(list(zip(xs, ys)))
    fig = go.Figure()
    fig.add_trace(go.Scatter(x=xs, y=ys, mode="markers+text", text=labels, textposition="top center", name="grid point (weights)",
                             marker=dict(size=9, color=colour(0)), hovertemplate="weights %{text}<br>%{x:+.2f}, %{y:+.2f}<extra></extra>"))
    fig.add_trace(go.Scatter(x=[xs[i] for i in front], y=[ys[i] for i in front], mode="lines", name="front",
                             line=dict(color=colour(3), width=2)))
    fig.update_layout(**LAYOUT, height=420, title=dict(text=f"Front: {x_name} vs {y_name} (mean normalised scores)", font_size=15),
                      xaxis_title=f"{x_name} (mean z)", yaxis_title=f"{y_name} (mean z)")
    return fig


def empty_chart(message: str) -> go.Figure:
    fig = go.Figure()
    fig.add_annotation(text=message, showarrow=False, font=dict(size=14, color="#777"), x=0.5, y=0.5, xref="paper", yref="paper")
    fig.update_layout(**LAYOUT, height=200, xaxis_visible=False, yaxis_visible=False)
    return fig
