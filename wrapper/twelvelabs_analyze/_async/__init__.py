"""The hand-written async half of the client; ``_sync`` is generated from it by scripts/unasync.py."""
