"""Pure helpers behind the dashboard's "add articles" and "correct a figure" forms.

The forms themselves live in dashboard.py; what they say and what they write is decided
here, so it can be tested without Streamlit.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Iterable, Mapping

from briefing import corrections as corr
from briefing import ingest
from briefing.labels import iso_day, metric_name
from extract.decode import InputError
from extract.records import METRICS

STRINGS = {
    "add_header": ("添加文章", "Add articles"),
    "add_files": ("上传文章（.txt / .html，可多选）", "Upload articles (.txt / .html, several at once)"),
    "add_paste": ("或粘贴文章正文", "…or paste an article's text"),
    "add_title": ("粘贴文章的标题（用作文件名）", "Title of the pasted article (used as file name)"),
    "add_published": ("见报日期（可选，如 2020-02-21、2020年2月21日、Feb 21 2020）",
                      "Publication date (optional: 2020-02-21, 2020年2月21日, Feb 21 2020)"),
    "add_submit": ("保存到语料库", "Save to the corpus"),
    "add_nothing": ("没有选择文件，也没有粘贴文字。", "No file chosen and no text pasted."),
    "add_limit": ("单个文件不超过 {mb} MB；GBK/GB18030、Big5、UTF-8 与 HTML 均可。",
                  "Up to {mb} MB per file; GBK/GB18030, Big5, UTF-8 and HTML are all fine."),
    "city_label": ("本市（“我市”所指）", "Home city (what 我市 means)"),
    "fix_header": ("更正这个数据", "Correct this figure"),
    "fix_action": ("操作", "Action"),
    "fix_wrong": ("标记为错误（不再使用）", "Mark as wrong (stop using it)"),
    "fix_change": ("修改数值或日期", "Change its value or date"),
    "fix_doc": ("出处文章", "Source article"),
    "fix_value": ("正确的数值", "Correct value"),
    "fix_date": ("正确的日期", "Correct date"),
    "fix_note": ("说明（为什么更正）", "Note (why)"),
    "fix_submit": ("保存更正", "Save correction"),
    "fix_saved": ("已保存更正 #{id}。", "Correction #{id} saved."),
    "fix_pick_action": ("请先选择操作：标记为错误，或修改数值或日期。未保存任何更正。",
                        "Choose an action first: mark as wrong, or change its value or date. Nothing was saved."),
    "add_fig_header": ("补充遗漏的数据", "Add a figure the extractor missed"),
    "add_fig_metric": ("指标", "Metric"),
    "add_fig_region": ("地区", "Region"),
    "add_fig_sector": ("行业（复工数据）", "Sector (resumption figures)"),
    "add_fig_unit": ("单位", "Unit"),
    "add_fig_submit": ("添加数据", "Add figure"),
    "corr_header": ("更正记录", "Corrections"),
    "corr_none": ("还没有更正。", "No corrections yet."),
    "corr_undo": ("撤销", "Undo"),
    "corr_undone": ("已撤销", "undone"),
    "corr_unmatched": ("找不到对应数据", "matches no figure"),
    "corr_badge": ("已人工更正", "corrected by hand"),
    "export_header": ("导出", "Export"),
    "export_deck": ("生成简报（PPTX）", "Build briefing deck (PPTX)"),
    "export_zip": ("生成全部图表（PNG 压缩包）", "Build all charts (ZIP of PNGs)"),
    "export_download_deck": ("下载简报", "Download deck"),
    "export_download_zip": ("下载图表压缩包", "Download chart ZIP"),
    "export_busy": ("正在生成……", "Building…"),
    "export_hint": ("每张图右上角的相机图标也可直接下载 PNG（无需服务器端浏览器）。",
                    "Each chart's camera icon (top right) also downloads a PNG, no server browser needed."),
}

ACTIONS = ("wrong", "change")


def s(key: str, lang: str = "zh", **fmt) -> str:
    zh, en = STRINGS[key]
    text = en if lang == "en" else zh
    return text.format(**fmt) if fmt else text


@dataclass(frozen=True)
class Message:
    level: str      # success | info | warning | error
    text: str


def add_message(name: str, result: Any, lang: str = "zh") -> Message:
    """What the user is told about one added file: stored, duplicate, nothing found, or why
    it was refused (an InputError)."""
    if isinstance(result, InputError):
        return Message("error", f"{name}：{result.zh}" if lang == "zh" else f"{name}: {result.en}")
    text = result.message_en if lang == "en" else result.message_zh
    if result.status == "duplicate":
        return Message("info", text)
    return Message("success" if result.n_figures else "warning", text)


def add_uploads(folder, files: Iterable[tuple[str, bytes]], published: str | None,
                lang: str = "zh") -> list[Message]:
    """Add each (name, bytes); a refused file writes nothing and does not stop the others."""
    out = []
    for name, data in files:
        try:
            out.append(add_message(name, ingest.add_article(folder, data, name, published or None), lang))
        except InputError as exc:
            out.append(add_message(name, exc, lang))
    return out


def add_pasted(folder, text: str, title: str, published: str | None, lang: str = "zh") -> Message:
    name = title or ("粘贴的文字" if lang == "zh" else "pasted text")
    try:
        return add_message(name, ingest.add_text(folder, text, title, published or None), lang)
    except InputError as exc:
        return add_message(name, exc, lang)


def metric_choices() -> list[str]:
    return list(METRICS)


def metric_label(metric: str, lang: str = "zh") -> str:
    return f"{metric_name(metric, lang)} ({metric})"


def fix_key(part: str, point_id: str) -> str:
    """The correction form's widget keys, one set per timeline point."""
    return f"fix_{part}::{point_id}"


