"""aioarize."""
