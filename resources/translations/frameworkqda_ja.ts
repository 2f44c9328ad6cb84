<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>AgreementModel</name>
    <message>
        <source>Code</source>
        <translation>コード</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文書</translation>
    </message>
    <message>
        <source>Agreement %</source>
        <translation>一致率 %</translation>
    </message>
    <message>
        <source>A and B %</source>
        <translation>A・B両方 %</translation>
    </message>
    <message>
        <source>Neither %</source>
        <translation>どちらも無し %</translation>
    </message>
    <message>
        <source>A not B %</source>
        <translation>Aのみ %</translation>
    </message>
    <message>
        <source>B not A %</source>
        <translation>Bのみ %</translation>
    </message>
    <message>
        <source>All codes</source>
        <translation>全コード</translation>
    </message>
    <message>
        <source>All documents</source>
        <translation>全文書</translation>
    </message>
</context>
<context>
    <name>Bulk</name>
    <message numerus="yes">
        <source>Recode %n segment(s) as “{code}”</source>
        <translation>
            <numerusform>%n 件のセグメントを「{code}」にコード変更</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Code %n hit(s) as “{code}”</source>
        <translation>
            <numerusform>%n 件のヒットを「{code}」でコーディング</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CarryOverDialog</name>
    <message>
        <source>REFI-QDA import: carry-over report</source>
        <translation>REFI-QDA 取り込み: 引き継ぎ報告</translation>
    </message>
    <message>
        <source>&lt;b&gt;{source}&lt;/b&gt; was imported into the new project &lt;b&gt;{project}&lt;/b&gt;.</source>
        <translation>&lt;b&gt;{source}&lt;/b&gt; を新しいプロジェクト &lt;b&gt;{project}&lt;/b&gt; に取り込みました。</translation>
    </message>
    <message numerus="yes">
        <source>%n part(s) of the file could not be carried over — see below.</source>
        <translation>
            <numerusform>ファイルの %n 個の部分を引き継げませんでした（下記参照）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Everything in the file was carried over.</source>
        <translation>ファイルの内容はすべて引き継がれました。</translation>
    </message>
    <message>
        <source>Copy report</source>
        <translation>報告をコピー</translation>
    </message>
    <message>
        <source>From &lt;code&gt;{path}&lt;/code&gt;</source>
        <translation>取り込み元: &lt;code&gt;{path}&lt;/code&gt;</translation>
    </message>
    <message>
        <source>(made by {origin})</source>
        <translation>（作成: {origin}）</translation>
    </message>
    <message>
        <source>New project: &lt;code&gt;{path}&lt;/code&gt;</source>
        <translation>新しいプロジェクト: &lt;code&gt;{path}&lt;/code&gt;</translation>
    </message>
    <message>
        <source>Not carried over ({count})</source>
        <translation>引き継がれなかったもの（{count}）</translation>
    </message>
    <message>
        <source>These parts of the file are &lt;b&gt;not&lt;/b&gt; in the new project:</source>
        <translation>ファイルの次の部分は新しいプロジェクトに&lt;b&gt;含まれていません&lt;/b&gt;:</translation>
    </message>
    <message>
        <source>Nothing: no data was lost.</source>
        <translation>なし: 失われたデータはありません。</translation>
    </message>
    <message>
        <source>Changed on the way ({count})</source>
        <translation>取り込み時に変更されたもの（{count}）</translation>
    </message>
    <message>
        <source>Carried over</source>
        <translation>引き継がれたもの</translation>
    </message>
    <message>
        <source>Nothing.</source>
        <translation>なし。</translation>
    </message>
</context>
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
    <name>CellsModel</name>
    <message>
        <source>Code</source>
        <translation>コード</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>ケース</translation>
    </message>
    <message>
        <source>Cells</source>
        <translation>セル数</translation>
    </message>
    <message>
        <source>Weighted κ</source>
        <translation>重み付き κ</translation>
    </message>
    <message>
        <source>Agreement %</source>
        <translation>一致率 %</translation>
    </message>
    <message>
        <source>A&apos;s value</source>
        <translation>A の値</translation>
    </message>
    <message>
        <source>B&apos;s value</source>
        <translation>B の値</translation>
    </message>
    <message>
        <source>A&apos;s summary</source>
        <translation>A の要約</translation>
    </message>
    <message>
        <source>B&apos;s summary</source>
        <translation>B の要約</translation>
    </message>
    <message>
        <source>A: {a}
{summary_a}

B: {b}
{summary_b}

Click: open the cell</source>
        <translation>A: {a}
{summary_a}

B: {b}
{summary_b}

クリック: セルを開く</translation>
    </message>
    <message>
        <source>All themes</source>
        <translation>すべてのテーマ</translation>
    </message>
    <message>
        <source>All cases</source>
        <translation>すべてのケース</translation>
    </message>
    <message>
        <source>κ is empty: {reason}</source>
        <translation>κ は算出できません: {reason}</translation>
    </message>
</context>
<context>
    <name>CellsPanel</name>
    <message>
        <source>{cells} cells both charted: agreement {agreement} %, weighted κ {kappa}; {disagreeing} with different values (click one to open it in the matrix).</source>
        <translation>両コーダーがチャート化したセル {cells} 件: 一致率 {agreement} %、重み付き κ {kappa}。値が異なるもの {disagreeing}（クリックするとマトリックスで開きます）。</translation>
    </message>
    <message>
        <source>empty ({reason})</source>
        <translation>算出不可（{reason}）</translation>
    </message>
    <message>
        <source>No cell has a value from both coders yet.</source>
        <translation>両方のコーダーが値を付けたセルはまだありません。</translation>
    </message>
    <message>
        <source>Not compared (a value from one coder only): {a} by A, {b} by B.</source>
        <translation>比較対象外（一方のコーダーのみが値を付けたセル）: A のみ {a}、B のみ {b}。</translation>
    </message>
</context>
<context>
    <name>CodePicker</name>
    <message>
        <source>Type to filter codes… (Enter applies, 1–9 pick)</source>
        <translation>入力でコードを絞り込み…（Enter で適用、1–9 で選択）</translation>
    </message>
    <message>
        <source>(recent)</source>
        <translation>（最近）</translation>
    </message>
    <message numerus="yes">
        <source>%n code(s)</source>
        <translation>
            <numerusform>%n 個のコード</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CodebookEditor</name>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation>Excel ブック</translation>
    </message>
    <message>
        <source>REFI-QDA codebook</source>
        <translation>REFI-QDA コードブック</translation>
    </message>
    <message>
        <source>Codebook</source>
        <translation>コードブック</translation>
    </message>
    <message>
        <source>Definition: what counts as evidence for this code</source>
        <translation>定義: このコードの証拠とみなすもの</translation>
    </message>
    <message>
        <source>Choose a code</source>
        <translation>コードを選んでください</translation>
    </message>
    <message>
        <source>Heading only (groups codes; not applied to text, not charted)</source>
        <translation>見出しのみ（まとめ用。テキストにもチャートにも使わない）</translation>
    </message>
    <message>
        <source>Add theme</source>
        <translation>テーマを追加</translation>
    </message>
    <message>
        <source>Add sub-code</source>
        <translation>サブコードを追加</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>名前を変更…</translation>
    </message>
    <message>
        <source>Colour…</source>
        <translation>色…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>削除…</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上へ移動</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下へ移動</translation>
    </message>
    <message>
        <source>Move to…</source>
        <translation>移動先…</translation>
    </message>
    <message>
        <source>Merge into…</source>
        <translation>統合先…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>取り込み…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>書き出し…</translation>
    </message>
    <message>
        <source>Apply template…</source>
        <translation>テンプレートを適用…</translation>
    </message>
    <message>
        <source>Scores…</source>
        <translation>スコア…</translation>
    </message>
    <message>
        <source>Save definition</source>
        <translation>定義を保存</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>テーマ</translation>
    </message>
    <message>
        <source>Sub-code</source>
        <translation>サブコード</translation>
    </message>
    <message>
        <source>{kind} (heading only)</source>
        <translation>{kind}（見出しのみ）</translation>
    </message>
    <message>
        <source>Add code</source>
        <translation>コードを追加</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名前:</translation>
    </message>
    <message>
        <source>Rename code</source>
        <translation>コード名を変更</translation>
    </message>
    <message>
        <source>Code colour</source>
        <translation>コードの色</translation>
    </message>
    <message>
        <source>Move code</source>
        <translation>コードを移動</translation>
    </message>
    <message>
        <source>(top level: a theme)</source>
        <translation>（最上位: テーマとして）</translation>
    </message>
    <message>
        <source>Move under:</source>
        <translation>移動先の親コード:</translation>
    </message>
    <message>
        <source>Merge code</source>
        <translation>コードを統合</translation>
    </message>
    <message>
        <source>Merge into:</source>
        <translation>統合先:</translation>
    </message>
    <message>
        <source>Its {segments}, its chart cells (summaries joined), its memos and its {children} move to “{target}”; “{source}” is removed. Undo puts everything back.</source>
        <translation>このコードの{segments}、チャートのセル（要約は連結）、メモ、{children}は「{target}」に移り、「{source}」は削除されます。元に戻すとすべて復元されます。</translation>
    </message>
    <message numerus="yes">
        <source>%n coded segment(s)</source>
        <translation>
            <numerusform>%n 件のセグメント</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sub-code(s)</source>
        <translation>
            <numerusform>%n 個のサブコード</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge “{source}” into “{target}”?</source>
        <translation>「{source}」を「{target}」に統合しますか？</translation>
    </message>
    <message>
        <source>Merged “{source}” into “{target}”.</source>
        <translation>「{source}」を「{target}」に統合しました。</translation>
    </message>
    <message>
        <source>Delete code</source>
        <translation>コードを削除</translation>
    </message>
    <message>
        <source>This deletes {what}.

