"""The sample project: built on first use from ``resources/sample`` into the user's data folder.

Three cities and the national level, Japanese and English documents, MIPEX-local codebook and
a few coded passages (one after 𠮷, outside the BMP). In Japanese (``language="ja"``, what the
Japanese interface opens) the codebook, cases and project name are Japanese; the passages and
codes are the same.
"""

from __future__ import annotations

from pathlib import Path

from platformdirs import user_data_dir

from frameworkqda.core import commands, workspace
from frameworkqda.core.cases import list_cases
from frameworkqda.core.coders import coder_names
from frameworkqda.core.default_scale import DEFAULT_VALUE_SCALE, default_value_scale
from frameworkqda.core.errors import FrameworkQDAError
from frameworkqda.core.framework.templates import load_template
from frameworkqda.core.importers import ImportStatus, import_documents
from frameworkqda.core.messages import QT_TRANSLATE_NOOP
from frameworkqda.core.resources import resource_path
from frameworkqda.core.store import Project, create_project, open_project

CASES = {
    "hamamatsu": "Hamamatsu",
    "kawasaki": "Kawasaki",
    "osaka": "Osaka",
    "japan": "Japan (national)",
}
CASES_JA = {
    "Hamamatsu": "浜松市",
    "Kawasaki": "川崎市",
    "Osaka": "大阪市",
    "Japan (national)": "日本（国）",
}
NAMES = {"en": "Three cities and Japan (sample)", "ja": "3都市と日本（サンプル）"}
NOT_BUILT = QT_TRANSLATE_NOOP("Sample", "the sample could not be built: {reason}")
CODINGS = [
    ("hamamatsu", "多言語による情報提供", "Information in multiple languages"),
    ("hamamatsu-plan", "多言語による情報提供と相談体制の充実", "Information in multiple languages"),
    (
        "hamamatsu-plan",
        "不就学の解消に取り組む",
        "Encouraging school enrolment of migrant children",
    ),
    ("hamamatsu-plan", "日本語指導の支援員を配置し", "Placement of support staff"),
    (
        "hamamatsu-plan",
        "国民健康保険への加入を促進する",
        "Promoting national/employee health insurance registration",
    ),
    ("hamamatsu-plan", "外国人市民会議を開催し", "Migrant councils"),
    ("hamamatsu", "就学を促進する", "Encouraging school enrolment of migrant children"),
    ("hamamatsu", "日本語指導の支援員を配置する", "Placement of support staff"),
    ("hamamatsu", "ともに学ぶ日本語教室", "Japanese-language education"),
    ("kawasaki", "外国人市民代表者会議", "Migrant councils"),
    ("kawasaki", "ヘイトスピーチを許さない条例", "Anti-hate-speech ordinance/law"),
    ("kawasaki", "人権に関する研修", "Workshops/training on human rights issues"),
    ("osaka", "multilingual consultation service", "Medical consultation service"),
    ("osaka", "supports ethnic schools through grants", "Grants for ethnic schools"),
    ("japan", "Japanese-language education", "Japanese-language education"),
    ("japan", "employment support for adults", "Employment support for adults"),
    (
        "japan",
        "enrol in national health insurance",
        "Promoting national/employee health insurance registration",
    ),
]

# A second coder's reading of the same passages, for the Compare coders view (tests, screenshots):
# some ranges agree, some are wider, one is elsewhere in the text, one is left out.
SECOND_CODER_CODINGS = [
    (
        "hamamatsu",
        "外国人市民が安心して暮らせるよう、多言語による情報提供を推進する",
        "Information in multiple languages",
    ),
    (
        "hamamatsu",
        "就学状況の調査を行い、未就学の子どもの家庭を訪問する",
        "Encouraging school enrolment of migrant children",
    ),
    ("hamamatsu", "日本語指導の支援員を配置する", "Placement of support staff"),
    ("hamamatsu", "やさしい日本語で相談に応じる", "Consultation service"),
    ("kawasaki", "外国人市民代表者会議を設置し", "Migrant councils"),
    ("kawasaki", "ヘイトスピーチを許さない条例", "Anti-hate-speech ordinance/law"),
    (
        "kawasaki",
        "人権に関する研修を職員向けに実施する",
        "Workshops/training on human rights issues",
    ),
]


