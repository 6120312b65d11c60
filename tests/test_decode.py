"""extract.decode: encodings, line endings, HTML to text, refusals, robustness, speed."""

from __future__ import annotations

import contextlib
import re
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extract.decode import DEFAULT_MAX_BYTES, Decoded, decode_bytes
from extract.errors import InputError
from extract.html_text import html_to_text

DATA = Path(__file__).parent / "data" / "encodings"
SEED = Path(__file__).parent.parent / "seeds" / "004_b7adce7465891e7b.txt"

SIMPLIFIED = (DATA / "article.utf-8.txt").read_text(encoding="utf-8")
TRADITIONAL = (DATA / "traditional.utf-8.txt").read_text(encoding="utf-8")
HAN = re.compile(r"[\u4e00-\u9fff]")


def read(name: str) -> bytes:
    return (DATA / name).read_bytes()


# ------------------------------------------------------------ fixtures are right


def test_reference_text_comes_from_the_seed_article():
    seed = SEED.read_text(encoding="utf-8")
    for para in SIMPLIFIED.split("\n\n"):
        assert para.strip() in seed


@pytest.mark.parametrize(
    "fixture, encode",
    [
        ("article.utf-8.txt", lambda t: t.encode("utf-8")),
        ("article.utf-8-sig.txt", lambda t: t.encode("utf-8-sig")),
        ("article.gb18030.txt", lambda t: t.encode("gb18030")),
        ("article.gbk.txt", lambda t: t.encode("gbk")),
        ("article.utf-16.txt", lambda t: b"\xff\xfe" + t.encode("utf-16-le")),
        ("article.utf-16-be.txt", lambda t: b"\xfe\xff" + t.encode("utf-16-be")),
        ("article.crlf.utf-8.txt", lambda t: t.replace("\n", "\r\n").encode("utf-8")),
        ("article.crlf.gbk.txt", lambda t: t.replace("\n", "\r\n").encode("gbk")),
    ],
)
def test_fixture_bytes_are_what_their_names_say(fixture, encode):
    assert read(fixture) == encode(SIMPLIFIED)


def test_traditional_fixtures_are_big5():
    assert read("traditional.big5.txt") == TRADITIONAL.encode("big5")
    assert read("traditional.crlf.big5.txt") == TRADITIONAL.replace("\n", "\r\n").encode("big5")


# ------------------------------------------------------------------ encodings


@pytest.mark.parametrize(
    "fixture, encoding",
    [
        ("article.utf-8.txt", "utf-8"),
        ("article.utf-8-sig.txt", "utf-8-sig"),
        ("article.gb18030.txt", "gb18030"),
        ("article.gbk.txt", "gb18030"),  # GB18030 is a superset of GBK
        ("article.utf-16.txt", "utf-16"),
        ("article.utf-16-be.txt", "utf-16"),
        ("article.crlf.utf-8.txt", "utf-8"),
        ("article.crlf.gbk.txt", "gb18030"),
    ],
)
def test_same_article_in_every_encoding_decodes_to_the_same_text(fixture, encoding):
    dec = decode_bytes(read(fixture), fixture)
    assert isinstance(dec, Decoded)
    assert dec.text == SIMPLIFIED
    assert dec.encoding == encoding
    assert dec.kind == "text"


@pytest.mark.parametrize("fixture", ["traditional.big5.txt", "traditional.crlf.big5.txt"])
def test_big5_decodes_without_conversion(fixture):
    dec = decode_bytes(read(fixture), fixture)
    assert dec.text == TRADITIONAL  # traditional characters stay traditional
    assert dec.encoding == "big5"


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-32"])
def test_traditional_text_in_unicode_encodings(encoding):
    assert decode_bytes(TRADITIONAL.encode(encoding)).text == TRADITIONAL


@pytest.mark.parametrize(
    "bom, codec",
    [
        (b"\xff\xfe", "utf-16-le"),
        (b"\xfe\xff", "utf-16-be"),
        (b"\xff\xfe\x00\x00", "utf-32-le"),
        (b"\x00\x00\xfe\xff", "utf-32-be"),
    ],
)
def test_unicode_boms_are_not_part_of_the_text(bom, codec):
    dec = decode_bytes(bom + SIMPLIFIED.encode(codec))
    assert dec.text == SIMPLIFIED


