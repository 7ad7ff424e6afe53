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


MORE = ("more", "next", "show more", "more please")


def run_chat(reply_to: Callable[[str], Reply]) -> int:
    interactive = sys.stdin.isatty() and sys.stdout.isatty()
    print(BANNER)
    last, page = None, 0
    for line in _lines(interactive):
        said = line.strip().lower().rstrip(".!?")
        if said in ("quit", "exit", "bye"):
            break
        if not said:
            continue
        if said in MORE and last is not None:
            if not last.page(page)[1]:
                print("That was the whole list.\n")
                continue
            page += 1  # the next page of the last list
        else:
            last, page = reply_to(line), 0
        print(last.text(page))
        if last.page(page)[1]:
            print('Type "more" for the next page.')
        print()
    return 0
