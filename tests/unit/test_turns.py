"""Updates beyond the limit wait in line and are served in order of arrival."""

import asyncio

from bot.middlewares import FirstComeFirstServed


async def test_at_most_the_limit_at_once_and_the_rest_in_order_of_arrival() -> None:
    line = FirstComeFirstServed(limit=2)
    started: list[int] = []
    running, most = 0, 0
    release = asyncio.Event()

    async def handler(update: int, _data: dict) -> int:
        nonlocal running, most
        started.append(update)
        running += 1
        most = max(most, running)
        await release.wait()
        running -= 1
        return update

    calls = []
    for update in range(6):
        calls.append(asyncio.create_task(line(handler, update, {})))
        await asyncio.sleep(0)  # each arrives after the previous one
    await asyncio.sleep(0.01)
    assert started == [0, 1]  # the others wait
    release.set()
    assert await asyncio.gather(*calls) == list(range(6))
    assert started == list(range(6))
    assert most == 2
