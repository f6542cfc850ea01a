"""When the program is told to end: everything unsaved is saved first.

Savers (`keep_flushed`) and callbacks (`register_flush`) are flushed at exit and on SIGTERM, SIGHUP
and suspend (`install_signal_handlers`). A UI can ask to be told to leave (`register_exit`) rather
than have SystemExit raised wherever the signal landed; should any exit then hang, the process
ends anyway `EXIT_GRACE_S` seconds after the text was saved.
"""

from __future__ import annotations

import atexit
import logging
import os
import signal
import threading
import weakref
from collections.abc import Callable
from typing import Any

log = logging.getLogger(__name__)

_savers: weakref.WeakSet[Any] = weakref.WeakSet()  # objects with a flush(), kept while they live
_flushers: list[Callable[[], object]] = []
_exit_hooks: list[Callable[[int], object]] = []


def keep_flushed(saver: Any) -> None:
    """Flush `saver` (anything with a `flush()`) on exit and on the signals while it lives."""
    _savers.add(saver)


def forget(saver: Any) -> None:
    _savers.discard(saver)


def _registered(hooks: list, callback: Callable) -> Callable[[], None]:
    hooks.append(callback)

    def unregister() -> None:
        try:
            hooks.remove(callback)
        except ValueError:
            pass

    return unregister


def register_flush(callback: Callable[[], object]) -> Callable[[], None]:
    """Also run `callback` on exit and on the signals (an editor's own save); returns an unregister function."""
    return _registered(_flushers, callback)


def flush_all() -> None:
    """Flush every live saver and every registered callback (exit hooks call this)."""
    for flush in [*(s.flush for s in list(_savers)), *list(_flushers)]:
        try:
            flush()
        except Exception:  # noqa: BLE001 - an exit hook must reach every saver
            log.exception("flush on exit failed")


EXIT_GRACE_S = 5.0  # after a SIGTERM/SIGHUP has been saved for, the longest a clean exit may take


def register_exit(callback: Callable[[int], object]) -> Callable[[], None]:
    """How a UI leaves on SIGTERM or SIGHUP: `callback(exit_code)` is called (after everything is
    saved) instead of SystemExit being raised wherever the signal landed, so the UI can close in
    order (a window restores the terminal). Returns an unregister function."""
    return _registered(_exit_hooks, callback)


def _leave_within(seconds: float, code: int) -> None:
    """The text is saved; should the orderly exit hang (a thread that never ends, a task that
    ignores cancellation), the process ends anyway after `seconds`."""
    timer = threading.Timer(seconds, os._exit, args=(code,))
    timer.daemon = True
    timer.start()


_installed = False


def install_signal_handlers(signals: tuple[int, ...] | None = None) -> None:
    """Flush all savers on SIGTERM, SIGHUP, SIGINT-less exits and suspend, then do what the signal did before.

    Call once, from the main thread. SIGTSTP (suspend) flushes and then stops the process as
    usual; SIGTERM and SIGHUP flush and then run the earlier handler, or exit with 128 + signal.
    """
    global _installed
    if _installed:
        return
    _installed = True
    atexit.register(flush_all)
    wanted = signals if signals is not None else tuple(
        s for s in (getattr(signal, "SIGTERM", None), getattr(signal, "SIGHUP", None), getattr(signal, "SIGTSTP", None)) if s is not None
    )
    for signum in wanted:
        previous = signal.getsignal(signum)

        def handler(num: int, frame: object, _previous=previous) -> None:
            flush_all()
            if callable(_previous):
                _previous(num, frame)
                return
            if _previous == signal.SIG_IGN:
                return
            if num == getattr(signal, "SIGTSTP", -1):
                os.kill(os.getpid(), signal.SIGSTOP)
                return
            # On the way out there is nothing to resume: a SIGCONT that follows a hang-up must
            # not run a UI's resume code in a loop that is shutting down.
            if hasattr(signal, "SIGCONT"):
                signal.signal(signal.SIGCONT, signal.SIG_DFL)
            code = 128 + num
            _leave_within(EXIT_GRACE_S, code)
            if _exit_hooks:
                for leave in list(_exit_hooks):
                    leave(code)
                return
            raise SystemExit(code)

        signal.signal(signum, handler)


def leave_now(code: int) -> None:
    """End the program as a hang-up does, whatever SIGHUP's disposition (`nohup` ignores it):
    everything is saved, then the UI leaves in order, or the process ends within the grace time."""
    flush_all()
    _leave_within(EXIT_GRACE_S, code)
    if _exit_hooks:
        for leave in list(_exit_hooks):
            leave(code)
        return
    os._exit(code)


def watch_terminal(fd: int = 0) -> None:
    """When the terminal on `fd` goes away without a SIGHUP (a new session, `nohup`, a closed
    pseudo-terminal), leave as a hang-up does; otherwise the window would read end-of-file in a
    loop (40-90 % of a core, for ever). A daemon thread that waits in poll(2): no CPU until then."""
    import select

    try:
        if not os.isatty(fd):
            return
    except OSError:
        return
    gone = select.POLLHUP | select.POLLERR | select.POLLNVAL

    def watch() -> None:
        poller = select.poll()
        poller.register(fd, gone)  # no POLLIN: typing does not wake this thread
        while True:
            try:
                events = poller.poll()
            except InterruptedError:
                continue
            except OSError:
                return
            if any(mask & gone for _, mask in events):
                log.warning("the terminal went away; saving and leaving")
                leave_now(128 + getattr(signal, "SIGHUP", 1))
                return

    threading.Thread(target=watch, name="terminal-watch", daemon=True).start()
