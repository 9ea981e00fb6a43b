"""``upload FILE...``, ``assets list|show|delete`` and ``analyze FILE`` against the served fake."""

from __future__ import annotations

import json
from pathlib import Path

from twelvelabs_analyze.testing import FakeTwelveLabs

from .conftest import invoke

FAST_POLLS = ["--poll-interval", "0.01", "--max-poll-interval", "0.01"]


def _files(tmp_path: Path) -> tuple[Path, Path]:
    first, second = tmp_path / "a.mp4", tmp_path / "b.mp4"
    first.write_bytes(b"\x00\x01" * 5000)
    second.write_bytes(b"\x02" * 70_000)
    return first, second


def test_upload_prints_asset_ids_and_assets_lists_shows_deletes(
    fake: FakeTwelveLabs, cli_env: dict[str, str], tmp_path: Path
) -> None:
    fake.configure_uploads(asset_processing=0, chunk_size=16 * 1024)
    env = {**cli_env, "XDG_CACHE_HOME": str(tmp_path / "cache")}
    first, second = _files(tmp_path)
    result = invoke(["upload", str(first), str(second), *FAST_POLLS], env)
    assert result.exit_code == 0, result.stderr
    ids = [line.split("\t")[0] for line in result.stdout.splitlines()]
    assert len(ids) == 2
    assert {asset["_id"] for asset in fake.assets} == set(ids)
    listed = invoke(["assets", "list", "--json"], env)
    assert {json.loads(line)["_id"] for line in listed.stdout.splitlines()} == set(ids)
    shown = invoke(["assets", "show", ids[0]], env)
    assert json.loads(shown.stdout)["status"] == "ready"
    deleted = invoke(["assets", "delete", ids[0]], env)
    assert deleted.exit_code == 0, deleted.stderr
    assert invoke(["assets", "show", ids[0]], env).exit_code != 0


def test_analyze_a_local_file_uploads_it_first(
    fake: FakeTwelveLabs, cli_env: dict[str, str], tmp_path: Path
) -> None:
    fake.configure_uploads(asset_processing=0)
    env = {**cli_env, "XDG_CACHE_HOME": str(tmp_path / "cache")}
    clip, _ = _files(tmp_path)
    result = invoke(["analyze", str(clip), "--prompt", "Three hashtags", "--no-stream", *FAST_POLLS], env)
    assert result.exit_code == 0, result.stderr
    assert result.stdout.strip()
    (asset,) = fake.assets
    analyzed = [r for r in fake.requests if r.path.endswith("/analyze")]
    assert analyzed[-1].json["video"] == {"type": "asset_id", "asset_id": asset["_id"]}
    assert f"asset {asset['_id']} is ready" in result.stderr


def test_input_kind_file_refuses_a_missing_file(fake: FakeTwelveLabs, cli_env: dict[str, str]) -> None:
    result = invoke(["analyze", "nope.mp4", "--input-kind", "file", "--prompt", "x"], cli_env)
    assert result.exit_code != 0
    assert "no such file: nope.mp4" in result.stderr
    assert fake.requests == []


def test_gist_and_summarize_of_a_local_file_go_through_analyze(
    fake: FakeTwelveLabs, cli_env: dict[str, str], tmp_path: Path
) -> None:
    fake.configure_uploads(asset_processing=0)
    env = {**cli_env, "XDG_CACHE_HOME": str(tmp_path / "cache")}
    clip, _ = _files(tmp_path)
    gist = invoke(["gist", str(clip), "--json"], env)
    assert gist.exit_code == 0, gist.stderr
    assert set(json.loads(gist.stdout)) >= {"title", "topics", "hashtags"}
    chapters = invoke(["summarize", str(clip), "--type", "chapter", "--json"], env)
    assert chapters.exit_code == 0, chapters.stderr
    assert json.loads(chapters.stdout)["summarize_type"] == "chapter"
    asset_ids = {asset["_id"] for asset in fake.assets}
    analyzed = [r.json["video"] for r in fake.requests if r.path.endswith("/analyze")]
    assert len(analyzed) == 2
    assert all(video["type"] == "asset_id" and video["asset_id"] in asset_ids for video in analyzed)
    assert not [r for r in fake.requests if r.path.endswith(("/gist", "/summarize"))]
