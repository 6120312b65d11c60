"""Metric rules as data: the words Chinese reports use for each figure.

Families name *what* is counted (确诊, 出院, 医学观察 …); modifiers say *how* (新增 = per
day, 累计 = cumulative, 现有 = current). The engine combines the two, so a new phrasing
usually needs one word added here rather than a new pattern.
"""

from __future__ import annotations

import re

from extract.patterns import word_scanner

# (family, pattern). Earlier alternatives win at the same position; "病例" alone is weak.
CASE_FAMILIES: list[tuple[str, str]] = [
    ("recovery_rate", r"治愈出院率|治愈率|治愈比例"),
    (
        "released",
        r"解除(?:了)?(?:集中|居家)?(?:隔离)?(?:医学观察|医学隔离观察|隔离观察|医学隔离管理|医观察)|已解除(?=\s*(?:\d|$))"
        r"|(?<=密切接触者)已?解除隔离|脱离医疗观察|从医疗观察中释放",  # machine rewordings of 解除医学观察
    ),
    (
        "observation",
        r"医学观察|医学隔离观察|医学隔离管理|医疗观察|(?<=尚在)观察中|(?<=正在)观察中|(?<=继续)观察(?:的)?(?=\s*(?:\d|$))",
    ),
    # 密切接触者的密切接触者 (second-degree contacts): no metric, like the asymptomatic
    ("contacts_of_contacts", r"(?:密切接触者|密接者?)的(?:密切接触者|密接者?)"),
    ("close_contacts", r"密切接触者|密切接触人员|密接人员|密接者"),
    (
        "critical",
        r"危重症|危重型|危重病例|危重患者|危重|病危|重症监护|加护病房|深切治疗部|危殆|(?<!脱离)危险状态|命危",
    ),  # 危殆, 处于危险状态: Hong Kong usage
    ("severe", r"重症|重型|病情严重|情况严重"),
    # 1,433人不治, 不治身亡 (Hong Kong usage)
    # 累计636人死 确诊病例破3万: a headline's bare 死 right after the count
    (
        "deaths",
        r"死亡|病亡|逝世|离世|病逝|身亡|去世(?!的)|不治(?!之症|疗)|死于|(?<![\u4e00-\u9fff])死(?=[\s,，。!！;；]|$)",
    ),
    (
        "hospitalized",
        r"在院治疗|住院治疗|留院治疗|留医治疗|在医院治疗|医院治疗|在院|现有住院|住院|隔离治疗|集中救治(?![\u4e00-\u9fff]{0,4}(?:医院|中心))|隔离救治(?![\u4e00-\u9fff]{0,4}(?:医院|中心))|现有确诊|现有病例|现存确诊|正在治疗"
        r"|接受治疗|在治|(?<=现有)(?:新冠(?:病毒|肺炎)|新型冠状病毒(?:肺炎)?)?患者"
        r"|(?:(?<=目前)|(?<=目前已)|(?<=目前已经))入院",  # 1974例目前已经入院
    ),
    (
        "recovered",
        r"治愈出院|治愈|出院|痊愈|康复者|康复病例|康复人数|(?<=已)康复(?![\u4e00-\u9fff]{0,2}(?:中心|期|医院|训练))|(?<=完全)康复|康复(?=\s*(?:\d|$))",  # 其中包括…、康复1305例
    ),
    ("suspected", r"疑似"),
    ("asymptomatic", r"无症状感染者|无症状感染"),  # reported apart from confirmed cases
    # 累计逾19,000人染病, 近2万人受染病 (Hong Kong usage)
    # 663人感染: the verb right after a count, ending its clause (not 1名检疫官也确认感染, one
    # officer's story; not 感染科, 感染风险)
    (
        "confirmed",
        r"确诊|新增病例|感染者|感染(?:总数|人数)|(?<![\u4e00-\u9fff])感染(?=\s*(?:[,，。;；、]|$))|(?<!传)受?染病",
    ),
    ("weak_case", r"病例|个案"),  # 个案: Hong Kong's and Taiwan's word for a case
]
CASE_FAMILY_RE = re.compile("|".join(f"(?P<{f}>{p})" for f, p in CASE_FAMILIES))
# In the words after a number, a verb says what happened to the counted people:
# "7名确诊患者治愈出院" counts recoveries, not confirmations.
VERB_FAMILIES = ("recovered", "deaths", "released", "observation", "hospitalized")
NOUN_FAMILIES = ("critical", "severe", "hospitalized", "suspected", "confirmed", "close_contacts", "weak_case")

NEW_WORDS = r"(?:较|比)(?:前一?[天日]|昨[天日]|上一?日|24小时前|前24小时)(?:数据|统计)?(?:增加|新增|增长|多了?)|新增|新发现|新报告|新确诊|当日(?!晚些时候|[^,，。;；\d]{0,6}?(?:报道|宣布|表示|透露))|当天(?!晚些时候|[^,，。;；\d]{0,6}?(?:报道|宣布|表示|透露))|又有|再有|再增加|再新增|再增(?![至到])|增加(?![至到])|又|此次|本次|今日|昨日|日增|最后|过去24小时|24小时内|(?:大|激|暴|猛|急)增(?![至到])|最近一[天日]|单日|(?<![增])添(?=\s*(?:\d|$))"
# (令到本省确诊人数为661人, 致使…: the total a day's rise brings)
TOTAL_WORDS = r"截至当天|截至当日|截至今日|截至今天|截止当天|截止当日|累计|累积|共计|总计|合计|共有|共|增至|增加至|增加到|增长到|上升到|上升至|攀升至|升至|来到|达到|已有|至此|总数|总人数|总(?=死亡|确诊|病例|感染|治愈|康复|出院)|令到|致使|迄今|已达"
CURRENT_WORDS = r"现有|尚有|仍有|目前|正在|尚在|仍在|现存|还有|剩余|仅余|仅剩|尚余|只剩|降至|下降至|降到|下降到|减至|减少至|减少到|回落至"
MODIFIER_RE = re.compile(f"(?P<new>{NEW_WORDS})|(?P<total>{TOTAL_WORDS})|(?P<current>{CURRENT_WORDS})")

CASE_UNITS = {"例", "人"}

# family × modifier → metric. A modifier is the nearest of 新增 (new), 累计 (total),
# 现有 (current) or none (plain); None means the combination states no figure we keep
# (新增危重症, 新增疑似, 新增密切接触者).
FAMILY_METRICS: dict[str, dict[str, str | None]] = {
    #                 plain                    new                         total                         current
    "confirmed": dict(plain="confirmed_total", new="confirmed_new", total="confirmed_total", current="hospitalized"),
    "weak_case": dict(plain="confirmed_total", new="confirmed_new", total="confirmed_total", current="hospitalized"),
    "recovered": dict(plain="recovered_total", new="recovered_new", total="recovered_total", current="recovered_total"),
    "deaths": dict(plain="deaths_total", new="deaths_new", total="deaths_total", current="deaths_total"),
    "severe": dict(plain="severe", new="severe_new", total="severe", current="severe"),
    "critical": dict(plain="critical", new=None, total="critical_total", current="critical"),
    "hospitalized": dict(plain="hospitalized", new="hospitalized", total="hospitalized", current="hospitalized"),
    "suspected": dict(plain="suspected", new=None, total="suspected", current="suspected"),
    "observation": dict(plain="observation", new="observation", total="observation", current="observation"),
    "released": dict(
        plain="observation_released_total",
        new="observation_released_new",
        total="observation_released_total",
        current="observation_released_total",
    ),
    "close_contacts": dict(
        plain="close_contacts_total", new=None, total="close_contacts_total", current="close_contacts_total"
    ),
    "recovery_rate": dict(plain="recovery_rate", new="recovery_rate", total="recovery_rate", current="recovery_rate"),
}
MODIFIERS = ("plain", "new", "total", "current")

