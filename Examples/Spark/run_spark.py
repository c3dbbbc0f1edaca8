#!/usr/bin/env python3
"""Runs pipelines/news.yaml inside Apache Spark with RDD.pipe, one `pipeline` process per partition.

Each partition's articles go to `pipeline run news.yaml - -o -` as JSONL on stdin; its
results come back as JSONL on stdout, one line per article. Spark splits the command with
shlex (no shell), so paths with spaces need quoting as shown.

Usage: run_spark.py ARTICLES_DIR [--partitions 4] [--binary .build/release/pipeline] [--out results.jsonl]
Needs pyspark (pip install pyspark) and Java 17.
"""
import argparse, json, os, shlex, sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def articles(folder):
    for base, _, files in sorted(os.walk(folder)):
        for name in sorted(files):
            if name.endswith(".txt"):
                path = os.path.join(base, name)
                identifier = os.path.relpath(path, folder)[:-4]
                with open(path, encoding="utf-8", errors="replace") as handle:
                    yield json.dumps({"id": identifier, "text": handle.read()})


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("articles")
    parser.add_argument("--partitions", type=int, default=4)
    parser.add_argument("--binary", default=os.path.join(ROOT, ".build", "release", "pipeline"))
    parser.add_argument("--pipeline", default=os.path.join(ROOT, "pipelines", "news.yaml"))
    parser.add_argument("--out")
    args = parser.parse_args()

    from pyspark import SparkContext

    context = SparkContext(master=f"local[{args.partitions}]", appName="pipeline")
    context.setLogLevel("ERROR")
    try:
        lines = list(articles(args.articles))
        command = " ".join(shlex.quote(part) for part in [args.binary, "run", args.pipeline, "-", "-o", "-", "--quiet", "--jobs", "1"])
        results = context.parallelize(lines, args.partitions).pipe(command).map(json.loads).collect()
    finally:
        context.stop()

    expected = sorted(json.loads(line)["id"] for line in lines)
    got = sorted(result["id"] for result in results)
    failed = [result["id"] for result in results if result.get("errors")]
    print(f"spark: {len(lines)} articles in {args.partitions} partitions -> {len(results)} results, {len(failed)} with errors")
    if args.out:
        with open(args.out, "w", encoding="utf-8") as handle:
            for result in sorted(results, key=lambda r: r["id"]):
                handle.write(json.dumps(result, ensure_ascii=False, sort_keys=True) + "\n")
    if got != expected:
        sys.exit("spark: the results do not match the articles one to one")


if __name__ == "__main__":
    main()
