"""The report on a real corpus at scale (issue 16): `claimtrack report` on --articles copies of real
articles (benchmarks/realcopy.py: the store benchmark's generator, years kept so periods stay
dates, a manifest giving each copy its original's outlet, date and URL), then report.html's size
and the time Chromium takes to open it, beside the seeds report measured in the same run.

Open time: one headless Chromium, driven over the DevTools protocol (websocket-client), navigates
to each page in a fresh tab; the time is the page's own Navigation Timing `loadEventEnd` (from the
start of the navigation to the end of the `load` event: parse, styles, decoding the embedded
PNGs) plus one forced layout of the whole document after it (what a reader waits for before the
page can scroll), the median of --repeats. The same is measured for a one-line page in the same
browser, and subtracted: what is left is what the report itself costs. Browser start-up is not
counted (it is the same for any page). Without websocket-client the fallback is the wall time of
`chromium --dump-dom`, minus the same for the one-line page.

Targets (issue 16): report.html under 3 MB and open under 3 s at 10,000 articles. Issue 18: the
report from a warm store (`claimtrack report`, HTML and PDF, when the store is already up to date)
in at most 45 s at 10,000 articles, measured twice after the first report: with the snapshot
computed in the run (CLAIMTRACK_SNAPSHOTS_KEPT=0: the first report after `claimtrack extract`
changed the store), and with the snapshot the previous report kept beside the store.

    .venv/bin/python benchmarks/report_scale.py [--articles 10000] [--work DIR] [--repeats 3]

--work keeps the corpus, the store and the reports there, so a second run reuses the extraction
(the store is current) and measures only the report.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from realcopy import REPO, make_corpus

HTML_TARGET_MB = 3.0          # issue 16
OPEN_TARGET_S = 3.0
WARM_TARGET_S = 45.0          # issue 18
AS_OF = "2025-12-31"
BLANK = "<!doctype html><meta charset='utf-8'><title>x</title><p>x</p>\n"
LAYOUT = "(() => { const t = performance.now(); document.body.getBoundingClientRect(); " \
         "document.documentElement.scrollHeight; return performance.now() - t; })()"
NAV = "JSON.stringify(performance.getEntriesByType('navigation')[0].loadEventEnd)"


def browser() -> str | None:
    return os.environ.get("CLAIMTRACK_CHROMIUM") or shutil.which("chromium") or shutil.which("google-chrome")


class DevTools:
    """One headless Chromium and a websocket to it (Chrome DevTools Protocol)."""

    def __init__(self, exe: str, profile: Path):
        import websocket

        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
        self.proc = subprocess.Popen([exe, "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                                      "--no-first-run", "--disable-background-networking", f"--user-data-dir={profile}",
                                      f"--remote-debugging-port={port}", "--remote-allow-origins=*", "about:blank"],
                                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        from urllib.request import urlopen

        for _ in range(200):
            try:
                with urlopen(f"http://127.0.0.1:{port}/json/version", timeout=1) as r:
                    url = json.load(r)["webSocketDebuggerUrl"]
                break
            except OSError:
                time.sleep(0.1)
        else:
            raise RuntimeError("Chromium's DevTools did not answer")
        self.ws = websocket.create_connection(url, timeout=120)
        self.n = 0

    def call(self, method: str, session: str | None = None, **params) -> dict:
        self.n += 1
        msg = {"id": self.n, "method": method, "params": params}
        if session:
            msg["sessionId"] = session
        self.ws.send(json.dumps(msg))
        while True:
            reply = json.loads(self.ws.recv())
            if reply.get("id") == self.n:
                if "error" in reply:
                    raise RuntimeError(f"{method}: {reply['error']}")
                return reply.get("result", {})

    def open_seconds(self, page: Path) -> float:
        """loadEventEnd of a fresh navigation to page, plus one forced layout, in seconds."""
        target = self.call("Target.createTarget", url="about:blank")["targetId"]
        session = self.call("Target.attachToTarget", targetId=target, flatten=True)["sessionId"]
        self.call("Page.enable", session)
        self.call("Page.setBypassCSP", session, enabled=True)    # the report allows no script; we measure it
        self.call("Page.navigate", session, url=page.resolve().as_uri())
        while True:                                              # wait for the load event
            event = json.loads(self.ws.recv())
            if event.get("method") == "Page.loadEventFired" and event.get("sessionId") == session:
                break
        loaded = float(json.loads(self.call("Runtime.evaluate", session, expression=NAV)["result"]["value"]))
        layout = float(self.call("Runtime.evaluate", session, expression=LAYOUT)["result"]["value"])
        self.call("Target.closeTarget", targetId=target)
        return (loaded + layout) / 1000

    def close(self) -> None:
        self.ws.close()
        self.proc.terminate()
        self.proc.wait(timeout=30)


def dump_dom_seconds(exe: str, page: Path, profile: Path) -> float:
    t = time.perf_counter()
    subprocess.run([exe, "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                    "--disable-background-networking", f"--user-data-dir={profile}", "--dump-dom",
                    page.resolve().as_uri()], capture_output=True, check=True, timeout=300)
    return time.perf_counter() - t


def open_times(pages: dict[str, Path], work: Path, repeats: int) -> tuple[str, dict[str, float]]:
    """(method, {name: median seconds}), the pages measured interleaved in one browser."""
    exe = browser()
    if exe is None:
        return "no browser found (set CLAIMTRACK_CHROMIUM)", {}
    times: dict[str, list[float]] = {k: [] for k in pages}
    try:
        dt = DevTools(exe, work / "profile-cdp")
        method = "DevTools: Navigation Timing loadEventEnd + one forced layout"
        try:
            for _ in range(repeats):
                for k, p in pages.items():
                    times[k].append(dt.open_seconds(p))
        finally:
            dt.close()
    except ImportError:
        method = "wall time of chromium --dump-dom (websocket-client not installed)"
        for _ in range(repeats):
            for k, p in pages.items():
                times[k].append(dump_dom_seconds(exe, p, work / "profile-dump"))
    return method, {k: sorted(v)[len(v) // 2] for k, v in times.items()}


def report(corpus: Path, out: Path, store: Path, manifest: Path | None = None, formats: str = "html",
           env: dict | None = None) -> float:
    """Seconds for `claimtrack report --format html` (the store is built in the same call when stale)."""
    cmd = [sys.executable, "-m", "claimtrack.cli", "report", "--corpus", str(corpus), "--as-of", AS_OF,
           "--out", str(out), "--format", formats, "--store", str(store)]
    if manifest:
        cmd += ["--manifest", str(manifest)]
    t = time.perf_counter()
    run = subprocess.run(cmd, capture_output=True, text=True, env={**os.environ, **(env or {})})
    took = time.perf_counter() - t
    if run.returncode != 0:
        sys.exit(f"claimtrack report on {corpus} exited {run.returncode}:\n{run.stderr[-2000:]}")
    return took


def sizes(html: Path) -> str:
    """Where the bytes of a report are: embedded images, the ledger, the rest."""
    text = html.read_text(encoding="utf-8")
    images = sum(len(p.split('"', 1)[0]) for p in text.split('src="data:image/')[1:])
    ledger = text.find('id="ledger-')
    ledger_bytes = len(text) - ledger if ledger >= 0 else 0
    return (f"images {images / 1e6:.2f} MB, ledger and after {ledger_bytes / 1e6:.2f} MB, "
            f"other {(len(text) - images - ledger_bytes) / 1e6:.2f} MB")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--articles", type=int, default=10_000)
    ap.add_argument("--work", type=Path, help="keep corpus, store and reports here (reused by the next run)")
    ap.add_argument("--repeats", type=int, default=3)
    args = ap.parse_args()
    work = args.work or Path(tempfile.mkdtemp(prefix="claimtrack-scale-"))
    work.mkdir(parents=True, exist_ok=True)
    try:
        corpus = work / f"corpus-{args.articles}"
        if not (corpus / "manifest.csv").exists():
            t = time.perf_counter()
            size = make_corpus(corpus, args.articles, keep_years=True, manifest=True)
            print(f"corpus: {args.articles:,} varied copies of real articles, {size / 1e6:.1f} MB of text "
                  f"({time.perf_counter() - t:.0f} s)")
        else:
            print(f"corpus: {corpus} (kept from a previous run)")
        seeds_s = report(REPO / "seeds", work / "out-seeds", work / "seeds.duckdb")
        big_s = report(corpus, work / "out-big", work / f"store-{args.articles}.duckdb")
        seeds_html = work / "out-seeds" / AS_OF / "report.html"
        big_html = work / "out-big" / AS_OF / "report.html"
        (work / "blank.html").write_text(BLANK, encoding="utf-8")
        mb, base_mb = big_html.stat().st_size / 1e6, seeds_html.stat().st_size / 1e6
        print(f"report time: seeds {seeds_s:.1f} s; {args.articles:,} articles {big_s:.1f} s "
              f"(store built or brought up to date in the same call)")
        warm = {"snapshot computed": report(corpus, work / "out-warm", work / f"store-{args.articles}.duckdb",
                                            formats="html,pdf", env={"CLAIMTRACK_SNAPSHOTS_KEPT": "0"}),
                "snapshot kept": report(corpus, work / "out-warm", work / f"store-{args.articles}.duckdb",
                                        formats="html,pdf")}
        for what, s in warm.items():
            print(f"report from the warm store, HTML and PDF, {what}: {s:.1f} s at {args.articles:,} articles = "
                  f"{s / WARM_TARGET_S:.2f}× the target ({WARM_TARGET_S:g} s: "
                  f"{'met' if s <= WARM_TARGET_S else 'NOT met'})")
        print(f"report.html: {mb:.2f} MB at {args.articles:,} articles = {mb / HTML_TARGET_MB:.2f}× the target "
              f"({HTML_TARGET_MB:g} MB: {'met' if mb < HTML_TARGET_MB else 'NOT met'}); "
              f"{mb / base_mb:.2f}× the seeds report ({base_mb:.2f} MB)")
        print(f"  where the bytes are: {sizes(big_html)}")
        method, t = open_times({"blank": work / "blank.html", "seeds": seeds_html, "big": big_html}, work,
                               args.repeats)
        if not t:
            print(f"open in Chromium: {method}")
            return 0
        big, seeds = t["big"] - t["blank"], t["seeds"] - t["blank"]
        print(f"open in Chromium ({method}; median of {args.repeats}; a one-line page's {t['blank']:.3f} s "
              f"subtracted): {big:.2f} s at {args.articles:,} articles = {big / OPEN_TARGET_S:.2f}× the target "
              f"({OPEN_TARGET_S:g} s: {'met' if big < OPEN_TARGET_S else 'NOT met'}); seeds report {seeds:.2f} s "
              f"(×{big / seeds if seeds > 0 else float('inf'):.1f})")
        return 0 if mb < HTML_TARGET_MB and big < OPEN_TARGET_S else 1
    finally:
        if args.work is None:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
