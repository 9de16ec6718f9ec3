"""User scripts (importers' ``parse``, analyses' ``analyze``) run in a limited child process."""