# None-statements: 无新增确诊病例 → confirmed_new 0. A streak (已连续5天无新增) is one zero, on
# the as-of date (the last day of the run); a vague one (多日无新增) is none.
NONE_RE = re.compile(
    r"(?P<neg>无|没有出现|没有发现|没有|未有|未出现|未发现|未(?=新增)|零)(?:一例)?"
    r"(?:新冠肺炎|新型冠状病毒肺炎|新型冠状病毒感染的肺炎)?(?P<new>新增|新发)?(?:报告)?"
    r"(?:新冠肺炎|新型冠状病毒肺炎|新型冠状病毒感染的肺炎)?(?P<local>本地|本土)?(?P<imported>境外输入|输入性?)?"
    r"(?P<kw>确诊病例|确诊患者|确诊|本地病例|病例|死亡病例|死亡|病亡病例|病亡|重症病例|重症患者|重型患者|重型病例"
    r"|危重症病例|危重病例|危重患者|危重型病例|疑似病例|疑似|重症(?=[和、及与])|危重(?=[和、及与])"
    r"|治愈出院病例|出院病例|患者危殆)"
    # 无确诊病例接触史, 无疑似病例接触史: a patient's history, not a count
    r"(?!(?:病例|患者)?(?:的)?(?:接触史|接触|密切接触|旅居史|暴露史|流行病学史))"
    r"(?!者?的[\u4e00-\u9fff])"  # 客房内没有出现确诊者的乘客: who is described, no count
)
# 确诊病例当日无新增 / 已连续9天无新增确诊病例: the word order is free.
NONE_AFTER_RE = re.compile(
    r"(?P<kw>确诊病例|确诊患者|死亡病例|重症病例)(?:数)?(?:当日|当天|连续\d+天|已连续\d+天|均)?"
    r"(?P<neg>无|没有|零)(?P<new>新增)"
)
# A none-statement's noun → (metric when 新增, metric otherwise); None: not a figure we keep
# (无疑似 is vague; 无病例 alone too vague to be a cumulative 0).
NONE_METRICS: dict[str, tuple[str | None, str | None]] = {
    "确诊病例": ("confirmed_new", "confirmed_total"),
    "确诊患者": ("confirmed_new", "confirmed_total"),
    "确诊": ("confirmed_new", "confirmed_total"),
    "本地病例": ("confirmed_new", "confirmed_total"),
    "病例": ("confirmed_new", None),
    "死亡病例": ("deaths_new", "deaths_total"),
    "死亡": ("deaths_new", "deaths_total"),
    "病亡病例": ("deaths_new", "deaths_total"),
    "病亡": ("deaths_new", "deaths_total"),
    "重症病例": ("severe_new", "severe"),
    "重症患者": ("severe_new", "severe"),
    "重型患者": ("severe_new", "severe"),
    "重型病例": ("severe_new", "severe"),
    "危重症病例": (None, "critical"),
    "危重病例": (None, "critical"),
    "危重症": (None, "critical"),
    "危重患者": (None, "critical"),
    "危重型病例": (None, "critical"),
    "危重": (None, "critical"),  # 无危重和死亡病例
    "患者危殆": (None, "critical"),  # 無患者危殆 (Hong Kong usage)
    "重症": ("severe_new", "severe"),
    "疑似病例": (None, "suspected"),
    "治愈出院病例": ("recovered_new", "recovered_total"),  # 无新增出院病例
    "出院病例": ("recovered_new", "recovered_total"),
    "疑似": (None, "suspected"),
}
# 无重症病例、危重病例和死亡病例: more nouns the same 无 covers
NONE_MORE_RE = re.compile(
    r"[、和及与](?P<kw>危重症病例|危重病例|危重患者|危重症|死亡病例|病亡病例|重症病例|重型病例|疑似病例|确诊病例|死亡|重症)"
    r"(?!(?:病例|患者)?(?:的)?(?:接触史|接触|密切接触|旅居史))"
)
# 零 (零死亡, 零确诊) only for these nouns; 零重症 is rhetoric more often than a count.
NONE_ZERO_NOUNS = ("死亡", "确诊", "确诊病例", "病例")
# 连续3天确诊病人“0”报告, 新增确诊病例零增长, 新增确诊病例为零: a zero written as a number
ZERO_AFTER_RE = re.compile(
    r"(?:新增)?(?P<kw>确诊病例|确诊患者|确诊病人|死亡病例)(?:数)?(?:(?:已经?)?连续\d+天|近几天|近\d+天|均)?"
    r"(?:、[\u4e00-\u9fff]{2,6})?(?:[“\"‘]\s*(?:0|零)\s*[”\"’]\s*(?:报告|增长|新增)|零增长|零报告|均?为零|均?为0(?![\d.]))"
)
# 在院病人数为0, 疑似病人数为0: a current count written as zero (新增疑似 has no metric)
ZERO_CURRENT_RE = re.compile(
    r"(?<!新增)(?P<kw>在院病人|在院患者|住院病人|住院患者|在院病例|疑似病人|疑似患者|疑似病例)(?:人)?数?(?:为|是)(?:0|零)(?![\d.])"
)
# every zero form above ends in one of these: pages without any skip both scans
# (为0, 是零, 零增长 …, 0”: found at the 0 or 零, looking back, so the scan skips 为 and 是)
ZERO_GATE = re.compile(r"[0零](?:(?<=[为是].)|(?<=零)(?=增长|报告|新增)|(?=\s*[”\"’]))")
# The word-order-free form (确诊病例当日无新增) is always about the day; the zero counts are today's.
NONE_AFTER_METRICS = {
    "在院病人": "hospitalized",
    "在院患者": "hospitalized",
    "住院病人": "hospitalized",
    "住院患者": "hospitalized",
    "在院病例": "hospitalized",
    "疑似病人": "suspected",
    "疑似患者": "suspected",
    "疑似病例": "suspected",
    "确诊病例": "confirmed_new",
    "确诊患者": "confirmed_new",
    "确诊病人": "confirmed_new",
    "死亡病例": "deaths_new",
    "重症病例": "severe_new",
}
# 点军区、猇亭区…均无新增: the list a none-statement covers ends in 均/都/全部.
LIST_ALL_RE = re.compile(  # 平谷区、密云区、延庆区尚未有病例; 屏南、寿宁、柘荣三县持续保持零确诊病例
    r"(?:(?:[一二两三四五六七八九十]|\d+)个?(?:县|区|市|县区|县市)(?:持续|仍然|仍|继续)?(?:保持|实现)?|均|都|全部|皆|尚)\s*$"
)
WHOLE_BEFORE_GROUP = re.compile(r"(?:全市|全州|全县|全省|所有|各)$")  # 全市9个县(市、区)均无新增: the whole
# 截至…,累计报告无症状感染者15例,其中转为确诊病例4例…,尚在接受隔离医学观察1例: the
# asymptomatic carriers' sentence, every count of it theirs (no metric of ours)
ASYMPTOMATIC_SENTENCE = re.compile(
    r"\s*(?:(?:截至|截止)[^,，。]{0,24}[,，]\s*)?(?:全[市县州省区])?(?:累计|现有|新增|当日)?(?:报告)?(?:的)?无症状感染者"
)
# 沿海四个县(市、区)连续20天无新增: a group of places the text does not name, no one's figure
# 5个省区新增病例数为0: a count of places the text does not name, each with that figure (not
# their sum: 山西省11个城市共报告47例)
_COUNTED_REGIONS = (
    r"(?:[一二两三四五六七八九十]+|\d+)个(?:省区(?!市)|省份|国家|地区|城市|地市|市州)[^,，;；。\d共合总累]{0,8}$"
)
COUNTED_REGIONS_BEFORE = re.compile(_COUNTED_REGIONS)
UNNAMED_GROUP_BEFORE = re.compile(
    r"(?:[一二两三四五六七八九十]|\d+)个?(?:县|区|市|乡镇|镇|街道)(?:[(（][^()（）]{0,6}[)）])?[^,，;；。]{0,10}$|"
    + _COUNTED_REGIONS
)
# 病例多日无新增 states no day's figure: skipped.
VAGUE_RUN_BEFORE = re.compile(r"多日|多天|连日|近日来|持续")
VAGUE_STREAK_RE = re.compile(r"(?:多日|多天|持续)\s*$")
# 已连续5天无确诊病例: days in a row without a case are days without a new one
_STREAK = r"连续\s*(?:\d+|[一二两三四五六七八九十]+)\s*(?:天|日)"
STREAK_RE = re.compile(_STREAK)  # 确诊数已连续6天维持在50例以下: a run of days, anywhere in a clause
STREAK_BEFORE_RE = re.compile(_STREAK + r"\s*$")

