<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>CarryOverDialog</name>
    <message>
        <location filename="../../frameworkqda/gui/refi_dialogs.py" line="433"/>
        <source>REFI-QDA import: carry-over report</source>
        <translation>REFI-QDA 取り込み: 引き継ぎ報告</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/refi_dialogs.py" line="437"/>
        <source>&lt;b&gt;{source}&lt;/b&gt; was imported into the new project &lt;b&gt;{project}&lt;/b&gt;.</source>
        <translation>&lt;b&gt;{source}&lt;/b&gt; を新しいプロジェクト &lt;b&gt;{project}&lt;/b&gt; に取り込みました。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../frameworkqda/gui/refi_dialogs.py" line="444"/>
        <source>%n part(s) of the file could not be carried over — see below.</source>
        <translation>
            <numerusform>ファイルの %n 個の部分を引き継げませんでした（下記参照）。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/refi_dialogs.py" line="447"/>
        <source>Everything in the file was carried over.</source>
        <translation>ファイルの内容はすべて引き継がれました。</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/refi_dialogs.py" line="456"/>
        <source>Copy report</source>
        <translation>報告をコピー</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/refi_dialogs.py" line="477"/>
        <source>From &lt;code&gt;{path}&lt;/code&gt;</source>
        <translation>取り込み元: &lt;code&gt;{path}&lt;/code&gt;</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/refi_dialogs.py" line="478"/>
        <source>(made by {origin})</source>
        <translation>（作成: {origin}）</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/refi_dialogs.py" line="479"/>
        <source>New project: &lt;code&gt;{path}&lt;/code&gt;</source>
        <translation>新しいプロジェクト: &lt;code&gt;{path}&lt;/code&gt;</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/refi_dialogs.py" line="480"/>
        <source>Not carried over ({count})</source>
        <translation>引き継がれなかったもの（{count}）</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/refi_dialogs.py" line="481"/>
        <source>These parts of the file are &lt;b&gt;not&lt;/b&gt; in the new project:</source>
        <translation>ファイルの次の部分は新しいプロジェクトに&lt;b&gt;含まれていません&lt;/b&gt;:</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/refi_dialogs.py" line="484"/>
        <source>Nothing: no data was lost.</source>
        <translation>なし: 失われたデータはありません。</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/refi_dialogs.py" line="485"/>
        <source>Changed on the way ({count})</source>
        <translation>取り込み時に変更されたもの（{count}）</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/refi_dialogs.py" line="486"/>
        <source>Carried over</source>
        <translation>引き継がれたもの</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/refi_dialogs.py" line="487"/>
        <source>Nothing.</source>
        <translation>なし。</translation>
    </message>
</context>
<context>
    <name>CodePicker</name>
    <message>
        <location filename="../../frameworkqda/gui/code_picker.py" line="37"/>
        <source>Type to filter codes… (Enter applies, 1–9 pick)</source>
        <translation>入力でコードを絞り込み…（Enter で適用、1–9 で選択）</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/code_picker.py" line="98"/>
        <source>(recent)</source>
        <translation>（最近）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../frameworkqda/gui/code_picker.py" line="110"/>
        <source>%n code(s)</source>
        <translation>
            <numerusform>%n 個のコード</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CodebookEditor</name>
    <message>
        <location filename="../../frameworkqda/gui/codebook_editor.py" line="41"/>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/codebook_editor.py" line="42"/>
        <source>Excel workbook</source>
        <translation>Excel ブック</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/codebook_editor.py" line="43"/>
        <source>REFI-QDA codebook</source>
        <translation>REFI-QDA コードブック</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/codebook_editor.py" line="50"/>
        <location filename="../../frameworkqda/gui/codebook_editor.py" line="189"/>
        <source>Codebook</source>
        <translation>コードブック</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/codebook_editor.py" line="67"/>
        <source>Definition: what counts as evidence for this code</source>
        <translation>定義: このコードの証拠とみなすもの</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/codebook_editor.py" line="69"/>
        <location filename="../../frameworkqda/gui/codebook_editor.py" line="154"/>
        <source>Choose a code</source>
        <translation>コードを選んでください</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/codebook_editor.py" line="75"/>
        <source>Heading only (groups codes; not applied to text, not charted)</source>
        <translation>見出しのみ（まとめ用。テキストにもチャートにも使わない）</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/codebook_editor.py" line="87"/>
        <source>Add theme</source>
        <translation>テーマを追加</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/codebook_editor.py" line="88"/>
        <source>Add sub-code</source>
        <translation>サブコードを追加</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/codebook_editor.py" line="89"/>
        <source>Rename…</source>
        <translation>名前を変更…</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/codebook_editor.py" line="90"/>
        <source>Colour…</source>
        <translation>色…</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/codebook_editor.py" line="91"/>
        <source>Delete…</source>
        <translation>削除…</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/codebook_editor.py" line="94"/>
        <source>Move up</source>
        <translation>上へ移動</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/codebook_editor.py" line="95"/>
        <source>Move down</source>
        <translation>下へ移動</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/codebook_editor.py" line="96"/>
        <source>Move to…</source>
        <translation>移動先…</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/codebook_editor.py" line="97"/>
        <source>Merge into…</source>
        <translation>統合先…</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/codebook_editor.py" line="100"/>
        <source>Import…</source>
        <translation>取り込み…</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/codebook_editor.py" line="101"/>
        <source>Export…</source>
        <translation>書き出し…</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/codebook_editor.py" line="102"/>
        <source>Apply template…</source>
        <translation>テンプレートを適用…</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/codebook_editor.py" line="103"/>
        <source>Scores…</source>
        <translation>スコア…</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/codebook_editor.py" line="115"/>
        <source>Save definition</source>
        <translation>定義を保存</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/codebook_editor.py" line="159"/>
        <source>Theme</source>
        <translation>テーマ</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/codebook_editor.py" line="159"/>
        <source>Sub-code</source>
        <translation>サブコード</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/codebook_editor.py" line="161"/>
        <source>{kind} (heading only)</source>
        <translation>{kind}（見出しのみ）</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/codebook_editor.py" line="235"/>
        <location filename="../../frameworkqda/gui/codebook_editor.py" line="241"/>
        <source>Add code</source>
        <translation>コードを追加</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/codebook_editor.py" line="235"/>
        <location filename="../../frameworkqda/gui/codebook_editor.py" line="265"/>
        <source>Name:</source>
        <translation>名前:</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/codebook_editor.py" line="265"/>
        <source>Rename code</source>
        <translation>コード名を変更</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/codebook_editor.py" line="277"/>
        <source>Code colour</source>
        <translation>コードの色</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/codebook_editor.py" line="308"/>
        <location filename="../../frameworkqda/gui/codebook_editor.py" line="318"/>
        <location filename="../../frameworkqda/gui/codebook_editor.py" line="325"/>
        <source>Move code</source>
        <translation>コードを移動</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/codebook_editor.py" line="317"/>
        <source>(top level: a theme)</source>
        <translation>（最上位: テーマとして）</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/codebook_editor.py" line="318"/>
        <source>Move under:</source>
        <translation>移動先の親コード:</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/codebook_editor.py" line="334"/>
        <location filename="../../frameworkqda/gui/codebook_editor.py" line="348"/>
        <source>Merge code</source>
        <translation>コードを統合</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/codebook_editor.py" line="334"/>
        <source>Merge into:</source>
        <translation>統合先:</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/codebook_editor.py" line="340"/>
        <source>Its {segments}, its chart cells (summaries joined), its memos and its {children} move to “{target}”; “{source}” is removed. Undo puts everything back.</source>
        <translation>このコードの{segments}、チャートのセル（要約は連結）、メモ、{children}は「{target}」に移り、「{source}」は削除されます。元に戻すとすべて復元されます。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../frameworkqda/gui/codebook_editor.py" line="343"/>
        <location filename="../../frameworkqda/gui/codebook_editor.py" line="386"/>
        <source>%n coded segment(s)</source>
        <translation>
            <numerusform>%n 件のセグメント</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../frameworkqda/gui/codebook_editor.py" line="344"/>
        <source>%n sub-code(s)</source>
        <translation>
            <numerusform>%n 個のサブコード</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/codebook_editor.py" line="349"/>
        <source>Merge “{source}” into “{target}”?</source>
        <translation>「{source}」を「{target}」に統合しますか？</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/codebook_editor.py" line="355"/>
        <source>Merged “{source}” into “{target}”.</source>
        <translation>「{source}」を「{target}」に統合しました。</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/codebook_editor.py" line="366"/>
        <location filename="../../frameworkqda/gui/codebook_editor.py" line="375"/>
        <source>Delete code</source>
        <translation>コードを削除</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/codebook_editor.py" line="371"/>
        <source>This deletes {what}.

