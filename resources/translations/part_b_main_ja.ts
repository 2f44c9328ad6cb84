<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>CellConflictDialog</name>
    <message>
        <source>Someone else changed this cell</source>
        <translation>他の人がこのセルを変更しました</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>誰か</translation>
    </message>
    <message>
        <source>{who} changed {cell} at {when}, after you began editing it. Nothing has been saved yet. Keep theirs, or keep yours — edit yours first to merge the two.</source>
        <translation>あなたが編集を始めた後、{when} に {who} が {cell} を変更しました。まだ何も保存されていません。相手の版を残すか、自分の版を残してください — 両方をまとめるには、先に自分の版を編集してください。</translation>
    </message>
    <message>
        <source>no value</source>
        <translation>値なし</translation>
    </message>
    <message>
        <source>Theirs ({who})</source>
        <translation>相手の版（{who}）</translation>
    </message>
    <message>
        <source>Yours (edit to merge)</source>
        <translation>自分の版（編集してまとめる）</translation>
    </message>
    <message>
        <source>Value: {value}</source>
        <translation>値: {value}</translation>
    </message>
    <message>
        <source>Keep theirs</source>
        <translation>相手の版を残す</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>自分の版を残す</translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <source>{coder}: {value} — {summary}</source>
        <translation>{coder}: {value} — {summary}</translation>
    </message>
    <message>
        <source>no value</source>
        <translation>値なし</translation>
    </message>
    <message>
        <source>{coder} has not charted this cell.</source>
        <translation>{coder} はこのセルをまだチャート化していません。</translation>
    </message>
    <message>
        <source>The coders&apos; values differ:</source>
        <translation>コーダーの値が異なります:</translation>
    </message>
    <message>
        <source>Charted by:</source>
        <translation>チャート化したコーダー:</translation>
    </message>
</context>
<context>
    <name>MatrixView</name>
    <message>
        <source>Kept their version of the cell.</source>
        <translation>セルは相手の版のままにしました。</translation>
    </message>
</context>
</TS>
