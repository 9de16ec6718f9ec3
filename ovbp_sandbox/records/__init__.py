"""The sandbox's state: records and credentials in SQLite, series points, and the rules of records."""
