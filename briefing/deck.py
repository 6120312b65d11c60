"""The 16:9 briefing deck (python-pptx): title, key figures, one slide per chart, sources.

    blob = build_deck(load_corpus("seeds"))            # bytes of a .pptx
    write_deck(data, Path("out/briefing.pptx"))         # atomic: temp file + os.replace

Slides, in order:
  1  title: <city>疫情时间线简报, the data's as-of date, the source line
  2  key figures: latest 累计确诊 / 累计治愈出院 / 在院治疗 / 医学观察 / 复工率, each with its date
  3… one per chart that has data: the takeaway sentence (takeaway(), from the numbers) as
     the slide's one heading, above the 1920×1080 chart PNG rendered without a title of its
     own (deck_figure: legend, axes, source line)
  last  sources: the articles (file name, publication date) and the quotes behind slide 2

Each slide's heading is its title placeholder (PowerPoint's outline, screen readers). Numbers
are said in their chart's unit (AXIS_UNITS: cases in 例 / cases, people in 人 / people).

Every text run names a CJK-capable font for both Latin and East Asian text (a:latin and
a:ea = "Noto Sans SC", with PANOSE / GB2312 hints for PowerPoint's substitution where the font
is missing; lang zh-CN on any run with Chinese in it, for LibreOffice's fallback), and the
theme's East Asian fonts are Noto Sans SC too, for text that names no font of its own.
"""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

import pandas as pd
import plotly.graph_objects as go
from lxml import etree
from pptx import Presentation
from pptx.dml.color import RGBColor
from pptx.enum.shapes import MSO_SHAPE
from pptx.enum.text import MSO_ANCHOR, MSO_AUTO_SIZE, PP_ALIGN
from pptx.oxml.ns import qn
from pptx.util import Emu, Inches, Pt

from store.atomic import write_bytes_atomic

from . import chart_layout, export, fontconfig, labels
from .export import ChartExport, slide_charts
from .labels import asof_label, format_date, format_number, metric_name, t
from .reconcile import reconcile, verdict_counts
from .takeaways import KeyFigure, data_asof, key_figures, takeaway
from .timeline import Timeline, timeline_of

SLIDE_W, SLIDE_H = Inches(13.333), Inches(7.5)
FONT = fontconfig.FONT_NAME  # "Noto Sans SC": the font the PNGs use too
INK = RGBColor(0x22, 0x22, 0x22)
MUTED = RGBColor(0x66, 0x66, 0x66)
ACCENT = RGBColor(0xB5, 0x53, 0x4B)  # charts.METRIC_COLORS["confirmed_total"]
CARD_FILL = RGBColor(0xF4, 0xF5, 0xF7)
MAX_QUOTE = 90  # characters of a quote shown on the sources slide
ARTICLES_PER_SLIDE = 14
CHART_TOP_PX = 50  # top margin of a deck chart (CSS px): the legend's row, no title

# ---------------------------------------------------------------- pptx helpers

# Where Noto Sans SC is not installed, PowerPoint substitutes a font by these: its PANOSE
# (Noto Sans SC's own, from its OS/2 table: a sans), pitch and family (34 = variable pitch,
# Swiss) and character set (-122 = GB2312, as PowerPoint writes 134 in a signed byte), so it
# picks an installed Simplified Chinese sans (Microsoft YaHei / DengXian on Windows, PingFang
# SC on a Mac) rather than a Latin face or a Japanese one. LibreOffice asks fontconfig for a
# font with the run's language, hence lang="zh-CN" on every run with Chinese in it.
FONT_PANOSE = {"panose": "020B0500000000000000", "pitchFamily": "34"}
EA_CHARSET = "-122"
_CJK = re.compile(r"[\u2e80-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]")