Undo (Ctrl+Z) puts everything back.</source>
        <translation>{what}を削除します。

元に戻す（Ctrl+Z）とすべて復元されます。</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/codebook_editor.py" line="376"/>
        <source>Delete “{path}”?</source>
        <translation>「{path}」を削除しますか？</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/codebook_editor.py" line="379"/>
        <source>Deleted “{path}”: {what}.</source>
        <translation>「{path}」を削除しました: {what}。</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/codebook_editor.py" line="383"/>
        <source>{codes} ({paths}), {segments}, {cells} and {memos}</source>
        <translation>{codes}（{paths}）、{segments}、{cells}、{memos}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../frameworkqda/gui/codebook_editor.py" line="384"/>
        <source>%n code(s)</source>
        <translation>
            <numerusform>%n 個のコード</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/codebook_editor.py" line="385"/>
        <source>, </source>
        <comment>list separator</comment>
        <translation>、</translation>
    </message>
    <message numerus="yes">
        <location filename="../../frameworkqda/gui/codebook_editor.py" line="387"/>
        <source>%n chart cell(s)</source>
        <translation>
            <numerusform>%n 個のチャートのセル</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../frameworkqda/gui/codebook_editor.py" line="388"/>
        <source>%n memo(s)</source>
        <translation>
            <numerusform>%n 件のメモ</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/codebook_editor.py" line="395"/>
        <location filename="../../frameworkqda/gui/codebook_editor.py" line="400"/>
        <source>Import codebook</source>
        <translation>コードブックの取り込み</translation>
    </message>
    <message numerus="yes">
        <location filename="../../frameworkqda/gui/codebook_editor.py" line="403"/>
        <source>Imported {name}: %n code(s) added, {updated} updated.</source>
        <translation>
            <numerusform>{name} を取り込みました: %n 個のコードを追加、{updated} 個を更新。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/codebook_editor.py" line="407"/>
        <source>Not carried over: {lost}.</source>
        <translation>引き継がれなかったもの: {lost}。</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/codebook_editor.py" line="415"/>
        <location filename="../../frameworkqda/gui/codebook_editor.py" line="424"/>
        <source>Export codebook</source>
        <translation>コードブックの書き出し</translation>
    </message>
    <message numerus="yes">
        <location filename="../../frameworkqda/gui/codebook_editor.py" line="427"/>
        <source>Exported %n code(s) to {name}.</source>
        <translation>
            <numerusform>%n 個のコードを {name} に書き出しました。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/codebook_editor.py" line="435"/>
        <location filename="../../frameworkqda/gui/codebook_editor.py" line="441"/>
        <source>Apply template</source>
        <translation>テンプレートを適用</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/codebook_editor.py" line="436"/>
        <source>Add the themes of:</source>
        <translation>追加するテーマのテンプレート:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../frameworkqda/gui/codebook_editor.py" line="444"/>
        <source>Added %n code(s) from the template “{key}”.</source>
        <translation>
            <numerusform>テンプレート「{key}」から %n 個のコードを追加しました。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CountedNoun</name>
    <message>
        <location filename="../../frameworkqda/gui/refi_dialogs.py" line="531"/>
        <source>attributes</source>
        <translation>件の属性</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/refi_dialogs.py" line="532"/>
        <source>attribute values</source>
        <translation>件の属性値</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/refi_dialogs.py" line="533"/>
        <source>cases</source>
        <translation>件のケース</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/refi_dialogs.py" line="534"/>
        <source>chart cells</source>
        <translation>個のチャートのセル</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/refi_dialogs.py" line="535"/>
        <source>codes</source>
        <translation>個のコード</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/refi_dialogs.py" line="536"/>
        <source>coders</source>
        <translation>人のコーダー</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/refi_dialogs.py" line="537"/>
        <source>documents</source>
        <translation>件の文書</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/refi_dialogs.py" line="538"/>
        <source>memos</source>
        <translation>件のメモ</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/refi_dialogs.py" line="539"/>
        <source>scale values</source>
        <translation>個の尺度の値</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/refi_dialogs.py" line="540"/>
        <source>segments</source>
        <translation>件のセグメント</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/refi_dialogs.py" line="541"/>
        <source>users</source>
        <translation>人のユーザー</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/refi_dialogs.py" line="542"/>
        <source>variables</source>
        <translation>個の変数</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/refi_dialogs.py" line="543"/>
        <source>variable values</source>
        <translation>件の変数値</translation>
    </message>
