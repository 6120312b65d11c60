"""Every word the product shows people, in one table: (Chinese, English) pairs.

Chinese first; English is a complete second language. Data only: the rules that use these
(labels.t, place_name, sector_name, paper_name) live in briefing/labels.py. A key missing
here shows as the key itself (labels.t); tests/test_words.py checks that every key the code
asks for exists and that every entry has both languages.
"""

from __future__ import annotations

METRIC_NAMES = {
    "confirmed_total": ("累计确诊", "Total confirmed"),
    "confirmed_new": ("新增确诊", "New confirmed"),
    "recovered_total": ("累计治愈出院", "Total recovered"),
    "recovered_new": ("新增出院", "New recovered"),
    "deaths_total": ("累计死亡", "Total deaths"),
    "deaths_new": ("新增死亡", "New deaths"),
    "hospitalized": ("在院治疗", "In hospital"),
    "active": ("现有确诊", "Active cases"),
    "confirmed_new_avg7": ("新增确诊7日平均", "New confirmed, 7-day average"),
    "severe": ("重症", "Severe"),
    "critical": ("危重症", "Critical"),
    "severe_new": ("新增重症", "New severe"),
    "critical_total": ("累计危重症", "Total critical"),
    "recovery_rate": ("治愈率", "Recovery rate"),
    "suspected": ("疑似病例", "Suspected"),
    "observation": ("医学观察", "Under medical observation"),
    "observation_released_total": ("累计解除医学观察", "Total released from observation"),
    "observation_released_new": ("当日解除医学观察", "Released from observation (day)"),
    "close_contacts_total": ("累计密切接触者", "Total close contacts"),
    "resumed": ("已复工", "Resumed"),
    "sector_total": ("总数", "Total in sector"),
    "resumption_rate": ("复工率", "Resumption rate"),
    "workers_returned": ("返岗人数", "Workers returned"),
    "worker_return_rate": ("返岗率", "Worker return rate"),
    "services_resumed": ("恢复运营", "Services restored"),
}


# English for the units the extractor keeps as the text states them.
UNIT_NAMES = {
    "例": ("例", "cases"),
    "人": ("人", "people"),
    "家": ("家", "firms"),
    "个": ("个", "items"),
    "%": ("%", "%"),
    "条": ("条", "routes"),
    "台": ("台", "vehicles"),
    "辆": ("辆", "vehicles"),
    "户": ("户", "households"),
    "项": ("项", "projects"),
    "座": ("座", "sites"),
}


QUALIFIER_WORDS = {
    # (zh prefix, zh suffix, en prefix)
    "more_than": ("超过", "", "over "),
    "about": ("约", "", "about "),
    "less_than": ("不足", "", "under "),
}


EVENT_KIND_NAMES = {
    "first_case": ("首例确诊", "First case"),
    "level1_response": ("一级响应", "Level-1 response"),
    "designated_hospital": ("设立定点医院", "Designated hospital"),
    "first_recovery": ("首例治愈", "First recovery"),
    "all_recovered": ("全部治愈", "All recovered"),
    "zero_new": ("新增清零", "No new cases"),
}


