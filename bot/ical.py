"""Calendar events as an iCalendar (.ics) file, built with the icalendar library (BSD,
maintained by the collective.icalendar project): all-day events, tentative where projected,
stable UIDs."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from icalendar import Calendar
from icalendar import Event as IcsEvent

from handlers.calendar import Event


def to_ics(events: list[Event], stamp: datetime | None = None) -> bytes:
    calendar = Calendar()
    calendar.add("prodid", "-//Clerk//governance records//EN")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", "Clerk: meetings and deadlines")
    stamp = stamp or datetime.now(UTC)
    for event in events:
        entry = IcsEvent()
        entry.add("uid", event.uid)
        entry.add("dtstamp", stamp)
        entry.add("dtstart", event.day)
        entry.add("dtend", event.day + timedelta(days=1))
        entry.add("summary", event.title)
        entry.add("description", event.description)
        entry.add("status", "TENTATIVE" if event.tentative else "CONFIRMED")
        entry.add("transp", "TRANSPARENT")
        calendar.add_component(entry)
    return calendar.to_ical()
