#!/usr/bin/env python3
"""Batch throughput, memory and crash-safety of `pipeline run`, against the Python peer.

In one run on this machine:
  1. pipelines/news.yaml over the BBC articles with --jobs 1 and --jobs 2 (median of
     --repeat runs each), and ../shared/peers/peer_pipeline.py over the same folder
     (spaCy + vaderSentiment + sumy, --quotes regex; --textacy adds the textacy run);
     prints docs/s, MB/s and the ratios.
  2. a ~1 GB corpus made by hard-linking the articles under new ids; prints peak RSS and
     docs/s (skip with --no-big).
  3. three SIGKILLs at random moments, each followed by --resume; checks the final
     output equals a clean run's.

Usage: Benchmarks/batch/benchmark.py [--repeat 3] [--no-big] [--textacy]
Needs a release build (it makes one) and, for the peer, PEERS_PYTHON (a Python with the
peers' requirements; default python3). Skips cleanly when ../shared is absent.
"""
import argparse, os, random, shutil, signal, statistics, subprocess, sys, tempfile, time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SHARED = os.environ.get("PIPELINE_SHARED", os.path.join(os.path.dirname(ROOT), "shared"))
ARTICLES = os.path.join(SHARED, "corpora", "bbc", "articles")
BINARY = os.path.join(ROOT, ".build", "release", "pipeline")
PIPELINE = os.path.join(ROOT, "pipelines", "news.yaml")


def corpus_bytes(folder):
    total, count = 0, 0
    for base, _, files in os.walk(folder):
        for name in files:
            if name.endswith(".txt"):
                total += os.path.getsize(os.path.join(base, name))
                count += 1
    return count, total


def timed(command, stdout=subprocess.DEVNULL):
    """Runs a command; returns (wall seconds, peak RSS in MB, exit code)."""
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=stdout, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - start
    process.stderr.read()
    return wall, usage.ru_maxrss / 1024, os.waitstatus_to_exitcode(status)


def ours(jobs, input_dir, repeat):
    walls, rss = [], []
    for _ in range(repeat):
        wall, peak, code = timed([BINARY, "run", PIPELINE, input_dir, "--jobs", str(jobs), "-o", "-", "--quiet"])
        if code not in (0, 1):
            sys.exit(f"pipeline exited {code}")
        walls.append(wall)
        rss.append(peak)
    return statistics.median(walls), max(rss)


def peer(quotes):
    python = os.environ.get("PEERS_PYTHON", "python3")
    script = os.path.join(SHARED, "peers", "peer_pipeline.py")
    with tempfile.TemporaryDirectory() as scratch:
        out = os.path.join(scratch, "peer.jsonl")
        start = time.perf_counter()
        result = subprocess.run([python, script, ARTICLES, out, "--quotes", quotes],
                                capture_output=True, text=True)
        wall = time.perf_counter() - start
    if result.returncode != 0:
        sys.exit("peer failed: " + result.stderr[-2000:])
    return wall, result.stderr.strip().splitlines()[-3:]


def big_corpus(target_bytes):
    folder = tempfile.mkdtemp(prefix="pipeline-big-")
    count, size = corpus_bytes(ARTICLES)
    copies = max(1, target_bytes // size)
    for copy in range(copies):
        for base, _, files in os.walk(ARTICLES):
            relative = os.path.relpath(base, ARTICLES)
            destination = os.path.join(folder, f"copy{copy:04d}", relative)
            os.makedirs(destination, exist_ok=True)
            for name in files:
                os.link(os.path.join(base, name), os.path.join(destination, name))
    return folder, count * copies, size * copies


def kill_and_resume(rounds=3):
    with tempfile.TemporaryDirectory() as scratch:
        clean = os.path.join(scratch, "clean.jsonl")
        subprocess.run([BINARY, "run", PIPELINE, ARTICLES, "-o", clean, "--quiet"], check=False)
        out = os.path.join(scratch, "out.jsonl")
        rng = random.Random(2026)
        for round_ in range(rounds):
            process = subprocess.Popen([BINARY, "run", PIPELINE, ARTICLES, "-o", out, "--quiet", "--resume"],
                                       stderr=subprocess.DEVNULL)
            time.sleep(rng.uniform(0.05, 1.5))
            process.send_signal(signal.SIGKILL)
            process.wait()
        final = subprocess.run([BINARY, "run", PIPELINE, ARTICLES, "-o", out, "--resume"],
                               capture_output=True, text=True)
        same = open(out, "rb").read() == open(clean, "rb").read()
        leftovers = [name for name in os.listdir(scratch) if ".tmp-" in name]
        return same, final.stderr.strip().splitlines()[-1], leftovers


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--no-big", action="store_true")
    parser.add_argument("--textacy", action="store_true")
    parser.add_argument("--big-bytes", type=int, default=1_000_000_000)
    args = parser.parse_args()
    if not os.path.isdir(ARTICLES):
        print("skipped: ../shared not found")
        return
    subprocess.run(["swift", "build", "-c", "release", "--product", "pipeline"], cwd=ROOT, check=True,
                   stdout=subprocess.DEVNULL)
    count, size = corpus_bytes(ARTICLES)
    print(f"corpus: {count} articles, {size / 1e6:.2f} MB")
    one, rss1 = ours(1, ARTICLES, args.repeat)
    two, rss2 = ours(2, ARTICLES, args.repeat)
    peer_regex, peer_report = peer("regex")
    print("peer says: " + " | ".join(peer_report))
    rows = [("pipeline --jobs 1", one, rss1), ("pipeline --jobs 2", two, rss2), ("peer (regex quotes)", peer_regex, None)]
    if args.textacy:
        rows.append(("peer (textacy quotes)", peer("textacy")[0], None))
    print(f"{'system':<24}{'wall s':>9}{'docs/s':>10}{'MB/s':>8}{'max RSS MB':>12}")
    for name, wall, rss in rows:
        print(f"{name:<24}{wall:>9.2f}{count / wall:>10.1f}{size / 1e6 / wall:>8.2f}{(f'{rss:.0f}' if rss else '-'):>12}")
    print(f"ratio --jobs 1 / peer (regex): {peer_regex / one:.1f}x")
    print(f"ratio --jobs 2 / peer (regex): {peer_regex / two:.1f}x")
    print(f"scaling --jobs 2 / --jobs 1: {one / two:.2f}x")
    if not args.no_big:
        folder, big_count, big_size = big_corpus(args.big_bytes)
        try:
            wall, rss, code = timed([BINARY, "run", PIPELINE, folder, "-o", "-", "--quiet"])
            print(f"big corpus: {big_count} documents, {big_size / 1e9:.2f} GB: {wall:.1f} s, "
                  f"{big_count / wall:.1f} docs/s, {big_size / 1e6 / wall:.2f} MB/s, peak RSS {rss:.0f} MB (exit {code})")
        finally:
            shutil.rmtree(folder)
    same, summary, leftovers = kill_and_resume()
    print(f"kill -9 x3 then --resume: output {'equals' if same else 'DIFFERS FROM'} a clean run's; "
          f"last run: {summary}; temporary files left: {len(leftovers)}")


if __name__ == "__main__":
    main()
