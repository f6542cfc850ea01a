"""`skisse assess`, `skisse ask` and `skisse models`: the coach from the command line.

Non-interactive: nothing here prompts. Failures exit non-zero with one line on stderr:
2 for a bad file or settings, 3 when the model request fails.
"""

from __future__ import annotations

import argparse
import sys

from ..i18n import t

EXIT_MODEL = 3


def register(sub: argparse._SubParsersAction, lang: str) -> None:
    p = sub.add_parser("assess", help=t("coach.cli.assess_help", lang), description=t("coach.cli.assess_help", lang))
    p.add_argument("path", metavar="PATH", help=t("coach.cli.path", lang))
    _model_options(p, lang)
    p.add_argument("--json", action="store_true", help=t("coach.cli.json", lang))
    p.set_defaults(handler=run_assess)

    p = sub.add_parser("ask", help=t("coach.cli.ask_help", lang), description=t("coach.cli.ask_help", lang))
    p.add_argument("path", metavar="PATH", help=t("coach.cli.path", lang))
    p.add_argument("question", metavar="QUESTION", help=t("coach.cli.question", lang))
    _model_options(p, lang)
    p.set_defaults(handler=run_ask)

    p = sub.add_parser("models", help=t("coach.cli.models_help", lang), description=t("coach.cli.models_help", lang))
    _model_options(p, lang, rubric=False)
    p.add_argument("--test", action="store_true", help=t("coach.cli.test", lang))
    p.add_argument("--init", action="store_true", help=t("coach.cli.init", lang))
    p.set_defaults(handler=run_models)


def _model_options(p: argparse.ArgumentParser, lang: str, rubric: bool = True) -> None:
    p.add_argument("--model", "-m", metavar="M", help=t("coach.cli.model", lang))
    p.add_argument("--base-url", metavar="URL", help=t("coach.cli.base_url", lang))
    if rubric:
        p.add_argument("--rubric", metavar="ID|PATH", help=t("coach.cli.rubric", lang))


def _settings(args: argparse.Namespace):
    from ..coach.settings import ConfigError, load_settings
    from .main import CliError

    try:
        settings = load_settings()
    except ConfigError as exc:
        raise CliError(t("coach.error.config", args.lang, detail=str(exc))) from None
    for warning in settings.warnings:
        print(f"skisse: {t('coach.cli.warning', args.lang, text=warning)}", file=sys.stderr)
    settings = settings.with_model(args.model, args.base_url)
    if getattr(args, "rubric", None):
        settings = settings.model_copy(update={"rubric": args.rubric})
    return settings


def _coach(args: argparse.Namespace):
    from ..coach.base import make_coach

    coach = make_coach(_settings(args), lang=args.lang)
    note = coach.unused_note(args.lang) if coach.offline and hasattr(coach, "unused_note") else ""
    if note:
        print(f"skisse: {note}", file=sys.stderr)
    return coach


def _read(path: str) -> str:
    from pathlib import Path

    from ..core.files.storage import SkisseFileError, read_text_file
    from .main import CliError

    try:
        return read_text_file(Path(path), word=True).text
    except SkisseFileError as exc:
        raise CliError(str(exc)) from None


def _check_rubric(args: argparse.Namespace) -> None:
    from ..core.sketch.rubric import RubricError, load_rubric, rubric_argument
    from .main import CliError

    if getattr(args, "rubric", None):
        try:
            args.rubric = rubric_argument(args.rubric)
            load_rubric(args.rubric)
        except RubricError as exc:
            raise CliError(exc.text(args.lang)) from None


def _report_redactions(coach, lang: str) -> None:
    count = getattr(coach, "last_redactions", 0)
    if count:
        print(f"skisse: {t('coach.cli.redacted', lang, count=count)}", file=sys.stderr)


def _report_usage(coach, lang: str) -> None:
    last = coach.usage.last
    if coach.offline or last is None:
        return
    cost = f"{last.cost:.4f} {last.currency}" if last.cost is not None else t("coach.cli.no_price", lang)
    approx = t("coach.cli.approx", lang) if last.approximate else ""
    print(f"skisse: {t('coach.cli.usage', lang, input=last.input_tokens, output=last.output_tokens, approx=approx, cost=cost)}", file=sys.stderr)