# 清零: what was cleared is a figure of 0 (implied, its own rule id). 双清零 is no confirmed
# case in hospital and no suspected case.
CLEARED_RE = re.compile(r"清零(?![”\"]?(?:不等于|不代表|不意味|并不|之际|以后|后|背后|的))")
# 清零目标 is a goal, unless it was met: 率先实现了住院患者“清零”目标
CLEARED_GOAL = re.compile(r"[”\"]?目标")
CLEARED_GOAL_MET = re.compile(r"实现了|已经?实现|已达成|达成了")
CLEARED_NEGATED = re.compile(r"[未没不](?:实现|全部|已|均|动态)?[“\"”]?$")
# 随着…清零, 力争…清零, 清零？: a topic, a goal or a question, not a statement that it happened
CLEARED_NOT_BEFORE = re.compile(r"力争|确保|争取|早日|一旦|如果|何时|能否|是否|各县|各区|各地|陆续|逐步|先后")
# 随着病例清零…: a topic, in the 清零's own clause (随着最后4例出院，…实现了清零 states it)
CLEARED_TOPIC = re.compile(r"随着")
# 确诊和疑似病例全部治愈出院,实现“清零”: the clause says only that; what was cleared is before
CLEARED_BARE_CLAUSE = re.compile(r"^\s*(?:至此|从而|已经?|均已|全部)?(?:实现了?|达到|完成)?[“\"]?$")
# 疑似病例和密切接触者已全部解除隔离: zeros, implied as 清零's are
RELEASED_ALL_RE = re.compile(
    r"(?:均已|已经|已)?全部解除(?:了)?(?:集中|居家)?(?:医学)?(?:隔离)?(?:观察)?(?![\u4e00-\u9fff]{0,2}(?:的|人员|者))"
)
EXCLUDED_ALL_RE = re.compile(r"(?:均已|已经|已)?全部(?:予以)?排除(?![\u4e00-\u9fff]{0,2}(?:的|人员|者))")
# 除开江县外，达州其他县(市、区)都已实现…清零: the rest of the places, none named
CLEARED_REST = re.compile(r"其他|其余|其它|除(?![^,;。]{0,4}(?:死亡|病亡))[^,;。]{1,12}外")
CLEARED_NOUNS: list[tuple[str, re.Pattern]] = [
    ("suspected", re.compile(r"疑似")),
    ("observation", re.compile(r"医学观察|密切接触者|密接")),
    ("hospitalized", re.compile(r"在院|住院|确诊|患者|病例|病人")),
]

# --- work resumption -------------------------------------------------------------
RESUME_VERB = r"复工复产|开复工|复工|复产|开工|复岗|开门营业|复工营业|开业|复市|恢复生产|恢复营业|恢复建设|恢复施工|投产|投入生产|复业"
RESUME_VERB_RE = re.compile(RESUME_VERB)
NOT_YET_RESUMED_AFTER = re.compile(
    r"正在(?:开展|做好|进行)?(?:复工|复产|复工复产)(?:前的)?准备|正在准备|尚未(?:复工|复产|开工)|未复工|待复工"
    r"|(?:无法|未能|不能)(?:复工|复产|开工)"  # 15家因退出…而无法复工的企业
    r"|正在申请(?:复工|复产)"  # 除1家企业正在申请复工以外: an application
)
# 各类工业企业提出申请复产复工56户, 递交复工复产材料的企业有35家, 具备复工复产条件的有34家:
# firms that applied or may resume, not firms that resumed
_RESUMING = r"(?:复工复产|复产复工|复工|复产|开工)"
APPLIED_BEFORE = re.compile(
    rf"(?:(?:申请|递交|提交|上报)了?{_RESUMING}(?:的)?(?:申请|材料|报告)?|具备{_RESUMING}条件)(?:的)?(?:企业)?(?:共|达|有)?$"
)
# (not 全面复工: N家企业已全面复工 says each is back in full, not that they are the whole sector)
ALL_RESUMED_RE = re.compile(r",?\s*(?:也|都|均)?(?:已经?|均已|已)?全部(?:已|实现)?(?:" + RESUME_VERB + ")")
RESUMPTION_RATE_RE = re.compile(
    r"复工复产率|开复工率|开\(复\)工率|复工率|复产率|开工率|复工比例|复工占比|复市率|复业率|开业率|营业率"
)
# 复工98.8%, 复工近90%, 已100%复工: a share that resumed, written without 率
RATE_BY_VERB_BEFORE = re.compile(r"(?:复工复产|复工|复产|开工)(?:率)?(?:达到|达|为|近|超过|超|约)?$")
RATE_BY_VERB_AFTER = re.compile(
    r"^(?:以上)?(?:的)?(?:[\u4e00-\u9fff]{0,8}?(?:企业|项目|工地|商户|门店|市场主体))?"
    r"(?:已经|已|均已|实现)?(?:复工复产|复工|复产|开工)"
)
OUTPUT_SHARE_BEFORE = re.compile(r"占[^,，。;；]{0,10}?(?:总产值|产值|营收|营业收入|税收|比重)(?:的)?$")
TEAM_AFTER = re.compile(r"^[\u4e00-\u9fff]{0,14}?(?:小组|工作组|督导组|指导组|专班|服务队|工作队|突击队)")
WORKER_RATE_RE = re.compile(r"返岗率|到岗率|复岗率|返岗比例|到岗比例|到岗复工率|(?:返岗|到岗|复岗)人数(?:比例|占比)?")
# 过半已返岗, 约85%的员工到岗: a share of the workers back, written without 率
WORKER_RATE_AFTER = re.compile(
    r"(?:以上)?(?:的)?(?:[\u4e00-\u9fff]{0,4}?(?:员工|职工|工人|人员))?(?:已经|已|均已)?(?:返岗|到岗|复岗|返厂)"
)
WORKER_NOUN_BEFORE = re.compile(
    r"(?:复工复产|复工|返岗|返工|到岗|复岗|返厂|在岗|上岗)(?:的)?(?:总)?(?:企业|单位)?(?:工作)?(?:人员|人数|员工|职工|工人|务工人员)"
    r"|(?:员工|职工|工人|务工人员|农民工)(?:已|已经|累计)?(?:返岗|到岗|复岗|返厂)(?:人数)?(?:达到|达|为)?$"
    # 到岗12.3万人、到岗率85.6%: the verb alone, opening its clause
    r"|(?:^|(?<=公司)|(?<=集团)|(?<=企业)|(?<=工厂))(?:目前|现已|现|当前)?(?:已|已经|累计|共|实际|实)?"
    r"(?:返岗|返工|到岗|复岗|返厂)(?:人数)?(?:达到|达|为)?$"
    # 公司对于返岗的172名员工: the verb describing the workers counted
    r"|(?:返岗|返工|到岗|复岗|返厂|上岗)(?:了)?的$"
    # 接回企业员工613人, 共接回人员126名: the workers brought back, their noun before the count
    r"|(?:接回|接返|迎回)(?:了)?(?:企业)?(?:员工|职工|工人|务工人员|人员)(?:共)?$"
)
# 组织130名务工人员乘专车赴浙江返岗, 487名返岗人员的大巴开往上海: workers leaving for jobs elsewhere
WORKERS_LEAVING = re.compile(
    r"开往|赴[\u4e00-\u9fff]{1,6}|前往|送往|输送|运送|外出务工|出发|启程|护送|点对点|送达|在外务工|劳务输出|务工专列|送外出"
)
# 55家企业接回278名员工: workers brought back to the place
WORKERS_BROUGHT_BACK = re.compile(r"(?:接回|迎回|接返|接来|接送(?:员工|职工|工人|务工人员)?)$")
WORKERS_BROUGHT_BACK_NOUN_FIRST = re.compile(
    r"(?:接回|迎回|接返|接送)(?:返岗|返工)?(?:员工|职工|工人|务工人员)(?:共)?$"
)
WORKERS_BROUGHT_BACK_ANY = re.compile(r"接回|迎回|接返|接来")  # …分赴10多个省份，接回返岗人员近千人
# 已复工…59户，占…规上工业企业的91%: the share that resumed
RESUMED_SHARE_BEFORE = re.compile(r"占[^,;。]{0,24}?(?:的)?(?:比例|比重)?(?:为|达|达到)?$|占比(?:为|达|达到)?$")
# what else a share may be of: output, revenue, power, money
OTHER_MEASURE = re.compile(r"产值|营收|营业收入|产量|产能|用电|税收|利润|亿元|万元")
WORKER_AFTER = re.compile(
    r"^(?:的)?(?:[\u4e00-\u9fff]{0,4}?(?:员工|职工|工人|人员|农民工|务工人员))?"
    r"(?:(?:依靠|通过|乘坐|搭乘|借助)[^,;。]{0,10}?)?"  # 200多人依靠这种方式返岗: how they came back
    r"(?:已|已经|全部|陆续|均已|实现)?"
    r"(?:返岗|到岗|复工|复岗|返厂|到厂|上岗到位|报到上岗|返回岗位|返回工作岗位|回到(?:厂里|工厂|车间|岗位|工作岗位))"
)
SECTOR_RE = re.compile(
    r"[\u4e00-\u9fff]{0,12}?(?:工业企业|企业|市场主体|项目|工地|门店|商户|网点|工厂|车间|合作社|商场|超市|农贸市场|"
    r"专业市场|市场|店铺|餐饮店|面馆|餐馆|饭店|餐厅|酒店|宾馆|个体工商户|景区|重点工程|工程|楼宇|租户|行业|"
    r"(?:(?<=商贸)|(?<=服务业)|(?<=服务)|(?<=餐饮)|(?<=批零)|(?<=住餐)|(?<=限上)|(?<=规上))单位)+"
)
_SECTOR_JUNK = re.compile(
    r"^(?:上岗|在岗|到岗|返岗|全市|全区|全县|我市|该市|本市|该区|该县|已有|已经有|目前|截至|其中|已经|共有|共|有|已|的|和|及|、|"
    r"[个家名户]|项(?!目)|恢复|开通|复运|实现|投入运营|投入|运营|"
    r"[\u4e00-\u9fff]{2,3}(?:市|区|县)(?![场])|"
    r"[\u4e00-\u9fff]{0,8}?(?:高新区|经开区|开发区|新区|示范区|产业园区|工业园区))+"
)
# A "sector" that contains a verb is a clause, not a noun phrase (口罩支持重点项目).
NOT_SECTOR_RE = re.compile(
    r"支持|推动|帮助|助力|保障|服务(?!企业|业|行业|类|单位)|为|向|给|送|对接|用于|(?<!以上)(?<!以下)的"
)
SERVICE_VERB_RE = re.compile(r"恢复|开通|复运|复航|开行|重开")
SERVICE_NOUN_RE = re.compile(
    r"[\u4e00-\u9fff]{0,4}?(?:客运班线|班线|公交线路|公交车辆|公交车|线路|客车|车辆|出租车|网约车|班次|航班|列车)"
    r"(?=(?:恢复至|恢复到|上线运营|投入运营|复运|恢复运营|达到|达|共|有)?$)"
)

