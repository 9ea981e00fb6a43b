"""The job a kill -9 test runs in a child process: results appended to a file, one line per input.

Run: ``python batch_job_child.py BASE_URL STATE OUT COUNT``. Lines already in OUT (from a run
that was killed) are not written again: the runner hands a result out at least once, the file
keeps the first.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

from twelvelabs_analyze import TwelveLabs


def main() -> None:
    base_url, state, out, count = sys.argv[1], sys.argv[2], Path(sys.argv[3]), int(sys.argv[4])
    written: set[str] = set()
    if out.exists():
        data = out.read_bytes()
        whole = data[: data.rfind(b"\n") + 1]  # a line cut by the kill is not a result
        written = {json.loads(line)["custom_id"] for line in whole.splitlines()}
        with out.open("rb+") as file:
            file.truncate(len(whole))
    assets = [f"asset{i:05d}" for i in range(count)]
    with TwelveLabs(api_key="sk-test", base_url=base_url, max_retries=2) as client, out.open("ab") as file:
        for result in client.analyze_async.batches.run_iter(
            assets,
            analysis_mode="general",
            state=state,
            max_active=3,
            poll_interval=0.02,
            max_poll_interval=0.1,
        ):
            if result.custom_id in written:
                continue
            record = {
                "index": result.index,
                "custom_id": result.custom_id,
                "batch_id": result.batch_id,
                "status": result.status,
            }
            file.write(json.dumps(record).encode() + b"\n")
            file.flush()
            os.fsync(file.fileno())
            written.add(result.custom_id)


if __name__ == "__main__":
    main()
