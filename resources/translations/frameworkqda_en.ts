<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Bulk</name>
    <message numerus="yes">
        <source>Recode %Ln segment(s) as “{code}”</source>
        <translation>
            <numerusform>Recode %Ln segment as “{code}”</numerusform>
            <numerusform>Recode %Ln segments as “{code}”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln segment(s)</source>
        <translation>
            <numerusform>Delete %Ln segment</numerusform>
            <numerusform>Delete %Ln segments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Code %Ln hit(s) as “{code}”</source>
        <translation>
            <numerusform>Code %Ln hit as “{code}”</numerusform>
            <numerusform>Code %Ln hits as “{code}”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Coding %Ln hit(s)…</source>
        <translation>
            <numerusform>Coding %Ln hit…</numerusform>
            <numerusform>Coding %Ln hits…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CarryOverDialog</name>
    <message numerus="yes">
        <source>%n part(s) of the file could not be carried over — see below.</source>
        <translation>
            <numerusform>%n part of the file could not be carried over — see below.</numerusform>
            <numerusform>%n parts of the file could not be carried over — see below.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CasesDialog</name>
    <message numerus="yes">
        <source>Its attribute values and its row of the framework matrix go: %n charted cell(s), {summaries} with a written summary and {drafts} with an auto-draft not yet accepted.</source>
        <translation>
            <numerusform>Its attribute values and its row of the framework matrix go: %n charted cell, {summaries} with a written summary and {drafts} with an auto-draft not yet accepted.</numerusform>
            <numerusform>Its attribute values and its row of the framework matrix go: %n charted cells, {summaries} with a written summary and {drafts} with an auto-draft not yet accepted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Its attribute values and its row of the framework matrix go: %n charted cell(s), {summaries} with a written summary.</source>
        <translation>
            <numerusform>Its attribute values and its row of the framework matrix go: %n charted cell, {summaries} with a written summary.</numerusform>
            <numerusform>Its attribute values and its row of the framework matrix go: %n charted cells, {summaries} with a written summary.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Its %n document(s) stay in the project, with no case.</source>
        <translation>
            <numerusform>Its %n document stays in the project, with no case.</numerusform>
            <numerusform>Its %n documents stay in the project, with no case.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Its values for %n case(s) go with it. Edit → Undo brings them back.</source>
        <translation>
            <numerusform>Its values for %n case go with it. Edit → Undo brings them back.</numerusform>
            <numerusform>Its values for %n cases go with it. Edit → Undo brings them back.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CodePicker</name>
    <message numerus="yes">
        <source>%n code(s)</source>
        <translation>
            <numerusform>%n code</numerusform>
            <numerusform>%n codes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CodebookEditor</name>
    <message numerus="yes">
        <source>%n coded segment(s)</source>
        <translation>
            <numerusform>%n coded segment</numerusform>
            <numerusform>%n coded segments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sub-code(s)</source>
        <translation>
            <numerusform>%n sub-code</numerusform>
            <numerusform>%n sub-codes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n code(s)</source>
        <translation>
            <numerusform>%n code</numerusform>
            <numerusform>%n codes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n chart cell(s)</source>
        <translation>
            <numerusform>%n chart cell</numerusform>
            <numerusform>%n chart cells</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n chart cell(s) are charted under both codes: their summaries are joined.</source>
        <translation>
            <numerusform>%n chart cell is charted under both codes: its summaries are joined.</numerusform>
            <numerusform>%n chart cells are charted under both codes: their summaries are joined.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>%n more</numerusform>
            <numerusform>%n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n coded segment(s) moved</source>
        <translation>
            <numerusform>%n coded segment moved</numerusform>
            <numerusform>%n coded segments moved</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n chart cell(s) joined</source>
        <translation>
            <numerusform>%n chart cell joined</numerusform>
            <numerusform>%n chart cells joined</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n memo(s) joined</source>
        <translation>
            <numerusform>%n memo joined</numerusform>
            <numerusform>%n memos joined</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The values differ for %n case(s); the value of “{target}” is kept ({cases}).</source>
        <translation>
            <numerusform>The values differ for %n case; the value of “{target}” is kept ({cases}).</numerusform>
            <numerusform>The values differ for %n cases; the value of “{target}” is kept ({cases}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n memo(s) are joined into the memos “{target}” already has (on the code, its cells, its segments), marked as coming from “{source}”.</source>
        <translation>
            <numerusform>%n memo is joined into the memos “{target}” already has (on the code, its cells, its segments), marked as coming from “{source}”.</numerusform>
            <numerusform>%n memos are joined into the memos “{target}” already has (on the code, its cells, its segments), marked as coming from “{source}”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n memo(s)</source>
        <translation>
            <numerusform>%n memo</numerusform>
            <numerusform>%n memos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n chart cell(s) with a summary or value</source>
        <translation>
            <numerusform>%n chart cell with a summary or value</numerusform>
            <numerusform>%n chart cells with a summary or value</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n joined onto the same passage(s) of “{target}”</source>
        <translation>
            <numerusform>%n joined onto the same passage of “{target}”</numerusform>
            <numerusform>%n joined onto the same passages of “{target}”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n coded segment(s) of “{source}” cover the same text as one of “{target}” and are joined onto it.</source>
        <translation>
            <numerusform>%n coded segment of “{source}” covers the same text as one of “{target}” and is joined onto it.</numerusform>
            <numerusform>%n coded segments of “{source}” cover the same text as one of “{target}” and are joined onto it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n translation(s)</source>
        <translation>
            <numerusform>%n translation</numerusform>
            <numerusform>%n translations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported {name}: %n code(s) added, {updated} updated, {unchanged} unchanged.</source>
        <translation>
            <numerusform>Imported {name}: %n code added, {updated} updated, {unchanged} unchanged.</numerusform>
            <numerusform>Imported {name}: %n codes added, {updated} updated, {unchanged} unchanged.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n code(s) to {name}.</source>
        <translation>
            <numerusform>Exported %n code to {name}.</numerusform>
            <numerusform>Exported %n codes to {name}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n code(s) from the template “{key}”.</source>
        <translation>
            <numerusform>Added %n code from the template “{key}”.</numerusform>
            <numerusform>Added %n codes from the template “{key}”.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message numerus="yes">
        <source>%n code and document pair(s) compared; κ and agreement: red low, green high</source>
        <translation>
            <numerusform>%n code and document pair compared; κ and agreement: red low, green high</numerusform>
            <numerusform>%n code and document pairs compared; κ and agreement: red low, green high</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n disagreement(s): press F8 for the first</source>
        <translation>
            <numerusform>%n disagreement: press F8 for the first</numerusform>
            <numerusform>%n disagreements: press F8 for the first</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeletionsDialog</name>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %n item(s)</source>
        <translation>
            <numerusform>{shown} of %n item</numerusform>
            <numerusform>{shown} of %n items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentTree</name>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n coded segment(s)</source>
        <translation>
            <numerusform>%n coded segment</numerusform>
            <numerusform>%n coded segments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name} and its %n coded passage(s) will be removed.</source>
        <translation>
            <numerusform>{name} and its %n coded passage will be removed.</numerusform>
            <numerusform>{name} and its %n coded passages will be removed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{documents} and their %n coded passage(s) will be removed.</source>
        <translation>
            <numerusform>{documents} and their %n coded passage will be removed.</numerusform>
            <numerusform>{documents} and their %n coded passages will be removed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This includes %n passage(s) coded by {coders}.</source>
        <translation>
            <numerusform>This includes %n passage coded by {coders}.</numerusform>
            <numerusform>This includes %n passages coded by {coders}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentWorkArea</name>
    <message numerus="yes">
        <source>%n found</source>
        <translation>
            <numerusform>%n found</numerusform>
            <numerusform>%n found</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <source>Only the cases the matrix shows: {filter} ({shown} of %n case(s))</source>
        <translation>
            <numerusform>Only the cases the matrix shows: {filter} ({shown} of %n case)</numerusform>
            <numerusform>Only the cases the matrix shows: {filter} ({shown} of %n cases)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the file holds %n table(s)</source>
        <translation>
            <numerusform>the file holds %n table</numerusform>
            <numerusform>the file holds %n tables</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <source>%n file(s) to import:</source>
        <translation>
            <numerusform>%n file to import:</numerusform>
            <numerusform>%n files to import:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Importing %n file(s) into {case}…</source>
        <translation>
            <numerusform>Importing %n file into {case}…</numerusform>
            <numerusform>Importing %n files into {case}…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Importing %n file(s), unassigned (no case)…</source>
        <translation>
            <numerusform>Importing %n file, unassigned (no case)…</numerusform>
            <numerusform>Importing %n files, unassigned (no case)…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported {imported} of %n file(s)</source>
        <translation>
            <numerusform>Imported {imported} of %n file</numerusform>
            <numerusform>Imported {imported} of %n files</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>Coded %n character(s) as “{code}”</source>
        <translation>
            <numerusform>Coded %n character as “{code}”</numerusform>
            <numerusform>Coded %n characters as “{code}”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n case</numerusform>
            <numerusform>%n cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n code(s)</source>
        <translation>
            <numerusform>%n code</numerusform>
            <numerusform>%n codes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n segment(s)</source>
        <translation>
            <numerusform>%n segment</numerusform>
            <numerusform>%n segments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MappingView</name>
    <message numerus="yes">
        <source>Counts include %n cell(s) with coded evidence but no value yet: each counts as present, in the ranks and ρ too, until a value is set in the matrix.</source>
        <translation>
            <numerusform>Counts include %n cell with coded evidence but no value yet: each counts as present, in the ranks and ρ too, until a value is set in the matrix.</numerusform>
            <numerusform>Counts include %n cells with coded evidence but no value yet: each counts as present, in the ranks and ρ too, until a value is set in the matrix.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Spearman&apos;s ρ, ranking by count ({basis}) vs {series}: {rho} (%n theme(s))
