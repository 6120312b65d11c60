"""app/launch.py: the corpus and the corpus roots from the launch arguments."""

from __future__ import annotations

from pathlib import Path

from app import launch


def test_corpus_from_argv():
    assert launch.corpus_from_argv(["--corpus", "/data/x"], "seeds") == "/data/x"
    assert launch.corpus_from_argv(["--corpus=/data/y"], "seeds") == "/data/y"
    assert launch.corpus_from_argv(["-q", "tests/test_dashboard.py"], "seeds") == "seeds"
    assert launch.corpus_from_argv(None, Path("seeds")) == "seeds"


def test_corpus_roots_from_launch_arguments(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "inner").mkdir()
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    (seeds / "escape").symlink_to(outside, target_is_directory=True)
    roots = launch.corpus_roots([], seeds, env={})  # default: the launch corpus
    assert roots == [seeds.resolve()]
    assert launch.within_roots(seeds, roots) and launch.within_roots(seeds / "inner", roots)
    assert not launch.within_roots(outside, roots)
    assert not launch.within_roots(seeds / "escape", roots)  # a symlink out is still out
    assert not launch.within_roots(seeds / ".." / "elsewhere", roots)
    wide = launch.corpus_roots(["--corpus-root", str(tmp_path)], seeds, env={})
    assert launch.within_roots(outside, wide)
    assert launch.corpus_roots([], seeds, env={"ZZ_CORPUS_ROOT": str(outside)}) == [outside.resolve()]