def _cjk_run(run, size: float, lang: str, bold: bool = False, color: RGBColor = INK) -> None:
    """Size, colour and the deck's font for Latin (a:latin) *and* East Asian (a:ea) text of
    one run (set its text first: a run with Chinese in it is tagged zh-CN in either deck)."""
    font = run.font
    font.size = Pt(size)
    font.bold = bold
    font.color.rgb = color
    font.name = FONT  # a:latin
    rpr = run._r.get_or_add_rPr()
    chinese = lang != "en" or bool(_CJK.search(run.text))
    rpr.set("lang", "zh-CN" if chinese else "en-US")
    rpr.set("altLang", "en-US" if chinese else "zh-CN")
    latin = rpr.find(qn("a:latin"))
    latin.attrib.update(FONT_PANOSE)
    # a:rPr's children have a fixed order (… latin, ea, cs, sym, hlinkClick …): ea goes right
    # after latin. No a:cs: Noto Sans SC has no complex-script (Arabic, Hebrew, Thai) glyphs.
    ea = rpr.find(qn("a:ea"))
    if ea is None:
        ea = etree.SubElement(rpr, qn("a:ea"))
    latin.addnext(ea)
    ea.set("typeface", FONT)
    ea.attrib.update(FONT_PANOSE)
    ea.set("charset", EA_CHARSET)


def _text(slide, left, top, width, height, paragraphs, lang: str, align=PP_ALIGN.LEFT, anchor=MSO_ANCHOR.TOP):
    """A text box; paragraphs: [(text, size, bold, color)] or [[(text, size, bold, color), …]]."""
    box = slide.shapes.add_textbox(left, top, width, height)
    _fill(box.text_frame, paragraphs, lang, align, anchor)
    return box


def _title(slide, left, top, width, height, paragraphs, lang: str, align=PP_ALIGN.LEFT, anchor=MSO_ANCHOR.TOP):
    """The slide's title placeholder, placed and set like a text box: the slide's one heading,
    and its title for PowerPoint's outline, LibreOffice's navigator and screen readers."""
    shape = slide.shapes.title
    shape.left, shape.top, shape.width, shape.height = left, top, width, height
    _fill(shape.text_frame, paragraphs, lang, align, anchor)
    return shape


def _fill(frame, paragraphs, lang: str, align, anchor) -> None:
    frame.word_wrap = True
    frame.auto_size = MSO_AUTO_SIZE.NONE  # keep the box, so the anchor means something
    frame.vertical_anchor = anchor
    frame.margin_left = frame.margin_right = Inches(0.05)
    frame.margin_top = frame.margin_bottom = Inches(0.05)  # a text box's default; a title's too
    for i, para in enumerate(paragraphs):
        p = frame.paragraphs[0] if i == 0 else frame.add_paragraph()
        p.alignment = align
        runs = para if isinstance(para, list) else [para]
        for text, size, bold, color in runs:
            run = p.add_run()
            run.text = text
            _cjk_run(run, size, lang, bold, color)
        if runs and isinstance(runs[0], tuple) and runs[0][1] <= 16:
            p.space_after = Pt(4)


def _band(slide, left, top, width, height, color: RGBColor):
    shape = slide.shapes.add_shape(MSO_SHAPE.RECTANGLE, left, top, width, height)
    shape.fill.solid()
    shape.fill.fore_color.rgb = color
    shape.line.fill.background()
    shape.shadow.inherit = False
    return shape


def _text_pt(text: str, size: float) -> float:
    """Rough width in points: CJK and full-width characters 1 em, others 0.55 em."""
    return sum(size if ord(c) >= 0x2E80 else 0.55 * size for c in text)


HEADING_W = Inches(12.0)


def _heading_size(text: str, largest: float) -> float:
    """The largest size (down to 22 pt) that keeps the heading on one line; else 20 pt,
    which fits two lines in the heading box."""
    width = Emu(HEADING_W - Inches(0.1)).pt
    for size in (largest, 26, 24, 22):
        if size <= largest and _text_pt(text, size) <= width:
            return size
    return 20


def _heading(slide, text: str, lang: str, size: float = 30) -> None:
    """The slide's title (placeholder) at the top left, an accent bar before it."""
    _title(
        slide,
        Inches(0.75),
        Inches(0.35),
        HEADING_W,
        Inches(0.85),
        [(text, _heading_size(text, size), True, INK)],
        lang,
        anchor=MSO_ANCHOR.MIDDLE,
    )
    _band(slide, Inches(0.5), Inches(0.45), Inches(0.1), Inches(0.6), ACCENT)


def _slide(prs):
    """A new slide with a title placeholder and nothing else ('Title Only')."""
    return prs.slides.add_slide(prs.slide_layouts.get_by_name("Title Only") or prs.slide_layouts[5])


def _clean_quote(quote: str) -> str:
    text = re.sub(r"\s*\n\s*", "", str(quote)).strip()
    return text if len(text) <= MAX_QUOTE else text[: MAX_QUOTE - 1] + "…"