Undo (Ctrl+Z) puts everything back.</source>
        <translation>{what}を削除します。

元に戻す（Ctrl+Z）とすべて復元されます。</translation>
    </message>
    <message>
        <source>Delete “{path}”?</source>
        <translation>「{path}」を削除しますか？</translation>
    </message>
    <message>
        <source>Deleted “{path}”: {what}.</source>
        <translation>「{path}」を削除しました: {what}。</translation>
    </message>
    <message>
        <source>{codes} ({paths}), {segments}, {cells} and {memos}</source>
        <translation>{codes}（{paths}）、{segments}、{cells}、{memos}</translation>
    </message>
    <message numerus="yes">
        <source>%n code(s)</source>
        <translation>
            <numerusform>%n 個のコード</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>、</translation>
    </message>
    <message numerus="yes">
        <source>%n chart cell(s)</source>
        <translation>
            <numerusform>%n 個のチャートのセル</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n memo(s)</source>
        <translation>
            <numerusform>%n 件のメモ</numerusform>
        </translation>
    </message>
    <message>
        <source>Import codebook</source>
        <translation>コードブックの取り込み</translation>
    </message>
    <message numerus="yes">
        <source>Imported {name}: %n code(s) added, {updated} updated.</source>
        <translation>
            <numerusform>{name} を取り込みました: %n 個のコードを追加、{updated} 個を更新。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not carried over: {lost}.</source>
        <translation>引き継がれなかったもの: {lost}。</translation>
    </message>
    <message>
        <source>Export codebook</source>
        <translation>コードブックの書き出し</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n code(s) to {name}.</source>
        <translation>
            <numerusform>%n 個のコードを {name} に書き出しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Apply template</source>
        <translation>テンプレートを適用</translation>
    </message>
    <message>
        <source>Add the themes of:</source>
        <translation>追加するテーマのテンプレート:</translation>
    </message>
    <message numerus="yes">
        <source>Added %n code(s) from the template “{key}”.</source>
        <translation>
            <numerusform>テンプレート「{key}」から %n 個のコードを追加しました。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CodebookTree</name>
    <message>
        <source>Coded</source>
        <translation>件数</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>コード</translation>
    </message>
</context>
<context>
    <name>CoderDialog</name>
    <message>
        <source>Switch coder</source>
        <translation>コーダーの切り替え</translation>
    </message>
    <message>
        <source>Code as (choose a coder of this project or type a new name):</source>
        <translation>コーディングするコーダー（このプロジェクトのコーダーを選ぶか、新しい名前を入力）：</translation>
    </message>
</context>
<context>
    <name>CoderFilterBox</name>
    <message>
        <source>All coders</source>
        <translation>全コーダー</translation>
    </message>
    <message>
        <source>Show the work of one coder</source>
        <translation>一人のコーダーの作業を表示</translation>
    </message>
</context>
<context>
    <name>CoderLabel</name>
    <message>
        <source>Who is coding: click to switch coder</source>
        <translation>コーディング中のコーダー：クリックで切り替え</translation>
    </message>
</context>
<context>
    <name>CoderSwitch</name>
    <message>
        <source>Switch &amp;coder…</source>
        <translation>コーダーの切り替え(&amp;C)…</translation>
    </message>
    <message>
        <source>Now coding as {coder}.</source>
        <translation>{coder} としてコーディングします。</translation>
    </message>
    <message>
        <source>Coder: {coder}</source>
        <translation>コーダー：{coder}</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <source>Export…</source>
        <translation>書き出し…</translation>
    </message>
    <message>
        <source>◀ Previous disagreement</source>
        <translation>◀ 前の不一致</translation>
    </message>
    <message>
        <source>Next disagreement ▶</source>
        <translation>次の不一致 ▶</translation>
    </message>
    <message>
        <source>Coder A:</source>
        <translation>コーダーA：</translation>
    </message>
    <message>
        <source>Coder B:</source>
        <translation>コーダーB：</translation>
    </message>
    <message>
        <source>Coding</source>
        <translation>コーディング</translation>
    </message>
    <message>
        <source>Chart cells</source>
        <translation>チャートのセル</translation>
    </message>
    <message>
        <source>Click a document row to see both coders&apos; passages.</source>
        <translation>文書の行をクリックすると、両コーダーの箇所を表示します。</translation>
    </message>
    <message>
        <source>Choose two different coders.</source>
        <translation>異なる2人のコーダーを選んでください。</translation>
    </message>
    <message numerus="yes">
        <source>%n code and document pair(s) compared; κ and agreement: red low, green high</source>
        <translation>
            <numerusform>%n 組のコードと文書を比較しました。κと一致率：赤は低く、緑は高い</numerusform>
        </translation>
    </message>
    <message>
        <source>A pooled row adds up the documents above it: click a document row to see both coders&apos; passages.</source>
        <translation>合算行はその上の文書を合計したものです。文書の行をクリックすると、両コーダーの箇所を表示します。</translation>
    </message>
    <message>
        <source>{code} in {document}: left stripe and blue {a} (A), right stripe and orange {b} (B); where both coded the colours mix.</source>
        <translation>{document} の {code}：左の帯と青は {a}（A）、右の帯とオレンジは {b}（B）。両方がコーディングした箇所は色が混ざります。</translation>
    </message>
    <message>
        <source>No disagreements here.</source>
        <translation>ここに不一致はありません。</translation>
    </message>
    <message numerus="yes">
        <source>%n disagreement(s): press F8 for the first</source>
        <translation>
            <numerusform>不一致 %n 件：F8 キーで最初の不一致へ</numerusform>
        </translation>
    </message>
    <message>
        <source>Disagreement {number} of {count}: only {coder} coded this</source>
        <translation>不一致 {number}/{count}：{coder} だけがコーディング</translation>
    </message>
    <message>
        <source>Export coding agreement</source>
        <translation>コーディングの一致度を書き出す</translation>
    </message>
    <message>
        <source>Excel (*.xlsx);;CSV (*.csv);;Word (*.docx)</source>
        <translation>Excel (*.xlsx);;CSV (*.csv);;Word (*.docx)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>書き出し</translation>
    </message>
