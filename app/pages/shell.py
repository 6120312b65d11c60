"""What every page shares: the language, the corpus (an archive's paper), its load, the
filters in the sidebar, and the view in the URL.

Filters are one state for all pages. Each is kept under a plain key ("region", "metrics",
"date_basis", "date_range_asof" …) that no widget owns, and drawn by a widget keyed by filter,
language *and page* ("region::en::data"), seeded from the kept value: Streamlit forgets a
widget's state on a page that does not draw it; the browser keeps the option labels it drew
first for a widget whose key did not change, so a language switch left the sidebar in Chinese
(issue 24); and a multiselect shared by two pages could come back empty from the page being
left, so a page move dropped the link's metrics.
"""

from __future__ import annotations

import dataclasses
import sys
import threading
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import streamlit as st

from app import editing, filters, launch, links
from app.text import md_plain as md
from app.text import page_title
from briefing.labels import metric_name, place_name, t
from briefing.snapshot import corpus_timeline
from extract.corpus import folder_home, read_meta
from extract.errors import InputError
from store import loader
from store.recordstore import STORE_NAME

ROOT = Path(__file__).resolve().parents[2]
LINK_READ = "link_read"  # session flag: the URL's view was applied (once per session)
LINK_NOTES = "link_notes"  # what in the URL did not fit, said on the first page drawn
EVIDENCE_KEY = "evidence_point"  # the figure picked (picker, chart, table row, a link's point)

# The pages (url path → file, words key, icon) in the order the navigation lists them; the
# filters each draws in the sidebar (the others keep their values, unseen).
PAGES = (
    ("timeline", "app/pages/timeline.py", "page_timeline", ":material/timeline:"),
    ("data", "app/pages/data.py", "page_data", ":material/table:"),
    ("quality", "app/pages/quality.py", "page_quality", ":material/fact_check:"),
    ("compare", "app/pages/compare.py", "page_compare", ":material/compare:"),
    ("briefing", "app/pages/briefing.py", "page_briefing", ":material/slideshow:"),
    ("manage", "app/pages/manage.py", "page_manage", ":material/folder_managed:"),
)
PAGE_FILTERS = {
    "timeline": ("paper", "basis", "range", "region", "metrics", "log", "avg"),
    "data": ("paper", "basis", "range", "region", "metrics"),
    "quality": ("paper", "region"),
    "compare": (),
    "briefing": ("paper", "region"),
    "manage": ("paper",),
}


@dataclass
class Filters:
    basis: str = "asof"
    lo: date | None = None
    hi: date | None = None
    start: date | None = None
    end: date | None = None
    opening: tuple[date | None, date | None] = (None, None)
    regions: list[str] = field(default_factory=list)
    region: str = ""
    all_metrics: list[str] = field(default_factory=list)
    metrics: list[str] = field(default_factory=list)
    log: bool = False
    avg: bool = False


@dataclass
class Context:
    """One run's shared state, read by the page drawn."""

    lang: str
    corpus: str  # the folder the user works on (an archive's root)
    folder: str  # the corpus shown: the folder, or an archive's paper
    papers: list[str] = field(default_factory=list)
    homes: dict[str, tuple[str | None, str]] = field(default_factory=dict)
    paper_labels: dict[str, str] = field(default_factory=dict)
    meta_city: str = ""
    city: str = ""  # the home city typed on the Manage page ("" = automatic)
    fingerprint: str = ""
    data: Any = None  # store.loader.CorpusData, or None when unreadable
    timeline: Any = None  # briefing.timeline.Timeline
    errors: list[tuple[str, str, str]] = field(default_factory=list)  # (file, zh, en)
    problem: str = ""  # why there is no corpus to show (markdown-safe)
    title: str = ""
    link: dict[str, str] = field(default_factory=dict)  # the URL's view, on a session's first run
    notes: list[str] = field(default_factory=list)  # what of the link did not fit
    filters: Filters = field(default_factory=Filters)

    @property
    def ready(self) -> bool:
        return self.data is not None and self.timeline is not None and not self.timeline.points.empty

    @property
    def points(self):
        return self.timeline.points

    @property
    def articles(self):
        return self.data.article_by_name


