"""Extraction throughput of claimtrack, side by side with quantulum3 in the same run.

Why: the project's targets for the quantity layer are at least 1 MB of text per second per
core and at least 20 times the speed of quantulum3, with memory that stays flat as the corpus
grows. This script measures all three on one machine in one run, so no figure is compared
with a number taken elsewhere.

It writes a corpus of news-like articles to a temporary folder (fixed seed: the same text on
every run; templates about troops, territory, bonuses and money with numbers in many styles,
dates, clock times and model names such as KN-23, mixed with filler sentences and the
sentences of seeds/*.txt; nothing from ../shared), then
- extracts the whole corpus as `claimtrack extract --out` does (one article at a time, claims
  written in batches), and a quarter
  of it, each in a fresh subprocess, timing it and reading the process's peak RSS; the
  whole-corpus process also times `find_quantities` over every article's cleaned text;
- times `find_quantities` and quantulum3's `parser.parse` on the same sample (the first
  --sample articles' cleaned text), quantulum3 being too slow for the whole corpus.
Each is warmed up first (quantulum3 loads its tables on first use, claimtrack its catalogue).

Speeds are MB (10^6 bytes, UTF-8) of cleaned text per second in one single-threaded process,
so "per core" is the measured figure. Memory is flat when the whole corpus's peak is far less
than 4x the quarter's; the growth above the base (RSS after imports and warm-up) is printed
too, since the imports alone weigh ~160 MB. The exit code is 0 whatever the verdicts.

    .venv/bin/python benchmarks/speed.py [--articles 2000] [--sample 50] [--quick]
"""

from __future__ import annotations

import argparse
import json
import random
import re
import subprocess
import sys
import tempfile
import time
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
try:
    from claimtrack.extraction.quantities import find_quantities
except ImportError:  # run without the package installed: use the source tree
    sys.path.insert(0, str(ROOT / "lib"))
    from claimtrack.extraction.quantities import find_quantities

SEEDS = ROOT / "seeds"
SEED = 20241024                 # fixed: the same corpus on every run and every machine
ARTICLE_BYTES = (3000, 5000)    # size of one article, drawn uniformly: news pieces of 3-5 KB
#                                 (the seed articles are 2.6-9.8 KB)
DEFAULT_ARTICLES = 2000
QUICK_ARTICLES = 200            # --quick
DEFAULT_SAMPLE = 50             # articles timed with quantulum3: ~200 KB, 5-12 s at its 24-60 ms
#                                 per 1,000 characters; keeps the default run under 3 minutes
QUICK_SAMPLE = 20
MEMORY_STEP = 4                 # memory is measured on N/4 and N articles
WARMUP_ARTICLES = 5             # extracted before timing, so first-use costs are not counted
# Targets of the project for the quantity layer.
TARGET_MB_PER_S = 1.0           # >= 1 MB of text per second per core
TARGET_VS_QUANTULUM = 20.0      # >= 20x quantulum3 on the same text
MAX_MEMORY_RATIO = 2.0          # "flat": 4x the articles may at most double the peak RSS, or
#                                 the memory added by the extraction over the base
MB = 1e6

# ------------------------------------------------------------------ corpus

PLACES = ["Kursk", "Belgorod", "Bryansk", "Sudzha", "Pokrovsk", "Kupiansk", "Donetsk", "Kharkiv",
          "Zaporizhzhia", "Vladivostok", "Khabarovsk", "Ussuriysk", "Primorsky Krai", "Rostov-on-Don"]
REGIONS = ["Kursk", "Belgorod", "Bryansk", "Tyumen", "Tatarstan", "Bashkortostan", "Moscow", "Sverdlovsk",
           "Krasnodar", "Novosibirsk", "Primorsky", "Khabarovsk"]
SOURCES = ["South Korea's National Intelligence Service (NIS)", "Ukraine's military intelligence (HUR)",
           "the Pentagon", "Nato Secretary General Mark Rutte", "Kremlin spokesman Dmitry Peskov",
           "President Volodymyr Zelensky", "the Institute for the Study of War", "a senior US official",
           "South Korea's defence ministry", "Ukraine's general staff", "the UK Ministry of Defence",
           "Lloyd Austin, the US defence secretary", "a Western diplomat", "Kyiv's Center for Countering Disinformation"]