</context>
<context>
    <name>CoreCommand</name>
    <message>
        <source>Reorder cases</source>
        <translation>ケースの並べ替え</translation>
    </message>
    <message>
        <source>Delete case</source>
        <translation>ケースの削除</translation>
    </message>
    <message>
        <source>Move document to case</source>
        <translation>文書をケースへ移動</translation>
    </message>
    <message>
        <source>Mark as read</source>
        <translation>既読にする</translation>
    </message>
    <message>
        <source>Mark as unread</source>
        <translation>未読にする</translation>
    </message>
    <message>
        <source>Edit memo</source>
        <translation>メモの編集</translation>
    </message>
    <message>
        <source>Edit cell</source>
        <translation>セルの編集</translation>
    </message>
    <message>
        <source>Draft summary</source>
        <translation>要約の下書き</translation>
    </message>
    <message>
        <source>Rename code</source>
        <translation>コード名の変更</translation>
    </message>
    <message>
        <source>Edit code</source>
        <translation>コードの編集</translation>
    </message>
    <message>
        <source>Move code</source>
        <translation>コードの移動</translation>
    </message>
    <message>
        <source>Merge codes</source>
        <translation>コードの統合</translation>
    </message>
    <message>
        <source>Delete code</source>
        <translation>コードの削除</translation>
    </message>
    <message>
        <source>Code selection</source>
        <translation>選択範囲のコーディング</translation>
    </message>
    <message>
        <source>Change segment</source>
        <translation>セグメントの変更</translation>
    </message>
    <message>
        <source>Delete segment</source>
        <translation>セグメントの削除</translation>
    </message>
    <message>
        <source>Add case “{name}”</source>
        <translation>ケース「{name}」の追加</translation>
    </message>
    <message>
        <source>Rename case to “{name}”</source>
        <translation>ケース名を「{name}」に変更</translation>
    </message>
    <message>
        <source>Add code “{name}”</source>
        <translation>コード「{name}」の追加</translation>
    </message>
    <message>
        <source>Auto-code “{name}”</source>
        <translation>「{name}」の自動コーディング</translation>
    </message>
</context>
<context>
    <name>CountedNoun</name>
    <message>
        <source>attributes</source>
        <translation>件の属性</translation>
    </message>
    <message>
        <source>attribute values</source>
        <translation>件の属性値</translation>
    </message>
    <message>
        <source>cases</source>
        <translation>件のケース</translation>
    </message>
    <message>
        <source>chart cells</source>
        <translation>個のチャートのセル</translation>
    </message>
    <message>
        <source>codes</source>
        <translation>個のコード</translation>
    </message>
    <message>
        <source>coders</source>
        <translation>人のコーダー</translation>
    </message>
    <message>
        <source>documents</source>
        <translation>件の文書</translation>
    </message>
    <message>
        <source>memos</source>
        <translation>件のメモ</translation>
    </message>
    <message>
        <source>scale values</source>
        <translation>個の尺度の値</translation>
    </message>
    <message>
        <source>segments</source>
        <translation>件のセグメント</translation>
    </message>
    <message>
        <source>users</source>
        <translation>人のユーザー</translation>
    </message>
    <message>
        <source>variables</source>
        <translation>個の変数</translation>
    </message>
    <message>
        <source>variable values</source>
        <translation>件の変数値</translation>
    </message>
</context>
<context>
    <name>CountsChart</name>
    <message>
        <source>Measures present</source>
        <translation>実施されている施策の数</translation>
    </message>
    <message>
        <source>Measures present per theme</source>
        <translation>テーマ別の実施施策数</translation>
    </message>
</context>
<context>
    <name>DocumentTree</name>
    <message>
        <source>Unassigned</source>
        <translation>未割り当て</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n ページ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n coded segment(s)</source>
        <translation>
            <numerusform>コーディング済みセグメント %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>, read</source>
        <translation>、既読</translation>
    </message>
</context>
<context>
    <name>DocumentWorkArea</name>
    <message>
        <source>Mark as read</source>
        <translation>既読にする</translation>
    </message>
    <message>
        <source>Find in document (Ctrl+F)</source>
        <translation>文書内を検索（Ctrl+F）</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>前の一致</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>次の一致</translation>
    </message>
    <message>
        <source>Page </source>
        <translation>ページ </translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation>縮小（Ctrl+-）</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++)</source>
        <translation>拡大（Ctrl++）</translation>
    </message>
    <message>
        <source>Pages as wide as the view (Ctrl+0)</source>
        <translation>ページを表示幅に合わせる（Ctrl+0）</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>テキスト</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>ページ</translation>
    </message>
    <message>
        <source>Choose a document on the left, or import one (Ctrl+I).</source>
        <translation>左の一覧から文書を選ぶか、文書を取り込んでください（Ctrl+I）。</translation>
    </message>
    <message>
        <source>of {count}</source>
        <translation>/ {count}</translation>
    </message>
    <message>
        <source>Import note: {note}</source>
        <translation>取り込み時の注記: {note}</translation>
    </message>
    <message>
        <source>Read ✓</source>
        <translation>既読 ✓</translation>
    </message>
    <message numerus="yes">
        <source>%n found</source>
        <translation>
            <numerusform>%n 件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <source>Choose a cell</source>
        <translation>セルを選んでください</translation>
    </message>
    <message>
        <source>Summary of the evidence for this case and measure</source>
        <translation>このケースと施策の証拠の要約</translation>
    </message>
    <message>
        <source>Open in document</source>
        <translation>文書で開く</translation>
    </message>
    <message>
        <source>Insert auto-draft</source>
        <translation>自動下書きを挿入</translation>
    </message>
    <message>
        <source>Insert quote</source>
        <translation>引用を挿入</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>証拠</translation>
    </message>
    <message>
        <source>Value:</source>
        <translation>値:</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>要約</translation>
    </message>
    <message>
        <source>— no value —</source>
        <translation>— 値なし —</translation>
    </message>
    <message>
        <source>p. {page}</source>
        <translation>{page} ページ</translation>
    </message>
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
    <name>ExchangeProgress</name>
    <message>
        <source>reading the file</source>
        <translation>ファイルを読み込み中</translation>
    </message>
    <message>
        <source>checking the project</source>
        <translation>プロジェクトを確認中</translation>
    </message>
    <message>
        <source>writing the new project</source>
        <translation>新しいプロジェクトを書き込み中</translation>
    </message>
    <message>
        <source>codebook, cases and variables</source>
        <translation>コードブック、ケース、変数</translation>
    </message>
    <message>
        <source>merging coders</source>
        <translation>コーダーを統合中</translation>
    </message>
    <message>
        <source>merging cases</source>
        <translation>ケースを統合中</translation>
    </message>
    <message>
        <source>merging documents</source>
        <translation>文書を統合中</translation>
    </message>
    <message>
        <source>merging codes</source>
        <translation>コードを統合中</translation>
    </message>
    <message>
        <source>merging segments</source>
        <translation>セグメントを統合中</translation>
    </message>
    <message>
        <source>merging chart cells</source>
        <translation>チャートのセルを統合中</translation>
    </message>
    <message>
        <source>merging memos</source>
        <translation>メモを統合中</translation>
    </message>
    <message>
        <source>done</source>
        <translation>完了</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export tables</source>
        <translation>表の書き出し</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>件数</translation>
    </message>
    <message>
        <source>Ranks</source>
        <translation>順位</translation>
    </message>
    <message>
        <source>Framework matrix</source>
        <translation>フレームワーク・マトリックス</translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation>Excel ブック</translation>
    </message>
    <message>
        <source>Word document (journal tables)</source>
        <translation>Word 文書（論文用の表）</translation>
    </message>
    <message>
        <source>CSV (UTF-8)</source>
        <translation>CSV（UTF-8）</translation>
    </message>
    <message>
        <source>Web page</source>
        <translation>ウェブページ</translation>
    </message>
    <message>
        <source>Print each cell&apos;s summary under its value (Word)</source>
        <translation>各セルの要約を値の下に印字する（Word）</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>書き出す</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Table:</source>
        <translation>表:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>形式:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>ファイル:</translation>
    </message>
    <message>
        <source>Preview of what will be written:</source>
        <translation>書き出す内容のプレビュー:</translation>
    </message>
    <message>
        <source>“{table}”: nothing to write for this project</source>
        <translation>「{table}」: このプロジェクトには書き出す内容がありません</translation>
    </message>
    <message>
        <source>{caption}: {rows} rows × {columns} columns</source>
        <translation>{caption}: {rows} 行 × {columns} 列</translation>
    </message>
    <message numerus="yes">
        <source>the file holds %n table(s)</source>
        <translation>
            <numerusform>ファイルには %n 個の表</numerusform>
        </translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>書き出し先</translation>
    </message>
    <message>
        <source>{name} already exists in {folder}.

Replace it?</source>
        <translation>{name} は {folder} に既にあります。