_RUN = threading.local()  # the context of the run on this thread (one script thread per session)


def context() -> Context:
    return _RUN.ctx


# ---------------------------------------------------------------- data (cached by content)


@st.cache_resource(show_spinner=False, max_entries=4)
def load(folder: str, fingerprint: str, city: str):
    """Corpus → (CorpusData, Timeline, error messages), one copy shared by every session and
    never changed by a page. fingerprint (file names, sizes, mtimes) is part of the key, so a
    changed file or correction is re-read; records come from the records store."""
    try:
        data = loader.load_corpus(folder, city or None, fingerprint=fingerprint)  # (its stats, not read twice)
    except InputError as exc:  # e.g. an unreadable corrections.csv: say so, show nothing wrong
        where = (
            "corrections.csv"
            if exc.code.startswith("bad_correction")
            else STORE_NAME
            if exc.code.startswith("store_")
            else "corpus.json"
        )
        return None, None, [(where, exc.zh, exc.en)]
    errors = [(name, getattr(exc, "zh", str(exc)), getattr(exc, "en", str(exc))) for name, exc in data.errors]
    errors += [(STORE_NAME, zh, en) for zh, en in data.notes]
    data = dataclasses.replace(data, errors=[])  # exceptions do not pickle; keep messages
    return data, corpus_timeline(data, fingerprint, keep_in_background=True), errors


@st.cache_data(show_spinner=False, max_entries=512)
def paper_home(paper: str, fingerprint: str) -> tuple[str | None, str]:
    """(home city, paper name) of an archive's paper folder by the one home-city rule."""
    try:
        meta = read_meta(Path(paper))
    except InputError:
        return None, ""
    return folder_home(Path(paper), meta=meta).city, meta.paper


# ---------------------------------------------------------------- kept state


def widget_key(name: str, scope: str, default: Any = None) -> str:
    """The key of `name`'s widget in this scope (a language, or "lang::page"), seeded from the
    kept value."""
    key = f"{name}::{scope}"
    if key not in st.session_state:
        st.session_state[key] = st.session_state.get(name, default)
    return key


def current(name: str, scope: str, default: Any = None) -> Any:
    """`name`'s value as its widget holds it (a change made in this run), else as kept."""
    return st.session_state.get(f"{name}::{scope}", st.session_state.get(name, default))


def forget(name: str) -> None:
    """Drop a kept value and its widgets' (another corpus: it may not fit)."""
    for key in [k for k in st.session_state if k == name or str(k).startswith(f"{name}::")]:
        del st.session_state[key]


def _kept(name: str, default: Any) -> Any:
    return st.session_state.get(name, default)


# ---------------------------------------------------------------- the run


@dataclass
class Start:
    """The language, and the URL's view on a session's first run (read once)."""

    lang: str
    first_run: bool
    link: dict[str, str]
    bad: list[tuple[str, str]]


def language() -> Start:
    """The language switch, first in the sidebar (a link's lang applied before it is drawn)."""
    first_run = not st.session_state.get(LINK_READ)
    link = links.read(st.query_params.to_dict()) if first_run else {}
    bad: list[tuple[str, str]] = []
    if first_run:
        checked = links.check_language(link)
        bad += checked.bad
        if "lang" in checked.values:
            st.session_state["lang"] = checked.values["lang"]
    shown = st.session_state.get("lang", "zh")
    key = widget_key("lang", shown, shown)

    def switched() -> None:  # before the run: the page and this radio are drawn in the new language
        st.session_state["lang"] = st.session_state[key]

    with st.sidebar:
        lang = st.radio(
            t("language_label", shown),
            ["zh", "en"],
            key=key,
            horizontal=True,
            on_change=switched,
            format_func=lambda v: {"zh": "中文", "en": "English"}[v],
        )
    st.session_state["lang"] = lang
    return Start(lang, first_run, link, bad)


