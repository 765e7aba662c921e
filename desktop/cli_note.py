"""`afterview note check` and `afterview note preview`: the composer's checks and templates on the command line.

Neither opens the database: they read the settings (your name, spelling language, note length) and the
template folders only, so they work on a note written anywhere.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

_SHOWN_LEVEL = {"ok": "info", "warning": "warning", "error": "error"}
_MARK = {"info": "ok     ", "warning": "warning", "error": "error  "}


if TYPE_CHECKING:
    Verbs = argparse._SubParsersAction[argparse.ArgumentParser]


def add_parser(verbs: Verbs) -> Verbs:
    """`afterview note check | preview`; returns the note's sub-commands so others can join them."""
    note = verbs.add_parser("note", help="thank-you notes: check one, preview a template, send later")
    actions = note.add_subparsers(dest="note_action", metavar="ACTION", required=True)
    check = actions.add_parser(
        "check", help="run the composer's checks on a note file ('Subject: ...', a blank line, then the body)",
        description="Exit status: 0 when nothing needs attention, 1 when there is an error or a warning.")
    check.add_argument("file", type=Path, metavar="FILE")
    check.add_argument("--to", required=True, metavar="FULL NAME", help="the person the note is for")
    check.add_argument("--company", default="", metavar="C")
    check.add_argument("--role", default="", metavar="R")
    check.add_argument("--memorable", default="", metavar="TEXT", help="what you remember of the conversation")
    check.add_argument("--json", action="store_true", help="print a JSON array of {check, level, message}")
    preview = actions.add_parser("preview", help="print a template filled in, as the composer would")
    preview.add_argument("--template", required=True, metavar="NAME", help="brief, formal, panel, phone_screen, warm,"
                                                                            " or one of your own")
    preview.add_argument("--to", required=True, metavar="FULL NAME")
    preview.add_argument("--company", required=True, metavar="C")
    preview.add_argument("--role", required=True, metavar="R")
    preview.add_argument("--memorable", required=True, metavar="TEXT")
    preview.add_argument("--why-fit", required=True, metavar="TEXT")
    preview.add_argument("--greet-as", default="", metavar="NAME", help="default: the given name")
    preview.add_argument("--interview-day", default="today", metavar="DAY",
                         help="today, yesterday or a weekday (default: today)")
    return actions


def run(data_dir: str | None, args: argparse.Namespace) -> int:
    from desktop.core.templates import TemplateError, named_day
    from desktop.operations import note_review
    from desktop.storage import settings_file
    from desktop.storage.paths import resolve

    paths = resolve(data_dir)
    loaded = settings_file.load(paths.settings_file)
    if loaded.warning:
        print(f"afterview: {loaded.warning}", file=sys.stderr)
    if args.note_action == "check":
        try:
            checks = note_review.check_file(loaded.settings, paths, args.file, to=args.to, company=args.company,
                                            role=args.role, memorable=args.memorable)
        except note_review.NoteFileError as error:
            print(f"afterview: {error}", file=sys.stderr)
            return 2
        findings = [{"check": c.name, "level": _SHOWN_LEVEL[c.level], "message": c.reason} for c in checks]
        findings.sort(key=lambda f: ("error", "warning", "info").index(f["level"]))
        if args.json:
            print(json.dumps(findings, ensure_ascii=False, indent=2))
        else:
            for finding in findings:
                print(f"{_MARK[finding['level']]}  {finding['message']}")
        return 1 if any(f["level"] != "info" for f in findings) else 0
    day = named_day(args.interview_day)
    if day is None:
        print(f"afterview: “{args.interview_day}” is not a day a note can name: today, yesterday or a weekday "
              "(Monday … Sunday)", file=sys.stderr)
        return 2
    fields = {"full_name": args.to, "company": args.company, "role": args.role, "memorable": args.memorable,
              "why_fit": args.why_fit, "interview_day": day}
    if args.greet_as:
        fields["first_name"] = args.greet_as
    try:
        filled = note_review.preview(loaded.settings, paths, args.template, fields)
    except TemplateError as error:
        print(f"afterview: {error}", file=sys.stderr)
        return 2
    print(f"Subject: {filled.subject}\n\n{filled.body}", end="")
    return 0
