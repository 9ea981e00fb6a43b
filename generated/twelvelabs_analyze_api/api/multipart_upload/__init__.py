"""Endpoint functions of the multipart_upload operations."""
