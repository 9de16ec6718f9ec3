"""String grammars the spec gives its component schemas (e.g. `Frequency`), compiled."""

import re

FREQUENCY_PATTERN = re.compile("^[0-9]*(ms|L|min|T|H|h|S|s|D|d|W)$")
FREQUENCY_EXAMPLES = (
    "1H",
    "3H",
    "6H",
    "15min",
    "15T",
    "10S",
    "30s",
    "1D",
    "1W",
    "500ms",
)
