"""Korean-side knowledge: the morphological analyser, numerals, romanization, names."""