def test_gb18030_four_byte_characters_and_gb18030_bom():
    text = "南汉高祖刘䶮，人名用字𠀀也要能解码。"  # U+4DAE, U+20000: four bytes in GB18030
    data = text.encode("gb18030")
    with pytest.raises(UnicodeEncodeError):
        text.encode("gbk")
    assert decode_bytes(data).text == text
    assert decode_bytes(b"\x841\x953" + data).text == text  # GB18030 BOM dropped


# Short snippets are where detectors go wrong.
SHORT_SIMPLIFIED = [
    "我市连续5天无新增病例",
    "治愈出院人数增至46人",
    "春运结束 客运量下降六成",
    "又快又好地复工复产。",
    "市委常委会召开会议，研究部署疫情防控",
    "中车电动推出的“云控净化”新能源客车。",
    "醴陵市321家规模工业企业复工复产",
]
SHORT_TRADITIONAL = [
    "我市連續5天無新增病例",
    "治癒出院人數增至46人",
    "春運結束 客運量下降六成",
    "又快又好地復工復產。",
    "市委常委會召開會議，研究部署疫情防控",
    "中車電動推出的「雲控淨化」新能源客車。",
    "醴陵市321家規模工業企業復工復產",
    "臺灣地區報導：確診個案續增",
]


@pytest.mark.parametrize("snippet", SHORT_SIMPLIFIED)
@pytest.mark.parametrize("encoding", ["gbk", "gb18030"])
def test_short_simplified_snippets(snippet, encoding):
    assert len(snippet) >= 10
    dec = decode_bytes(snippet.encode(encoding))
    assert (dec.text, dec.encoding) == (snippet, "gb18030")


@pytest.mark.parametrize("snippet", SHORT_TRADITIONAL)
def test_short_big5_snippets(snippet):
    assert len(snippet) >= 10
    dec = decode_bytes(snippet.encode("big5"))
    assert (dec.text, dec.encoding) == (snippet, "big5")


def _seed_lines():
    lines = [ln.strip() for ln in SEED.read_text(encoding="utf-8").splitlines()]
    return [ln for ln in lines if len(ln) >= 10 and not ln.isascii()]


def test_every_seed_line_survives_a_gbk_round_trip():
    """Each line of a real article, alone, in GBK: the short-text case, at scale."""
    failures = []
    for line in _seed_lines():
        try:
            data = line.encode("gbk")
        except UnicodeEncodeError:
            data = line.encode("gb18030")
        dec = decode_bytes(data)
        if dec.text != line:
            failures.append((line, dec.encoding))
    assert not failures


# ----------------------------------------------------------------- line endings


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gbk", "utf-16"])
def test_line_endings_are_normalised_to_lf(newline, encoding):
    data = SIMPLIFIED.replace("\n", newline).encode(encoding)
    text = decode_bytes(data).text
    assert text == SIMPLIFIED
    assert "\r" not in text


def test_mixed_line_endings():
    assert decode_bytes("甲\r\n乙\r丙\n丁\r\r\n".encode()).text == "甲\n乙\n丙\n丁\n\n"


def test_offsets_are_into_the_normalised_text():
    data = "第一行\r\n新增确诊病例0例".encode("gbk")
    text = decode_bytes(data).text
    assert text.index("0例") == len("第一行\n新增确诊病例")


# ------------------------------------------------------------------------ HTML

EXPECTED_PAGE = (DATA / "page.expected.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    "fixture, encoding",
    [
        ("page.gbk.html", "gb18030"),  # bytes not UTF-8: <meta charset=gbk> decides
        ("page.utf-8.html", "utf-8"),
    ],
)
def test_html_fixture_gives_the_expected_plain_text(fixture, encoding):
    dec = decode_bytes(read(fixture), fixture)
    assert dec.kind == "html"
    assert dec.encoding == encoding
    assert dec.text == EXPECTED_PAGE
    for hidden in ("不应出现", "document.write", "color", "<", "&nbsp;", "\xa0"):
        assert hidden not in dec.text.replace("<正常>", "")