MODELS = ["KN-23", "KN-24", "Hwasong-11", "Su-34", "Su-25", "Il-76", "M777", "S-400", "F-16", "T-72B3",
          "BM-21", "2S7", "Koksan M1989", "MiG-29", "Ka-52", "Shahed-136"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
NAMES = ["Max Seddon", "Christian Davies", "Isobel Koshiw", "Kim Tong-Hyung", "Olena Harmash", "Jack Kim",
         "Tamilla Hasanova", "Paul Kirby", "Kelly Ng", "Nick Marsh", "Josh Smith", "Guy Faulconbridge"]

# Each template is used at most once per article (the reader removes verbatim repeats).
TEMPLATES = [
    "{source} said on {date} that {troops} North Korean troops had been deployed to the {region} region.",
    "The contingent, estimated at {troops} soldiers, is expected to join Russian units near {place} within {small} weeks.",
    "North Korean troops are part of a {kilo}-strong force sent to help Russia retake the Kursk region, {source} said.",
    "Ukraine's army says it holds {area} of Russian territory in Kursk, down from {area2} in {month}.",
    "At its peak in August, Ukraine controlled between {lo} sq km and {hi} sq km of the region.",
    "Kyiv's forces seized about {kilo} square kilometres ({sqmi} square miles) in the first weeks of the incursion.",
    "Recruits in {region} are offered a one-off signing bonus of {rub}, about {ratio} times the average monthly wage.",
    "The {region} governor raised the bonus from {rub_small} to {rub_big} for contracts signed before {date}.",
    "A volunteer who signs a contract now receives Rbs{rub_n} ({usd}), plus a monthly salary of {rub2}.",
    "Regional payments range from {rub_small} in poorer regions to as much as {rub_big} in Moscow.",
    "Russia has lost {cas} troops killed and wounded in {region} since {date}, according to {source}.",
    "{source} estimated Russian casualties at more than {kilo} a day in {month}, the highest of the war.",
    "A {model} missile struck {place} at {time} on {date}, killing {small} people and injuring {small2}.",
    "Satellite images showed {small} Il-76 transport aircraft at Vladivostok airport between {date} and {date2}.",
    "Pyongyang has shipped more than {millions} million artillery shells to Russia in some {kilo} containers.",
    "The war has cost the Russian economy {usd_big}, and defence spending is set to rise {pct} next year to {rub_tn}.",
    "Hundreds of North Korean soldiers were seen at a training ground near Ussuriysk, some {dist} km from the border.",
    "Tens of thousands of Russian troops have been moved to the area, and several hundred armoured vehicles.",
    "The brigade of about {kilo} men advanced {a}-{b} km a day, the {source_short} said.",
    "Prices rose {pct} year on year in {month}, while the central bank raised its key rate to {rate}%.",
    "Shares of the defence group rose {pct} to {rub_n} rubles on the Moscow exchange at {time}.",
    "Officials said {troops} to {troops2} more troops could follow by {month}, bringing the total to {kilo_b}.",
    "Around {small} of the troops are special forces of the 11th Corps, the so-called Storm Corps, thought to number {kilo}.",
    "Aged {age_lo} to {age_hi}, most of the recruits had never served abroad; a {age}-year-old was among those captured.",
    "The front line runs for about {dist} miles ({dist_km} km), and drones now strike targets up to {dist} km behind it.",
    "South Korea's spy agency said {kilo2} troops had left by sea on {date}, with {kilo3} more by {date2}.",
    "The {model} has a range of about {range_km} km and can carry a warhead of {kg} kg.",
    "Ukraine said it had received {small} {model} systems and {kilo} rounds of ammunition worth ${usd_m} million.",
    "Russia's budget for 2025 sets aside {rub_tn} for defence, {pct} of all spending, or {gdp}% of GDP.",
    "Salaries for contract soldiers start at {rub_k}k rubles a month, {ratio} times what a teacher earns in {region}.",
    "The incursion pushed {dist} km into Russia, and at least {kilo} civilians were evacuated from {small} villages.",
    "The exchange of prisoners, {small} for {small}, took place on {date} at {time} Moscow time.",
    "Between {lo} and {hi} North Korean soldiers were killed or wounded in the first week, {source} said.",
    "Up to {kilo} troops, or nearly {pct} of the force, may already be at the front.",
    "Only {small} of the {kilo} wounded were evacuated in the first {small2} hours.",
    "The temperature fell to -{temp}C overnight, and snow lay {cm} cm deep along the roads near {place}.",
    "A convoy of {small} trucks, each carrying {tons} tonnes of shells, crossed the Tumen river bridge.",
    "Estimates range from {kilo} to {kilo_b}; the Kremlin has dismissed them as fake.",
    "In {month} {year}, {source} put the number at {troops}, up from {kilo2} a month earlier.",
    "Dozens of officers, including {small} generals, were seen in the region, according to video footage.",
    "The bonus was doubled to {rub} in {month}, the third increase this year.",
    "At least {small} people were killed and {small2} injured when a {model} struck an apartment block in {place}.",
]
FILLER = [
    "Analysts said the move signalled a deepening of military ties between Moscow and Pyongyang.",
    "The Kremlin declined to comment on the reports.",
    "Officials in Seoul said they were monitoring the situation closely.",
    "The claims could not be independently verified.",
    "Russia and North Korea signed a mutual defence treaty in June.",
    "Ukraine has repeatedly asked its western allies for longer-range weapons.",
    "Moscow has denied that North Korean soldiers are fighting in Ukraine.",
    "The deployment marks the first time North Korea has sent troops to a foreign war on this scale.",
    "Western officials fear the co-operation could give Pyongyang access to sensitive Russian technology.",
    "The White House called the deployment a dangerous escalation.",
    "Videos circulating online showed soldiers receiving Russian uniforms and equipment.",
    "The Ukrainian offensive caught Moscow by surprise and forced it to redeploy reserves.",
    "Residents of border villages have been told to prepare for evacuation.",
    "The ministry said the figures were based on intercepted communications.",
    "Kyiv has urged its partners to respond with tougher sanctions.",
    "China, North Korea's main ally, has said little about the reports.",
    "The region's governor said the situation remained difficult but under control.",
    "It was not clear how many of the soldiers had combat experience.",
    "Recruitment drives have relied increasingly on cash payments rather than mobilisation.",
    "Military bloggers close to the Russian army reported heavy fighting along the front.",
    "The United Nations said it was concerned about the humanitarian situation.",
    "Diplomats expect the issue to dominate the next meeting of G7 foreign ministers.",
    "Neither side has published full casualty figures since the start of the war.",
    "The defence ministry in Moscow said its forces had repelled several attacks overnight.",
]
SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"'])")


