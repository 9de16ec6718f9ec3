"""Typed record classes, one module per family of platform collections."""

from .analyses import Analysis, AnalysisConfig, AnalysisInput, AnalysisOutput
from .base import Field, Record
from .cleaners import Cleaner, Unitcleaner
from .ftp import FtpAccount, GateFtpAccount
from .gates import BaseFeeder, FeederChild, Gate
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
    "FeederChild",
    "Field",
    "FtpAccount",
    "Gate",
    "GateFtpAccount",
    "GeneratorMixin",
    "Importer",
    "ImporterSeries",
    "Notification",
    "OdataProject",
    "OdataUser",
    "Organization",
    "Project",
    "Record",
    "Series",
    "Task",
    "Unitcleaner",
    "User",
]
