"""The model catalog: curated models, memory and speed estimates, fit and recommendations."""

from localchat.catalog.architectures import Support, SupportCheck, check_support
from localchat.catalog.catalog import (
    Catalog,
    CatalogError,
    CatalogModel,
    CatalogVariant,
    catalog_path,
    load_catalog,
)
from localchat.catalog.estimate import (
    MemoryEstimate,
    SpeedEstimate,
    calibrate,
    estimate_speed,
    estimate_variant,
)
from localchat.catalog.fit import (
    Assessment,
    Fit,
    FitLabel,
    assess,
    fit_memory,
    recommend,
    recommend_all,
    supported_architectures,
)
from localchat.catalog.remote_header import read_remote_header

__all__ = [
    "Assessment",
    "Catalog",
    "CatalogError",
    "CatalogModel",
    "CatalogVariant",
    "Fit",
    "FitLabel",
    "MemoryEstimate",
    "SpeedEstimate",
    "Support",
    "SupportCheck",
    "assess",
    "calibrate",
    "catalog_path",
    "check_support",
    "estimate_speed",
    "estimate_variant",
    "fit_memory",
    "load_catalog",
    "read_remote_header",
    "recommend",
    "recommend_all",
    "supported_architectures",
]
