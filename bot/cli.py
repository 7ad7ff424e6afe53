"""The `clerk` command line: ingest, ask, chat, serve, backup."""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import sys
from dataclasses import asdict
from datetime import date, datetime
from pathlib import Path

from handlers.question import Context
from handlers.reply import Reply, whole_text
from store.ingest import COUNTED, ingest_paths
from store.schema import UnusableDatabase, connect

from .boundary import answer

BAR = 30  # characters in the ingest progress bar
SEEDS = Path(__file__).resolve().parent.parent / "seeds"
EXAMPLES = """examples:
  clerk chat
  clerk ask "what's overdue on safeguarding?" --today 2010-06-01
  clerk ask "who chairs the improvement board?" --json
  clerk ingest reports/ --db clerk.db
  clerk serve --http --port 3000"""


class UsageError(Exception):
    "The command line was not usable"


def default_db() -> Path:
    return Path(os.environ.get("CLERK_DB") or "clerk.db")


def pinned_today(value: str | None) -> date | None:
    value = value or os.environ.get("CLERK_TODAY")
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise UsageError(f"--today must be a date like 2010-06-01, not {value!r}") from exc


def open_store(path: Path, bootstrap: bool = True):
    """Open the store; on first use, build it from the bundled seeds and say so."""
    fresh = not path.exists()
    db = connect(path)
    if fresh and bootstrap:
        seeds = SEEDS if SEEDS.is_dir() else Path("seeds")
        print(f"clerk: {path} did not exist; building it from the bundled seeds in {seeds}",
              file=sys.stderr)
        result = ingest_paths(db, [seeds])
        print(f"clerk: {summary_line(result)}", file=sys.stderr)
    elif bootstrap and not db.execute("select count(*) from documents").fetchone()[0]:
        print(f"clerk: {path} holds no documents yet: `clerk ingest PATH --db {path}` adds reports (or remove the "
              "file and Clerk rebuilds it from the bundled seeds)", file=sys.stderr)
    return db


PINNED_TIME = "09:00:00"  # a pinned day is a working day at nine: answers and their timestamps repeat exactly


def make_context(db, today: date | None, user: str | None, channel: str = "cli",
                 conversation: bool = False) -> Context:
    day = today or date.today()
    clock = PINNED_TIME if today else datetime.now().strftime("%H:%M:%S")
    return Context(db=db, today=day, user=user or "local", channel=channel,
                   now=f"{day.isoformat()}T{clock}", conversation=conversation)


def summary_line(result) -> str:
    counts = ", ".join(f"{result.counts[k]} {k}" for k in COUNTED)
    extra = f"; {result.unchanged} unchanged" if result.unchanged else ""
    return f"ingested {counts}{extra}"


def reply_json(reply: Reply) -> str:
    return json.dumps({
        "intent": reply.intent, "text": whole_text(reply), "private": reply.private,
        "changed": reply.changed,
        "items": [{"text": i.text, "action": i.action,
                   "source": dict(asdict(i.source), citation=i.source.cite()) if i.source else None,
                   "fields": i.fields} for i in reply.items],
    }, indent=2, default=str)


def progress_bar(stream=sys.stderr):
    """A progress bar on a terminal; nothing in a pipe or a log."""
    if not stream.isatty():
        return None

    def show(n: int, total: int, path: Path) -> None:
        filled = round(BAR * n / total)
        print(f"\r[{'#' * filled}{'.' * (BAR - filled)}] {n}/{total} {path.name[:50]:<50}",
              end="\n" if n == total else "", file=stream, flush=True)
    return show


def cmd_ingest(args) -> int:
    """Ingest reports: PDF, Word (.docx), HTML, .txt or .md files, or folders of them.
    Re-running is safe: unchanged files are skipped.

    Example: clerk ingest reports/ ofsted-report.pdf --db clerk.db"""
    db = open_store(args.db, bootstrap=False)
    result = ingest_paths(db, [Path(p) for p in args.paths], progress_bar())
    for problem in result.problems:
        print(f"clerk: {problem}", file=sys.stderr)
    print(summary_line(result))
    return 0 if result.ingested or result.unchanged else 1