def test_html_detected_by_content_without_suffix():
    dec = decode_bytes(read("page.gbk.html"), "article.txt")
    assert dec.kind == "html" and dec.text == EXPECTED_PAGE


@pytest.mark.parametrize(
    "html, expected",
    [
        ("<p>甲</p><p>乙</p>", "甲\n\n乙"),
        ("<div>甲<br>乙<br/>丙</div>", "甲\n\n乙\n\n丙"),
        ("<h2>标题</h2>正文", "标题\n\n正文"),
        ("<p>a&nbsp;&amp;&nbsp;b &#x4E00;&#19968; &lt;x&gt; &quot;q&quot;</p>", 'a & b 一一 <x> "q"'),
        ("<p>多个   空格\t\n和\n\n换行</p>", "多个 空格 和 换行"),
        ("<p>　　全角缩进</p>", "全角缩进"),
        ("<style>p{}</style><script>if (a < b) {}</script><p>正文</p>", "正文"),
        ("<head><title>题</title><meta charset='utf-8'></head><body>体</body>", "体"),
        ("<head><title>题</title><p>未闭合的 head 也能恢复</p>", "未闭合的 head 也能恢复"),
        ("<!-- 注释 --><p>留下</p>", "留下"),
        ("<table><tr><td>甲</td><td>1</td></tr><tr><td>乙</td><td>2</td></tr></table>", "甲 1\n\n乙 2"),
        ("<p>行内<b>粗体</b><a href='#'>链接</a>不断开</p>", "行内粗体链接不断开"),
        ("<![if !IE]><p>条件注释</p><![endif]>", "条件注释"),
        ("<![bogus]><p>坏声明</p>", "坏声明"),
    ],
)
def test_html_to_text(html, expected):
    assert html_to_text(html) == expected


def test_html_by_suffix_and_by_many_tags():
    assert decode_bytes("纯文本".encode(), "a.htm").kind == "html"
    tags = "<div><span>甲</span></div><p>乙</p><p>丙</p>"
    assert decode_bytes(tags.encode(), "a.txt").kind == "html"
    assert decode_bytes("小于号 a < b 与 <<人民日报>>".encode(), "a.txt").kind == "text"


@pytest.mark.parametrize(
    "data",
    [
        b"<!--x-->" * 5000 + "\u6b63\u6587".encode(),  # no regex backtracking on comments
        b"<![x" * 50000,  # bogus declarations, never closed
    ],
)
def test_html_sniffing_and_parsing_stay_linear(data):
    # A hang guard for a catastrophic-backtracking bug, not a speed target (see bench/).
    t0 = time.perf_counter()
    with contextlib.suppress(InputError):
        decode_bytes(data, "x.txt")
    assert time.perf_counter() - t0 < 10


@pytest.mark.parametrize(
    "encoding, meta",
    [
        ("gbk", '<meta charset="gbk">'),
        ("gb2312", "<meta charset=gb2312>"),
        ("big5", '<meta http-equiv="Content-Type" content="text/html; charset=big5">'),
    ],
)
def test_meta_charset_is_respected_when_bytes_are_not_utf8(encoding, meta):
    body = "我市連續5天無新增病例" if encoding == "big5" else "我市连续5天无新增病例"
    page = f"<html><head>{meta}</head><body><p>{body}</p></body></html>"
    dec = decode_bytes(page.encode(encoding), "x.html")
    assert dec.text == body and dec.kind == "html"


@pytest.mark.parametrize("meta", ["iso-8859-1", "windows-1252", "no-such-charset"])
def test_chinese_page_with_a_wrong_single_byte_meta_charset(meta):
    body = "我市连续5天无新增病例，治愈出院人数增至46人"
    page = f"<html><head><meta charset={meta}></head><body><p>{body}</p></body></html>"
    dec = decode_bytes(page.encode("gbk"), "x.html")
    assert (dec.text, dec.encoding) == (body, "gb18030")


def test_a_true_single_byte_meta_charset_is_respected():
    page = "<html><head><meta charset=windows-1252></head><body><p>café “naïve”</p></body></html>"
    dec = decode_bytes(page.encode("cp1252"), "x.html")
    assert (dec.text, dec.encoding) == ("café “naïve”", "cp1252")