STRINGS: dict[str, tuple[str, str]] = {
    # ---- charts and exports
    "no_data": ("无数据", "No data"),
    "derived": ("推算", "derived"),
    "derived_note": ("空心点为推算值，并非报道原文", "Hollow markers are derived, not stated in a source"),
    "source": ("来源", "Source"),
    "sources": ("来源数", "Sources"),
    "date": ("日期", "Date"),
    "asof_date": ("数据截至日期", "As-of date"),
    "published_date": ("报道日期", "Publication date"),
    "date_basis": ("日期依据", "Date basis"),
    "region": ("地区", "Region"),
    "sector": ("行业", "Sector"),
    "metric": ("指标", "Metric"),
    "value": ("数值", "Value"),
    "quote": ("原文", "Quote"),
    "conflict": ("来源不一致", "Conflicting sources"),
    "checks": ("数据核查", "Data checks"),
    "checks_ok": ("全部核查通过", "All checks passed"),
    "log_scale": ("对数坐标", "Log scale"),
    "language": ("语言", "Language"),
    "download": ("下载图片", "Download image"),
    "latest": ("最新", "Latest"),
    "previous": ("上次", "Previous"),
    "events": ("关键事件", "Key events"),
    "events_earlier": ("此前", "Earlier"),
    "more_articles": (" 等{n}篇", " and {n} more"),
    "count": ("数量", "Count"),
    "other_places": ("其他地区", "Other places"),
    "cases_axis": ("病例数（例）", "Cases"),
    "people_axis": ("人数（人）", "People"),
    "percent_axis": ("比例（%）", "Percent (%)"),
    "count_axis": ("数量（家/个）", "Count (firms / projects)"),
    "title_cumulative_cases": ("累计确诊、治愈与在院病例", "Confirmed, recovered and in-hospital cases"),
    "title_daily_new_cases": ("每日新增确诊与出院", "Daily new confirmed and recovered"),
    "title_observation": ("医学观察人数", "People under medical observation"),
    "official_series": ("官方：{metric}", "Official: {metric}"),
    "recon_header": ("报纸与官方数字对照", "The paper against the official series"),
    "recon_source": (
        "官方数据：{source}（{convention}）。按“截至”日期比较，报纸早一天或晚一天另行标出；官方数字不替换报纸数字。",
        "Official data: {source} ({convention}). Compared by as-of date; a paper a day ahead or "
        "behind is marked as such; official values never replace the paper's.",
    ),
    "convention_published": (
        "表中日期为发布日期，数字截至前一日24时",
        "a row's date is its report date; counts as of the day before",
    ),
    "convention_asof": ("表中日期即截至日期", "a row's date is its as-of date"),
    "recon_counts": (
        "共 {n} 个报纸数字有官方对应值：一致 {agrees}，报纸晚一天 {paper_lags}，报纸早一天 {paper_leads}，不一致 {disagrees}。",
        "{n} of the paper's figures have an official counterpart: {agrees} agree, {paper_lags} a day "
        "behind, {paper_leads} a day ahead, {disagrees} disagree.",
    ),
    "recon_filter": ("只看", "Show"),
    "recon_none": ("没有可与官方数据对照的报纸数字。", "None of the paper's figures has an official counterpart."),
    "recon_hint": (
        "点击一行查看报纸原文；不一致的数字可在原文下方更正。",
        "Click a row for the paper's sentence; a figure that disagrees can be corrected under it.",
    ),
    "recon_download": ("下载对照表（CSV）", "Download the comparison (CSV)"),
    "verdict_agrees": ("一致", "agrees"),
    "verdict_paper_lags": ("报纸晚一天", "paper a day behind"),
    "verdict_paper_leads": ("报纸早一天", "paper a day ahead"),
    "verdict_disagrees": ("不一致", "disagrees"),
    "col_official": ("官方数字", "Official"),
    "col_official_before": ("官方（前一日）", "Official (day before)"),
    "col_official_after": ("官方（后一日）", "Official (day after)"),
    "col_difference": ("差值（报纸−官方）", "Difference (paper − official)"),
    "col_verdict": ("对照结果", "Verdict"),
    "official_latest": (
        "与官方对照（{date}）：{metric} 报纸 {paper}，官方 {official}，{verdict}",
        "Against the official series ({date}): {metric} paper {paper}, official {official}, {verdict}",
    ),
    "deck_recon_title": ("报纸与官方数字对照", "The paper against the official series"),
    "compare_title": ("对比 · {chart}", "Compared · {chart}"),
    "papers_label": ("要对比的城市（报纸）", "Cities (papers) to compare"),
    "papers_help": (
        "每个城市一栏并排对比；一个城市的完整页面在侧栏的“城市（报纸）”中选择。",
        "One panel per city, side by side; a city's full pages are chosen under “City (paper)” in the sidebar.",
    ),
    "compare_page_title": ("对比", "Compare"),
    "compare_pick": ("选择要对比的城市或地方。", "Pick the cities or places to compare."),
    "compare_hint": (
        "每个城市或地方一栏，纵轴与日期共用；点击图中的点查看原文出处。",
        "One panel per city or place, one y scale and one calendar; click a point for its source.",
    ),
    "title_resumption_rates": ("复工率与返岗率", "Resumption and worker return rates"),
    "title_resumption_counts": ("复工数量（各自最新报道）", "Resumed counts (latest report each)"),
    # ---- the dashboard
    "settings": ("设置", "Settings"),
    "page_timeline": ("时间线", "Timeline"),
    "manage_folder_header": ("语料", "Corpus"),
    "manage_paper": ("当前报纸：{paper}（在侧栏切换）", "Paper shown: {paper} (switch in the sidebar)"),
    "add_busy": ("正在读取文章……", "Reading the articles…"),
    "recon_no_series": (
        "还没有导入官方数据；可在“管理语料”页导入。",
        "No official series imported yet; import one on the Manage corpus page.",
    ),
    "official_header": ("导入官方数据", "Import an official series"),
    "official_help": (
        "每日数字的 CSV（不超过 {mb} MB）：列名可为中文或英文（日期、地区、累计确诊……）。先检查，无误才保存。",
        "A CSV of daily counts (at most {mb} MB), columns in Chinese or English (date, region, "
        "confirmed …). It is checked first and saved only when it reads.",
    ),
    "official_file": ("CSV 文件", "CSV file"),
    "official_source": ("来源（必填，如：市卫健委）", "Source (required, e.g. the city health commission)"),
    "official_source_en": ("来源的英文名（可选）", "Source in English (optional)"),
    "official_convention": ("表中日期的含义", "What a row's date means"),
    "official_region": ("地区（文件没有地区列时填写）", "Region (when the file has no region column)"),
    "official_region_help": (
        "例如 株洲市；文件有地区列时留空。",
        "The place's name as the articles write it (in Chinese); blank when the file has a region column.",
    ),
    "official_submit": ("检查并导入", "Check and import"),
    "official_missing": (
        "请选择文件、填写来源并选择日期含义。",
        "Choose a file, give its source and say what its dates mean.",
    ),
    "official_done": ("已导入 {n} 个官方数字。", "Imported {n} official values."),
    "store_header": ("数据库", "Records store"),
    "store_memory": ("本次未使用数据库文件（只在内存中）。", "No records store file this time (in memory only)."),
    "store_counts": (
        "{name}：{articles} 篇文章、{records} 条数字、{events} 个事件。",
        "{name}: {articles} articles, {records} figures, {events} events.",
    ),
    "store_busy": ("暂时无法读取数据库：{why}", "The records store cannot be read just now: {why}"),
    "compare_regions": ("要对比的地方", "Places to compare"),
    "compare_cards_of": ("{panel} · 最新数字", "{panel} · latest figures"),
    "briefing_scope": (
        "简报与图表针对 {region}，使用当前语言；在侧栏更改。",
        "The deck and charts are for {region}, in the page's language; change either in the sidebar.",
    ),
    "page_data": ("数据与出处", "Data & sources"),
    "page_quality": ("数据质量", "Data quality"),
    "page_compare": ("对比", "Compare"),
    "page_briefing": ("简报", "Briefing"),
    "page_manage": ("管理语料", "Manage corpus"),
    "paper_label": ("城市（报纸）", "City (paper)"),
    "go_manage": ("去“管理语料”页添加文章或换文件夹", "Add articles or change the folder on the Manage corpus page"),
    "avg7_label": ("新增确诊的7日平均", "7-day average of new cases"),
    "avg7_help": (
        "只在连续7天都有数字（报道或由相邻两天的累计数推算）时计算，不跨过缺报的日子。",
        "Only over 7 days that all have a figure (stated, or derived from two days' totals); "
        "never across a missing day.",
    ),
    "copy_link": ("复制链接", "Copy link"),
    "copy_link_help": (
        "链接保存当前页面与筛选（城市、地区、日期、指标、语言、所选数字）；打开即恢复。",
        "The link keeps this page and its filters (city, region, dates, metrics, language, "
        "the figure selected); opening it restores them.",
    ),
    "link_bad_lang": (
        "链接中的语言“{value}”无法识别，已用中文。",
        "The link's language “{value}” is unknown; showing Chinese.",
    ),
    "link_bad_city": (
        "链接中的城市“{value}”不在这个语料中，已显示默认城市。",
        "The link's city “{value}” is not in this corpus; showing the default city.",
    ),
    "link_bad_region": (
        "链接中的地区“{value}”在这个语料中没有数据，已显示默认地区。",
        "The link's region “{value}” has no figures in this corpus; showing the default region.",
    ),
    "link_bad_metrics": (
        "链接中的指标“{value}”有的不在这个语料中，已显示全部指标。",
        "Some of the link's metrics “{value}” are not in this corpus; showing all metrics.",
    ),
    "link_bad_range": (
        "链接中的日期范围“{value}”无效或超出数据范围，已显示默认范围。",
        "The link's date range “{value}” is invalid or outside the data; showing the default range.",
    ),
    "link_bad_basis": (
        "链接中的日期口径“{value}”无法使用，已按数据截至日期显示。",
        "The link's date basis “{value}” cannot be used; showing as-of dates.",
    ),
    "link_bad_log": (
        "链接中的对数坐标设置“{value}”无法识别，已忽略。",
        "The link's log-scale value “{value}” is unknown; ignored.",
    ),
    "link_bad_avg": (
        "链接中的7日平均设置“{value}”无法识别，已忽略。",
        "The link's 7-day-average value “{value}” is unknown; ignored.",
    ),
    "link_bad_point": (
        "链接中所选的数字“{value}”在这个语料中找不到，已忽略。",
        "The figure the link selects (“{value}”) is not in this corpus; ignored.",
    ),
    # Chinese mode names the switch in both languages for a reader who has no Chinese; in
    # English its 中文 option is there for one who has no English.
    "language_label": ("语言 / Language", "Language"),
    "corpus_dir": ("语料文件夹", "Corpus folder"),
    "corpus_help": (
        "文章（.txt/.html）与 corpus.json 所在文件夹；文件内容变化后自动重新读取",
        "Folder with the articles (.txt/.html) and corpus.json; re-read when a file changes",
    ),
    "corpus_missing": ("找不到文件夹：{folder}", "Folder not found: {folder}"),
    "corpus_outside": (
        "不能打开 {folder}：本看板只读取启动时指定的语料目录（{roots}）。"
        "要打开其他文件夹，请用 --corpus-root 目录 重新启动。",
        "Cannot open {folder}: this dashboard reads only the corpus folders it was "
        "started with ({roots}). To open another folder, restart it with "
        "--corpus-root DIR.",
    ),
    "corpus_empty": ("该文件夹中没有可读取的数据", "No figures could be read from this folder"),
    "file_error": ("无法读取 {name}：{msg}", "Could not read {name}: {msg}"),
    "date_basis_label": ("图表日期依据", "Dates shown are"),
    "basis_asof": ("数据截至日期（默认）", "As-of date (default)"),
    "basis_published": ("报道日期", "Publication date"),
    "basis_note_asof": (
        "图表和卡片按**数据截至日期**排列（如“截至2月19日24时”即2月19日），而非报道日期。",
        'Charts and cards use the **as-of date** of each figure ("as of 24:00 Feb 19" '
        "→ Feb 19), not the day the paper printed it.",
    ),
    "basis_note_published": (
        "图表和卡片按**报道日期**（报纸刊登日期）排列，而非数据截至日期。",
        "Charts and cards use the **publication date** (the day the paper printed the figure), not its as-of date.",
    ),
    "no_published": (
        "该语料没有报道日期（corpus.json），改按数据截至日期显示。",
        "This corpus has no publication dates (corpus.json); showing as-of dates.",
    ),
    "date_range": ("日期范围", "Date range"),
    "region_label": ("地区", "Region"),
    "metrics_label": ("指标", "Metrics"),
    "log_label": ("病例数用对数坐标", "Log scale for case counts"),
    "cards_header": ("最新数据", "Latest figures"),
    "asof_caption": ("截至{asof} · {published}见报", "As of {asof} · published {published}"),
    "published_caption": ("{published}见报 · 数据截至{asof}", "Published {published} · as of {asof}"),
    "asof_only": ("截至{asof}", "As of {asof}"),
    "no_previous": ("无上次报道可比", "no earlier report"),
    "since": ("较{date}", "vs {date}"),
    "unchanged": ("与{date}持平", "unchanged since {date}"),
    "pp": ("个百分点", " pp"),
    "card_resumption": ("复工", "Resumption"),
    "card_derived": ("（推算）", " (derived)"),
    "card_help": ("来源：{doc}", "Source: {doc}"),
    "charts_header": ("图表", "Charts"),
    "no_case_data": ("{region}没有病例数据。", "No case figures for {region}."),
    "no_chart_data": ("所选范围内没有可绘制的数据。", "Nothing to plot in the selected range."),
    "chart_hint": (
        "点击图中的点查看原文出处；图右上角可下载 16:9 PNG 图片。",
        "Click a point to see its source sentence; download a 16:9 PNG from the chart toolbar.",
    ),
    "derived_header": ("什么是“推算”？", 'What does "derived" mean?'),
    "derived_text": (
        "空心点和标有“推算”的数值并非报道原文，而是由同一日期报道的数字计算得出："
        "在院治疗 = 累计确诊 − 累计治愈 − 累计死亡；治愈率 = 累计治愈 ÷ 累计确诊 × 100。"
        "不会在不同日期之间插值。",
        'Hollow markers and values marked "derived" were not printed in a source; '
        "they are computed from figures reported for the same date: in hospital = "
        "confirmed − recovered − deaths; recovery rate = recovered ÷ confirmed × 100. "
        "Nothing is interpolated between dates.",
    ),
    "evidence_header": ("原文出处", "Evidence"),
    "evidence_select": ("数据点", "Data point"),
    "evidence_select_help": (
        "列出侧栏所选地区的数据点；其他地区的数据点请在侧栏换地区，或点击图表、表格。",
        "Lists the figures of the region picked in the sidebar; for another region's, "
        "pick it there, or click a chart or a table row.",
    ),
    "add_fig_filter": ("查找文章（标题或文件名）", "Find an article (headline or file name)"),
    "add_fig_more": (
        "只列出最新的 {n} 篇；输入标题或文件名查找其他文章。",
        "Only the newest {n} are listed; type a headline or file name to find the others.",
    ),
    "evidence_placeholder": (
        "选择一个数据点，或点击图中的点、表格中的行",
        "Pick a point, or click one in a chart or a table row",
    ),
    "evidence_none": (
        "点击图中的点或表格中的行，即可在此查看报道原文。",
        "Click a chart point or a table row to see the source sentence here.",
    ),
    "evidence_derived": ("推算值：{note}", "Derived value: {note}"),
    "evidence_inputs": ("所用报道数字的出处：", "Sources of the reported figures it uses:"),
    "evidence_conflict": ("各来源数值不一致：", "The sources disagree:"),
    "chosen": ("采用", "plotted"),
    "not_chosen": ("未采用", "not plotted"),
    "source_label": ("来源", "Source"),
    "file_label": ("文件", "File"),
    "published_label": ("报道日期", "Published"),
    "unknown": ("不详", "unknown"),
    "table_header": ("数据表", "Data table"),
    "table_all_regions": ("显示所有地区与机构", "Show every region and organisation"),
    "table_caption": (
        "共 {n} 条，按上方筛选条件；点击一行查看原文。下载的 CSV 与表格内容完全一致。",
        "{n} rows, as filtered above; click a row for its source. The CSV holds exactly these rows.",
    ),
    "download_csv": ("下载 CSV", "Download CSV"),
    "more_evidence": ("另有 {n} 处出处报道了同样的数字", "{n} more sources printed the same figures"),
    "more_sources": ("另有 {n} 篇报道了 {value}", "{n} more articles printed {value}"),
    "quality_page": ("页码（共 {n} 项，{pages} 页，每页 {per} 项）", "Page ({n} items, {pages} pages of {per})"),
    "table_page": (
        "页码（共 {pages} 页，每页 {rows} 行；CSV 含全部行）",
        "Page (of {pages}, {rows} rows each; the CSV holds every row)",
    ),
    "full_range": ("显示全部日期", "Show the full date range"),
    "quality_header": ("数据质量", "Data quality"),
    "conflicts_header": ("来源冲突", "Conflicting sources"),
    "conflicts_none": ("未发现来源冲突。", "No conflicting sources."),
    "checks_header": ("未通过的核查", "Failed checks"),
    "checks_none": (
        "全部核查通过（累计数不下降、治愈不多于确诊、确诊 = 治愈 + 在院 + 死亡）。",
        "All checks passed (cumulative figures never fall, recovered ≤ confirmed, "
        "confirmed = recovered + in hospital + deaths).",
    ),
    "events_header": ("关键事件", "Key events"),
    "events_none": ("没有识别到关键事件。", "No key events found."),
    # table columns
    "col_date": ("数据截至日期", "As-of date"),
    "col_published": ("报道日期", "Published"),
    "col_region": ("地区", "Region"),
    "col_metric": ("指标", "Metric"),
    "col_sector": ("行业", "Sector"),
    "col_value": ("数值", "Value"),
    "col_unit": ("单位", "Unit"),
    "col_qualifier": ("限定", "Qualifier"),
    "col_derived": ("推算", "Derived"),
    "col_conflict": ("来源不一致", "Conflict"),
    "col_sources": ("来源", "Sources"),
    "col_quote": ("原文", "Quote"),
    "col_point": ("point_id", "point_id"),
    "col_event": ("事件", "Event"),
    "col_doc": ("文件", "File"),
    # ---- adding articles, corrections, exports
    "add_header": ("添加文章", "Add articles"),
    "add_files": ("上传文章（.txt / .html，可多选）", "Upload articles (.txt / .html, several at once)"),
    "add_paste": ("或粘贴文章正文", "…or paste an article's text"),
    "add_title": ("粘贴文章的标题（用作文件名）", "Title of the pasted article (used as file name)"),
    "add_published": (
        "见报日期（可选，如 2020-02-21、2020年2月21日、Feb 21 2020）",
        "Publication date (optional: 2020-02-21, 2020年2月21日, Feb 21 2020)",
    ),
    "add_submit": ("保存到语料库", "Save to the corpus"),
    "add_nothing": ("没有选择文件，也没有粘贴文字。", "No file chosen and no text pasted."),
    "add_limit": (
        "单个文件不超过 {mb} MB；GBK/GB18030、Big5、UTF-8 与 HTML 均可。",
        "Up to {mb} MB per file; GBK/GB18030, Big5, UTF-8 and HTML are all fine.",
    ),
    "city_label": ("本市（“我市”所指）", "Home city (what 我市 means)"),
    "city_help": (
        "留空：用 corpus.json 中的城市；没有则按文章判断；判断不出则各数字归其所属地方。",
        "Leave blank to use corpus.json's city; failing that, the city the articles speak for; "
        "failing that, every figure goes to its own place.",
    ),
    "city_guessed": (
        "corpus.json 未指定城市，按文章判断为 **{city}**（{why}）。",
        "corpus.json names no city; the articles speak for **{city}** ({why}).",
    ),
    "city_unknown": (
        "corpus.json 未指定城市，文章也未表明是哪个城市的：按无本地城市的语料读取，每个数字归其所属地方。",
        "corpus.json names no city and the articles do not say whose they are: read as a corpus "
        "without a home city, every figure under its own place.",
    ),
    "city_feed": (
        "无本地城市的语料（如新闻汇编）：每个数字归其所属地方。",
        "A corpus without a home city (a feed): every figure goes to its own place.",
    ),
    "city_save_paper": ("报纸或来源名称", "Paper or source name"),
    "city_save": ("写入 corpus.json", "Save to corpus.json"),
    "city_save_feed": ("作为无本地城市的语料写入 corpus.json", "Save to corpus.json as a corpus without a home city"),
    "city_saved": ("已写入 corpus.json。", "Saved to corpus.json."),
    "feed_title": ("疫情时间线", "COVID-19 timeline"),
    "no_home_city": ("无本地城市", "no home city"),
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
    "fix_pick_action": (
        "请先选择操作：标记为错误，或修改数值或日期。未保存任何更正。",
        "Choose an action first: mark as wrong, or change its value or date. Nothing was saved.",
    ),
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
    "export_hint": (
        "每张图右上角的相机图标也可直接下载 PNG（无需服务器端浏览器）。",
        "Each chart's camera icon (top right) also downloads a PNG, no server browser needed.",
    ),
    # ---- the briefing deck
    "deck_briefing": ("疫情时间线简报", "COVID-19 timeline briefing"),
    "deck_data_asof": ("数据截至", "Data as of"),
    "deck_key_figures": ("关键数字", "Key figures"),
    "deck_sources": ("资料来源", "Sources"),
    "deck_sources_cont": ("资料来源（续）", "Sources (continued)"),
    "deck_articles": ("报道", "Articles"),
    "deck_published": ("发布", "published"),
    "deck_quotes": ("关键数字原文", "Quotes behind the key figures"),
    "deck_no_data": ("暂无数据", "no data"),
    "deck_derived": ("推算", "derived"),
    "deck_resumption_rate_of": ("复工率", "Resumption rate"),
}