def run_assess(args: argparse.Namespace) -> int:
    import asyncio
    import json

    from ..coach.assess import format_assessment
    from ..coach.base import CoachError
    from ..core.sketch.rubric import load_rubric, rubric_argument, sketch_rubric
    from .main import CliError

    _check_rubric(args)
    text = _read(args.path)
    coach = _coach(args)
    try:
        assessment = asyncio.run(coach.assess(text, args.lang))
    except CoachError as exc:
        raise CliError(exc.message_for_user, EXIT_MODEL) from None
    _report_redactions(coach, args.lang)
    if args.json:
        data = {"path": args.path, **assessment.model_dump(mode="json")}
        json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        from ..core.judging.checkup import parse

        rubric = load_rubric(rubric_argument(args.rubric)) if args.rubric else sketch_rubric(parse(text).meta.rubric)
        titles = {c.id: c.title.get(args.lang) for c in rubric.criteria}
        print(format_assessment(assessment, args.lang, titles))
    _report_usage(coach, args.lang)
    return 0


def run_ask(args: argparse.Namespace) -> int:
    import asyncio

    from ..coach.base import CoachError, CoachRequest
    from .main import CliError

    _check_rubric(args)
    text = _read(args.path)
    coach = _coach(args)
    request = CoachRequest(kind="ask", sketch_text=text, question=args.question, lang=args.lang)
    out = sys.stdout

    async def stream() -> None:
        async for chunk in coach.astream(request):
            out.write(chunk)
            out.flush()

    try:
        asyncio.run(stream())
    except CoachError as exc:
        if exc.partial:
            out.write(f"\n\n{t('coach.error.partial', args.lang)}\n")
            out.flush()
        raise CliError(exc.message_for_user, EXIT_MODEL) from None
    out.write("\n")
    _report_redactions(coach, args.lang)
    _report_usage(coach, args.lang)
    return 0


def run_models(args: argparse.Namespace) -> int:
    import asyncio
    import importlib.util
    import time
    from pathlib import Path

    from ..coach.base import CoachError
    from ..coach.settings import LOCAL_PROVIDERS, PROVIDER_KEY_ENV, PROVIDER_PACKAGES, api_key, write_default_config
    from .main import CliError

    lang = args.lang
    settings = _settings(args)
    if args.init:
        path = Path(settings.config_path) if settings.config_path else None
        existed = path is not None and path.exists()
        path = write_default_config(path)
        if not existed:
            print(t("coach.cli.created", lang, path=path))
    path = Path(settings.config_path or "")
    print(t("coach.cli.models_config" if path.is_file() else "coach.cli.models_no_config", lang, path=path))
    for name, profile in settings.profiles.items():
        label = profile.model or t("tui.coach.offline", lang)
        if profile.base_url:
            label += f" @ {profile.base_url}"
        print(t("coach.cli.models_profile", lang, name=name, label=label))
    if not settings.has_model:
        print(t("coach.cli.models_offline", lang))
        if settings.unused_settings:
            from ..coach.offline import unused_note

            print(unused_note(settings.unused_settings, lang))
        if args.test:
            print(t("coach.cli.test_offline", lang))
        return 0
    print(t("coach.cli.models_active", lang, label=settings.label))
    provider = settings.client_provider
    module, package = PROVIDER_PACKAGES.get(provider, (f"langchain_{provider}", f"langchain-{provider}"))
    installed = importlib.util.find_spec(module) is not None
    state = t("coach.cli.package_ok", lang) if installed else t("coach.cli.package_missing", lang, package=package)
    print(t("coach.cli.models_package", lang, package=package, state=state))
    if api_key(settings):
        key_state = t("coach.cli.key_found", lang)
    elif settings.is_local or provider in LOCAL_PROVIDERS or (provider not in PROVIDER_KEY_ENV and not settings.base_url):
        key_state = t("coach.cli.key_local", lang)
    else:
        env = settings.api_key_env or PROVIDER_KEY_ENV.get(provider, "SKISSE_API_KEY")
        key_state = t("coach.cli.key_found", lang) if api_key(settings) else t("coach.cli.key_missing", lang, env=env, provider=settings.base_url or provider)
    print(t("coach.cli.models_key", lang, state=key_state))
    print(t("coach.cli.models_local" if settings.is_local else "coach.cli.models_remote", lang))
    if args.test:
        from ..coach.llm import LangChainCoach

        coach = LangChainCoach(settings, lang=lang)
        started = time.perf_counter()
        try:
            asyncio.run(coach.test_connection(lang))
        except CoachError as exc:
            raise CliError(exc.message_for_user, EXIT_MODEL) from None
        seconds = f"{time.perf_counter() - started:.1f}"
        print(t("coach.cli.test_ok", lang, model=settings.label, seconds=seconds))
    return 0
