"""The action register: actions followed by ref, else by text; open, closed, settled."""
from __future__ import annotations

from sessietool.report.register import CLOSED, OPEN, SETTLED, RegisterSession, action_register
from sessietool.summary_file import summary_from_data

from .conftest import session


def _action(text, ref=None, status=None, owners=(), line=10, due=None, kind="action"):
    return {"text": text, "kind": kind, "owners": list(owners), "due": due, "status": status,
            "ref": ref, "line": line, "quote": text}


def _sessions(v2, *specs):
    out = []
    for date, actions in specs:
        data = session(v2, date, actions)
        out.append(RegisterSession(date, data, summary_from_data(data)))
    return out


def test_an_action_with_a_ref_is_followed_until_it_is_closed(v2):
    sessions = _sessions(
        v2,
        ("2024-01-10", [_action("Logius deelt het verslag.", ref="324/01", status="open")]),
        ("2024-02-14", [_action("Verslag delen via GitHub.", ref="324/01", status="open")]),
        ("2024-03-06", [_action("Verslag is gedeeld.", ref="324/01", status="closed")]),
    )
    (entry,) = action_register(sessions)
    assert (entry.ref, entry.opened, entry.last, entry.closed, entry.status) == (
        "324/01", "2024-01-10", "2024-03-06", "2024-03-06", CLOSED
    )
    assert entry.text == "Verslag is gedeeld."
    assert [m.session for m in entry.mentions] == ["2024-01-10", "2024-02-14", "2024-03-06"]


def test_without_a_ref_an_action_is_followed_by_its_text(v2):
    sessions = _sessions(
        v2,
        ("2010-06-01", [_action("PPK verwerkt de debriefing en plaatst deze op fronteers.nl.",
                                owners=["ppk"])]),
        ("2010-11-05", [_action("PPK plaatst de debriefing op fronteers.nl.", owners=["ppk"]),
                        _action("Sander regelt de zaal voor de ALV.", owners=["sander"])]),
    )
    first, second = action_register(sessions)
    assert (first.opened, first.last, first.status) == ("2010-06-01", "2010-11-05", OPEN)
    assert (second.opened, second.status) == ("2010-11-05", OPEN)


def test_an_action_no_longer_mentioned_is_settled_and_decisions_are_left_out(v2):
    sessions = _sessions(
        v2,
        ("2010-06-01", [_action("Sander regelt de zaal voor de ALV.", owners=["sander"]),
                        _action("Het bestuur besluit tot 750 boekjes.", kind="decision")]),
        ("2010-11-05", []),
    )
    (entry,) = action_register(sessions)
    assert (entry.status, entry.closed, entry.status_label) == (
        SETTLED, None, "niet meer genoemd"
    )


def test_different_refs_are_different_actions_even_with_the_same_text(v2):
    sessions = _sessions(
        v2,
        ("2024-01-10", [_action("Logius deelt het verslag.", ref="1"),
                        _action("Logius deelt het verslag.", ref="2")]),
    )
    assert [e.ref for e in action_register(sessions)] == ["1", "2"]


def test_undated_session_does_not_settle_everything(v2):
    sessions = _sessions(
        v2, ("2024-01-10", [_action("Sander regelt de zaal voor de ALV.", owners=["sander"])])
    )
    undated = session(v2, "2024-01-10", [], path="SOURCE.md")
    undated["session"]["date"] = None
    sessions.append(RegisterSession("SOURCE.md", undated, summary_from_data(undated)))
    (entry,) = action_register(sessions)
    assert entry.status == OPEN
