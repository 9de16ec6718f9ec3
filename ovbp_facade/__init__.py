"""ovbp_facade: the typed Python client of the Openergy Virtual Building Platform.

Drop-in for ovbpclient: `from ovbp_facade import Client, RecordDoesNotExistError`. For asyncio code,
`AsyncClient` has the same endpoints, records and shortcuts, awaited (`async with AsyncClient() as c`);
its records are the `Async`-named ones (`AsyncProject`, `AsyncTask`...).
"""

from . import errors as _errors
from ._async import records as _async_records
from ._async.client import AsyncClient
from ._async.endpoints import AsyncEndpoint
from ._async.records import *  # noqa: F403
from ._async.series_endpoint import AsyncSeriesEndpoint
from ._sync import records as _sync_records
from ._sync.client import Client
from ._sync.endpoints import Endpoint
from ._sync.records import *  # noqa: F403
from ._sync.series_endpoint import SeriesEndpoint
from .errors import *  # noqa: F403
from .ftp_client import FtpEntry
from .version import __version__ as __version__

__all__ = [
    "AsyncClient",
    "AsyncEndpoint",
    "AsyncSeriesEndpoint",
    "Client",
    "Endpoint",
    "FtpEntry",
    "SeriesEndpoint",
]
__all__ += _errors.__all__
__all__ += _sync_records.__all__
__all__ += _async_records.__all__
