"""Export a sketch: the PDF to submit, or Markdown without the metadata block.

Writes are atomic (a crash leaves the old file intact), and an export never overwrites the
sketch it comes from.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from ...i18n import t
from ..files.storage import SkisseFileError, atomic_write_bytes, atomic_write_text
from ..sketch.model import Sketch
from ..sketch.rubric import Layout
from .pages import PageInfo
from .render import Renderer, RenderError, default_renderer, format_orgnr
from .render.renderer import TooLongToLayOut

PDF_MAGIC = b"%PDF-"


def _same_file(a: Path, b: Path) -> bool:
    try:
        if a.exists() and b.exists():
            return os.path.samefile(a, b)
    except OSError:
        pass
    return a.resolve() == b.resolve()


def _home(source: Path | None) -> Path | None:
    """The sketch's folder: an export does not follow a link out of it (`outfolder.check_output_folder`)."""
    return Path(source).parent if source is not None else None


def _guard(path: Path, source: Path | None, lang: str) -> None:
    from ..files.confine import inside

    inside(path, lang=lang)  # a served window writes only in its folder
    if path.is_symlink():  # a link planted in a shared folder must not choose what is replaced
        raise SkisseFileError(t("files.symlink", lang, path=path), key="symlink")
    if source is not None and _same_file(path, Path(source)):
        raise SkisseFileError(t("export.error.same_file", lang, path=path))
    if path.is_dir():
        raise SkisseFileError(t("export.error.is_folder", lang, path=path))


def readable(sketch: Sketch) -> Sketch:
    """The sketch as exported: escape sequences, control and bidi characters left out (text
    pasted from a terminal or a log: «ESC[31m», a window title, U+202E turning «evil» into
    «live» on the page), in the text and in the metadata block's values (YAML writes them as
    «\\e»), the visible text kept. The sketch file itself is not changed; the check's note
    («controls») says they are there."""
    if not any(note.code == "controls" for note in sketch.notes):
        return sketch
    from ..sketch.document import parse_sketch
    from ..sketch.safetext import without_controls

    clean = parse_sketch(without_controls(sketch.source))

    def scrub(value):  # noqa: ANN001, ANN202 - a metadata value of any shape
        if isinstance(value, str):
            return without_controls(value)
        if isinstance(value, list):
            return [scrub(v) for v in value]
        if hasattr(value, "model_fields"):
            return value.model_copy(update={k: scrub(getattr(value, k)) for k in type(value).model_fields})
        return value

    return clean.model_copy(update={k: scrub(getattr(clean, k)) for k in ("meta", "title", "applicant", "partners")})


def _theirs(path: Path, replace: bool, lang: str) -> bool:
    """Whether `path` holds a file that is not Skisse's own export (the user's Word draft, a PDF
    made elsewhere, an export edited since). Without `replace` such a file is refused; with it,
    it is replaced and kept as `NAME~` (True: write with a backup)."""
    from ..files.exported import not_ours

    if not not_ours(path):
        return False
    if not replace:
        raise SkisseFileError(t("export.error.not_ours", lang, path=path), key="not_ours")
    return True


def not_exports(paths) -> list[Path]:  # noqa: ANN001 - any iterable of paths (None skipped)
    """The paths among `paths` that hold a file an export would replace without being Skisse's
    own export: asked about (the window) or refused without --force (the command line)."""
    from ..files.exported import not_ours

    return [Path(p) for p in paths if p is not None and not_ours(Path(p))]