# ---------------------------------------------------------------- names of things

# Places whose English name is not the plain romanisation of the Chinese (or needs no suffix).
PLACE_EN = {
    "全国": "China",
    "中国": "China",
    "全省": "the province",
    "我省": "the province",
    "湘西土家族苗族自治州": "Xiangxi",
    "内蒙古自治区": "Inner Mongolia",
    "西藏自治区": "Tibet",
    "广西壮族自治区": "Guangxi",
    "宁夏回族自治区": "Ningxia",
    "新疆维吾尔自治区": "Xinjiang",
    "香港特别行政区": "Hong Kong",
    "澳门特别行政区": "Macao",
    "陕西省": "Shaanxi",
}

# Administrative suffix → English suffix (longest first). Prefecture-level cities and
# provinces go by their bare name (Zhuzhou, Hubei), as English-language news does.
PLACE_SUFFIX_EN = (
    ("自治县", " Autonomous County"),
    ("自治州", " Prefecture"),
    ("新区", " New Area"),
    ("街道", " Subdistrict"),
    ("省", ""),
    ("市", ""),
    ("区", " District"),
    ("县", " County"),
    ("镇", " Town"),
    ("乡", " Township"),
    ("盟", " League"),
    ("旗", " Banner"),
)

# What kind of organisation a name ends in (its English after the romanised name, longest
# first): 中国航发南方工业有限公司 → Zhongguo Hangfa Nanfang Gongye Co., Ltd.
ORG_SUFFIX_EN = (
    ("股份有限公司", "Co., Ltd."),
    ("有限责任公司", "Co., Ltd."),
    ("有限公司", "Co., Ltd."),
    ("人民医院", "People's Hospital"),
    ("中心医院", "Central Hospital"),
    ("医院", "Hospital"),
    ("卫生院", "Health Center"),
    ("集团", "Group"),
    ("公司", "Company"),
    ("大学", "University"),
    ("学院", "College"),
    ("学校", "School"),
    ("中学", "Middle School"),
    ("小学", "Primary School"),
    ("中心", "Center"),
    ("工厂", "Factory"),
    ("社区", "Community"),
    ("村", "Village"),
)