def _num(rng: random.Random, lo: int, hi: int, step: int = 1) -> int:
    return rng.randrange(lo, hi + 1, step)


def _count(rng: random.Random, lo: int, hi: int, step: int) -> str:
    """A count written in one of the styles of news copy."""
    n = _num(rng, lo, hi, step)
    style = rng.randrange(10)
    if style == 0 and n >= 10_000:
        return f"{n / 1000:g} thousand"
    if style == 1:
        return f"about {n:,}"
    if style == 2:
        return f"more than {n:,}"
    if style == 3:
        return f"up to {n:,}"
    if style == 4:
        return f"{n:,}-{n + step:,}"
    if style == 5:
        return f"nearly {n:,}"
    if style == 6 and n >= 10_000:
        return f"{n:,}".replace(",", " ")
    return f"{n:,}"


def _rubles(rng: random.Random, lo: int, hi: int, step: int) -> str:
    n = _num(rng, lo, hi, step)
    style = rng.randrange(7)
    if style == 0:
        return f"Rbs{n / 1e6:g}mn" if n >= 1e6 else f"Rbs{n:,}"
    if style == 1:
        return f"{n:,} rubles"
    if style == 2:
        return f"{n / 1e6:g} million roubles" if n >= 1e6 else f"{n // 1000} thousand roubles"
    if style == 3:
        return f"{n / 1e6:g} mln rubles" if n >= 1e6 else f"{n // 1000}k rubles"
    if style == 4:
        return f"RUB {n:,}"
    if style == 5:
        return f"₽{n:,}"
    return f"{n:,} rubles (${n / 96:,.0f})"


