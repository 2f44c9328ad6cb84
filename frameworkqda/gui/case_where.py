""" "Cases where [attribute] [sign] [value]": a selection of cases by their attributes, as
NVivo's classification and MAXQDA's document variables filter, for the Review and Search
filters and the Mapping view's group average.

The attribute's kind decides the signs offered (numbers and dates: = ≠ < ≦ > ≧; text: = ≠
contains; yes/no: = ≠) and the values listed (the attribute's values in the project; yes and
no). The cases meeting it are ``core.cases.cases_where``'s, the command line's ``--where``;
a value not of the attribute's kind selects nothing and says why beside the boxes.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLayout, QVBoxLayout, QWidget

from frameworkqda.core import cases, model
from frameworkqda.core.errors import FrameworkQDAError
from frameworkqda.gui import colours as tones
from frameworkqda.gui.flow_layout import FlowLayout
from frameworkqda.gui.i18n import QT_TRANSLATE_NOOP, shown
from frameworkqda.gui.line_breaks import MessageLabel
from frameworkqda.gui.session import ProjectSession

TYPING_PAUSE_MS = 300  # a typed value is applied after this pause (Enter: at once)

# the signs as shown: ≧ rather than >= (≥ and ≤ are not in the bundled IPAex fonts, which
# draw the window when the machine has no font of its own: they would be boxes); "contains" in words
SIGNS = {
    cases.EQUALS: "=",
    cases.NOT_EQUALS: "≠",
    cases.LESS: "<",
    cases.AT_MOST: "≦",
    cases.MORE: ">",
    cases.AT_LEAST: "≧",
    cases.CONTAINS: QT_TRANSLATE_NOOP("CaseWhere", "contains"),
}


@dataclass(frozen=True)
class CaseFilter:
    """The cases a view's case filter shows, when it leaves some out (the matrix's "Cases
    where Region = Kansai"): what an export from that view writes."""

    case_ids: frozenset[int]
    label: str  # "Region = Kansai", or the one case's name
    total: int  # the cases there are


