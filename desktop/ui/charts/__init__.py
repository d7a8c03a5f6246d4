"""Live charts of the assessment (pyqtgraph), each redrawn in place from the document's assessment."""

from desktop.domain.vocabulary import VERDICT_COLOURS

from .base import OKABE_ITO, export_png
from .cost_volume import CostVolumeChart
from .license_matrix import LicenseMatrixTable
from .memory import MemoryChart
from .mix import MixChart
from .tco import TcoChart
from .tornado import TornadoChart

__all__ = [
    "OKABE_ITO", "VERDICT_COLOURS", "CostVolumeChart", "LicenseMatrixTable", "MemoryChart", "MixChart",
    "TcoChart", "TornadoChart", "export_png",
]
