<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CarryOverDialog</name>
    <message numerus="yes">
        <location filename="../../frameworkqda/gui/refi_dialogs.py" line="444"/>
        <source>%n part(s) of the file could not be carried over — see below.</source>
        <translation>
            <numerusform>%n part of the file could not be carried over — see below.</numerusform>
            <numerusform>%n parts of the file could not be carried over — see below.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CodePicker</name>
    <message numerus="yes">
        <location filename="../../frameworkqda/gui/code_picker.py" line="110"/>
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
        <location filename="../../frameworkqda/gui/codebook_editor.py" line="343"/>
        <location filename="../../frameworkqda/gui/codebook_editor.py" line="386"/>
        <source>%n coded segment(s)</source>
        <translation>
            <numerusform>%n coded segment</numerusform>
            <numerusform>%n coded segments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../frameworkqda/gui/codebook_editor.py" line="344"/>
        <source>%n sub-code(s)</source>
        <translation>
            <numerusform>%n sub-code</numerusform>
            <numerusform>%n sub-codes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../frameworkqda/gui/codebook_editor.py" line="384"/>
        <source>%n code(s)</source>
        <translation>
            <numerusform>%n code</numerusform>
            <numerusform>%n codes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../frameworkqda/gui/codebook_editor.py" line="387"/>
        <source>%n chart cell(s)</source>
        <translation>
            <numerusform>%n chart cell</numerusform>
            <numerusform>%n chart cells</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../frameworkqda/gui/codebook_editor.py" line="388"/>
        <source>%n memo(s)</source>
        <translation>
            <numerusform>%n memo</numerusform>
            <numerusform>%n memos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../frameworkqda/gui/codebook_editor.py" line="403"/>
        <source>Imported {name}: %n code(s) added, {updated} updated.</source>
        <translation>
            <numerusform>Imported {name}: %n code added, {updated} updated.</numerusform>
            <numerusform>Imported {name}: %n codes added, {updated} updated.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../frameworkqda/gui/codebook_editor.py" line="427"/>
        <source>Exported %n code(s) to {name}.</source>
        <translation>
            <numerusform>Exported %n code to {name}.</numerusform>
            <numerusform>Exported %n codes to {name}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../frameworkqda/gui/codebook_editor.py" line="444"/>
        <source>Added %n code(s) from the template “{key}”.</source>
        <translation>
            <numerusform>Added %n code from the template “{key}”.</numerusform>
            <numerusform>Added %n codes from the template “{key}”.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentWorkArea</name>
    <message numerus="yes">
        <location filename="../../frameworkqda/gui/document/work_area.py" line="299"/>
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
        <location filename="../../frameworkqda/gui/export_dialog.py" line="174"/>
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
        <location filename="../../frameworkqda/gui/import_dialog.py" line="163"/>
        <source>%n file(s) to import:</source>
        <translation>
            <numerusform>%n file to import:</numerusform>
            <numerusform>%n files to import:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../frameworkqda/gui/import_dialog.py" line="280"/>
        <source>Importing %n file(s) into {case}…</source>
        <translation>
            <numerusform>Importing %n file into {case}…</numerusform>
            <numerusform>Importing %n files into {case}…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../frameworkqda/gui/import_dialog.py" line="281"/>
        <source>Importing %n file(s), unassigned (no case)…</source>
        <translation>
            <numerusform>Importing %n file, unassigned (no case)…</numerusform>
            <numerusform>Importing %n files, unassigned (no case)…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../frameworkqda/gui/import_dialog.py" line="430"/>
        <source>Imported {imported} of %n file(s)</source>
        <translation>
            <numerusform>Imported {imported} of %n file</numerusform>
            <numerusform>Imported {imported} of %n files</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MatrixModel</name>
    <message numerus="yes">
        <location filename="../../frameworkqda/gui/matrix/model.py" line="236"/>
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
        <location filename="../../frameworkqda/gui/matrix/view.py" line="224"/>
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n case</numerusform>
            <numerusform>%n cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../frameworkqda/gui/matrix/view.py" line="226"/>
        <source>%n measure(s)</source>
        <translation>
            <numerusform>%n measure</numerusform>
            <numerusform>%n measures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../frameworkqda/gui/matrix/view.py" line="227"/>
        <source>%n cell(s) with evidence but no summary (amber)</source>
        <translation>
            <numerusform>%n cell with evidence but no summary (amber)</numerusform>
            <numerusform>%n cells with evidence but no summary (amber)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../frameworkqda/gui/matrix/view.py" line="379"/>
        <source>Set value on %n cell(s)</source>
        <translation>
            <numerusform>Set value on %n cell</numerusform>
            <numerusform>Set value on %n cells</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../frameworkqda/gui/matrix/view.py" line="485"/>
        <source>Drafted %n empty summary(s) (one undo step)</source>
        <translation>
            <numerusform>Drafted %n empty summary (one undo step)</numerusform>
            <numerusform>Drafted %n empty summaries (one undo step)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MergeSummaryDialog</name>
    <message numerus="yes">
        <location filename="../../frameworkqda/gui/merge_dialog.py" line="134"/>
        <source>&lt;b&gt;{source}&lt;/b&gt; was merged into this project: %n item(s) added.</source>
        <translation>
            <numerusform>&lt;b&gt;{source}&lt;/b&gt; was merged into this project: %n item added.</numerusform>
            <numerusform>&lt;b&gt;{source}&lt;/b&gt; was merged into this project: %n items added.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../frameworkqda/gui/merge_dialog.py" line="142"/>
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
        <location filename="../../frameworkqda/gui/refi_dialogs.py" line="411"/>
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../frameworkqda/gui/refi_dialogs.py" line="412"/>
        <source>%n code(s)</source>
        <translation>
            <numerusform>%n code</numerusform>
            <numerusform>%n codes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../frameworkqda/gui/refi_dialogs.py" line="413"/>
        <source>%n coded segment(s)</source>
        <translation>
            <numerusform>%n coded segment</numerusform>
            <numerusform>%n coded segments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../frameworkqda/gui/refi_dialogs.py" line="414"/>
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewView</name>
    <message numerus="yes">
        <location filename="../../frameworkqda/gui/review/view.py" line="153"/>
        <source>{shown} of %n segment(s)</source>
        <translation>
            <numerusform>{shown} of %n segment</numerusform>
            <numerusform>{shown} of %n segments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../frameworkqda/gui/review/view.py" line="193"/>
        <source>New code for %n segment(s):</source>
        <translation>
            <numerusform>New code for %n segment:</numerusform>
            <numerusform>New code for %n segments:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScoresEditor</name>
    <message numerus="yes">
        <location filename="../../frameworkqda/gui/scores_editor.py" line="237"/>
        <source>Saved %n score(s) of “{series}”.</source>
        <translation>
            <numerusform>Saved %n score of “{series}”.</numerusform>
            <numerusform>Saved %n scores of “{series}”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../frameworkqda/gui/scores_editor.py" line="282"/>
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
        <location filename="../../frameworkqda/gui/search/panel.py" line="226"/>
        <source>%n hit(s)</source>
        <translation>
            <numerusform>%n hit</numerusform>
            <numerusform>%n hits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../frameworkqda/gui/search/panel.py" line="227"/>
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../frameworkqda/gui/search/panel.py" line="256"/>
        <source>Coded %n sentence(s)</source>
        <translation>
            <numerusform>Coded %n sentence</numerusform>
            <numerusform>Coded %n sentences</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../frameworkqda/gui/search/panel.py" line="257"/>
        <source>Coded %n hit(s)</source>
        <translation>
            <numerusform>Coded %n hit</numerusform>
            <numerusform>Coded %n hits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../frameworkqda/gui/search/panel.py" line="258"/>
        <source>Coded %n paragraph(s)</source>
        <translation>
            <numerusform>Coded %n paragraph</numerusform>
            <numerusform>Coded %n paragraphs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../frameworkqda/gui/search/panel.py" line="261"/>
        <source>{coded} from %n hit(s) as “{code}”</source>
        <translation>
            <numerusform>{coded} from %n hit as “{code}”</numerusform>
            <numerusform>{coded} from %n hits as “{code}”</numerusform>
        </translation>
    </message>
</context>
</TS>