</context>
<context>
    <name>DocumentWorkArea</name>
    <message>
        <location filename="../../frameworkqda/gui/document/work_area.py" line="55"/>
        <location filename="../../frameworkqda/gui/document/work_area.py" line="218"/>
        <source>Mark as read</source>
        <translation>既読にする</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/document/work_area.py" line="61"/>
        <source>Find in document (Ctrl+F)</source>
        <translation>文書内を検索（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/document/work_area.py" line="68"/>
        <source>Previous match</source>
        <translation>前の一致</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/document/work_area.py" line="69"/>
        <source>Next match</source>
        <translation>次の一致</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/document/work_area.py" line="74"/>
        <source>Page </source>
        <translation>ページ </translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/document/work_area.py" line="81"/>
        <source>Zoom out (Ctrl+-)</source>
        <translation>縮小（Ctrl+-）</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/document/work_area.py" line="82"/>
        <source>Zoom in (Ctrl++)</source>
        <translation>拡大（Ctrl++）</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/document/work_area.py" line="83"/>
        <source>Pages as wide as the view (Ctrl+0)</source>
        <translation>ページを表示幅に合わせる（Ctrl+0）</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/document/work_area.py" line="118"/>
        <source>Text</source>
        <translation>テキスト</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/document/work_area.py" line="119"/>
        <source>Pages</source>
        <translation>ページ</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/document/work_area.py" line="143"/>
        <source>Choose a document on the left, or import one (Ctrl+I).</source>
        <translation>左の一覧から文書を選ぶか、文書を取り込んでください（Ctrl+I）。</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/document/work_area.py" line="175"/>
        <source>of {count}</source>
        <translation>/ {count}</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/document/work_area.py" line="188"/>
        <source>Import note: {note}</source>
        <translation>取り込み時の注記: {note}</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/document/work_area.py" line="218"/>
        <source>Read ✓</source>
        <translation>既読 ✓</translation>
    </message>
    <message numerus="yes">
        <location filename="../../frameworkqda/gui/document/work_area.py" line="299"/>
        <source>%n found</source>
        <translation>
            <numerusform>%n 件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <location filename="../../frameworkqda/gui/matrix/evidence.py" line="53"/>
        <source>Choose a cell</source>
        <translation>セルを選んでください</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/matrix/evidence.py" line="68"/>
        <source>Summary of the evidence for this case and measure</source>
        <translation>このケースと施策の証拠の要約</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/matrix/evidence.py" line="74"/>
        <source>Open in document</source>
        <translation>文書で開く</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/matrix/evidence.py" line="76"/>
        <source>Insert auto-draft</source>
        <translation>自動下書きを挿入</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/matrix/evidence.py" line="77"/>
        <source>Insert quote</source>
        <translation>引用を挿入</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/matrix/evidence.py" line="79"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/matrix/evidence.py" line="83"/>
        <source>Evidence</source>
        <translation>証拠</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/matrix/evidence.py" line="88"/>
        <source>Value:</source>
        <translation>値:</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/matrix/evidence.py" line="101"/>
        <source>Summary</source>
        <translation>要約</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/matrix/evidence.py" line="109"/>
        <source>— no value —</source>
        <translation>— 値なし —</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/matrix/evidence.py" line="137"/>
        <source>p. {page}</source>
        <translation>{page} ページ</translation>
    </message>
</context>
<context>
    <name>ExchangeProgress</name>
    <message>
        <location filename="../../frameworkqda/gui/refi_dialogs.py" line="68"/>
        <source>reading the file</source>
        <translation>ファイルを読み込み中</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/refi_dialogs.py" line="69"/>
        <source>checking the project</source>
        <translation>プロジェクトを確認中</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/refi_dialogs.py" line="70"/>
        <source>writing the new project</source>
        <translation>新しいプロジェクトを書き込み中</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/refi_dialogs.py" line="71"/>
        <source>codebook, cases and variables</source>
        <translation>コードブック、ケース、変数</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/refi_dialogs.py" line="72"/>
        <source>merging coders</source>
        <translation>コーダーを統合中</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/refi_dialogs.py" line="73"/>
        <source>merging cases</source>
        <translation>ケースを統合中</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/refi_dialogs.py" line="74"/>
        <source>merging documents</source>
        <translation>文書を統合中</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/refi_dialogs.py" line="75"/>
        <source>merging codes</source>
        <translation>コードを統合中</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/refi_dialogs.py" line="76"/>
        <source>merging segments</source>
        <translation>セグメントを統合中</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/refi_dialogs.py" line="77"/>
        <source>merging chart cells</source>
        <translation>チャートのセルを統合中</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/refi_dialogs.py" line="78"/>
        <source>merging memos</source>
        <translation>メモを統合中</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/refi_dialogs.py" line="79"/>
        <source>done</source>
        <translation>完了</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../frameworkqda/gui/export_dialog.py" line="52"/>
        <location filename="../../frameworkqda/gui/export_dialog.py" line="210"/>
        <source>Export tables</source>
        <translation>表の書き出し</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/export_dialog.py" line="63"/>
        <source>Counts</source>
        <translation>件数</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/export_dialog.py" line="64"/>
        <source>Ranks</source>
        <translation>順位</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/export_dialog.py" line="65"/>
        <source>Framework matrix</source>
        <translation>フレームワーク・マトリックス</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/export_dialog.py" line="70"/>
        <source>Excel workbook</source>
        <translation>Excel ブック</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/export_dialog.py" line="71"/>
        <source>Word document (journal tables)</source>
        <translation>Word 文書（論文用の表）</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/export_dialog.py" line="72"/>
        <source>CSV (UTF-8)</source>
        <translation>CSV（UTF-8）</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/export_dialog.py" line="73"/>
        <source>Web page</source>
        <translation>ウェブページ</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/export_dialog.py" line="76"/>
        <source>Print each cell&apos;s summary under its value (Word)</source>
        <translation>各セルの要約を値の下に印字する（Word）</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/export_dialog.py" line="78"/>
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/export_dialog.py" line="90"/>
        <source>Export</source>
        <translation>書き出す</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/export_dialog.py" line="93"/>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/export_dialog.py" line="97"/>
        <source>Table:</source>
        <translation>表:</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/export_dialog.py" line="98"/>
        <source>Format:</source>
        <translation>形式:</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/export_dialog.py" line="103"/>
        <source>File:</source>
        <translation>ファイル:</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/export_dialog.py" line="109"/>
        <source>Preview of what will be written:</source>
        <translation>書き出す内容のプレビュー:</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/export_dialog.py" line="154"/>
        <source>“{table}”: nothing to write for this project</source>
        <translation>「{table}」: このプロジェクトには書き出す内容がありません</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/export_dialog.py" line="168"/>
        <source>{caption}: {rows} rows × {columns} columns</source>
        <translation>{caption}: {rows} 行 × {columns} 列</translation>
    </message>
    <message numerus="yes">
        <location filename="../../frameworkqda/gui/export_dialog.py" line="174"/>
        <source>the file holds %n table(s)</source>
        <translation>
            <numerusform>ファイルには %n 個の表</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/export_dialog.py" line="194"/>
        <source>Export to</source>
        <translation>書き出し先</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/export_dialog.py" line="211"/>
        <source>{name} already exists in {folder}.