def export_pdf(
    sketch: Sketch,
    layout: Layout,
    path: Path,
    *,
    source: Path | None = None,
    renderer: Renderer | None = None,
    lang: str = "nb",
    replace: bool = False,
) -> PageInfo:
    """Write the sketch's PDF to `path` and return its page info (the count `check` reports).

    Refuses to write over `source` (the sketch file) or over any existing file that is not a PDF,
    and over a PDF that is not Skisse's own export unless `replace` (then kept as `NAME~`).
    """
    path = Path(path)
    _guard(path, source, lang)
    if path.is_file():
        try:
            with path.open("rb") as handle:
                head = handle.read(len(PDF_MAGIC))
        except OSError as exc:
            raise SkisseFileError(f"{path}: {exc.strerror or exc}") from None
        if head != PDF_MAGIC:
            raise SkisseFileError(t("export.error.not_pdf", lang, path=path))
    backup = _theirs(path, replace, lang)
    try:
        rendered = (renderer or default_renderer()).render(readable(sketch), layout)
    except TooLongToLayOut as exc:  # said in the export's language, not the system's
        raise SkisseFileError(t("export.error.render", lang, reason=t("render.too_long", lang, **exc.values))) from None
    except RenderError as exc:
        raise SkisseFileError(t("export.error.render", lang, reason=exc)) from None
    assert rendered.pdf is not None and rendered.info is not None
    atomic_write_bytes(path, rendered.pdf, lang=lang, no_symlink=True, home=_home(source), backup=backup, keep_original=False)
    _remember(path)
    return rendered.info


def _remember(path: Path) -> None:
    from ..files.exported import remember

    remember(path)


def export_docx(
    sketch: Sketch, layout: Layout, path: Path, *, source: Path | None = None, lang: str = "nb", replace: bool = False
) -> None:
    """Write the sketch as a Word file in the PDF's layout; never over `source` or a file that is
    not a Word file, nor over a Word file that is not Skisse's own export (the draft the sketch
    was imported from) unless `replace`, and then it is kept as `NAME~`. python-docx is loaded
    here, on first use."""
    from .docx_write import sketch_to_docx

    path = Path(path)
    _guard(path, source, lang)
    if path.is_file():
        try:
            with path.open("rb") as handle:
                head = handle.read(4)
        except OSError as exc:
            raise SkisseFileError(f"{path}: {exc.strerror or exc}") from None
        if head != b"PK\x03\x04":
            raise SkisseFileError(t("docx.export.not_docx", lang, path=path))
    backup = _theirs(path, replace, lang)
    atomic_write_bytes(path, sketch_to_docx(readable(sketch), layout), lang=lang, no_symlink=True, home=_home(source), backup=backup, keep_original=False)
    _remember(path)


# The interview's own marks in the file: the lines around each answer and its notes (comments
# that never reach the PDF, and have no place in a copy pasted elsewhere either).
_INTERVIEW_MARK = re.compile(r"[ \t]*<!-- (?:svar: [a-z0-9-]+\.q\d+|/svar|notat: .*?) -->[ \t]*")


def _interview_marks(lines: list[str]) -> set[int]:
    """Indexes of the lines to leave out for the interview's marks: a mark between two lines of
    text becomes a blank line in `lines` (the two stay apart, as in the PDF); any other mark,
    and a blank line its going would double, is left out."""
    out: set[int] = set()
    blanked: list[int] = []
    last_blank = True  # the last line kept is blank (or none is kept yet)
    removed = False  # a mark went since the last line of text
    for n, line in enumerate(lines):
        if _INTERVIEW_MARK.fullmatch(line):
            if last_blank:
                out.add(n)
            else:
                lines[n] = ""
                blanked.append(n)
                last_blank = True
            removed = True
            continue
        blank = not line.strip()
        if blank and last_blank and removed:
            out.add(n)
            continue
        last_blank = blank
        removed = removed and blank
    # A mark turned blank with no text after it (the file's last answer) goes too.
    if blanked and all(n in out or not lines[n].strip() for n in range(blanked[-1], len(lines))):
        out.add(blanked[-1])
    return out


