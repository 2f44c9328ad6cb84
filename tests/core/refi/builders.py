"""A small but complete FrameworkQDA project built directly on the ORM, for REFI tests."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import select

from frameworkqda.core import model
from frameworkqda.core.store import Project, create_project

TEXT_JA = "𠮷野家の調査。多文化共生の推進について\n外国人住民への情報提供を行う。"
TEXT_EN = "The city supports language classes.\nIt also runs a consultation desk."
PDF_LINES = ("Page one text", "Page two text")


def make_pdf() -> bytes:
    """A real two-page PDF (reportlab), so geometry is extracted the same way on import."""
    import io

    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=(595, 842), invariant=1)
    for line in PDF_LINES:
        pdf.setFont("Helvetica", 12)
        pdf.drawString(72, 700, line)
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()


T0 = datetime(2024, 5, 1, 9, 30, 0, tzinfo=UTC)


def build_rich_project(where: str | Path) -> Project:
    project = create_project(where, name="Cities study")
    with project.transaction() as s:
        alice, bob = (
            model.Coder(name="alice", created_at=T0),
            model.Coder(name="bob", created_at=T0),
        )
        s.add_all([alice, bob])
        tokyo = model.Case(name="Tokyo", description="Capital", position=0)
        osaka = model.Case(name="Osaka", position=1)
        s.add_all([tokyo, osaka])
        population = model.AttributeDefinition(
            name="population", kind=model.AttributeKind.INTEGER, position=0
        )
        share = model.AttributeDefinition(
            name="foreign share", kind=model.AttributeKind.NUMBER, position=1
        )
        region = model.AttributeDefinition(name="region", kind=model.AttributeKind.TEXT, position=2)
        plan = model.AttributeDefinition(
            name="has plan", kind=model.AttributeKind.BOOLEAN, position=3
        )
        adopted = model.AttributeDefinition(
            name="adopted", kind=model.AttributeKind.DATE, position=4
        )
        s.add_all([population, share, region, plan, adopted])
        s.flush()
        s.add_all(
            [
                model.CaseAttributeValue(
                    case_id=tokyo.id, attribute_id=population.id, value_number=13960000
                ),
                model.CaseAttributeValue(
                    case_id=tokyo.id, attribute_id=share.id, value_number=0.042
                ),
                model.CaseAttributeValue(
                    case_id=tokyo.id, attribute_id=region.id, value_text="関東"
                ),
                model.CaseAttributeValue(case_id=tokyo.id, attribute_id=plan.id, value_number=1),
                model.CaseAttributeValue(case_id=osaka.id, attribute_id=plan.id, value_number=0),
                model.CaseAttributeValue(
                    case_id=osaka.id, attribute_id=adopted.id, value_text="2019-04-01"
                ),
            ]
        )
        theme = model.Code(
            name="Information",
            definition="Giving residents information",
            colour="#1565c0",
            position=0,
            created_at=T0,
        )
        multi = model.Code(
            name="Multilingual",
            definition="In several languages",
            colour="#42a5f5",
            position=0,
            parent=theme,
            created_at=T0,
        )
        easy = model.Code(
            name="Easy Japanese", colour="#90caf9", position=1, parent=theme, created_at=T0
        )
        support = model.Code(name="Support", position=1, created_at=T0)
        s.add_all([theme, multi, easy, support])
        ja = model.Document(
            name="tokyo-plan",
            kind=model.DocumentKind.TEXT,
            sha256="0" * 64,
            language="ja",
            text=TEXT_JA,
            case=tokyo,
            imported_at=T0,
        )
        en = model.Document(
            name="osaka-plan",
            kind=model.DocumentKind.TEXT,
            sha256="1" * 64,
            language="en",
            text=TEXT_EN,
            case=osaka,
            imported_at=T0,
            position=1,
        )
        from frameworkqda.core.exchange.refi.importer import default_pdf_geometry

        pdf_bytes = make_pdf()
        extraction = default_pdf_geometry(pdf_bytes)
        pdf_text, pdf_pages = extraction.text, extraction.pages
        pdf = model.Document(
            name="national-guide",
            kind=model.DocumentKind.PDF,
            sha256="2" * 64,
            text=pdf_text,
            page_count=2,
            imported_at=T0,
            position=2,
        )
        s.add_all([ja, en, pdf])
        s.flush()
        s.add_all(
            [
                model.DocumentFile(document_id=ja.id, data=TEXT_JA.encode("utf-8")),
                model.DocumentFile(document_id=en.id, data=TEXT_EN.encode("utf-8")),
                model.DocumentFile(document_id=pdf.id, data=pdf_bytes),
            ]
        )
        for page in pdf_pages:
            s.add(
                model.DocumentPage(
                    document_id=pdf.id,
                    page_number=page.page_number,
                    width=page.width,
                    height=page.height,
                    char_start=page.char_start,
                    char_end=page.char_end,
                    boxes=page.boxes,
                    ocr=page.ocr,
                )
            )
        extraction.close()  # the boxes are read back: their temporary file goes
        segs = [
            # after the non-BMP 𠮷 (one code point), overlapping each other across coders
            model.Segment(
                document=ja,
                code=multi,
                coder=alice,
                start=1,
                end=10,
                note="about the survey",
                translation="Yoshinoya's survey",
                created_at=T0,
                updated_at=T0,
            ),
            model.Segment(
                document=ja, code=easy, coder=bob, start=5, end=20, created_at=T0, updated_at=T0
            ),
            model.Segment(  # bob's: alice's own overlapping passages would be one, joined
                document=ja, code=multi, coder=bob, start=5, end=20, created_at=T0, updated_at=T0
            ),
            model.Segment(
                document=en,
                code=support,
                coder=alice,
                start=0,
                end=35,
                translation="市は語学教室を支援する",
                created_at=T0,
                updated_at=T0,
            ),
            model.Segment(
                document=en,
                code=multi,
                coder=None,
                start=36,
                end=len(TEXT_EN),
                created_at=T0,
                updated_at=T0,
            ),
            model.Segment(
                document=pdf,
                code=support,
                coder=alice,
                start=5,
                end=8,
                created_at=T0,
                updated_at=T0,
            ),
            model.Segment(
                document=pdf,
                code=easy,
                coder=alice,
                start=9,
                end=pdf_text.index("two"),
                note="crosses the page break",
                created_at=T0,
                updated_at=T0,
            ),
        ]
        s.add_all(segs)
        s.flush()
        yes, no = (
            s.scalars(select(model.ChartValue).where(model.ChartValue.label == label)).one()
            for label in ("Yes", "No")
        )
        cell = model.ChartCell(
            case=tokyo,
            code=multi,
            summary="Leaflets in 14 languages",
            value=yes,
            coder_id=alice.id,
            updated_at=T0,
        )
        s.add_all(
            [
                cell,
                model.ChartCell(
                    case=osaka, code=multi, summary="", value=no, coder_id=bob.id, updated_at=T0
                ),
                model.ChartCell(
                    case=osaka,
                    code=easy,
                    summary="Easy Japanese page only",
                    value=None,
                    updated_at=T0,
                ),
            ]
        )
        s.flush()
        s.add_all(
            [
                model.Memo(  # the project memo: untitled (a titled one is a free memo)
                    text="Overall impressions",
                    coder_id=alice.id,
                    created_at=T0,
                    updated_at=T0,
                ),
                model.Memo(
                    title="On Tokyo",
                    text="Large city",
                    case_id=tokyo.id,
                    created_at=T0,
                    updated_at=T0,
                ),
                model.Memo(
                    title="On code",
                    text="Broad code",
                    code_id=theme.id,
                    created_at=T0,
                    updated_at=T0,
                ),
                model.Memo(
                    title="On doc",
                    text="Read twice",
                    document_id=en.id,
                    created_at=T0,
                    updated_at=T0,
                ),
                model.Memo(
                    title="On cell",
                    text="Check leaflets",
                    cell_id=cell.id,
                    created_at=T0,
                    updated_at=T0,
                ),
                model.Memo(
                    title="On segment",
                    text="Key quote",
                    segment_id=segs[0].id,
                    created_at=T0,
                    updated_at=T0,
                ),
            ]
        )
    return project