Replace it?</source>
        <translation>{name} は {folder} に既にあります。

置き換えますか？</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/export_dialog.py" line="219"/>
        <source>Not written: {name} was kept as it was.</source>
        <translation>書き出していません: {name} はそのままです。</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/export_dialog.py" line="229"/>
        <source>Exporting tables</source>
        <translation>表を書き出し中</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/export_dialog.py" line="238"/>
        <source>Exporting {name}</source>
        <translation>{name} を書き出し中</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/export_dialog.py" line="246"/>
        <source>Could not write the file: {error}</source>
        <translation>ファイルを書き出せませんでした: {error}</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/export_dialog.py" line="249"/>
        <source>Wrote {path}</source>
        <translation>{path} に書き出しました</translation>
    </message>
</context>
<context>
    <name>HitModel</name>
    <message>
        <location filename="../../frameworkqda/gui/search/panel.py" line="57"/>
        <source>Document</source>
        <translation>文書</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/search/panel.py" line="58"/>
        <source>Case</source>
        <translation>ケース</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/search/panel.py" line="59"/>
        <source>Before</source>
        <translation>前</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/search/panel.py" line="60"/>
        <source>Match</source>
        <translation>一致</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/search/panel.py" line="61"/>
        <source>After</source>
        <translation>後</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../frameworkqda/gui/import_dialog.py" line="70"/>
        <source>Documents</source>
        <translation>文書</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/import_dialog.py" line="71"/>
        <source>All files</source>
        <translation>すべてのファイル</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/import_dialog.py" line="107"/>
        <location filename="../../frameworkqda/gui/import_dialog.py" line="159"/>
        <location filename="../../frameworkqda/gui/import_dialog.py" line="407"/>
        <source>Import documents</source>
        <translation>文書の取り込み</translation>
    </message>
    <message numerus="yes">
        <location filename="../../frameworkqda/gui/import_dialog.py" line="163"/>
        <source>%n file(s) to import:</source>
        <translation>
            <numerusform>取り込むファイル %n 件:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/import_dialog.py" line="168"/>
        <source>The case these documents belong to (a city, or the nation)</source>
        <translation>これらの文書が属するケース（市、または国）</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/import_dialog.py" line="175"/>
        <source>Unassigned (no case)</source>
        <translation>未割り当て（ケースなし）</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/import_dialog.py" line="176"/>
        <source>New case…</source>
        <translation>新しいケース…</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/import_dialog.py" line="188"/>
        <source>Import</source>
        <translation>取り込む</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/import_dialog.py" line="198"/>
        <source>Into case:</source>
        <translation>取り込み先のケース:</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/import_dialog.py" line="227"/>
        <source>New case</source>
        <translation>新しいケース</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/import_dialog.py" line="227"/>
        <source>Case name (a city, or the nation):</source>
        <translation>ケース名（市、または国）:</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/import_dialog.py" line="268"/>
        <source>Importing documents</source>
        <translation>文書を取り込み中</translation>
    </message>
    <message numerus="yes">
        <location filename="../../frameworkqda/gui/import_dialog.py" line="280"/>
        <source>Importing %n file(s) into {case}…</source>
        <translation>
            <numerusform>%n 件のファイルを {case} に取り込み中…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../frameworkqda/gui/import_dialog.py" line="281"/>
        <source>Importing %n file(s), unassigned (no case)…</source>
        <translation>
            <numerusform>%n 件のファイルを未割り当て（ケースなし）で取り込み中…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/import_dialog.py" line="286"/>
        <source>The password for {name} is wrong. Try again:</source>
        <translation>{name} のパスワードが違います。もう一度入力してください:</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/import_dialog.py" line="288"/>
        <source>{name} is protected by a password. Password:</source>
        <translation>{name} はパスワードで保護されています。パスワード:</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/import_dialog.py" line="291"/>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/import_dialog.py" line="303"/>
        <source>{name}: the password is wrong</source>
        <translation>{name}: パスワードが違います</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/import_dialog.py" line="321"/>
        <source>Importing {name} ({number} of {count})…</source>
        <translation>{name} を取り込み中（{count} 件中 {number} 件目）…</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/import_dialog.py" line="334"/>
        <source>{name}: imported as “{document}”</source>
        <translation>{name}: 「{document}」として取り込みました</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/import_dialog.py" line="336"/>
        <source>{name}: already in the project as “{document}” (same content)</source>
        <translation>{name}: 「{document}」として既にプロジェクトにあります（同じ内容）</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/import_dialog.py" line="340"/>
        <source>{name}: not imported (cancelled)</source>
        <translation>{name}: 取り込んでいません（キャンセル）</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/import_dialog.py" line="379"/>
        <source>Cancelling…</source>
        <translation>キャンセル中…</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/import_dialog.py" line="380"/>
        <source>Cancelling the import…</source>
        <translation>取り込みをキャンセル中…</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/import_dialog.py" line="409"/>
        <source>The import is still running. Cancel it, or keep it going in the background?</source>
        <translation>取り込みはまだ実行中です。キャンセルしますか、それともバックグラウンドで続けますか？</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/import_dialog.py" line="411"/>
        <source>Cancel import</source>
        <translation>取り込みをキャンセル</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/import_dialog.py" line="413"/>
        <source>Keep going in the background</source>
        <translation>バックグラウンドで続ける</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/import_dialog.py" line="415"/>
        <source>Back to the import</source>
        <translation>取り込みに戻る</translation>
    </message>
    <message numerus="yes">
        <location filename="../../frameworkqda/gui/import_dialog.py" line="430"/>
        <source>Imported {imported} of %n file(s)</source>
        <translation>
            <numerusform>%n 件中 {imported} 件のファイルを取り込みました</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/import_dialog.py" line="435"/>
        <source>{count} already in the project</source>
        <translation>{count} 件は既にプロジェクトにあります</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/import_dialog.py" line="436"/>
        <source>{count} failed</source>
        <translation>{count} 件は失敗</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/import_dialog.py" line="437"/>
        <source>{count} cancelled</source>
        <translation>{count} 件はキャンセル</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/import_dialog.py" line="441"/>
        <source>{parts}.</source>
        <translation>{parts}。</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/import_dialog.py" line="441"/>
        <source>, </source>
        <comment>list separator</comment>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>MatrixModel</name>
    <message>
        <location filename="../../frameworkqda/gui/matrix/model.py" line="235"/>
        <source>Value: {value}</source>
        <translation>値: {value}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../frameworkqda/gui/matrix/model.py" line="236"/>
        <source>Evidence: %n passage(s)</source>
        <translation>
            <numerusform>証拠: %n 箇所</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MatrixView</name>
    <message>
        <location filename="../../frameworkqda/gui/matrix/view.py" line="107"/>
        <source>Transpose</source>
        <translation>行と列を入れ替え</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/matrix/view.py" line="109"/>
        <source>Collapse themes</source>
        <translation>テーマを折りたたむ</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/matrix/view.py" line="111"/>
        <source>Expand themes</source>
        <translation>テーマを展開</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/matrix/view.py" line="114"/>
        <source>Auto-draft empty cells</source>
        <translation>空のセルを自動下書き</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/matrix/view.py" line="117"/>
        <source>Draft a summary from the evidence for every cell that has evidence and no summary (one undo step)</source>
        <translation>証拠があり要約のないすべてのセルについて、証拠から要約を下書きします（一度の操作で元に戻せます）</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/matrix/view.py" line="125"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/matrix/view.py" line="134"/>
        <source>Theme:</source>
        <translation>テーマ:</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/matrix/view.py" line="135"/>
        <source>Case:</source>
        <translation>ケース:</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/matrix/view.py" line="136"/>
        <source>Show measures with:</source>
        <translation>表示する施策:</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/matrix/view.py" line="192"/>
        <source>All themes</source>
        <translation>すべてのテーマ</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/matrix/view.py" line="196"/>
        <source>All cases</source>
        <translation>すべてのケース</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/matrix/view.py" line="199"/>
        <source>anything</source>
        <translation>すべて</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/matrix/view.py" line="202"/>
        <source>value “{value}”</source>
        <translation>値「{value}」</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/matrix/view.py" line="204"/>
        <source>no value yet</source>
        <translation>値が未設定</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/matrix/view.py" line="205"/>
        <source>evidence but no summary</source>
        <translation>証拠はあるが要約がない</translation>
    </message>
    <message numerus="yes">
        <location filename="../../frameworkqda/gui/matrix/view.py" line="224"/>
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n ケース</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../frameworkqda/gui/matrix/view.py" line="226"/>
        <source>%n measure(s)</source>
        <translation>
            <numerusform>%n 施策</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../frameworkqda/gui/matrix/view.py" line="227"/>
        <source>%n cell(s) with evidence but no summary (amber)</source>
        <translation>
            <numerusform>証拠はあるが要約のないセル %n 個（黄色）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/matrix/view.py" line="228"/>
        <source>keys 1–9 set a value, 0 clears</source>
        <translation>1–9 キーで値を設定、0 で消去</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/matrix/view.py" line="229"/>
        <source>click a theme header to collapse it</source>
        <translation>テーマの見出しをクリックで折りたたみ</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/matrix/view.py" line="317"/>
        <source>Choose a cell (a case and a measure)</source>
        <translation>セル（ケースと施策）を選んでください</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/matrix/view.py" line="347"/>
        <source>Edit cell summary</source>
        <translation>セルの要約を編集</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/matrix/view.py" line="351"/>
        <source>no value</source>
        <translation>値なし</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/matrix/view.py" line="358"/>
        <source>Set value “{value}”</source>
        <translation>値「{value}」を設定</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/matrix/view.py" line="366"/>
        <source>The cell was not changed: {error}</source>
        <translation>セルは変更されていません: {error}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../frameworkqda/gui/matrix/view.py" line="379"/>
        <source>Set value on %n cell(s)</source>
        <translation>
            <numerusform>%n 個のセルに値を設定</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/matrix/view.py" line="429"/>
        <source>Drafting summaries from the evidence…</source>
        <translation>証拠から要約を下書き中…</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/matrix/view.py" line="437"/>
        <location filename="../../frameworkqda/gui/matrix/view.py" line="443"/>
        <location filename="../../frameworkqda/gui/matrix/view.py" line="462"/>
        <source>Drafting summaries</source>
        <translation>要約を下書き中</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/matrix/view.py" line="451"/>
        <source>Cancelling…</source>
        <translation>キャンセル中…</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/matrix/view.py" line="457"/>
        <source>Drafting summaries: case {done} of {total}…</source>
        <translation>要約を下書き中: {total} ケース中 {done} ケース目…</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/matrix/view.py" line="479"/>
        <source>Could not draft the summaries: {error}</source>
        <translation>要約を下書きできませんでした: {error}</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/matrix/view.py" line="482"/>
        <source>Auto-draft cancelled: nothing was written.</source>
        <translation>自動下書きをキャンセルしました: 何も書き込んでいません。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../frameworkqda/gui/matrix/view.py" line="485"/>
        <source>Drafted %n empty summary(s) (one undo step)</source>
        <translation>
            <numerusform>空の要約 %n 件を下書きしました（一度の操作で元に戻せます）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/matrix/view.py" line="508"/>
        <source>Clear value</source>
        <translation>値を消去</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/matrix/view.py" line="510"/>
        <source>Insert auto-draft into summary</source>
        <translation>要約に自動下書きを挿入</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../frameworkqda/gui/merge_dialog.py" line="52"/>
        <source>Merge project</source>
        <translation>プロジェクトの統合</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/merge_dialog.py" line="59"/>
        <source>FrameworkQDA projects and REFI-QDA files</source>
        <translation>FrameworkQDA プロジェクトと REFI-QDA ファイル</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/merge_dialog.py" line="95"/>
        <source>Merging {source} into “{project}”…</source>
        <translation>{source} を「{project}」に統合中…</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/merge_dialog.py" line="109"/>
        <source>Merged {source}.</source>
        <translation>{source} を統合しました。</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/merge_dialog.py" line="115"/>
        <source>Merge cancelled. The project is as it was.</source>
        <translation>統合をキャンセルしました。プロジェクトは元のままです。</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/merge_dialog.py" line="116"/>
        <source>{source} could not be merged. The project is as it was.</source>
        <translation>{source} を統合できませんでした。プロジェクトは元のままです。</translation>
    </message>
