"""The platform's series semantics on pandas objects: cleaning, analyses, selection, exports; no store."""
