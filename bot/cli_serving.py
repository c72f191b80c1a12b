"""`schoolhub run` and `schoolhub chat`: the bot's runtime, serving or in the console.

Kept apart from the database sub-commands because importing the runtime (aiogram builds
hundreds of pydantic models) takes seconds that `demo` or `invite create` do not need.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import signal
import sys

from bot.channels.console import ConsoleUser, chat_loop, printer_for
from bot.cli_actions import print_demo, with_session
from bot.config import Settings
from bot.runtime import Runtime
from core.schools.demo import ensure_demo


async def chat(settings: Settings, args: argparse.Namespace) -> int:
    user = ConsoleUser(args.user, args.name, args.lang)
    await talk(Runtime(settings), user, serve_web=False)
    return 0


async def talk(runtime: Runtime, user: ConsoleUser, serve_web: bool) -> None:
    """A console conversation; in scripted mode every answer arrives before the next line."""
    scripted = not sys.stdin.isatty()
    console = runtime.add_console(printer_for(user, write))
    await runtime.start(serve_web=serve_web, send=not scripted)
    try:
        await chat_loop(console, user, read_line, write, scripted,
                        after_each=runtime.sender.drain if scripted else None)
    finally:
        await runtime.stop()


def write(text: str) -> None:
    sys.stdout.write(text)
    sys.stdout.flush()


async def read_line() -> str:
    return await asyncio.to_thread(sys.stdin.readline)


async def run(settings: Settings, _args: argparse.Namespace) -> int:
    runtime = Runtime(settings)
    chat_channels = settings.telegram_bot_token is not None or settings.whatsapp_enabled
    if not chat_channels and sys.stdin.isatty():
        demo_school = await with_session(settings, ensure_demo)
        print("No TELEGRAM_BOT_TOKEN: talking to the bot here, in the console channel.")
        print_demo(demo_school)
        print("Type a message and press Enter; a number presses a button; "
              "file:PATH caption sends a file. Ctrl-D to quit.\n")
        await talk(runtime, ConsoleUser(1, "Newcomer"), serve_web=True)
        return 0
    if settings.telegram_bot_token is not None:
        runtime.add_telegram()
    if settings.whatsapp_enabled:
        runtime.add_whatsapp()
    if not chat_channels:
        logging.getLogger(__name__).warning(
            "no chat channel configured and no terminal: serving the web app only")
    await runtime.start()
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    await stop.wait()
    await runtime.stop()
    return 0