def markdown_for_export(sketch: Sketch) -> str:
    """The sketch as Markdown to paste elsewhere: the metadata block becomes a visible title block.

    Empty sections (a heading with nothing but comments under it) are left out, as in the PDF,
    and so are the interview's marks around its answers and its notes. Lines typed one under the
    other as a list («Prosjektledelse: 500 000 kr») end with a hard break (two spaces), so that a
    Markdown viewer shows them on lines of their own, as the PDF does and the checker reads them.
    Without a metadata block, empty sections, interview marks or such lines the text is returned
    unchanged.
    """
    from .render.linebreaks import with_typed_breaks

    return with_typed_breaks(_export_text(sketch), sketch.newline)


def _export_text(sketch: Sketch) -> str:
    from .empty import without_empty_lines

    nl = sketch.newline
    lines = sketch.source.splitlines()
    dropped = set(without_empty_lines(sketch)) | (_interview_marks(lines) if "<!-- " in sketch.source else set())
    if not sketch.has_front_matter:
        if not dropped:
            return sketch.source
        kept = [line for n, line in enumerate(lines) if n not in dropped]
        return nl.join(kept) + (nl if sketch.source.endswith(("\n", "\r")) else "")
    lang = sketch.language.value
    rest = lines[sketch.front_matter_end :]
    while rest and not rest[0].strip():  # the blank lines that followed the metadata block
        rest = rest[1:]
    skipped = len(lines) - sketch.front_matter_end - len(rest)
    first_section = (sketch.sections[0].line - 1 - sketch.front_matter_end - skipped) if sketch.sections else len(rest)
    preamble = rest[: max(0, first_section)]
    offset = len(lines) - len(rest)  # the file's line number of rest[0], less one
    rest = [line for n, line in enumerate(rest) if n + offset not in dropped]
    preamble_text = "\n".join(preamble).casefold()
    meta = sketch.meta
    fields: list[str] = []
    if meta.applicant and meta.applicant.name.casefold() not in preamble_text:
        fields.append(f"**{t('render.applicant', lang)}:** {_org_text(meta.applicant, lang)}")
    if meta.partners and not any(p.name.casefold() in preamble_text for p in meta.partners):
        names = ", ".join(_org_text(p, lang) for p in meta.partners)
        fields.append(f"**{t('render.partners', lang)}:** {names}")
    # Markdown hard breaks (two spaces) keep the fields on their own lines.
    block = [line + ("  " if i < len(fields) - 1 else "") for i, line in enumerate(fields)]
    title = meta.title
    heading_at = next(
        (i for i, line in enumerate(preamble) if line.lstrip().startswith("#") and title and line.strip("# \t*_").casefold() == title.casefold()),
        None,
    )
    if heading_at is None and title and sketch.title_line is not None and 0 <= sketch.title_line - 1 - offset < len(preamble):
        heading_at = sketch.title_line - 1 - offset  # the title written as a bold or plain line: not written twice
    if heading_at is not None:
        if block:
            rest = rest[: heading_at + 1] + [""] + block + rest[heading_at + 1 :]
    else:
        rest = ([f"# {title}", ""] if title else []) + (block + [""] if block else []) + rest
    trailing = sketch.source.endswith(("\n", "\r"))
    return nl.join(rest) + (nl if trailing else "")


def _org_text(org, lang: str) -> str:
    text = org.name
    details = []
    if org.orgnr:
        details.append(f"{t('render.orgnr', lang)} {format_orgnr(org.orgnr).replace(chr(0xA0), ' ')}")
    if getattr(org, "role", None):
        details.append(org.role)
    return f"{text} ({', '.join(details)})" if details else text


def export_markdown(
    sketch: Sketch, path: Path, *, source: Path | None = None, lang: str = "nb", replace: bool = False
) -> None:
    """Write `markdown_for_export(sketch)` to `path`; never over `source`, nor over a file that is
    not Skisse's own export unless `replace` (then kept as `NAME~`)."""
    path = Path(path)
    _guard(path, source, lang)
    backup = _theirs(path, replace, lang)
    atomic_write_text(path, markdown_for_export(readable(sketch)), lang=lang, no_symlink=True, home=_home(source), backup=backup, keep_original=False)
    _remember(path)
