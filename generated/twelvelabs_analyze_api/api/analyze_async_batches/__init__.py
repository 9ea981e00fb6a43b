"""Endpoint functions of the analyze_async_batches operations."""
