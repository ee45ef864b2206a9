"""Benchmarks: each module measures one stage against a baseline in the same run and prints ratios.

Run one with `python -m bench.<name>`, or all with `python -m bench` (`make bench`).
"""
