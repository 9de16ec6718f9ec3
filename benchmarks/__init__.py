"""Benchmarks: `make bench` (or `python -m benchmarks`) prints ratios measured side by side in one run."""
