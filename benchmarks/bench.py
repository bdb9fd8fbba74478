"""Benchmarks for provlint: throughput of analysis, start-up and single-file wall time.

Builds a corpus by repeating the sample articles to about 2 MB and 20 MB (in benchmarks/out/),
then times ``provlint analyze`` on each in a subprocess (one core), and prints MB/s, peak
memory, and the wall time of ``provlint --version`` and of checking one file (the first run
with an empty cache folder, then the median of warm runs). The package is byte-compiled first,
as ``pip install`` does, so an environment with PYTHONDONTWRITEBYTECODE times the same thing.
No thresholds: speed is reported here, not asserted in tests.

    python benchmarks/bench.py            # 2 MB and 20 MB corpora
    python benchmarks/bench.py --sizes 2  # only the 2 MB corpus
"""

from __future__ import annotations

import argparse
import compileall
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
OUT = Path(__file__).resolve().parent / "out"


def build_corpus(megabytes: int) -> tuple[Path, int]:
    """A folder of copies of the seeds adding up to about ``megabytes`` MB."""
    folder = OUT / f"corpus-{megabytes}mb"
    target = megabytes * 1_000_000
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    total, i = 0, 0
    while total < target:
        seed = SEEDS[i % len(SEEDS)]
        data = seed.read_bytes()
        (folder / f"{i:05d}_{seed.name}").write_bytes(data)
        total += len(data)
        i += 1
    return folder, total


def timed(cmd: list[str], env: dict[str, str] | None = None) -> tuple[float, int]:
    """Wall seconds and peak RSS (KiB) of a child process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    start = time.perf_counter()
    proc = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    wall = time.perf_counter() - start
    if proc.returncode not in (0, 1):
        sys.exit(
            f"benchmark command failed ({proc.returncode}): {' '.join(cmd)}\n{proc.stderr.decode()[-500:]}"
        )
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return wall, max(peak, before)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", type=int, nargs="+", default=[2, 20])
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    provlint = [sys.executable, "-m", "provlint"]
    compileall.compile_dir(ROOT / "provlint", quiet=1)
    cache = tempfile.mkdtemp(prefix="provlint-bench-cache-")
    env = {**os.environ, "PROVLINT_CACHE_DIR": cache}
    runs = [timed([*provlint, "--version"], env)[0] for _ in range(args.repeat)]
    print(
        f"provlint --version        {statistics.median(runs) * 1000:7.0f} ms (median of {args.repeat})"
    )
    one = SEEDS[-1]
    cold = timed([*provlint, "check", str(one)], env)[0]
    runs = [timed([*provlint, "check", str(one)], env)[0] for _ in range(args.repeat)]
    print(f"check one file, empty cache {cold * 1000:7.0f} ms")
    print(
        f"check one file ({one.stat().st_size // 1000} KB)  {statistics.median(runs) * 1000:7.0f} ms (median of {args.repeat})"
    )
    for mb in args.sizes:
        folder, size = build_corpus(mb)
        wall, peak = timed(
            ["taskset", "-c", "0", *provlint, "analyze", "--format", "json", str(folder)]
            if shutil.which("taskset")
            else [*provlint, "analyze", "--format", "json", str(folder)],
            env,
        )
        print(
            f"analyze {size / 1e6:5.1f} MB corpus   {wall:7.2f} s  {size / 1e6 / wall:6.2f} MB/s  "
            f"peak RSS {peak / 1024:6.0f} MiB"
        )

    shutil.rmtree(cache, ignore_errors=True)


if __name__ == "__main__":
    main()