def test_valid_utf8_wins_over_a_wrong_meta_charset():
    page = '<html><head><meta charset="gbk"></head><body><p>新增确诊病例0例</p></body></html>'
    dec = decode_bytes(page.encode("utf-8"), "x.html")
    assert (dec.text, dec.encoding) == ("新增确诊病例0例", "utf-8")


# ------------------------------------------------------------------ refusals


def assert_refused(data: bytes, code: str, name: str = "bad.txt", **kwargs) -> InputError:
    with pytest.raises(InputError) as info:
        decode_bytes(data, name, **kwargs)
    err = info.value
    assert err.code == code
    assert HAN.search(err.zh), err.zh  # a Chinese message …
    assert err.en and err.en.isascii(), err.en  # … and an English one
    assert name in err.zh and name in err.en
    assert err.zh in str(err) and err.en in str(err)
    return err


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b" ",
        b"\n\r\n\t  ",
        b"\xef\xbb\xbf",
        b"\xef\xbb\xbf \n",
        b"\xff\xfe",
        b"\xfe\xff\x00\n",
        "\u3000\u3000\n".encode("utf-8"),
        "\u3000 \r\n".encode("gbk"),
    ],
)
def test_empty_is_refused(data):
    assert_refused(data, "empty")


@pytest.mark.parametrize(
    "html",
    [
        "<html><head><title>只有标题</title></head><body></body></html>",
        "<html><body><script>var a = '正文';</script><style>p{}</style>&nbsp;</body></html>",
        "<!DOCTYPE html><!-- 只有注释 -->",
    ],
)
def test_html_without_text_is_refused_as_empty(html):
    err = assert_refused(html.encode(), "empty", "page.html")
    assert "HTML" in err.zh and "HTML" in err.en


@pytest.mark.parametrize(
    "data, kind",
    [
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF"),
        (b"PK\x03\x04\x14\x00\x06\x00word/document.xml", "ZIP"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "JPEG"),
        (b"GIF89a\x01\x00\x01\x00", "GIF"),
        (b"GIF87a\x01\x00\x01\x00", "GIF"),
    ],
)
def test_known_binary_formats_are_refused(data, kind):
    err = assert_refused(data, "binary")
    assert kind in err.zh and kind in err.en


@pytest.mark.parametrize(
    "data",
    [
        "新增确诊病例\x000例".encode(),  # a NUL byte
        "新增确诊病例 12 例".encode("utf-16-le"),  # UTF-16 without a BOM
        bytes(range(1, 9)) * 20 + "正文".encode(),  # mostly control bytes
        bytes(range(0x80, 0x100)) + bytes(range(1, 0x20)) * 3,  # random-looking binary
    ],
)
def test_binary_content_is_refused(data):
    assert_refused(data, "binary")


@pytest.mark.parametrize(
    "data, code",
    [
        (b"", "empty"),
        (b"%PDF-1.4", "binary"),
        (b"a\x00b", "binary"),
        (b"caf\xe9", "undecodable"),
    ],
)
def test_messages_without_a_file_name(data, code):
    with pytest.raises(InputError) as info:
        decode_bytes(data)
    assert info.value.code == code
    assert HAN.search(info.value.zh) and info.value.en.isascii()


def test_a_few_control_characters_are_fine():
    text = "第一页\f第二页\t制表\x1a" + "正文" * 100
    assert decode_bytes(text.encode()).text == text


def test_too_large_is_refused_with_the_limit_in_mb():
    err = assert_refused(b"a" * (2 * 1024 * 1024 + 1), "too_large", max_bytes=1024 * 1024)
    assert "1 MB" in err.zh and "1 MB" in err.en


def test_default_limit_is_20_mb():
    assert DEFAULT_MAX_BYTES == 20 * 1024 * 1024
    err = assert_refused(b"a" * (DEFAULT_MAX_BYTES + 1), "too_large")
    assert "20 MB" in err.zh and "20 MB" in err.en
    assert decode_bytes(b"a" * 10, max_bytes=10).text == "a" * 10


def test_no_limit():
    assert decode_bytes(b"x" * 100, max_bytes=None).text == "x" * 100