置き換えますか？</translation>
    </message>
    <message>
        <source>Not written: {name} was kept as it was.</source>
        <translation>書き出していません: {name} はそのままです。</translation>
    </message>
    <message>
        <source>Exporting tables</source>
        <translation>表を書き出し中</translation>
    </message>
    <message>
        <source>Exporting {name}</source>
        <translation>{name} を書き出し中</translation>
    </message>
    <message>
        <source>Could not write the file: {error}</source>
        <translation>ファイルを書き出せませんでした: {error}</translation>
    </message>
    <message>
        <source>Wrote {path}</source>
        <translation>{path} に書き出しました</translation>
    </message>
</context>
<context>
    <name>FrameModel</name>
    <message>
        <source>Total</source>
        <translation>合計</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>平均</translation>
    </message>
    <message>
        <source>count</source>
        <translation>件数</translation>
    </message>
    <message>
        <source>count rank</source>
        <translation>件数の順位</translation>
    </message>
    <message>
        <source>score</source>
        <translation>スコア</translation>
    </message>
    <message>
        <source>score rank</source>
        <translation>スコアの順位</translation>
    </message>
    <message>
        <source>rank: {case}</source>
        <translation>順位：{case}</translation>
    </message>
</context>
<context>
    <name>HitModel</name>
    <message>
        <source>Document</source>
        <translation>文書</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>ケース</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>前</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>一致</translation>
    </message>
    <message>
        <source>After</source>
        <translation>後</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Documents</source>
        <translation>文書</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>すべてのファイル</translation>
    </message>
    <message>
        <source>Import documents</source>
        <translation>文書の取り込み</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) to import:</source>
        <translation>
            <numerusform>取り込むファイル %n 件:</numerusform>
        </translation>
    </message>
    <message>
        <source>The case these documents belong to (a city, or the nation)</source>
        <translation>これらの文書が属するケース（市、または国）</translation>
    </message>
    <message>
        <source>Unassigned (no case)</source>
        <translation>未割り当て（ケースなし）</translation>
    </message>
    <message>
        <source>New case…</source>
        <translation>新しいケース…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>取り込む</translation>
    </message>
    <message>
        <source>Into case:</source>
        <translation>取り込み先のケース:</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>新しいケース</translation>
    </message>
    <message>
        <source>Case name (a city, or the nation):</source>
        <translation>ケース名（市、または国）:</translation>
    </message>
    <message>
        <source>Importing documents</source>
        <translation>文書を取り込み中</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n file(s) into {case}…</source>
        <translation>
            <numerusform>%n 件のファイルを {case} に取り込み中…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Importing %n file(s), unassigned (no case)…</source>
        <translation>
            <numerusform>%n 件のファイルを未割り当て（ケースなし）で取り込み中…</numerusform>
        </translation>
    </message>
    <message>
        <source>The password for {name} is wrong. Try again:</source>
        <translation>{name} のパスワードが違います。もう一度入力してください:</translation>
    </message>
    <message>
        <source>{name} is protected by a password. Password:</source>
        <translation>{name} はパスワードで保護されています。パスワード:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <source>{name}: the password is wrong</source>
        <translation>{name}: パスワードが違います</translation>
    </message>
    <message>
        <source>Importing {name} ({number} of {count})…</source>
        <translation>{name} を取り込み中（{count} 件中 {number} 件目）…</translation>
    </message>
    <message>
        <source>{name}: imported as “{document}”</source>
        <translation>{name}: 「{document}」として取り込みました</translation>
    </message>
    <message>
        <source>{name}: already in the project as “{document}” (same content)</source>
        <translation>{name}: 「{document}」として既にプロジェクトにあります（同じ内容）</translation>
    </message>
    <message>
        <source>{name}: not imported (cancelled)</source>
        <translation>{name}: 取り込んでいません（キャンセル）</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>キャンセル中…</translation>
    </message>
    <message>
        <source>Cancelling the import…</source>
        <translation>取り込みをキャンセル中…</translation>
    </message>
    <message>
        <source>The import is still running. Cancel it, or keep it going in the background?</source>
        <translation>取り込みはまだ実行中です。キャンセルしますか、それともバックグラウンドで続けますか？</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>取り込みをキャンセル</translation>
    </message>
    <message>
        <source>Keep going in the background</source>
        <translation>バックグラウンドで続ける</translation>
    </message>
    <message>
        <source>Back to the import</source>
        <translation>取り込みに戻る</translation>
    </message>
    <message numerus="yes">
        <source>Imported {imported} of %n file(s)</source>
        <translation>
            <numerusform>%n 件中 {imported} 件のファイルを取り込みました</numerusform>
        </translation>
    </message>
    <message>
        <source>{count} already in the project</source>
        <translation>{count} 件は既にプロジェクトにあります</translation>
    </message>
    <message>
        <source>{count} failed</source>
        <translation>{count} 件は失敗</translation>
    </message>
    <message>
        <source>{count} cancelled</source>
        <translation>{count} 件はキャンセル</translation>
    </message>
    <message>
        <source>{parts}.</source>
        <translation>{parts}。</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>Jobs</name>
    <message>
        <source>Work in progress</source>
        <translation>処理中の作業</translation>
    </message>
    <message>
        <source>This is still running:
{jobs}

Stop it and quit?</source>
        <translation>次の作業がまだ実行中です：
{jobs}

中止して終了しますか？</translation>
    </message>
    <message>
        <source>Cancel it and quit</source>
        <translation>中止して終了</translation>
    </message>
    <message>
        <source>Quit when done</source>
        <translation>完了後に終了</translation>
    </message>
    <message>
        <source>Don&apos;t quit</source>
        <translation>終了しない</translation>
    </message>
    <message>
        <source>This is still running:
{jobs}

Stop it and close the project?</source>
        <translation>次の作業がまだ実行中です：
{jobs}

中止してプロジェクトを閉じますか？</translation>
    </message>
    <message>
        <source>Cancel it and close the project</source>
        <translation>中止してプロジェクトを閉じる</translation>
    </message>
    <message>
        <source>Close the project when done</source>
        <translation>完了後にプロジェクトを閉じる</translation>
    </message>
    <message>
        <source>Don&apos;t close the project</source>
        <translation>プロジェクトを閉じない</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>システムの既定</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>The new language applies when FrameworkQDA starts again.</source>
        <translation>新しい言語は FrameworkQDA を次に起動したときに適用されます。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>No project open</source>
        <translation>プロジェクトが開かれていません</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>プロジェクトを開く</translation>
    </message>
    <message>
        <source>FrameworkQDA projects (*{suffix})</source>
        <translation>FrameworkQDA プロジェクト (*{suffix})</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>新規プロジェクト</translation>
    </message>
    <message>
        <source>Upgraded the project; the old version is at {path}</source>
        <translation>プロジェクトを更新しました。旧版は {path} にあります</translation>
    </message>
    <message>
        <source>Sample project</source>
        <translation>サンプルプロジェクト</translation>
    </message>
    <message>
        <source>&amp;Undo {step}</source>
        <translation>元に戻す(&amp;U)：{step}</translation>
    </message>
    <message>
        <source>&amp;Redo {step}</source>
        <translation>やり直す(&amp;R)：{step}</translation>
    </message>
    <message>
        <source>Documents by case</source>
        <translation>ケース別の文書</translation>
    </message>
    <message>
        <source>Codebook</source>
        <translation>コードブック</translation>
    </message>
    <message>
        <source>Select a passage first, then press Ctrl+K to code it.</source>
        <translation>先に箇所を選択し、Ctrl+K を押してコーディングしてください。</translation>
    </message>
    <message>
        <source>Nothing selected to code.</source>
        <translation>コーディングする範囲が選択されていません。</translation>
    </message>
    <message>
        <source>Code “{code}”</source>
        <translation>「{code}」でコーディング</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>コード</translation>
    </message>
    <message numerus="yes">
        <source>Coded %n character(s) as “{code}”</source>
        <translation>
            <numerusform>%n 文字を「{code}」でコーディングしました</numerusform>
        </translation>
    </message>
    <message>
        <source>No code applied yet in this project.</source>
        <translation>このプロジェクトではまだコードを付けていません。</translation>
    </message>
    <message>
        <source>Code selection…</source>
        <translation>選択範囲をコーディング…</translation>
    </message>
    <message>
        <source>Code as “{code}”</source>
        <translation>「{code}」でコーディング</translation>
    </message>
    <message>
        <source>Choose a document first.</source>
        <translation>先に文書を選んでください。</translation>
    </message>
    <message>
        <source>Choose a case first.</source>
        <translation>先にケースを選んでください。</translation>
    </message>
    <message>
        <source>Choose a code first.</source>
        <translation>先にコードを選んでください。</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>やり直し</translation>
    </message>
    <message>
        <source>Someone else has changed this since you undid your edit.</source>
        <translation>あなたが編集を元に戻した後に、ほかの人がここを変更しました。</translation>
    </message>
    <message>
        <source>Someone else has changed this since your edit.</source>
        <translation>あなたの編集の後に、ほかの人がここを変更しました。</translation>
    </message>
    <message>
        <source>{changes}.