# 54条公交线路全部恢复运营, 开通16条线路: the count before the service's noun
SERVICE_AFTER_RE = re.compile(
    r"(?P<noun>[\u4e00-\u9fff]{0,4}?(?:客运班线|班线|公交线路|公交线|线路|公交车|出租车|客车|公交车辆))"
    r"(?P<verb>(?:已|均已|全部|陆续|也|均|已经|全面)*(?:恢复|开通|复运|复工(?!率)|投入运营|上线|正常运营|正常运行))?"
)
SERVICE_VERB_BEFORE_COUNT = re.compile(r"(?:恢复|开通|复运|开行)(?:运营|运行)?了?$")
SERVICE_VERB_BEFORE_LIST = re.compile(r"(?:恢复|开通|复运|开行)[^,;。]{0,40}?(?:共|共计|合计)$")

# 复工率、到岗率分别达到99.6%和97.8%: the k-th number after 分别 belongs to the k-th term.
RESPECTIVELY_RE = re.compile(r"分别(?:为|是|达到|达|有|增至|占)?")
# A section header of a bulletin's list: 新增出院病例中，A市9例、B市1例；现有重症病例中，…
# Each header sets the metric of the items after it, up to the next header.
SECTION_HEADER_RE = re.compile(
    r"(?:^|(?<=[,;:。\n])|(?<=其中))\s*(?P<head>(?:\d+例)?[\u4e00-\u9fff()]{0,12}?(?:病例|患者|感染者|病人))"
    r"(?:\(\d+例\))?(?:中|里)\s*[,:]?"
    # 死亡病例12例,分别为A市确诊病例4例…: a deaths list written with its total and 分别为
    r"|(?:^|(?<=[,;:。\n]))\s*(?P<head2>(?:死亡|病亡)病例)\d+例\s*,?\s*(?:分别为|分别是|其中)\s*[:]?"
    # 其中75例确诊病例为: 1.鄂尔多斯市11例…: a numbered list under its count's own words
    r"|(?:^|(?<=[,;:。\n])|(?<=其中))\s*\d+例(?P<head3>[\u4e00-\u9fff]{0,8}?(?:病例|患者))(?:为|如下|分布如下)\s*:"
    # 病例中3例死亡,为日本、香港及菲律宾各1例: the deaths, then whose they were
    r"|(?:^|(?<=[,;:。\n])|(?<=中)|(?<=累计)|(?<=累積))\s*\d+(?:例|人)(?P<head4>死亡|病亡)\s*,?\s*(?:为|分别为|分别是|包括)"
    # 今天新增27例中,…包括首尔2例: a bare count of new cases heading its breakdown
    r"|(?:^|(?<=[,;:。\n])|(?<=今天|今日|当天|当日))\s*(?P<head5>新增)\d+例(?:中|里|当中)\s*[,:]"
    # 总计19人死亡中,12例在雅加达: the deaths, then where
    r"|(?:^|(?<=[,;:。\n]))\s*(?P<head6>(?:总计|累计|共)?)\d+(?:例|人)(?:死亡|病亡)(?:病例)?(?:中|当中)\s*[,:]"
    # 已出院共1353人,包括境内确诊者等714人、钻石公主号639人: a count, then the places it includes
    r"|(?:^|(?<=[,;:。\n]))\s*(?P<head7>[\u4e00-\u9fff]{0,8}?(?:出院|治愈|康复|重症患者|危重症患者))"
    r"(?:共|共计|累计)?\d+(?:例|人)\s*,\s*包括"
)  # 累计确诊病例(935例)中, 确诊病例中西陵区213例

