"""String grammars the spec gives its component schemas (e.g. `Frequency`), and the paths of the POST
operations that only read (`x-safe`), compiled."""

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
#: the end of the URL path of a POST that only reads, whatever the base URL: a client may retry it
SAFE_POST_PATH = re.compile(
    "(?:/odata/user_ftp_accounts/[^/]+/list_dir/|/odata/gate_ftp_accounts/[^/]+/list_dir/|/odata/series/multi_select/)$"
)
