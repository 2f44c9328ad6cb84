"""The start page: recent projects, a new project from a template, the sample project.

A new project is made one way from everywhere (File → New project, Ctrl+N, the start page's
button): a file name, then its framework template — the start page's chooser when the start
page is on screen, else ``TemplateDialog`` asks (File → New project once ignored the chooser and
always made a MIPEX-local codebook).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from frameworkqda.core.framework.templates import load_template, template_keys
from frameworkqda.gui import i18n
from frameworkqda.gui.screen_room import fit_to_screen


class StartPage(QWidget):
    open_requested = Signal(str)
    new_requested = Signal(str)  # template key
    browse_requested = Signal()
    sample_requested = Signal()

    def __init__(self, recent: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("startPage")
        title = QLabel("FrameworkQDA")  # the name, never translated
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 2.2)
        font.setBold(True)
        title.setFont(font)
        subtitle = QLabel(
            self.tr(
                "Framework analysis (Ritchie & Spencer) of Japanese and English policy documents"
                " — familiarise, build a framework, index, chart and map."
            )
        )
        subtitle.setWordWrap(True)

        self.recent_list = QListWidget()
        self.recent_list.setObjectName("recentProjects")
        for location in recent:
            item = QListWidgetItem(f"{Path(location).stem}\n{location}")
            item.setData(Qt.ItemDataRole.UserRole, location)
            item.setToolTip(location)
            self.recent_list.addItem(item)
        if not recent:
            placeholder = QListWidgetItem(self.tr("No recent projects yet."))
            placeholder.setFlags(Qt.ItemFlag.NoItemFlags)
            self.recent_list.addItem(placeholder)
        self.recent_list.itemActivated.connect(self._recent_chosen)
        open_button = QPushButton(self.tr("Open project… (Ctrl+O)"))
        open_button.clicked.connect(self.browse_requested)
        recent_box = QGroupBox(self.tr("Recent projects"))
        recent_layout = QVBoxLayout(recent_box)
        recent_layout.addWidget(self.recent_list)
        recent_layout.addWidget(open_button)

        self.template_choice = TemplateChoice()
        self.template_box = self.template_choice.box
        new_button = QPushButton(self.tr("New project from template… (Ctrl+N)"))
        new_button.setObjectName("newProjectButton")
        new_button.clicked.connect(lambda: self.new_requested.emit(self.chosen_template()))
        sample_button = QPushButton(self.tr("Open the sample project"))
        sample_button.setObjectName("sampleButton")
        sample_button.clicked.connect(self.sample_requested)
        sample_text = QLabel(
            self.tr(
                "Three cities (Hamamatsu, Kawasaki, Osaka) and Japan's national level, with "
                "Japanese and English documents coded to the MIPEX-local framework."
            )
        )
        sample_text.setWordWrap(True)
        new_box = QGroupBox(self.tr("Start"))
        new_layout = QVBoxLayout(new_box)
        new_layout.addWidget(QLabel(self.tr("Framework template")))
        new_layout.addWidget(self.template_choice)
        new_layout.addWidget(new_button)
        new_layout.addSpacing(18)
        new_layout.addWidget(sample_text)
        new_layout.addWidget(sample_button)
        new_layout.addStretch(1)

        columns = QHBoxLayout()
        columns.addWidget(recent_box, 3)
        columns.addWidget(new_box, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 36, 48, 36)
        layout.addWidget(title)
        layout.addWidget(subtitle)
        layout.addSpacing(16)
        layout.addLayout(columns, 1)

    def chosen_template(self) -> str:
        """The template key chosen in the start page's chooser."""
        return self.template_choice.chosen()

    def _recent_chosen(self, item: QListWidgetItem) -> None:
        location = item.data(Qt.ItemDataRole.UserRole)
        if location:
            self.open_requested.emit(location)


class TemplateChoice(QWidget):
    """The framework templates (MIPEX-local first chosen), the chosen one's description below."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.box = QComboBox()
        self.box.setObjectName("templateChoice")
        for key in template_keys():
            template = load_template(key, i18n.current())
            self.box.addItem(template.name, key)
            self.box.setItemData(
                self.box.count() - 1, template.description, Qt.ItemDataRole.ToolTipRole
            )
        self.box.setCurrentIndex(max(0, self.box.findData("mipex-local")))
        self.description = QLabel()
        self.description.setWordWrap(True)
        self.box.currentIndexChanged.connect(self._describe)
        self._describe()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.box)
        layout.addWidget(self.description)

    def chosen(self) -> str:
        return str(self.box.currentData())

    def _describe(self) -> None:
        key = self.box.currentData()
        self.description.setText(load_template(key, i18n.current()).description if key else "")


class TemplateDialog(QDialog):
    """File → New project away from the start page: the new project's framework template,
    asked once its file is named."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("templateDialog")
        self.setWindowTitle(self.tr("New project"))
        self.choice = TemplateChoice()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Create"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        question = QLabel(self.tr("Framework template for “{name}”:").format(name=name))
        question.setWordWrap(True)  # a long project name widened the dialog past the screen
        layout.addWidget(question)
        layout.addWidget(self.choice)
        layout.addStretch(1)
        layout.addWidget(buttons)
        fit_to_screen(self, 460, 220)
        self.choice.box.setFocus()

    def chosen(self) -> str:
        return self.choice.chosen()


def ask_template(parent: QWidget, name: str) -> str | None:
    """The template for the new project ``name``, or None when the researcher cancels."""
    dialog = TemplateDialog(name, parent)
    try:
        return dialog.chosen() if dialog.exec() else None
    finally:
        dialog.deleteLater()


class OpeningPage(QLabel):
    """What the window shows from its first paint until the project named on the command line
    is open (``gui/app.py`` paints first, then opens it): ``location``, or None for the sample."""

    def __init__(self, location: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("openingPage")
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        if location:
            self.setText(self.tr("Opening {name}…").format(name=Path(location).name))
        else:
            self.setText(self.tr("Opening the sample project…"))
