"""``python -m aioarize._demo`` (``make demo``) runs end to end and shows what it promises."""

from __future__ import annotations

import re
import subprocess
import sys


def test_demo_runs_end_to_end() -> None:
    """The demo exits 0, shows the CLI and unknown variants, waits out 429s, stops the server."""
    result = subprocess.run(
        [sys.executable, "-m", "aioarize._demo"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    out = result.stdout
    assert result.returncode == 0, out + result.stderr
    assert "Traceback" not in result.stderr
    assert "aioarize sandbox listening on http://127.0.0.1:" in out
    # The CLI lists and shows variants this aioarize does not know, as the API sent them.
    assert "$ aioarize integrations get " in out
    assert '"type": "AGENT_X"' in out
    # Any operation from a shell: create, update and delete a dataset with a JSON body.
    assert "$ aioarize datasets delete " in out
    # The async example lists unknown variants instead of failing ...
    assert "integration of type 'AGENT_X'" in out
    assert "experiment type 'AGENT_X'" in out
    # ... and waits out the rate limit.
    assert "429 received, waiting " in out
    assert "before retrying (attempt 1)" in out
    # The burst's account adds up: the sandbox's allowance of 5 answered at once, the rest retried.
    burst = re.search(
        r"(\d+) answered at once, (\d+) met a 429 first .* (\d+) of 8 calls succeeded", out
    )
    assert burst is not None, out
    at_once, throttled, succeeded = map(int, burst.groups())
    assert (at_once + throttled, succeeded) == (8, 8) and throttled >= 1
    assert out.count("429 received, waiting ") == throttled
    assert "sandbox stopped (exit status 0)" in out