def pages(lang: str) -> dict[str, Any]:
    """url path → the navigation's page, titled in the page language."""
    return {
        url: st.Page(path, title=t(words, lang), icon=icon, url_path=url, default=url == "timeline")
        for url, path, words, icon in PAGES
    }


def open_corpus(start: Start, page: str) -> Context:
    """The corpus and (in an archive) its paper, chosen in the sidebar where the page uses
    one; the load. Never stops the script: the Manage page must open even when the corpus
    cannot be read (there the folder can be changed)."""
    lang, link, bad = start.lang, start.link, start.bad
    # the launch arguments (`streamlit run dashboard.py -- --corpus DIR`), read each run
    default = launch.corpus_from_argv(sys.argv[1:], ROOT / "seeds")
    roots = launch.corpus_roots(sys.argv[1:], default)
    corpus = str(st.session_state.get("corpus_dir", default)).strip()
    ctx = Context(lang=lang, corpus=corpus, folder=corpus, link=link)
    _RUN.ctx = ctx
    if not launch.within_roots(corpus, roots):
        # Only the folders the app was started for: a typed path must not list, read or write
        # anyone's other files.
        ctx.problem = t("corpus_outside", lang, folder=md(corpus), roots=md(", ".join(str(r) for r in roots)))
    elif not Path(corpus).is_dir():
        ctx.problem = t("corpus_missing", lang, folder=md(corpus))
    if ctx.problem:
        ctx.title = page_title("", lang)
        _finish_link(ctx, bad, start.first_run)
        return ctx

    ctx.papers = [str(p) for p in loader.paper_folders(corpus)]
    if ctx.papers:
        # An archive of several papers (one folder each): the pages show one; Compare, several.
        ctx.homes = {p: paper_home(p, loader.corpus_fingerprint(p)) for p in ctx.papers}
        ctx.paper_labels = filters.paper_labels(ctx.homes, lang)
        if start.first_run:
            checked = links.check_city(link, ctx.homes)
            bad += checked.bad
            if "city" in checked.values:
                st.session_state["paper"] = checked.values["city"]
        scope = f"{lang}::{page}"
        if current("paper", scope) not in ctx.papers:
            forget("paper")
        ctx.folder = _kept("paper", ctx.papers[0])
        if "paper" in PAGE_FILTERS.get(page, ()):
            with st.sidebar:
                ctx.folder = st.selectbox(
                    t("paper_label", lang),
                    ctx.papers,
                    key=widget_key("paper", scope, ctx.folder),
                    format_func=lambda p: ctx.paper_labels[p],
                )
            st.session_state["paper"] = ctx.folder
    try:
        ctx.meta_city = read_meta(Path(ctx.folder)).city or ""
    except InputError:
        ctx.meta_city = ""
    # blank: corpus.json's city, else the city the articles speak for, else none (load_corpus)
    ctx.city = str(_kept(f"home_city::{ctx.folder}", ctx.meta_city)).strip()
    ctx.fingerprint = loader.corpus_fingerprint(ctx.folder)
    ctx.data, ctx.timeline, ctx.errors = load(str(Path(ctx.folder).resolve()), ctx.fingerprint, ctx.city)
    ctx.title = page_title(ctx.data.city if ctx.data is not None else (ctx.city or ctx.meta_city), lang)
    st.set_page_config(page_title=ctx.title)
    if ctx.ready:
        _view_from_link(ctx, link, bad, start.first_run)
    _finish_link(ctx, bad, start.first_run)
    return ctx