# ---------------------------------------------------------------- slides


def _title_slide(prs, data, tl, lang: str) -> None:
    slide = _slide(prs)
    _band(slide, 0, 0, SLIDE_W, Inches(0.25), ACCENT)
    day = data_asof(tl)
    title = t("deck_title", lang, city=labels.place_name(data.city, lang))
    when = (
        t("deck_data_asof", lang, date=format_date(day, lang, with_year=True))
        if day is not None
        else t("deck_no_data", lang)
    )
    _title(
        slide,
        Inches(0.9),
        Inches(1.9),
        Inches(11.5),
        Inches(1.8),  # room for 2 lines
        [(title, 48, True, INK)],
        lang,
        anchor=MSO_ANCHOR.BOTTOM,
    )
    _band(slide, Inches(0.95), Inches(3.85), Inches(1.2), Inches(0.06), ACCENT)
    _text(
        slide,
        Inches(0.9),
        Inches(4.1),
        Inches(11.5),
        Inches(1.6),
        [(when, 26, False, INK), (_source(data, lang), 18, False, MUTED)],
        lang,
    )


def _key_figures_slide(prs, figures: list[KeyFigure], lang: str) -> None:
    slide = _slide(prs)
    _heading(slide, t("deck_key_figures", lang), lang)
    # Three cards on the first row, the rest centred on the second.
    card_w, card_h, gap = Inches(4.0), Inches(2.55), Inches(0.3)
    inner_pt = Emu(card_w - Inches(0.6)).pt
    rows = [figures[:3], figures[3:]]
    top: int = Inches(1.45)
    for _r, row in enumerate(rows):
        total = len(row) * card_w + (len(row) - 1) * gap
        left = int((SLIDE_W - total) / 2)
        for fig in row:
            card = slide.shapes.add_shape(MSO_SHAPE.ROUNDED_RECTANGLE, left, top, card_w, card_h)
            card.adjustments[0] = 0.06
            card.fill.solid()
            card.fill.fore_color.rgb = CARD_FILL
            card.line.fill.background()
            card.shadow.inherit = False
            size = 44 if _text_pt(fig.value, 44) <= inner_pt else 36
            value_runs = [(fig.value, size, True, ACCENT if fig.date is not None else MUTED)]
            if fig.derived:
                value_runs.append((t("deck_derived", lang), 16, False, MUTED))
            _text(
                slide,
                left + Inches(0.25),
                top + Inches(0.2),
                card_w - Inches(0.5),
                card_h - Inches(0.4),
                [(fig.label, 18, False, MUTED), value_runs, (fig.date_text(lang), 18, False, INK)],
                lang,
                align=PP_ALIGN.CENTER,
                anchor=MSO_ANCHOR.MIDDLE,
            )
            left += card_w + gap
        top += card_h + Inches(0.35)


def deck_figure(chart: ChartExport, sentence: str, source: str, lang: str = "zh") -> go.Figure:
    """chart's slide figure as the deck shows it: without a title of its own, since the slide's
    title (sentence, the takeaway) is the one heading there; chart.figure is left alone.

    The as-of subtitle goes with the title: the takeaway names its day. Where it does not name
    the chart's as-of day (a later figure plotted than the sentence tells), that day joins the
    source line (数据来源：…；截至3月5日), an annotation kept at the bottom. The top margin
    shrinks to the legend's row(s), so the plot takes the room the title had.
    """
    fig = go.Figure(chart.figure)
    fig.layout.title = None
    day = format_date(chart.asof, lang)
    if day and not re.search(r"(?<!\d)" + re.escape(day) + r"(?!\d)", sentence):
        source = t("deck_source_asof", lang, source=source, asof=asof_label(chart.asof, lang))
    m = fig.layout.margin
    chart_layout.fit_layout(fig, export.WIDTH, export.HEIGHT, margin={"l": m.l, "r": m.r, "t": CHART_TOP_PX, "b": m.b})
    return chart_layout.add_source(fig, source, size=export.SOURCE_SIZE, color=export.SOURCE_COLOR)


