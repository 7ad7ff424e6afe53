"""The interactive terminal chat: the same grammar as Slack, with line editing and history
when attached to a terminal, and plain line-by-line input otherwise."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from handlers.reply import Reply

BANNER = "Clerk — ask about the records, or type \"help\". Ctrl-D or \"quit\" to leave."


def _lines(interactive: bool):
    if interactive:
        from prompt_toolkit import PromptSession
        from prompt_toolkit.history import FileHistory
        history = Path.home() / ".clerk_history"
        session = PromptSession(history=FileHistory(str(history)))
        while True:
            try:
                yield session.prompt("you> ")
            except KeyboardInterrupt:
                continue
            except EOFError:
                return
    else:
        for line in sys.stdin:
            yield line.rstrip("\n")


def run_chat(reply_to: Callable[[str], Reply]) -> int:
    interactive = sys.stdin.isatty() and sys.stdout.isatty()
    print(BANNER)
    for line in _lines(interactive):
        if line.strip().lower() in ("quit", "exit", "bye"):
            break
        if not line.strip():
            continue
        print(reply_to(line).text())
        print()
    return 0
