"""The words an export prints around the data, in English or Japanese.

Captions, header labels, notes and the Total/Average rows of the exported tables come from this
one table of phrases with named placeholders, so a Japanese researcher's paper gets captions as
Japanese papers print them (表1 テーマ別・ケース別の施策数) in the vocabulary of
docs/glossary-ja.md. The data (theme, case, measure and value names) is never translated.
"""

from __future__ import annotations

LANGUAGES = ("en", "ja")

PHRASES: dict[str, dict[str, str]] = {
    "en": {
        "table": "Table {number}. ",
        "note": "Note. ",
        "heading": "Framework analysis: {project}",
        "theme caption": "{theme}: measures by case",
        "cases part": "{caption} (cases {first}–{last} of {total})",
        "counts caption": "Number of measures present by theme and case",
        "ranks caption": "Ranking of themes by number of measures and by {series}",
        "Theme": "Theme",
        "Measure": "Measure",
        "Value": "Value",
        "Summary": "Summary",
        "case value": "{case}: value",
        "case summary": "{case}: summary",
        "Count of": "Count ({basis})",
        "Rank by": "Rank by {basis}",
        "Score": "Score ({series})",  # which series: a project may hold several
        "Rank by score": "Rank by score",
        "Total": "Total",
        "Average": "Average",
        "all cases": "Total over all cases",
        "rho": "Spearman's rho",
        "undefined": "cannot be computed",  # as the Mapping view says it (算出不能)
        "coded": "(coded)",
        "Counts sheet": "Counts",
        "Ranks sheet": "Ranks",
        "counts note": "Number of measures present (values counting as present: {present}; a "
        "measure with no value counts when it has coded evidence). Average: total divided by "
        "the number of themes{group}. Averages rounded half-up to one decimal.",
        "group note": "; {label}: mean over {cases}",
        "group basis": "{label} (mean over {cases})",
        "ranks note": "Count: {basis}. Score: {series}. The last columns rank the themes by each "
        "case's own count. Rank 1 = most measures / highest score; ties share the average rank. "
        "Spearman's rho with the ranking by score: {rho} for the count; per case in its column "
        "(blank where a case ranks every theme alike: rho cannot be computed).",
        "legend": "{none} no value and no coded evidence; {coded} coded evidence but no value "
        "set. Present: {present}.",
        "source": "Source: FrameworkQDA project “{project}”, charted values as of {date}.",
        "list": ", ",
        # the CSV files' column names
        "csv case": "case",
        "csv theme": "theme",
        "csv measure": "measure",
        "csv value": "value",
        "csv present": "present",
        "csv evidence": "evidence",
        "csv summary": "summary",
        "csv draft": "draft",
        # before an auto-drafted summary the researcher has not edited or accepted
        "draft mark": "[draft] ",
        "csv count of": "count: {basis}",
        "csv count rank": "count rank",
        "csv score": "score: {series}",
        "csv score rank": "score rank",
        "csv case rank": "rank: {case}",
        # a case's own rank column in the XLSX, DOCX and HTML ranks table
        "case rank": "Rank: {case}",
        # matrix --group without --group-label: the group's column
        "group label": "Average of {cases}",
        # the agreement tables (agreement_export.py)
        "agreement caption": "Coding agreement between {a} (A) and {b} (B), by code and document",
        "agreement note": "Percentages of the characters compared; κ = Cohen's kappa. Document * "
        "pools a code over the documents either coder coded; code * pools every code. An empty κ "
        "is undefined: neither coder varies.",
        "agreement sheet": "Agreement",
        "cells caption": "Charting agreement between {a} (A) and {b} (B): values of the cells "
        "both charted",
        "cells note": "κ = Cohen's weighted kappa, linear weights on the value scale's order; "
        "{unordered} counts as a full disagreement with any other value. Agreement = % of cells "
        "with the same value. Rows with case * pool a theme's cells (* in both columns: every "
        "cell); the other rows are the cells whose values differ. Not compared, as only one coder "
        "gave them a value: {only_a} by A only, {only_b} by B only. An empty κ is undefined: "
        "both coders gave every cell one value.",
        "cells sheet": "Charting agreement",
        "no value": "no value",
        # the agreement tables' column headers in XLSX/DOCX, as the Compare view shows them
        # (the CSV keeps its own names)
        "col code": "Code",
        "col document": "Document",
        "col kappa": "κ",
        "col agreement": "Agreement %",
        "col a_and_b": "A and B %",
        "col neither": "Neither %",
        "col a_not_b": "A not B %",
        "col b_not_a": "B not A %",
        "col case": "Case",
        "col cells": "Cells",
        "col weighted kappa": "Weighted κ",
        "col value_a": "A's value",
        "col value_b": "B's value",
        "col summary_a": "A's summary",
        "col summary_b": "B's summary",
    },
    "ja": {
        "table": "表{number} ",
        "note": "注：",
        "heading": "フレームワーク分析：{project}",
        "theme caption": "{theme}：ケース別の施策",
        "cases part": "{caption}（ケース {total} 件中 {first}～{last} 件目）",
        "counts caption": "テーマ別・ケース別の施策数",
        "ranks caption": "施策数と{series}によるテーマの順位",
        "Theme": "テーマ",
        "Measure": "施策",
        "Value": "値",
        "Summary": "要約",
        "case value": "{case}：値",
        "case summary": "{case}：要約",
        "Count of": "施策数（{basis}）",
        "Rank by": "{basis}による順位",
        "Score": "スコア（{series}）",
        "Rank by score": "スコアによる順位",
        "Total": "合計",
        "Average": "平均",
        "all cases": "全ケースの合計",
        "rho": "スピアマンのρ",
        "undefined": "算出不能",
        "coded": "（コーディングのみ）",
        "Counts sheet": "件数",
        "Ranks sheet": "順位",
        "counts note": "実施されている施策の数（「あり」とみなす値：{present}。値のない施策は、"
        "コーディングされた証拠があれば数える）。平均は合計をテーマ数で割った値{group}。"
        "平均は小数第1位に四捨五入。",
        "group note": "。{label}は{cases}の平均",
        "group basis": "{label}（{cases}の平均）",
        "ranks note": "施策数：{basis}。スコア：{series}。右側の列は各ケース自身の施策数による"
        "テーマの順位。順位1は施策数が最も多い／スコアが最も高いテーマ。同順位には平均順位を"
        "付した。スコアによる順位とのスピアマンのρ：施策数は{rho}、各ケースはその列に示す"
        "（全テーマが同順位のケースはρが定義されないため空欄）。",
        "legend": "{none}：値もコーディングされた証拠もない。{coded}：コーディングされた証拠は"
        "あるが値は未設定。「あり」とみなす値：{present}。",
        "source": "出典：FrameworkQDA プロジェクト「{project}」、{date} 時点のチャート化された値。",
        "list": "、",
        "csv case": "ケース",
        "csv theme": "テーマ",
        "csv measure": "施策",
        "csv value": "値",
        "csv present": "あり",
        "csv evidence": "証拠",
        "csv summary": "要約",
        "csv draft": "下書き",
        "draft mark": "［下書き］",
        "csv count of": "施策数：{basis}",
        "csv count rank": "施策数による順位",
        "csv score": "スコア：{series}",
        "csv score rank": "スコアによる順位",
        "csv case rank": "順位：{case}",
        "case rank": "順位：{case}",
        "group label": "{cases}の平均",
        "agreement caption": "{a}（A）と{b}（B）のコーディングの一致度（コード別・文書別）",
        "agreement note": "比べた文字数に対する割合。κ＝コーエンのκ係数。文書 * は"
        "どちらかのコーダーがコーディングした文書を通したコードの値、コード * はすべての"
        "コードを通した値。κ が空欄の行は算出不能（どちらのコーダーも判断が変わらない）。",
        "agreement sheet": "一致度",
        "cells caption": "{a}（A）と{b}（B）のチャート化の一致度：両者がチャート化したセルの値",
        "cells note": "κ＝コーエンの重み付きκ係数（値の尺度の順序による線形の重み）。{unordered}は"
        "ほかのどの値とも完全な不一致とみなす。一致率＝値が同じセルの割合（%）。ケース * の行は"
        "テーマのセルを通した値（両方が * の行はすべてのセル）、それ以外の行は値が異なるセル。"
        "一方のコーダーしか値を付けていないため比べなかったセル：A のみ {only_a}、B のみ {only_b}。"
        "κ が空欄の行は算出不能（両コーダーがすべてのセルに同じ値を付けた）。",
        "cells sheet": "チャート化の一致度",
        "no value": "値なし",
        "col code": "コード",
        "col document": "文書",
        "col kappa": "κ",
        "col agreement": "一致率 %",
        "col a_and_b": "A・B両方 %",
        "col neither": "どちらも無し %",
        "col a_not_b": "Aのみ %",
        "col b_not_a": "Bのみ %",
        "col case": "ケース",
        "col cells": "セル数",
        "col weighted kappa": "重み付き κ",
        "col value_a": "A の値",
        "col value_b": "B の値",
        "col summary_a": "A の要約",
        "col summary_b": "B の要約",
    },
}


def check_language(language: str) -> str:
    """``language`` when exports can be written in it; a clear error otherwise."""
    if language not in LANGUAGES:
        from frameworkqda.core.errors import ValidationError

        raise ValidationError(
            f"no export wording in {language!r}; choose one of {', '.join(LANGUAGES)}"
        )
    return language


def words(language: str, key: str, **values: object) -> str:
    """The phrase ``key`` in ``language`` with its placeholders filled from ``values``."""
    return PHRASES[check_language(language)][key].format(**values)