def _chart_slide(prs, chart, png: bytes, sentence: str, lang: str) -> None:
    slide = _slide(prs)
    _heading(slide, sentence, lang, size=26)
    pic_h = Inches(6.0)
    pic_w = int(pic_h * 16 / 9)
    pic = slide.shapes.add_picture(io.BytesIO(png), int((SLIDE_W - pic_w) / 2), Inches(1.3), width=pic_w, height=pic_h)
    # Alt text for screen readers: the chart's title and the takeaway.
    pic._element.nvPicPr.cNvPr.set("descr", f"{chart.title} — {sentence}")
    pic.name = chart.name


def _sources_slides(prs, data, figures: list[KeyFigure], lang: str) -> None:
    arts = sorted(data.articles, key=lambda a: (a.published or "9999", a.name))
    pages = [arts[i : i + ARTICLES_PER_SLIDE] for i in range(0, len(arts), ARTICLES_PER_SLIDE)] or [[]]
    quotes = []
    for fig in figures:
        evidence = [ev for ev in fig.evidence if ev.get("quote")]
        if not evidence:
            continue
        ev = evidence[0]
        pub = format_date(ev.get("published"), lang)
        where = labels.source_name(ev.get("doc", ""), data.article_by_name, data.meta.paper, lang)
        more = len({e.get("doc") for e in evidence}) - 1
        if more > 0:
            where += t("deck_more_sources", lang, more=more, n=more + 1)
        head = t("deck_quote_head", lang, label=fig.label, value=fig.value, date=fig.date_text(lang))
        quotes.append([(head, 15, True, INK)])
        quotes.append([(f"“{_clean_quote(ev['quote'])}” — {where}", 13, False, MUTED)])
    for n, page in enumerate(pages):
        slide = _slide(prs)
        _heading(slide, t("deck_sources" if n == 0 else "deck_sources_cont", lang), lang)
        lines: list = [(t("deck_articles", lang), 20, True, INK)]
        for art in page:
            pub = format_date(art.published, lang, with_year=True) if art.published else "—"
            title = getattr(art, "title", "") or labels.article_title(art.text) or art.name
            lines.append(
                [
                    (t("deck_article_title", lang, title=title), 16, False, INK),
                    (t("deck_published", lang, date=pub), 16, False, MUTED),
                ]
            )
        lines.append((_source(data, lang), 13, False, MUTED))
        _text(slide, Inches(0.6), Inches(1.4), Inches(6.0), Inches(5.7), lines, lang)
        if n == 0 and quotes:
            _text(
                slide,
                Inches(6.85),
                Inches(1.4),
                Inches(6.0),
                Inches(5.8),
                [(t("deck_quotes", lang), 20, True, INK), *quotes],
                lang,
            )


RECON_ROWS = 10  # rows of the comparison table a slide holds


def _reconciliation_slide(prs, data, tl, lang: str, region: str) -> None:
    """The paper against the official series: the counts per verdict, then the figures that
    disagree or are a day off first, most recent first, then those that agree."""
    official = getattr(data, "official", None)
    recon = reconcile(tl.points, official)
    if official is None or recon.empty:
        return
    recon = recon[recon["region"] == region] if (recon["region"] == region).any() else recon
    slide = _slide(prs)
    _heading(slide, t("deck_recon_title", lang), lang)
    first = official.iloc[0]
    lines = [
        (t("recon_counts", lang, n=len(recon), **verdict_counts(recon)), 16, False, INK),
        (
            t(
                "recon_source",
                lang,
                source=first["source_en" if lang == "en" else "source"],
                convention=t(f"convention_{first['convention']}", lang),
            ),
            12,
            False,
            MUTED,
        ),
    ]
    _text(slide, Inches(0.6), Inches(1.25), Inches(12.1), Inches(1.5), lines, lang)
    order = {"disagrees": 0, "paper_lags": 1, "paper_leads": 1, "agrees": 2}
    rows = recon.assign(_o=recon["verdict"].map(order)).sort_values(["_o", "date"], ascending=[True, False])
    rows = rows.head(RECON_ROWS)
    header = [
        t("col_date", lang),
        t("col_metric", lang),
        t("col_value", lang),
        t("col_official", lang),
        t("col_verdict", lang),
    ]
    shape = slide.shapes.add_table(
        len(rows) + 1, len(header), Inches(0.6), Inches(2.9), Inches(12.1), Inches(0.36) * (len(rows) + 1)
    )
    table = shape.table
    cells = [header] + [
        [
            format_date(r["date"], lang),
            metric_name(r["metric"], lang),
            format_number(float(r["value"]), r["unit"], lang),
            "" if pd.isna(r["official"]) else format_number(float(r["official"]), r["unit"], lang),
            t(f"verdict_{r['verdict']}", lang),
        ]
        for r in rows.to_dict("records")
    ]
    for i, values in enumerate(cells):
        for j, value in enumerate(values):
            frame = table.cell(i, j).text_frame
            frame.text = ""
            run = frame.paragraphs[0].add_run()
            run.text = value
            _cjk_run(run, 14, lang, bold=i == 0)