# Word pieces of a sector as the articles name it (重点项目, 规模以上工业企业, 寄递企业):
# the name is split into known pieces, longest first, and their English joined in order.
SECTOR_WORDS = {
    # whole names whose English is not the sum of their pieces
    "规模以上工业企业": "above-size industrial firms",
    "规模工业企业": "above-size industrial firms",
    "规上工业企业": "above-size industrial firms",
    "个体工商户": "sole traders",
    "市场主体": "market entities",
    "农贸市场": "farmers' markets",
    "专业市场": "specialised markets",
    "道路客运班线": "road passenger routes",
    "城市公交线路": "city bus routes",
    "中小企业": "small and medium firms",
    "重点工程": "key works",
    "重点项目": "key projects",
    "重点企业": "key firms",
    # modifiers
    "重点": "key",
    "规模以上": "above-size",
    "规上": "above-size",
    "工业": "industrial",
    "寄递": "delivery",
    "快递": "express delivery",
    "物流": "logistics",
    "商贸": "trade",
    "流通": "distribution",
    "外贸": "foreign-trade",
    "建筑": "construction",
    "房地产": "property",
    "餐饮": "catering",
    "住宿": "hotel",
    "批发": "wholesale",
    "零售": "retail",
    "服务业": "service",
    "民营": "private",
    "国有": "state-owned",
    "省": "provincial",
    "市级": "city-level",
    "新开工": "newly started",
    "在建": "ongoing",
    "产业": "industry",
    "制造业": "manufacturing",
    "城市": "city",
    "道路": "road",
    "客运": "passenger",
    "公交": "bus",
    "农业": "farming",
    "涉农": "farming",
    "医疗": "medical",
    "物资": "supplies",
    "生产": "production",
    "防疫": "epidemic-control",
    "文旅": "culture and tourism",
    "交通": "transport",
    "高新技术": "high-tech",
    "园区": "industrial park",
    "规模": "above-size",
    "外资": "foreign-funded",
    "出口": "export",
    "科技": "technology",
    "能源": "energy",
    # heads
    "工业企业": "industrial firms",
    "企业": "firms",
    "项目": "projects",
    "工地": "building sites",
    "门店": "shops",
    "商户": "merchants",
    "网点": "outlets",
    "工厂": "factories",
    "商场": "shopping malls",
    "超市": "supermarkets",
    "市场": "markets",
    "店铺": "shops",
    "餐饮店": "restaurants",
    "景区": "scenic spots",
    "工程": "works",
    "出租车": "taxis",
    "网约车": "ride-hailing cars",
    "客车": "coaches",
    "车辆": "vehicles",
    "公交车": "buses",
    "公交车辆": "buses",
    "班线": "routes",
    "客运班线": "passenger routes",
    "线路": "routes",
    "公交线路": "bus routes",
    "班次": "services",
    "航班": "flights",
    "列车": "trains",
}

# A paper's name is a place and a kind of paper (株洲日报 → Zhuzhou Daily).
PAPER_EN = {
    "人民日报": "People's Daily",
    "新华社": "Xinhua",
    "新华网": "Xinhua",
    "光明日报": "Guangming Daily",
    "经济日报": "Economic Daily",
    "中国日报": "China Daily",
}
PAPER_KIND_EN = (
    ("日报", " Daily"),
    ("晚报", " Evening News"),
    ("都市报", " Metropolis Daily"),
    ("商报", " Business Daily"),
    ("新闻网", " News"),
    ("广播电视台", " Radio and TV"),
    ("电视台", " TV"),
    ("卫健委", " Health Commission"),
    ("卫生健康委员会", " Health Commission"),
)
