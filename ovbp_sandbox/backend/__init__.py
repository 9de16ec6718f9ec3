"""The sandbox's backend, as moto calls the state of a mocked service: records and credentials in
SQLite (`store.py`), series points, FTP accounts, what each collection is (`registry.py`) and the
`Platform` class holding the rules of records (`platform_rules.py`)."""