def cmd_ask(args) -> int:
    """Answer one question or command and exit.

    Example: clerk ask "when does scrutiny next meet?" --today 2010-08-01"""
    db = open_store(args.db)
    reply = answer(make_context(db, pinned_today(args.today), args.user), " ".join(args.text))
    print(reply_json(reply) if args.json else whole_text(reply))
    return 0


def cmd_chat(args) -> int:
    """Talk to Clerk in the terminal, with line editing and history. Ctrl-D to leave.

    Example: clerk chat --today 2010-06-01"""
    from .chat import run_chat
    db = open_store(args.db)
    return run_chat(lambda text: answer(make_context(db, pinned_today(args.today), args.user, channel="chat",
                                                     conversation=True), text))


def cmd_serve(args) -> int:
    """Run the Slack app: Socket Mode by default, or HTTP with --http.

    Example: clerk serve --http --port 3000"""
    from .serve import run_server
    db_path = args.db
    open_store(db_path)
    return run_server(db_path, http=args.http, port=args.port, today=pinned_today(args.today), host=args.host)


def cmd_remind(args) -> int:
    """Send the reminders and digests that are due now (for cron); --dry-run only lists them.
    `clerk serve` does this by itself every minute.

    Example: clerk remind --dry-run --today 2010-06-01 --time 09:05"""
    from .scheduler import send_due
    from .serve import missing, web_client
    db = open_store(args.db)
    day = pinned_today(args.today) or date.today()
    try:
        at = datetime.strptime(args.time, "%H:%M").time() if args.time else datetime.now().time()
    except ValueError as exc:
        raise UsageError(f"--time must be like 09:05, not {args.time!r}") from exc
    now = datetime.combine(day, at.replace(second=0, microsecond=0))
    if not args.dry_run and missing(["SLACK_BOT_TOKEN"]):
        raise UsageError("set SLACK_BOT_TOKEN to send, or use --dry-run to see what would be sent")
    sent = send_due(db, None if args.dry_run else web_client(), now, dry_run=args.dry_run)
    verb = "would send" if args.dry_run else "sent"
    for out in sent:
        late = " (late)" if out.late else ""
        print(f"{verb} {out.kind} to {out.target}{late}:\n" + "\n".join("  " + line for line in
                                                                       out.reply.text().splitlines()))
    print(f"{len(sent)} {'due' if args.dry_run else 'sent'} at {now:%Y-%m-%d %H:%M}")
    return 0


def cmd_chart(args) -> int:
    """Draw the board's chart as a PNG: actions by theme and state, plan strands by rating,
    and inspection grades over time where several inspections are held.

    Example: clerk chart summary -o board.png --today 2014-03-01"""
    from handlers.board import board_figures

    from .charts import board_png
    if args.what != "summary":
        raise UsageError(f"the chart I draw is `summary`, not {args.what!r}")
    db = open_store(args.db)
    figures = board_figures(make_context(db, pinned_today(args.today), None), pinned_today(args.today) or date.today())
    write_file(args.output, board_png(figures))
    print(f"wrote {args.output}: {figures.alt_text()}")
    return 0


def cmd_calendar(args) -> int:
    """Write the meetings and deadlines as an iCalendar file: meetings held and scheduled,
    projected ones as tentative, action deadlines as all-day events; UIDs stay the same
    from one export to the next.

    Example: clerk calendar -o clerk.ics --today 2010-08-01"""
    from handlers.calendar import calendar_events

    from .ical import to_ics
    db = open_store(args.db)
    day = pinned_today(args.today) or date.today()
    events = calendar_events(make_context(db, pinned_today(args.today), None), day)
    write_file(args.output, to_ics(events))
    tentative = sum(e.tentative for e in events)
    print(f"wrote {args.output}: {len(events)} events ({tentative} tentative)")
    return 0


