"""`python -m ovbp_facade.cli`: the `ovbp` command."""

import sys

from .app import main

sys.exit(main())