</context>
<context>
    <name>MergeSummaryDialog</name>
    <message>
        <location filename="../../frameworkqda/gui/merge_dialog.py" line="127"/>
        <source>Merge project: summary</source>
        <translation>プロジェクトの統合: 概要</translation>
    </message>
    <message numerus="yes">
        <location filename="../../frameworkqda/gui/merge_dialog.py" line="134"/>
        <source>&lt;b&gt;{source}&lt;/b&gt; was merged into this project: %n item(s) added.</source>
        <translation>
            <numerusform>&lt;b&gt;{source}&lt;/b&gt; をこのプロジェクトに統合しました: %n 件を追加。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/merge_dialog.py" line="137"/>
        <source>&lt;b&gt;{source}&lt;/b&gt; was merged into this project: nothing new to add.</source>
        <translation>&lt;b&gt;{source}&lt;/b&gt; をこのプロジェクトに統合しました: 新たに追加するものはありません。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../frameworkqda/gui/merge_dialog.py" line="142"/>
        <source>%n conflict(s) (both versions kept) — see below.</source>
        <translation>
            <numerusform>競合 %n 件（両方の版を保持）— 下記参照。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/merge_dialog.py" line="155"/>
        <source>Copy summary</source>
        <translation>概要をコピー</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/merge_dialog.py" line="176"/>
        <source>From &lt;code&gt;{source}&lt;/code&gt;&lt;br&gt;Into &lt;code&gt;{target}&lt;/code&gt;</source>
        <translation>統合元: &lt;code&gt;{source}&lt;/code&gt;&lt;br&gt;統合先: &lt;code&gt;{target}&lt;/code&gt;</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/merge_dialog.py" line="179"/>
        <source>Conflicts: both kept</source>
        <translation>競合: 両方を保持</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/merge_dialog.py" line="180"/>
        <source>Skipped</source>
        <translation>読み飛ばし</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/merge_dialog.py" line="181"/>
        <source>Added</source>
        <translation>追加</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/merge_dialog.py" line="182"/>
        <source>Matched</source>
        <translation>一致</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/merge_dialog.py" line="183"/>
        <source>None.</source>
        <translation>なし。</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/merge_dialog.py" line="184"/>
        <source>Nothing: everything was matched or added.</source>
        <translation>なし: すべて一致または追加されました。</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/merge_dialog.py" line="187"/>
        <source>Nothing.</source>
        <translation>なし。</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/merge_dialog.py" line="188"/>
        <source>{title} ({count})</source>
        <translation>{title}（{count}）</translation>
    </message>
