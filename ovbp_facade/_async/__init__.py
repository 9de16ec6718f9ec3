"""The facade, written once, for asyncio: codegen/unasync_facade.py derives ovbp_facade/_sync/ from it."""