# 9例新增出院中,其中有潍坊3例: a count heading its own breakdown, whatever its noun
RESTATING_HEADER_AFTER = re.compile(r"[\u4e00-\u9fff]{0,8}?(?:中|里|当中)\s*[,，:：]")
# 179例病例中, 3例确诊病例中: a number restated in a section header
# a count that heads what follows: 157例确诊病例中…, 全县4名确诊患者已有3名治愈出院
HEADER_COUNT_AFTER = re.compile(
    r"[\u4e00-\u9fff]{0,8}?(?:病例|患者|病人|感染者)(?:中|里|(?=(?:已有|已经有|现已有|"
    r"已(?:经)?(?:治愈|康复)?出院|已(?:经)?治愈)[\d一二两三四五六七八九十]))"
)
# Corrections, reductions and forecasts are not counts of cases.
# 预计本周内,…复工率超过50%: a sentence that opens with a forecast states no figure
# 由2月4日的3887例下降到2月11日的2015例: the level a measure changed to, after the one it left
CHANGED_TO_BEFORE = re.compile(
    r"(?:下降|上升|提高|提升|增加|增长|减少|回落|攀升)(?:到|至)\s*(?:\d{1,2}月\d{1,2}日(?:的)?)?\s*$"
)
# 预计2月29日,规上工业企业复产率可达到100%: a forecast's date in its own clause before
FORECAST_CLAUSE_BEFORE = re.compile(r"(?:预计|预期|有望|力争|争取|计划|估计|估算|推算)[^,;。]{0,12},\s*$")
# 死亡人数有机会达150人, 可能高达370人, 平均死亡人数是每日150人: what might be, or an average,
# no count (in the count's own clause)
MODAL_BEFORE = re.compile(r"可能|有机会|或会|或将|估计|预测|预估|平均|日均")
FORECAST_OPENING = re.compile(r"[\s“\"「『]*(?:预计|预期|计划|力争|争取|有望)")  # (inside a quote too)
# 这3名患者确诊后, 以上3地5名患者: patients a story has counted already, pointed back at
RESTATED_BEFORE = re.compile(
    # 夫妻二人确诊: the couple the story is about, named by their relation, not a count
    r"(?:这|该|此|上述|以上)(?:(?:\d+|[\u4e00-\u9fff]{0,2})地)?$|(?:夫妻|夫妇|父子|母女|母子|父女|兄弟|姐妹|姐弟|兄妹|祖孙)$"
)
# 死亡病例数今天从8人倍增至16人: the count a change starts from (the one it reaches is the figure)
# (从前一天的4人增至7人: the day before's count is where it started too)
FROM_BASELINE = re.compile(r"(?:从|由)(?:前一?[天日]|昨[天日]|上一?日|上周)?的?\s*$")
CHANGE_TO_AFTER = re.compile(r"\s*(?:例|人|名|宗)?[^,;。]{0,6}?(?:增|升|降|减|涨)(?:加|长|少|低)?(?:至|到)")
NOT_A_COUNT_BEFORE = re.compile(
    r"(?:核减|订正|核销)(?!后)|剔除|减少|排除(?!感染风险|感染可能|风险)|预计|预期|有望|最晚|最早|最先|计划(?!内|外)|还将|即将|将有|将陆续"
    r"|(?:低于|少于|高于|多于)\s*$|分别来自"
    r"|(?:能|可|可以|将|会)(?:增加|增长|提高|上升|达|恢复)(?:到|至)?\s*$"
)  # 最晚确诊的1例: one patient; 首度低于1000例: a threshold; 分别来自西班牙1例: where they came from;
# 返岗工人大约能增加到120人: what it could reach
# 14个市州累计确诊病例均超过100例: a bound every member of a group passes, not a count
GROUP_BOUND_BEFORE = re.compile(r"均(?:已)?(?:超过|超|在|达到|达|逾)?$")
# 住院病例超过10例的目前还剩4市: a bound that picks out places (…的), not a count
THRESHOLD_AFTER = re.compile(r"(?:以上|以下)?的(?!(?:新冠肺炎)?(?:确诊|患者|病例|病人|密切接触者))")
# 治愈率均高于全国24.2%: between a figure's word and its number, a comparison with another level
COMPARED_BETWEEN = re.compile(r"(?:高于|低于|好于|优于|超过|超出)(?:全国|全省|全市|全区|同期|平均)")
# 新增病例总数比周六报告的75例减少: the count after 比 is the one compared with (no 增/减 between:
# 较昨日新增5例 is the change itself; no 比例, 占比)
COMPARED_WITH_BEFORE = re.compile(r"(?<!占)(?:比|较)(?![例重率])[^,，。;；增减多少升降加]{0,12}$")
# 累计报告病例848例。其中,疑似病例4例…: a count of reports that suspected and excluded cases split
WEAK_TOTAL_SPLIT = re.compile(r"[。,;]?\s*其中\s*[,:]?[^。]{0,30}?(?:疑似|排除)")
# 与第31例有关的确诊病例, 相关联的病例: a cluster, a subset of the place's cases
CLUSTER_BEFORE = re.compile(r"(?:有关|相关|关联|相关联)的")
# 出院总人数达80%: the share of the cases discharged (not 40%的出院患者解除了医学观察)
DISCHARGED_SHARE_BEFORE = re.compile(r"出院(?:总)?(?:人数|患者数|病例数)?(?:占比|比例)?(?:已)?(?:达到|达|为|占|超过)?$")
# 2月8日0时-24时，…治愈出院8例: a day's block counts that day's cases
# 据了解,当日北京市新增…；治愈出院病例5例: a sentence that opens on the day it reports
DAY_WORD_OPENING = re.compile(r"\s*(?:据了解|据悉|另据|另外|此外|同时)?[,，]?\s*(?:当日|当天)")
DAY_BLOCK_RE = re.compile(r"0?0\s*(?:时|点|:00)?\s*(?:-|—|–|~|至|到)\s*24\s*(?:时|点|:00)")
# 治愈出院5人, 康复出院3名: the verb right before a count of people (not 出院病例, 出院患者) reports
# discharges, that day's unless a modifier says 累计/共
DISCHARGE_VERB_BEFORE = re.compile(r"(?:治愈|康复)?出院(?:了)?$")
# Cases counted by where they came from (境外输入累计…, 其中武汉输入病例3例) are a subset with no
# metric of ours, reported apart from the place's own total.
IMPORTED_BEFORE = re.compile(r"境外输入|输入性|输入病例|输入型|输入确诊")
# 纽约州确诊病例最多,为15783例: a superlative's clause, then its count
# (死亡病例最多的城市是伊斯坦布尔,共有210例: the place the superlative names owns the count)
MOST_THEN_COUNT = re.compile(
    r"(?P<kw>确诊病例|死亡病例|病例)(?:数)?(?:最多|最高|居首)(?:的(?:城市|地区|州|省|府|国家)是[^,，。;；]{1,12})?"
    r"\s*[,，]\s*(?:为|达|有|共有?)$"
)
REMAINING_BEFORE = re.compile(r"(?:其余|其他|剩余|剩下)(?:的)?$")
IN_TREATMENT_AFTER = re.compile(r"治疗|救治|住院")
# 所有病例均在指定医院隔离治疗: every case so far is in hospital (the total is the current count)
ALL_IN_HOSPITAL_RE = re.compile(
    r"(?:所有|全部|以上)(?:确诊)?(?:病例|患者|病人)(?:目前)?(?:均|都|全部)(?:已)?(?:在|于)[^,;。，；]{0,16}?(?:隔离)?(?:治疗|救治)"
    # 我市共确诊…两例,现正在…汾阳医院进行治疗: the clause right after the total
    # (a literal first, so the scan of a page stays fast)
    r"|(?:现(?<=[例人],现)|目前(?<=[例人],目前))(?:正|均|都)?在[^,;。，；\d]{0,24}?(?:隔离)?(?:治疗|救治)(?![^,;。]{0,6}\d)"
)
# after the count only 境外 marks a subset: 又出现了2例新的输入性确诊病例 (January: from Wuhan) are
# the day's cases of the place, 11例境外输入确诊病例 are not
FOREIGN_IMPORTED_AFTER = re.compile(r"境外输入|境外")
# …2例系武汉输入病例的密切接触者, 3例为聚集性病例: a subset described by its source
# (含临床诊断病例4例), 临床转确诊1例, 男性病例147例: a kind of diagnosis or a sex inside a count, or a
# case moved from one kind to the other; a part of the count beside it, no figure of its own
# 其中1例治愈患者为该市首例确诊患者: which patient one of them was (an ordinal), no count
IDENTITY_AFTER = re.compile(
    r"[^,;。]{0,8}?(?:系|为|是)(?:该|全|本|我)?(?:市|县|区|省|州)?(?:的)?(?:首例|首位|首名|第[一二三四五六七八九十百\d]+(?:例|位|名))"
)
PART_KIND_BEFORE = re.compile(r"(?:临床诊断|临床转|转为|转|男性|女性)\s*$")
SOURCE_AFTER = re.compile(
    r"(?:病例|患者)?\s*(?:均|皆|都)?(?:系|为|是|属于?)[^,;。]{0,16}?"
    r"(?:输入|关联|密切接触者|密接|聚集|旅居|接触史|家庭)"
    # 15例已证实与第31例确诊患者有过接触, 322人无症状: a subset by contact or by symptoms
    r"|(?:病例|患者|人)?\s*(?:均|皆|都)?(?:已|已经)?(?:被)?(?:证实|确认|查明)?与[^,;。]{0,16}?(?:有过|有)?(?:接触|关联)"
    # 其中1名50多岁女性感染者感染路径不明: one patient described by age
    r"|\s*[\d一二三四五六七八九十]+多?岁[^,;。]{0,6}?(?:男|女)"
    # 4名新确诊的患者都是「生命护理中心」的住民: who they are, by where they live
    r"|[^,;。]{0,12}?(?:均|都|皆)(?:是|为)[^,;。]{0,30}?(?:住民|居民|住户)"
    # 此前确诊的12名患者是卡塔尔政府从伊朗接回的人员: who they are, by how they came
    r"|[^,;。]{0,12}?(?:是|为)[^,;。]{0,30}?(?:接回的人员|撤回的人员|外籍人士|外国公民)(?=[,;。]|$)"
    # 共有6位年長女患者因去過該佛堂而被確診: a cluster's patients, by where they caught it
    r"|[^,;。]{0,8}?(?:患者|病例|人)因[^,;。]{1,16}?而(?:被)?确诊"
    # 其中2例既有湖北及其他省份接触史…, 3例有境外旅行史: a part by where patients had been
    r"|(?:病例|患者)?\s*(?:均|都|既)?有[^,;。]{0,16}?(?:旅居史|接触史|旅行史|居住史)"
)
# 又一例重型患者已于当日解除重型,转为普通型: a patient no longer severe, no count of anything
STATE_CHANGE_AFTER = re.compile(r"[^,，;；。]{0,24}?(?:解除重型|解除危重|转为普通型|转为轻型|转为轻症|转为普通)")
# 近几日每天新增确诊病例1500例左右: a typical day of late, no day's count
DAILY_AVERAGE_BEFORE = re.compile(
    r"(?:近[几数一二三四五六七八九十]*[日天周]|近期|平均|日均)[^,，。;；]{0,12}?(?:每天|每日)"
)
# 照常举办5万人足球赛, 5万名观众: a crowd, not a count of cases
CROWD_AFTER = re.compile(r"(?:的)?(?:观众|球迷|足球赛|比赛|赛事|集会|音乐会|演唱会|庆典|游行)")
# 3名新确诊患者已被送往医院治疗: where the day's new patients went, no count of those in hospital
NEW_PATIENTS_SENT_AFTER = re.compile(
    r"(?:名|例)?新确诊(?:的)?(?:患者|病例)(?:均|已|均已|已经)?(?:被)?(?:送往|送至|转往|转至|收治)"
)
# 首尔办公楼27人集体感染: one building's cluster, no place's count
CLUSTER_AFTER = re.compile(r"\s*(?:集体|聚集性?)感染")
# S11榜鹅客工宿舍再增10起病例,使该感染群总病例达98起: a cluster's own counts (Singapore's press)
CLUSTER_IN_CLAUSE = re.compile(r"感染群|客工宿舍")
# 2名死亡患者年龄在41至65岁之间, 78名感染者中有40人未满40岁: a part by age, no count of its own
AGE_PART_AFTER = re.compile(
    r"[^,;。]{0,8}?(?:年龄|年纪)均?(?:在|为|介于|超过|低于|不到)|\s*(?:未满|不满|年满|超过|不到)\s*\d{1,3}\s*周?岁"
)
# 9973名疑似人员接受检测后结果呈阴性, 1149名疑似人员正在接受检测: people tested, not suspected cases
TESTED_AFTER = re.compile(r"\s*疑似(?:人员|者)[^,;。]{0,12}?(?:检测|阴性)")
# 1人是4日自武汉撤离的138人之一, 其中包括3名泰国人和4名中国人: a group it is one of, a
# nationality's share of a count
PART_OF_AFTER = re.compile(
    r"之一|[\u4e00-\u9fff]{0,3}国(?:籍)?(?:人|公民|游客)(?![\u4e00-\u9fff]{0,2}(?:确诊|病例))"
    r"|(?:为)?(?:本地|本土|社区)传播(?:病例|个案)"  # 其中有2例本地传播病例: how they caught it
)
# 二代病例146例, 社区感染病例45例, 聚集性病例: cases counted by how they were infected, a subset
SUBSET_KIND_BEFORE = re.compile(
    r"(?:二代|三代|四代|社区感染|社区传播|聚集性|家庭聚集性?|外籍(?:人士)?|轻型|普通型|轻症|密接者|密切接触者)"
    r"(?:确诊)?(?:病例|患者)(?:有|为|共)?\s*$"
)
# 目前已知有两名乘客确诊: a ship's or a flight's passengers, a group's count and no place's
PASSENGERS_AFTER = re.compile(r"(?:名|位|个)?(?:邮轮|游轮|船上|航班|机上)?(?:乘客|船员|旅客|机组人员)")
# 所有30名患者都在指定的医疗机构接受隔离治疗: the patients a count of the paragraph counted
ALL_OF_THEM_BEFORE = re.compile(r"(?:所有|全部)(?:的)?\s*$")
# 与已有确诊患者有接触71人: the new cases who met a patient (a part by how they caught it)
CONTACT_OF_BEFORE = re.compile(
    r"与[^,，。;；]{0,10}?(?:确诊|病例|患者)[^,，。;；]{0,6}?(?:有|有过)?(?:密切)?接触(?:史)?\s*$"
)
# 日本邮轮以外的确诊感染者增至83人: a count that leaves a part out is no place's figure
EXCEPT_BEFORE = re.compile(r"(?:以外|之外)的")
# 确诊者中322人无症状: a subset by symptoms, whatever counted it
ASYMPTOMATIC_AFTER = re.compile(r"\s*(?:病例|患者)?\s*(?:均|皆)?(?:为)?无症状")
# Words right after a count that make it no place's count, one table: 322人无症状, 1149名疑似人员
# 正在接受检测, 之一, 两名乘客, 解除重型, 集体感染, 5万人足球赛, 3名新确诊患者已被送往医院
NOT_A_COUNT_AFTER = re.compile(
    "|".join(
        f"(?:{rx.pattern})"
        for rx in (
            ASYMPTOMATIC_AFTER,
            TESTED_AFTER,
            PART_OF_AFTER,
            PASSENGERS_AFTER,
            STATE_CHANGE_AFTER,
            CLUSTER_AFTER,
            CROWD_AFTER,
            NEW_PATIENTS_SENT_AFTER,
        )
    )
)
# 4名治愈患者在医护人员的陪同下走出隔离病房: a discharge word describing the patients, who then act
DESCRIBED_PATIENTS_AFTER = re.compile(
    r"(?:出院)?(?:的)?(?:患者|病人|者)(?:们)?(?:在|走出|离开|返回|回到|乘|于|经|从|由|手捧|向)"
)
# …患者两次核酸检测为阴性，临床治愈出院: a clause that is only the discharge, after the patients' clause
DISCHARGE_CLAUSE_NEXT = re.compile(
    r"[,;]\s*(?:在[\u4e00-\u9fff]{1,12}?)?(?:已|均已|并|经|顺利)?(?:临床)?(?:治愈|康复|痊愈)?出院(?:了)?(?=[,。;!\n]|$)"
    # …患者,经过医护人员精心治疗后,符合出院标准: a clause or two on, the standard met
    r"|(?:[,;][^,;。\d]{0,16}){0,2}[,;]\s*(?:均|已|均已)?(?:符合|达到)(?:了)?(?:解除隔离和)?出院标准"
)
# 一名…患者李某: one named patient (a story about them), not a count
NAMED_PATIENT_AFTER = re.compile(r"[^,;。]{0,16}?(?:患者|病人|病例)[\u4e00-\u9fff]某")
# 当日上午…已有1名患者治愈出院: a day's report; 截至/累计 make 已有 the total
DAY_WORD_RE = re.compile(r"当日|当天|今日|今天|昨日|昨天|同日")
CUTOFF_WORD_RE = re.compile(r"截至|截止|累计|至此|目前|共")
# what a count right after its number counts: patients (4名患者…进行医学隔离观察 are no contacts)
PATIENTS_COUNTED = re.compile(
    r"(?:新冠肺炎|新型冠状病毒(?:感染的)?肺炎)?(?:确诊|治愈|出院|康复|治愈出院)?(?:患者|病人)"
)
# 现在院隔离治疗确诊病例, 住院的确诊患者: confirmed cases described as in hospital are current
# 出院的确诊患者, 死亡确诊病例: 确诊 describes the patients, the verb says what is counted
VERB_BEFORE_CONFIRMED = re.compile(
    r"(?P<family>治愈出院|康复出院|出院|死亡|病亡)(?:的)?(?:新冠肺炎|新型冠状病毒肺炎)?$"
)
CURRENT_BEFORE_CONFIRMED = re.compile(
    r"(?:在院|住院|隔离治疗|在院治疗|住院治疗|正在治疗|尚在院|仍在院|现存|在治)(?:的|中的)?$"
)

