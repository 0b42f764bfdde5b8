"""Measuring extraction quality: gold files, matching rules, reports (``sessietool evaluate``) and
named-entity scores on CoNLL-style IOB data (``sessietool evaluate-ner``).

Import-light: nothing here imports spaCy at module level.
"""