Redoing now would write over their change.</source>
        <translation>{changes}。

いまやり直すと、その変更を上書きします。</translation>
    </message>
    <message>
        <source>{changes}.

Undoing now would write over their change.</source>
        <translation>{changes}。

いま元に戻すと、その変更を上書きします。</translation>
    </message>
    <message>
        <source>Undo anyway</source>
        <translation>それでも元に戻す</translation>
    </message>
    <message>
        <source>Redo anyway</source>
        <translation>それでもやり直す</translation>
    </message>
    <message>
        <source>Add case</source>
        <translation>ケースの追加</translation>
    </message>
    <message>
        <source>Case name (a city, or the national level):</source>
        <translation>ケース名（都市、または国レベル）：</translation>
    </message>
    <message>
        <source>Project “{name}”</source>
        <translation>プロジェクト「{name}」</translation>
    </message>
    <message>
        <source>Document {number}</source>
        <translation>文書 {number}</translation>
    </message>
    <message>
        <source>Case {number}</source>
        <translation>ケース {number}</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>文書 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>ケース %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n code(s)</source>
        <translation>
            <numerusform>コード %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n segment(s)</source>
        <translation>
            <numerusform>セグメント %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>FrameworkQDA {version}
Framework analysis for policy documents.</source>
        <translation>FrameworkQDA {version}
政策文書のためのフレームワーク分析。</translation>
    </message>
    <message>
        <source>FrameworkQDA will quit when the work is done.</source>
        <translation>作業が完了したら FrameworkQDA を終了します。</translation>
    </message>
</context>
<context>
    <name>MappingView</name>
    <message>
        <source>Group average</source>
        <translation>グループ平均</translation>
    </message>
    <message>
        <source>What the counts and ranks mean for this theme</source>
        <translation>このテーマにとって件数と順位が意味すること</translation>
    </message>
    <message>
        <source>Save memo</source>
        <translation>メモを保存</translation>
    </message>
    <message>
        <source>Chart → PNG…</source>
        <translation>グラフ → PNG…</translation>
    </message>
    <message>
        <source>Chart → SVG…</source>
        <translation>グラフ → SVG…</translation>
    </message>
    <message>
        <source>PNG resolution: text and lines scale with it, as in print</source>
        <translation>PNG の解像度：印刷と同じく文字と線もこれに合わせて拡大縮小します</translation>
    </message>
    <message>
        <source>Chart export:</source>
        <translation>グラフの書き出し：</translation>
    </message>
    <message>
        <source>at</source>
        <translation>解像度</translation>
    </message>
    <message>
        <source>Export tables…</source>
        <translation>表を書き出す…</translation>
    </message>
    <message>
        <source>Measures present per theme and case</source>
        <translation>テーマ・ケース別の実施施策数</translation>
    </message>
    <message>
        <source>Group average over:</source>
        <translation>グループ平均の対象：</translation>
    </message>
    <message>
        <source>Ranking beside external scores</source>
        <translation>外部スコアとの順位比較</translation>
    </message>
    <message>
        <source>Scores:</source>
        <translation>スコア：</translation>
    </message>
    <message>
        <source>Interpretation memo: choose a theme</source>
        <translation>解釈メモ：テーマを選んでください</translation>
    </message>
    <message>
        <source>No external scores in this project (codebook → scores).</source>
        <translation>このプロジェクトには外部スコアがありません（コードブック → スコア）。</translation>
    </message>
    <message>
        <source>Total over all cases</source>
        <translation>全ケースの合計</translation>
    </message>
    <message numerus="yes">
        <source>Spearman&apos;s ρ, ranking by count ({basis}) vs {series}: {rho} (%n theme(s))
Per case: {per_case}</source>
        <translation>
            <numerusform>スピアマンのρ、件数による順位（{basis}）対 {series}：{rho}（テーマ %n 件）
ケース別：{per_case}</numerusform>
        </translation>
    </message>
    <message>
        <source>Interpretation memo: {theme}</source>
        <translation>解釈メモ：{theme}</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>グラフを書き出す</translation>
    </message>
    <message>
        <source>Image (*{suffix})</source>
        <translation>画像 (*{suffix})</translation>
    </message>
    <message>
        <source>undefined</source>
        <translation>算出不能</translation>
    </message>
</context>
<context>
    <name>MatrixModel</name>
    <message>
        <source>Value: {value}</source>
        <translation>値: {value}</translation>
    </message>
    <message numerus="yes">
        <source>Evidence: %n passage(s)</source>
        <translation>
            <numerusform>証拠: %n 箇所</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MatrixView</name>
    <message>
        <source>Transpose</source>
        <translation>行と列を入れ替え</translation>
    </message>
    <message>
        <source>Collapse themes</source>
        <translation>テーマを折りたたむ</translation>
    </message>
    <message>
        <source>Expand themes</source>
        <translation>テーマを展開</translation>
    </message>
    <message>
        <source>Auto-draft empty cells</source>
        <translation>空のセルを自動下書き</translation>
    </message>
    <message>
        <source>Draft a summary from the evidence for every cell that has evidence and no summary (one undo step)</source>
        <translation>証拠があり要約のないすべてのセルについて、証拠から要約を下書きします（一度の操作で元に戻せます）</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation>テーマ:</translation>
    </message>
    <message>
        <source>Case:</source>
        <translation>ケース:</translation>
    </message>
    <message>
        <source>Show measures with:</source>
        <translation>表示する施策:</translation>
    </message>
    <message>
        <source>All themes</source>
        <translation>すべてのテーマ</translation>
    </message>
    <message>
        <source>All cases</source>
        <translation>すべてのケース</translation>
    </message>
    <message>
        <source>anything</source>
        <translation>すべて</translation>
    </message>
    <message>
        <source>value “{value}”</source>
        <translation>値「{value}」</translation>
    </message>
    <message>
        <source>no value yet</source>
        <translation>値が未設定</translation>
    </message>
    <message>
        <source>evidence but no summary</source>
        <translation>証拠はあるが要約がない</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n ケース</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n measure(s)</source>
        <translation>
            <numerusform>%n 施策</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) with evidence but no summary (amber)</source>
        <translation>
            <numerusform>証拠はあるが要約のないセル %n 個（黄色）</numerusform>
        </translation>
    </message>
    <message>
        <source>keys 1–9 set a value, 0 clears</source>
        <translation>1–9 キーで値を設定、0 で消去</translation>
    </message>
    <message>
        <source>click a theme header to collapse it</source>
        <translation>テーマの見出しをクリックで折りたたみ</translation>
    </message>
    <message>
        <source>Choose a cell (a case and a measure)</source>
        <translation>セル（ケースと施策）を選んでください</translation>
    </message>
    <message>
        <source>Edit cell summary</source>
        <translation>セルの要約を編集</translation>
    </message>
    <message>
        <source>no value</source>
        <translation>値なし</translation>
    </message>
    <message>
        <source>Set value “{value}”</source>
        <translation>値「{value}」を設定</translation>
    </message>
    <message>
        <source>The cell was not changed: {error}</source>
        <translation>セルは変更されていません: {error}</translation>
    </message>
    <message>
        <source>Kept their version of the cell.</source>
        <translation>セルは相手の版のままにしました。</translation>
    </message>
    <message numerus="yes">
        <source>Set value on %n cell(s)</source>
        <translation>
            <numerusform>%n 個のセルに値を設定</numerusform>
        </translation>
    </message>
    <message>
        <source>Drafting summaries from the evidence…</source>
        <translation>証拠から要約を下書き中…</translation>
    </message>
    <message>
        <source>Drafting summaries</source>
        <translation>要約を下書き中</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>キャンセル中…</translation>
    </message>
    <message>
        <source>Drafting summaries: case {done} of {total}…</source>
        <translation>要約を下書き中: {total} ケース中 {done} ケース目…</translation>
    </message>
    <message>
        <source>Could not draft the summaries: {error}</source>
        <translation>要約を下書きできませんでした: {error}</translation>
    </message>
    <message>
        <source>Auto-draft cancelled: nothing was written.</source>
        <translation>自動下書きをキャンセルしました: 何も書き込んでいません。</translation>
    </message>
    <message numerus="yes">
        <source>Drafted %n empty summary(s) (one undo step)</source>
        <translation>
            <numerusform>空の要約 %n 件を下書きしました（一度の操作で元に戻せます）</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear value</source>
        <translation>値を消去</translation>
    </message>
    <message>
        <source>Insert auto-draft into summary</source>
        <translation>要約に自動下書きを挿入</translation>
    </message>