# 累计416例 with no figure word: the confirmed total (headlines write it so); 新增423例 the new ones
BARE_TOTAL_BEFORE = re.compile(r"累计(?:报告)?(?:有|共有)?(?:达到|达|为)?\s*$")
# 正在接受医学观察的密切接触者: those still observed (a current count, whatever 共/累计 says)
CURRENT_OBSERVATION_WORDS = re.compile(r"正在|尚在|仍在|仍纳入|仍处|还在|现有|目前")
BARE_NEW_BEFORE = re.compile(r"(?:新增|又增加|又新增|单日增|日增|[大激暴猛急]增)\s*$")
# 累计276例治愈，较前一天增加116例: the day's change of the figure just given (its new count)
BARE_CHANGE_BEFORE = re.compile(
    r"(?:较|比|相比|相较)(?:前一?[天日]|昨[天日]|上一?日|24小时前|前24小时|周[一二三四五六日天]|"
    r"(?:\d{1,2}月)?\d{1,2}日(?:\d{1,2}(?:时|点))?)(?:数据|统计)?(?:增加|新增|增长|多)了?$"
)

# 9例位于首都巴格达, 22例位于南部城市阿拉木图: the words for what kind of place follows 位于/在
PLACE_KIND_WORDS = r"(?:该国)?(?:首都|首府|[东西南北中]部(?:城市|地区)?|第.大城市|城市)?"
# 每10万名居民中就有111名感染者: a rate per head of population, neither number a count
PER_CAPITA_BEFORE = re.compile(r"每\s*$|每\s*[\d万千百]+[^,;。\d]{0,6}?(?:中|里|当中)(?:就|约|大约)?有\s*$")
# 重型病例转普通型病例7例: patients moving from one severity to another (a flow, no count of either)
_SEVERITY = r"(?:重型|重症|危重型|危重症|危重|普通型|轻型)"
SEVERITY_SHIFT = re.compile(_SEVERITY + r"(?:病例|患者)?转(?:为)?" + _SEVERITY + r"(?:病例|患者)?")

