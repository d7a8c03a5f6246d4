"""The organisation profile, the cost assumptions and how much each of the five questions counts."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QScrollArea, QVBoxLayout, QWidget

from ..document import PortfolioDocument
from ..form import BoundForm, Field

ORGANISATION = [
    Field(QT_TRANSLATE_NOOP("BoundForm", "Portfolio name"), ("name",), "text"),
    Field(QT_TRANSLATE_NOOP("BoundForm", "Consultant"), ("consultant",), "text"),
    Field(QT_TRANSLATE_NOOP("BoundForm", "Organisation"), ("organisation", "name"), "text"),
    Field(QT_TRANSLATE_NOOP("BoundForm", "Country (ISO code)"),
          ("organisation", "country"), "text",
          tip=QT_TRANSLATE_NOOP("BoundForm", "Two letters, e.g. DE, AT, CH")),
    Field(QT_TRANSLATE_NOOP("BoundForm", "Currency"),
          ("organisation", "currency"), "choice", choices=("EUR", "USD", "CHF")),
    Field(QT_TRANSLATE_NOOP("BoundForm", "USD per unit of currency"),
          ("organisation", "usd_per_unit"), minimum=0.01, maximum=100, decimals=4, step=0.01),
    Field(QT_TRANSLATE_NOOP("BoundForm", "Electricity price per kWh"),
          ("organisation", "electricity_per_kwh"), maximum=5, decimals=3, step=0.01),
    Field(QT_TRANSLATE_NOOP("BoundForm", "PUE of the server room"),
          ("organisation", "pue"), minimum=1.0, maximum=4.0, step=0.05,
          tip=QT_TRANSLATE_NOOP("BoundForm", "Power usage effectiveness: facility power ÷ IT power")),
    Field(QT_TRANSLATE_NOOP("BoundForm", "Staff cost per FTE and year"),
          ("organisation", "staff_cost_per_fte_year"), maximum=5_000_000, decimals=0, step=1000),
    Field(QT_TRANSLATE_NOOP("BoundForm", "Team able to run models (FTE)"),
          ("organisation", "team_fte"), maximum=1000, step=0.1),
    Field(QT_TRANSLATE_NOOP("BoundForm", "Colocation per kW and month"),
          ("organisation", "colocation_per_kw_month"), maximum=10_000, step=10),
    Field(QT_TRANSLATE_NOOP("BoundForm", "Group monthly active users"),
          ("organisation", "group_mau"), "int", maximum=2**31 - 1, step=1000),
    Field(QT_TRANSLATE_NOOP("BoundForm", "Group monthly revenue (USD)"),
          ("organisation", "group_monthly_revenue_usd"), maximum=1e13, decimals=0, step=100_000),
    Field(QT_TRANSLATE_NOOP("BoundForm", "Cost of capital per year (0.06 = 6 %)"),
          ("organisation", "cost_of_capital"), maximum=1, decimals=3, step=0.01),
]

ASSUMPTIONS = [
    Field(QT_TRANSLATE_NOOP("BoundForm", "Horizon (months)"),
          ("assumptions", "horizon_months"), "int", minimum=1, maximum=240),
    Field(QT_TRANSLATE_NOOP("BoundForm", "Amortisation (months)"),
          ("assumptions", "amortisation_months"), "int", minimum=1, maximum=240),
    Field(QT_TRANSLATE_NOOP("BoundForm", "Residual value share"),
          ("assumptions", "residual_share"), maximum=1, step=0.05),
    Field(QT_TRANSLATE_NOOP("BoundForm", "Maintenance per year (share of hardware)"),
          ("assumptions", "maintenance_share_per_year"), maximum=1, step=0.01),
    Field(QT_TRANSLATE_NOOP("BoundForm", "Average utilisation"),
          ("assumptions", "utilisation"), minimum=0.01, maximum=1, step=0.05),
    Field(QT_TRANSLATE_NOOP("BoundForm", "Operations per self-hosted deployment (FTE)"),
          ("assumptions", "ops_fte_self_hosted"), maximum=100, step=0.05),
    Field(QT_TRANSLATE_NOOP("BoundForm", "Operations per API integration (FTE)"),
          ("assumptions", "ops_fte_api"), maximum=100, step=0.01),
    Field(QT_TRANSLATE_NOOP("BoundForm", "Model switch every (months)"),
          ("assumptions", "model_switch_months"), "int", minimum=1, maximum=240),
    Field(QT_TRANSLATE_NOOP("BoundForm", "Migration cost, self-hosted"),
          ("assumptions", "migration_cost_self_hosted"), maximum=1e8, decimals=0, step=1000),
    Field(QT_TRANSLATE_NOOP("BoundForm", "Migration cost, API"),
          ("assumptions", "migration_cost_api"), maximum=1e8, decimals=0, step=1000),
    Field(QT_TRANSLATE_NOOP("BoundForm", "Sensitivity range (± %)"),
          ("assumptions", "sensitivity_pct"), minimum=1, maximum=90, decimals=0, step=5),
]

WEIGHTS = [
    Field(QT_TRANSLATE_NOOP("BoundForm", "1 License"), ("weights", "license"), maximum=10, step=0.25),
    Field(QT_TRANSLATE_NOOP("BoundForm", "2 Hardware and speed"),
          ("weights", "hardware"), maximum=10, step=0.25),
    Field(QT_TRANSLATE_NOOP("BoundForm", "3 Own evaluation"), ("weights", "use_case"), maximum=10, step=0.25),
    Field(QT_TRANSLATE_NOOP("BoundForm", "4 Support and community"),
          ("weights", "support"), maximum=10, step=0.25),
    Field(QT_TRANSLATE_NOOP("BoundForm", "5 Long-term cost"), ("weights", "cost"), maximum=10, step=0.25),
]


class OrganisationView(QScrollArea):
    def __init__(self, doc: PortfolioDocument, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWidgetResizable(True)
        inner = QWidget()
        columns = QHBoxLayout(inner)
        left, right = QVBoxLayout(), QVBoxLayout()
        self.forms = []
        for title, fields, column in (
            (self.tr("Organisation profile"), ORGANISATION, left),
            (self.tr("Cost assumptions"), ASSUMPTIONS, right),
            (self.tr("How much each question counts"), WEIGHTS, right),
        ):
            box = QGroupBox(title)
            form = BoundForm(doc, fields)
            self.forms.append(form)
            QVBoxLayout(box).addWidget(form)
            column.addWidget(box)
        left.addStretch(1)
        right.addStretch(1)
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        self.setWidget(inner)