</context>
<context>
    <name>RefiExportDialog</name>
    <message>
        <location filename="../../frameworkqda/gui/refi_dialogs.py" line="57"/>
        <source>Export REFI-QDA project</source>
        <translation>REFI-QDA プロジェクトの書き出し</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/refi_dialogs.py" line="166"/>
        <source>REFI-QDA project</source>
        <translation>REFI-QDA プロジェクト</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/refi_dialogs.py" line="356"/>
        <source>Export “{project}” to {path}</source>
        <translation>「{project}」を {path} に書き出します</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/refi_dialogs.py" line="358"/>
        <source>Windows line endings (CRLF) in the text files — for MAXQDA</source>
        <translation>テキストファイルの改行を Windows 形式（CRLF）にする — MAXQDA 用</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/refi_dialogs.py" line="361"/>
        <source>NVivo, ATLAS.ti and QualCoder read either; positions are written so they count the characters of the file as written.</source>
        <translation>NVivo、ATLAS.ti、QualCoder はどちらも読めます。位置は書き出したファイルの文字数で数えるように書き込まれます。</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/refi_dialogs.py" line="367"/>
        <source>Export</source>
        <translation>書き出す</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/refi_dialogs.py" line="371"/>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/refi_dialogs.py" line="379"/>
        <source>Exporting “{project}” to {name}…</source>
        <translation>「{project}」を {name} に書き出し中…</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/refi_dialogs.py" line="394"/>
        <source>Finishing…</source>
        <translation>仕上げ中…</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/refi_dialogs.py" line="395"/>
        <source>Exporting: {step}…</source>
        <translation>書き出し中: {step}…</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/refi_dialogs.py" line="402"/>
        <source>Exported “{project}” to {name}.</source>
        <translation>「{project}」を {name} に書き出しました。</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/refi_dialogs.py" line="409"/>
        <source>{documents}, {codes}, {segments} and {notes} ({endings} line endings).</source>
        <translation>{documents}、{codes}、{segments}、{notes}（改行 {endings}）。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../frameworkqda/gui/refi_dialogs.py" line="411"/>
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n 件の文書</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../frameworkqda/gui/refi_dialogs.py" line="412"/>
        <source>%n code(s)</source>
        <translation>
            <numerusform>%n 個のコード</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../frameworkqda/gui/refi_dialogs.py" line="413"/>
        <source>%n coded segment(s)</source>
        <translation>
            <numerusform>%n 件のセグメント</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../frameworkqda/gui/refi_dialogs.py" line="414"/>
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n 件の注記</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/refi_dialogs.py" line="423"/>
        <source>Export cancelled. No file was written.</source>
        <translation>書き出しをキャンセルしました。ファイルは書き出していません。</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/refi_dialogs.py" line="424"/>
        <source>The project could not be exported. No file was written.</source>
        <translation>プロジェクトを書き出せませんでした。ファイルは書き出していません。</translation>
    </message>