# 新开工2家, 新开工项目12个: new starts, not what resumed
NEW_STARTS_BEFORE = re.compile(r"新(?:开工|签约|落地|投产)(?:项目|企业)?$")
# 应复工涉农企业367家: the number that should resume is the sector's size
# (建成投产毛绒玩具企业308家: the firms a sector has, built and producing before the outbreak)
SIZE_BEFORE = re.compile(r"(?:应(?:复工|复产|复工复产|开工)|建成投产)[\u4e00-\u9fff]{0,12}$")
# 30个镇街, 16个市州: counts of places are not counts of what resumed
PLACE_COUNT_AFTER = re.compile(
    r"^(?:镇街|乡镇|街道|市州|市县|县市区|县区|县市|地市|区县|省份|个省|社区|村|地区|县(?!级)|乡(?!村)|镇(?!企)|个?旗|盟市)"
)
# 其余16个市州, 其他县市区: the rest of the places, not the city as a whole
REST_OF_PLACES = re.compile(r"\s*(?:其余|其他|另外)(?:\d+个)?(?:市州|市县|县市区|县区|县市|地市|区县|省份|省市|地区)")

# A case description (患者沈某，男，24岁; 该病人; 以上2例确诊病例): contacts counted there are
# those patients' own, unless the sentence speaks of the city (累计, 全市 …).
PATIENT_RE = re.compile(
    r"[男女][,，]\s*\d{1,3}岁|\d{1,3}岁[,，]|该名?(?:病人|患者|病例|男子|女子)|患者[\u4e00-\u9fff]某"
    r"|以上\d+例|上述\d+例|该\d{1,3}岁"
)
CITY_SCALE_RE = re.compile(r"累计|全市|我市|本市|全区|全县|全省|目前全|共追踪|共计")

# A figure followed by 其中： at its paragraph's end: the list is in the paragraphs that follow
LIST_TO_FOLLOW_RE = re.compile(r"[^。\n]{0,30}?其中\s*[:：]?\s*$")
# A paragraph that is a list item: 厦门市34例(思明区13例、…);
ITEM_PARAGRAPH_RE = re.compile(r"\s*[\u4e00-\u9fff]{2,10}?\d+(?:例|人)")
# A sentence that is a bare list of places and counts (东城区3例、西城区17例…): a breakdown too
BARE_LIST_OPENING_RE = re.compile(r"\s*[\u4e00-\u9fff]{2,10}?\d+(?:例|人)[、,;]")
# A sentence that opens a breakdown of the previous sentence's figure.
BREAKDOWN_OPENING_RE = re.compile(
    r"\s*(?:其中|各区(?:县|市)?(?:情况|分布)?(?:如下)?|(?:按|分)(?:地区|区域|区县)(?:分布|划分)?(?:如下)?)"
    r"\s*(?:\([^()]{0,20}\))?\s*[:,]?"
)

