"""Endpoint functions of the indexes_videos operations."""