@pytest.mark.parametrize(
    "data",
    [
        SIMPLIFIED.encode("utf-8")[:-2],  # truncated mid-character
        SIMPLIFIED.encode("utf-8") + b"\xff" + SIMPLIFIED.encode("utf-8"),  # one stray byte
        b"\xef\xbb\xbf" + SIMPLIFIED.encode("utf-8")[:-2],  # BOM, then broken
        b"\xff\xfe" + SIMPLIFIED.encode("utf-16-le") + b"\x00",  # odd-length UTF-16
        b"\xff\xfe" + "甲".encode("utf-16-le") + b"\x00\xd8" + "乙".encode("utf-16-le"),  # lone surrogate
    ],
)
def test_damaged_unicode_is_refused_not_decoded_as_mojibake(data):
    err = assert_refused(data, "undecodable")
    assert re.search(r"\d", err.en)  # says where


def test_undecodable_bytes_are_refused():
    assert_refused(b"caf\xe9", "undecodable")


# ------------------------------------------------------------------ robustness

NAMES = st.sampled_from(["", "a.txt", "a.html", "b.HTM"])


def _check(data: bytes, name: str) -> None:
    try:
        dec = decode_bytes(data, name)
    except InputError as err:
        assert err.code in {"empty", "binary", "too_large", "undecodable"}
        assert HAN.search(err.zh) and err.en.isascii()
        return
    assert isinstance(dec, Decoded)
    assert isinstance(dec.text, str) and dec.text.strip()
    assert "\r" not in dec.text
    assert dec.kind in {"text", "html"}
    assert isinstance(dec.encoding, str) and dec.encoding


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.binary(max_size=4096), name=NAMES)
def test_arbitrary_bytes_decode_or_raise_input_error(data, name):
    _check(data, name)


_PIECES = st.one_of(
    st.binary(max_size=16),
    st.text(max_size=40).map(lambda s: s.encode("utf-8", "surrogatepass")),
    st.text(alphabet="新增确诊病例出院治愈人数我市连续，。“”", max_size=30).map(lambda s: s.encode("gbk")),
    st.text(alphabet="新增確診病例出院治癒人數我市連續，。「」", max_size=30).map(lambda s: s.encode("big5")),
    st.sampled_from(
        [
            b"<p>",
            b"</p>",
            b"<br>",
            b"<script>",
            b"</script>",
            b"<head>",
            b"<![if x]>",
            b"<![bogus",
            b"<!--",
            b"-->",
            b"<!DOCTYPE html>",
            b"&nbsp;",
            b"&#x4E00;",
            b"&#99999999;",
            b"&",
            b"<meta charset=gbk>",
            b"<meta charset=big5>",
            b"<meta charset=bogus-x>",
            b"\r\n",
            b"\r",
            b"\xef\xbb\xbf",
            b"\xff\xfe",
            b"<",
            b">",
            b"\x00",
            b"\x84\x31\x95\x33",
        ]
    ),
)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(pieces=st.lists(_PIECES, max_size=30), name=NAMES)
def test_text_like_bytes_decode_or_raise_input_error(pieces, name):
    _check(b"".join(pieces), name)


@settings(max_examples=200, deadline=None)
@given(
    html=st.lists(
        st.sampled_from([*list("<>/!-[]&#;=\"' pdivbrscriptstyleheadx甲乙\n"), "<p>", "</p>", "<![", "<!--"]),
        max_size=120,
    ).map("".join)
)
def test_html_to_text_never_crashes(html):
    try:
        assert isinstance(html_to_text(html), str)
    except InputError as err:
        assert err.code == "undecodable"


# ------------------------------------------------------------------------ speed


def test_utf8_fast_path_never_calls_charset_normalizer(monkeypatch):
    import charset_normalizer

    def boom(*args, **kwargs):
        raise AssertionError("charset-normalizer called on the UTF-8 path")

    monkeypatch.setattr(charset_normalizer, "from_bytes", boom)
    assert decode_bytes(read("article.utf-8.txt")).text == SIMPLIFIED
    assert decode_bytes(read("article.crlf.utf-8.txt")).text == SIMPLIFIED


# Decode throughput against bytes.decode is measured in bench/bench_extract.py, not here.