</context>
<context>
    <name>MemoDialog</name>
    <message>
        <source>Memo — {subject}</source>
        <translation>メモ — {subject}</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge project</source>
        <translation>プロジェクトの統合</translation>
    </message>
    <message>
        <source>FrameworkQDA projects and REFI-QDA files</source>
        <translation>FrameworkQDA プロジェクトと REFI-QDA ファイル</translation>
    </message>
    <message>
        <source>Merging {source} into “{project}”…</source>
        <translation>{source} を「{project}」に統合中…</translation>
    </message>
    <message>
        <source>Merged {source}.</source>
        <translation>{source} を統合しました。</translation>
    </message>
    <message>
        <source>Merge cancelled. The project is as it was.</source>
        <translation>統合をキャンセルしました。プロジェクトは元のままです。</translation>
    </message>
    <message>
        <source>{source} could not be merged. The project is as it was.</source>
        <translation>{source} を統合できませんでした。プロジェクトは元のままです。</translation>
    </message>
</context>
<context>
    <name>MergeSummaryDialog</name>
    <message>
        <source>Merge project: summary</source>
        <translation>プロジェクトの統合: 概要</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;{source}&lt;/b&gt; was merged into this project: %n item(s) added.</source>
        <translation>
            <numerusform>&lt;b&gt;{source}&lt;/b&gt; をこのプロジェクトに統合しました: %n 件を追加。</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;{source}&lt;/b&gt; was merged into this project: nothing new to add.</source>
        <translation>&lt;b&gt;{source}&lt;/b&gt; をこのプロジェクトに統合しました: 新たに追加するものはありません。</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) (both versions kept) — see below.</source>
        <translation>
            <numerusform>競合 %n 件（両方の版を保持）— 下記参照。</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy summary</source>
        <translation>概要をコピー</translation>
    </message>
    <message>
        <source>From &lt;code&gt;{source}&lt;/code&gt;&lt;br&gt;Into &lt;code&gt;{target}&lt;/code&gt;</source>
        <translation>統合元: &lt;code&gt;{source}&lt;/code&gt;&lt;br&gt;統合先: &lt;code&gt;{target}&lt;/code&gt;</translation>
    </message>
    <message>
        <source>Conflicts: both kept</source>
        <translation>競合: 両方を保持</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>読み飛ばし</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>Matched</source>
        <translation>一致</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>なし。</translation>
    </message>
    <message>
        <source>Nothing: everything was matched or added.</source>
        <translation>なし: すべて一致または追加されました。</translation>
    </message>
    <message>
        <source>Nothing.</source>
        <translation>なし。</translation>
    </message>
    <message>
        <source>{title} ({count})</source>
        <translation>{title}（{count}）</translation>
    </message>
</context>
<context>
    <name>Open</name>
    <message>
        <source>Open project</source>
        <translation>プロジェクトを開く</translation>
    </message>
    <message>
        <source>Open server project</source>
        <translation>サーバー上のプロジェクトを開く</translation>
    </message>
    <message>
        <source>The project&apos;s PostgreSQL URL, with your own role and no password
(the password comes from ~/.pgpass, or you are asked for it):</source>
        <translation>プロジェクトの PostgreSQL URL（自分のロールで、パスワードは含めない）
（パスワードは ~/.pgpass から読むか、入力を求めます）:</translation>
    </message>
</context>
<context>
    <name>OpeningPage</name>
    <message>
        <source>Opening {name}…</source>
        <translation>{name} を開いています…</translation>
    </message>
    <message>
        <source>Opening the sample project…</source>
        <translation>サンプルプロジェクトを開いています…</translation>
    </message>
</context>
<context>
    <name>ProjectSession</name>
    <message>
        <source>Read-only: changes cannot be saved</source>
        <translation>読み取り専用：変更は保存できません</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>場所(&amp;L):</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>ファイルの種類(&amp;T):</translation>
    </message>
</context>
<context>
    <name>RefiExportDialog</name>
    <message>
        <source>Export REFI-QDA project</source>
        <translation>REFI-QDA プロジェクトの書き出し</translation>
    </message>
    <message>
        <source>REFI-QDA project</source>
        <translation>REFI-QDA プロジェクト</translation>
    </message>
    <message>
        <source>Export “{project}” to {path}</source>
        <translation>「{project}」を {path} に書き出します</translation>
    </message>
    <message>
        <source>Windows line endings (CRLF) in the text files — for MAXQDA</source>
        <translation>テキストファイルの改行を Windows 形式（CRLF）にする — MAXQDA 用</translation>
    </message>
    <message>
        <source>NVivo, ATLAS.ti and QualCoder read either; positions are written so they count the characters of the file as written.</source>
        <translation>NVivo、ATLAS.ti、QualCoder はどちらも読めます。位置は書き出したファイルの文字数で数えるように書き込まれます。</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>書き出す</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Exporting “{project}” to {name}…</source>
        <translation>「{project}」を {name} に書き出し中…</translation>
    </message>
    <message>
        <source>Finishing…</source>
        <translation>仕上げ中…</translation>
    </message>
    <message>
        <source>Exporting: {step}…</source>
        <translation>書き出し中: {step}…</translation>
    </message>
    <message>
        <source>Exported “{project}” to {name}.</source>
        <translation>「{project}」を {name} に書き出しました。</translation>
    </message>
    <message>
        <source>{documents}, {codes}, {segments} and {notes} ({endings} line endings).</source>
        <translation>{documents}、{codes}、{segments}、{notes}（改行 {endings}）。</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n 件の文書</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n code(s)</source>
        <translation>
            <numerusform>%n 個のコード</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n coded segment(s)</source>
        <translation>
            <numerusform>%n 件のセグメント</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n 件の注記</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled. No file was written.</source>
        <translation>書き出しをキャンセルしました。ファイルは書き出していません。</translation>
    </message>
    <message>
        <source>The project could not be exported. No file was written.</source>
        <translation>プロジェクトを書き出せませんでした。ファイルは書き出していません。</translation>
    </message>
</context>
<context>
    <name>RefiImportDialog</name>
    <message>
        <source>Import REFI-QDA project</source>
        <translation>REFI-QDA プロジェクトの取り込み</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>すべてのファイル</translation>
    </message>
    <message>
        <source>REFI-QDA projects</source>
        <translation>REFI-QDA プロジェクト</translation>
    </message>
    <message>
        <source>Save the imported project as</source>
        <translation>取り込んだプロジェクトの保存先</translation>
    </message>
    <message>
        <source>FrameworkQDA projects</source>
        <translation>FrameworkQDA プロジェクト</translation>
    </message>
    <message>
        <source>{path} already exists.

An import always creates a new project and never replaces a file: choose another name.</source>
        <translation>{path} は既にあります。

取り込みは常に新しいプロジェクトを作り、既存のファイルを置き換えることはありません。別の名前を選んでください。</translation>
    </message>
    <message>
        <source>Importing {source} into a new project {target}…</source>
        <translation>{source} を新しいプロジェクト {target} に取り込み中…</translation>
    </message>
    <message>
        <source>Imported {source} into {target}.</source>
        <translation>{source} を {target} に取り込みました。</translation>
    </message>
    <message>
        <source>Import cancelled. No project was created.</source>
        <translation>取り込みをキャンセルしました。プロジェクトは作成していません。</translation>
    </message>
    <message>
        <source>{name} could not be imported. No project was created.</source>
        <translation>{name} を取り込めませんでした。プロジェクトは作成していません。</translation>
    </message>