# ---------------------------------------------------------------- the deck


def build_deck(
    data, lang: str = "zh", region: str | None = None, timeline: Timeline | None = None, ready=None, progress=None
) -> bytes:
    """The briefing as .pptx bytes (renders the chart PNGs; needs Chrome, see export).

    region defaults to the corpus's city (data.city); timeline: pass the corpus's Timeline
    if already built (the dashboard has it), else it is built here. ready: the slide charts
    (export.slide_charts) when the caller has them cached. progress(done, total) is called
    as each chart is drawn.
    """
    region = region or data.city
    tl = timeline if timeline is not None else timeline_of(data)
    if ready is None:
        ready, _ = slide_charts(data, lang, region, tl)
    source = _source(data, lang)
    rendered = []
    for n, chart in enumerate(ready, start=1):  # no chart title: the takeaway heads the slide
        sentence = takeaway(chart.name, tl, lang, region)
        png = export.render_image(deck_figure(chart, sentence, source, lang), "png")
        rendered.append((chart, png, sentence))
        if progress is not None:
            progress(n, len(ready))
    figures = key_figures(tl, lang, region)

    prs = Presentation()
    prs.slide_width, prs.slide_height = Emu(SLIDE_W), Emu(SLIDE_H)
    title = t("deck_title", lang, city=labels.place_name(data.city, lang))
    prs.core_properties.title = title
    prs.core_properties.language = "en-US" if lang == "en" else "zh-CN"

    _title_slide(prs, data, tl, lang)
    _key_figures_slide(prs, figures, lang)
    for chart, png, sentence in rendered:
        _chart_slide(prs, chart, png, sentence, lang)
    _reconciliation_slide(prs, data, tl, lang, region)
    _sources_slides(prs, data, figures, lang)

    buf = io.BytesIO()
    prs.save(buf)
    return _with_theme_fonts(buf.getvalue())


def _theme_font_xml(xml: bytes) -> bytes:
    """A theme part with FONT as its East Asian font: the major (headings) and minor (body)
    a:ea typeface, with the runs' fallback hints, and the Simplified Chinese script font."""
    root = etree.fromstring(xml)
    for scheme in root.iter(qn("a:majorFont"), qn("a:minorFont")):
        ea = scheme.find(qn("a:ea"))
        if ea is None:  # latin, ea, cs, font…: ea right after latin
            ea = etree.SubElement(scheme, qn("a:ea"))
            scheme.find(qn("a:latin")).addnext(ea)
        ea.set("typeface", FONT)
        ea.attrib.update(FONT_PANOSE)
        ea.set("charset", EA_CHARSET)
        for script in scheme.findall(qn("a:font")):
            if script.get("script") == "Hans":
                script.set("typeface", FONT)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def _with_theme_fonts(blob: bytes) -> bytes:
    """The saved .pptx with _theme_font_xml applied to its theme(s), so text that names no
    font of its own (a placeholder, a box someone adds in PowerPoint) inherits FONT for
    Chinese too. python-pptx has no theme API: the package's theme parts are rewritten."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(blob)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():  # same names, order and compression
            data = src.read(info)
            if re.fullmatch(r"ppt/theme/theme\d+\.xml", info.filename):
                data = _theme_font_xml(data)
            dst.writestr(info, data)
    return out.getvalue()


def write_deck(data, out_path, lang: str = "zh", region: str | None = None) -> Path:
    """build_deck to out_path atomically (temp file in the same folder, then os.replace)."""
    out_path = Path(out_path)
    out_path.parent.mkdir(parents=True, exist_ok=True)
    blob = build_deck(data, lang, region)
    write_bytes_atomic(out_path, blob)
    return out_path


def _source(data, lang: str) -> str:
    """The source line under a slide: paper and the span of its publication dates."""
    return labels.source_line(data.meta.paper, data.published_span(), lang)
