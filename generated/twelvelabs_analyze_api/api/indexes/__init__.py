"""Endpoint functions of the indexes operations."""
