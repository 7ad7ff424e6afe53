"""The board's chart as a PNG, drawn with matplotlib's Agg backend (no display needed).

Readable in black and white and by colour-blind readers: the Okabe-Ito palette, a hatch
pattern per state or rating, and every bar labelled with its number or its rating's name.
"""

from __future__ import annotations

import io

import matplotlib

matplotlib.use("Agg")
import matplotlib.dates as mdates  # noqa: E402 - the backend is chosen first
import matplotlib.pyplot as plt  # noqa: E402

from handlers.board import GRADES, STATES, BoardFigures  # noqa: E402

STYLE = {  # state or rating → (Okabe-Ito colour, hatch)
    "overdue": ("#D55E00", "xx"), "due soon": ("#E69F00", "//"), "on track": ("#0072B2", ""),
    "done": ("#009E73", ".."),
    "inadequate": ("#D55E00", "xx"), "requires improvement": ("#E69F00", "//"), "adequate": ("#F0E442", "\\\\"),
    "good": ("#009E73", ".."), "outstanding": ("#0072B2", ""),
}
LINES = ["-", "--", ":", "-."]
MARKERS = ["o", "s", "^", "D", "v"]
MAX_LINES = 4


def board_png(figures: BoardFigures) -> bytes:
    """The chart: actions by theme and state; plan strands by rating; grades over time."""
    panels = [p for p in (_actions, _strands if figures.strands else None, _grades if figures.grades else None) if p]
    heights = [max(2.4, 0.45 * len(figures.themes) + 1.6), max(2.0, 0.4 * len(figures.strands) + 1.0), 3.6]
    chosen = [heights[i] for i, p in enumerate((_actions, _strands, _grades)) if p in panels]
    fig, axes = plt.subplots(len(panels), 1, figsize=(11, sum(chosen)), gridspec_kw={"height_ratios": chosen},
                             squeeze=False)
    for panel, ax in zip(panels, axes[:, 0], strict=True):
        panel(ax, figures)
    fig.suptitle(f"Board summary as of {figures.today.day} {figures.today:%B %Y}", fontsize=13, fontweight="bold")
    fig.tight_layout()
    out = io.BytesIO()
    fig.savefig(out, format="png", dpi=110)
    plt.close(fig)
    return out.getvalue()


def _actions(ax, figures: BoardFigures) -> None:
    names = [theme for theme, _counts in figures.themes][::-1]
    left = [0] * len(names)
    for state in STATES:
        values = [counts[state] for _theme, counts in figures.themes][::-1]
        colour, hatch = STYLE[state]
        bars = ax.barh(names, values, left=left, color=colour, hatch=hatch, edgecolor="black", linewidth=0.6,
                       label=state)
        for bar, value in zip(bars, values, strict=True):
            if value:
                ax.text(bar.get_x() + bar.get_width() / 2, bar.get_y() + bar.get_height() / 2, str(value),
                        ha="center", va="center", fontsize=8, color="black",
                        bbox={"facecolor": "white", "edgecolor": "none", "pad": 1, "alpha": 0.85})
        left = [a + b for a, b in zip(left, values, strict=True)]
    ax.set_title("Actions by theme", loc="left", fontsize=11)
    ax.set_xlabel("actions")
    ax.legend(ncol=4, fontsize=8, loc="upper center", frameon=False, bbox_to_anchor=(0.5, -0.28))


def _strands(ax, figures: BoardFigures) -> None:
    names = [f"{name[:60]}" for _plan, name, _rating in figures.strands][::-1]
    ratings = [rating for _plan, _name, rating in figures.strands][::-1]
    for i, rating in enumerate(ratings):
        colour, hatch = STYLE.get(rating, ("#999999", ""))
        ax.barh(i, 1, color=colour, hatch=hatch, edgecolor="black", linewidth=0.6)
        ax.text(0.02, i, rating, va="center", fontsize=8,
                bbox={"facecolor": "white", "edgecolor": "none", "pad": 1, "alpha": 0.85})
    ax.set_yticks(range(len(names)), names, fontsize=8)
    ax.set_xticks([])
    plans = sorted({plan for plan, _n, _r in figures.strands})
    ax.set_title(f"Plan strands by rating ({', '.join(plans)})", loc="left", fontsize=11)


def _grades(ax, figures: BoardFigures) -> None:
    ranked = sorted(figures.grades.items(), key=lambda kv: (kv[0] != "overall effectiveness", -len(kv[1])))
    for i, (category, points) in enumerate(ranked[:MAX_LINES]):
        ax.plot([d for d, _r in points], [GRADES[r] for _d, r in points], linestyle=LINES[i % len(LINES)],
                marker=MARKERS[i % len(MARKERS)], color="black", label=category[:50])
    ax.set_yticks([1, 2, 3, 4], ["inadequate", "requires improvement", "good", "outstanding"], fontsize=8)
    ax.set_ylim(0.5, 4.5)
    ax.set_title(f"Inspection grades over time: {figures.council}", loc="left", fontsize=11)
    ax.xaxis.set_major_locator(mdates.AutoDateLocator(maxticks=8))
    ax.xaxis.set_major_formatter(mdates.DateFormatter("%Y"))
    ax.legend(fontsize=7, frameon=False, loc="upper center", bbox_to_anchor=(0.5, -0.15), ncol=2)
