"""text → records: the orchestration of one article.

    repair (layout.py) → segment (segment.py) → classify (classify.py)
                       → attribute (attribute.py) → records (records.py), events (events.py)

Offsets are mapped back to the original text, so `text[start:end] == quote`.
"""
from __future__ import annotations

from extract import rules
from extract.attribute import bracket_place, figure_date, figure_place
from extract.classify import CASE_COUNT, Classifier, Figure, none_figures
from extract.dates import infer_reference
from extract.events import find_events
from extract.layout import repair
from extract.places import DEFAULT_CITY, canonical_city
from extract.records import Event, Record
from extract.segment import ArticleContext, Bounds, candidate_quantities, paragraphs


def extract_article(text: str, doc: str = "", published: str | None = None, city: str = DEFAULT_CITY,
                    keep_other_places: bool = False) -> tuple[list[Record], list[Event]]:
    """All figures (and key events) of one article. Never raises on odd text."""
    city = canonical_city(city)
    rep = repair(text)
    clean = rep.text
    ref, _ = infer_reference(clean, published)
    paras = paragraphs(clean)
    ctx = ArticleContext(clean, paras, [p.start for p in paras], ref, city)
    ctx.bounds = Bounds(clean, ctx.para_starts)
    quantities = candidate_quantities(ctx)
    clf = Classifier(ctx)
    figures: list[Figure] = []
    sentence_key = None
    sentence_figs: list[Figure] = []
    for k, q in enumerate(quantities):
        pi = ctx.para_of(q.start)
        p = paras[pi]
        if p.byline:
            continue
        s_start = ctx.bounds.full_sentence_id(q.start)   # a list runs on across "；"
        if (pi, s_start) != sentence_key:
            # 累计报告确诊病例133例。其中：晋中市37例…: a sentence opening with 其中 breaks
            # down the previous sentence's last figure
            carry = _last_unbracketed(clean, sentence_key[1], sentence_figs) if sentence_key and \
                sentence_key[0] == pi and rules.BREAKDOWN_OPENING_RE.match(clean, s_start) else []
            sentence_key, sentence_figs = (pi, s_start), carry
        prev_q = quantities[k - 1] if k and quantities[k - 1].end > s_start else None
        next_q = quantities[k + 1] if k + 1 < len(quantities) else None
        figs = clf.classify(q, prev_q, next_q, sentence_figs, pi)
        sentence_figs.extend(figs)
        figures.extend(figs)
    figures.extend(none_figures(ctx))
    for fig in list(figures):
        pl = bracket_place(ctx, fig) if fig.metric in CASE_COUNT else None
        if pl is not None:
            figures.append(Figure(fig.metric, "", (fig.span[0], fig.q.end + (pl.end - fig.q.end) + 1), fig.q,
                                  "case.bracket_place", fig.para, unit=fig.unit, item_place=pl))

    published_iso = published[:10] if published else ""
    records: list[Record] = []
    body_keys: dict[int, set] = {}
    pending_headlines: list[tuple[Figure, Record]] = []
    seen = set()
    for fig in figures:
        region, scope = figure_place(ctx, fig)
        if not paras[fig.para].headline:
            # what the body states, for any place: a headline's 累计133例 over a province's
            # bulletin is the province's, not the city's
            body_keys.setdefault(paras[fig.para].story, set()).add((fig.metric, fig.q.value if fig.value is None else fig.value))
        if scope in ("other", "local") and not keep_other_places:
            continue
        date = figure_date(ctx, fig)
        s, e = rep.offsets.span(*fig.span)
        value = fig.q.value if fig.value is None else fig.value
        rec = Record(doc=doc, date=date.isoformat(), region=region, metric=fig.metric,
                     sector=fig.sector, value=value, unit=fig.unit or fig.q.unit,
                     qualifier=fig.q.qualifier, quote=text[s:e], start=s, end=e, rule=fig.rule,
                     published=published_iso, scope=scope)
        key = (rec.date, rec.region, rec.metric, rec.sector, rec.value, rec.start)
        if key in seen:
            continue
        seen.add(key)
        if paras[fig.para].headline:
            pending_headlines.append((fig, rec))
            continue
        records.append(rec)
    # 无新增本地确诊病例 is the day's figure only when no other (imported) case is reported
    stated = {(r.date, r.region, r.metric) for r in records if r.rule != "case.none_local"}
    records = [r for r in records if r.rule != "case.none_local"
               or (r.date, r.region, r.metric) not in stated]
    # Headlines repeat the story's figures without a date: keep one only if the body lacks it.
    for fig, rec in pending_headlines:
        if (rec.metric, rec.value) not in body_keys.get(paras[fig.para].story, set()):
            records.append(rec)
    events = find_events(ctx, rep, text, doc, published_iso, keep_other_places)
    # "the last patient was discharged" on a stated date: nobody is left in hospital
    for ev in events:
        if ev.kind == "all_recovered" and "最后一" in ev.quote and ev.region == city:
            records.append(Record(doc=doc, date=ev.date, region=city, metric="hospitalized",
                                  sector="", value=0.0, unit="例", qualifier="", quote=ev.quote,
                                  start=ev.start, end=ev.end, rule="event.last_discharged",
                                  published=published_iso))
    records.sort(key=lambda r: (r.start, r.metric))
    return records, events



def _last_unbracketed(text: str, sentence_start: int, figs: list[Figure]) -> list[Figure]:
    """The figure a following 其中 breaks down: the sentence's last one outside brackets
    (确诊病例56例(含重症病例3例、出院病例1例)。其中：… breaks down the 56)."""
    for fig in reversed(figs):
        start = fig.q.start
        lo = max(sentence_start, start - 400)
        if text.count("(", lo, start) <= text.count(")", lo, start):
            return [fig]
    return figs[-1:]
