"""Page counts kept between runs: a hit skips the layout, anything that changes the layout
misses, and a cache that cannot be used never stops a count."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from assistant.core.sketch.document import parse_sketch
from assistant.core.rendering.render import Renderer
from assistant.core.rendering.render import pagecache
from assistant.core.rendering.render.pagecache import PageCache, layout_key
from assistant.core.sketch.rubric import Layout

from render_helpers import STRONG_SKETCH, pdf_pages

LAYOUT = Layout()


def test_a_second_run_counts_without_laying_out(tmp_path: Path) -> None:
    store = tmp_path / "pages.sqlite"
    first = Renderer(page_cache=PageCache(store))
    info = first.page_info(parse_sketch(STRONG_SKETCH), LAYOUT)
    assert first.compiles == 1
    second = Renderer(page_cache=PageCache(store))  # a new process, as far as the renderer knows
    assert second.page_info(parse_sketch(STRONG_SKETCH), LAYOUT) == info
    assert second.compiles == 0
    # The count from the cache is the count of the PDF an export writes.
    assert pdf_pages(second.pdf(parse_sketch(STRONG_SKETCH), LAYOUT)) == info.pages


def test_an_edit_a_layout_or_a_template_change_misses(tmp_path: Path) -> None:
    store = tmp_path / "pages.sqlite"
    Renderer(page_cache=PageCache(store)).page_info(parse_sketch(STRONG_SKETCH), LAYOUT)
    edited = Renderer(page_cache=PageCache(store))
    edited.page_info(parse_sketch(STRONG_SKETCH.replace("Hvert år", "Hvert eneste år")), LAYOUT)
    assert edited.compiles == 1
    wider = Renderer(page_cache=PageCache(store))
    wider.page_info(parse_sketch(STRONG_SKETCH), LAYOUT.model_copy(update={"margin_left_mm": 40}))
    assert wider.compiles == 1
    assert layout_key("source", "template A") != layout_key("source", "template B")


def test_the_process_wide_renderer_keeps_counts_in_the_user_cache(tmp_path: Path) -> None:
    path = tmp_path / "s.md"
    path.write_text(STRONG_SKETCH, encoding="utf-8")
    env = {**os.environ, "SKISSE_HOME": str(tmp_path / "home")}
    code = (
        "import sys; from assistant.core.judging.batch import check_path; from assistant.core.rendering.render import default_renderer;"
        f"r = check_path({str(path)!r}); print(r.pages, default_renderer().compiles)"
    )
    runs = [subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True).stdout.split() for _ in range(2)]
    assert runs[0][0] == runs[1][0]
    assert (runs[0][1], runs[1][1]) == ("1", "0")
    assert (tmp_path / "home" / "cache" / pagecache.FILE_NAME).is_file()


@pytest.mark.parametrize("damage", ["garbage", "folder", "read-only"])
def test_a_cache_that_cannot_be_used_only_costs_a_layout(tmp_path: Path, damage: str) -> None:
    store = tmp_path / "cache" / "pages.sqlite"
    store.parent.mkdir()
    if damage == "garbage":
        store.write_bytes(b"this is not a database\0" * 100)
    elif damage == "folder":
        store.mkdir()
    else:
        if os.geteuid() == 0:
            pytest.skip("root writes to read-only folders")
        store.parent.chmod(0o500)
    try:
        r = Renderer(page_cache=PageCache(store))
        info = r.page_info(parse_sketch(STRONG_SKETCH), LAYOUT)
        again = Renderer(page_cache=PageCache(store))
        assert again.page_info(parse_sketch(STRONG_SKETCH), LAYOUT) == info
        # Nothing was raised; a damaged file was started again, the others kept nothing.
        assert again.compiles == (0 if damage == "garbage" else 1)
    finally:
        store.parent.chmod(0o700)


def test_the_oldest_counts_go_when_the_cache_is_full(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from assistant.core.rendering.pages import PageInfo

    monkeypatch.setattr(pagecache, "MAX_ENTRIES", 10)
    monkeypatch.setattr(pagecache, "_PRUNE_EVERY", 5)
    cache = PageCache(tmp_path / "pages.sqlite")
    for n in range(30):
        cache.put(f"key-{n}", PageInfo(pages=1, fraction=0.5))
    kept = [n for n in range(30) if cache.get(f"key-{n}") is not None]
    assert len(kept) <= 10 + 5 and kept[-1] == 29 and 0 not in kept


def test_a_cache_another_process_holds_is_a_miss_not_the_end(tmp_path: Path) -> None:
    import sqlite3

    from assistant.core.rendering.pages import PageInfo

    store = tmp_path / "pages.sqlite"
    cache = PageCache(store)
    cache.put("a", PageInfo(pages=1, fraction=0.5))
    other = sqlite3.connect(store, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    cache._conn.execute("PRAGMA busy_timeout = 50")
    cache.put("b", PageInfo(pages=2, fraction=1.5))  # locked: skipped, nothing raised
    other.execute("ROLLBACK")
    other.close()
    cache.put("c", PageInfo(pages=3, fraction=2.5))
    assert cache.get("a") is not None and cache.get("b") is None and cache.get("c") == PageInfo(pages=3, fraction=2.5)


def test_prepare_readies_everything_but_the_layout(tmp_path: Path) -> None:
    store = tmp_path / "pages.sqlite"
    renderer = Renderer(page_cache=PageCache(store))
    sketch = parse_sketch(STRONG_SKETCH)
    assert renderer.prepare(sketch, LAYOUT) is False  # not known yet: a layout is still to come
    assert renderer.compiles == 0
    info = renderer.page_info(sketch, LAYOUT)
    assert renderer.compiles == 1
    again = Renderer(page_cache=PageCache(store))
    assert again.prepare(sketch, LAYOUT) is True  # the cache knows it
    assert again.page_info(sketch, LAYOUT) == info and again.compiles == 0


def test_a_layout_that_fails_in_the_background_fails_the_check(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from assistant.core.judging import batch
    from assistant.core.rendering.render import renderer as renderer_module
    from assistant.core.rendering.render.renderer import RenderError

    path = tmp_path / "s.md"
    path.write_text(STRONG_SKETCH, encoding="utf-8")
    broken = Renderer(page_cache=None)

    def fail(_layout):  # type: ignore[no-untyped-def]
        raise RenderError("the layout broke")

    monkeypatch.setattr(broken, "_measure", fail)
    monkeypatch.setattr(renderer_module, "_default", broken)
    with pytest.raises(RenderError, match="the layout broke"):
        batch.check_path(path)
    # Checked again without the page count, the same file is judged in full.
    assert batch.check_path(path, render=False).pages is None


_OPENER = """
import sys, time
from pathlib import Path
from assistant.core.rendering.pages import PageInfo
from assistant.core.rendering.render.pagecache import PageCache
path, start, name = Path(sys.argv[1]), float(sys.argv[2]), sys.argv[3]
while time.time() < start:
    pass
