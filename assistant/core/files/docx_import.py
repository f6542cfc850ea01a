"""`skisse import`: a Word file turned into a sketch file in Skisse's Markdown.

The metadata block is filled with what was found (title, applicant, partners, language); the
body is the Markdown `docx_read` makes. The Word file is only read; the sketch is written
atomically and never over an existing file unless asked.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from ...i18n import t
from ..sketch.model import Sketch
from .storage import SkisseFileError, atomic_write_text, read_text_file

_WORDS = {
    "nb": {"ikke", "jeg", "hva", "hvordan", "hvorfor", "mange", "være", "fra", "av", "og", "det", "som", "vil", "kommunen", "en", "et", "er", "har", "vi", "til", "på", "med", "i"},
    "nn": {"ikkje", "eg", "kva", "korleis", "kvifor", "mange", "vere", "frå", "av", "og", "det", "som", "vil", "kommunen", "ein", "eit", "berre", "også", "er", "har", "vi", "til", "på", "med", "i"},
    "en": {"the", "and", "of", "is", "to", "will", "that", "with", "for", "municipality", "not", "we"},
}


@dataclass
class Imported:
    """What the import wrote and what it found."""

    path: Path
    sketch: Sketch
    notes: list[str] = field(default_factory=list)
    guessed: bool = True  # the metadata block was made from the text (False: the file carried one)


def guess_language(text: str) -> str:
    """nb, nn or en by the commonest small words (nynorsk's own words weigh double)."""
    words = re.findall(r"[a-zæøå]+", text.casefold())
    score = {lang: sum(1 for w in words if w in vocab) for lang, vocab in _WORDS.items()}
    own_nn = {"ikkje", "eg", "kva", "korleis", "kvifor", "vere", "frå", "ein", "eit", "berre"}
    own_nb = {"ikke", "jeg", "hva", "hvordan", "hvorfor", "være", "fra", "en", "et", "bare"}
    nn = sum(1 for w in words if w in own_nn)
    nb = sum(1 for w in words if w in own_nb)
    if score["en"] > max(score["nb"], score["nn"]):
        return "en"
    return "nn" if nn > nb else "nb"


def sketch_markdown(text: str) -> tuple[str, Sketch]:
    """Markdown with a metadata block filled from what the text says (kept as is if it has one)."""
    import yaml

    from ..sketch.document import parse_sketch

    sketch = parse_sketch(text)
    if sketch.has_front_matter:
        return text, sketch
    meta: dict = {}
    if sketch.title:
        meta["title"] = sketch.title
    if sketch.applicant is not None:
        meta["applicant"] = _org(sketch.applicant)
    if sketch.partners:
        meta["partners"] = [_org(p) | ({"role": p.role} if p.role else {}) for p in sketch.partners]
    meta["language"] = guess_language(text)
    meta["rubric"] = "innovasjonspartnerskap"
    block = yaml.safe_dump(meta, allow_unicode=True, sort_keys=False, width=1000)
    body = text.lstrip("\n")
    markdown = f"---\n{block}---\n\n{body}"
    return markdown, parse_sketch(markdown)


def _org(org) -> dict:
    out = {"name": org.name}
    if org.orgnr:
        out["orgnr"] = str(org.orgnr)
    out["kind"] = org.kind.value
    return out


def default_target(source: Path) -> Path:
    return Path(source).with_suffix(".md")


def free_target(target: Path) -> Path:
    """NAME-2.md, NAME-3.md, … : the first name beside `target` that no file has."""
    target = Path(target)
    n = 2
    while True:
        candidate = target.with_name(f"{target.stem}-{n}{target.suffix}")
        if not candidate.exists() and not candidate.is_symlink():
            return candidate
        n += 1


def import_docx(source: Path, target: Path | None = None, *, force: bool = False, lang: str = "nb") -> Imported:
    """Read the Word file `source` and write the sketch to `target` (NAME.md beside it)."""
    source = Path(source)
    target = Path(target) if target is not None else default_target(source)
    loaded = read_text_file(source, word=True, lang=lang)
    if target.exists() or target.is_symlink():
        try:
            same = target.resolve() == source.resolve()
        except OSError:
            same = False
        if same:
            # `skisse import sketch.md`: not a Word file at all, so not «written over the Word file».
            raise SkisseFileError(t("docx.import.same_file" if loaded.encoding == "docx" else "docx.import.same_text", lang, path=target))
        if not force:
            raise SkisseFileError(t("docx.import.exists", lang, path=target))
    markdown, sketch = sketch_markdown(loaded.text)
    atomic_write_text(target, markdown, lang=lang, no_symlink=True, home=source.parent)  # a new file: never written through a link
    # What was left out of the Word file; the page-count note is for a check, not an import.
    said = {t("docx.note.read", lang, path=source), t("docx.note.pages", lang, path=source)}
    return Imported(target, sketch, [w for w in loaded.warnings if w not in said], guessed=markdown != loaded.text)