def _date(rng: random.Random) -> str:
    day, month = _num(rng, 1, 28), rng.choice(MONTHS)
    return rng.choice([f"{month} {day}", f"{day} {month}", f"{month[:3]}. {day}, 2024", f"{month} {day}, 2024",
                       f"2024-{MONTHS.index(month) + 1:02d}-{day:02d}", f"{day} {month} 2024"])


def _time(rng: random.Random) -> str:
    h, m = _num(rng, 1, 12), rng.choice([0, 15, 30, 45, 5, 50])
    return rng.choice([f"{h}:{m:02d} a.m.", f"{h + 11}:{m:02d}", f"{h}pm", f"{h}:{m:02d} pm"])


def _fill(template: str, rng: random.Random) -> str:
    lo = _num(rng, 300, 900, 50)
    dist = _num(rng, 5, 400, 5)
    kilo = _num(rng, 1000, 15000, 500)
    slots = {
        "source": rng.choice(SOURCES), "source_short": rng.choice(["ministry", "general staff", "ISW", "NIS"]),
        "date": _date(rng), "date2": _date(rng), "time": _time(rng), "month": rng.choice(MONTHS),
        "year": rng.choice(["2023", "2024"]), "region": rng.choice(REGIONS), "place": rng.choice(PLACES),
        "model": rng.choice(MODELS),
        "troops": _count(rng, 1000, 15000, 500), "troops2": _count(rng, 15000, 30000, 1000),
        "kilo": f"{kilo:,}", "kilo_b": f"{_num(rng, 20, 100, 5)},000", "kilo2": f"{_num(rng, 1, 12)},{_num(rng, 0, 9)}00",
        "kilo3": f"{_num(rng, 1, 9)},000", "millions": rng.choice(["1", "1.5", "2", "3.7", "five"]),
        "small": str(_num(rng, 2, 60)), "small2": rng.choice(["two", "three", "eight", "dozens", "14", "25"]),
        "cas": _count(rng, 500, 60000, 100), "lo": f"{lo:,}", "hi": f"{lo + _num(rng, 100, 500, 50):,}",
        "area": rng.choice([f"{_num(rng, 300, 1300, 50):,} sq km", f"about {_num(rng, 400, 1000, 10)} square kilometres",
                            f"{_num(rng, 100, 500, 10)} square miles", f"{_num(rng, 500, 1200, 100)}km²"]),
        "area2": f"{_num(rng, 800, 1400, 50):,} sq km", "sqmi": f"{_num(rng, 100, 500)}",
        "rub": _rubles(rng, 200_000, 3_000_000, 50_000), "rub2": _rubles(rng, 150_000, 300_000, 10_000),
        "rub_small": _rubles(rng, 100_000, 400_000, 50_000), "rub_big": _rubles(rng, 1_000_000, 3_000_000, 100_000),
        "rub_n": f"{_num(rng, 100, 900, 50)},000", "rub_k": str(_num(rng, 150, 300, 10)),
        "rub_tn": rng.choice(["Rbs13.5tn", "13.2 trillion rubles", "RUB 10.8trn", "₽13.5 trillion"]),
        "usd": f"${_num(rng, 1, 40)},{_num(rng, 100, 900, 100)}", "usd_m": str(_num(rng, 50, 900, 25)),
        "usd_big": rng.choice(["$1.28 million", "$211bn", "US$ 500 billion", "€2.5bn", "£5m", "$1.3 trillion"]),
        "pct": rng.choice([f"{_num(rng, 1, 40)}%", f"{_num(rng, 1, 9)}.{_num(rng, 1, 9)} per cent",
                           f"{_num(rng, 2, 30)} percent"]),
        "rate": str(_num(rng, 16, 21)), "gdp": f"{_num(rng, 5, 8)}.{_num(rng, 0, 9)}",
        "ratio": rng.choice(["three", "four", "10", "2.5", "five"]),
        "dist": str(dist), "dist_km": str(round(dist * 1.609)), "range_km": f"{_num(rng, 300, 900, 10):,}",
        "a": str(_num(rng, 1, 3)), "b": str(_num(rng, 4, 6)), "age": str(_num(rng, 18, 40)),
        "age_lo": str(_num(rng, 17, 20)), "age_hi": str(_num(rng, 30, 45)), "kg": f"{_num(rng, 400, 1500, 50):,}",
        "temp": str(_num(rng, 2, 20)), "cm": str(_num(rng, 5, 40)), "tons": str(_num(rng, 5, 20)),
    }
    return template.format(**slots)


