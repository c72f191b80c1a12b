"""The `schoolhub` command line, run as a person runs it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

SCHOOLHUB = str(Path(sys.executable).with_name("schoolhub"))


def schoolhub(database_url: str, *args: str, stdin: str | None = None) -> str:
    env = {**os.environ, "DATABASE_URL": database_url}
    env.pop("TELEGRAM_BOT_TOKEN", None)
    result = subprocess.run([SCHOOLHUB, *args], input=stdin or "", capture_output=True,
                            text=True, env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_init_school_and_invites_as_json(database_url: str) -> None:
    created = json.loads(schoolhub(database_url, "init-school", "École Test", "--json"))
    assert set(created) == {"school_id", "parent_invite", "admin_invite"}
    invite = json.loads(schoolhub(database_url, "invite", "create", "--school",
                                  str(created["school_id"]), "--class", "P3", "--role", "rep",
                                  "--json"))
    assert (invite["role"], invite["class"]) == ("class_rep", "P3")
    assert len(invite["code"]) == 8


def test_a_scripted_console_chat_registers_a_parent(database_url: str) -> None:
    demo = schoolhub(database_url, "demo")
    code = demo.split("parent invite code: ")[1].split()[0]
    script = "\n".join([f"/start {code}", "3", "Anna", "De Smet", "1", "1", "Léa", "6", "2",
                        "1", "/children"]) + "\n"
    transcript = schoolhub(database_url, "chat", "--user", "42", "--name", "Anna",
                           stdin=script)
    assert "you> /start" in transcript
    assert "[1] Français  [2] Nederlands  [3] English" in transcript
    assert "Welcome, Anna! 🎉" in transcript
    assert "• Léa – P3" in transcript.split("you> /children")[1]


def test_unknown_school_for_an_invite_is_a_clear_error(database_url: str) -> None:
    env = {**os.environ, "DATABASE_URL": database_url}
    result = subprocess.run([SCHOOLHUB, "invite", "create", "--school", "99", "--class", "P9"],
                            capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 2
    assert "class-not-found" in result.stderr


def test_the_demo_admin_announces_a_file_from_the_console(database_url: str,
                                                         tmp_path: Path) -> None:
    schoolhub(database_url, "demo")
    flyer = tmp_path / "flyer.pdf"
    flyer.write_bytes(b"%PDF-1.4 fair")
    script = "\n".join(["/announce", "1", f"file:{flyer} Fête samedi !", "3", "2",
                        f"file:{tmp_path}/missing.pdf x"]) + "\n"
    transcript = schoolhub(database_url, "chat", "--user", "900", stdin=script)
    assert "📎 En pièce jointe : flyer.pdf" in transcript
    assert "(cannot read" in transcript and "missing.pdf" in transcript


def test_the_first_panel_login_for_the_demo_school(database_url: str) -> None:
    demo = schoolhub(database_url, "demo")
    school_id = demo.split("(id ")[1].split(")")[0]  # its admin (user 900) is seeded
    out = schoolhub(database_url, "admin", "create-user", "--school", school_id,
                    "--login", "admin@school.be", "--password-stdin",
                    stdin="a long enough secret\n")
    assert "panel login created: admin@school.be" in out
    env = {**os.environ, "DATABASE_URL": database_url}
    short = subprocess.run([SCHOOLHUB, "admin", "create-user", "--school", school_id,
                            "--login", "b@school.be", "--password-stdin"], input="short\n",
                           capture_output=True, text=True, env=env, timeout=120)
    assert short.returncode == 2 and "admin-password-too-short" in short.stderr