def _view_from_link(ctx: Context, link: dict[str, str], bad: list, first_run: bool) -> None:
    """A shared link's view, checked against the corpus, into the kept state (first run only)."""
    if not first_run or not link:
        return
    points = ctx.points
    checked = links.check_view(
        link,
        regions=filters.region_options(points, ctx.data.city),
        metrics=filters.metric_options(points),
        bounds={b: filters.date_bounds(points, b) for b in links.BASES},
        points=set(points["point_id"]),
    )
    bad += checked.bad
    if not ctx.papers and "city" in link and link["city"] != ctx.data.city:
        bad.append(("city", link["city"]))  # a link made for another corpus's city
    v = checked.values
    if "basis" in v:
        st.session_state["date_basis"] = v["basis"]
    if "region" in v:
        st.session_state["region"] = v["region"]
    if "metrics" in v:
        st.session_state["metrics"] = v["metrics"]
    if "range" in v:
        st.session_state[f"date_range_{v.get('basis', 'asof')}"] = v["range"]
    if "log" in v:
        st.session_state["log_scale"] = v["log"]
    if "avg" in v:
        st.session_state["avg7"] = v["avg"]
    if "point" in v:
        st.session_state[EVIDENCE_KEY] = v["point"]


def _finish_link(ctx: Context, bad: list, first_run: bool) -> None:
    if first_run:
        st.session_state[LINK_READ] = True
        ctx.notes = links.notes(bad, ctx.lang)


# ---------------------------------------------------------------- filters


def sidebar_filters(ctx: Context, page: str) -> Filters:
    """Every filter's value for this run; the widgets of those the page uses, in the sidebar."""
    lang, shown = ctx.lang, PAGE_FILTERS.get(page, ())
    scope = f"{lang}::{page}"  # the widgets' keys: one set per language and page
    with st.sidebar:
        if not ctx.ready:
            return ctx.filters
        f = ctx.filters = Filters()
        points = ctx.points
        if st.session_state.get("filters_of", ctx.folder) != ctx.folder:
            # Another corpus: its own metrics (a selection made in one corpus, even "all",
            # would hide another's metrics) and figures; regions and ranges are checked below.
            for name in ("metrics", EVIDENCE_KEY):
                forget(name)
        st.session_state["filters_of"] = ctx.folder

        f.basis = _kept("date_basis", "asof")
        if "basis" in shown:
            # one radio per language: the browser drew a radio whose labels changed as a new
            # one and showed no selection at all
            f.basis = st.radio(
                t("date_basis_label", lang),
                list(links.BASES),
                key=widget_key("date_basis", scope, "asof"),
                format_func=lambda v: t(f"basis_{v}", lang),
            )
            st.session_state["date_basis"] = f.basis
        f.lo, f.hi = filters.date_bounds(points, f.basis)
        if f.lo is None:  # publication dates unknown (no corpus.json): fall back to as-of dates
            if "basis" in shown:
                st.warning(t("no_published", lang))
            f.basis = "asof"
            f.lo, f.hi = filters.date_bounds(points, f.basis)

        name = f"date_range_{f.basis}"
        if not filters.range_within(current(name, scope), f.lo, f.hi):
            forget(name)  # another corpus: its old range may not fit
        f.opening = filters.default_range(f.lo, f.hi)
        picked = _kept(name, f.opening)
        if "range" in shown:
            key = widget_key(name, scope, f.opening)
            if f.opening != (f.lo, f.hi) and st.button(t("full_range", lang), key="full_range"):
                st.session_state[key] = (f.lo, f.hi)
            picked = st.date_input(t("date_range", lang), min_value=f.lo, max_value=f.hi, key=key, format="YYYY-MM-DD")
            st.session_state[name] = picked
        f.start, f.end = filters.normalize_range(picked, f.lo, f.hi)

        f.regions = filters.region_options(points, ctx.data.city)
        if current("region", scope) not in f.regions:
            forget("region")
        f.region = _kept("region", f.regions[0])
        if "region" in shown:
            f.region = st.selectbox(
                t("region_label", lang),
                f.regions,
                key=widget_key("region", scope, f.regions[0]),
                format_func=lambda r: place_name(r, lang),
            )
            st.session_state["region"] = f.region

        f.all_metrics = filters.metric_options(points)
        kept = current("metrics", scope)
        if kept is not None and [m for m in kept if m in f.all_metrics] != list(kept):
            forget("metrics")  # another corpus lacks some metrics
        f.metrics = list(_kept("metrics", f.all_metrics))
        if "metrics" in shown:
            f.metrics = st.multiselect(
                t("metrics_label", lang),
                f.all_metrics,
                key=widget_key("metrics", scope, f.all_metrics),
                format_func=lambda m: metric_name(m, lang),
            )
            st.session_state["metrics"] = f.metrics

        f.log = bool(_kept("log_scale", False))
        if "log" in shown:
            f.log = st.checkbox(t("log_label", lang), key=widget_key("log_scale", scope, False))
            st.session_state["log_scale"] = f.log
        f.avg = bool(_kept("avg7", False))
        if "avg" in shown:
            f.avg = st.checkbox(t("avg7_label", lang), key=widget_key("avg7", scope, False), help=t("avg7_help", lang))
            st.session_state["avg7"] = f.avg
    return f


