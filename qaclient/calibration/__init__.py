"""Calibration: several inspectors score the same calls blind, then compare.

``agreement`` holds the statistics (percent agreement, Krippendorff's alpha, Fleiss'
kappa, deviation from a benchmark scorer).
"""