</context>
<context>
    <name>RefiImportDialog</name>
    <message>
        <location filename="../../frameworkqda/gui/refi_dialogs.py" line="53"/>
        <source>Import REFI-QDA project</source>
        <translation>REFI-QDA プロジェクトの取り込み</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/refi_dialogs.py" line="62"/>
        <source>All files</source>
        <translation>すべてのファイル</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/refi_dialogs.py" line="100"/>
        <source>REFI-QDA projects</source>
        <translation>REFI-QDA プロジェクト</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/refi_dialogs.py" line="112"/>
        <source>Save the imported project as</source>
        <translation>取り込んだプロジェクトの保存先</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/refi_dialogs.py" line="114"/>
        <source>FrameworkQDA projects</source>
        <translation>FrameworkQDA プロジェクト</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/refi_dialogs.py" line="126"/>
        <source>{path} already exists.

An import always creates a new project and never replaces a file: choose another name.</source>
        <translation>{path} は既にあります。

取り込みは常に新しいプロジェクトを作り、既存のファイルを置き換えることはありません。別の名前を選んでください。</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/refi_dialogs.py" line="316"/>
        <source>Importing {source} into a new project {target}…</source>
        <translation>{source} を新しいプロジェクト {target} に取り込み中…</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/refi_dialogs.py" line="331"/>
        <source>Imported {source} into {target}.</source>
        <translation>{source} を {target} に取り込みました。</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/refi_dialogs.py" line="340"/>
        <source>Import cancelled. No project was created.</source>
        <translation>取り込みをキャンセルしました。プロジェクトは作成していません。</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/refi_dialogs.py" line="341"/>
        <source>{name} could not be imported. No project was created.</source>
        <translation>{name} を取り込めませんでした。プロジェクトは作成していません。</translation>
    </message>
</context>
<context>
    <name>ReviewModel</name>
    <message>
        <location filename="../../frameworkqda/gui/review/model.py" line="36"/>
        <source>Code</source>
        <translation>コード</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/review/model.py" line="37"/>
        <source>Case</source>
        <translation>ケース</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/review/model.py" line="38"/>
        <source>Document</source>
        <translation>文書</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/review/model.py" line="39"/>
        <source>Page</source>
        <translation>ページ</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/review/model.py" line="40"/>
        <source>Text</source>
        <translation>テキスト</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/review/model.py" line="41"/>
        <source>Note</source>
        <translation>注記</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/review/model.py" line="42"/>
        <source>Translation</source>
        <translation>訳</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/review/model.py" line="43"/>
        <source>Coder</source>
        <translation>コーダー</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/review/model.py" line="44"/>
        <source>Updated</source>
        <translation>更新日時</translation>
    </message>
</context>
<context>
    <name>ReviewView</name>
    <message>
        <location filename="../../frameworkqda/gui/review/view.py" line="53"/>
        <source>Filter text, note, translation, code, document…</source>
        <translation>テキスト・注記・訳・コード・文書で絞り込み…</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/review/view.py" line="95"/>
        <source>Go to source</source>
        <translation>出典へ移動</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/review/view.py" line="96"/>
        <source>Recode selected…</source>
        <translation>選択したものを再コーディング…</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/review/view.py" line="97"/>
        <source>Delete selected</source>
        <translation>選択したものを削除</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/review/view.py" line="98"/>
        <source>Export shown…</source>
        <translation>表示中のものを書き出し…</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/review/view.py" line="129"/>
        <source>All codes</source>
        <translation>すべてのコード</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/review/view.py" line="133"/>
        <source>All cases</source>
        <translation>すべてのケース</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/review/view.py" line="136"/>
        <source>(no case)</source>
        <translation>（ケースなし）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../frameworkqda/gui/review/view.py" line="153"/>
        <source>{shown} of %n segment(s)</source>
        <translation>
            <numerusform>%n 件中 {shown} 件のセグメント</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/review/view.py" line="192"/>
        <location filename="../../frameworkqda/gui/review/view.py" line="204"/>
        <source>Recode</source>
        <translation>再コーディング</translation>
    </message>
    <message numerus="yes">
        <location filename="../../frameworkqda/gui/review/view.py" line="193"/>
        <source>New code for %n segment(s):</source>
        <translation>
            <numerusform>%n 件のセグメントの新しいコード:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/review/view.py" line="216"/>
        <location filename="../../frameworkqda/gui/review/view.py" line="225"/>
        <source>Export segments</source>
        <translation>セグメントの書き出し</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/review/view.py" line="218"/>
        <source>Excel</source>
        <translation>Excel</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/review/view.py" line="218"/>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
