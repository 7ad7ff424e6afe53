"""Block Kit rendering of a reply, within Slack's limits (50 blocks a message, 3,000
characters a section, 10 elements a context block)."""

from __future__ import annotations

import json
import re

from handlers.reply import Reply

MAX_BLOCKS = 50
MAX_SECTION = 3000
MAX_CONTEXT_ELEMENTS = 10
MAX_BUTTON_VALUE = 2000


USER_MENTION = re.compile(r"&lt;@(U[A-Z0-9]+)&gt;")
BROADCAST = re.compile(r"(?<![\w&])@(channel|here|everyone)\b", re.I)


def escape(text: str) -> str:
    """Text safe to post: Slack's control characters (&, <, >) escaped, so nothing typed into the
    records or a note can ping a channel (<!channel>, <!here>) or pose as a link; @channel,
    @here and @everyone broken with a zero-width space; only mentions of one user stay live."""
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    text = USER_MENTION.sub(r"<@\1>", text)
    return BROADCAST.sub("@\u200b\\1", text)


def _section(text: str) -> dict:
    text = escape(text)
    if len(text) > MAX_SECTION:
        text = text[:MAX_SECTION - 1] + "…"
    return {"type": "section", "text": {"type": "mrkdwn", "text": text}}


def button_value(**fields) -> str:
    """A compact JSON payload for a button, cut to fit Slack's 2,000 characters."""
    value = json.dumps(fields, separators=(",", ":"))
    if len(value) > MAX_BUTTON_VALUE and "q" in fields:
        fields["q"] = fields["q"][:MAX_BUTTON_VALUE - len(value) + len(fields["q"]) - 1]
        value = json.dumps(fields, separators=(",", ":"))
    return value


def _button(text: str, action_id: str, value: str, style: str | None = None) -> dict:
    button = {"type": "button", "text": {"type": "plain_text", "text": text}, "action_id": action_id,
              "value": value}
    if style:
        button["style"] = style
    return button


def reply_blocks(reply: Reply, question: str = "", today: str = "", page: int = 0,
                 shareable: bool = False, action_buttons: bool = True, note_button: bool = False) -> list[dict]:
    """The reply as blocks: lead, items (with Mark done / Update… for actions), sources as a
    context block, and More / Share buttons."""
    shown, rest = reply.page(page)
    blocks: list[dict] = [_section(reply.lead)]
    if not reply.single:
        for item in shown:
            blocks.append(_section(f"• {item.text}"))
            if item.action and action_buttons:
                blocks.append({"type": "actions", "elements": [
                    _button("Mark done", "mark_done", item.action, "primary"),
                    _button("Add note", "open_note", item.action) if note_button else
                    _button("Update…", "open_update", item.action)]})
    for note in reply.notes:
        blocks.append(_section(note))
    cites = [s.cite() for s in reply.sources(shown if not reply.single else None)]
    if cites:
        elements = [{"type": "mrkdwn", "text": escape(f"Source: {c}")[:2000]} for c in cites]
        blocks.append({"type": "context", "elements": elements[:MAX_CONTEXT_ELEMENTS]})
    buttons = []
    if rest:
        buttons.append(_button(f"More ({rest})", "more", button_value(q=question, d=today, p=page + 1)))
    if shareable:
        buttons.append(_button("Share", "share", button_value(q=question, d=today, p=page)))
    if buttons:
        blocks.append({"type": "actions", "elements": buttons})
    if len(blocks) > MAX_BLOCKS:
        blocks = blocks[:MAX_BLOCKS - 1] + [blocks[-1]]
    return blocks


def update_modal(short_id: str, statuses: list[str], metadata: str) -> dict:
    """The "Update…" modal: status, note and a new due date, all optional but one."""
    options = [{"text": {"type": "plain_text", "text": s}, "value": s} for s in statuses]
    return {
        "type": "modal", "callback_id": "update_action", "private_metadata": metadata,
        "title": {"type": "plain_text", "text": f"Update {short_id}"[:24]},
        "submit": {"type": "plain_text", "text": "Save"},
        "close": {"type": "plain_text", "text": "Cancel"},
        "blocks": [
            {"type": "input", "block_id": "status", "optional": True,
             "label": {"type": "plain_text", "text": "Status"},
             "element": {"type": "static_select", "action_id": "value", "options": options}},
            {"type": "input", "block_id": "note", "optional": True,
             "label": {"type": "plain_text", "text": "Note"},
             "element": {"type": "plain_text_input", "action_id": "value", "multiline": True,
                         "max_length": 500}},
            {"type": "input", "block_id": "due", "optional": True,
             "label": {"type": "plain_text", "text": "New due date"},
             "element": {"type": "datepicker", "action_id": "value"}},
        ],
    }


def note_modal(short_id: str, metadata: str) -> dict:
    """The "Add note" modal: one note, kept in the action's history."""
    return {
        "type": "modal", "callback_id": "add_note", "private_metadata": metadata,
        "title": {"type": "plain_text", "text": f"Note on {short_id}"[:24]},
        "submit": {"type": "plain_text", "text": "Add note"},
        "close": {"type": "plain_text", "text": "Cancel"},
        "blocks": [{"type": "input", "block_id": "note", "label": {"type": "plain_text", "text": "Progress note"},
                    "element": {"type": "plain_text_input", "action_id": "value", "multiline": True,
                                "max_length": 500}}],
    }


def home_view(sections: list[tuple[str, Reply]]) -> dict:
    """The App Home tab: one header and a short list per section."""
    blocks: list[dict] = []
    for title, reply in sections:
        blocks.append({"type": "header", "text": {"type": "plain_text", "text": title[:150]}})
        blocks.append(_section(reply.lead))
        for item in reply.items[:8]:
            blocks.append(_section(f"• {item.text}"))
        blocks.append({"type": "divider"})
    return {"type": "home", "blocks": blocks[:100]}