# ---------------------------------------------------------------- on every page


def require(ctx: Context) -> None:
    """The page's title and what keeps it from showing figures; stops there when there are none."""
    for note in ctx.notes:
        st.warning(note)
    if ctx.problem:
        st.title(md(ctx.title))
        st.error(ctx.problem)
        st.page_link("app/pages/manage.py", label=t("go_manage", ctx.lang), icon=":material/folder_managed:")
        st.stop()
    for name, zh, en in ctx.errors:
        if (
            name == STORE_NAME
            and ctx.data is not None
            and ctx.data.home is not None
            and (zh, en) == ctx.data.home.note()
        ):
            continue  # said on the Manage page, under the city field
        st.sidebar.warning(t("file_error", ctx.lang, name=md(name), msg=md(en if ctx.lang == "en" else zh)))
    if ctx.data is None:
        st.title(md(ctx.title))
        st.stop()
    if ctx.timeline.points.empty:
        st.title(md(ctx.title))
        st.warning(t("corpus_empty", ctx.lang))
        st.page_link("app/pages/manage.py", label=t("go_manage", ctx.lang), icon=":material/folder_managed:")
        st.stop()


def home_city_note(ctx: Context) -> editing.Message | None:
    """What the loader decided about the home city (guessed, none …), or None."""
    if ctx.data is None or ctx.data.home is None:
        return None
    return editing.home_city_line(ctx.data.home, ctx.lang)


def point_param(pid: str | None) -> None:
    """The selected figure into the URL (a fragment's click, which does not rerun the page)."""
    if pid:
        st.query_params["point"] = pid
    elif "point" in st.query_params:
        del st.query_params["point"]


def view_params(ctx: Context) -> dict[str, str]:
    """The view as query parameters (what differs from the page's default)."""
    f = ctx.filters
    if not ctx.ready:
        return {"lang": ctx.lang} if ctx.lang != "zh" else {}
    return links.params(
        city=links.city_param(ctx.folder, ctx.homes) if ctx.papers else None,
        region=f.region,
        default_region=f.regions[0] if f.regions else None,
        start=f.start,
        end=f.end,
        opening=f.opening,
        metrics=f.metrics,
        all_metrics=f.all_metrics,
        lang=ctx.lang,
        basis=f.basis,
        log=f.log,
        avg=f.avg,
        point=st.session_state.get(EVIDENCE_KEY) or None,
    )


def write_link(ctx: Context) -> None:
    """The view into the URL's query string (the page is its path): a link restores it."""
    wanted = view_params(ctx)
    if st.query_params.to_dict() != wanted:
        st.query_params.from_dict(wanted)


def link_box(ctx: Context) -> None:
    """The "copy link" affordance: the view's address in a code box (it has a copy button)."""
    with st.popover(t("copy_link", ctx.lang), icon=":material/link:"):
        st.code(links.address(_page_url(), view_params(ctx)), language=None, wrap_lines=True)
        st.caption(t("copy_link_help", ctx.lang))


def _page_url() -> str:
    try:
        return str(st.context.url).split("?", 1)[0]
    except AttributeError:  # pragma: no cover - Streamlit before st.context.url
        return ""