</context>
<context>
    <name>ReviewModel</name>
    <message>
        <source>Code</source>
        <translation>コード</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>ケース</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文書</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>ページ</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>テキスト</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>注記</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>訳</translation>
    </message>
    <message>
        <source>Coder</source>
        <translation>コーダー</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新日時</translation>
    </message>
</context>
<context>
    <name>ReviewView</name>
    <message>
        <source>Filter text, note, translation, code, document…</source>
        <translation>テキスト・注記・訳・コード・文書で絞り込み…</translation>
    </message>
    <message>
        <source>Go to source</source>
        <translation>出典へ移動</translation>
    </message>
    <message>
        <source>Recode selected…</source>
        <translation>選択したものを再コーディング…</translation>
    </message>
    <message>
        <source>Delete selected</source>
        <translation>選択したものを削除</translation>
    </message>
    <message>
        <source>Export shown…</source>
        <translation>表示中のものを書き出し…</translation>
    </message>
    <message>
        <source>All codes</source>
        <translation>すべてのコード</translation>
    </message>
    <message>
        <source>All cases</source>
        <translation>すべてのケース</translation>
    </message>
    <message>
        <source>(no case)</source>
        <translation>（ケースなし）</translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %n segment(s)</source>
        <translation>
            <numerusform>%n 件中 {shown} 件のセグメント</numerusform>
        </translation>
    </message>
    <message>
        <source>Recode</source>
        <translation>再コーディング</translation>
    </message>
    <message numerus="yes">
        <source>New code for %n segment(s):</source>
        <translation>
            <numerusform>%n 件のセグメントの新しいコード:</numerusform>
        </translation>
    </message>
    <message>
        <source>Export segments</source>
        <translation>セグメントの書き出し</translation>
    </message>
    <message>
        <source>Excel</source>
        <translation>Excel</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
</context>
<context>
    <name>ScoresEditor</name>
    <message>
        <source>External scores per theme</source>
        <translation>テーマごとの外部スコア</translation>
    </message>
    <message>
        <source>New series, e.g. MIPEX 2020 Japan</source>
        <translation>新しい系列（例: MIPEX 2020 Japan）</translation>
    </message>
    <message>
        <source>Add series</source>
        <translation>系列を追加</translation>
    </message>
    <message>
        <source>Delete series…</source>
        <translation>系列を削除…</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>テーマ</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>スコア</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>CSV を取り込み…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Series:</source>
        <translation>系列:</translation>
    </message>
    <message>
        <source>Type a score beside each theme, or paste a column copied from a spreadsheet (Ctrl+V: scores, or theme and score), then Save. Empty: no score for that theme.</source>
        <translation>各テーマの横にスコアを入力するか、表計算ソフトからコピーした列を貼り付けて（Ctrl+V: スコアのみ、またはテーマとスコア）、保存してください。空欄はそのテーマのスコアなしです。</translation>
    </message>
    <message>
        <source>Add a series (name it above), then type or paste its scores.</source>
        <translation>系列を追加し（上で名前を付ける）、そのスコアを入力または貼り付けてください。</translation>
    </message>
    <message>
        <source>Type or paste the scores of “{series}”, then Save.</source>
        <translation>「{series}」のスコアを入力または貼り付けて、保存してください。</translation>
    </message>
    <message>
        <source>not a number — {values}</source>
        <translation>数値ではありません — {values}</translation>
    </message>
    <message>
        <source>Save scores</source>
        <translation>スコアの保存</translation>
    </message>
    <message>
        <source>Nothing saved: {error}</source>
        <translation>何も保存していません: {error}</translation>
    </message>
    <message>
        <source>Set scores “{series}”</source>
        <translation>スコア「{series}」を設定</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n score(s) of “{series}”.</source>
        <translation>
            <numerusform>「{series}」のスコア %n 件を保存しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete series</source>
        <translation>系列を削除</translation>
    </message>
    <message>
        <source>Delete every score of “{series}”? Undo (Ctrl+Z) brings them back.</source>
        <translation>「{series}」のスコアをすべて削除しますか？元に戻す（Ctrl+Z）と復元されます。</translation>
    </message>
    <message>
        <source>Delete scores “{series}”</source>
        <translation>スコア「{series}」を削除</translation>
    </message>
    <message>
        <source>Deleted the scores of “{series}”.</source>
        <translation>「{series}」のスコアを削除しました。</translation>
    </message>
    <message>
        <source>Import scores</source>
        <translation>スコアの取り込み</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>Import scores from {name}</source>
        <translation>{name} からスコアを取り込み</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n score(s) ({series}) from {name}.</source>
        <translation>
            <numerusform>{name} からスコア %n 件（{series}）を取り込みました。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Search all documents (共生, 市民, multilingual…)</source>
        <translation>すべての文書を検索（共生、市民、多言語…）</translation>
    </message>
    <message>
        <source>Regular expression</source>
        <translation>正規表現</translation>
    </message>
    <message>
        <source>its sentence</source>
        <translation>その文</translation>
    </message>
    <message>
        <source>the hit only</source>
        <translation>一致部分のみ</translation>
    </message>
    <message>
        <source>its paragraph</source>
        <translation>その段落</translation>
    </message>
    <message>
        <source>What each hit codes: its sentence (to 。！？ . ! ? or the line end), the matched characters only, or its whole paragraph. Hits in one sentence make one segment.</source>
        <translation>各ヒットでコーディングする範囲: その文（。！？ . ! ? または行末まで）、一致した文字のみ、またはその段落全体。同じ文の中のヒットは一つのセグメントになります。</translation>
    </message>
    <message>
        <source>Code all hits</source>
        <translation>全ヒットをコーディング</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>コード:</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>単位:</translation>
    </message>
    <message>
        <source>All cases</source>
        <translation>すべてのケース</translation>
    </message>
    <message>
        <source>Not a valid expression: {error}</source>
        <translation>正しい正規表現ではありません: {error}</translation>
    </message>
    <message>
        <source>{hits} in {documents} ({ms} ms)</source>
        <translation>{hits}（{documents}、{ms} ms）</translation>
    </message>
    <message numerus="yes">
        <source>%n hit(s)</source>
        <translation>
            <numerusform>%n 件のヒット</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n 件の文書</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Coded %n sentence(s)</source>
        <translation>
            <numerusform>%n 文をコーディング</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Coded %n hit(s)</source>
        <translation>
            <numerusform>%n 件のヒットをコーディング</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Coded %n paragraph(s)</source>
        <translation>
            <numerusform>%n 段落をコーディング</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{coded} from %n hit(s) as “{code}”</source>
        <translation>
            <numerusform>%n 件のヒットから {coded}（コード「{code}」）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SegmentInspector</name>
    <message>
        <source>Note</source>
        <translation>注記</translation>
    </message>
    <message>
        <source>English translation</source>
        <translation>英訳</translation>
    </message>
    <message>
        <source>Delete segment</source>
        <translation>セグメントを削除</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>コード</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>訳</translation>
    </message>
    <message>
        <source>No segment selected. Click a highlighted passage or its stripe.</source>
        <translation>セグメントが選択されていません。強調表示された箇所かその帯をクリックしてください。</translation>
    </message>
    <message numerus="yes">
        <source>Coded passage: %n character(s) (characters {first}–{last} of the document)</source>
        <translation>
            <numerusform>コーディングされた箇所：%n 文字（文書の {first}–{last} 文字目）</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>注記の編集</translation>
    </message>
    <message>
        <source>Change code</source>
        <translation>コードの変更</translation>
    </message>
</context>
<context>
    <name>ServerPasswordDialog</name>
    <message>
        <source>Password for the server</source>
        <translation>サーバーのパスワード</translation>
    </message>
    <message>
        <source>{reason}

Type the password for {location}. It is kept only while the project is open.</source>
        <translation>{reason}

{location} のパスワードを入力してください。プロジェクトを開いている間だけ保持されます。</translation>
    </message>
    <message>
        <source>Remember it in the system keyring</source>
        <translation>システムのキーリングに保存する</translation>
    </message>
