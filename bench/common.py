"""Shared helpers of the performance benchmarks: machine facts, load average, timed subprocesses,
result files.

Every figure is written with the load average beside it, because these machines are shared: a
figure taken at load 4 on 2 cores is not the figure of an idle machine.
"""

from __future__ import annotations

import json
import os
import platform
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results"
WORK = ROOT / "bench" / "work"
_SCRIPT = Path(sys.executable).parent / "factcheck"
FACTCHECK = [str(_SCRIPT)] if _SCRIPT.exists() else [sys.executable, "-m", "factcheck.cli"]


def load() -> list[float]:
    """The 1, 5 and 15 minute load averages, rounded."""
    return [round(x, 2) for x in os.getloadavg()]


def machine() -> dict[str, Any]:
    """What the figures were measured on."""
    info: dict[str, Any] = {
        "cpus": os.cpu_count(),
        "python": platform.python_version(),
        "platform": platform.platform(),
        "processor": _cpu_model(),
        "memory_gib": _mem_gib(),
    }
    for name in ("torch", "faiss", "sentence_transformers", "bm25s", "numpy"):
        info[name] = _version(name)
    return info


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor()


def _mem_gib() -> float | None:
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                return round(int(line.split()[1]) / 2**20, 1)
    except OSError:
        pass
    return None


def _version(module: str) -> str | None:
    from importlib import metadata

    dist = {"faiss": "faiss-cpu", "sentence_transformers": "sentence-transformers"}.get(module, module)
    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        return None


@dataclass
class Run:
    """A finished subprocess: wall seconds, peak resident memory of the process, its output."""

    args: list[str]
    seconds: float
    peak_rss_mb: float
    returncode: int
    stdout: str
    stderr: str
    load: list[float]
    cpu_s: float = 0.0


def run_measured(args: list[str], *, env: dict[str, str] | None = None, cwd: Path | None = None,
                 stdin: str | None = None, check: bool = True) -> Run:
    """Run ``args`` and return its wall time and peak RSS (``wait4`` rusage of that child alone)."""
    import resource

    full_env = {**os.environ, "HF_HUB_OFFLINE": "1", "TOKENIZERS_PARALLELISM": "false", **(env or {})}
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    proc = subprocess.Popen(args, env=full_env, cwd=cwd, stdin=subprocess.PIPE if stdin is not None else subprocess.DEVNULL,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    out, err = proc.communicate(stdin)
    seconds = time.perf_counter() - t0
    # communicate() has reaped the child. RUSAGE_CHILDREN sums CPU over all reaped children (so
    # the difference is this one's) but keeps the maximum RSS over all of them: peak_rss_of runs
    # the command under a fresh helper process so that the maximum is the command's own.
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    run = Run(args=[str(a) for a in args], seconds=seconds, peak_rss_mb=after.ru_maxrss / 1024, returncode=proc.returncode,
              stdout=out, stderr=err, load=load(), cpu_s=cpu)
    if check and proc.returncode not in (0, 1):
        raise RuntimeError(f"{' '.join(run.args)} exited {proc.returncode}:\n{err[-3000:]}")
    return run


def peak_rss_of(args: list[str], **kwargs: Any) -> Run:
    """Like ``run_measured`` but in a fresh helper process, so the peak RSS is this child's alone."""
    helper = [sys.executable, str(Path(__file__).resolve()), "--measure", json.dumps(args)]
    outer = run_measured(helper, **kwargs)
    inner = json.loads(outer.stdout.strip().splitlines()[-1])
    return Run(args=[str(a) for a in args], seconds=inner["seconds"], peak_rss_mb=inner["peak_rss_mb"],
               returncode=inner["returncode"], stdout="", stderr=outer.stderr, load=outer.load, cpu_s=inner["cpu_s"])


def _measure_main(args: list[str]) -> None:
    run = run_measured(args, check=False)
    sys.stderr.write(run.stderr)
    print(json.dumps({"seconds": run.seconds, "peak_rss_mb": run.peak_rss_mb, "returncode": run.returncode,
                      "cpu_s": run.cpu_s}))


def write_result(name: str, data: dict[str, Any], *, results: Path = RESULTS) -> Path:
    """Write ``bench/results/NAME.json`` with the machine and the time of the run."""
    results.mkdir(parents=True, exist_ok=True)
    body = {"benchmark": name, "when": time.strftime("%Y-%m-%d %H:%M:%S %Z"), "machine": machine(), **data}
    path = results / f"{name}.json"
    path.write_text(json.dumps(body, indent=2, ensure_ascii=False) + "\n", "utf-8")
    return path


def dir_bytes(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file())


if __name__ == "__main__" and len(sys.argv) == 3 and sys.argv[1] == "--measure":
    _measure_main(json.loads(sys.argv[2]))