cache = PageCache(path)
for i in range(10):
    cache.put(f"{name}-{i}", PageInfo.model_construct(pages=2, fraction=1.5))
print(len(cache._broken))
"""


def test_processes_opening_a_new_cache_at_once_all_keep_their_counts(tmp_path: Path) -> None:
    """The workers of a first batch check open a new cache at the same moment. One of two used
    to find it locked while the other switched it to WAL, and went without the cache for its
    whole run: half of a folder's page counts were laid out again on the next check."""
    import sqlite3
    import time

    for trial in range(8):
        path = tmp_path / f"pages-{trial}.sqlite"
        start = time.time() + 0.8  # both past their imports, then opening together
        procs = [
            subprocess.Popen([sys.executable, "-c", _OPENER, str(path), str(start), name], stdout=subprocess.PIPE, text=True)
            for name in ("a", "b")
        ]
        outs = [p.communicate(timeout=60)[0].strip() for p in procs]
        assert all(p.returncode == 0 for p in procs)
        assert outs == ["0", "0"], f"trial {trial}: a process gave the cache up"
        with sqlite3.connect(path) as conn:
            assert conn.execute("SELECT COUNT(*) FROM pages").fetchone()[0] == 20


def test_a_cache_another_process_keeps_locked_is_given_up_soon(tmp_path: Path) -> None:
    """Waiting for a new cache to be set up has one deadline (two seconds), not one per try:
    a cache held locked by a stuck process costs a count seconds, not half a minute."""
    import time

    path = tmp_path / "pages.sqlite"
    holder = subprocess.Popen(
        [sys.executable, "-c", f"import sqlite3, time\nc = sqlite3.connect({str(path)!r}, isolation_level=None)\nc.execute('BEGIN EXCLUSIVE')\nprint('held', flush=True)\ntime.sleep(60)"],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        cache = PageCache(path)
        start = time.monotonic()
        assert cache.get("x") is None
        assert time.monotonic() - start < 10  # 25 s when every try waited its own two seconds
        assert cache.get("y") is None  # given up: no second wait
        assert time.monotonic() - start < 10
    finally:
        holder.kill()
        holder.wait()