</context>
<context>
    <name>ScoresEditor</name>
    <message>
        <location filename="../../frameworkqda/gui/scores_editor.py" line="60"/>
        <source>External scores per theme</source>
        <translation>テーマごとの外部スコア</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/scores_editor.py" line="67"/>
        <source>New series, e.g. MIPEX 2020 Japan</source>
        <translation>新しい系列（例: MIPEX 2020 Japan）</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/scores_editor.py" line="69"/>
        <location filename="../../frameworkqda/gui/scores_editor.py" line="169"/>
        <source>Add series</source>
        <translation>系列を追加</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/scores_editor.py" line="71"/>
        <source>Delete series…</source>
        <translation>系列を削除…</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/scores_editor.py" line="74"/>
        <source>Theme</source>
        <translation>テーマ</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/scores_editor.py" line="74"/>
        <source>Score</source>
        <translation>スコア</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/scores_editor.py" line="86"/>
        <source>Import CSV…</source>
        <translation>CSV を取り込み…</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/scores_editor.py" line="88"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/scores_editor.py" line="90"/>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/scores_editor.py" line="94"/>
        <source>Series:</source>
        <translation>系列:</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/scores_editor.py" line="154"/>
        <source>Type a score beside each theme, or paste a column copied from a spreadsheet (Ctrl+V: scores, or theme and score), then Save. Empty: no score for that theme.</source>
        <translation>各テーマの横にスコアを入力するか、表計算ソフトからコピーした列を貼り付けて（Ctrl+V: スコアのみ、またはテーマとスコア）、保存してください。空欄はそのテーマのスコアなしです。</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/scores_editor.py" line="158"/>
        <source>Add a series (name it above), then type or paste its scores.</source>
        <translation>系列を追加し（上で名前を付ける）、そのスコアを入力または貼り付けてください。</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/scores_editor.py" line="179"/>
        <source>Type or paste the scores of “{series}”, then Save.</source>
        <translation>「{series}」のスコアを入力または貼り付けて、保存してください。</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/scores_editor.py" line="214"/>
        <source>not a number — {values}</source>
        <translation>数値ではありません — {values}</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/scores_editor.py" line="227"/>
        <source>Save scores</source>
        <translation>スコアの保存</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/scores_editor.py" line="227"/>
        <source>Nothing saved: {error}</source>
        <translation>何も保存していません: {error}</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/scores_editor.py" line="234"/>
        <source>Set scores “{series}”</source>
        <translation>スコア「{series}」を設定</translation>
    </message>
    <message numerus="yes">
        <location filename="../../frameworkqda/gui/scores_editor.py" line="237"/>
        <source>Saved %n score(s) of “{series}”.</source>
        <translation>
            <numerusform>「{series}」のスコア %n 件を保存しました。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/scores_editor.py" line="252"/>
        <source>Delete series</source>
        <translation>系列を削除</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/scores_editor.py" line="253"/>
        <source>Delete every score of “{series}”? Undo (Ctrl+Z) brings them back.</source>
        <translation>「{series}」のスコアをすべて削除しますか？元に戻す（Ctrl+Z）と復元されます。</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/scores_editor.py" line="261"/>
        <source>Delete scores “{series}”</source>
        <translation>スコア「{series}」を削除</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/scores_editor.py" line="263"/>
        <source>Deleted the scores of “{series}”.</source>
        <translation>「{series}」のスコアを削除しました。</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/scores_editor.py" line="268"/>
        <location filename="../../frameworkqda/gui/scores_editor.py" line="275"/>
        <source>Import scores</source>
        <translation>スコアの取り込み</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/scores_editor.py" line="268"/>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/scores_editor.py" line="277"/>
        <source>Import scores from {name}</source>
        <translation>{name} からスコアを取り込み</translation>
    </message>
    <message numerus="yes">
        <location filename="../../frameworkqda/gui/scores_editor.py" line="282"/>
        <source>Imported %n score(s) ({series}) from {name}.</source>
        <translation>
            <numerusform>{name} からスコア %n 件（{series}）を取り込みました。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../frameworkqda/gui/search/panel.py" line="114"/>
        <source>Search all documents (共生, 市民, multilingual…)</source>
        <translation>すべての文書を検索（共生、市民、多言語…）</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/search/panel.py" line="116"/>
        <source>Regular expression</source>
        <translation>正規表現</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/search/panel.py" line="149"/>
        <source>its sentence</source>
        <translation>その文</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/search/panel.py" line="150"/>
        <source>the hit only</source>
        <translation>一致部分のみ</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/search/panel.py" line="151"/>
        <source>its paragraph</source>
        <translation>その段落</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/search/panel.py" line="156"/>
        <source>What each hit codes: its sentence (to 。！？ . ! ? or the line end), the matched characters only, or its whole paragraph. Hits in one sentence make one segment.</source>
        <translation>各ヒットでコーディングする範囲: その文（。！？ . ! ? または行末まで）、一致した文字のみ、またはその段落全体。同じ文の中のヒットは一つのセグメントになります。</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/search/panel.py" line="160"/>
        <location filename="../../frameworkqda/gui/search/panel.py" line="253"/>
        <source>Code all hits</source>
        <translation>全ヒットをコーディング</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/search/panel.py" line="168"/>
        <source>Code:</source>
        <translation>コード:</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/search/panel.py" line="170"/>
        <source>Unit:</source>
        <translation>単位:</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/search/panel.py" line="198"/>
        <source>All cases</source>
        <translation>すべてのケース</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/search/panel.py" line="219"/>
        <source>Not a valid expression: {error}</source>
        <translation>正しい正規表現ではありません: {error}</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/search/panel.py" line="225"/>
        <source>{hits} in {documents} ({ms} ms)</source>
        <translation>{hits}（{documents}、{ms} ms）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../frameworkqda/gui/search/panel.py" line="226"/>
        <source>%n hit(s)</source>
        <translation>
            <numerusform>%n 件のヒット</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../frameworkqda/gui/search/panel.py" line="227"/>
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n 件の文書</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../frameworkqda/gui/search/panel.py" line="256"/>
        <source>Coded %n sentence(s)</source>
        <translation>
            <numerusform>%n 文をコーディング</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../frameworkqda/gui/search/panel.py" line="257"/>
        <source>Coded %n hit(s)</source>
        <translation>
            <numerusform>%n 件のヒットをコーディング</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../frameworkqda/gui/search/panel.py" line="258"/>
        <source>Coded %n paragraph(s)</source>
        <translation>
            <numerusform>%n 段落をコーディング</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../frameworkqda/gui/search/panel.py" line="261"/>
        <source>{coded} from %n hit(s) as “{code}”</source>
        <translation>
            <numerusform>%n 件のヒットから {coded}（コード「{code}」）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_ExchangeDialog</name>
    <message>
        <location filename="../../frameworkqda/gui/refi_dialogs.py" line="224"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/refi_dialogs.py" line="241"/>
        <source>Cancelling…</source>
        <translation>キャンセル中…</translation>
    </message>
    <message>
        <location filename="../../frameworkqda/gui/refi_dialogs.py" line="300"/>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
</context>
</TS>