class CaseWhere(QWidget):
    """The three boxes; ``changed`` when the selection they make may have changed."""

    changed = Signal()

    def __init__(
        self,
        session: ProjectSession,
        lead: QWidget | None = None,
        parent: QWidget | None = None,
        wrap: bool = False,
    ) -> None:
        """``lead``: what starts the row instead of the words "Cases where" (the Mapping
        view's button "Tick cases where"); ``wrap``: the row wraps onto more lines where it
        is narrow (in Mapping's left pane it made the view run off a 1067-pixel window).
        When the cases have no attributes the row says so and where to add them, in place
        of three disabled boxes that said nothing and of the words "Cases where" (the
        matrix's bar, Review, Search and Mapping alike)."""
        super().__init__(parent)
        self.setObjectName("caseWhere")
        self._session = session
        self._kinds: dict[str, model.AttributeKind] = {}
        self._values: dict[str, list[str]] = {}
        # the cases last found for a condition (a Review filter pass on every keystroke in
        # its text box asks again); forgotten when the project's cases change (``refill``)
        self._found: tuple[cases.CaseCondition, set[int]] | None = None
        self.attribute_box = QComboBox()
        self.attribute_box.setObjectName("whereAttribute")
        self.attribute_box.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.attribute_box.setMinimumContentsLength(14)
        self.attribute_box.setToolTip(
            self.tr("Only the cases whose attribute (Code → Cases and attributes…) meets this")
        )
        self.operator_box = QComboBox()
        self.operator_box.setObjectName("whereOperator")
        self.value_box = QComboBox()
        self.value_box.setObjectName("whereValue")
        # named for a screen reader (a box with nothing chosen yet was read with no name)
        self.attribute_box.setAccessibleName(self.tr("Attribute"))
        self.operator_box.setAccessibleName(self.tr("Comparison"))
        self.value_box.setAccessibleName(self.tr("Value"))
        self.value_box.setMinimumContentsLength(6)
        self.value_box.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.problem = MessageLabel()
        self.problem.setObjectName("whereProblem")
        tones.tone(self.problem, tones.ERROR)  # a red that reads on the palette's window
        self.problem.hide()
        # the hint stands alone, in place of the words too: "Cases where" before a sentence
        # read as a label run into it
        self.words: QLabel | None = None
        if lead is None:
            lead = self.words = QLabel(self.tr("Cases where"))
        self.none_hint = MessageLabel(
            self.tr(
                "No case attributes to filter by yet: add them (Region, Population…) in "
                "Code → Cases and attributes…"
            )
        )
        self.none_hint.setObjectName("whereNoAttributes")
        self.none_hint.hide()
        self._typing = QTimer(self, singleShot=True, interval=TYPING_PAUSE_MS)
        self._typing.timeout.connect(self._emit)
        self.attribute_box.currentIndexChanged.connect(self._attribute_chosen)
        self.operator_box.currentIndexChanged.connect(self._emit)
        self.value_box.currentIndexChanged.connect(self._emit)
        # wrapping: what the row says goes on a line of its own under it, as wide as the
        # pane (in the flow its words stood one or two a line, cut off at the bottom)
        lines = QVBoxLayout(self) if wrap else None
        row: QLayout = FlowLayout() if wrap else QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(lead)
        row.addWidget(self.attribute_box)
        row.addWidget(self.operator_box)
        row.addWidget(self.value_box)
        if isinstance(row, QHBoxLayout):
            row.addWidget(self.problem, 3)  # why a value cannot be read
            row.addWidget(self.none_hint, 3)
            row.addStretch(1)  # the boxes as wide as they need, not spread over the row
        else:
            assert lines is not None
            lines.setContentsMargins(0, 0, 0, 0)
            lines.addLayout(row)
            lines.addWidget(self.problem)
            lines.addWidget(self.none_hint)
        self.refill()

    # -- the boxes -------------------------------------------------------------------------
    def refill(self) -> None:
        """The attributes and their values as the project now has them; the choice stays
        while its attribute does."""
        self._found = None
        sheet = cases.case_sheet(self._session.project)
        self._kinds = {a.name: a.kind for a in sheet.attributes}
        self._values = {}
        for attribute in sheet.attributes:
            seen = {
                cases.plain_value(value)
                for (_, attribute_id), value in sheet.values.items()
                if attribute_id == attribute.id and value is not None
            }
            self._values[attribute.name] = sorted(seen, key=_value_order(attribute.kind))
        chosen, operator = self.attribute_box.currentData(), self.operator_box.currentData()
        # a yes/no kept as its keyword: the text shown (はい) is no value to choose by
        editable = self.value_box.isEditable()
        value = self.value_box.currentText() if editable else self.value_box.currentData()
        self.attribute_box.blockSignals(True)
        self.attribute_box.clear()
        self.attribute_box.addItem(self.tr("any attribute"), None)
        for attribute in sheet.attributes:
            self.attribute_box.addItem(attribute.name, attribute.name)
        found = self.attribute_box.findData(chosen) if chosen is not None else -1
        self.attribute_box.setCurrentIndex(max(found, 0))
        self.attribute_box.blockSignals(False)
        self.attribute_box.setEnabled(bool(sheet.attributes))
        # the hint in place of three boxes with nothing to choose
        self.none_hint.setVisible(not sheet.attributes)
        for widget in (self.words, self.attribute_box, self.operator_box, self.value_box):
            if widget is not None:
                widget.setVisible(bool(sheet.attributes))
        self._fill_for(self.attribute_box.currentData(), operator, value if found > 0 else None)

    def _attribute_chosen(self) -> None:
        self._fill_for(self.attribute_box.currentData())
        self._emit()

    def _fill_for(
        self, name: str | None, operator: str | None = None, value: str | None = None
    ) -> None:
        kind = self._kinds.get(name) if name is not None else None
        for box in (self.operator_box, self.value_box):
            box.blockSignals(True)
            box.clear()
        boolean = kind is model.AttributeKind.BOOLEAN
        self.value_box.setEditable(kind is not None and not boolean)
        edit = self.value_box.lineEdit()
        if edit is not None and not edit.property("whereConnected"):  # a new one each time
            edit.setProperty("whereConnected", True)
            edit.setPlaceholderText(self.tr("value"))
            edit.textEdited.connect(self._typed)
            edit.returnPressed.connect(self._emit)
            self.value_box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        if kind is not None:
            for sign in cases.operators_for(kind):
                self.operator_box.addItem(_sign(sign), sign)
            ordered = kind not in (model.AttributeKind.TEXT, model.AttributeKind.BOOLEAN)
            default = operator or (cases.AT_LEAST if ordered else cases.EQUALS)
            self.operator_box.setCurrentIndex(max(0, self.operator_box.findData(default)))
            if boolean:
                self.value_box.addItem(QCoreApplication.translate("CasesDialog", "yes"), "yes")
                self.value_box.addItem(QCoreApplication.translate("CasesDialog", "no"), "no")
                self.value_box.setCurrentIndex(max(0, self.value_box.findData(value or "yes")))
            else:
                self.value_box.addItems(self._values.get(name or "", []))
                self.value_box.setCurrentIndex(-1)
                self.value_box.setEditText(value or "")
        for box in (self.operator_box, self.value_box):
            box.setEnabled(kind is not None)
            box.blockSignals(False)

    def _typed(self) -> None:
        self._typing.start()

    def _emit(self) -> None:
        self._typing.stop()
        self.changed.emit()

    # -- the selection ---------------------------------------------------------------------
    def condition(self) -> cases.CaseCondition | None:
        """The condition the boxes make; None while no attribute or no value is chosen."""
        name = self.attribute_box.currentData()
        operator = self.operator_box.currentData()
        if name is None or operator is None:
            return None
        data = self.value_box.currentData()
        value = data if isinstance(data, str) and not self.value_box.isEditable() else None
        value = value or self.value_box.currentText().strip()
        return cases.CaseCondition(str(name), str(operator), value) if value else None

    def set_condition(self, condition: cases.CaseCondition | None) -> None:
        """Show ``condition`` in the boxes (None: any attribute) and apply it."""
        self.attribute_box.blockSignals(True)
        name = condition.attribute if condition is not None else None
        self.attribute_box.setCurrentIndex(
            max(0, self.attribute_box.findData(name)) if name is not None else 0
        )
        self.attribute_box.blockSignals(False)
        if condition is None:
            self._fill_for(None)
        else:
            self._fill_for(condition.attribute, condition.operator, condition.value)
        self._emit()

    def case_ids(self) -> set[int] | None:
        """The ids of the cases meeting the condition; None when there is none to meet (every
        case). A condition that cannot be read (a number expected) selects no case and says
        why."""
        condition = self.condition()
        if condition is None:
            self._say("")
            return None
        if self._found is not None and self._found[0] == condition:
            return set(self._found[1])
        try:
            chosen = set(cases.cases_where(self._session.project, condition))
        except FrameworkQDAError as error:
            self._say(shown(error))
            return set()
        self._say("")
        self._found = (condition, chosen)
        return set(chosen)

    def describe(self) -> str:
        """The condition as shown: "Population ≧ 1000000"; "" when there is none."""
        condition = self.condition()
        if condition is None:
            return ""
        return f"{condition.attribute} {_sign(condition.operator)} {condition.value}"

    def _say(self, problem: str) -> None:
        self.problem.setText(problem)
        self.problem.setVisible(bool(problem))


def _sign(operator: str) -> str:
    return QCoreApplication.translate("CaseWhere", SIGNS[operator])


def _value_order(kind: model.AttributeKind) -> Callable[[str], tuple[float, str]]:
    """Values listed as numbers in numeric order, the rest as text."""
    if kind in (model.AttributeKind.INTEGER, model.AttributeKind.NUMBER):
        return lambda text: (float(text), text)
    return lambda text: (0.0, text)
