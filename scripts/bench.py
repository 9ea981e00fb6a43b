"""Benchmarks: per-call cost, import time, async throughput and rate-limited batches.

``python scripts/bench.py`` (``make bench``) prints one markdown report: absolute figures and,
because a shared machine is noisy, ratios to raw httpx measured side by side in the same run.
``--quick`` runs every section at tiny sizes (what the test suite does); ``--output FILE`` also
writes the report to a file.

Sections:
1. per-call cost over ``httpx.MockTransport`` (no sockets): raw httpx + ``json()``, the generated
   layer, this package's client (with orjson, and with the stdlib fallback in a subprocess),
   and ``twelvelabs==1.1.0`` when the ``bench`` extra is installed;
2. ``python -X importtime`` of twelvelabs_analyze vs httpx vs twelvelabs in fresh processes;
3. async throughput against the fake server on loopback at several concurrencies;
4. ``twelvelabs-analyze batch`` against a rate-limited fake server.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import importlib
import importlib.util
import json
import os
import platform
import re
import statistics
import subprocess
import sys
import time
from collections.abc import Awaitable, Callable, Coroutine, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

from twelvelabs_analyze import AsyncTwelveLabs, TwelveLabs
from twelvelabs_analyze_api.api.analyze_videos import gist, summarize
from twelvelabs_analyze_api.client import Client
from twelvelabs_analyze_api.models import GistRequest, SummarizeRequest

ROOT = Path(__file__).resolve().parent.parent
NO_ORJSON_ENV = "TWELVELABS_ANALYZE_NO_ORJSON"
BASE_URL = "http://bench.invalid/v1.3"  # never resolved: every request goes to a MockTransport
API_KEY = "bench-key"
VIDEO_ID = "6298d673f1090f1100476d4c"
GIST_TYPES = ["title", "topic", "hashtag"]
SDK_NAME = "twelvelabs"  # the official SDK, pinned to 1.1.0 by the bench extra

SyncCall = Callable[[], Any]
AsyncCall = Callable[[], Awaitable[Any]]
Timing = dict[str, float]  # "seconds": median per call, "ratio": median of per-round ratios to raw httpx
PerCall = dict[str, dict[str, dict[str, Timing]]]  # scenario → "sync"/"async" → implementation → timing
SectionResult = tuple[list[str], dict[str, float]]  # markdown lines, ratios the targets are judged on


@dataclass(frozen=True)
class Sizes:
    """How much work each section does; ``--quick`` shrinks all of it."""

    chapters: tuple[int, ...]
    repeats: int
    target_seconds: float  # length of one timed repetition per implementation
    import_runs: int
    requests: int  # async throughput: requests per concurrency level
    concurrency: tuple[int, ...]
    batch_items: int
    batch_limit: int  # requests allowed per window
    batch_window: float


FULL = Sizes(
    chapters=(5, 2000),
    repeats=21,
    target_seconds=0.02,
    import_runs=7,
    requests=2000,
    concurrency=(1, 16, 64),
    batch_items=300,
    batch_limit=100,
    batch_window=1.0,
)
QUICK = Sizes(
    chapters=(5, 50),
    repeats=3,
    target_seconds=0.005,
    import_runs=5,
    requests=64,
    concurrency=(1, 16, 64),
    batch_items=12,
    batch_limit=10,
    batch_window=0.5,
)


# --------------------------------------------------------------------------- formatting


def fmt_us(seconds: float | None) -> str:
    if seconds is None:
        return "—"
    micros = seconds * 1e6
    return f"{micros:,.0f} µs" if micros < 1000 else f"{micros / 1000:,.2f} ms"


def fmt_ratio(value: float | None) -> str:
    return "—" if value is None else f"{value:.2f}×"


def ratio(numerator: float | None, denominator: float | None) -> float | None:
    if numerator is None or denominator is None or denominator <= 0:
        return None
    return numerator / denominator


def markdown_table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> list[str]:
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return lines


# --------------------------------------------------------------------------- response bodies


def gist_body() -> dict[str, Any]:
    return {
        "id": "bench-gist",
        "title": "From Consumerism to Minimalism: A Journey Toward Sustainable Living",
        "topics": ["Minimalism", "Sustainable living", "Shopping vlog lifestyle"],
        "hashtags": ["#minimalism", "#sustainability", "#declutter", "#lifestyle", "#vlog"],
        "usage": {"output_tokens": 42},
    }


def chapters_body(count: int) -> dict[str, Any]:
    return {
        "summarize_type": "chapter",
        "id": "bench-chapters",
        "chapters": [
            {
                "chapter_number": i,
                "start": i * 30,
                "end": i * 30 + 30,
                "start_sec": i * 30.0,
                "end_sec": i * 30 + 29.5,
                "chapter_title": f"Chapter {i}: the walk continues",
                "chapter_summary": f"In part {i} the host walks on and talks about what they see along the way.",
            }
            for i in range(count)
        ],
        "usage": {"output_tokens": 40 * count},
    }


@dataclass(frozen=True)
class Scenario:
    """One API call and the canned answer every implementation receives."""

    name: str
    endpoint: str  # "gist" or "summarize"
    body: bytes
    expected_items: int  # chapters in the answer; checked once so a broken path cannot look fast

    def handler(self) -> Callable[[httpx.Request], httpx.Response]:
        content, headers = self.body, {"content-type": "application/json"}

        def handle(request: httpx.Request) -> httpx.Response:
            return httpx.Response(200, content=content, headers=headers)

        return handle

    def async_handler(self) -> Callable[[httpx.Request], Coroutine[None, None, httpx.Response]]:
        handle = self.handler()

        async def ahandle(request: httpx.Request) -> httpx.Response:
            return handle(request)

        return ahandle


def scenarios(sizes: Sizes) -> list[Scenario]:
    found = [Scenario("gist", "gist", json.dumps(gist_body()).encode(), 0)]
    for count in sizes.chapters:
        body = json.dumps(chapters_body(count)).encode()
        found.append(Scenario(f"summarize, {count} chapters", "summarize", body, count))
    return found


def count_items(result: Any) -> int:
    """Chapters in a result of any implementation (dicts, attrs or pydantic models)."""
    chapters = result.get("chapters") if isinstance(result, dict) else getattr(result, "chapters", None)
    return len(chapters) if isinstance(chapters, list) else 0


# --------------------------------------------------------------------------- section 1: per-call cost


@dataclass
class Impl:
    """One way of making the call, sync and async; ``close`` releases its clients."""

    sync: SyncCall
    async_: AsyncCall
    closers: list[Callable[[], Any]] = field(default_factory=list)


def raw_httpx_impl(scenario: Scenario) -> Impl:
    url = f"{BASE_URL}/{scenario.endpoint}"
    payload: dict[str, Any] = (
        {"video_id": VIDEO_ID, "types": GIST_TYPES}
        if scenario.endpoint == "gist"
        else {"video_id": VIDEO_ID, "type": "chapter"}
    )
    headers = {"x-api-key": API_KEY}
    client = httpx.Client(transport=httpx.MockTransport(scenario.handler()))
    aclient = httpx.AsyncClient(transport=httpx.MockTransport(scenario.async_handler()))

    def call() -> Any:
        return client.post(url, json=payload, headers=headers).json()

    async def acall() -> Any:
        return (await aclient.post(url, json=payload, headers=headers)).json()

    return Impl(call, acall, [client.close, aclient.aclose])


def generated_impl(scenario: Scenario) -> Impl:
    client = Client(base_url=BASE_URL, headers={"x-api-key": API_KEY})
    client.set_httpx_client(
        httpx.Client(base_url=BASE_URL, transport=httpx.MockTransport(scenario.handler()))
    )
    client.set_async_httpx_client(
        httpx.AsyncClient(base_url=BASE_URL, transport=httpx.MockTransport(scenario.async_handler()))
    )
    if scenario.endpoint == "gist":
        gist_request = GistRequest(video_id=VIDEO_ID, types=["title", "topic", "hashtag"])

        def call() -> Any:
            return gist.sync_detailed(client=client, body=gist_request).parsed

        async def acall() -> Any:
            return (await gist.asyncio_detailed(client=client, body=gist_request)).parsed
    else:
        summarize_request = SummarizeRequest(video_id=VIDEO_ID, type_="chapter")

        def call() -> Any:
            return summarize.sync_detailed(client=client, body=summarize_request).parsed

        async def acall() -> Any:
            return (await summarize.asyncio_detailed(client=client, body=summarize_request)).parsed

    return Impl(call, acall, [client.get_httpx_client().close, client.get_async_httpx_client().aclose])


def ours_impl(scenario: Scenario) -> Impl:
    client = TwelveLabs(
        api_key=API_KEY,
        base_url=BASE_URL,
        http_client=httpx.Client(transport=httpx.MockTransport(scenario.handler())),
    )
    aclient = AsyncTwelveLabs(
        api_key=API_KEY,
        base_url=BASE_URL,
        http_client=httpx.AsyncClient(transport=httpx.MockTransport(scenario.async_handler())),
    )
    if scenario.endpoint == "gist":

        def call() -> Any:
            return client.gist(VIDEO_ID, types=GIST_TYPES)

        async def acall() -> Any:
            return await aclient.gist(VIDEO_ID, types=GIST_TYPES)
    else:

        def call() -> Any:
            return client.summarize(VIDEO_ID, type="chapter")

        async def acall() -> Any:
            return await aclient.summarize(VIDEO_ID, type="chapter")

    return Impl(call, acall, [client.close, aclient.aclose])


def sdk_available() -> bool:
    return importlib.util.find_spec(SDK_NAME) is not None


def sdk_impl(scenario: Scenario) -> Impl:
    """``twelvelabs==1.1.0`` with the same MockTransport injected through ``httpx_client=``."""
    sdk: Any = importlib.import_module(SDK_NAME)
    client = sdk.TwelveLabs(
        api_key=API_KEY,
        base_url=BASE_URL,
        httpx_client=httpx.Client(transport=httpx.MockTransport(scenario.handler())),
    )
    aclient = sdk.AsyncTwelveLabs(
        api_key=API_KEY,
        base_url=BASE_URL,
        httpx_client=httpx.AsyncClient(transport=httpx.MockTransport(scenario.async_handler())),
    )
    if scenario.endpoint == "gist":

        def call() -> Any:
            return client.gist(video_id=VIDEO_ID, types=GIST_TYPES)

        async def acall() -> Any:
            return await aclient.gist(video_id=VIDEO_ID, types=GIST_TYPES)
    else:

        def call() -> Any:
            return client.summarize(video_id=VIDEO_ID, type="chapter")

        async def acall() -> Any:
            return await aclient.summarize(video_id=VIDEO_ID, type="chapter")

    return Impl(call, acall)


IMPLS: dict[str, Callable[[Scenario], Impl]] = {
    "raw": raw_httpx_impl,
    "generated": generated_impl,
    "ours": ours_impl,
    "sdk": sdk_impl,
}


def _calibrate(run: Callable[[int], float], target: float) -> int:
    """Calls per repetition so that one repetition lasts about ``target`` seconds."""
    number = 1
    while True:
        elapsed = run(number)
        if elapsed >= target / 4 or number >= 1_000_000:
            return max(1, round(number * target / max(elapsed, 1e-9)))
        number *= 4


def _sync_runner(call: SyncCall) -> Callable[[int], float]:
    def run(number: int) -> float:
        start = time.perf_counter()
        for _ in range(number):
            call()
        return time.perf_counter() - start

    return run


def _async_runner(call: AsyncCall, loop: asyncio.AbstractEventLoop) -> Callable[[int], float]:
    async def many(number: int) -> float:
        start = time.perf_counter()
        for _ in range(number):
            await call()
        return time.perf_counter() - start

    def run(number: int) -> float:
        return loop.run_until_complete(many(number))

    return run


def time_side_by_side(runners: dict[str, Callable[[int], float]], sizes: Sizes) -> dict[str, Timing]:
    """Median seconds per call of each runner, and the median of its per-round ratio to "raw".

    Rounds run every runner once, back to back and in a rotating order, so a burst of load
    from elsewhere on the machine lands on one round's pairs, which the median then drops.
    """
    numbers = {name: _calibrate(run, sizes.target_seconds) for name, run in runners.items()}
    names = list(runners)
    samples: dict[str, list[float]] = {name: [] for name in names}
    for round_ in range(sizes.repeats):
        shift = round_ % len(names)
        for name in names[shift:] + names[:shift]:
            samples[name].append(runners[name](numbers[name]) / numbers[name])
    return {
        name: {
            "seconds": statistics.median(values),
            "ratio": statistics.median(v / raw for v, raw in zip(values, samples["raw"], strict=True)),
        }
        for name, values in samples.items()
    }


def measure_per_call(names: Sequence[str], sizes: Sizes) -> PerCall:
    """scenario → mode ("sync"/"async") → implementation → timing; ``names`` must include "raw"."""
    results: PerCall = {}
    loop = asyncio.new_event_loop()
    try:
        for scenario in scenarios(sizes):
            impls = {name: IMPLS[name](scenario) for name in names}
            for name, impl in impls.items():  # a wrong answer must not pass for a fast one
                got = (count_items(impl.sync()), count_items(loop.run_until_complete(impl.async_())))
                if got != (scenario.expected_items, scenario.expected_items):
                    raise RuntimeError(
                        f"{name} on {scenario.name}: {got} chapters, not {scenario.expected_items}"
                    )
            sync = time_side_by_side({n: _sync_runner(i.sync) for n, i in impls.items()}, sizes)
            async_ = time_side_by_side({n: _async_runner(i.async_, loop) for n, i in impls.items()}, sizes)
            results[scenario.name] = {"sync": sync, "async": async_}
            for impl in impls.values():
                for close in impl.closers:
                    outcome = close()
                    if asyncio.iscoroutine(outcome):
                        loop.run_until_complete(outcome)
    finally:
        loop.close()
    return results


def measure_in_subprocess(names: Sequence[str], quick: bool, env: dict[str, str] | None = None) -> PerCall:
    """``measure_per_call`` in a fresh interpreter.

    Each group of implementations gets its own process so that one's imports (the SDK brings
    pydantic and tens of thousands of objects) do not make the garbage collector slower for
    another; every group includes raw httpx so its ratios are taken within the process.
    """
    command = [sys.executable, str(Path(__file__).resolve()), "--per-call-worker", ",".join(names)]
    if quick:
        command.append("--quick")
    done = subprocess.run(
        command, capture_output=True, text=True, env={**os.environ, **(env or {})}, check=False
    )
    if done.returncode != 0:
        raise RuntimeError(f"per-call worker {names} failed:\n{done.stderr[-3000:]}")
    results: PerCall = json.loads(done.stdout)
    return results


def per_call_section(sizes: Sizes, quick: bool) -> SectionResult:
    """The markdown of section 1 and the ratios the targets are judged on."""
    main = measure_in_subprocess(["raw", "generated", "ours"], quick)
    stdlib = measure_in_subprocess(["raw", "ours"], quick, {NO_ORJSON_ENV: "1"})
    sdk = measure_in_subprocess(["raw", "sdk"], quick) if sdk_available() else None
    header = [
        "call",
        "mode",
        "raw httpx + json",
        "generated",
        "generated ×raw",
        "ours",
        "ours ×raw",
        "ours, stdlib json",
        "stdlib json ×raw",
        "twelvelabs 1.1.0",
        "twelvelabs ×raw",
        "twelvelabs ÷ ours",
    ]
    rows: list[list[str]] = []
    ratios: dict[str, float] = {}
    for scenario, modes in main.items():
        for mode, t in modes.items():
            alt = stdlib[scenario][mode]
            sdk_t = sdk[scenario][mode]["sdk"] if sdk is not None else None
            ours_ratio, stdlib_ratio = t["ours"]["ratio"], alt["ours"]["ratio"]
            speedup = ratio(sdk_t["ratio"], ours_ratio) if sdk_t is not None else None
            rows.append(
                [
                    scenario,
                    mode,
                    fmt_us(t["raw"]["seconds"]),
                    fmt_us(t["generated"]["seconds"]),
                    fmt_ratio(t["generated"]["ratio"]),
                    fmt_us(t["ours"]["seconds"]),
                    fmt_ratio(ours_ratio),
                    fmt_us(alt["ours"]["seconds"]),
                    fmt_ratio(stdlib_ratio),
                    fmt_us(sdk_t["seconds"]) if sdk_t is not None else "skipped",
                    fmt_ratio(sdk_t["ratio"] if sdk_t is not None else None),
                    fmt_ratio(speedup),
                ]
            )
            ratios[f"ours|{scenario}|{mode}"] = ours_ratio
            ratios[f"stdlib|{scenario}|{mode}"] = stdlib_ratio
            if speedup is not None:
                ratios[f"sdk_speedup|{scenario}|{mode}"] = speedup
    lines = ["## 1. Per-call cost (in-process MockTransport, median per call)", ""]
    lines += markdown_table(header, rows)
    lines += [
        "",
        "*ours* = `TwelveLabs(...).summarize()` / `.gist()` and the async client, with orjson (the `fast` "
        "extra); *stdlib json* = the same with `TWELVELABS_ANALYZE_NO_ORJSON=1`; *generated* = "
        "`twelvelabs_analyze_api.api.analyze_videos.*.sync_detailed` / `asyncio_detailed`. Each group runs "
        "in its own process beside raw httpx; times are medians over rounds, ratios the medians of each "
        "round's ratio to raw httpx measured back to back; *twelvelabs ÷ ours* divides the two ratios.",
    ]
    if sdk is None:
        lines.append("twelvelabs 1.1.0: skipped — not installed (`pip install -e '.[bench]'`).")
    return lines, ratios


# --------------------------------------------------------------------------- section 2: import time

_IMPORT_LINE = re.compile(r"^import time:\s+(\d+)\s+\|\s+(\d+)\s+\|(\s*)(\S+)\s*$")


def import_seconds(module: str) -> float:
    """Cumulative import time of ``module`` in a fresh interpreter, from ``-X importtime``."""
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", f"import {module}"],
        capture_output=True,
        text=True,
        check=True,
        env={k: v for k, v in os.environ.items() if k != "PYTHONPROFILEIMPORTTIME"},
    )
    for line in done.stderr.splitlines():
        found = _IMPORT_LINE.match(line)
        if found and found.group(4) == module and len(found.group(3)) == 1:
            return int(found.group(2)) / 1e6
    raise RuntimeError(f"no importtime line for {module!r}:\n{done.stderr[-2000:]}")


def import_section(sizes: Sizes, quick: bool) -> SectionResult:
    modules = ["httpx", "twelvelabs_analyze"] + ([SDK_NAME] if sdk_available() else [])
    samples: dict[str, list[float]] = {m: [] for m in modules}
    for _ in range(sizes.import_runs):  # interleaved, like the per-call timings
        for module in modules:
            samples[module].append(import_seconds(module))
    medians = {m: statistics.median(v) for m, v in samples.items()}
    rows = [
        [f"`import {m}`", f"{medians[m] * 1000:.1f} ms", fmt_ratio(ratio(medians[m], medians["httpx"]))]
        for m in modules
    ]
    lines = [f"## 2. Import time (`python -X importtime`, median of {sizes.import_runs} fresh processes)", ""]
    lines += markdown_table(["module", "cumulative import", "×httpx"], rows)
    if SDK_NAME not in modules:
        lines += ["", "`import twelvelabs`: skipped — not installed."]
    ours = ratio(medians["twelvelabs_analyze"], medians["httpx"])
    return lines, ({"import": ours} if ours is not None else {})


# --------------------------------------------------------------------------- report

SECTIONS: dict[str, Callable[[Sizes, bool], SectionResult]] = {
    "per-call": per_call_section,
    "import": import_section,
}


def machine_line() -> str:
    now = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
    return (
        f"{os.cpu_count()} CPUs, {platform.python_implementation()} {platform.python_version()}, "
        f"{platform.system()} {platform.machine()}, httpx {httpx.__version__}, {now}"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--quick", action="store_true", help="tiny sizes: proves every section runs")
    parser.add_argument("--output", type=Path, help="also write the markdown report to this file")
    parser.add_argument(
        "--sections",
        default=",".join(SECTIONS),
        help=f"comma-separated subset of {','.join(SECTIONS)} (default: all)",
    )
    parser.add_argument("--per-call-worker", metavar="IMPLS", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    chosen = [name.strip() for name in args.sections.split(",") if name.strip()]
    unknown = sorted(set(chosen) - set(SECTIONS))
    if unknown:
        parser.error(f"unknown section(s): {', '.join(unknown)}")
    sizes = QUICK if args.quick else FULL
    if args.per_call_worker:  # the subprocess of measure_per_call_without_orjson
        print(json.dumps(measure_per_call(args.per_call_worker.split(","), sizes)))
        return 0
    lines = [
        "# Benchmarks" + (" (--quick: tiny sizes, figures not meaningful)" if args.quick else ""),
        "",
        f"Machine: {machine_line()}.",
        "",
    ]
    ratios: dict[str, float] = {}
    for name, run_section in SECTIONS.items():
        if name in chosen:
            section, found = run_section(sizes, args.quick)
            lines += [*section, ""]
            ratios.update(found)
    report = "\n".join(lines)
    print(report)
    if args.output:
        args.output.write_text(report + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