def correct_point(folder, point: Mapping[str, Any], doc: str, action: str | None, lang: str = "zh",
                  new_value: float | None = None, new_date: str | None = None,
                  note: str = "") -> Message:
    """Write one correction for a timeline point's figure as stated in `doc`."""
    if action not in ACTIONS:
        return Message("warning", s("fix_pick_action", lang))
    date = point["date"]
    iso = iso_day(date)
    # The form is prefilled with the current figure: only what the user changed is a change.
    if new_value is not None and abs(float(new_value) - float(point["value"])) < 1e-9:
        new_value = None
    if new_date and new_date[:10] == iso:
        new_date = None
    try:
        c = corr.add_correction(
            folder, action, doc, iso, point["metric"], region=point["region"],
            sector=point.get("sector", "") or "", value=float(point["value"]),
            new_value=new_value if action == "change" else None,
            new_date=new_date if action == "change" else None, note=note)
    except InputError as exc:
        return Message("error", exc.en if lang == "en" else exc.zh)
    return Message("success", s("fix_saved", lang, id=c.id))


def add_figure(folder, doc: str, metric: str, date: str, value: float, lang: str = "zh",
               region: str = "", sector: str = "", unit: str = "", note: str = "") -> Message:
    try:
        c = corr.add_correction(folder, "add", doc, date, metric, region=region, sector=sector,
                                value=value, unit=unit, note=note)
    except InputError as exc:
        return Message("error", exc.en if lang == "en" else exc.zh)
    return Message("success", s("fix_saved", lang, id=c.id))


@dataclass(frozen=True)
class CorrectionRow:
    id: str
    text: str
    active: bool


def correction_rows(folder, records, lang: str = "zh") -> list[CorrectionRow]:
    """Every correction, newest first, with its state (active, undone, matching nothing)."""
    try:
        items = corr.load_corrections(folder)
    except InputError as exc:
        return [CorrectionRow("", exc.en if lang == "en" else exc.zh, False)]
    missed = {c.id for c in corr.unmatched(records, items)}
    rows = []
    for c in reversed(items):
        state = []
        if c.undone:
            state.append(s("corr_undone", lang))
        elif c.id in missed:
            state.append(s("corr_unmatched", lang))
        if c.error:
            state.append(c.error)
        label = f"#{c.id} {metric_name(c.metric, lang)} · {c.describe()}"
        if c.note:
            label += f" — {c.note}"
        if state:
            label += f" ({'; '.join(state)})"
        rows.append(CorrectionRow(c.id, label, c.active))
    return rows

