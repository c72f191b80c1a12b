"""Updates take turns: at most `at_once` at the same time, the rest in order of arrival;
an update waiting behind its own person's previous one holds no turn."""

import asyncio

from aiogram.fsm.storage.base import StorageKey
from aiogram.fsm.storage.memory import SimpleEventIsolation

from bot.turns import UpdateLine


def person(number: int) -> StorageKey:
    return StorageKey(bot_id=1, chat_id=number, user_id=number)


class Handling:
    """Records who started; each update runs until `finish` is set."""

    def __init__(self) -> None:
        self.started: list[str] = []
        self.running = self.most = 0
        self.finish = asyncio.Event()

    async def update(self, line: UpdateLine, who: int, name: str) -> None:
        async with line.turn(person(who)):
            self.started.append(name)
            self.running += 1
            self.most = max(self.most, self.running)
            await self.finish.wait()
            self.running -= 1


async def arrive(updates) -> list[asyncio.Task]:
    tasks = []
    for update in updates:
        tasks.append(asyncio.create_task(update))
        await asyncio.sleep(0)  # each arrives after the previous one
    await asyncio.sleep(0.01)
    return tasks


async def test_at_most_the_limit_at_once_and_the_rest_in_order_of_arrival() -> None:
    line, handling = UpdateLine(SimpleEventIsolation(), at_once=2), Handling()
    tasks = await arrive(handling.update(line, who, f"p{who}") for who in range(6))
    assert handling.started == ["p0", "p1"]  # the others wait
    handling.finish.set()
    await asyncio.gather(*tasks)
    assert handling.started == [f"p{who}" for who in range(6)]
    assert handling.most == 2


async def test_one_parents_repeated_taps_do_not_hold_the_others_up() -> None:
    line, handling = UpdateLine(SimpleEventIsolation(), at_once=2), Handling()
    taps = [handling.update(line, 1, f"anna{tap}") for tap in range(5)]
    tasks = await arrive([*taps, handling.update(line, 2, "jan")])
    assert handling.started == ["anna0", "jan"]  # Anna's next taps wait for her first
    handling.finish.set()
    await asyncio.gather(*tasks)
    assert handling.started == ["anna0", "jan", "anna1", "anna2", "anna3", "anna4"]


async def test_a_turn_given_back_lets_the_next_update_start_while_the_person_waits() -> None:
    line = UpdateLine(SimpleEventIsolation(), at_once=1)
    sending, started = asyncio.Event(), []

    async def anna_replies_slowly() -> None:
        async with line.turn(person(1)) as give_back:
            started.append("anna")
            give_back()  # committed: her replies go out without her turn
            await sending.wait()

    async def update(who: int, name: str) -> None:
        async with line.turn(person(who)):
            started.append(name)

    tasks = await arrive([anna_replies_slowly(), update(2, "jan"), update(1, "anna again")])
    assert started == ["anna", "jan"]  # Anna's next update still waits for her replies
    sending.set()
    await asyncio.gather(*tasks)
    assert started == ["anna", "jan", "anna again"]
