"""A `Report` → report.html: one offline page (Jinja2, autoescaped) whose timeline is a
matplotlib SVG drawn into it, and whose every number links to the sentences it counts.

Evidence groups are sections of the page shown by the CSS `:target` rule, so the links
work without script and the page prints whole.
"""

from __future__ import annotations

import io
import os
import re
from collections.abc import Iterable
from importlib import resources

from kg.model import Article, Relation
from kg.view.colors import type_styles
from kg.view.graph_page import relation_date, write_page
from kg.view.report import Report, Timeline, build_report

FACT_COLOR = "#4C8EDA"  # Person blue of kg.grass: plain facts
OTHER_COLOR = "#A5ABB6"  # Other grey: negated or hypothetical


def timeline_svg(timeline: Timeline) -> str:
    """The relations by date as a stacked bar chart, inline SVG; each bar links to its evidence."""
    if not timeline.periods:
        return ""
    import matplotlib

    matplotlib.use("svg", force=False)
    from matplotlib import dates as mdates
    from matplotlib.figure import Figure
    from matplotlib.ticker import MaxNLocator

    matplotlib.rcParams["svg.fonttype"] = "none"  # text stays text: smaller, searchable, selectable
    matplotlib.rcParams["svg.hashsalt"] = "kg-report"  # the same report gives the same bytes
    figure = Figure(figsize=(10, 3.2), dpi=96, layout="constrained")
    axes = figure.add_subplot()
    periods = timeline.periods
    span = (max(p.end for p in periods) - min(p.start for p in periods)).days
    least = max(span / 120, 0.75)  # days: a one-day bar on a long axis stays visible
    starts = [mdates.date2num(p.start) for p in periods]  # numbers of days, as matplotlib's date axis keeps them
    widths = [max((p.end - p.start).days, least) * 0.85 for p in periods]
    facts = axes.bar(starts, [p.facts for p in periods], widths, align="edge", color=FACT_COLOR, label="plain facts")
    others = axes.bar(
        starts,
        [p.others for p in periods],
        widths,
        align="edge",
        bottom=[p.facts for p in periods],
        color=OTHER_COLOR,
        label="negated or hypothetical",
    )
    for period, fact_bar, other_bar in zip(periods, facts, others, strict=True):
        for bar in (fact_bar, other_bar):
            bar.set_url(f"#{period.evidence}")
    locator = mdates.AutoDateLocator(minticks=3, maxticks=10)
    axes.xaxis.set_major_locator(locator)
    axes.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
    axes.xaxis_date()
    # the default ticks, in whole numbers
    axes.yaxis.set_major_locator(MaxNLocator("auto", steps=[1, 2, 2.5, 5, 10], integer=True))
    axes.set_ylabel(f"relations per {timeline.unit}")
    axes.spines[["top", "right"]].set_visible(False)
    figure.legend(handles=[facts, others], loc="outside upper right", ncols=2, frameon=False)
    buffer = io.StringIO()
    figure.savefig(buffer, format="svg", metadata={"Date": None, "Creator": None})
    svg = buffer.getvalue()
    # a link to its evidence opens in this page, not a new window (matplotlib's links do)
    return re.sub(r'(<a [^>]*?)\s+target="_blank"', r"\1", svg[svg.index("<svg") :])


def _environment():
    import jinja2

    environment = jinja2.Environment(
        loader=jinja2.FunctionLoader(
            lambda name: resources.files("kg.view").joinpath("static", name).read_text("utf-8")
        ),
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
        undefined=jinja2.StrictUndefined,
    )
    environment.filters["qualifiers"] = _qualifiers
    environment.filters["date"] = lambda r: relation_date(r) or "undated"
    return environment


def _qualifiers(relation: Relation) -> str:
    parts = ["negated"] if relation.negated else []
    if relation.modality != "asserted":
        parts.append(relation.modality)
    if relation.attributed_to:
        parts.append(f"according to {relation.attributed_to}")
    return ", ".join(parts)


def render_report(report: Report) -> str:
    """The whole page as a string."""
    import markupsafe

    styles = {t: s for t, s in type_styles().items()}
    svg = timeline_svg(report.timeline)
    return (
        _environment()
        .get_template("report.html")
        .render(
            report=report,
            styles=styles,
            css=markupsafe.Markup(resources.files("kg.view").joinpath("static", "report.css").read_text("utf-8")),
            timeline_svg=markupsafe.Markup(_strip_xml_comments(svg)),
        )
    )


def _strip_xml_comments(svg: str) -> str:
    return re.sub(r"<!--.*?-->", "", svg, flags=re.S)


def write_report(
    relations: Iterable[Relation],
    path: str | os.PathLike[str],
    *,
    title: str = "kg report",
    articles: Iterable[Article] | None = None,
    unread: Iterable[str] = (),
) -> Report:
    """Build the report of `relations` and write it to `path` (replaced only once whole)."""
    report = build_report(relations, title=title, articles=articles, unread=unread)
    write_page(render_report(report), path)
    return report


__all__ = ["render_report", "timeline_svg", "write_report"]
