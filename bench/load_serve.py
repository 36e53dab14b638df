"""Bounded load on loopback against ``newsevents serve``: N clients for T seconds, no 5xx, latency and memory.

Starts ``newsevents serve --host 127.0.0.1`` on a free port over ``--db``, runs ``--clients`` threads for
``--seconds`` (each alternates GET /api/events and, every ``--code-every`` requests, POST /api/code with a
short page), then idles and reads the server's RSS again. Prints one JSON line: requests, 5xx, other errors,
p50/p99 ms, baseline/peak/after RSS in MB. Exit 1 on any 5xx or connection error.

Example: PYTHONPATH=src python bench/load_serve.py --db news.duckdb --clients 50 --seconds 30
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import statistics
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request

PAGE = "France and Germany sign a trade deal\n\nThe French president praised the German chancellor on Monday.\n"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def rss_mb(pid: int) -> float:
    """Resident memory of the process, from /proc (Linux)."""
    with open(f"/proc/{pid}/status") as handle:
        for line in handle:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def request(url: str, data: bytes | None = None) -> int:
    req = urllib.request.Request(url, data=data, headers={"content-type": "text/plain"} if data else {})
    try:
        with urllib.request.urlopen(req, timeout=120) as response:
            response.read()
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


def wait_up(base: str, seconds: float = 120) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            request(f"{base}/api/summary")
            return
        except OSError:
            time.sleep(0.5)
    raise SystemExit("the server did not come up")


def load(base: str, clients: int, seconds: float, code_every: int) -> dict:
    latencies: list[float] = []
    statuses: dict[int, int] = {}
    errors = [0]
    lock = threading.Lock()
    stop_at = time.monotonic() + seconds

    def client(number: int) -> None:
        count = 0
        while time.monotonic() < stop_at:
            count += 1
            started = time.monotonic()
            try:
                if code_every and (count + number) % code_every == 0:
                    status = request(f"{base}/api/code?date=2024-01-02", PAGE.encode())
                else:
                    status = request(f"{base}/api/events?limit=20")
            except OSError:
                with lock:
                    errors[0] += 1
                continue
            with lock:
                latencies.append((time.monotonic() - started) * 1000)
                statuses[status] = statuses.get(status, 0) + 1

    threads = [threading.Thread(target=client, args=(n,)) for n in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    cuts = statistics.quantiles(latencies, n=100) if len(latencies) > 1 else [0.0] * 99
    return {"requests": len(latencies), "statuses": statuses, "errors_5xx": sum(v for k, v in statuses.items()
                                                                               if k >= 500),
            "connection_errors": errors[0], "p50_ms": round(cuts[49], 1), "p99_ms": round(cuts[98], 1)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True)
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=30)
    parser.add_argument("--code-every", type=int, default=10, help="every Nth request is POST /api/code (0: none)")
    parser.add_argument("--settle", type=float, default=5, help="idle seconds before the memory is read again")
    args = parser.parse_args(argv)
    port = free_port()
    server = subprocess.Popen([sys.executable, "-m", "newsevents", "serve", "--db", args.db, "--host", "127.0.0.1",
                               "--port", str(port)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                              env=os.environ.copy())
    base = f"http://127.0.0.1:{port}"
    try:
        wait_up(base)
        request(f"{base}/api/code", PAGE.encode())  # load the model once before the baseline
        baseline = rss_mb(server.pid)
        peak = [baseline]
        sampling = threading.Event()

        def sample() -> None:
            while not sampling.wait(0.2):
                peak[0] = max(peak[0], rss_mb(server.pid))

        sampler = threading.Thread(target=sample)
        sampler.start()
        result = load(base, args.clients, args.seconds, args.code_every)
        sampling.set()
        sampler.join()
        time.sleep(args.settle)
        result |= {"clients": args.clients, "seconds": args.seconds, "rss_baseline_mb": round(baseline, 1),
                   "rss_peak_mb": round(peak[0], 1), "rss_after_mb": round(rss_mb(server.pid), 1)}
    finally:
        server.terminate()
        server.wait(timeout=30)
    print(json.dumps(result))
    return 1 if result["errors_5xx"] or result["connection_errors"] else 0


if __name__ == "__main__":
    sys.exit(main())