def seed_sentences() -> list[str]:
    """Sentences of the seed articles, for realistic filler."""
    out = []
    for path in sorted(SEEDS.glob("*.txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if len(line) >= 60 and not line.lstrip().startswith(("#", "!", "[", "|")):
                out += [s.strip() for s in SENTENCE_BREAK.split(line) if len(s.strip()) >= 40]
    return sorted(set(out))


def article(index: int, seeds: list[str]) -> str:
    """Article number `index`: the same text for the same index on every run."""
    rng = random.Random(SEED * 100_003 + index)
    target = rng.randint(*ARTICLE_BYTES)
    title = _fill(rng.choice(TEMPLATES), rng).rstrip(".")
    byline = f"By {rng.choice(NAMES)} and {rng.choice(NAMES)} in Seoul"
    parts = [title, "", byline, f"Published {_date(rng)}, {_time(rng)}", ""]
    templates = rng.sample(TEMPLATES, len(TEMPLATES))
    fillers = rng.sample(FILLER + seeds, len(FILLER) + len(seeds))
    size = sum(len(p) + 1 for p in parts)
    while size < target and (templates or fillers):
        para = []
        for _ in range(rng.randint(1, 4)):
            if templates and (rng.random() < 0.55 or not fillers):
                para.append(_fill(templates.pop(), rng))
            elif fillers:
                para.append(fillers.pop())
        text = " ".join(para)
        parts += [text, ""]
        size += len(text.encode("utf-8")) + 2
    return "\n".join(parts)


def write_corpus(folder: Path, n: int, seeds: list[str]) -> None:
    """Write articles 0..n-1 as .txt files (no manifest: the reader infers what it can)."""
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        (folder / f"article_{i:05d}.txt").write_text(article(i, seeds), encoding="utf-8")


# ------------------------------------------------------------------ measures

def _status_kb(field: str) -> int:
    """A memory figure of this process from /proc/self/status, in KB (Linux).

    VmHWM rather than getrusage's ru_maxrss: a child's ru_maxrss (and the parent's
    RUSAGE_CHILDREN) carries over the peak of the process it was forked from, so a small child
    started by a large parent would report the parent's size."""
    with open("/proc/self/status", encoding="ascii") as f:
        for line in f:
            if line.startswith(field + ":"):
                return int(line.split()[1])
    raise RuntimeError(f"{field} not in /proc/self/status")


def _best_of(repeats: int, fn) -> float:
    times = []
    for _ in range(repeats):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return min(times)


def child(folder: str, warmup: str, sample: int, sample_out: str | None) -> None:
    """Run in a fresh process: time the extraction of a corpus folder and report its memory.

    Prints one JSON line: seconds of extract_folder(folder) (streaming), then of
    find_quantities over every cleaned text, the text size, RSS after the imports and a
    warm-up (base) and the peak RSS of the extraction. With `sample_out`, the cleaned text of
    the first `sample` articles goes there as JSON, for the comparison with quantulum3."""
    from claimtrack.extraction.claims import extract_corpus, iter_claims
    from claimtrack.extraction.quantities import find_quantities
    from claimtrack.extraction.writers import write_claims
    from claimtrack.reading.corpus import read_corpus

    extract_corpus(read_corpus(warmup), progress=False)   # first use: catalogue, pysbd, patterns
    base = _status_kb("VmRSS")
    t = time.perf_counter()
    with tempfile.TemporaryDirectory() as out:           # what `claimtrack extract --out` runs
        n_claims = write_claims(iter_claims(folder, progress=False), Path(out) / "claims.csv", "csv")
    t_extract = time.perf_counter() - t
    peak = _status_kb("VmHWM")
    corpus = read_corpus(folder)
    t = time.perf_counter()
    extract_corpus(corpus, progress=False)        # the claim layer alone, on articles already read
    t_claims = time.perf_counter() - t
    texts = [art.cleaned for art in corpus.articles]
    t = time.perf_counter()
    n_quantities = sum(len(find_quantities(s)) for s in texts)
    t_find = time.perf_counter() - t
    if sample_out:
        Path(sample_out).write_text(json.dumps(texts[:sample]), encoding="utf-8")
    print(json.dumps({
        "articles": len(texts), "raw_bytes": sum(len(a.raw.encode("utf-8")) for a in corpus.articles),
        "text_bytes": sum(len(s.encode("utf-8")) for s in texts), "t_extract": t_extract, "t_find": t_find, "t_claims": t_claims,
        "claims": n_claims, "quantities": n_quantities, "problems": len(corpus.problems),
        "base_kb": base, "peak_kb": peak}))


def run_child(folder: Path, warmup: Path, sample: int = 0, sample_out: Path | None = None) -> dict:
    cmd = [sys.executable, __file__, "--child", str(folder), "--warmup", str(warmup), "--sample", str(sample)]
    if sample_out:
        cmd += ["--sample-out", str(sample_out)]
    out = subprocess.run(cmd, capture_output=True, text=True)
    if out.returncode:
        raise SystemExit(f"extraction subprocess failed:\n{out.stderr}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def load_quantulum():
    """quantulum3's parser, warmed up (it loads its unit tables on first use)."""
    with warnings.catch_warnings():
        # Without the optional [classifier] extra quantulum3 warns on import and disambiguates
        # units by its rules alone; that is how the project's bench extra installs it.
        warnings.filterwarnings("ignore", message="Classifier dependencies not installed", category=UserWarning)
        from quantulum3 import parser
    parser.parse("Some 12,000 troops were paid $8,300 each, about 3 km away.")
    return parser


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--articles", type=int, default=None, help=f"corpus size (default {DEFAULT_ARTICLES})")
    ap.add_argument("--sample", type=int, default=None,
                    help=f"articles timed against quantulum3 (default {DEFAULT_SAMPLE})")
    ap.add_argument("--quick", action="store_true",
                    help=f"small run: {QUICK_ARTICLES} articles, {QUICK_SAMPLE} of them for quantulum3")
    ap.add_argument("--child", metavar="FOLDER", help=argparse.SUPPRESS)
    ap.add_argument("--warmup", help=argparse.SUPPRESS)
    ap.add_argument("--sample-out", help=argparse.SUPPRESS)
    a = ap.parse_args(argv)
    if a.child:
        child(a.child, a.warmup, a.sample or 0, a.sample_out)
        return 0
    n = a.articles or (QUICK_ARTICLES if a.quick else DEFAULT_ARTICLES)
    sample_n = min(n, a.sample or (QUICK_SAMPLE if a.quick else DEFAULT_SAMPLE))
    if n < MEMORY_STEP:
        ap.error(f"--articles must be at least {MEMORY_STEP}")

    seeds = seed_sentences()
    with tempfile.TemporaryDirectory(prefix="claimtrack-speed-") as tmp:
        tmp = Path(tmp)
        write_corpus(tmp / "warmup", WARMUP_ARTICLES, seeds)
        write_corpus(tmp / "part", n // MEMORY_STEP, seeds)
        write_corpus(tmp / "whole", n, seeds)
        part = run_child(tmp / "part", tmp / "warmup")
        whole = run_child(tmp / "whole", tmp / "warmup", sample_n, tmp / "sample.json")
        sample = json.loads((tmp / "sample.json").read_text(encoding="utf-8"))

    sample_bytes = sum(len(s.encode("utf-8")) for s in sample)
    sample_kchars = sum(len(s) for s in sample) / 1000
    for s in sample[:5]:
        find_quantities(s)                                      # warm-up
    t_ours = _best_of(3, lambda: [find_quantities(s) for s in sample])
    parser = load_quantulum()
    t = time.perf_counter()
    q3_count = sum(len(parser.parse(s)) for s in sample)
    t_q3 = time.perf_counter() - t

    text_mb = whole["text_bytes"] / MB
    extract_speed, find_speed = text_mb / whole["t_extract"], text_mb / whole["t_find"]
    claims_speed = text_mb / whole["t_claims"]
    ratio = t_q3 / t_ours
    mem_ratio = whole["peak_kb"] / part["peak_kb"]
    growth_ratio = (whole["peak_kb"] - whole["base_kb"]) / max(1, part["peak_kb"] - part["base_kb"])

    print(f"corpus: {n} generated articles (seed {SEED}), {whole['raw_bytes'] / MB:.2f} MB raw, "
          f"{whole['raw_bytes'] / n / 1000:.1f} KB per article; cleaned text {text_mb:.2f} MB; "
          f"{whole['claims']} claims, {whole['quantities']} quantities, {whole['problems']} reader problems")
    print("speeds: MB (10^6 bytes, UTF-8) of cleaned text per second, one process on one core")
    print()
    print(f"{'measure':<50} {'text MB':>8} {'seconds':>8} {'MB/s':>8}")
    rows = [("claimtrack extract: read, extract, write CSV", whole["text_bytes"], whole["t_extract"]),
            (f"  same on {part['articles']} articles", part["text_bytes"], part["t_extract"]),
            ("claims.extract_corpus on the articles already read", whole["text_bytes"], whole["t_claims"]),
            ("find_quantities over all cleaned text", whole["text_bytes"], whole["t_find"]),
            (f"find_quantities, first {len(sample)} articles", sample_bytes, t_ours),
            (f"quantulum3 parser.parse, same {len(sample)} articles", sample_bytes, t_q3)]
    for name, size, secs in rows:
        print(f"{name:<50} {size / MB:>8.3f} {secs:>8.2f} {size / MB / secs:>8.3f}")
    print(f"on that sample: ours {t_ours * 1000 / sample_kchars:.2f} ms, quantulum3 "
          f"{t_q3 * 1000 / sample_kchars:.1f} ms per 1,000 characters ({q3_count} quantities; "
          f"quantulum3 without its optional classifier)")
    print()
    print(f"{'peak RSS of the extraction, fresh process':<50} {'articles':>8} {'peak MB':>8} {'base MB':>8}")
    for label, r in (("part", part), ("whole", whole)):
        print(f"{label:<50} {r['articles']:>8} {r['peak_kb'] / 1024:>8.1f} {r['base_kb'] / 1024:>8.1f}")
    print(f"whole/part: peak {mem_ratio:.2f}x, growth above base {growth_ratio:.2f}x, for {MEMORY_STEP}x the articles "
          "(base: RSS after imports and a warm-up)")
    print()
    print("targets (single process, so per core = measured):")
    checks = [
        (f"find_quantities >= {TARGET_MB_PER_S:g} MB/s per core", f"{find_speed:.2f} MB/s",
         find_speed >= TARGET_MB_PER_S),
        (f"claim extraction >= {TARGET_MB_PER_S:g} MB/s per core", f"{claims_speed:.2f} MB/s",
         claims_speed >= TARGET_MB_PER_S),
        (f"reading + extraction >= {TARGET_MB_PER_S:g} MB/s per core", f"{extract_speed:.2f} MB/s",
         extract_speed >= TARGET_MB_PER_S),
        (f"find_quantities >= {TARGET_VS_QUANTULUM:g}x quantulum3, same sample", f"{ratio:.1f}x",
         ratio >= TARGET_VS_QUANTULUM),
        (f"memory flat: peak whole/part <= {MAX_MEMORY_RATIO:g}x", f"{mem_ratio:.2f}x",
         mem_ratio <= MAX_MEMORY_RATIO),
        (f"memory flat: growth above base whole/part <= {MAX_MEMORY_RATIO:g}x", f"{growth_ratio:.2f}x",
         growth_ratio <= MAX_MEMORY_RATIO),
    ]
    for name, got, ok in checks:
        print(f"  {name:<52} {got:>10}  {'PASS' if ok else 'FAIL'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
