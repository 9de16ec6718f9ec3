"""Typed record classes, one module per family of platform collections."""

from .analyses import Analysis, AnalysisConfig, AnalysisInput, AnalysisOutput
from .base import Record
from .cleaners import Cleaner, Unitcleaner
from .ftp import FtpAccount, GateFtpAccount
from .gates import BaseFeeder, Gate, GenericBasicFeeder, StaticWebserviceFeeder
from .generators import Importer, ImporterSeries
from .mixins import ActiveMixin, GeneratorMixin
from .oteams import OdataProject, OdataUser, Organization, Project, User
from .series import Notification, Series
from .tasks import Task

__all__ = [
    "ActiveMixin",
    "Analysis",
    "AnalysisConfig",
    "AnalysisInput",
    "AnalysisOutput",
    "BaseFeeder",
    "Cleaner",
    "FtpAccount",
    "Gate",
    "GateFtpAccount",
    "GeneratorMixin",
    "GenericBasicFeeder",
    "Importer",
    "ImporterSeries",
    "Notification",
    "OdataProject",
    "OdataUser",
    "Organization",
    "Project",
    "Record",
    "Series",
    "StaticWebserviceFeeder",
    "Task",
    "Unitcleaner",
    "User",
]
