"""The one error boundary: expected problems show their message; anything else is logged
with its traceback and the user gets a short apology, never raw exception text."""

from __future__ import annotations

import gc
import logging
import sqlite3
from typing import TYPE_CHECKING

from handlers.question import Context
from handlers.reply import Reply

from . import phrasings
from .router import names_for, respond

if TYPE_CHECKING:
    import sqlite_utils

log = logging.getLogger("clerk")
APOLOGY = "Sorry — something went wrong on my side and nothing was changed. It has been logged."
MAX_INPUT = 4000


def ready(db: sqlite_utils.Database) -> None:
    """Build what every question reads (the known phrasings, the store's names) before the first
    one, then move it out of the garbage collector's way: a full collection would otherwise scan
    these long-lived objects and stall the question it falls in by 30-40 ms at 100,000 actions."""
    phrasings.bank()
    names_for(db)
    gc.collect()
    gc.freeze()


class UserError(Exception):
    "A problem the user can fix; its message is shown as it is"


def answer(ctx: Context, text: str) -> Reply:
    """Always a reply: the handler's, a user-facing error, or an apology."""
    text = (text or "").replace("\x00", " ").strip()
    if not text:
        return Reply("Ask me a question, or type \"help\".", intent="help", private=True)
    if len(text) > MAX_INPUT:
        return Reply(f"That message is too long ({len(text)} characters); please keep it under "
                     f"{MAX_INPUT}.", intent="error", private=True)
    try:
        return respond(ctx, text)
    except UserError as exc:
        return Reply(str(exc), intent="error", private=True)
    except sqlite3.OperationalError as exc:
        log.exception("database error answering %r", text[:200])
        if "locked" not in str(exc) and "busy" not in str(exc):
            return Reply(APOLOGY, intent="failure", private=True)
        return Reply("The records are busy right now — please try again in a moment. Nothing "
                     "was changed.", intent="error", private=True)
    except Exception:
        log.exception("error answering %r", text[:200])
        return Reply(APOLOGY, intent="failure", private=True)