# A district name in a breakdown list of a city the gazetteer doesn't know (温州: 鹿城区31例).
GENERIC_DISTRICT_RE = re.compile(
    r"(?:其中|包括|含|以及|及|和)?([\u4e00-\u9fff]{1,6}?(?:自治县|自治旗|新区|示范区|区|县|市|旗))$"
)
CLAUSE_DISTRICT_RE = re.compile(r"\s*(?:其中)?\s*([\u4e00-\u9fff]{1,5}?(?:自治县|新区|区|县|市))\s*$")
# 豪登省总确诊76例, 巴伐利亚州累计…: in a feed, a division of the foreign country it is about
FOREIGN_DIVISION_LEAD = re.compile(r"\s*([\u4e00-\u9fff]{2,6}?(?:省|州|县|都|府|特区))(?:总|累计|共)?\s*$")
NOT_CLAUSE_DISTRICT = re.compile(r"^(?:全|我|本|该|各|辖|市|城|郊|地|县|区)|^新区$")
NOT_DISTRICT = re.compile(r"^(?:全|我|本|该|市|城|社|园|景|疫|新|其中|各|辖|郊|地)")

# Any word that can make a quantity a figure. A sentence without one is skipped outright,
# which is most of a newspaper page.
TRIGGER_RE = word_scanner(
    {w for _f, p in CASE_FAMILIES for w in p.split("|") if re.fullmatch(r"[\u4e00-\u9fff]+", w)}
    | set(RESUME_VERB.split("|"))
    | {
        "率",
        "感染",  # (663人感染: the family's pattern looks behind, no plain word)
        "去世",  # (去世(?!的) is no plain word either)
        "返岗",
        "到岗",
        "返工",
        "返厂",
        "到厂",
        "占比",
        "恢复",
        "开通",
        "复运",
        "复航",
        "开行",
        "接回",
        "接送",
        "接返",
    },
    # words the table writes as patterns; a list sentence (其中：江岸区6549例、…) names no word.
    # The count is found at its 例 (looking back for the digit): a scan that stops at every
    # digit of a page's dates and prices took twice as long.
    extra=r"解除|(?<=\d)[ \u3000]?例",
    extra_first=r"解 \u3000例",
)

HEADLINE_MAX = 50

# 现将2月17日复工复产情况通报如下: a frame that dates everything after it.
# 现将…情况通报如下; 3月10日下午,市政府新闻办召开新闻发布会: what is said there is as of that day
FRAME_RE = re.compile(
    r"(?:情况|数据|疫情|信息)(?:通报|公布|发布|报告)如下|(?:通报|公布|发布)如下|(?:召开|举行|举办)[^,;。]{0,12}?新闻发布会"
    r"|新闻发布会(?:召开|举行)"
)


def clean_sector(raw: str) -> str:
    s = _SECTOR_JUNK.sub("", raw)
    return s or raw


# --- rule ids ---------------------------------------------------------------------
# Every rule that can make a record, registered once: the id travels with the record
# (JSON output, the dashboard's evidence), so a wrong figure leads to the rule that made it.
RULE_IDS: dict[str, str] = {
    **{
        f"case.{fam}.{mod}": f"a {fam} word with a {mod} modifier"
        for fam, by_mod in FAMILY_METRICS.items()
        for mod in MODIFIERS
        if by_mod[mod] is not None
    },
    "case.discharge_report": "治愈出院N人 / N名患者达到出院标准: a discharge report, new recoveries unless 累计/共",
    "changed_to": "由A日的X提高到B日的Y: Y is the measure X was, on its own date (after the rule of X)",
    "case.severe_and_critical": "在治(危)重症0例: one count for severe and critical",
    "case.none_list_nouns": "无重症病例、危重病例和死亡病例: the 无 covers each noun",
    "case.all_recovered": "累计确诊…全部治愈出院: the total is also the recovered total",
    "case.list_item": "a list item (荷塘区5例) takes its list's metric",
    "case.bare_total": "累计N例 with no figure word: the confirmed total",
    "case.each_of_pair": "危重型及重型病例各N例: the other family of the pair, the same count",
    "case.all_in_hospital": "所有病例均在指定医院隔离治疗 after the confirmed total: that many in hospital (implied)",
    "case.exact_after": "超过1万例,达到10335例: the exact count a threshold was said of",
    "case.zero_after": "确诊病人“0”报告 / 新增确诊病例零增长: a day's zero written as a number",
    "case.most_then_count": "纽约州确诊病例最多,为N例: the count the superlative names",
    "case.zero_current": "在院病人数为0 / 疑似病人数为0: a current count of zero",
    "case.bare_change": "较前一天增加N例 after a cumulative figure: that figure's new count",
    "case.topic_then_count": "钻石公主号确诊病例,再新增99例: the noun's clause, then the count's with its word",
    "case.reach_of_previous": "…确诊首例…病例。2月10日,达到30例: the total of what the sentence before counted",
    "case.total_of_new": "新增N例,总数达到M人: M is the total of the new count just given",
    "case.bare_new": "新增N例 with no figure word: new confirmed cases",
    "case.ranked_item": "B区以35例紧随其后: a place ranked by its count has that many cases in all",
    "case.section_item": "a section's item (新增出院病例中，A市9例) takes its section header's metric",
    "case.bracket_place": "新增确诊病例1例（X县）: a bracketed district is a breakdown of one",
    "case.none": "无新增确诊病例 / 零死亡: a stated zero",
    "case.all_observed": "密切接触者94人,均在接受医学观察: that many under observation (implied)",
    "case.none_local": "无新增本地确诊病例: zero only when no imported case is stated",
    "case.imported_new": "新增境外输入确诊病例N例: the day's figure only beside 无新增本地确诊病例",
    "case.section_item_word": "死亡病例中，A市确诊病例1例: the section header's metric over the item's own word",
    "case.none_list": "A区、B县…均无新增确诊病例: a stated zero for each district listed",
    "case.none_after": "确诊病例当日无新增: a stated zero, noun first",
    "case.cleared": "住院病例清零 / 疑似病例清零 / 双清零: a zero implied by 清零",
    "resume.rate": "复工率 P%",
    "resume.rate_by_verb": "复工98.8% / 已100%复工: a share that resumed, without 率",
    "resume.rate_list": "A、B、C复工率均达100%: the rate of each place of a named list",
    "resume.worker_rate": "到岗率 / 返岗率 P%",
    "resume.worker_rate_by_verb": "过半已返岗 / 85%的员工到岗: a share of workers back, without 率",
    "resume.worker_rate_after_workers": "到岗N人，复工率P%: a 复工率 after workers alone is the share of workers back",
    "resume.workers_before": "返岗人员 N 人",
    "resume.workers_after": "N 人返岗 / 到岗",
    "resume.workers_brought_back": "企业接回 N 名员工",
    "resume.share": "复工…N家，占…的 P%: the share that resumed",
    "resume.services": "restored services (客运班线, 公交线路 …)",
    "resume.services_after": "54条公交线路全部恢复运营 / 开通16条线路: the count before the service's noun",
    "resume.sector_total": "a sector's size (共有 N 家 / N 个重点项目中 …)",
    "resume.sector_size": "规模以上企业11户，复产9户: a count with no verb before a resumed count is the size",
    "resume.part": "已复工868户(其中亿元以上企业284户): a part of what resumed, with its own sector",
    "resume.all_resumed": "N 家 … 全部复工复产: resumed = N, implied by 全部 rather than stated",
    "resume.full_rate_total": "复工复产89家,复工率100%: the sector's size = N, implied by the full rate",
    "resume.count": "复工 N 家 / 个",
    "event.last_discharged": "the last patient discharged: nobody left in hospital",
    "date.morning": "(a suffix, +date.morning) no date in the text, published before noon: as of the day before",
}


def is_registered(rule: str) -> bool:
    """Whether every part of a rule id (case.confirmed.new+date.morning) is registered."""
    return all(part in RULE_IDS for part in rule.split("+"))
