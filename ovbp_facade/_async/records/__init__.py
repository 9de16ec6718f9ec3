"""Typed record classes, one module per family of platform collections."""

from .analyses import AsyncAnalysis, AsyncAnalysisConfig, AsyncAnalysisInput, AsyncAnalysisOutput
from .base import AsyncRecord
from .cleaners import AsyncCleaner, AsyncUnitcleaner
from .ftp_accounts import AsyncFtpAccount, AsyncGateFtpAccount
from .gates import AsyncBaseFeeder, AsyncGate, AsyncGenericBasicFeeder, AsyncStaticWebserviceFeeder
from .generators import AsyncImporter, AsyncImporterSeries
from .mixins import AsyncActiveMixin, AsyncGeneratorMixin
from .oteams import AsyncOdataProject, AsyncOdataUser, AsyncOrganization, AsyncProject, AsyncUser
from .series import AsyncNotification, AsyncSeries
from .tasks import AsyncTask

__all__ = [
    "AsyncActiveMixin",
    "AsyncAnalysis",
    "AsyncAnalysisConfig",
    "AsyncAnalysisInput",
    "AsyncAnalysisOutput",
    "AsyncBaseFeeder",
    "AsyncCleaner",
    "AsyncFtpAccount",
    "AsyncGate",
    "AsyncGateFtpAccount",
    "AsyncGeneratorMixin",
    "AsyncGenericBasicFeeder",
    "AsyncImporter",
    "AsyncImporterSeries",
    "AsyncNotification",
    "AsyncOdataProject",
    "AsyncOdataUser",
    "AsyncOrganization",
    "AsyncProject",
    "AsyncRecord",
    "AsyncSeries",
    "AsyncStaticWebserviceFeeder",
    "AsyncTask",
    "AsyncUnitcleaner",
    "AsyncUser",
]