</context>
<context>
    <name>StageNavigator</name>
    <message numerus="yes">
        <source>{done} of %n document(s) read</source>
        <translation>
            <numerusform>文書 %n 件中 {done} 件を既読</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n theme(s)</source>
        <translation>
            <numerusform>テーマ %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n code(s)</source>
        <translation>
            <numerusform>コード %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>{themes}, {codes}</source>
        <translation>{themes}、{codes}</translation>
    </message>
    <message numerus="yes">
        <source>{done} of %n document(s) coded</source>
        <translation>
            <numerusform>文書 %n 件中 {done} 件をコーディング済み</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{done} of %n cell(s) charted</source>
        <translation>
            <numerusform>セル %n 件中 {done} 件をチャート化済み</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{done} of %n theme(s) fully charted</source>
        <translation>
            <numerusform>テーマ %n 件中 {done} 件のチャート化が完了</numerusform>
        </translation>
    </message>
    <message>
        <source>A theme is fully charted when every one of its measures has a value for every case: its counts then rest on the researcher&apos;s values alone, not on evidence still waiting to be judged.</source>
        <translation>テーマのチャート化が完了するのは、そのすべての施策にすべてのケースの値が入ったときです。そのとき件数は、判断待ちの証拠ではなく、研究者が付けた値だけに基づきます。</translation>
    </message>
</context>
<context>
    <name>Stages</name>
    <message>
        <source>Familiarisation</source>
        <translation>熟知化</translation>
    </message>
    <message>
        <source>Import, read and assign documents to cases</source>
        <translation>文書を取り込み、読み、ケースに割り当てる</translation>
    </message>
    <message>
        <source>Thematic framework</source>
        <translation>主題枠組みの特定</translation>
    </message>
    <message>
        <source>Build the codebook: themes and measures</source>
        <translation>コードブックを作る：テーマと施策</translation>
    </message>
    <message>
        <source>Indexing</source>
        <translation>索引付け</translation>
    </message>
    <message>
        <source>Highlight passages and tag them with codes</source>
        <translation>箇所を選んでコードを付ける</translation>
    </message>
    <message>
        <source>Charting</source>
        <translation>チャート化</translation>
    </message>
    <message>
        <source>Summarise evidence per case and measure</source>
        <translation>ケース・施策ごとに証拠を要約する</translation>
    </message>
    <message>
        <source>Mapping &amp; interpretation</source>
        <translation>マッピングと解釈</translation>
    </message>
    <message>
        <source>Counts, rankings, charts and memos</source>
        <translation>件数、順位、グラフ、メモ</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Framework analysis (Ritchie &amp; Spencer) of Japanese and English policy documents — familiarise, build a framework, index, chart and map.</source>
        <translation>日本語・英語の政策文書のフレームワーク分析（Ritchie &amp; Spencer）— 熟知化、枠組みの構築、索引付け、チャート化、マッピング。</translation>
    </message>
    <message>
        <source>No recent projects yet.</source>
        <translation>最近使ったプロジェクトはまだありません。</translation>
    </message>
    <message>
        <source>Open project… (Ctrl+O)</source>
        <translation>プロジェクトを開く… (Ctrl+O)</translation>
    </message>
    <message>
        <source>Recent projects</source>
        <translation>最近使ったプロジェクト</translation>
    </message>
    <message>
        <source>New project from template… (Ctrl+N)</source>
        <translation>テンプレートから新規プロジェクト… (Ctrl+N)</translation>
    </message>
    <message>
        <source>Open the sample project</source>
        <translation>サンプルプロジェクトを開く</translation>
    </message>
    <message>
        <source>Three cities (Hamamatsu, Kawasaki, Osaka) and Japan&apos;s national level, with Japanese and English documents coded to the MIPEX-local framework.</source>
        <translation>3つの都市（浜松市、川崎市、大阪市）と日本の国レベル。日本語と英語の文書を MIPEXローカルの枠組みでコーディング済み。</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>はじめる</translation>
    </message>
    <message>
        <source>Framework template</source>
        <translation>フレームワークのテンプレート</translation>
    </message>
</context>
<context>
    <name>StoreDialogs</name>
    <message>
        <source>{reason}. Opened read-only.</source>
        <translation>{reason}。読み取り専用で開きました。</translation>
    </message>
    <message>
        <source>Damaged project</source>
        <translation>破損したプロジェクト</translation>
    </message>
    <message>
        <source>This project file is damaged. Nothing was written to it.</source>
        <translation>このプロジェクトファイルは破損しています。ファイルには何も書き込んでいません。</translation>
    </message>
    <message>
        <source>{reason}

Recover… copies everything that can still be read into a new project beside it and opens that; the damaged file is kept as it is.</source>
        <translation>{reason}

「復旧…」は、まだ読める内容をすべて同じフォルダーの新しいプロジェクトに写し、それを開きます。破損したファイルはそのまま残します。</translation>
    </message>
    <message>
        <source>Recover…</source>
        <translation>復旧…</translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation>読み取り専用で開く</translation>
    </message>
    <message>
        <source>Damaged project opened read-only.</source>
        <translation>破損したプロジェクトを読み取り専用で開きました。</translation>
    </message>
</context>
<context>
    <name>Views</name>
    <message>
        <source>Documents</source>
        <translation>文書</translation>
    </message>
    <message>
        <source>Coding</source>
        <translation>コーディング</translation>
    </message>
    <message>
        <source>Codebook</source>
        <translation>コードブック</translation>
    </message>
    <message>
        <source>Framework matrix</source>
        <translation>フレームワーク・マトリックス</translation>
    </message>
    <message>
        <source>Mapping &amp; interpretation</source>
        <translation>マッピングと解釈</translation>
    </message>
    <message>
        <source>Review coded segments</source>
        <translation>コーディング済みセグメントの確認</translation>
    </message>
    <message>
        <source>Search all documents</source>
        <translation>全文書を検索</translation>
    </message>
    <message>
        <source>Compare coders</source>
        <translation>コーダーの比較</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New project…</source>
        <translation>新規プロジェクト(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open project…</source>
        <translation>プロジェクトを開く(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;server project…</source>
        <translation>サーバー上のプロジェクトを開く(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Import documents…</source>
        <translation>文書の取り込み(&amp;I)…</translation>
    </message>
    <message>
        <source>Import &amp;REFI-QDA project (.qdpx, .qde)…</source>
        <translation>REFI-QDA プロジェクトの取り込み(&amp;R) (.qdpx, .qde)…</translation>
    </message>
    <message>
        <source>&amp;Export REFI-QDA project (.qdpx)…</source>
        <translation>REFI-QDA プロジェクトの書き出し(&amp;E) (.qdpx)…</translation>
    </message>
    <message>
        <source>&amp;Merge project…</source>
        <translation>プロジェクトの統合(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Close project</source>
        <translation>プロジェクトを閉じる(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>やり直す(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Find in document</source>
        <translation>文書内を検索(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Delete segment</source>
        <translation>セグメントを削除(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>コード(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Code selection…</source>
        <translation>選択範囲をコーディング(&amp;C)…</translation>
    </message>
    <message>
        <source>Apply &amp;last code again</source>
        <translation>直前のコードをもう一度付ける(&amp;L)</translation>
    </message>
    <message>
        <source>Add &amp;case…</source>
        <translation>ケースの追加(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;{number} {stage}</source>
        <translation>{stage}(&amp;{number})</translation>
    </message>
    <message>
        <source>&amp;Review coded segments</source>
        <translation>コーディング済みセグメントの確認(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Search all documents</source>
        <translation>全文書を検索(&amp;S)</translation>
    </message>
    <message>
        <source>Compare &amp;coders</source>
        <translation>コーダーの比較(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Memos</source>
        <translation>メモ(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Project memo…</source>
        <translation>プロジェクトのメモ(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Document memo…</source>
        <translation>文書のメモ(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Case memo…</source>
        <translation>ケースのメモ(&amp;C)…</translation>
    </message>
    <message>
        <source>C&amp;ode memo…</source>
        <translation>コードのメモ(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About FrameworkQDA</source>
        <translation>FrameworkQDA について(&amp;A)</translation>
    </message>
</context>
<context>
    <name>_ExchangeDialog</name>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>キャンセル中…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
</context>
</TS>
