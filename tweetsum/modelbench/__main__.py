"""``python -m tweetsum.modelbench worker WORKLOAD --model M --out RESULT.json [...]``: one model's bench run."""
from __future__ import annotations

import sys


def _main(argv: list[str]) -> int:
    if not argv or argv[0] != "worker":
        print("usage: python -m tweetsum.modelbench worker WORKLOAD --model M --out RESULT.json [options] "
              "(the `tweetsum bench` command runs this for each model)", file=sys.stderr)
        return 2
    from tweetsum.modelbench.worker import main

    return main(argv[1:])


if __name__ == "__main__":
    raise SystemExit(_main(sys.argv[1:]))
