<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Bulk</name>
    <message numerus="yes">
        <source>Recode %n segment(s) as “{code}”</source>
        <translation>
            <numerusform>Recode %n segment as “{code}”</numerusform>
            <numerusform>Recode %n segments as “{code}”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Code %n hit(s) as “{code}”</source>
        <translation>
            <numerusform>Code %n hit as “{code}”</numerusform>
            <numerusform>Code %n hits as “{code}”</numerusform>
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
    <name>SegmentInspector</name>
    <message numerus="yes">
        <source>Coded passage: %n character(s) (characters {first}–{last} of the document)</source>
        <translation>
            <numerusform>Coded passage: %n character (characters {first}–{last} of the document)</numerusform>
            <numerusform>Coded passage: %n characters (characters {first}–{last} of the document)</numerusform>
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
        <source>{done} of %n theme(s) fully charted</source>
        <translation>
            <numerusform>{done} of %n theme fully charted</numerusform>
            <numerusform>{done} of %n themes fully charted</numerusform>
        </translation>
    </message>
</context>
</TS>