# Both coders' charting of some cells (case, measure, first coder's value and summary, second
# coder's value and summary): most agree, three differ by one step or more, one is "Not specified".
SAMPLE_CHARTINGS = [
    (
        "Hamamatsu",
        "Information in multiple languages",
        "Yes",
        "多言語による情報提供を推進",
        "Yes",
        "多言語で情報提供",
    ),
    (
        "Hamamatsu",
        "Encouraging school enrolment of migrant children",
        "Yes",
        "不就学の解消",
        "Partially",
        "調査と家庭訪問のみ",
    ),
    (
        "Hamamatsu",
        "Placement of support staff",
        "Yes",
        "日本語指導の支援員を配置",
        "Yes",
        "支援員を配置",
    ),
    (
        "Hamamatsu",
        "Consultation service",
        "Not specified",
        "計画に記載なし",
        "Yes",
        "やさしい日本語で相談に応じる",
    ),
    ("Kawasaki", "Migrant councils", "Yes", "外国人市民代表者会議", "Yes", "代表者会議を設置"),
    (
        "Kawasaki",
        "Anti-hate-speech ordinance/law",
        "Yes",
        "ヘイトスピーチを許さない条例",
        "Yes",
        "条例あり",
    ),
    (
        "Kawasaki",
        "Workshops/training on human rights issues",
        "Partially",
        "職員向けのみ",
        "Yes",
        "人権に関する研修を職員向けに実施する",
    ),
    (
        "Osaka",
        "Grants for ethnic schools",
        "Yes",
        "supports ethnic schools through grants",
        "Yes",
        "grants to ethnic schools",
    ),
]


def sample_project_path(folder: Path | None = None, language: str = "en") -> Path:
    """The sample project's file in ``language``, built if it does not exist yet."""
    name = "sample.fqda" if language == "en" else f"sample-{language}.fqda"
    target = (folder or Path(user_data_dir("FrameworkQDA"))) / name
    if not target.exists():
        target.parent.mkdir(parents=True, exist_ok=True)
        build_sample(target, language=language)
    return target


def build_sample(target: Path, coder: str | None = None, language: str = "en") -> None:
    """The sample project at ``target``, coded as ``coder`` (default: the login name), its
    codebook, cases and name in ``language``."""
    sources = resource_path("sample")
    if not sources.is_dir():
        raise FrameworkQDAError("the sample documents are missing from this installation")
    with create_project(
        target, name=NAMES[language], framework="mipex-local", language=language
    ) as project:
        if coder is not None:
            project.coder_name = coder
        for stem, case_name in CASES.items():
            files = sorted(
                p for p in sources.glob(f"{stem}*") if p.suffix in {".pdf", ".docx", ".txt"}
            )
            if language == "ja":
                case_name = CASES_JA[case_name]
            commands.AddCase(case_name).apply(project)
            for result in import_documents(project, files, case=case_name):
                if result.status is not ImportStatus.IMPORTED:
                    raise FrameworkQDAError(NOT_BUILT.format(reason=result.message))
        _code_phrases(project, CODINGS, language)


def add_second_coder(target: Path, name: str = "Taro", language: str = "en") -> None:
    """Code the sample again as ``name`` (SECOND_CODER_CODINGS) and chart some cells as both
    coders (SAMPLE_CHARTINGS), for comparing coders."""
    with open_project(target) as project:
        first = next(n for n in coder_names(project) if n != name)
        project.coder_name = name
        _code_phrases(project, SECOND_CODER_CODINGS, language)
        _chart_both(project, first, name, language)


def _chart_both(project: Project, first: str, second: str, language: str) -> None:
    """Chart SAMPLE_CHARTINGS as both coders, the names and value labels in ``language``."""
    cases = {case.name: case.id for case in list_cases(project)}
    codes: dict[str, int] = {}
    for code in workspace.codebook(project):
        if code.parent_id is not None:
            codes.setdefault(code.name, code.id)
    measures = _measure_names(language) if language != "en" else {}
    labels = {
        english: label
        for (english, _, _), (label, _, _) in zip(
            DEFAULT_VALUE_SCALE, default_value_scale(language), strict=True
        )
    }
    for coder, value_at in ((first, 2), (second, 4)):
        project.coder_name = coder
        for row in SAMPLE_CHARTINGS:
            case = CASES_JA[row[0]] if language == "ja" else row[0]
            case_id, code_id = cases[case], codes[measures.get(row[1], row[1])]
            value = labels[row[value_at]]
            commands.SetCell(case_id, code_id, row[value_at + 1], value).apply(project)


def _measure_names(language: str) -> dict[str, str]:
    """English measure name → its name in ``language`` (the template's two versions)."""
    english, other = load_template("mipex-local"), load_template("mipex-local", language)
    pairs = zip(english.themes, other.themes, strict=True)
    return {
        en.name: other.name
        for en_theme, other_theme in pairs
        for en, other in zip(en_theme.children, other_theme.children, strict=True)
    }


def _code_phrases(
    project: Project, codings: list[tuple[str, str, str]], language: str = "en"
) -> None:
    """Code the first occurrence of each phrase in the document named by its stem."""
    docs = {Path(d.name).stem: d.id for d in workspace.documents(project)}
    names = _measure_names(language) if language != "en" else {}
    codes: dict[str, int] = {}
    for code in workspace.codebook(project):
        if code.parent_id is not None:
            codes.setdefault(code.name, code.id)
    codings = [(stem, phrase, names.get(code, code)) for stem, phrase, code in codings]
    for stem, phrase, code_name in codings:
        document_id = docs.get(stem)
        if document_id is None:
            continue
        text = workspace.document_content(project, document_id).text
        start = text.find(phrase)
        if start >= 0 and code_name in codes:
            add = commands.AddSegment(document_id, codes[code_name], start, start + len(phrase))
            add.apply(project)