def cmd_backup(args) -> int:
    """Copy the database to FILE with SQLite's online backup, while the bot keeps serving.

    Example: clerk backup clerk-2010-06-01.db"""
    if not Path(args.db).exists():
        raise UsageError(f"there is no database at {args.db} to back up")
    db = open_store(args.db, bootstrap=False)
    try:
        target = sqlite3.connect(args.file)
        with target:
            db.conn.backup(target)
        target.close()
    except sqlite3.Error as exc:
        raise UsageError(f"cannot write the backup to {args.file}: {exc}") from exc
    print(f"backed up {args.db} to {args.file}")
    return 0


def write_file(path: str, data: bytes) -> None:
    """Write an output file, or say plainly why it cannot be written."""
    try:
        Path(path).write_bytes(data)
    except OSError as exc:
        raise UsageError(f"cannot write {path}: {exc.strerror or exc}") from exc


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="clerk", description="Clerk: sourced answers from "
                                     "governance records.", epilog=EXAMPLES,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db", type=Path, default=None, help="database file (default $CLERK_DB or clerk.db)")
    clock = argparse.ArgumentParser(add_help=False)
    clock.add_argument("--today", help="pin the clock, YYYY-MM-DD (default $CLERK_TODAY or today)")
    clock.add_argument("--user", help="acting Slack user id (default: the local admin)")
    sub = parser.add_subparsers(dest="command", required=True)
    for name, func, parents in [("ingest", cmd_ingest, [common]), ("ask", cmd_ask, [common, clock]),
                                ("chat", cmd_chat, [common, clock]), ("serve", cmd_serve, [common]),
                                ("remind", cmd_remind, [common]), ("chart", cmd_chart, [common]),
                                ("calendar", cmd_calendar, [common]),
                                ("backup", cmd_backup, [common])]:
        p = sub.add_parser(name, parents=parents, help=func.__doc__.splitlines()[0],
                           description=func.__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
        p.set_defaults(func=func)
        if name == "ingest":
            p.add_argument("paths", nargs="+", metavar="PATH")
        elif name == "ask":
            p.add_argument("text", nargs="+", metavar="TEXT")
            p.add_argument("--json", action="store_true", help="machine-readable answer")
        elif name == "serve":
            p.add_argument("--http", action="store_true", help="serve HTTP instead of Socket Mode")
            p.add_argument("--port", type=int, default=3000)
            p.add_argument("--host", default="127.0.0.1", help="address to listen on (HTTP mode)")
            p.add_argument("--today", help="pin the clock, YYYY-MM-DD")
        elif name == "remind":
            p.add_argument("--dry-run", action="store_true", help="list what is due; send nothing")
            p.add_argument("--today", help="pin the clock, YYYY-MM-DD (default $CLERK_TODAY or today)")
            p.add_argument("--time", help="the time of day, HH:MM (default now)")
        elif name == "chart":
            p.add_argument("what", choices=["summary"], help="the chart to draw")
            p.add_argument("-o", "--output", default="board.png", help="PNG file to write (default board.png)")
            p.add_argument("--today", help="pin the clock, YYYY-MM-DD (default $CLERK_TODAY or today)")
        elif name == "calendar":
            p.add_argument("-o", "--output", default="clerk.ics", help="file to write (default clerk.ics)")
            p.add_argument("--today", help="pin the clock, YYYY-MM-DD (default $CLERK_TODAY or today)")
        elif name == "backup":
            p.add_argument("file", metavar="FILE")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    args.db = args.db or default_db()
    try:
        return args.func(args)
    except UsageError as exc:
        print(f"clerk: {exc}", file=sys.stderr)
        return 2
    except UnusableDatabase as exc:
        print(f"clerk: cannot use the database {exc}", file=sys.stderr)
        return 3
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # `clerk ask … | head`: the reader left; say nothing more
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
