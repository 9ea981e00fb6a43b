"""Endpoint functions of the analyze_async_tasks operations."""