Per case: {per_case}</source>
        <translation>
            <numerusform>Spearman&apos;s ρ, ranking by count ({basis}) vs {series}: {rho} (%n theme)
Per case: {per_case}</numerusform>
            <numerusform>Spearman&apos;s ρ, ranking by count ({basis}) vs {series}: {rho} (%n themes)
Per case: {per_case}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MatrixModel</name>
    <message numerus="yes">
        <source>Evidence: %n passage(s)</source>
        <translation>
            <numerusform>Evidence: %n passage</numerusform>
            <numerusform>Evidence: %n passages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MatrixView</name>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n case</numerusform>
            <numerusform>%n cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %n case(s)</source>
        <translation>
            <numerusform>{shown} of %n case</numerusform>
            <numerusform>{shown} of %n cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n measure(s)</source>
        <translation>
            <numerusform>%n measure</numerusform>
            <numerusform>%n measures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) with evidence but no summary (amber)</source>
        <translation>
            <numerusform>%n cell with evidence but no summary (amber)</numerusform>
            <numerusform>%n cells with evidence but no summary (amber)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n of them auto-draft(s)</source>
        <translation>
            <numerusform>, %n of them auto-draft</numerusform>
            <numerusform>, %n of them auto-drafts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %n case(s) shown</source>
        <translation>
            <numerusform>{shown} of %n case shown</numerusform>
            <numerusform>{shown} of %n cases shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set value on %n cell(s)</source>
        <translation>
            <numerusform>Set value on %n cell</numerusform>
            <numerusform>Set value on %n cells</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Auto-drafted %n empty summary(s), marked as drafts to review (one undo step)</source>
        <translation>
            <numerusform>Auto-drafted %n empty summary, marked as drafts to review (one undo step)</numerusform>
            <numerusform>Auto-drafted %n empty summaries, marked as drafts to review (one undo step)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MemosView</name>
    <message numerus="yes">
        <source>%n memo(s)</source>
        <translation>
            <numerusform>%n memo</numerusform>
            <numerusform>%n memos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MergeSummaryDialog</name>
    <message numerus="yes">
        <source>&lt;b&gt;{source}&lt;/b&gt; was merged into this project: %n item(s) added.</source>
        <translation>
            <numerusform>&lt;b&gt;{source}&lt;/b&gt; was merged into this project: %n item added.</numerusform>
            <numerusform>&lt;b&gt;{source}&lt;/b&gt; was merged into this project: %n items added.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overlapping passage(s) joined — see below.</source>
        <translation>
            <numerusform>%n overlapping passage joined — see below.</numerusform>
            <numerusform>%n overlapping passages joined — see below.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;{source}&lt;/b&gt; was merged into this project: %n overlapping passage(s) joined.</source>
        <translation>
            <numerusform>&lt;b&gt;{source}&lt;/b&gt; was merged into this project: %n overlapping passage joined.</numerusform>
            <numerusform>&lt;b&gt;{source}&lt;/b&gt; was merged into this project: %n overlapping passages joined.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) (both versions kept) — see below.</source>
        <translation>
            <numerusform>%n conflict (both versions kept) — see below.</numerusform>
            <numerusform>%n conflicts (both versions kept) — see below.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RefiExportDialog</name>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n code(s)</source>
        <translation>
            <numerusform>%n code</numerusform>
            <numerusform>%n codes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n coded segment(s)</source>
        <translation>
            <numerusform>%n coded segment</numerusform>
            <numerusform>%n coded segments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n external score(s)</source>
        <translation>
            <numerusform>%n external score</numerusform>
            <numerusform>%n external scores</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewView</name>
    <message numerus="yes">
        <source>{shown} of %Ln segment(s)</source>
        <translation>
            <numerusform>{shown} of %Ln segment</numerusform>
            <numerusform>{shown} of %Ln segments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>New code for %n segment(s):</source>
        <translation>
            <numerusform>New code for %n segment:</numerusform>
            <numerusform>New code for %n segments:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Writing %Ln segment(s) to {name}…</source>
        <translation>
            <numerusform>Writing %Ln segment to {name}…</numerusform>
            <numerusform>Writing %Ln segments to {name}…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScoresEditor</name>
    <message numerus="yes">
        <source>Saved %n score(s) of “{series}”.</source>
        <translation>
            <numerusform>Saved %n score of “{series}”.</numerusform>
            <numerusform>Saved %n scores of “{series}”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n score(s) ({series}) from {name}.</source>
        <translation>
            <numerusform>Imported %n score ({series}) from {name}.</numerusform>
            <numerusform>Imported %n scores ({series}) from {name}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message numerus="yes">
        <source>%Ln hit(s)</source>
        <translation>
            <numerusform>%Ln hit</numerusform>
            <numerusform>%Ln hits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Coding %Ln hit(s)…</source>
        <translation>
            <numerusform>Coding %Ln hit…</numerusform>
            <numerusform>Coding %Ln hits…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Coded %Ln sentence(s)</source>
        <translation>
            <numerusform>Coded %Ln sentence</numerusform>
            <numerusform>Coded %Ln sentences</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Coded %Ln hit(s)</source>
        <translation>
            <numerusform>Coded %Ln hit</numerusform>
            <numerusform>Coded %Ln hits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Coded %Ln paragraph(s)</source>
        <translation>
            <numerusform>Coded %Ln paragraph</numerusform>
            <numerusform>Coded %Ln paragraphs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{coded} from %Ln hit(s) as “{code}”</source>
        <translation>
            <numerusform>{coded} from %Ln hit as “{code}”</numerusform>
            <numerusform>{coded} from %Ln hits as “{code}”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %Ln hit(s) not coded: their document was deleted</source>
        <translation>
            <numerusform>; %Ln hit not coded: their document was deleted</numerusform>
            <numerusform>; %Ln hits not coded: their document was deleted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %Ln hit(s) already coded</source>
        <translation>
            <numerusform>; %Ln hit already coded</numerusform>
            <numerusform>; %Ln hits already coded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%Ln passage(s) extended to cover their sentences)</source>
        <translation>
            <numerusform> (%Ln passage extended to cover their sentences)</numerusform>
            <numerusform> (%Ln passages extended to cover their sentences)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%Ln passage(s) extended to cover the hits)</source>
        <translation>
            <numerusform> (%Ln passage extended to cover the hits)</numerusform>
            <numerusform> (%Ln passages extended to cover the hits)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%Ln passage(s) extended to cover their paragraphs)</source>
        <translation>
            <numerusform> (%Ln passage extended to cover their paragraphs)</numerusform>
            <numerusform> (%Ln passages extended to cover their paragraphs)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SegmentInspector</name>
    <message numerus="yes">
        <source>Coded passage: %n character(s) (characters {first}–{last} of the document)</source>
        <translation>
            <numerusform>Coded passage: %n character (characters {first}–{last} of the document)</numerusform>
            <numerusform>Coded passage: %n characters (characters {first}–{last} of the document)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted the passage of %n character(s) coded “{code}”. Undo (Ctrl+Z) brings it back.</source>
        <translation>
            <numerusform>Deleted the passage of %n character coded “{code}”. Undo (Ctrl+Z) brings it back.</numerusform>
            <numerusform>Deleted the passage of %n characters coded “{code}”. Undo (Ctrl+Z) brings it back.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StageNavigator</name>
    <message numerus="yes">
        <source>{done} of %n document(s) read</source>
        <translation>
            <numerusform>{done} of %n document read</numerusform>
            <numerusform>{done} of %n documents read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n theme(s)</source>
        <translation>
            <numerusform>%n theme</numerusform>
            <numerusform>%n themes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n code(s)</source>
        <translation>
            <numerusform>%n code</numerusform>
            <numerusform>%n codes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{done} of %n document(s) coded</source>
        <translation>
            <numerusform>{done} of %n document coded</numerusform>
            <numerusform>{done} of %n documents coded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{done} of %n cell(s) charted</source>
        <translation>
            <numerusform>{done} of %n cell charted</numerusform>
            <numerusform>{done} of %n cells charted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s) to review</source>
        <translation>
            <numerusform>%n draft to review</numerusform>
            <numerusform>%n drafts to review</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{done} of %n theme(s) fully charted</source>
        <translation>
            <numerusform>{done} of %n theme fully charted</numerusform>
            <numerusform>{done} of %n themes fully charted</numerusform>
        </translation>
    </message>
</context>
</TS>
