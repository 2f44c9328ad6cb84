<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>Agreement</name>
    <message>
        <source>no coder named {name} (coders: {coders})</source>
        <translation>{name}というコーダーはいません（コーダー：{coders}）</translation>
    </message>
    <message>
        <source>no coder named {name} (coders: none)</source>
        <translation>{name}というコーダーはいません（コーダーはまだいません）</translation>
    </message>
    <message>
        <source>{label} is not a value of the scale; its values are: {values}</source>
        <translation>{label}は値の尺度にありません。尺度の値：{values}</translation>
    </message>
</context>
<context>
    <name>AgreementExportDialog</name>
    <message>
        <source>Export coding agreement</source>
        <translation>コーディングの一致度を書き出す</translation>
    </message>
    <message>
        <source>The language of the caption, the note, the sheet name and the column headers; code, document and coder names are written as they are. It starts at the project&apos;s language.</source>
        <translation>表題・注・シート名・列見出しの言語です。コード・文書・コーダーの名前はそのまま書き出します。最初はプロジェクトの言語が選ばれています。</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>書き出し…</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>言語：</translation>
    </message>
</context>
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
    <name>AttributeDialog</name>
    <message>
        <source>Add attribute</source>
        <translation>属性の追加</translation>
    </message>
    <message>
        <source>e.g. Foreign residents (%)</source>
        <translation>例：外国人住民の割合（%）</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名前：</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>種類：</translation>
    </message>
</context>
<context>
    <name>AttributeKind</name>
    <message>
        <source>text</source>
        <translation>テキスト</translation>
    </message>
    <message>
        <source>number</source>
        <translation>数値</translation>
    </message>
    <message>
        <source>whole number</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>yes/no</source>
        <translation>はい／いいえ</translation>
    </message>
    <message>
        <source>date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>テキスト</translation>
    </message>
    <message>
        <source>Whole number</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>数値</translation>
    </message>
    <message>
        <source>Yes/No</source>
        <translation>はい／いいえ</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
</context>
<context>
    <name>Bulk</name>
    <message>
        <source>document</source>
        <translation>文書</translation>
    </message>
    <message>
        <source>range and code</source>
        <translation>範囲とコード</translation>
    </message>
    <message>
        <source>range, code and coder</source>
        <translation>範囲とコードとコーダー</translation>
    </message>
    <message>
        <source>case and code</source>
        <translation>ケースとコード</translation>
    </message>
    <message>
        <source>row {row}: {reason}</source>
        <translation>{row} 行目：{reason}</translation>
    </message>
    <message>
        <source>the same {what} as row {row}</source>
        <translation>{row} 行目と同じ{what}です</translation>
    </message>
    <message>
        <source>{path}: %n bad row(s), nothing written
{rows}</source>
        <translation>{path}：誤りのある行が %n 行あるため、何も書き込んでいません
{rows}</translation>
    </message>
    <message>
        <source>{path}: empty; the first row names the columns</source>
        <translation>{path}：空です。1 行目に列名を書いてください</translation>
    </message>
    <message>
        <source>missing column(s) {columns}</source>
        <translation>列 {columns} がありません</translation>
    </message>
    <message>
        <source>unknown column(s) {columns}</source>
        <translation>列 {columns} は不明です</translation>
    </message>
    <message>
        <source>column(s) named twice: {columns}</source>
        <translation>列 {columns} が二度あります</translation>
    </message>
    <message>
        <source>{required} (optional: {optional})</source>
        <translation>{required}（省略可：{optional}）</translation>
    </message>
    <message>
        <source>{path}: {problems}; expected {expected}</source>
        <translation>{path}：{problems}。必要な列：{expected}</translation>
    </message>
    <message>
        <source>%n field(s) where the header has {width}</source>
        <translation>見出し行は {width} 列ですが、この行は %n 列です</translation>
    </message>
    <message>
        <source>{column} {text} is not a whole number</source>
        <translation>{column} の{text}は整数ではありません</translation>
    </message>
    <message>
        <source>{coder} has already coded this range with this code, with another note or translation</source>
        <translation>{coder} はこの範囲に既にこのコードを付けています（注記または訳が異なります）</translation>
    </message>
    <message>
        <source>text {given} is not the document&apos;s text at that range ({passage})</source>
        <translation>テキスト{given}はその範囲の本文（{passage}）と一致しません</translation>
    </message>
    <message>
        <source>case {given} is not the document&apos;s case ({case})</source>
        <translation>ケース{given}は文書のケース（{case}）と異なります</translation>
    </message>
    <message>
        <source>case {given}: the document is in no case</source>
        <translation>ケース{given}：文書はどのケースにも属していません</translation>
    </message>
    <message>
        <source>page {given}: the range begins on page {page}</source>
        <translation>ページ {given}：この範囲は {page} ページから始まります</translation>
    </message>
    <message>
        <source>page {given}: the document has no pages</source>
        <translation>ページ {given}：文書にページがありません</translation>
    </message>
    <message>
        <source>{path}: nothing to set; add a value or a summary column</source>
        <translation>{path}：設定するものがありません。値か要約の列を加えてください</translation>
    </message>
    <message>
        <source>{path}: a draft column says whether the summary is a draft; add the summary column</source>
        <translation>{path}：下書きの列は要約が下書きかどうかを示すものです。要約の列を加えてください</translation>
    </message>
    <message>
        <source>version “{version}” is not a whole number (0: no cell yet)</source>
        <translation>バージョン「{version}」は整数ではありません（0：まだセルがない）</translation>
    </message>
    <message>
        <source>draft “{draft}” is neither true nor false (true/false, 1/0, yes/no)</source>
        <translation>下書き「{draft}」は真偽を表していません（true/false、1/0、yes/no のいずれかです）</translation>
    </message>
    <message>
        <source>{path}: %n cell(s) changed since the version given, nothing written
{rows}</source>
        <translation>{path}：指定のバージョンの後にセル %n 個が変更されているため、何も書き込んでいません
{rows}</translation>
    </message>
    <message numerus="yes">
        <source>Recode %Ln segment(s) as “{code}”</source>
        <translation>
            <numerusform>セグメント %Ln 件を「{code}」にコード変更</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln segment(s)</source>
        <translation>
            <numerusform>セグメント %Ln 件を削除</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Code %Ln hit(s) as “{code}”</source>
        <translation>
            <numerusform>ヒット %Ln 件を「{code}」でコーディング</numerusform>
        </translation>
    </message>
    <message>
        <source>Coding hits</source>
        <translation>ヒットのコーディング</translation>
    </message>
    <message numerus="yes">
        <source>Coding %Ln hit(s)…</source>
        <translation>
            <numerusform>ヒット %Ln 件をコーディング中…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CSV</name>
    <message>
        <source>{path}: cannot be read ({reason})</source>
        <translation>{path}：読み込めません（{reason}）</translation>
    </message>
    <message>
        <source>{path}: not UTF-8 text ({reason}); in Excel, save it as “CSV UTF-8 (Comma delimited)”</source>
        <translation>{path}：UTF-8 のテキストではありません（{reason}）。Excel では「CSV UTF-8 (コンマ区切り)」で保存してください</translation>
    </message>
    <message>
        <source>a quote opened here is never closed</source>
        <translation>ここで開いた引用符（&quot;）が閉じられていません</translation>
    </message>
    <message>
        <source>text follows the closing quote of a field (a quote inside one is written &quot;&quot;)</source>
        <translation>フィールドを閉じる引用符の後に文字があります（フィールド内の引用符は &quot;&quot; と書きます）</translation>
    </message>
    <message>
        <source>a field longer than {limit} characters: is a quote opened here never closed?</source>
        <translation>{limit} 文字を超えるフィールドがあります。ここで開いた引用符が閉じられていないのではありませんか</translation>
    </message>
    <message>
        <source>{path}: row {row}: {reason}</source>
        <translation>{path}：{row} 行目：{reason}</translation>
    </message>
    <message>
        <source>{path}: row {row} (line {line}): {reason}</source>
        <translation>{path}：{row} 行目（テキストでは {line} 行目）：{reason}</translation>
    </message>
</context>
<context>
    <name>CarryOver</name>
    <message>
        <source>line {number}</source>
        <translation>{number} 行目</translation>
    </message>
    <message>
        <source>TextSource &apos;{name}&apos;</source>
        <translation>テキスト文書「{name}」</translation>
    </message>
    <message>
        <source>PDFSource &apos;{name}&apos;</source>
        <translation>PDF 文書「{name}」</translation>
    </message>
    <message>
        <source>note &apos;{name}&apos;</source>
        <translation>メモ「{name}」</translation>
    </message>
    <message>
        <source>an external file ({path}) that is not read on import</source>
        <translation>取り込み時には読まない外部ファイル（{path}）</translation>
    </message>
    <message>
        <source>{uri} is missing from the archive</source>
        <translation>{uri} がアーカイブにありません</translation>
    </message>
    <message>
        <source>{uri} points outside the project&apos;s folder</source>
        <translation>{uri} はプロジェクトのフォルダーの外を指しています</translation>
    </message>
    <message>
        <source>{uri} was not found beside {name}</source>
        <translation>{uri} が {name} と同じフォルダーに見つかりません</translation>
    </message>
    <message>
        <source>{label}: no plain text given</source>
        <translation>{label}：プレーンテキストが指定されていません</translation>
    </message>
    <message>
        <source>{label}: its plain text cannot be read: {problem}</source>
        <translation>{label}：プレーンテキストを読めません（{problem}）</translation>
    </message>
    <message>
        <source>{label}: its plain text {path} is not UTF-8</source>
        <translation>{label}：プレーンテキスト {path} が UTF-8 ではありません</translation>
    </message>
    <message>
        <source>{label}: no text representation</source>
        <translation>{label}：テキスト表現がありません</translation>
    </message>
    <message>
        <source>{problem}; the source and its codings are not carried over</source>
        <translation>{problem}。この文書とそのコーディングは引き継がれていません</translation>
    </message>
    <message>
        <source>PictureSource &apos;{name}&apos;: pictures, audio and video are not supported (%n coding(s) not carried over)</source>
        <translation>画像「{name}」：画像・音声・動画には対応していません（コーディング %n 件は引き継がれていません）</translation>
    </message>
    <message>
        <source>AudioSource &apos;{name}&apos;: pictures, audio and video are not supported (%n coding(s) not carried over)</source>
        <translation>音声「{name}」：画像・音声・動画には対応していません（コーディング %n 件は引き継がれていません）</translation>
    </message>
    <message>
        <source>VideoSource &apos;{name}&apos;: pictures, audio and video are not supported (%n coding(s) not carried over)</source>
        <translation>動画「{name}」：画像・音声・動画には対応していません（コーディング %n 件は引き継がれていません）</translation>
    </message>
    <message>
        <source>&lt;{element}&gt; &apos;{name}&apos;: unknown kind of source</source>
        <translation>&lt;{element}&gt;「{name}」：種類のわからないソースです</translation>
    </message>
    <message>
        <source>&lt;{element}&gt; at {line}: not understood</source>
        <translation>{line}の &lt;{element}&gt;：解釈できません</translation>
    </message>
    <message>
        <source>set &apos;{name}&apos; ({line}): sets are not supported</source>
        <translation>セット「{name}」（{line}）：セットには対応していません</translation>
    </message>
    <message>
        <source>set &apos;{name}&apos;: sets are not supported</source>
        <translation>セット「{name}」：セットには対応していません</translation>
    </message>
    <message>
        <source>graph &apos;{name}&apos; ({line}): graphs are not supported</source>
        <translation>グラフ「{name}」（{line}）：グラフには対応していません</translation>
    </message>
    <message>
        <source>variable &apos;{name}&apos;: its description</source>
        <translation>変数「{name}」の説明</translation>
    </message>
    <message>
        <source>{label}: its description</source>
        <translation>{label}の説明</translation>
    </message>
    <message>
        <source>source &apos;{name}&apos;: a variable value on a source (variables belong to cases here)</source>
        <translation>文書「{name}」：文書に付いた変数の値（FrameworkQDA では変数はケースに付きます）</translation>
    </message>
    <message>
        <source>case &apos;{name}&apos;: its link to a code ({line}); cases are linked to documents only</source>
        <translation>ケース「{name}」：コードへのリンク（{line}）。ケースは文書にだけリンクします</translation>
    </message>
    <message>
        <source>case &apos;{name}&apos;: its link to a selection ({line}); cases hold whole documents</source>
        <translation>ケース「{name}」：選択範囲へのリンク（{line}）。ケースには文書全体が属します</translation>
    </message>
    <message>
        <source>case &apos;{name}&apos;: source {guid} was not imported, so it is not assigned</source>
        <translation>ケース「{name}」：ソース {guid} は取り込まれなかったため、割り当てていません</translation>
    </message>
    <message>
        <source>case &apos;{name}&apos;: document &apos;{document}&apos; already belongs to another case (a document has one case)</source>
        <translation>ケース「{name}」：文書「{document}」はすでに別のケースに属しています（文書が属するケースは一つです）</translation>
    </message>
    <message>
        <source>case &apos;{name}&apos;: value &apos;{value}&apos; of &apos;{variable}&apos;; the case &apos;{case}&apos; it is taken as has &apos;{kept}&apos; for it</source>
        <translation>ケース「{name}」：変数「{variable}」の値「{value}」。このケースとして扱ったケース「{case}」には既に値「{kept}」があります</translation>
    </message>
    <message>
        <source>chart cell &apos;{name}&apos;: the case &apos;{case}&apos; its case is taken as has a chart cell on this code already</source>
        <translation>チャートのセル「{name}」：このケースとして扱ったケース「{case}」には、このコードのセルが既にあります</translation>
    </message>
    <message>
        <source>case &apos;{name}&apos;: a value without a variable</source>
        <translation>ケース「{name}」：変数のない値</translation>
    </message>
    <message>
        <source>case &apos;{name}&apos;: value &apos;{value}&apos; of &apos;{variable}&apos; does not fit its type</source>
        <translation>ケース「{name}」：変数「{variable}」の値「{value}」が変数の型に合いません</translation>
    </message>
    <message>
        <source>selection {guid}</source>
        <translation>選択範囲 {guid}</translation>
    </message>
    <message>
        <source>selection {guid} &apos;{name}&apos;</source>
        <translation>選択範囲 {guid}「{name}」</translation>
    </message>
    <message>
        <source>PDF selection {guid} (page {page})</source>
        <translation>PDF 上の選択範囲 {guid}（{page} ページ）</translation>
    </message>
    <message>
        <source>{file}, {line}: {selection} in {label}: {attribute} &apos;{value}&apos; is not a whole number</source>
        <translation>{file}、{line}：{label}の{selection}：{attribute} の値「{value}」が整数ではありません</translation>
    </message>
    <message>
        <source>{file}, {line}: {selection} in {label}: it has no {attribute}</source>
        <translation>{file}、{line}：{label}の{selection}：{attribute} がありません</translation>
    </message>
    <message>
        <source>{file}, {line}: {selection} in {label}: it starts after it ends (startPosition {start}, endPosition {end})</source>
        <translation>{file}、{line}：{label}の{selection}：開始位置が終了位置より後ろにあります（startPosition {start}、endPosition {end}）</translation>
    </message>
    <message>
        <source>{file}, {line}: {selection} in {label}: it selects nothing (startPosition and endPosition are both {start})</source>
        <translation>{file}、{line}：{label}の{selection}：何も選択していません（startPosition と endPosition がどちらも {start}）</translation>
    </message>
    <message>
        <source>{file}, {line}: {selection} in {label}: range {start}-{end} is outside its text ({length} characters)</source>
        <translation>{file}、{line}：{label}の{selection}：範囲 {start}-{end} が本文（{length} 文字）の外にあります</translation>
    </message>
    <message>
        <source>{file}, {line}: {selection} in {label}: its name says it covers &apos;{expected}&apos;, but the area covers &apos;{found}&apos; (read from the top of the page) or &apos;{found2}&apos; (from the bottom, as the standard says); which was meant cannot be told</source>
        <translation>{file}、{line}：{label}の{selection}：名前は「{expected}」を指していますが、領域が覆うのは「{found}」（ページの上端から読んだ場合）または「{found2}」（規格どおり下端から読んだ場合）で、どちらの意味か判断できません</translation>
    </message>
    <message>
        <source>selection {guid} in &apos;{document}&apos;: no code applied (uncoded selections are not kept)</source>
        <translation>文書「{document}」の選択範囲 {guid}：コードが付いていません（コードのない選択範囲は保持しません）</translation>
    </message>
    <message>
        <source>coding {guid}: no code</source>
        <translation>コーディング {guid}：コードがありません</translation>
    </message>
    <message>
        <source>PDF selection {guid} in &apos;{document}&apos; (page {page}): could not be matched to the text</source>
        <translation>文書「{document}」の PDF 上の選択範囲 {guid}（{page} ページ）：本文と対応づけられませんでした</translation>
    </message>
    <message>
        <source>note &apos;{name}&apos;: its &lt;{element}&gt;</source>
        <translation>メモ「{name}」の &lt;{element}&gt;</translation>
    </message>
    <message>
        <source>link &apos;{name}&apos; ({line}): links other than note links are not supported</source>
        <translation>リンク「{name}」（{line}）：メモのリンク以外のリンクには対応していません</translation>
    </message>
    <message>
        <source>link &apos;{name}&apos;: from a segment note</source>
        <translation>リンク「{name}」：セグメントの注記からのリンク</translation>
    </message>
    <message>
        <source>link &apos;{name}&apos;: a note linked to a &lt;{element}&gt;</source>
        <translation>リンク「{name}」：&lt;{element}&gt; にリンクされたメモ</translation>
    </message>
    <message>
        <source>note &apos;{name}&apos;: also attached to a {kind} ({guid}); a memo has one target, kept on the first</source>
        <translation>メモ「{name}」：{kind}（{guid}）にも付いています。メモの付け先は一つなので、最初の付け先に残しました</translation>
    </message>
    <message>
        <source>a note on {kind} {guid}: that {kind} was not carried over; the note is kept on the project</source>
        <translation>{kind} {guid} のメモ：その{kind}は引き継がれなかったため、メモはプロジェクトに付けました</translation>
    </message>
    <message>
        <source>a coder&apos;s charting of a cell by unknown user {guid}: not kept</source>
        <translation>不明なユーザー {guid} によるセルのチャート化：保持していません</translation>
    </message>
    <message>
        <source>{element} {line}: unknown user {guid} (kept without a coder)</source>
        <translation>&lt;{element}&gt;（{line}）：不明なユーザー {guid}（コーダーなしで保持しました）</translation>
    </message>
    <message>
        <source>variable &apos;{name}&apos;: date-time values kept as text</source>
        <translation>変数「{name}」：日時の値はテキストとして保持しました</translation>
    </message>
    <message>
        <source>{label}: rich text {problem}; kept as plain text</source>
        <translation>{label}：リッチテキストを読めません（{problem}）。プレーンテキストとして保持しました</translation>
    </message>
    <message>
        <source>{label}: page geometry not rebuilt ({reason})</source>
        <translation>{label}：ページ上の文字の位置を再構成できませんでした（{reason}）</translation>
    </message>
    <message>
        <source>{label}: the text representation differs from the PDF&apos;s own text; selections are matched by their text, page boxes not kept</source>
        <translation>{label}：テキスト表現が PDF 自身のテキストと異なります。選択範囲は文字列で対応づけ、ページ上の枠は保持しません</translation>
    </message>
    <message>
        <source>{label}: the PDF file cannot be read ({problem}); imported as a text document</source>
        <translation>{label}：PDF ファイルを読めません（{problem}）。テキスト文書として取り込みました</translation>
    </message>
    <message>
        <source>{label}: the PDF file is not named; imported as a text document</source>
        <translation>{label}：PDF ファイルが指定されていません。テキスト文書として取り込みました</translation>
    </message>
    <message>
        <source>chart cell note &apos;{name}&apos; lacks one case and one code; kept as a memo</source>
        <translation>チャートのセルのメモ「{name}」：ケースとコードが一つずつ揃っていないため、メモとして保持しました</translation>
    </message>
    <message>
        <source>coder charting note &apos;{name}&apos; lacks its cell or coder; kept as a memo</source>
        <translation>コーダーのチャート化メモ「{name}」：セルかコーダーがないため、メモとして保持しました</translation>
    </message>
    <message>
        <source>{count} notes on {target} &apos;{name}&apos; joined into one memo (one memo per item)</source>
        <translation>{target}「{name}」のメモ {count} 件を一つのメモにまとめました（メモは一項目に一つ）</translation>
    </message>
    <message>
        <source>document &apos;{name}&apos;: %n coded passage(s) sharing text with a passage of the same code and coder joined into it, as coding that text again does (the passage widened to cover them, their notes and translations kept on it)</source>
        <translation>文書「{name}」：同じコード・同じコーダーの箇所と本文が重なるコーディング箇所 %n 件を、その箇所にまとめました（同じ本文をもう一度コーディングしたときと同じく、箇所を広げて全体を含め、注記と訳はその箇所に残しています）</translation>
    </message>
    <message>
        <source>From an overlapping selection with the same code and coder:</source>
        <translation>同じコード・同じコーダーの重なる選択範囲から：</translation>
    </message>
    <message>
        <source>Note {number}</source>
        <translation>メモ {number}</translation>
    </message>
    <message>
        <source>{count} notes on the project joined into one memo (one memo per item)</source>
        <translation>プロジェクトのメモ {count} 件を一つのメモにまとめました（メモは一項目に一つ）</translation>
    </message>
    <message>
        <source>chart value &apos;{label}&apos; added to the value scale (as not present)</source>
        <translation>チャートの値「{label}」を値の尺度に追加しました（「ある」とは数えない値として）</translation>
    </message>
    <message>
        <source>{file}, {line}: {selection} in {label}: its name is &apos;{expected}&apos; but the text at {start}-{end} is &apos;{found}&apos;; imported at the positions given, check it</source>
        <translation>{file}、{line}：{label}の{selection}：名前は「{expected}」ですが、{start}-{end} の本文は「{found}」です。指定された位置のまま取り込みました。確認してください</translation>
    </message>
    <message>
        <source>code &apos;{name}&apos;: a heading only in the file (isCodable=&quot;false&quot;), with %n coding(s) on it; imported as a code that takes codings, as a heading only here takes none</source>
        <translation>コード「{name}」：ファイルでは見出しのみ（コーディング不可）ですが、コーディング %n 件がついています。ここでは見出しのみにはコーディングできないため、コーディングできるコードとして取り込みました</translation>
    </message>
    <message>
        <source>{label}: its selections count each CRLF line end as one character, as their names show ({count} match only so, {given} only as the standard counts); read so</source>
        <translation>{label}：選択範囲の名前から、位置は CRLF の改行を 1 文字として数えています（そう数えた場合にだけ一致するもの {count} 件、規格どおり数えた場合にだけ一致するもの {given} 件）。そのように読みました</translation>
    </message>
    <message>
        <source>a second case named &apos;{name}&apos; taken as the first: a name names one case here, so its documents, values and memos are that case&apos;s</source>
        <translation>同じ名前「{name}」の 2 つ目のケースを 1 つ目と同じケースとして扱いました。名前が同じなら同じケースなので、その文書・値・メモはそのケースのものになります</translation>
    </message>
    <message>
        <source>case &apos;{name}&apos; taken as the case &apos;{kept}&apos; before it: names differing only in letter case or spacing are one case here, so its documents, values and memos are that case&apos;s</source>
        <translation>ケース「{name}」を先にあるケース「{kept}」と同じケースとして扱いました。大文字・小文字や空白だけが違う名前は同じケースなので、その文書・値・メモはそのケースのものになります</translation>
    </message>
    <message>
        <source>user &apos;{name}&apos; renamed &apos;{new}&apos; (names must be unique)</source>
        <translation>コーダー「{name}」の名前を「{new}」に変えました（名前は重複できません）</translation>
    </message>
    <message>
        <source>variable &apos;{name}&apos; renamed &apos;{new}&apos; (names must be unique)</source>
        <translation>変数「{name}」の名前を「{new}」に変えました（名前は重複できません）</translation>
    </message>
    <message>
        <source>document &apos;{name}&apos; renamed &apos;{new}&apos; (names must be unique)</source>
        <translation>文書「{name}」の名前を「{new}」に変えました（名前は重複できません）</translation>
    </message>
</context>
<context>
    <name>CarryOverDialog</name>
    <message>
        <source>REFI-QDA import: carry-over report</source>
        <translation>REFI-QDA 取り込み：引き継ぎ報告</translation>
    </message>
    <message>
        <source>&lt;b&gt;{source}&lt;/b&gt; was imported into the new project &lt;b&gt;{project}&lt;/b&gt;.</source>
        <translation>&lt;b&gt;{source}&lt;/b&gt; を新しいプロジェクト &lt;b&gt;{project}&lt;/b&gt; に取り込みました。</translation>
    </message>
    <message numerus="yes">
        <source>%n part(s) of the file could not be carried over — see below.</source>
        <translation>
            <numerusform>ファイルの部分 %n 個を引き継げませんでした（下記参照）。</numerusform>
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
        <translation>取り込み元：&lt;code&gt;{path}&lt;/code&gt;</translation>
    </message>
    <message>
        <source>(made by {origin})</source>
        <translation>（作成：{origin}）</translation>
    </message>
    <message>
        <source>New project: &lt;code&gt;{path}&lt;/code&gt;</source>
        <translation>新しいプロジェクト：&lt;code&gt;{path}&lt;/code&gt;</translation>
    </message>
    <message>
        <source>Not carried over ({count})</source>
        <translation>引き継がれなかったもの（{count}）</translation>
    </message>
    <message>
        <source>These parts of the file are &lt;b&gt;not&lt;/b&gt; in the new project:</source>
        <translation>ファイルの次の部分は新しいプロジェクトに&lt;b&gt;含まれていません&lt;/b&gt;：</translation>
    </message>
    <message>
        <source>Nothing: no data was lost.</source>
        <translation>なし：失われたデータはありません。</translation>
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
    <name>CaseWhere</name>
    <message>
        <source>contains</source>
        <translation>を含む</translation>
    </message>
    <message>
        <source>Only the cases whose attribute (Code → Cases and attributes…) meets this</source>
        <translation>属性（コード → ケースと属性…）がこの条件を満たすケースのみ</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>属性</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>比較条件</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>Cases where</source>
        <translation>ケースの条件：</translation>
    </message>
    <message>
        <source>No case attributes to filter by yet: add them (Region, Population…) in Code → Cases and attributes…</source>
        <translation>絞り込みに使えるケースの属性はまだありません。属性（地域、人口…）は「コード → ケースと属性…」で追加できます。</translation>
    </message>
    <message>
        <source>any attribute</source>
        <translation>属性を問わない</translation>
    </message>
    <message>
        <source>value</source>
        <translation>値</translation>
    </message>
</context>
<context>
    <name>Cases</name>
    <message>
        <source>no case named {name}</source>
        <translation>{name}というケースはありません</translation>
    </message>
    <message>
        <source>no document has the id {number}</source>
        <translation>ID {number} の文書はありません</translation>
    </message>
    <message>
        <source>no document named {name}; did you mean {meant}?</source>
        <translation>{name}という文書はありません。{meant}のことですか？</translation>
    </message>
    <message>
        <source>no document named {name}</source>
        <translation>{name}という文書はありません</translation>
    </message>
    <message>
        <source>{given} is the name of one document and the id of another ({other}): give {prefix}{named} for the one named {given}, {prefix}{number} for {other}</source>
        <translation>{given}はある文書の名前で、別の文書（{other}）の ID でもあります。{given}という名前の文書は {prefix}{named}、{other}は {prefix}{number} と指定してください</translation>
    </message>
    <message>
        <source>{name} names %n cases whose names differ only in letter case or spacing: {cases}; rename all but one</source>
        <translation>{name}に当たるケースが %n 件あります（名前の違いは大文字・小文字か空白だけです）：{cases}。1 件を残して名前を変えてください</translation>
    </message>
    <message>
        <source>a case named {existing} already exists; case names differing only in letter case or spacing are one case</source>
        <translation>{existing}というケースは既にあります。大文字・小文字や空白だけが違う名前は同じケースです</translation>
    </message>
    <message>
        <source>a case named {name} already exists</source>
        <translation>{name}というケースは既にあります</translation>
    </message>
    <message>
        <source>no document with id {document_id}</source>
        <translation>ID {document_id} の文書はありません</translation>
    </message>
    <message>
        <source>{text} is not a valid {kind}: {reason}</source>
        <translation>{text}は正しい「{kind}」ではありません。{reason}</translation>
    </message>
    <message>
        <source>{text} is not a valid {kind}</source>
        <translation>{text}は正しい「{kind}」ではありません。</translation>
    </message>
    <message>
        <source>attribute {name} is of kind {kind}, not {asked}</source>
        <translation>ケース属性{name}の種類は{kind}で、{asked}ではありません</translation>
    </message>
    <message>
        <source>{text} is not a valid yes/no</source>
        <translation>{text}は「はい」か「いいえ」として読めません</translation>
    </message>
    <message>
        <source>the attribute {name}</source>
        <translation>ケース属性{name}</translation>
    </message>
    <message>
        <source>the attribute {name} was renamed to {now} by someone else</source>
        <translation>ケース属性{name}はほかの人が{now}に名前を変更しました</translation>
    </message>
    <message>
        <source>the kind of {name} was changed to {kind} by someone else meanwhile: {reason}</source>
        <translation>その間にほかの人が{name}の種類を{kind}に変更しました：{reason}</translation>
    </message>
    <message>
        <source>no attribute named {name}</source>
        <translation>{name}というケース属性はありません</translation>
    </message>
    <message>
        <source>no attribute with id {attribute_id}</source>
        <translation>ID {attribute_id} のケース属性はありません</translation>
    </message>
    <message>
        <source>cannot rename the attribute to {name}: empty or already used</source>
        <translation>ケース属性名を{name}に変更できません。空か、既に使われています</translation>
    </message>
    <message>
        <source>{value} of {case}</source>
        <translation>{case}の{value}</translation>
    </message>
    <message>
        <source>{values} and %n more</source>
        <translation>{values}ほか %n 件</translation>
    </message>
    <message>
        <source>cannot change {name} to {kind}: {values} cannot be read as {kind}; change or empty those values first</source>
        <translation>{name}の種類を「{kind}」に変更できません。{values}は「{kind}」として読めません。先にこれらの値を修正するか空にしてください。</translation>
    </message>
    <message>
        <source>{name} cannot go back to {kind}: {values}, set since, cannot be read as {kind}</source>
        <translation>{name}を{kind}に戻せません：その後に入力された{values}は{kind}として読めません</translation>
    </message>
    <message>
        <source>{value} is not a date</source>
        <translation>{value}は日付ではありません</translation>
    </message>
    <message>
        <source>{value} is not a {kind}</source>
        <translation>{value}は{kind}ではありません</translation>
    </message>
    <message>
        <source>{value} is not a whole number</source>
        <translation>{value}は整数ではありません</translation>
    </message>
    <message>
        <source>no case with id {case_id}</source>
        <translation>ID {case_id} のケースはありません</translation>
    </message>
    <message>
        <source>{text} is not a condition: write ATTRIBUTE, a sign (= != &lt; &lt;= &gt; &gt;= or ~ for contains), then a value, e.g. Population&gt;=1000000</source>
        <translation>{text}は条件ではありません：属性、記号（= != &lt; &lt;= &gt; &gt;=、含む場合は ~）、値の順に書いてください（例：Population&gt;=1000000）</translation>
    </message>
    <message>
        <source>{name} is a {kind} attribute: it cannot be compared by {operator}</source>
        <translation>{name}は{kind}の属性です：{operator}では比較できません</translation>
    </message>
    <message>
        <source>cannot change {name} to {kind}: {values} cannot be read as {kind}; change or empty that value first</source>
        <translation>{name}の種類を「{kind}」に変更できません。{values}は「{kind}」として読めません。先にこの値を修正するか空にしてください。</translation>
    </message>
    <message>
        <source>a case needs a name</source>
        <translation>ケースには名前が必要です</translation>
    </message>
</context>
<context>
    <name>CasesDialog</name>
    <message>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>Cases and attributes</source>
        <translation>ケースと属性</translation>
    </message>
    <message>
        <source>Delete case</source>
        <translation>ケースを削除</translation>
    </message>
    <message>
        <source>Edit a name to rename a case, a cell to set an attribute (empty removes it). Right-click an attribute&apos;s column header to rename it, change its kind or delete it. Every change can be undone with Edit → Undo.</source>
        <translation>名前を編集するとケース名が変わり、セルを編集するとケース属性が設定されます（空にすると削除）。ケース属性の列見出しを右クリックすると、名前の変更・種類の変更・削除ができます。どの変更も［編集］→［元に戻す］で取り消せます。</translation>
    </message>
    <message>
        <source>Cases and their attributes</source>
        <translation>ケースと属性</translation>
    </message>
    <message>
        <source>{reason}. Your value “{text}” is on the clipboard.</source>
        <translation>{reason}。入力した値「{text}」はクリップボードにあります。</translation>
    </message>
    <message numerus="yes">
        <source>Its attribute values and its row of the framework matrix go: %n charted cell(s), {summaries} with a written summary.</source>
        <translation>
            <numerusform>ケース属性の値とフレームワーク・マトリックスの行は削除されます：チャート化したセル %n 件（うち要約を書いたもの {summaries} 件）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Its attribute values go; it has no charted cells.</source>
        <translation>ケース属性の値は削除されます。チャート化したセルはありません。</translation>
    </message>
    <message numerus="yes">
        <source>Its attribute values and its row of the framework matrix go: %n charted cell(s), {summaries} with a written summary and {drafts} with an auto-draft not yet accepted.</source>
        <translation>
            <numerusform>ケース属性の値とフレームワーク・マトリックスの行は削除されます：チャート化したセル %n 件（うち要約を書いたもの {summaries} 件、まだ確定していない自動下書きのもの {drafts} 件）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Its %n document(s) stay in the project, with no case.</source>
        <translation>
            <numerusform>文書 %n 件はケースなしでプロジェクトに残ります。</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit → Undo brings them back.</source>
        <translation>［編集］→［元に戻す］で取り消せます。</translation>
    </message>
    <message>
        <source>Rename attribute</source>
        <translation>ケース属性の名前の変更</translation>
    </message>
    <message>
        <source>New name of “{name}”:</source>
        <translation>「{name}」の新しい名前：</translation>
    </message>
    <message>
        <source>Change kind</source>
        <translation>種類の変更</translation>
    </message>
    <message>
        <source>Kind of “{name}” (every value is converted; if one cannot be, nothing changes):</source>
        <translation>「{name}」の種類（すべての値を変換します。変換できない値があれば何も変更しません）：</translation>
    </message>
    <message>
        <source>Delete attribute</source>
        <translation>ケース属性の削除</translation>
    </message>
    <message>
        <source>Delete the attribute “{name}”?</source>
        <translation>ケース属性「{name}」を削除しますか？</translation>
    </message>
    <message numerus="yes">
        <source>Its values for %n case(s) go with it. Edit → Undo brings them back.</source>
        <translation>
            <numerusform>ケース %n 件の値も削除されます。
［編集］→［元に戻す］で取り消せます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Case</source>
        <translation>ケース</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>文書</translation>
    </message>
    <message>
        <source>{kind}. Right-click to rename, change the kind or delete.</source>
        <translation>{kind}。右クリックで名前の変更・種類の変更・削除ができます。</translation>
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
        <source>Choose a case first.</source>
        <translation>先にケースを選んでください。</translation>
    </message>
    <message>
        <source>Delete the case “{name}”?</source>
        <translation>ケース「{name}」を削除しますか？</translation>
    </message>
    <message>
        <source>Add a case first.</source>
        <translation>先にケースを追加してください。</translation>
    </message>
    <message>
        <source>&amp;Add case…</source>
        <translation>ケースを追加(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Delete case</source>
        <translation>ケースを削除(&amp;D)</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>上へ移動(&amp;U)</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>下へ移動(&amp;W)</translation>
    </message>
    <message>
        <source>Add a&amp;ttribute…</source>
        <translation>ケース属性を追加(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Rename attribute…</source>
        <translation>ケース属性の名前を変更(&amp;R)…</translation>
    </message>
    <message>
        <source>Change &amp;kind…</source>
        <translation>種類を変更(&amp;K)…</translation>
    </message>
    <message>
        <source>&amp;Delete attribute…</source>
        <translation>ケース属性を削除(&amp;D)…</translation>
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
        <translation>値：{value}</translation>
    </message>
    <message>
        <source>Keep your version of this cell?</source>
        <translation>このセルに自分の版を残しますか？</translation>
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

クリック：セルを開く</translation>
    </message>
    <message>
        <source>Draft: {summary}</source>
        <translation>下書き：{summary}</translation>
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
        <translation>κ は算出できません：{reason}</translation>
    </message>
</context>
<context>
    <name>CellsPanel</name>
    <message>
        <source>Cells charted by both coders</source>
        <translation>両コーダーがチャート化したセル</translation>
    </message>
    <message>
        <source>{cells} cells both charted: agreement {agreement} %, weighted κ {kappa}; {disagreeing} with different values (click one to open it in the matrix).</source>
        <translation>両コーダーがチャート化したセル {cells} 件：一致率 {agreement} %、重み付き κ {kappa}。値が異なるもの {disagreeing}（クリックするとマトリックスで開きます）。</translation>
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
        <translation>比較対象外（一方のコーダーのみが値を付けたセル）：A のみ {a}、B のみ {b}。</translation>
    </message>
    <message>
        <source>{values} is no point on the value scale: a full disagreement with any other value.</source>
        <translation>{values}は値の尺度上の段階ではなく、ほかのどの値とも完全な不一致とみなします。</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>Charting</name>
    <message>
        <source>{label} is not on the value scale; choose one of: {choices}</source>
        <translation>{label}は値の尺度にありません。次のいずれかを選んでください：{choices}</translation>
    </message>
    <message>
        <source>{code} is not a column of the framework matrix; chart one of its measures</source>
        <translation>{code}はフレームワーク・マトリックスの列ではありません。その施策のいずれかをチャート化してください</translation>
    </message>
    <message>
        <source>{code} is a heading only, not a column of the framework matrix</source>
        <translation>{code}は見出しのみのコードで、フレームワーク・マトリックスの列ではありません</translation>
    </message>
    <message>
        <source>no case with id {case_id}</source>
        <translation>ID {case_id} のケースはありません</translation>
    </message>
    <message>
        <source>no code with id {code_id}</source>
        <translation>ID {code_id} のコードはありません</translation>
    </message>
    <message>
        <source>cell {name} was changed by another program while this edit was being saved; nothing was saved</source>
        <translation>この編集を保存している間に、セル {name} がほかのプログラムによって変更されました。何も保存していません</translation>
    </message>
    <message>
        <source>cell {name} was created by another program while this edit was being saved; nothing was saved</source>
        <translation>この編集を保存している間に、セル {name} がほかのプログラムによって作成されました。何も保存していません</translation>
    </message>
    <message>
        <source>cell {name}: its case or measure was deleted by another program while this edit was being saved; nothing was saved</source>
        <translation>この編集を保存している間に、セル {name} のケースまたは施策がほかのプログラムによって削除されました。何も保存していません</translation>
    </message>
    <message>
        <source>cell {cell} is at version {version}: there is no version {expected} to edit from; nothing was saved</source>
        <translation>セル {cell} はバージョン {version} です。バージョン {expected} はまだないため、そこからの編集はできません。何も保存していません</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>誰か</translation>
    </message>
    <message>
        <source>cell {cell} was changed since version {expected} (by you, at {time} UTC; it is at version {version} now); nothing was saved</source>
        <translation>セル {cell} はバージョン {expected} の後に変更されています（あなたが {time}（UTC）に変更し、現在はバージョン {version} です）。何も保存していません</translation>
    </message>
    <message>
        <source>cell {cell} was changed by {who} at {time} UTC after this edit began (version {version}, the edit was made on version {expected}); nothing was saved</source>
        <translation>この編集を始めた後に、{who} がセル {cell} を {time}（UTC）に変更しました（バージョン {version}。この編集はバージョン {expected} に対するものです）。何も保存していません</translation>
    </message>
    <message>
        <source>cell {cell} was changed by {who} after this edit began (version {version}, the edit was made on version {expected}); nothing was saved</source>
        <translation>この編集を始めた後に、{who} がセル {cell} を変更しました（バージョン {version}。この編集はバージョン {expected} に対するものです）。何も保存していません</translation>
    </message>
    <message>
        <source>cell {cell}</source>
        <translation>セル {cell}</translation>
    </message>
    <message>
        <source>cell {cell} was changed by {who} at {time} UTC</source>
        <translation>{who} がセル {cell} を {time}（UTC）に変更しました</translation>
    </message>
    <message>
        <source>cell {cell} was changed by {who}</source>
        <translation>{who} がセル {cell} を変更しました</translation>
    </message>
</context>
<context>
    <name>ChoiceBox</name>
    <message>
        <source>Return applies “{choice}”; Esc keeps “{applied}”.</source>
        <translation>Enter で「{choice}」にします。Esc で「{applied}」のままにします。</translation>
    </message>
</context>
<context>
    <name>CodePicker</name>
    <message>
        <source>Type to filter codes… (Enter applies, 1–9 pick)</source>
        <translation>入力でコードを絞り込み…（Enter で適用、1–9 で選択）</translation>
    </message>
    <message>
        <source>Filter codes</source>
        <translation>コードの絞り込み</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>コード一覧</translation>
    </message>
    <message>
        <source>(recent)</source>
        <translation>（最近）</translation>
    </message>
    <message numerus="yes">
        <source>%n code(s)</source>
        <translation>
            <numerusform>コード %n 個</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Codebook</name>
    <message>
        <source>code path {path} has an empty name</source>
        <translation>コードのパス{path}に空の名前があります</translation>
    </message>
    <message>
        <source>code path {path} is ambiguous; write a &apos;/&apos; in a name as &apos;\/&apos;</source>
        <translation>コードのパス{path}はあいまいです。名前の中の &apos;/&apos; は &apos;\/&apos; と書いてください</translation>
    </message>
    <message>
        <source>no code at path {path}</source>
        <translation>パス{path}のコードはありません</translation>
    </message>
    <message>
        <source>no code at path {path}; did you mean {meant}?</source>
        <translation>パス{path}のコードはありません。{meant}のことですか？</translation>
    </message>
    <message>
        <source>code path {path} names %n codes whose names differ at most in letter case; rename all but one</source>
        <translation>コードパス{path}に当たるコードが %n 件あります（名前の違いは大文字・小文字だけです）。1 件を残して名前を変えてください</translation>
    </message>
    <message>
        <source>colour {colour} is not of the form #rrggbb</source>
        <translation>色{colour}が #rrggbb の形ではありません</translation>
    </message>
    <message>
        <source>a code named {name} already exists at this level</source>
        <translation>{name}というコードはこの階層に既にあります</translation>
    </message>
    <message>
        <source>no code with id {code_id}</source>
        <translation>ID {code_id} のコードはありません</translation>
    </message>
    <message>
        <source>codes nest at most {limit} levels deep; {name} would reach {level}</source>
        <translation>コードの入れ子は {limit} 階層までです。{name} は {level} 階層目になります</translation>
    </message>
    <message>
        <source>{path}: unknown codebook format {suffix}; use one of {formats}</source>
        <translation>{path}：{suffix}は不明なコードブックの形式です。{formats} のいずれかを使ってください</translation>
    </message>
    <message>
        <source>{source}: the file is empty; expected a header {header}</source>
        <translation>{source}：ファイルが空です。見出し行 {header} が必要です</translation>
    </message>
    <message>
        <source>{source}: row 1 must be a header with a &apos;path&apos;, &apos;tag&apos; or &apos;name&apos; column (found {found})</source>
        <translation>{source}：1 行目は path、tag、name のいずれかの列を持つ見出し行でなければなりません（実際：{found}）</translation>
    </message>
    <message>
        <source>the same code as row {row}</source>
        <translation>{row} 行目と同じコードです</translation>
    </message>
    <message>
        <source>{given} is the code {path} of row {row}: codes whose names differ only in letter case are one code</source>
        <translation>{given}は {row} 行目のコード{path}と同じです：大文字・小文字だけが違う名前は同じコードです</translation>
    </message>
    <message>
        <source>row {row}: {old} left as it is, not made {new} as in the file: {why}</source>
        <translation>{row} 行目：{old}はファイルのとおり{new}にせず、そのままにしました：{why}</translation>
    </message>
    <message>
        <source>row {row}: {old} renamed and moved to {new}, as in the file</source>
        <translation>{row} 行目：ファイルのとおり{old}の名前を変えて{new}に移しました</translation>
    </message>
    <message>
        <source>row {row}: {old} moved to {new}, as in the file</source>
        <translation>{row} 行目：ファイルのとおり{old}を{new}に移しました</translation>
    </message>
    <message>
        <source>row {row}: {old} renamed {new}, as in the file</source>
        <translation>{row} 行目：ファイルのとおり{old}の名前を{new}に変えました</translation>
    </message>
    <message>
        <source>that is under the code itself</source>
        <translation>そこはそのコード自身の下です</translation>
    </message>
    <message>
        <source>another code there is named {name} already</source>
        <translation>そこにはすでに{name}という名前の別のコードがあります</translation>
    </message>
    <message>
        <source>row {row}: {path} kept as a code, not made a heading only as in the file: a heading only is no matrix column, so its {hidden} would no longer show (the codebook editor&apos;s Heading only does it, asking first)</source>
        <translation>{row} 行目：{path}はファイルのとおり見出しのみにせず、コードのままにしました：見出しのみはマトリックスの列にならないため、その{hidden}が表示されなくなります（コードブック編集画面の「見出しのみ」なら、確認のうえ設定できます）</translation>
    </message>
    <message>
        <source>%n coded passage(s)</source>
        <translation>コーディングされた箇所 %n 件</translation>
    </message>
    <message>
        <source>%n chart cell(s) with a summary or value</source>
        <translation>要約または値のあるチャートのセル %n 個</translation>
    </message>
    <message>
        <source>row {row}: {given} taken as the code {path} (letter case aside)</source>
        <translation>{row} 行目：{given}をコード{path}として扱いました（大文字・小文字の違いのみ）</translation>
    </message>
    <message>
        <source>heading only {value} is neither yes nor no (leave it empty for no)</source>
        <translation>見出しのみの値{value}は yes でも no でもありません（no なら空欄にしてください）</translation>
    </message>
    <message>
        <source>{path}: cannot be read as an XLSX workbook ({reason})</source>
        <translation>{path}：XLSX ブックとして読み込めません（{reason}）</translation>
    </message>
    <message>
        <source>{source}: no such file</source>
        <translation>{source}：そのファイルはありません</translation>
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
        <translation>定義：このコードの証拠とみなすもの</translation>
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
        <translation>名前：</translation>
    </message>
    <message>
        <source>Make “{path}” a heading only?</source>
        <translation>「{path}」を見出しのみにしますか？</translation>
    </message>
    <message>
        <source>Heading only</source>
        <translation>見出しのみ</translation>
    </message>
    <message>
        <source>Heading only “{code}”</source>
        <translation>「{code}」を見出しのみに</translation>
    </message>
    <message>
        <source>Code again “{code}”</source>
        <translation>「{code}」をコードに戻す</translation>
    </message>
    <message>
        <source>Rename code</source>
        <translation>コード名を変更</translation>
    </message>
    <message>
        <source>Rename “{old}” to “{new}”</source>
        <translation>「{old}」を「{new}」に名前変更</translation>
    </message>
    <message>
        <source>Code colour</source>
        <translation>コードの色</translation>
    </message>
    <message>
        <source>Edit definition of “{code}”</source>
        <translation>「{code}」の定義を編集</translation>
    </message>
    <message>
        <source>Someone else changed this definition</source>
        <translation>他の人がこの定義を変更しました</translation>
    </message>
    <message>
        <source>Move code</source>
        <translation>コードを移動</translation>
    </message>
    <message numerus="yes">
        <source>%n coded segment(s) moved</source>
        <translation>
            <numerusform>セグメント %n 件を移動</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n chart cell(s) joined</source>
        <translation>
            <numerusform>チャートのセル %n 個を連結</numerusform>
        </translation>
    </message>
    <message>
        <source>where the values differed, those of “{target}” kept ({cases})</source>
        <translation>値が異なるケースは「{target}」の値を保持（{cases}）</translation>
    </message>
    <message numerus="yes">
        <source>%n memo(s) joined</source>
        <translation>
            <numerusform>メモ %n 件を連結</numerusform>
        </translation>
    </message>
    <message>
        <source>Merged “{source}” into “{target}”.</source>
        <translation>「{source}」を「{target}」に統合しました。</translation>
    </message>
    <message>
        <source>Merged “{source}” into “{target}”: {done}.</source>
        <translation>「{source}」を「{target}」に統合しました：{done}。</translation>
    </message>
    <message>
        <source>; </source>
        <comment>clause separator</comment>
        <translation>；</translation>
    </message>
    <message numerus="yes">
        <source>Imported {name}: %n code(s) added, {updated} updated, {unchanged} unchanged.</source>
        <translation>
            <numerusform>{name} を取り込みました：コード %n 個を追加、{updated} 個を更新、{unchanged} 個は変更なし。</numerusform>
        </translation>
    </message>
    <message>
        <source>(top level: a theme)</source>
        <translation>（最上位：テーマとして）</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>定義</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>名前を変更(&amp;R)…</translation>
    </message>
    <message>
        <source>Co&amp;lour…</source>
        <translation>色(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>削除(&amp;D)…</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>上へ移動(&amp;U)</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>下へ移動(&amp;W)</translation>
    </message>
    <message>
        <source>Move &amp;to…</source>
        <translation>移動(&amp;T)…</translation>
    </message>
    <message>
        <source>Mer&amp;ge into…</source>
        <translation>統合(&amp;G)…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>取り込み(&amp;I)…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>書き出し(&amp;X)…</translation>
    </message>
    <message>
        <source>Apply tem&amp;plate…</source>
        <translation>テンプレートを適用(&amp;P)…</translation>
    </message>
    <message>
        <source>Sc&amp;ores…</source>
        <translation>スコア(&amp;O)…</translation>
    </message>
    <message>
        <source>Add a theme at the top level</source>
        <translation>最上位にテーマを追加します</translation>
    </message>
    <message>
        <source>Add a code under the code chosen</source>
        <translation>選んだコードの下にコードを追加します</translation>
    </message>
    <message>
        <source>Rename the code chosen (F2)</source>
        <translation>選んだコードの名前を変更します（F2）</translation>
    </message>
    <message>
        <source>Change the colour of the code chosen</source>
        <translation>選んだコードの色を変更します</translation>
    </message>
    <message>
        <source>Delete the code chosen (Del)</source>
        <translation>選んだコードを削除します（Del）</translation>
    </message>
    <message>
        <source>Move the code chosen up (Ctrl+Shift+Up)</source>
        <translation>選んだコードを上へ移動します（Ctrl+Shift+↑）</translation>
    </message>
    <message>
        <source>Move the code chosen down (Ctrl+Shift+Down)</source>
        <translation>選んだコードを下へ移動します（Ctrl+Shift+↓）</translation>
    </message>
    <message>
        <source>Move the code chosen under another code, or to the top level</source>
        <translation>選んだコードを別のコードの下、または最上位へ移動します</translation>
    </message>
    <message>
        <source>Merge the code chosen into another code</source>
        <translation>選んだコードを別のコードに統合します</translation>
    </message>
    <message>
        <source>Import a codebook from a file</source>
        <translation>ファイルからコードブックを取り込みます</translation>
    </message>
    <message>
        <source>Export the codebook to a file</source>
        <translation>コードブックをファイルに書き出します</translation>
    </message>
    <message>
        <source>Add a framework template&apos;s codes</source>
        <translation>フレームワークのテンプレートのコードを追加します</translation>
    </message>
    <message>
        <source>Edit the external scores of each theme</source>
        <translation>テーマごとの外部スコアを編集します</translation>
    </message>
    <message>
        <source>The server is back: the definition you typed was saved.</source>
        <translation>サーバーに再び接続できました。入力した定義を保存しました。</translation>
    </message>
    <message>
        <source>Move under:</source>
        <translation>移動先の親コード：</translation>
    </message>
    <message>
        <source>Move “{code}”</source>
        <translation>「{code}」を移動</translation>
    </message>
    <message>
        <source>Merge code</source>
        <translation>コードを統合</translation>
    </message>
    <message>
        <source>Merge into:</source>
        <translation>統合先：</translation>
    </message>
    <message numerus="yes">
        <source>%n coded segment(s)</source>
        <translation>
            <numerusform>セグメント %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Add theme…</source>
        <translation>テーマを追加(&amp;A)…</translation>
    </message>
    <message>
        <source>Add &amp;sub-code…</source>
        <translation>サブコードを追加(&amp;S)…</translation>
    </message>
    <message numerus="yes">
        <source>%n sub-code(s)</source>
        <translation>
            <numerusform>サブコード %n 個</numerusform>
        </translation>
    </message>
    <message>
        <source>“{target}” takes over {things}; “{source}” is removed.</source>
        <translation>「{source}」の{things}は「{target}」に移り、「{source}」は削除されます。</translation>
    </message>
    <message>
        <source>“{source}” is removed.</source>
        <translation>「{source}」は削除されます。</translation>
    </message>
    <message>
        <source>Undo puts everything back.</source>
        <translation>元に戻すとすべて復元されます。</translation>
    </message>
    <message>
        <source>Merge “{source}” into “{target}”?</source>
        <translation>「{source}」を「{target}」に統合しますか？</translation>
    </message>
    <message>
        <source>Merge “{source}” into “{target}”</source>
        <translation>「{source}」を「{target}」に統合</translation>
    </message>
    <message>
        <source>Merging codes</source>
        <translation>コードの統合</translation>
    </message>
    <message>
        <source>Merging “{source}” into “{target}”…</source>
        <translation>「{source}」を「{target}」に統合中…</translation>
    </message>
    <message>
        <source>Merge cancelled: nothing was merged.</source>
        <translation>統合をキャンセルしました：何も統合していません。</translation>
    </message>
    <message numerus="yes">
        <source>%n joined onto the same passage(s) of “{target}”</source>
        <translation>
            <numerusform>%n 件は「{target}」の同じ範囲のセグメントに統合</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n coded segment(s) of “{source}” cover the same text as one of “{target}” and are joined onto it.</source>
        <translation>
            <numerusform>「{source}」のセグメント %n 件は「{target}」のセグメントと同じ範囲のため、そのセグメントに統合されます。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>注記 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n translation(s)</source>
        <translation>
            <numerusform>訳 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>{joined} Added to that segment&apos;s: {carried}.</source>
        <translation>{joined}そのセグメントに追加されるもの：{carried}。</translation>
    </message>
    <message>
        <source>{items} and {last}</source>
        <translation>{items}、{last}</translation>
    </message>
    <message>
        <source>Delete code</source>
        <translation>コードを削除</translation>
    </message>
    <message>
        <source>This deletes {what}.

Undo (Ctrl+Z) puts everything back.</source>
        <translation>{what}を削除します。

元に戻す(Ctrl+Z)とすべて復元されます。</translation>
    </message>
    <message>
        <source>Delete “{path}”?</source>
        <translation>「{path}」を削除しますか？</translation>
    </message>
    <message>
        <source>Delete “{path}”</source>
        <translation>「{path}」を削除</translation>
    </message>
    <message>
        <source>Deleted “{path}”: {what}.</source>
        <translation>「{path}」を削除しました：{what}。</translation>
    </message>
    <message>
        <source>{codes} ({paths}), {segments}, {cells} and {memos}</source>
        <translation>{codes}（{paths}）、{segments}、{cells}、{memos}</translation>
    </message>
    <message numerus="yes">
        <source>%n code(s)</source>
        <translation>
            <numerusform>コード %n 個</numerusform>
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
            <numerusform>チャートのセル %n 個</numerusform>
        </translation>
    </message>
    <message>
        <source>From the merged code “{code}”:</source>
        <translation>統合したコード「{code}」から：</translation>
    </message>
    <message numerus="yes">
        <source>%n chart cell(s) are charted under both codes: their summaries are joined.</source>
        <translation>
            <numerusform>チャートのセル %n 個は両方のコードでチャート化されています：要約は連結されます。</numerusform>
        </translation>
    </message>
    <message>
        <source>{case}: “{kept}” over “{dropped}”</source>
        <translation>{case}：「{kept}」（「{dropped}」は破棄）</translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>ほか %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The values differ for %n case(s); the value of “{target}” is kept ({cases}).</source>
        <translation>
            <numerusform>ケース %n 件で値が異なります。「{target}」の値を残します（{cases}）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n memo(s) are joined into the memos “{target}” already has (on the code, its cells, its segments), marked as coming from “{source}”.</source>
        <translation>
            <numerusform>メモ %n 件は「{target}」（コード、そのセル、そのセグメント）の既存のメモに、「{source}」からのものと分かるように連結されます。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n memo(s)</source>
        <translation>
            <numerusform>メモ %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n chart cell(s) with a summary or value</source>
        <translation>
            <numerusform>要約または値のあるチャートのセル %n 個</numerusform>
        </translation>
    </message>
    <message>
        <source>It has {things}. As a heading only it is no longer a column of the matrix, so its cells are hidden from charting, and it is no longer offered for coding. Nothing is deleted: untick it (or Undo) and they are back.</source>
        <translation>このコードには{things}があります。見出しのみにするとマトリックスの列ではなくなり、そのセルはチャート化で表示されなくなります。コーディングにも使えなくなります。何も削除されません：チェックを外す（または元に戻す）と元どおりになります。</translation>
    </message>
    <message>
        <source>Change colour of “{code}”</source>
        <translation>「{code}」の色を変更</translation>
    </message>
    <message>
        <source>Import codebook</source>
        <translation>コードブックの取り込み</translation>
    </message>
    <message>
        <source>Not carried over: {lost}.</source>
        <translation>引き継がれなかったもの：{lost}。</translation>
    </message>
    <message>
        <source>Export codebook</source>
        <translation>コードブックの書き出し</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n code(s) to {name}.</source>
        <translation>
            <numerusform>コード %n 個を {name} に書き出しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Apply template</source>
        <translation>テンプレートを適用</translation>
    </message>
    <message>
        <source>Add the themes of:</source>
        <translation>追加するテーマのテンプレート：</translation>
    </message>
    <message numerus="yes">
        <source>Added %n code(s) from the template “{key}”.</source>
        <translation>
            <numerusform>テンプレート「{key}」からコード %n 個を追加しました。</numerusform>
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
    <message>
        <source>Move “{code}”</source>
        <translation>「{code}」を移動</translation>
    </message>
    <message>
        <source>Move code</source>
        <translation>コードを移動</translation>
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
        <source>Switch c&amp;oder…</source>
        <translation>コーダーの切り替え(&amp;O)…</translation>
    </message>
    <message>
        <source>Code under another coder&apos;s name: each coder&apos;s coding is kept apart</source>
        <translation>別のコーダーの名前でコーディングします。コーディングはコーダーごとに分けて保存されます</translation>
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
    <name>Coding</name>
    <message>
        <source>no document with id {document_id}</source>
        <translation>ID {document_id} の文書はありません</translation>
    </message>
    <message>
        <source>range {start}-{end} is empty or outside the document (0-{length} code points)</source>
        <translation>範囲 {start}-{end} は空か、文書の外です（文書は 0-{length} 文字）</translation>
    </message>
    <message>
        <source>no code with id {code_id}</source>
        <translation>ID {code_id} のコードはありません</translation>
    </message>
    <message>
        <source>{name} is a heading only; code with one of its sub-codes</source>
        <translation>{name}は見出しのみのコードです。そのサブコードのいずれかでコーディングしてください</translation>
    </message>
    <message>
        <source>this text is already coded with this code</source>
        <translation>この箇所はすでにこのコードでコーディングされています</translation>
    </message>
    <message>
        <source>this range is already coded with this code (segment {duplicate})</source>
        <translation>この範囲には既にこのコードが付いています（セグメント {duplicate}）</translation>
    </message>
    <message>
        <source>no segment with id {segment_id}</source>
        <translation>ID {segment_id} のセグメントはありません</translation>
    </message>
    <message>
        <source>no passage [{start}, {end}) is coded with that code</source>
        <translation>[{start}, {end}) の箇所はそのコードでコーディングされていません</translation>
    </message>
    <message>
        <source>{coder} coded no passage [{start}, {end}) with that code</source>
        <translation>{coder} は [{start}, {end}) の箇所をそのコードでコーディングしていません</translation>
    </message>
    <message>
        <source>“{words}” in “{document}”</source>
        <translation>「{document}」の「{words}」</translation>
    </message>
    <message>
        <source>the passage [{start}, {end}) is coded with that code by {coders}; name the coder ({option})</source>
        <translation>[{start}, {end}) の箇所は {coders} がそのコードでコーディングしています。コーダーを指定してください（{option}）</translation>
    </message>
    <message>
        <source>invalid regular expression {term}: {reason}</source>
        <translation>正規表現{term}が正しくありません：{reason}</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <source>Export…</source>
        <translation>書き出し…</translation>
    </message>
    <message>
        <source>Agreement by code and document</source>
        <translation>コード・文書別の一致度</translation>
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
        <source>Disagreement in its document</source>
        <translation>文書中の不一致箇所</translation>
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
        <source>No one has coded in this project yet: nothing to compare.</source>
        <translation>このプロジェクトではまだ誰もコーディングしていません。比べるものがありません。</translation>
    </message>
    <message>
        <source>Only {name} has coded in this project: nothing to compare. To compare with a colleague, bring their copy of the project in with File → Merge project…</source>
        <translation>このプロジェクトでコーディングしたのは {name} だけです。比べるものがありません。共同研究者と比べるには、相手のプロジェクトのコピーを「ファイル → プロジェクトの統合…」で取り込んでください。</translation>
    </message>
    <message>
        <source>A pooled row adds up the documents above it: click a document row to see both coders&apos; passages.</source>
        <translation>合算行はその上の文書を合計したものです。文書の行をクリックすると、両コーダーの箇所を表示します。</translation>
    </message>
    <message>
        <source>{coder}: {code}</source>
        <translation>{coder}：{code}</translation>
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
    <message>
        <source>{path}: {reason}</source>
        <translation>{path}：{reason}</translation>
    </message>
</context>
<context>
    <name>CoreCommand</name>
    <message>
        <source>Reorder cases</source>
        <translation>ケースの並べ替え</translation>
    </message>
    <message>
        <source>Set {name}</source>
        <translation>{name} を設定</translation>
    </message>
    <message>
        <source>the attribute {name}</source>
        <translation>ケース属性{name}</translation>
    </message>
    <message>
        <source>the case {case}</source>
        <translation>ケース {case}</translation>
    </message>
    <message>
        <source>{case}&apos;s value of {name} was changed by someone else</source>
        <translation>{case} の {name} の値はほかの人が変更しました</translation>
    </message>
    <message>
        <source>Rename attribute to “{name}”</source>
        <translation>ケース属性名を「{name}」に変更</translation>
    </message>
    <message>
        <source>the attribute {name} was renamed to {now} by someone else</source>
        <translation>属性 {name} はほかの人が {now} に名前を変更しました</translation>
    </message>
    <message>
        <source>Delete attribute “{name}”</source>
        <translation>ケース属性「{name}」を削除</translation>
    </message>
    <message>
        <source>an attribute named {name} was made since, by someone else; rename or delete it first</source>
        <translation>その後にほかの人が {name} という属性を作りました。先にその属性の名前を変更するか削除してください</translation>
    </message>
    <message>
        <source>Change kind of “{name}”</source>
        <translation>「{name}」の種類を変更</translation>
    </message>
    <message>
        <source>Delete case</source>
        <translation>ケースの削除</translation>
    </message>
    <message>
        <source>another coder has since added a case named “{name}”; rename or delete it, then undo again</source>
        <translation>その後、別のコーダーが「{name}」という名前のケースを追加しました。その名前を変えるか削除してから、もう一度元に戻してください</translation>
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
        <source>New free memo</source>
        <translation>フリーメモの作成</translation>
    </message>
    <message>
        <source>Rename free memo</source>
        <translation>フリーメモのタイトルの変更</translation>
    </message>
    <message>
        <source>Delete free memo</source>
        <translation>フリーメモの削除</translation>
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
        <source>Auto-draft %n empty cell(s)</source>
        <translation>空のセル %n 個を自動下書き</translation>
    </message>
    <message>
        <source>%n coded passage(s), cell(s), memo(s) or code(s) saved since on the codes it removes would be deleted</source>
        <translation>その後に保存された、取り除くコードの上のコード付けされた箇所・セル・メモ・コード %n 件も削除されます</translation>
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
        <source>the definition of {code} was changed by someone else after this edit began; nothing was saved</source>
        <translation>この編集を始めた後に、ほかの人が{code}の定義を変更しました。何も保存していません</translation>
    </message>
    <message>
        <source>the definition of {code} was changed by someone else since</source>
        <translation>その後、ほかの人が{code}の定義を変更しました</translation>
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
        <source>Apply template “{name}”</source>
        <translation>テンプレート「{name}」を適用</translation>
    </message>
    <message>
        <source>Import codebook “{name}”</source>
        <translation>コードブック「{name}」を取り込み</translation>
    </message>
    <message>
        <source>the coded passage “{words}”</source>
        <translation>セグメント「{words}」</translation>
    </message>
    <message>
        <source>the coded passage {passage}</source>
        <translation>セグメント{passage}</translation>
    </message>
    <message>
        <source>the coded passage has been deleted since</source>
        <translation>このセグメントはその後削除されています</translation>
    </message>
    <message>
        <source>the coded passage {passage} has been deleted since</source>
        <translation>セグメント{passage}はその後削除されています</translation>
    </message>
    <message>
        <source>Code selection</source>
        <translation>選択範囲のコーディング</translation>
    </message>
    <message>
        <source>the passage this text extends, {passage}, has another note</source>
        <translation>このテキストで広げる箇所 {passage} には別の注記があります</translation>
    </message>
    <message>
        <source>the passage this text extends, {passage}, has another translation</source>
        <translation>このテキストで広げる箇所 {passage} には別の訳があります</translation>
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
        <source>Recode %n segment(s)</source>
        <translation>セグメント %n 件を再コーディング</translation>
    </message>
    <message>
        <source>Delete %n segment(s)</source>
        <translation>セグメント %n 件を削除</translation>
    </message>
    <message>
        <source>Code %n range(s)</source>
        <translation>%n 箇所にコードを付ける</translation>
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
    <message>
        <source>Code from {name}</source>
        <translation>{name} からコーディング</translation>
    </message>
    <message>
        <source>Chart from {name}</source>
        <translation>{name} からチャート化</translation>
    </message>
    <message>
        <source>Set scores</source>
        <translation>スコアを設定</translation>
    </message>
    <message>
        <source>Rename document to “{name}”</source>
        <translation>文書名を「{name}」に変更</translation>
    </message>
    <message>
        <source>the document “{name}”</source>
        <translation>文書「{name}」</translation>
    </message>
    <message>
        <source>the document “{name}” has been renamed “{now}” since</source>
        <translation>文書「{name}」の名前はその後「{now}」に変えられています</translation>
    </message>
    <message>
        <source>Delete %n document(s)</source>
        <translation>文書 %n 件を削除</translation>
    </message>
    <message>
        <source>put back as “{name}”: the same file was imported again since as “{before}”</source>
        <translation>「{name}」として戻しました：同じファイルがその後「{before}」として再度インポートされています</translation>
    </message>
    <message>
        <source>put back as “{name}”: a document named “{before}” was added since</source>
        <translation>「{name}」として戻しました：その後「{before}」という名前の文書が追加されています</translation>
    </message>
    <message>
        <source>%n document(s) put back unassigned: their case {case} was deleted by {coder} at {time} UTC</source>
        <translation>文書 %n 件を未割り当てで戻しました：そのケース{case}は {coder} が {time}（UTC）に削除しました</translation>
    </message>
    <message>
        <source>%n document(s) put back unassigned: their case was deleted since</source>
        <translation>文書 %n 件を未割り当てで戻しました：そのケースはその後削除されています</translation>
    </message>
    <message>
        <source>%n coded passage(s) not put back: their code {code} was deleted by {coder} at {time} UTC</source>
        <translation>セグメント %n 件は戻しませんでした：そのコード{code}は {coder} が {time}（UTC）に削除しました</translation>
    </message>
    <message>
        <source>%n coded passage(s) not put back: their code was deleted since</source>
        <translation>セグメント %n 件は戻しませんでした：そのコードはその後削除されています</translation>
    </message>
    <message>
        <source>%n coded passage(s) or memo(s) saved since on the documents would be deleted</source>
        <translation>その後にこれらの文書に保存されたセグメント・メモ %n 件も削除されます</translation>
    </message>
    <message>
        <source>%n coded passage(s) or memo(s) added or changed since on the documents would be deleted</source>
        <translation>その後にこれらの文書で追加・変更されたセグメント・メモ %n 件も削除されます</translation>
    </message>
    <message>
        <source>{lost} (by {coders})</source>
        <translation>{lost}（{coders}）</translation>
    </message>
    <message>
        <source>an attribute</source>
        <translation>属性</translation>
    </message>
    <message>
        <source>an attribute value</source>
        <translation>属性値</translation>
    </message>
    <message>
        <source>a chart cell</source>
        <translation>チャートのセル</translation>
    </message>
    <message>
        <source>a document</source>
        <translation>文書</translation>
    </message>
    <message>
        <source>a coded passage</source>
        <translation>セグメント</translation>
    </message>
    <message>
        <source>a coder</source>
        <translation>コーダー</translation>
    </message>
    <message>
        <source>a memo</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>a case</source>
        <translation>ケース</translation>
    </message>
    <message>
        <source>a code</source>
        <translation>コード</translation>
    </message>
    <message>
        <source>{what} it refers to</source>
        <translation>参照先の{what}</translation>
    </message>
    <message>
        <source>also deleted since: %n more item(s) it refers to</source>
        <translation>ほかにその後削除された参照先：%n 件</translation>
    </message>
    <message>
        <source>another coder has since deleted {thing} it refers to</source>
        <translation>参照先の{thing}をその後、別のコーダーが削除しました</translation>
    </message>
    <message>
        <source>another coder has since added {thing} of the same name</source>
        <translation>同じ名前の{thing}をその後、別のコーダーが追加しました</translation>
    </message>
    <message>
        <source>another coder has changed what it refers to since</source>
        <translation>参照先をその後、別のコーダーが変更しました</translation>
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
        <source>free memos</source>
        <translation>件のフリーメモ</translation>
    </message>
    <message>
        <source>scale values</source>
        <translation>個の尺度の値</translation>
    </message>
    <message>
        <source>scores</source>
        <translation>件のスコア</translation>
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
    <message>
        <source>{name}: choose .png or .svg</source>
        <translation>{name}：.png か .svg を選んでください</translation>
    </message>
</context>
<context>
    <name>DeletionModel</name>
    <message>
        <source>What</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Merged into</source>
        <translation>統合先</translation>
    </message>
    <message>
        <source>Deleted by</source>
        <translation>削除者</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>日時（UTC）</translation>
    </message>
</context>
<context>
    <name>Deletions</name>
    <message>
        <source>the document {name}</source>
        <translation>文書{name}</translation>
    </message>
    <message>
        <source>the case {name}</source>
        <translation>ケース{name}</translation>
    </message>
    <message>
        <source>the attribute {name}</source>
        <translation>ケース属性{name}</translation>
    </message>
    <message>
        <source>the code {name}</source>
        <translation>コード{name}</translation>
    </message>
    <message>
        <source>the coded passage {name}</source>
        <translation>セグメント{name}</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文書</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>ケース</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>ケース属性</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>コード</translation>
    </message>
    <message>
        <source>Coded passage</source>
        <translation>コーディングされた箇所</translation>
    </message>
    <message>
        <source>Project memo</source>
        <translation>プロジェクトメモ</translation>
    </message>
    <message>
        <source>Memo on a document</source>
        <translation>文書のメモ</translation>
    </message>
    <message>
        <source>Memo on a case</source>
        <translation>ケースのメモ</translation>
    </message>
    <message>
        <source>Memo on a code</source>
        <translation>コードのメモ</translation>
    </message>
    <message>
        <source>Memo on a chart cell</source>
        <translation>セルのメモ</translation>
    </message>
    <message>
        <source>Memo on a coded passage</source>
        <translation>コーディングされた箇所のメモ</translation>
    </message>
    <message>
        <source>Free memo</source>
        <translation>フリーメモ</translation>
    </message>
    <message>
        <source>Code (merged)</source>
        <translation>コード（統合）</translation>
    </message>
    <message>
        <source>{what} was deleted by {coder} at {time} UTC</source>
        <translation>{what}は {coder} が {time}（UTC）に削除しました</translation>
    </message>
    <message>
        <source>{what} was deleted with {along} by {coder} at {time} UTC</source>
        <translation>{what}は {coder} が {time}（UTC）に{along}とともに削除しました</translation>
    </message>
    <message>
        <source>{what} was merged into {into} by {coder} at {time} UTC</source>
        <translation>{what}は {coder} が {time}（UTC）に{into}へ統合しました</translation>
    </message>
    <message>
        <source>{what} went with {along} when it was merged into {into} by {coder} at {time} UTC</source>
        <translation>{what}は、{coder} が {time}（UTC）に{along}を{into}へ統合したときにともに移りました</translation>
    </message>
    <message>
        <source>{what} was deleted before this project kept a record of deletions (by an earlier version of FrameworkQDA), so who deleted it and when is not known</source>
        <translation>{what}は、このプロジェクトが削除の記録を残すようになる前に（以前のバージョンの FrameworkQDA で）削除されたため、誰がいつ削除したかはわかりません</translation>
    </message>
</context>
<context>
    <name>DeletionsDialog</name>
    <message>
        <source>Deleted items</source>
        <translation>削除した項目</translation>
    </message>
    <message>
        <source>What was deleted from this project, by whom and when. An undone deletion is not listed: the item is back. Deletions made before this project kept a record (an earlier version of FrameworkQDA) are not known.</source>
        <translation>このプロジェクトから削除されたもの、削除した人と日時の一覧です。元に戻した削除は載りません（その項目は戻っています）。このプロジェクトが記録を残すようになる前（以前のバージョンの FrameworkQDA）の削除はわかりません。</translation>
    </message>
    <message>
        <source>Filter by name, coder or kind…</source>
        <translation>名前・コーダー・種類で絞り込む…</translation>
    </message>
    <message>
        <source>Filter deleted items</source>
        <translation>削除した項目の絞り込み</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %n item(s)</source>
        <translation>
            <numerusform>%n 件中 {shown} 件</numerusform>
        </translation>
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
    <message>
        <source>Text</source>
        <translation>テキスト</translation>
    </message>
    <message numerus="yes">
        <source>%n coded segment(s)</source>
        <translation>
            <numerusform>コーディング済みセグメント %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>read</source>
        <translation>既読</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>名前を変更(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>削除(&amp;D)…</translation>
    </message>
    <message>
        <source>Rename document</source>
        <translation>文書名の変更</translation>
    </message>
    <message>
        <source>“{name}” was deleted by {coder} at {time} UTC.</source>
        <translation>「{name}」は {coder} が {time}（UTC）に削除しました。</translation>
    </message>
    <message>
        <source>“{name}” has been deleted in another window or program.</source>
        <translation>「{name}」は別のウィンドウかプログラムで削除されています。</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>新しい名前：</translation>
    </message>
    <message numerus="yes">
        <source>{name} and its %n coded passage(s) will be removed.</source>
        <translation>
            <numerusform>「{name}」とそのセグメント %n 件が削除されます。</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} will be removed.</source>
        <translation>「{name}」が削除されます。</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>文書 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{documents} and their %n coded passage(s) will be removed.</source>
        <translation>
            <numerusform>{documents}とそのセグメント %n 件が削除されます。</numerusform>
        </translation>
    </message>
    <message>
        <source>{documents} will be removed.</source>
        <translation>{documents}が削除されます。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>{coder} ({n})</source>
        <translation>{coder}（{n} 件）</translation>
    </message>
    <message numerus="yes">
        <source>This includes %n passage(s) coded by {coders}.</source>
        <translation>
            <numerusform>うち %n 件は {coders} がコーディングしたセグメントです。</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete documents</source>
        <translation>文書の削除</translation>
    </message>
    <message>
        <source>Delete document</source>
        <translation>文書の削除</translation>
    </message>
    <message>
        <source>You can undo this with Edit → Undo.</source>
        <translation>［編集］→［元に戻す］で取り消せます。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
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
        <translation>文書内を検索(Ctrl+F)</translation>
    </message>
    <message>
        <source>Find in document</source>
        <translation>文書内を検索</translation>
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
        <source>Page</source>
        <translation>ページ</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation>縮小(Ctrl+-)</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++)</source>
        <translation>拡大(Ctrl++)</translation>
    </message>
    <message>
        <source>Pages as wide as the view (Ctrl+0)</source>
        <translation>ページを表示幅に合わせる(Ctrl+0)</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>縮小</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>拡大</translation>
    </message>
    <message>
        <source>Pages as wide as the view</source>
        <translation>ページを表示幅に合わせる</translation>
    </message>
    <message>
        <source>Document text</source>
        <translation>文書の本文</translation>
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
        <source>Choose a document on the left.</source>
        <translation>左の一覧から文書を選んでください。</translation>
    </message>
    <message>
        <source>Choose a document on the left, or import one (Ctrl+I).</source>
        <translation>左の一覧から文書を選ぶか、文書を取り込んでください(Ctrl+I)。</translation>
    </message>
    <message>
        <source>of {count}</source>
        <translation>/ {count}</translation>
    </message>
    <message>
        <source>Import note: {note}</source>
        <translation>取り込み時の注記：{note}</translation>
    </message>
    <message>
        <source>Read ✓</source>
        <translation>既読 ✓</translation>
    </message>
    <message>
        <source>“{name}” was deleted by {coder} at {time} UTC.</source>
        <translation>「{name}」は {coder} が {time}（UTC）に削除しました。</translation>
    </message>
    <message>
        <source>“{name}” was deleted in another window or program.</source>
        <translation>「{name}」は別のウィンドウかプログラムで削除されました。</translation>
    </message>
    <message numerus="yes">
        <source>%n found</source>
        <translation>
            <numerusform>%n 件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>a document needs a name</source>
        <translation>文書名が空です</translation>
    </message>
    <message>
        <source>cannot rename the document to {name}: another document has it</source>
        <translation>文書名を{name}に変更できません。別の文書が既にその名前です</translation>
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
        <translation>値：</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>要約</translation>
    </message>
    <message>
        <source>Auto-drafted from the evidence: edit it, or accept it as your summary.</source>
        <translation>証拠から自動下書きした要約です。書き直すか、このまま自分の要約として確定してください。</translation>
    </message>
    <message>
        <source>Accept draft</source>
        <translation>下書きを確定</translation>
    </message>
    <message>
        <source>Make the auto-drafted summary your own as it stands (Ctrl+Return)</source>
        <translation>自動下書きした要約をこのまま自分の要約として確定します（Ctrl+Return）</translation>
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
        <source>{coder}: {value}</source>
        <translation>{coder}：{value}</translation>
    </message>
    <message>
        <source>Draft: {summary}</source>
        <translation>下書き：{summary}</translation>
    </message>
    <message>
        <source>{coder}: {value} — {summary}</source>
        <translation>{coder}：{value} — {summary}</translation>
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
        <translation>コーダーの値が異なります：</translation>
    </message>
    <message>
        <source>Charted by:</source>
        <translation>チャート化したコーダー：</translation>
    </message>
    <message>
        <source>Summary (auto-draft)</source>
        <translation>要約（自動下書き）</translation>
    </message>
</context>
<context>
    <name>ExchangeProgress</name>
    <message>
        <source>reading the file</source>
        <translation>ファイルを読み込み中</translation>
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
    <message>
        <source>sources ({number} of {count})</source>
        <translation>文書ファイル（{count} 件中 {number} 件目）</translation>
    </message>
    <message>
        <source>checking source {number} of {count}: {name} ({done} of {total} selections)</source>
        <translation>文書ファイルを確認中（{count} 件中 {number} 件目）：{name}（選択範囲 {total} 件中 {done} 件）</translation>
    </message>
    <message>
        <source>writing the new project: document {number} of {count}</source>
        <translation>新しいプロジェクトを書き込み中：文書（{count} 件中 {number} 件目）</translation>
    </message>
    <message>
        <source>writing the new project: {done} of {total} coded passages</source>
        <translation>新しいプロジェクトを書き込み中：コーディング箇所 {total} 件中 {done} 件</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>{target}: not written (cancelled)</source>
        <translation>{target}：書き出していません（キャンセル）</translation>
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
        <source>The language of the captions, headers, notes and sheet names; case, theme and value names are written as they are. It starts at the project&apos;s language.</source>
        <translation>表題・列見出し・注・シート名の言語です。ケース・テーマ・値の名前はそのまま書き出します。最初はプロジェクトの言語が選ばれています。</translation>
    </message>
    <message>
        <source>Print each cell&apos;s summary under its value (Word)</source>
        <translation>各セルの要約を値の下に印字する（Word）</translation>
    </message>
    <message numerus="yes">
        <source>Only the cases the matrix shows: {filter} ({shown} of %n case(s))</source>
        <translation>
            <numerusform>マトリックスに表示中のケースのみ：{filter}（ケース %n 件中 {shown} 件）</numerusform>
        </translation>
    </message>
    <message>
        <source>Every table in the file (the matrix, the counts and the ranks) has these cases only, as the matrix&apos;s Case filter shows them; the group average those of its cases among them. Untick to write every case.</source>
        <translation>ファイルのすべての表（マトリックス、件数、順位）に、マトリックスのケースの絞り込みで表示中のケースだけを書き出します。グループ平均は、そのうちグループのケースの平均です。チェックを外すと全ケースを書き出します。</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
    <message>
        <source>Preview of what will be written</source>
        <translation>書き出す内容のプレビュー</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>書き出す</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Table:</source>
        <translation>表：</translation>
    </message>
    <message>
        <source>Cases:</source>
        <translation>ケース：</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>形式：</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>言語：</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>ファイル：</translation>
    </message>
    <message>
        <source>Preview of what will be written:</source>
        <translation>書き出す内容のプレビュー：</translation>
    </message>
    <message>
        <source>“{table}”: nothing to write for this project</source>
        <translation>「{table}」：このプロジェクトには書き出す内容がありません</translation>
    </message>
    <message>
        <source>{caption}: {rows} rows × {columns} columns</source>
        <translation>{caption}：{rows} 行 × {columns} 列</translation>
    </message>
    <message numerus="yes">
        <source>the file holds %n table(s)</source>
        <translation>
            <numerusform>ファイルには表 %n 個</numerusform>
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
        <translation>書き出していません：{name} はそのままです。</translation>
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
        <source>Cancelling…</source>
        <translation>キャンセル中…</translation>
    </message>
    <message>
        <source>Not written: cancelled; {name} is as it was.</source>
        <translation>書き出していません（キャンセル）：{name} はそのままです。</translation>
    </message>
    <message>
        <source>Could not write the file: {error}</source>
        <translation>ファイルを書き出せませんでした：{error}</translation>
    </message>
    <message>
        <source>Wrote {path}</source>
        <translation>{path} に書き出しました</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <source>{name} already exists.

Replace it?</source>
        <translation>{name} は既にあります。

置き換えますか？</translation>
    </message>
</context>
<context>
    <name>FileDrops</name>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Not imported: {names}. REFI-QDA files (a project exported from NVivo, MAXQDA or ATLAS.ti, or a codebook) are imported on their own, not with documents: drop one by itself on the window, or use File → Import REFI-QDA project… (a codebook: Import… in the codebook).</source>
        <translation>取り込んでいません：{names}。REFI-QDA のファイル（NVivo・MAXQDA・ATLAS.ti から書き出したプロジェクト、またはコードブック）は文書と一緒には取り込めません。一つだけをウィンドウにドロップするか、「ファイル → REFI-QDA プロジェクトの取り込み…」を使ってください（コードブックはコードブックの「取り込み…」で）。</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>{target}: not a regular file, a pipe nor a terminal; nothing was written</source>
        <translation>{target}：通常のファイル、パイプ、端末のいずれでもありません。何も書き込んでいません</translation>
    </message>
    <message>
        <source>{target}: is a FrameworkQDA project (an SQLite database); an export never replaces one; nothing was written</source>
        <translation>{target}：FrameworkQDA のプロジェクト（SQLite データベース）です。書き出しでプロジェクトを置き換えることはありません。何も書き込んでいません</translation>
    </message>
    <message>
        <source>{target}: {suffix} names a FrameworkQDA project, not an export; nothing was written</source>
        <translation>{target}：{suffix} は FrameworkQDA のプロジェクトの拡張子で、書き出しには使えません。何も書き込んでいません</translation>
    </message>
    <message>
        <source>{target}: the name says {suffix}, but the file would be {format}; name it {wanted}; nothing was written</source>
        <translation>{target}：名前は {suffix} ですが、書き込む形式は {format} です。{wanted} の名前にしてください。何も書き込んでいません</translation>
    </message>
    <message>
        <source>{target}: a binary file is not written to a terminal; give a file name, or redirect standard output</source>
        <translation>{target}：バイナリファイルは端末に書き込みません。ファイル名を指定するか、標準出力をリダイレクトしてください</translation>
    </message>
    <message>
        <source>{target}: cannot be written ({reason}); nothing was changed</source>
        <translation>{target}：書き込めません（{reason}）。何も変更していません</translation>
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
    <name>Import</name>
    <message>
        <source>{name}: refused: more than {limit} characters of text, the import limit (the memory needed to read it); split the document</source>
        <translation>{name}：取り込めません。本文が取り込みの上限 {limit} 文字を超えています（読み込みに必要なメモリのため）。文書を分割してください</translation>
    </message>
    <message>
        <source>{name}: the Word document is damaged (not a complete zip archive; it may be truncated)</source>
        <translation>{name}：Word 文書が破損しています（zip アーカイブが完全ではありません。途中で切れている可能性があります）</translation>
    </message>
    <message>
        <source>{name}: the Word document has too many parts ({count})</source>
        <translation>{name}：Word 文書の構成部分が多すぎます（{count} 個）</translation>
    </message>
    <message>
        <source>{name}: refused: part {part} expands {ratio}-fold (a zip bomb, or a damaged file)</source>
        <translation>{name}：取り込めません。構成部分 {part} が展開すると {ratio} 倍になります（zip 爆弾か、破損したファイルです）</translation>
    </message>
    <message>
        <source>{name}: refused: part {part} is {size} MB of XML, over the limit of {limit} MB (the memory needed to read it); split the document</source>
        <translation>{name}：取り込めません。構成部分 {part} は {size} MB の XML で、上限の {limit} MB を超えています（読み込みに必要なメモリのため）。文書を分割してください</translation>
    </message>
    <message>
        <source>{name}: refused: the Word document expands to {size}, over the limit of {limit}</source>
        <translation>{name}：取り込めません。Word 文書は展開すると {size} になり、上限の {limit} を超えています</translation>
    </message>
    <message>
        <source>{name}: the Word document is damaged ({reason})</source>
        <translation>{name}：Word 文書が破損しています（{reason}）</translation>
    </message>
    <message>
        <source>{name}: the Word document&apos;s {part} is not valid XML ({reason})</source>
        <translation>{name}：Word 文書の {part} が正しい XML ではありません（{reason}）</translation>
    </message>
    <message>
        <source>{name}: this zip file is not a Word document (no word/document.xml)</source>
        <translation>{name}：この zip ファイルは Word 文書ではありません（word/document.xml がありません）</translation>
    </message>
    <message>
        <source>{name}: the file is empty (0 bytes)</source>
        <translation>{name}：ファイルが空です（0 バイト）</translation>
    </message>
    <message>
        <source>install tesseract with Japanese data (Debian/Ubuntu: apt-get install tesseract-ocr tesseract-ocr-jpn; macOS: brew install tesseract tesseract-lang) and the Python package pytesseract</source>
        <translation>日本語データ付きの tesseract（Debian/Ubuntu: apt-get install tesseract-ocr tesseract-ocr-jpn、macOS: brew install tesseract tesseract-lang）と Python パッケージ pytesseract をインストールしてください</translation>
    </message>
    <message>
        <source>{name}: has scanned pages without a text layer and OCR is not available: {hint}</source>
        <translation>{name}：テキスト層のないスキャンされたページがありますが、OCR を使えません。{hint}</translation>
    </message>
    <message>
        <source>{name}: has scanned pages without a text layer and tesseract is not installed: {hint}</source>
        <translation>{name}：テキスト層のないスキャンされたページがありますが、tesseract がインストールされていません。{hint}</translation>
    </message>
    <message>
        <source>{name}: OCR language data missing ({missing}): {hint}</source>
        <translation>{name}：OCR の言語データがありません（{missing}）。{hint}</translation>
    </message>
    <message>
        <source>{name}: the reader stopped while reading the file (it is probably damaged); nothing was imported</source>
        <translation>{name}：ファイルの読み込み中に読み取り処理が止まりました（ファイルが破損している可能性があります）。何も取り込んでいません</translation>
    </message>
    <message>
        <source>{name}: the password is wrong; this PDF needs its user password to open</source>
        <translation>{name}：パスワードが違います。この PDF を開くには文書を開くためのパスワードが必要です</translation>
    </message>
    <message>
        <source>{name}: this PDF is protected and needs a password to open</source>
        <translation>{name}：この PDF は保護されており、開くにはパスワードが必要です</translation>
    </message>
    <message>
        <source>{name}: this PDF uses an encryption scheme that cannot be opened</source>
        <translation>{name}：この PDF は開くことのできない方式で暗号化されています</translation>
    </message>
    <message>
        <source>{name}: this is not a PDF file (no PDF header)</source>
        <translation>{name}：PDF ファイルではありません（PDF のヘッダーがありません）</translation>
    </message>
    <message>
        <source>{name}: the PDF is damaged or truncated and cannot be read (no readable document structure; try re-downloading it)</source>
        <translation>{name}：PDF が破損しているか途中で切れているため読み込めません（読み取れる文書構造がありません。ダウンロードし直してください）</translation>
    </message>
    <message>
        <source>{name}: the PDF reader stopped while reading pages {first}–{last} (the file is probably damaged); nothing was imported</source>
        <translation>{name}：{first}–{last} ページの読み込み中に PDF の読み取り処理が止まりました（ファイルが破損している可能性があります）。何も取り込んでいません</translation>
    </message>
    <message>
        <source>a PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>a Word document</source>
        <translation>Word 文書</translation>
    </message>
    <message>
        <source>a damaged zip archive</source>
        <translation>破損した zip アーカイブ</translation>
    </message>
    <message>
        <source>a zip archive</source>
        <translation>zip アーカイブ</translation>
    </message>
    <message>
        <source>an old Office binary file</source>
        <translation>旧形式の Office バイナリファイル</translation>
    </message>
    <message>
        <source>a web page</source>
        <translation>ウェブページ</translation>
    </message>
    <message>
        <source>text</source>
        <translation>テキスト</translation>
    </message>
    <message>
        <source>{name}: a REFI-QDA project, not a document; open it as a new project with File → Import REFI-QDA project… (command line: import-qdpx)</source>
        <translation>{name}：文書ではなく REFI-QDA プロジェクトです。「ファイル → REFI-QDA プロジェクトの取り込み…」で新しいプロジェクトとして開いてください（コマンドライン：import-qdpx）</translation>
    </message>
    <message>
        <source>{name}: a project saved by {program}, not a document; export it from {program} as a REFI-QDA project (.qdpx), then open that with File → Import REFI-QDA project… (command line: import-qdpx)</source>
        <translation>{name}：文書ではなく {program} で保存したプロジェクトです。{program} で REFI-QDA プロジェクト（.qdpx）として書き出し、それを「ファイル → REFI-QDA プロジェクトの取り込み…」で開いてください（コマンドライン：import-qdpx）</translation>
    </message>
    <message>
        <source>{name}: a FrameworkQDA project, not a document; open it, or bring its work into this project with File → Merge project… (command line: merge)</source>
        <translation>{name}：文書ではなく FrameworkQDA のプロジェクトです。それを開くか、「ファイル → プロジェクトの統合…」でその作業をこのプロジェクトに取り込んでください（コマンドライン：merge）</translation>
    </message>
    <message>
        <source>{name}: a REFI-QDA codebook, not a document; import it with Import… in the codebook (command line: codebook import)</source>
        <translation>{name}：文書ではなく REFI-QDA のコードブックです。コードブックの「取り込み…」で取り込んでください（コマンドライン：codebook import）</translation>
    </message>
    <message>
        <source>{name}: a spreadsheet, not a document; save it as PDF or text (.txt) to import it (codebooks and scores have their own Import…)</source>
        <translation>{name}：文書ではなく表計算のファイルです。取り込むには PDF かテキスト（.txt）で保存してください（コードブックと外部スコアにはそれぞれの「取り込み…」があります）</translation>
    </message>
    <message>
        <source>{name}: a presentation, not a document; save it as PDF first</source>
        <translation>{name}：文書ではなくプレゼンテーションです。先に PDF で保存してください</translation>
    </message>
    <message>
        <source>{name}: an image, not a document; put scanned pages in a PDF and import that (pages without text are read by OCR)</source>
        <translation>{name}：文書ではなく画像です。スキャンしたページを PDF にまとめて、それを取り込んでください（テキストのないページは OCR で読み取ります）</translation>
    </message>
    <message>
        <source>{name}: an archive, not a document; unpack it and import its folder</source>
        <translation>{name}：文書ではなくアーカイブです。展開して、そのフォルダーを取り込んでください</translation>
    </message>
    <message>
        <source>{name}: audio or video cannot be imported; import its transcript</source>
        <translation>{name}：音声や動画は取り込めません。その書き起こしを取り込んでください</translation>
    </message>
    <message>
        <source>{name}: a REFI-QDA project in a zip archive (it holds a .qde), not a document; open it as a new project with File → Import REFI-QDA project… (command line: import-qdpx)</source>
        <translation>{name}：文書ではなく、ZIP アーカイブに入った REFI-QDA プロジェクトです（.qde を含んでいます）。「ファイル → REFI-QDA プロジェクトの取り込み…」で新しいプロジェクトとして開いてください（コマンドライン：import-qdpx）</translation>
    </message>
    <message>
        <source>{name}: a REFI-QDA project in a zip archive (it holds {inner}), not a document; unzip it, then open the .qdpx as a new project with File → Import REFI-QDA project… (command line: import-qdpx)</source>
        <translation>{name}：文書ではなく、ZIP アーカイブに入った REFI-QDA プロジェクトです（{inner} を含んでいます）。展開してから、その .qdpx を「ファイル → REFI-QDA プロジェクトの取り込み…」で新しいプロジェクトとして開いてください（コマンドライン：import-qdpx）</translation>
    </message>
    <message>
        <source>{name}: a REFI-QDA codebook in a zip archive (it holds {inner}), not a document; unzip it, then import the .qdc with Import… in the codebook (command line: codebook import)</source>
        <translation>{name}：文書ではなく、ZIP アーカイブに入った REFI-QDA のコードブックです（{inner} を含んでいます）。展開してから、その .qdc をコードブックの「取り込み…」で取り込んでください（コマンドライン：codebook import）</translation>
    </message>
    <message>
        <source>{name}: a REFI-QDA project, not a document; %n file(s) in the {folder} folder beside it: its sources, left out; open it as a new project with File → Import REFI-QDA project… (command line: import-qdpx) to bring them in with their coding</source>
        <translation>{name}：文書ではなく REFI-QDA プロジェクトです。隣の {folder} フォルダーにある %n 件のファイルはその資料なので、取り込みから外しました。「ファイル → REFI-QDA プロジェクトの取り込み…」で新しいプロジェクトとして開くと、コーディングとともに取り込まれます（コマンドライン：import-qdpx）</translation>
    </message>
    <message>
        <source>binary data</source>
        <translation>バイナリデータ</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>空</translation>
    </message>
    <message>
        <source>an image ({format})</source>
        <translation>画像（{format}）</translation>
    </message>
    <message>
        <source>{name}: {format} files cannot be imported; save it as .docx or PDF first</source>
        <translation>{name}：{format} のファイルは取り込めません。先に .docx か PDF で保存してください</translation>
    </message>
    <message>
        <source>{name}: unsupported file type ({content}); supported: {supported}</source>
        <translation>{name}：対応していないファイル形式です（{content}）。対応形式：{supported}</translation>
    </message>
    <message>
        <source>{name}: is {content}, not {expected}</source>
        <translation>{name}：{expected}ではなく{content}です</translation>
    </message>
    <message>
        <source>{name}: not a Word document: the zip holds no word/document.xml</source>
        <translation>{name}：Word 文書ではありません。zip の中に word/document.xml がありません</translation>
    </message>
    <message>
        <source>{name}: the name says {suffix} but the content is {content}</source>
        <translation>{name}：名前は {suffix} ですが、中身は{content}です</translation>
    </message>
    <message>
        <source>{name}: already in the project as “{document}” (same content)</source>
        <translation>{name}：「{document}」として既にプロジェクトにあります（同じ内容）</translation>
    </message>
    <message>
        <source>{name}: imported as “{document}”</source>
        <translation>{name}：「{document}」として取り込みました</translation>
    </message>
    <message>
        <source>{name}: not imported (cancelled)</source>
        <translation>{name}：取り込んでいません（キャンセル）</translation>
    </message>
    <message>
        <source>{name}: not stored: {reason}</source>
        <translation>{name}：プロジェクトに保存していません：{reason}</translation>
    </message>
    <message>
        <source>{name}: cannot be read ({reason})</source>
        <translation>{name}：読み込めません（{reason}）</translation>
    </message>
    <message>
        <source>{name}: could not be imported ({reason})</source>
        <translation>{name}：取り込めませんでした（{reason}）</translation>
    </message>
    <message>
        <source>{name}: already in the project as “{document}” (same content), in no case; not assigned to “{case}”</source>
        <translation>{name}：「{document}」として既にプロジェクトにあります（同じ内容）。ケースに割り当てられていません。「{case}」には割り当てていません</translation>
    </message>
    <message>
        <source>{name}: already in the project as “{document}” (same content), in case “{there}”; not moved to “{case}”</source>
        <translation>{name}：「{document}」として既にプロジェクトにあります（同じ内容）。ケース「{there}」のままで、「{case}」には移していません</translation>
    </message>
    <message>
        <source>{name}: not a regular file ({kind})</source>
        <translation>{name}：通常のファイルではありません（{kind}）</translation>
    </message>
    <message>
        <source>{name}: the file is {size}, over the import limit of {limit}</source>
        <translation>{name}：ファイルは {size} で、取り込みの上限 {limit} を超えています</translation>
    </message>
    <message>
        <source>{name}: this is a binary file, not text</source>
        <translation>{name}：テキストではなくバイナリファイルです</translation>
    </message>
    <message>
        <source>{name}: not readable as {encoding} text: it ends in the middle of a character</source>
        <translation>{name}：{encoding} のテキストとして読めません：文字の途中でファイルが終わっています</translation>
    </message>
    <message>
        <source>{name}: not readable as {encoding} text: the bytes at offset {offset} make no character</source>
        <translation>{name}：{encoding} のテキストとして読めません：オフセット {offset} のバイトが文字になっていません</translation>
    </message>
</context>
<context>
    <name>Import note</name>
    <message>
        <source>running heads and page numbers were left out of the text ({shown}); the page view shows them</source>
        <translation>柱とページ番号は本文から除きました（{shown}）。ページ表示には表示されます</translation>
    </message>
    <message>
        <source>running heads and page numbers were left out of the text ({shown} and %n more); the page view shows them</source>
        <translation>柱とページ番号は本文から除きました（{shown}ほか %n 件）。ページ表示には表示されます</translation>
    </message>
    <message>
        <source>running heads and page numbers were left out of the text ({shown} and the page numbers); the page view shows them</source>
        <translation>柱とページ番号は本文から除きました（{shown}とページ番号）。ページ表示には表示されます</translation>
    </message>
    <message>
        <source>running heads and page numbers were left out of the text ({shown}, %n more and the page numbers); the page view shows them</source>
        <translation>柱とページ番号は本文から除きました（{shown}ほか %n 件とページ番号）。ページ表示には表示されます</translation>
    </message>
    <message>
        <source>page numbers were left out of the text; the page view shows them</source>
        <translation>ページ番号は本文から除きました。ページ表示には表示されます</translation>
    </message>
    <message>
        <source>page {page} has no text layer (scanned)</source>
        <translation>{page} ページにはテキスト層がありません（スキャン）</translation>
    </message>
    <message>
        <source>text of {pages} was recognised by OCR; check it against the page</source>
        <translation>{pages}の文字は OCR で認識しました。ページと照らし合わせて確認してください</translation>
    </message>
    <message>
        <source>on {pages}, %n character(s) drawn in a font that does not say which characters it draws (no usable character map): read by OCR of their glyphs; check them</source>
        <translation>{pages}の %n 文字は、どの文字を描くかを示さないフォント（使える文字マップがない）で描かれています。字形の OCR で読み取りました。確認してください</translation>
    </message>
    <message>
        <source>on {pages}, %n character(s) drawn in a font that does not say which characters it draws (no usable character map): could not be read and stand as � in the text; the page view shows them</source>
        <translation>{pages}の %n 文字は、どの文字を描くかを示さないフォント（使える文字マップがない）で描かれています。読み取れなかったため本文では � になっています。ページ表示には表示されます</translation>
    </message>
    <message>
        <source>no text was found in this PDF</source>
        <translation>この PDF には文字が見つかりませんでした</translation>
    </message>
    <message>
        <source>no text was found in this Word document</source>
        <translation>この Word 文書には文字が見つかりませんでした</translation>
    </message>
    <message>
        <source>no text was found in this web page</source>
        <translation>このウェブページには文字が見つかりませんでした</translation>
    </message>
    <message>
        <source>no text was found in this file: only spaces and line breaks</source>
        <translation>このファイルには本文がありません（空白と改行のみ）</translation>
    </message>
    <message>
        <source>main content not recognised; kept all visible text</source>
        <translation>本文部分を判別できなかったため、表示される文字をすべて残しました</translation>
    </message>
    <message>
        <source>left out of the text as menus or boilerplate of the page: {shown}</source>
        <translation>メニューなどページの定型部分として本文から除きました（{shown}）</translation>
    </message>
    <message>
        <source>left out of the text as menus or boilerplate of the page: {shown} and %n more</source>
        <translation>メニューなどページの定型部分として本文から除きました（{shown}ほか %n 件）</translation>
    </message>
    <message>
        <source>left out of the text as the footer of the page: {footer}</source>
        <translation>ページのフッターとして本文から除きました（{footer}）</translation>
    </message>
    <message>
        <source>left out of the text as menus or boilerplate of the page: {shown}; as its footer: {footer}</source>
        <translation>メニューなどページの定型部分として本文から除きました（{shown}）。フッターも除きました（{footer}）</translation>
    </message>
    <message>
        <source>left out of the text as menus or boilerplate of the page: {shown} and %n more; as its footer: {footer}</source>
        <translation>メニューなどページの定型部分として本文から除きました（{shown}ほか %n 件）。フッターも除きました（{footer}）</translation>
    </message>
    <message>
        <source>list numbers left out: {reason}</source>
        <translation>箇条書きの番号は除きました：{reason}</translation>
    </message>
    <message>
        <source>read as {encoding}</source>
        <translation>{encoding} として読み込みました</translation>
    </message>
    <message>
        <source>{suffix} is not a document extension; read by its content as {kind}</source>
        <translation>{suffix} は文書の拡張子ではありません。中身から{kind}として読み込みました</translation>
    </message>
    <message>
        <source>the name has no extension; read by its content as {kind}</source>
        <translation>名前に拡張子がありません。中身から{kind}として読み込みました</translation>
    </message>
    <message>
        <source>page {numbers}</source>
        <translation>{numbers} ページ</translation>
    </message>
    <message>
        <source>pages {numbers}</source>
        <translation>{numbers} ページ</translation>
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
    <message>
        <source>Import folder</source>
        <translation>フォルダーの取り込み</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) to import:</source>
        <translation>
            <numerusform>取り込むファイル %n 件：</numerusform>
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
        <source>Files to import</source>
        <translation>取り込むファイル</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>取り込む</translation>
    </message>
    <message>
        <source>Into case:</source>
        <translation>取り込み先のケース：</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>新しいケース</translation>
    </message>
    <message>
        <source>Case name (a city, or the nation):</source>
        <translation>ケース名（市、または国）：</translation>
    </message>
    <message>
        <source>Importing documents</source>
        <translation>文書を取り込み中</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n file(s) into {case}…</source>
        <translation>
            <numerusform>ファイル %n 件を {case} に取り込み中…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Importing %n file(s), unassigned (no case)…</source>
        <translation>
            <numerusform>ファイル %n 件を未割り当て（ケースなし）で取り込み中…</numerusform>
        </translation>
    </message>
    <message>
        <source>The password for {name} is wrong. Try again:</source>
        <translation>{name} のパスワードが違います。もう一度入力してください：</translation>
    </message>
    <message>
        <source>{name} is protected by a password. Password:</source>
        <translation>{name} はパスワードで保護されています。パスワード：</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <source>Importing {name} ({number} of {count})…</source>
        <translation>{name} を取り込み中（{count} 件中 {number} 件目）…</translation>
    </message>
    <message>
        <source>{name}: imported</source>
        <translation>{name}：取り込みました</translation>
    </message>
    <message>
        <source>{name}: imported as “{document}”</source>
        <translation>{name}：「{document}」として取り込みました</translation>
    </message>
    <message>
        <source>{name}: already in the project as “{document}” (same content)</source>
        <translation>{name}：「{document}」として既にプロジェクトにあります（同じ内容）</translation>
    </message>
    <message>
        <source>{name}: not imported (cancelled)</source>
        <translation>{name}：取り込んでいません（キャンセル）</translation>
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
            <numerusform>ファイル %n 件中 {imported} 件を取り込みました</numerusform>
        </translation>
    </message>
    <message>
        <source>{count} already in the project</source>
        <translation>{count} 件は既にプロジェクトにあります</translation>
    </message>
    <message>
        <source>{count} failed</source>
        <translation>{count} 件は失敗しました</translation>
    </message>
    <message>
        <source>{count} cancelled</source>
        <translation>{count} 件はキャンセルされました</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the parts of the import summary</comment>
        <translation>。</translation>
    </message>
    <message>
        <source>{parts}.</source>
        <translation>{parts}。</translation>
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
        <source>{subject}: {error}</source>
        <translation>{subject}：{error}</translation>
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
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>キャンセル中…</translation>
    </message>
</context>
<context>
    <name>KeepWhichDialog</name>
    <message>
        <source>Keep theirs</source>
        <translation>相手の版を残す</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>自分の版を残す</translation>
    </message>
    <message>
        <source>Keep theirs drops the text you typed.</source>
        <translation>「相手の版を残す」を選ぶと、入力したテキストは破棄されます。</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>English</source>
        <translation>英語</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>日本語</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>FrameworkQDA shows English once it restarts.</source>
        <translation>FrameworkQDA は再起動すると日本語で表示されます。</translation>
    </message>
    <message>
        <source>Restart now?
Everything you have done is saved, and the project opens again where you are.
Later: English from the next start.</source>
        <translation>今すぐ再起動しますか？
これまでの作業はすべて保存済みで、プロジェクトは今の画面のまま開き直します。
「後で」を選ぶと、次回の起動から日本語になります。</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>今すぐ再起動</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>後で</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <source>The language of the menus, windows and messages</source>
        <translation>メニュー・画面・メッセージの言語</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>システムの既定</translation>
    </message>
    <message>
        <source>Show FrameworkQDA in the computer&apos;s language</source>
        <translation>FrameworkQDA をコンピューターの言語で表示します</translation>
    </message>
    <message>
        <source>Show FrameworkQDA in English</source>
        <translation>FrameworkQDA を英語で表示します</translation>
    </message>
    <message>
        <source>Show FrameworkQDA in Japanese</source>
        <translation>FrameworkQDA を日本語で表示します</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
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
        <source>The server can be reached again.</source>
        <translation>サーバーに再び接続できるようになりました。</translation>
    </message>
    <message>
        <source>Open again</source>
        <translation>もう一度開く</translation>
    </message>
    <message>
        <source>Locate the file…</source>
        <translation>ファイルの場所を指定…</translation>
    </message>
    <message>
        <source>Keep the window</source>
        <translation>ウィンドウを残す</translation>
    </message>
    <message>
        <source>Locate the project file {name}</source>
        <translation>プロジェクトファイル {name} の場所を指定</translation>
    </message>
    <message>
        <source>{name} (project file lost) — FrameworkQDA</source>
        <translation>{name}（プロジェクトファイルが見つかりません）— FrameworkQDA</translation>
    </message>
    <message>
        <source>Project file lost: nothing is saved</source>
        <translation>プロジェクトファイルが見つかりません：何も保存されません</translation>
    </message>
    <message>
        <source>The project file {path} is no longer there: nothing is read from or saved to it. Copy out what you need, then close the project (File → Close project) and open the file from where it is now.</source>
        <translation>プロジェクトファイル {path} がその場所にありません。読み込みも保存もできません。必要な内容を書き写してからプロジェクトを閉じ（「ファイル → プロジェクトを閉じる」）、今ある場所からファイルを開いてください。</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>段階</translation>
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
        <source>Not opened: {error}</source>
        <translation>開けませんでした：{error}</translation>
    </message>
    <message>
        <source>Ctrl+K codes a passage selected in a document: open the document (View → 3 Coding, or Enter on a piece of evidence) and select it.</source>
        <translation>Ctrl+K は文書内で選択した箇所をコーディングします：文書を開き（［表示］→［3 コーディング］、またはエビデンスで Enter）、箇所を選択してください。</translation>
    </message>
    <message>
        <source>Open a document and select a passage, then press Ctrl+K to code it.</source>
        <translation>文書を開いて箇所を選択し、Ctrl+K を押してコーディングしてください。</translation>
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
    <message>
        <source>Extended the passage coded “{code}” over the selection</source>
        <translation>「{code}」でコーディングした箇所を選択範囲まで広げました</translation>
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
        <source>Copy</source>
        <translation>コピー</translation>
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
        <source>Not undone: {step}: {error}</source>
        <translation>元に戻せませんでした：{step}：{error}</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>Undone: {step}: {said}</source>
        <translation>元に戻しました：{step}：{said}</translation>
    </message>
    <message>
        <source>Undone: {step}</source>
        <translation>元に戻しました：{step}</translation>
    </message>
    <message>
        <source>Not redone: {step}: {error}</source>
        <translation>やり直せませんでした：{step}：{error}</translation>
    </message>
    <message>
        <source>Redone: {step}: {said}</source>
        <translation>やり直しました：{step}：{said}</translation>
    </message>
    <message>
        <source>Redone: {step}</source>
        <translation>やり直しました：{step}</translation>
    </message>
    <message>
        <source>Close project</source>
        <translation>プロジェクトを閉じる</translation>
    </message>
    <message>
        <source>Some of what you typed could not be saved.</source>
        <translation>入力した内容の一部を保存できませんでした。</translation>
    </message>
    <message>
        <source>Close without it</source>
        <translation>保存せずに閉じる</translation>
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
        <source>{step} cannot be redone: {reason}.</source>
        <translation>{step} をやり直せません：{reason}。</translation>
    </message>
    <message>
        <source>{step} cannot be undone: {reason}.</source>
        <translation>{step} を元に戻せません：{reason}。</translation>
    </message>
    <message>
        <source>“{step}” cannot be redone: {reason}.</source>
        <translation>「{step}」をやり直せません：{reason}。</translation>
    </message>
    <message>
        <source>“{step}” cannot be undone: {reason}.</source>
        <translation>「{step}」を元に戻せません：{reason}。</translation>
    </message>
    <message>
        <source>The project has changed since you undid this step. Remove it from the redo history to redo the steps after it; the project stays as it is. Or keep it, to redo it once that change is put right.</source>
        <translation>この操作を元に戻した後で、プロジェクトが変更されました。やり直しの履歴からこの操作を取り除くと、その後の操作をやり直せます（プロジェクトはそのままです）。残しておけば、その変更が解消されたときにやり直せます。</translation>
    </message>
    <message>
        <source>The project has changed since this step: what it did has been deleted since. Remove it from the undo history to undo the steps before it. Or keep it, to undo it once that change is put right.</source>
        <translation>この操作の後で、プロジェクトが変更されました：この操作の結果はその後削除されています。元に戻す履歴からこの操作を取り除くと、それより前の操作を元に戻せます。残しておけば、その変更が解消されたときに元に戻せます。</translation>
    </message>
    <message>
        <source>The project has changed since this step. Remove it from the undo history to undo the steps before it; what it did stays in the project. Or keep it, to undo it once that change is put right.</source>
        <translation>この操作の後で、プロジェクトが変更されました。元に戻す履歴からこの操作を取り除くと、それより前の操作を元に戻せます（この操作の結果はプロジェクトに残ります）。残しておけば、その変更が解消されたときに元に戻せます。</translation>
    </message>
    <message>
        <source>Remove from history</source>
        <translation>履歴から取り除く</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>残す</translation>
    </message>
    <message>
        <source>Removed from the redo history: {step}</source>
        <translation>やり直しの履歴から取り除きました：{step}</translation>
    </message>
    <message>
        <source>Removed from the undo history: {step} (what it did was deleted since)</source>
        <translation>元に戻す履歴から取り除きました：{step}（その結果はその後削除されています）</translation>
    </message>
    <message>
        <source>Removed from the undo history: {step} (what it did stays in the project)</source>
        <translation>元に戻す履歴から取り除きました：{step}（その結果はプロジェクトに残ります）</translation>
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
        <source>Open a document to find in its text; Ctrl+Shift+F searches all documents.</source>
        <translation>文書を開くとその本文を検索できます。Ctrl+Shift+F で全文書を検索します。</translation>
    </message>
    <message>
        <source>Nothing here to find in: search the text of all documents.</source>
        <translation>ここには検索できるものがありません：全文書の本文を検索します。</translation>
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
        <source>Document “{name}”</source>
        <translation>文書「{name}」</translation>
    </message>
    <message>
        <source>Case “{name}”</source>
        <translation>ケース「{name}」</translation>
    </message>
    <message>
        <source>Free memo “{name}”</source>
        <translation>フリーメモ「{name}」</translation>
    </message>
    <message>
        <source>New free memo</source>
        <translation>新しいフリーメモ</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>タイトル：</translation>
    </message>
    <message>
        <source>Import documents</source>
        <translation>文書の取り込み</translation>
    </message>
    <message>
        <source>Chart cell “{name}”</source>
        <translation>チャートのセル「{name}」</translation>
    </message>
    <message>
        <source>Coded passage “{name}”</source>
        <translation>コーディングされた箇所「{name}」</translation>
    </message>
    <message>
        <source>Project memo: {text}</source>
        <translation>プロジェクトのメモ：{text}</translation>
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
            <numerusform>コード %n 個</numerusform>
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
    <name>Mapping</name>
    <message>
        <source>no case named {names} for the group</source>
        <translation>グループの{names}というケースはありません</translation>
    </message>
    <message>
        <source>no score series named {series}</source>
        <translation>{series}というスコア系列はありません</translation>
    </message>
    <message>
        <source>no score series named {series}; available: {names}</source>
        <translation>{series}というスコア系列はありません。使える系列：{names}</translation>
    </message>
    <message>
        <source>no score series named {series}; available: none</source>
        <translation>{series}というスコア系列はありません。スコア系列はまだありません</translation>
    </message>
</context>
<context>
    <name>MappingView</name>
    <message>
        <source>Group average</source>
        <translation>グループ平均</translation>
    </message>
    <message>
        <source>Tick cases where</source>
        <translation>条件で選ぶ</translation>
    </message>
    <message>
        <source>Average over exactly the cases meeting the condition (the ticks replaced)</source>
        <translation>条件を満たすケースだけの平均にします（今のチェックは置き換わります）</translation>
    </message>
    <message>
        <source>Edit scores…</source>
        <translation>スコアを編集…</translation>
    </message>
    <message>
        <source>Enter or import external scores per theme (e.g. MIPEX 2015 Japan)</source>
        <translation>テーマ別の外部スコア（例：MIPEX 2015 Japan）を入力または取り込みます</translation>
    </message>
    <message>
        <source>Chart of measures present per theme</source>
        <translation>テーマごとの実施されている施策の数のグラフ</translation>
    </message>
    <message>
        <source>Interpretation memo</source>
        <translation>解釈メモ</translation>
    </message>
    <message>
        <source>What the counts and ranks mean for this theme</source>
        <translation>このテーマにとって件数と順位が意味すること</translation>
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
        <source>Chart width in pixels</source>
        <translation>グラフの幅（ピクセル）</translation>
    </message>
    <message>
        <source>Chart height in pixels</source>
        <translation>グラフの高さ（ピクセル）</translation>
    </message>
    <message>
        <source>Chart resolution in dpi</source>
        <translation>グラフの解像度（dpi）</translation>
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
        <source>Theme</source>
        <translation>テーマ</translation>
    </message>
    <message numerus="yes">
        <source>Counts include %n cell(s) with coded evidence but no value yet: each counts as present, in the ranks and ρ too, until a value is set in the matrix.</source>
        <translation>
            <numerusform>証拠はあるが値が未設定のセル %n 個を件数に含めています。マトリックスで値を設定するまで「あり」とみなし、順位とρにも含めます。</numerusform>
        </translation>
    </message>
    <message>
        <source>No external scores in this project: enter them with Edit scores… above.</source>
        <translation>このプロジェクトには外部スコアがありません。上の「スコアを編集…」で入力できます。</translation>
    </message>
    <message>
        <source>Total over all cases</source>
        <translation>全ケースの合計</translation>
    </message>
    <message numerus="yes">
        <source>Spearman&apos;s ρ, ranking by count ({basis}) vs {series}: {rho} (%n theme(s))
Per case: {per_case}</source>
        <translation>
            <numerusform>スピアマンのρ、施策数による順位（{basis}）対 {series}：{rho}（テーマ %n 件）
ケース別：{per_case}</numerusform>
        </translation>
    </message>
    <message>
        <source>Interpretation memo: {theme}</source>
        <translation>解釈メモ：{theme}</translation>
    </message>
    <message>
        <source>The server is back: the memo you typed was saved.</source>
        <translation>サーバーに再び接続できました。入力したメモを保存しました。</translation>
    </message>
    <message>
        <source>Someone else changed this memo</source>
        <translation>他の人がこのメモを変更しました</translation>
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
        <source>{name}: a chart is written as .png or .svg; nothing was written</source>
        <translation>{name}：グラフは .png か .svg で書き出します。何も書き込んでいません</translation>
    </message>
    <message>
        <source>cannot be computed</source>
        <translation>算出不能</translation>
    </message>
</context>
<context>
    <name>MatrixModel</name>
    <message>
        <source>{attribute}: {value}</source>
        <translation>{attribute}：{value}</translation>
    </message>
    <message>
        <source>Draft: {summary}</source>
        <translation>下書き：{summary}</translation>
    </message>
    <message>
        <source>{case}, {theme}: {present} of {total} measures present</source>
        <translation>{case}、{theme}：施策 {total} 件中 {present} 件あり</translation>
    </message>
    <message>
        <source>Value: {value}</source>
        <translation>値：{value}</translation>
    </message>
    <message numerus="yes">
        <source>Evidence: %n passage(s)</source>
        <translation>
            <numerusform>証拠：%n 箇所</numerusform>
        </translation>
    </message>
    <message>
        <source>Auto-drafted summary, not yet accepted:</source>
        <translation>自動下書きした要約（未確定）：</translation>
    </message>
    <message>
        <source>{case}, {measure} ({theme}): {value}</source>
        <translation>{case}、{measure}（{theme}）：{value}</translation>
    </message>
    <message>
        <source>no value</source>
        <translation>値なし</translation>
    </message>
    <message>
        <source>{cell}. Draft summary: {summary}</source>
        <translation>{cell}。要約の下書き：{summary}</translation>
    </message>
    <message>
        <source>{cell}. Summary: {summary}</source>
        <translation>{cell}。要約：{summary}</translation>
    </message>
    <message>
        <source>Auto-drafted summary: edit or accept it</source>
        <translation>自動下書きした要約：書き直すか確定してください</translation>
    </message>
    <message>
        <source>Needs a summary</source>
        <translation>要約が必要</translation>
    </message>
    <message>
        <source>The coders&apos; own values differ</source>
        <translation>コーダーごとの値が異なる</translation>
    </message>
</context>
<context>
    <name>MatrixView</name>
    <message>
        <source>Transpose</source>
        <translation>行と列を入れ替え</translation>
    </message>
    <message>
        <source>Collapse/expand</source>
        <translation>折りたたみ／展開</translation>
    </message>
    <message>
        <source>Collapse or expand every theme&apos;s measures (or click a theme&apos;s header)</source>
        <translation>すべてのテーマの施策を折りたたむ／展開する（テーマの見出しのクリックでも可）</translation>
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
        <translation>テーマ：</translation>
    </message>
    <message>
        <source>Case:</source>
        <translation>ケース：</translation>
    </message>
    <message>
        <source>Show measures with:</source>
        <translation>表示する施策：</translation>
    </message>
    <message>
        <source>{deleted}; the summary you were typing for it is on the clipboard.</source>
        <translation>{deleted}。入力中だった要約はクリップボードにあります。</translation>
    </message>
    <message>
        <source>{deleted}.</source>
        <translation>{deleted}。</translation>
    </message>
    <message>
        <source>{cell} was deleted in another window or program; the summary you were typing for it is on the clipboard.</source>
        <translation>{cell} は別のウィンドウかプログラムで削除されました。入力中だった要約はクリップボードにあります。</translation>
    </message>
    <message>
        <source>{cell} was deleted in another window or program.</source>
        <translation>{cell} は別のウィンドウかプログラムで削除されました。</translation>
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
        <source>By attribute…</source>
        <translation>属性で絞り込む…</translation>
    </message>
    <message>
        <source>Cases where an attribute meets a condition, e.g. Region = Kansai</source>
        <translation>属性が条件を満たすケース（例：地方 = 近畿）</translation>
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
    <message>
        <source>auto-drafts to review</source>
        <translation>確認待ちの自動下書き</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n ケース</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %n case(s)</source>
        <translation>
            <numerusform>ケース %n 件中 {shown} 件</numerusform>
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
    <message numerus="yes">
        <source>{shown} of %n case(s) shown</source>
        <translation>
            <numerusform>ケース %n 件中 {shown} 件を表示</numerusform>
        </translation>
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
        <source>Accept draft summary</source>
        <translation>要約の下書きを確定</translation>
    </message>
    <message>
        <source>A cell you typed a summary for was deleted in another window or program; the summary is on the clipboard.</source>
        <translation>要約を入力したセルが別のウィンドウかプログラムで削除されました。その要約はクリップボードにあります。</translation>
    </message>
    <message>
        <source>The server is back: the summary you typed was saved.</source>
        <translation>サーバーに再び接続できました。入力した要約を保存しました。</translation>
    </message>
    <message>
        <source>Set value “{value}”</source>
        <translation>値「{value}」を設定</translation>
    </message>
    <message>
        <source>The cell was not changed: {error}</source>
        <translation>セルは変更されていません：{error}</translation>
    </message>
    <message>
        <source>Kept their version of the cell.</source>
        <translation>セルは相手の版のままにしました。</translation>
    </message>
    <message numerus="yes">
        <source>Set value on %n cell(s)</source>
        <translation>
            <numerusform>セル %n 個に値を設定</numerusform>
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
        <translation>要約を下書き中：{total} ケース中 {done} ケース目…</translation>
    </message>
    <message>
        <source>Could not draft the summaries: {error}</source>
        <translation>要約を下書きできませんでした：{error}</translation>
    </message>
    <message>
        <source>Auto-draft cancelled: nothing was written.</source>
        <translation>自動下書きをキャンセルしました：何も書き込んでいません。</translation>
    </message>
    <message>
        <source>Clear value</source>
        <translation>値を消去</translation>
    </message>
    <message>
        <source>Framework matrix</source>
        <translation>フレームワーク・マトリックス</translation>
    </message>
    <message>
        <source>Show all cases, one case, or the cases whose attributes meet a condition</source>
        <translation>すべてのケース、1 つのケース、または属性が条件を満たすケースを表示</translation>
    </message>
    <message>
        <source>Show all cases</source>
        <translation>すべてのケースを表示</translation>
    </message>
    <message>
        <source>Close this bar and show every case again</source>
        <translation>このバーを閉じて、すべてのケースを再び表示</translation>
    </message>
    <message numerus="yes">
        <source>, %n of them auto-draft(s)</source>
        <translation>
            <numerusform>（うち自動下書き %n 個）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Auto-drafted %n empty summary(s), marked as drafts to review (one undo step)</source>
        <translation>
            <numerusform>空の要約 %n 個を自動下書きし、確認待ちの下書きとしました（一度の操作で元に戻せます）</numerusform>
        </translation>
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
    <message>
        <source>Someone else changed this memo</source>
        <translation>他の人がこのメモを変更しました</translation>
    </message>
    <message>
        <source>Memo not saved</source>
        <translation>メモを保存できませんでした</translation>
    </message>
    <message>
        <source>Memo</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Save changes to this memo?</source>
        <translation>このメモへの変更を保存しますか？</translation>
    </message>
</context>
<context>
    <name>MemoModel</name>
    <message>
        <source>On</source>
        <translation>対象</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>作成者</translation>
    </message>
    <message>
        <source>Changed (UTC)</source>
        <translation>更新日時（UTC）</translation>
    </message>
    <message>
        <source>Memo</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>プロジェクト</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文書</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>ケース</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>コード</translation>
    </message>
    <message>
        <source>Chart cell</source>
        <translation>チャートのセル</translation>
    </message>
    <message>
        <source>Coded passage</source>
        <translation>コーディングされた箇所</translation>
    </message>
    <message>
        <source>Free memo</source>
        <translation>フリーメモ</translation>
    </message>
    <message>
        <source>{document}, characters {first}–{last}: {code}</source>
        <translation>{document} の {first}–{last} 文字目：{code}</translation>
    </message>
</context>
<context>
    <name>Memos</name>
    <message>
        <source>project</source>
        <translation>プロジェクト</translation>
    </message>
    <message>
        <source>document</source>
        <translation>文書</translation>
    </message>
    <message>
        <source>case</source>
        <translation>ケース</translation>
    </message>
    <message>
        <source>code</source>
        <translation>コード</translation>
    </message>
    <message>
        <source>cell</source>
        <translation>セル</translation>
    </message>
    <message>
        <source>segment</source>
        <translation>セグメント</translation>
    </message>
    <message>
        <source>free memo</source>
        <translation>フリーメモ</translation>
    </message>
    <message>
        <source>a memo on a {target} needs the {target}&apos;s id</source>
        <translation>{target} のメモには {target} の ID が必要です</translation>
    </message>
    <message>
        <source>id {id} ({author}, {time} UTC: {line})</source>
        <translation>ID {id}（{author}、{time}（UTC）、{line}）</translation>
    </message>
    <message>
        <source>{count} free memos are titled {title}: {memos}; name one by its id</source>
        <translation>タイトルが{title}のフリーメモが {count} 件あります：{memos}。ID で指定してください</translation>
    </message>
    <message>
        <source>From the memo {title} by {author} ({date}):</source>
        <translation>メモ{title}（{author}、{date}）から：</translation>
    </message>
    <message>
        <source>From the memo {title} by {author}:</source>
        <translation>メモ{title}（{author}）から：</translation>
    </message>
    <message>
        <source>From the memo {title} ({date}):</source>
        <translation>メモ{title}（{date}）から：</translation>
    </message>
    <message>
        <source>From the memo {title}:</source>
        <translation>メモ{title}から：</translation>
    </message>
    <message>
        <source>From a memo by {author} ({date}):</source>
        <translation>別のメモ（{author}、{date}）から：</translation>
    </message>
    <message>
        <source>From a memo by {author}:</source>
        <translation>別のメモ（{author}）から：</translation>
    </message>
    <message>
        <source>From a memo ({date}):</source>
        <translation>別のメモ（{date}）から：</translation>
    </message>
    <message>
        <source>From a memo:</source>
        <translation>別のメモから：</translation>
    </message>
    <message>
        <source>{deleted}; nothing was saved</source>
        <translation>{deleted}。何も保存していません</translation>
    </message>
    <message>
        <source>{memo} was deleted by someone else after this edit began; nothing was saved</source>
        <translation>この編集を始めた後に、ほかの人が{memo}を削除しました。何も保存していません</translation>
    </message>
    <message>
        <source>{memo} was changed by {who} at {time} UTC after this edit began; nothing was saved</source>
        <translation>この編集を始めた後に、{who} が{memo}を {time}（UTC）に変更しました。何も保存していません</translation>
    </message>
    <message>
        <source>the project memo</source>
        <translation>プロジェクトのメモ</translation>
    </message>
    <message>
        <source>the free memo</source>
        <translation>フリーメモ</translation>
    </message>
    <message>
        <source>the free memo {title}</source>
        <translation>フリーメモ{title}</translation>
    </message>
    <message>
        <source>the memo on {target} {name}</source>
        <translation>{target}{name}のメモ</translation>
    </message>
    <message>
        <source>a free memo needs a title</source>
        <translation>フリーメモにはタイトルが必要です</translation>
    </message>
    <message>
        <source>{memo} was deleted by someone else</source>
        <translation>{memo}はほかの人が削除しました</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>誰か</translation>
    </message>
    <message>
        <source>{memo} was changed by {who} at {time} UTC</source>
        <translation>{who} が{memo}を {time}（UTC）に変更しました</translation>
    </message>
    <message>
        <source>{memo} is no longer in the project</source>
        <translation>{memo}はもうプロジェクトにありません</translation>
    </message>
</context>
<context>
    <name>MemosView</name>
    <message>
        <source>Filter memos by text, title, author or name…</source>
        <translation>本文・タイトル・作成者・名前でメモを絞り込む…</translation>
    </message>
    <message>
        <source>Filter memos</source>
        <translation>メモの絞り込み</translation>
    </message>
    <message>
        <source>Memos</source>
        <translation>メモ一覧</translation>
    </message>
    <message>
        <source>Open memo…</source>
        <translation>メモを開く…</translation>
    </message>
    <message>
        <source>Go to</source>
        <translation>対象へ移動</translation>
    </message>
    <message>
        <source>Open what the memo is on: its document, case, code&apos;s passages, cell or passage</source>
        <translation>メモの対象を開きます：文書、ケース、コードの箇所、セル、またはコーディングされた箇所</translation>
    </message>
    <message>
        <source>New free memo…</source>
        <translation>新しいフリーメモ…</translation>
    </message>
    <message>
        <source>A memo on nothing in particular, with a title: ideas, a field diary</source>
        <translation>特定の対象に付けない、タイトル付きのメモ：アイデア、フィールド日誌など</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>タイトルを変更…</translation>
    </message>
    <message>
        <source>Give the free memo another title (F2)</source>
        <translation>フリーメモのタイトルを変更します（F2）</translation>
    </message>
    <message>
        <source>Delete free memo</source>
        <translation>フリーメモを削除</translation>
    </message>
    <message numerus="yes">
        <source>%n memo(s)</source>
        <translation>
            <numerusform>メモ %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Rename free memo</source>
        <translation>フリーメモのタイトルの変更</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>タイトル：</translation>
    </message>
    <message>
        <source>Delete the free memo “{title}”?</source>
        <translation>フリーメモ「{title}」を削除しますか？</translation>
    </message>
    <message>
        <source>Edit → Undo brings it back.</source>
        <translation>［編集］→［元に戻す］で元に戻せます。</translation>
    </message>
</context>
<context>
    <name>Merge</name>
    <message>
        <source>{source}: a project cannot be merged into itself</source>
        <translation>{source}：プロジェクトをそれ自身に統合することはできません</translation>
    </message>
    <message>
        <source>{path}: no such file</source>
        <translation>{path}：そのファイルはありません</translation>
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
    <name>MergeReport</name>
    <message>
        <source>no value</source>
        <translation>値なし</translation>
    </message>
    <message>
        <source>no coder</source>
        <translation>コーダーなし</translation>
    </message>
    <message>
        <source>attribute &apos;{name}&apos; is {ours} here but {theirs} in {other}: its values were not merged</source>
        <translation>ケース属性「{name}」：このプロジェクトでは{ours}、{other} では{theirs}のため、値は統合していません</translation>
    </message>
    <message>
        <source>case &apos;{case}&apos;, attribute &apos;{attribute}&apos;: {ours} here, {theirs} in {other} (this project&apos;s kept)</source>
        <translation>ケース「{case}」のケース属性「{attribute}」：このプロジェクトでは {ours}、{other} では {theirs}（このプロジェクトの値を残しました）</translation>
    </message>
    <message>
        <source>document &apos;{name}&apos;: the same file as &apos;{found}&apos; here, but its text was extracted differently, so its coding was not merged</source>
        <translation>文書「{name}」：このプロジェクトの「{found}」と同じファイルですが、テキストの抽出結果が異なるため、コーディングは統合していません</translation>
    </message>
    <message>
        <source>document &apos;{name}&apos;: a different file has this name here; it and its coding were not merged</source>
        <translation>文書「{name}」：このプロジェクトでは別のファイルがこの名前を使っているため、文書とそのコーディングは統合していません</translation>
    </message>
    <message>
        <source>document &apos;{name}&apos;: %n documents here hold the same file; its coding was not merged</source>
        <translation>文書「{name}」：このプロジェクトの文書 %n 件が同じファイルを持っているため、コーディングは統合していません</translation>
    </message>
    <message>
        <source>score series &apos;{series}&apos;, theme &apos;{theme}&apos;: {ours} here, {theirs} in {other} (this project&apos;s kept)</source>
        <translation>スコア系列「{series}」のテーマ「{theme}」：このプロジェクトでは {ours}、{other} では {theirs}（このプロジェクトの値を残しました）</translation>
    </message>
    <message>
        <source>no code matched: none of {other}&apos;s %n codes has a name this project&apos;s codebook has, so they were added beside it. To copy a project, make the new one with the line &apos;frameworkqda info&apos; shows for it</source>
        <translation>一致したコードがありません：{other} の %n 件のコードはどれもこのプロジェクトのコードブックにない名前のため、既存のコードとは別に追加しました。プロジェクトを複製するときは、frameworkqda info が示す行で新しいプロジェクトを作ってください</translation>
    </message>
    <message>
        <source>no code matched: this project&apos;s codebook is {ours}, {other}&apos;s is {theirs}, so its %n codes were added beside this project&apos;s. To copy a project, make the new one with &apos;frameworkqda new --language {language}&apos; (the line &apos;frameworkqda info&apos; shows for it)</source>
        <translation>一致したコードがありません：このプロジェクトのコードブックは{ours}、{other} のコードブックは{theirs}のため、その %n 件のコードを既存のコードとは別に追加しました。プロジェクトを複製するときは、frameworkqda new --language {language} で新しいプロジェクトを作ってください（frameworkqda info が示す行です）</translation>
    </message>
    <message>
        <source>code &apos;{path}&apos;: its parent was not merged</source>
        <translation>コード「{path}」：親コードが統合されなかったため、統合していません</translation>
    </message>
    <message>
        <source>code &apos;{path}&apos; matches %n codes here; it and its coding were not merged</source>
        <translation>コード「{path}」：このプロジェクトのコード %n 個に一致するため、コードとそのコーディングは統合していません</translation>
    </message>
    <message>
        <source>%n coded segment(s) on documents or codes that were not merged (or are headings only here)</source>
        <translation>統合されなかった文書・コード（またはこのプロジェクトでは見出しだけのコード）のセグメント %n 件</translation>
    </message>
    <message>
        <source>%n coded segment(s) from {other} sharing text with a segment of the same code and coder here joined into it, as coding that text again does (the segment widened to cover them, their notes and translations added to its own)</source>
        <translation>{other} のセグメントのうち、このプロジェクトの同じコード・同じコーダーのセグメントと本文が重なる %n 件を、そのセグメントにまとめました（同じ本文をもう一度コーディングしたときと同じく、セグメントを広げて全体を含め、注記と訳はそのセグメントのものに加えています）</translation>
    </message>
    <message>
        <source>cell {where}: {ours} here, {theirs} in {other} (both kept: theirs as {coder}&apos;s charting)</source>
        <translation>セル {where}：このプロジェクトでは {ours}、{other} では {theirs}（両方を保持：相手側は {coder} のチャート化として）</translation>
    </message>
    <message>
        <source>cell {where}: {ours} here, {theirs} in {other} (both kept: theirs in the cell&apos;s memo)</source>
        <translation>セル {where}：このプロジェクトでは {ours}、{other} では {theirs}（両方を保持：相手側はセルのメモに）</translation>
    </message>
    <message>
        <source>cell {where}: {ours} on both sides, but the summaries differ here and in {other} (both kept: theirs as {coder}&apos;s charting)</source>
        <translation>セル {where}：値はどちらも {ours} だが、このプロジェクトと {other} で要約が異なる（両方を保持：相手側は {coder} のチャート化として）</translation>
    </message>
    <message>
        <source>cell {where}: {ours} on both sides, but the summaries differ here and in {other} (both kept: theirs in the cell&apos;s memo)</source>
        <translation>セル {where}：値はどちらも {ours} だが、このプロジェクトと {other} で要約が異なる（両方を保持：相手側はセルのメモに）</translation>
    </message>
    <message>
        <source>%n chart cell(s) on cases or codes that were not merged</source>
        <translation>統合されなかったケース・コードのセル %n 個</translation>
    </message>
    <message>
        <source>{coder}&apos;s charting of {where}: {ours} here, {theirs} in {other} (both kept: theirs in the cell&apos;s memo)</source>
        <translation>{coder} による {where} のチャート化：このプロジェクトでは {ours}、{other} では {theirs}（両方を保持：相手側はセルのメモに）</translation>
    </message>
    <message>
        <source>{coder}&apos;s charting of {where}: {ours} on both sides, but the summaries differ here and in {other} (both kept: theirs in the cell&apos;s memo)</source>
        <translation>{coder} による {where} のチャート化：値はどちらも {ours} だが、このプロジェクトと {other} で要約が異なる（両方を保持：相手側はセルのメモに）</translation>
    </message>
    <message>
        <source>memo on the {target}: both projects have one; {other}&apos;s appended to it</source>
        <translation>{target}のメモ：両方のプロジェクトにあるため、{other} のメモを後ろに追加しました</translation>
    </message>
    <message>
        <source>free memo {title}: both projects have it; {other}&apos;s text appended to it</source>
        <translation>フリーメモ{title}：両方のプロジェクトにあるため、{other} の本文を後ろに追加しました</translation>
    </message>
    <message>
        <source>%n memo(s) on items that were not merged</source>
        <translation>統合されなかった項目のメモ %n 件</translation>
    </message>
</context>
<context>
    <name>MergeSummaryDialog</name>
    <message>
        <source>Merge project: summary</source>
        <translation>プロジェクトの統合：概要</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;{source}&lt;/b&gt; was merged into this project: %n item(s) added.</source>
        <translation>
            <numerusform>&lt;b&gt;{source}&lt;/b&gt; をこのプロジェクトに統合しました：%n 件を追加。</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;{source}&lt;/b&gt; was merged into this project: nothing new to add.</source>
        <translation>&lt;b&gt;{source}&lt;/b&gt; をこのプロジェクトに統合しました：新たに追加するものはありません。</translation>
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
    <message numerus="yes">
        <source>%n overlapping passage(s) joined — see below.</source>
        <translation>
            <numerusform>重なるセグメント %n 件をまとめました — 下記参照。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;{source}&lt;/b&gt; was merged into this project: %n overlapping passage(s) joined.</source>
        <translation>
            <numerusform>&lt;b&gt;{source}&lt;/b&gt; をこのプロジェクトに統合しました：重なるセグメント %n 件をまとめました。</numerusform>
        </translation>
    </message>
    <message>
        <source>From &lt;code&gt;{source}&lt;/code&gt;&lt;br&gt;Into &lt;code&gt;{target}&lt;/code&gt;</source>
        <translation>統合元：&lt;code&gt;{source}&lt;/code&gt;&lt;br&gt;統合先：&lt;code&gt;{target}&lt;/code&gt;</translation>
    </message>
    <message>
        <source>Conflicts: both kept</source>
        <translation>競合：両方を保持</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>読み飛ばし</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>まとめた箇所</translation>
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
        <translation>なし：すべて一致または追加されました。</translation>
    </message>
    <message>
        <source>Nothing.</source>
        <translation>なし。</translation>
    </message>
    <message>
        <source>{title} ({count})</source>
        <translation>{title}（{count}）</translation>
    </message>
    <message>
        <source>Warning: {line}</source>
        <translation>警告：{line}</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source> or </source>
        <translation>または</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>“{text}”</source>
        <translation>「{text}」</translation>
    </message>
</context>
<context>
    <name>Numbers</name>
    <message>
        <source>a comma stands only between groups of three digits (1,538); decimals take a point (2.8)</source>
        <translation>カンマは3桁区切り（1,538）にだけ使えます。小数点はピリオドで書いてください（2.8）。</translation>
    </message>
    <message>
        <source>type it without the % sign: {number}</source>
        <translation>% 記号を付けずに「{number}」と入力してください。</translation>
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
（パスワードは ~/.pgpass から読むか、入力を求めます）：</translation>
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
    <name>Panels</name>
    <message>
        <source>Memo: {text}</source>
        <translation>メモ：{text}</translation>
    </message>
</context>
<context>
    <name>Project</name>
    <message>
        <source>{location}: busy: held by another program for over {seconds} s; try again when it has finished</source>
        <translation>{location}：使用中です。別のプログラムが {seconds} 秒を超えて使用しています。終わってからもう一度お試しください</translation>
    </message>
    <message>
        <source>{location}: busy: held by {holder} for over {seconds} s; try again when it has finished</source>
        <translation>{location}：使用中です。{holder} が {seconds} 秒を超えて使用しています。終わってからもう一度お試しください</translation>
    </message>
    <message>
        <source>{location}: the project file is damaged ({reason}); nothing was written to it. Recover it with `frameworkqda recover`, or go back to the newest backup {backup}</source>
        <translation>{location}：プロジェクトファイルが破損しています（{reason}）。何も書き込んでいません。`frameworkqda recover` で復旧するか、最新のバックアップ {backup} に戻してください</translation>
    </message>
    <message>
        <source>{location}: the project file is damaged ({reason}); nothing was written to it. Recover it with `frameworkqda recover`</source>
        <translation>{location}：プロジェクトファイルが破損しています（{reason}）。何も書き込んでいません。`frameworkqda recover` で復旧してください</translation>
    </message>
    <message>
        <source>{location}: the server does not let role {role} {act} this project ({reason}). {role} is a member of the owner role {owner} but does not use its rights by itself: connect with PGOPTIONS=&quot;-c role={owner}&quot; (docs/server-setup.md)</source>
        <translation>{location}：サーバーがロール {role} にこのプロジェクトの{act}を許可していません（{reason}）。{role} は所有者ロール {owner} のメンバーですが、その権限をそのままでは使いません。PGOPTIONS=&quot;-c role={owner}&quot; を付けて接続してください（docs/server-setup.md）</translation>
    </message>
    <message>
        <source>change</source>
        <translation>変更</translation>
    </message>
    <message>
        <source>read</source>
        <translation>読み取り</translation>
    </message>
    <message>
        <source>{location}: the server does not let role {role} change this project ({reason}); nothing was saved. Ask the server&apos;s administrator to make {role} a member of the project&apos;s owner role (docs/server-setup.md)</source>
        <translation>{location}：サーバーがロール {role} にこのプロジェクトの変更を許可していません（{reason}）。何も保存されていません。サーバーの管理者に、{role} をプロジェクトの所有者ロールのメンバーにするよう依頼してください（docs/server-setup.md）</translation>
    </message>
    <message>
        <source>{location}: the server does not let role {role} read this project ({reason}). Ask the server&apos;s administrator to make {role} a member of the project&apos;s owner role, or to grant it reading (docs/server-setup.md)</source>
        <translation>{location}：サーバーがロール {role} にこのプロジェクトの読み取りを許可していません（{reason}）。サーバーの管理者に、{role} をプロジェクトの所有者ロールのメンバーにするか、読み取り権限を与えるよう依頼してください（docs/server-setup.md）</translation>
    </message>
    <message>
        <source>{location}: the disk is full; this change was not saved</source>
        <translation>{location}：ディスクがいっぱいです。この変更は保存されていません</translation>
    </message>
    <message>
        <source>{location}: the disk is full, so the project cannot be read; free some space</source>
        <translation>{location}：ディスクがいっぱいのため、プロジェクトを読めません。空き容量を作ってください</translation>
    </message>
    <message>
        <source>stored text that is not UTF-8, in column {column}</source>
        <translation>列 {column} に UTF-8 ではないテキストが保存されています</translation>
    </message>
    <message>
        <source>{location}: the project cannot be written ({reason})</source>
        <translation>{location}：プロジェクトに書き込めません（{reason}）</translation>
    </message>
    <message>
        <source>{location}: the disk failed to read or write ({reason})</source>
        <translation>{location}：ディスクの読み書きに失敗しました（{reason}）</translation>
    </message>
    <message>
        <source>{location}: the connection to the server was lost; this change was not saved ({reason})</source>
        <translation>{location}：サーバーとの接続が切れました。この変更は保存されていません（{reason}）</translation>
    </message>
    <message>
        <source>{location}: the server cannot be reached ({reason}); try again when it is back</source>
        <translation>{location}：サーバーに接続できません（{reason}）。サーバーが復旧してからもう一度お試しください</translation>
    </message>
    <message>
        <source>{location}: checking and recovering work on project files; PostgreSQL keeps its own storage sound (see its amcheck module)</source>
        <translation>{location}：検査と復旧はプロジェクトファイルに対して行います。PostgreSQL は自身の記憶領域を健全に保ちます（amcheck モジュールを参照）</translation>
    </message>
    <message>
        <source>{path}: no such project file</source>
        <translation>{path}：そのプロジェクトファイルはありません</translation>
    </message>
    <message>
        <source>{path}: an empty file, not a FrameworkQDA project</source>
        <translation>{path}：空のファイルです。FrameworkQDA のプロジェクトではありません</translation>
    </message>
    <message>
        <source>{path}: a folder, not a project file</source>
        <translation>{path}：フォルダーです。プロジェクトのファイルではありません</translation>
    </message>
    <message>
        <source>{path}: not a regular file (a named pipe or a device), not a project</source>
        <translation>{path}：通常のファイルではありません（名前付きパイプまたはデバイス）。プロジェクトではありません</translation>
    </message>
    <message>
        <source>{target}: a file with this name already exists</source>
        <translation>{target}：この名前のファイルが既にあります</translation>
    </message>
    <message>
        <source>{source}: too little could be read to make a project</source>
        <translation>{source}：読み取れた部分が少なすぎて、プロジェクトを作れません</translation>
    </message>
    <message>
        <source>{target}: the recovered project could not be written ({reason})</source>
        <translation>{target}：復旧したプロジェクトを書き込めませんでした（{reason}）</translation>
    </message>
    <message>
        <source>{path}: cannot be read ({reason})</source>
        <translation>{path}：読み込めません（{reason}）</translation>
    </message>
    <message>
        <source>{path}: the disk is full, so the file cannot be read; free some space</source>
        <translation>{path}：ディスクがいっぱいのため、ファイルを読めません。空き容量を作ってください</translation>
    </message>
    <message>
        <source>; go back to the newest backup {backup}</source>
        <translation>。最新のバックアップ {backup} に戻してください</translation>
    </message>
    <message>
        <source>{source}: its table of contents is unreadable, nothing can be recovered ({reason}){hint}</source>
        <translation>{source}：目次部分が読み取れないため、何も復旧できません（{reason}）{hint}</translation>
    </message>
    <message>
        <source>{location}: opened read-only; changes cannot be saved</source>
        <translation>{location}：読み取り専用で開いています。変更は保存できません</translation>
    </message>
    <message>
        <source>{path}: a file with this name already exists</source>
        <translation>{path}：この名前のファイルが既にあります</translation>
    </message>
    <message>
        <source>{path}: the folder {folder} does not exist</source>
        <translation>{path}：フォルダー {folder} がありません</translation>
    </message>
    <message>
        <source>{path}: the folder {folder} is not writable</source>
        <translation>{path}：フォルダー {folder} に書き込めません</translation>
    </message>
    <message>
        <source>{path}: cannot be created ({reason})</source>
        <translation>{path}：作成できません（{reason}）</translation>
    </message>
    <message>
        <source>{path}: not a FrameworkQDA project (not an SQLite database)</source>
        <translation>{path}：FrameworkQDA のプロジェクトではありません（SQLite データベースではありません）</translation>
    </message>
    <message>
        <source>{path}: made by an older version and must be upgraded before it can be read, which a read-only file cannot be; copy it to a writable folder</source>
        <translation>{path}：古いバージョンで作られたため、読む前に更新が必要ですが、読み取り専用のファイルは更新できません。書き込めるフォルダーにコピーしてください</translation>
    </message>
    <message>
        <source>{path}: it is on a read-only disk; copy it to a writable folder to change it</source>
        <translation>{path}：読み取り専用のディスクにあります。変更するには書き込めるフォルダーにコピーしてください</translation>
    </message>
    <message>
        <source>{path}: the file is read-only; copy it or change permissions</source>
        <translation>{path}：ファイルが読み取り専用です。コピーするか、アクセス権を変更してください</translation>
    </message>
    <message>
        <source>{path}: its folder is read-only, so the journal cannot be kept</source>
        <translation>{path}：フォルダーが読み取り専用のため、ジャーナルを保存できません</translation>
    </message>
    <message>
        <source>{path}: made by an older version and needs upgrading</source>
        <translation>{path}：古いバージョンで作られたため、更新が必要です</translation>
    </message>
    <message>
        <source>{path}: cannot be read as a project ({reason})</source>
        <translation>{path}：プロジェクトとして読み込めません（{reason}）</translation>
    </message>
    <message>
        <source>{path}: an SQLite database, but not a FrameworkQDA project</source>
        <translation>{path}：SQLite データベースですが、FrameworkQDA のプロジェクトではありません</translation>
    </message>
    <message>
        <source>{path}: the disk is full; free some space first</source>
        <translation>{path}：ディスクがいっぱいです。先に空き容量を作ってください</translation>
    </message>
    <message>
        <source>{location}: made by an older version; its schema must be upgraded before it can be read. Take a backup with pg_dump, then run frameworkqda upgrade {location} or open it once in the app (docs/server-setup.md)</source>
        <translation>{location}：以前のバージョンで作成されたプロジェクトです。読み込む前にスキーマのアップグレードが必要です。pg_dump でバックアップを取ってから、frameworkqda upgrade {location} を実行するか、アプリで一度開いてください（docs/server-setup.md）</translation>
    </message>
    <message>
        <source>{location}: made by an older version; its schema must be upgraded as the project&apos;s owner role {owner}, so what the upgrade adds belongs to it and not to role {role}. Take a backup with pg_dump, then run frameworkqda upgrade {location} (or open it once in the app) with PGOPTIONS=&quot;-c role={owner}&quot; (docs/server-setup.md)</source>
        <translation>{location}：以前のバージョンで作成されたプロジェクトです。アップグレードで追加されるものがロール {role} ではなく所有者ロール {owner} のものになるよう、スキーマのアップグレードは {owner} として行う必要があります。pg_dump でバックアップを取ってから、PGOPTIONS=&quot;-c role={owner}&quot; を付けて frameworkqda upgrade {location} を実行してください（アプリで一度開いても同じです）（docs/server-setup.md）</translation>
    </message>
    <message>
        <source>{location}: made by an older version; its schema must be upgraded as the project&apos;s owner role {owner}, of which role {role} is not a member. Ask a member of {owner} to take a backup with pg_dump and run frameworkqda upgrade {location} (or open it once in the app) with PGOPTIONS=&quot;-c role={owner}&quot; (docs/server-setup.md)</source>
        <translation>{location}：以前のバージョンで作成されたプロジェクトです。スキーマのアップグレードはプロジェクトの所有者ロール {owner} として行う必要がありますが、ロール {role} はそのメンバーではありません。{owner} のメンバーに、pg_dump でバックアップを取ってから PGOPTIONS=&quot;-c role={owner}&quot; を付けて frameworkqda upgrade {location} を実行する（またはアプリで一度開く）よう依頼してください（docs/server-setup.md）</translation>
    </message>
    <message>
        <source>{location}: the server refused the password for role {role} ({reason}); check the password in ~/.pgpass, the file PGPASSFILE names, or the one typed</source>
        <translation>{location}：サーバーがロール {role} のパスワードを受け付けませんでした（{reason}）。~/.pgpass、PGPASSFILE が指すファイル、または入力したパスワードを確かめてください</translation>
    </message>
    <message>
        <source>{location}: the server wants a password for role {role} ({reason}); put it in ~/.pgpass or the file PGPASSFILE names (docs/server-setup.md)</source>
        <translation>{location}：サーバーがロール {role} のパスワードを求めています（{reason}）。~/.pgpass または PGPASSFILE が指すファイルに書いてください（docs/server-setup.md）</translation>
    </message>
    <message>
        <source>{location}: the server has no database {database} ({reason})</source>
        <translation>{location}：サーバーにデータベース {database} がありません（{reason}）</translation>
    </message>
    <message>
        <source>{location}: cannot connect to the server ({reason})</source>
        <translation>{location}：サーバーに接続できません（{reason}）</translation>
    </message>
    <message>
        <source>{path}: damaged or not a project ({reason})</source>
        <translation>{path}：破損しているか、プロジェクトではありません（{reason}）</translation>
    </message>
    <message>
        <source>{location}: this database is empty: make a project in it first with &apos;frameworkqda new {location}&apos; (to copy a project into it, with the options &apos;frameworkqda info&apos; shows for that project)</source>
        <translation>{location}：このデータベースは空です。まず frameworkqda new {location} でプロジェクトを作ってください（プロジェクトを複製するときは、そのプロジェクトについて frameworkqda info が示すオプションを付けます）</translation>
    </message>
    <message>
        <source>{location}: this database does not hold a FrameworkQDA project</source>
        <translation>{location}：このデータベースには FrameworkQDA のプロジェクトがありません</translation>
    </message>
    <message>
        <source>{location}: has no schema version; not a FrameworkQDA project</source>
        <translation>{location}：スキーマのバージョンがありません。FrameworkQDA のプロジェクトではありません</translation>
    </message>
    <message>
        <source>{location}: made by a newer version of FrameworkQDA (schema {revision}); this is version {version}, please upgrade the application</source>
        <translation>{location}：新しいバージョンの FrameworkQDA で作られています（スキーマ {revision}）。このアプリはバージョン {version} です。アプリを更新してください</translation>
    </message>
    <message>
        <source>{path}: the file cannot be written</source>
        <translation>{path}：ファイルに書き込めません</translation>
    </message>
    <message>
        <source>{path}: cannot be opened ({message})</source>
        <translation>{path}：開けません（{message}）</translation>
    </message>
    <message>
        <source>{location}: the database is not empty</source>
        <translation>{location}：データベースが空ではありません</translation>
    </message>
    <message>
        <source>the original PDF cannot be rendered ({reason})</source>
        <translation>元の PDF を表示できません（{reason}）</translation>
    </message>
    <message>
        <source>no document with id {document_id}</source>
        <translation>ID {document_id} の文書はありません</translation>
    </message>
    <message>
        <source>document {document_id} has no stored original</source>
        <translation>文書 {document_id} には元のファイルが保存されていません</translation>
    </message>
    <message>
        <source>{location}: PostgreSQL support is not installed; run: {command}</source>
        <translation>{location}：PostgreSQL 対応がインストールされていません。次を実行してください：{command}</translation>
    </message>
    <message>
        <source>{url}: not a project address; give a .fqda file or postgresql://role@host/database</source>
        <translation>{url}：プロジェクトの場所ではありません。.fqda ファイルか postgresql://ロール@ホスト/データベース を指定してください</translation>
    </message>
    <message>
        <source>The project file {path} was moved or deleted while it was open; nothing more is read from or saved to it. Open it again from where it is now</source>
        <translation>開いている間にプロジェクトファイル {path} が移動または削除されました。これ以上読み込みも保存もしません。移動先からもう一度開いてください</translation>
    </message>
    <message>
        <source>The project file {path} was replaced by another file while it was open (a backup restored, a sync program&apos;s copy); nothing was written to that file. Open the project again to work on the file now there</source>
        <translation>開いている間にプロジェクトファイル {path} が別のファイルに置き換えられました（バックアップの復元、同期ソフトによるコピーなど）。そのファイルには何も書き込んでいません。今そこにあるファイルで作業するには、プロジェクトをもう一度開いてください</translation>
    </message>
</context>
<context>
    <name>ProjectSession</name>
    <message>
        <source>Read-only: changes cannot be saved</source>
        <translation>読み取り専用：変更は保存できません</translation>
    </message>
    <message>
        <source>{location}: opened read-only; not saved</source>
        <translation>{location}：読み取り専用で開いています。保存していません</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <translation>フォルダー</translation>
    </message>
    <message>
        <source>File Folder</source>
        <translation>ファイル フォルダー</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>ドライブ</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>場所(&amp;L)：</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>ファイルの種類(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>REFI-QDA</name>
    <message>
        <source>{path}: the codebook is empty; a .qdc needs at least one code</source>
        <translation>{path}：コードブックが空です。.qdc には少なくとも 1 つのコードが必要です</translation>
    </message>
    <message>
        <source>{path}: no such file</source>
        <translation>{path}：そのファイルはありません</translation>
    </message>
    <message>
        <source>{path}: not a REFI-QDA codebook (&lt;CodeBook&gt; with &lt;Codes&gt;)</source>
        <translation>{path}：REFI-QDA のコードブック（&lt;Codes&gt; を含む &lt;CodeBook&gt;）ではありません</translation>
    </message>
    <message>
        <source>{path}: a code at line {line} has no name</source>
        <translation>{path}：{line} 行目のコードに名前がありません</translation>
    </message>
    <message>
        <source>{path}: no project.qde in the archive (several .qde files: {files})</source>
        <translation>{path}：アーカイブに project.qde がありません（複数の .qde ファイル：{files}）</translation>
    </message>
    <message>
        <source>{path}: no project.qde in the archive</source>
        <translation>{path}：アーカイブに project.qde がありません</translation>
    </message>
    <message>
        <source>{path}: an empty file, not a REFI-QDA project</source>
        <translation>{path}：空のファイルです。REFI-QDA のプロジェクトではありません</translation>
    </message>
    <message>
        <source>{path}: not a REFI-QDA project, or a damaged one (neither a readable .qdpx zip archive nor project XML)</source>
        <translation>{path}：REFI-QDA のプロジェクトではないか、壊れています（読める .qdpx の zip アーカイブでも、プロジェクトの XML でもありません）</translation>
    </message>
    <message>
        <source>{path}: {size} bytes of XML, more than the limit of {xml_bytes}</source>
        <translation>{path}：XML が {size} バイトあり、上限の {xml_bytes} を超えています</translation>
    </message>
    <message>
        <source>{where}: {size}, over the import limit of {limit} for one source; refused</source>
        <translation>{where}：{size} あり、ソース 1 件あたりの取り込みの上限 {limit} を超えています。取り込みません</translation>
    </message>
    <message>
        <source>{path}: no project.qde in the archive: it holds {files}, a REFI-QDA project zipped again; unzip it and import the .qdpx</source>
        <translation>{path}：アーカイブに project.qde がありません。ZIP にまとめ直された REFI-QDA プロジェクト（{files}）が入っています。展開して、その .qdpx を取り込んでください</translation>
    </message>
    <message>
        <source>{path}: grew past the import limit of one source; refused</source>
        <translation>{path}：ソース 1 件あたりの取り込みの上限を超えました。取り込みません</translation>
    </message>
    <message>
        <source>{path}: import cancelled; nothing was created</source>
        <translation>{path}：取り込みをキャンセルしました。何も作成していません</translation>
    </message>
    <message>
        <source>{path}: a file with this name already exists</source>
        <translation>{path}：この名前のファイルが既にあります</translation>
    </message>
    <message>
        <source>{path}: a file with this name appeared meanwhile</source>
        <translation>{path}：処理の間にこの名前のファイルが作られました</translation>
    </message>
    <message>
        <source>{where}: the root element is &lt;{element}&gt;, not a REFI-QDA &lt;Project&gt;</source>
        <translation>{where}：ルート要素が &lt;{element}&gt; で、REFI-QDA の &lt;Project&gt; ではありません</translation>
    </message>
    <message>
        <source>{where}: the GUID {guid} is used twice ({line} and {line2})</source>
        <translation>{where}：GUID {guid} が 2 回使われています（{line} と {line2}）</translation>
    </message>
    <message>
        <source>{where}: &lt;{element}&gt; at {line} refers to {value} ({attribute}), which is not in the file (a dangling reference)</source>
        <translation>{where}：{line} の &lt;{element}&gt; が参照する {value}（{attribute}）がファイル内にありません（参照先のない参照）</translation>
    </message>
    <message>
        <source>{where}: &lt;{element}&gt; at {line} should refer to a {kind} but refers to a &lt;{element2}&gt;</source>
        <translation>{where}：{line} の &lt;{element}&gt; は {kind} を参照するはずですが、&lt;{element2}&gt; を参照しています</translation>
    </message>
    <message>
        <source>{where}: the notes&apos; text files come to more than {limit}, the import limit for them together; refused</source>
        <translation>{where}：注記のテキストファイルの合計が取り込みの上限 {limit} を超えています。取り込みません</translation>
    </message>
    <message>
        <source>{path}: not a readable ZIP archive ({reason})</source>
        <translation>{path}：読み取れる ZIP アーカイブではありません（{reason}）</translation>
    </message>
    <message>
        <source>{path}: {count} entries, more than the limit of {entries}</source>
        <translation>{path}：項目が {count} 個あり、上限の {entries} 個を超えています</translation>
    </message>
    <message>
        <source>{path}: would inflate to {declared} bytes, more than the limit of {total_bytes}</source>
        <translation>{path}：展開すると {declared} バイトになり、上限の {total_bytes} バイトを超えます</translation>
    </message>
    <message>
        <source>{where} has an absolute or &apos;..&apos; path (zip-slip); refused</source>
        <translation>{where} は絶対パスか「..」を含むパスです（zip-slip）。取り込みません</translation>
    </message>
    <message>
        <source>{where} is a symbolic link; refused</source>
        <translation>{where} はシンボリックリンクです。取り込みません</translation>
    </message>
    <message>
        <source>{where} is encrypted; refused</source>
        <translation>{where} は暗号化されています。取り込みません</translation>
    </message>
    <message>
        <source>{where} would inflate to {file_size} bytes, more than the limit</source>
        <translation>{where} は展開すると {file_size} バイトになり、上限を超えます</translation>
    </message>
    <message>
        <source>{where} inflates {ratio}-fold (a zip bomb?); the limit is {limit}</source>
        <translation>{where} は展開すると {ratio} 倍になります（zip 爆弾の可能性）。上限は {limit} 倍です</translation>
    </message>
    <message>
        <source>{where}: more than the limit of {most} bytes; refused</source>
        <translation>{where}：上限の {most} バイトを超えています。取り込みません</translation>
    </message>
    <message>
        <source>{where} inflates beyond the limit of {limit} bytes; refused</source>
        <translation>{where} は展開すると上限の {limit} バイトを超えます。取り込みません</translation>
    </message>
    <message>
        <source>{where} is damaged ({reason})</source>
        <translation>{where} は破損しています（{reason}）</translation>
    </message>
    <message>
        <source>{where}: {count} bytes of XML, more than the limit of {xml_bytes}</source>
        <translation>{where}：XML が {count} バイトあり、上限の {xml_bytes} バイトを超えています</translation>
    </message>
    <message>
        <source>{where}: XML nested deeper than {xml_depth} levels; refused</source>
        <translation>{where}：XML の入れ子が {xml_depth} 階層を超えています。取り込みません</translation>
    </message>
    <message>
        <source>{where}: more than {limit} XML elements, the limit (about {selections} coded selections) that keeps an import under 1 GB of memory; refused</source>
        <translation>{where}：XML 要素が {limit} 個を超えています。これは取り込みのメモリを 1 GB 未満に保つための上限（コーディングされた選択範囲でおよそ {selections} 件）です。取り込みません</translation>
    </message>
    <message>
        <source>{where}: XML entities or DTD refused ({message})</source>
        <translation>{where}：XML の実体参照や DTD は受け付けません（{message}）</translation>
    </message>
    <message>
        <source>{where}: not well-formed XML ({message})</source>
        <translation>{where}：整形式の XML ではありません（{message}）</translation>
    </message>
    <message>
        <source>{where}: contains a DTD (&lt;!DOCTYPE&gt;); DTDs and entities refused</source>
        <translation>{where}：DTD（&lt;!DOCTYPE&gt;）を含んでいます。DTD と実体参照は受け付けません</translation>
    </message>
    <message>
        <source>{where}: contains the entity reference {node}; refused</source>
        <translation>{where}：実体参照 {node} を含んでいます。取り込みません</translation>
    </message>
    <message>
        <source>{path}: the folder {folder} does not exist</source>
        <translation>{path}：フォルダー {folder} がありません</translation>
    </message>
    <message>
        <source>{path}: export cancelled; no file was written</source>
        <translation>{path}：書き出しをキャンセルしました。ファイルは書き込んでいません</translation>
    </message>
    <message>
        <source>“{name}”</source>
        <translation>「{name}」</translation>
    </message>
    <message>
        <source>codes that share a name: {names}. REFI-QDA allows it, but QualCoder merges codes of the same name into one, and the codings of the others come in without a code.</source>
        <translation>同じ名前のコード：{names}。REFI-QDA では認められていますが、QualCoder は同じ名前のコードを一つにまとめ、ほかのコードのコーディングはコードなしで取り込まれます。</translation>
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
        <translation>書き出し中：{step}…</translation>
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
            <numerusform>文書 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n code(s)</source>
        <translation>
            <numerusform>コード %n 個</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n coded segment(s)</source>
        <translation>
            <numerusform>セグメント %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>注記 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>{scores} were not written: REFI-QDA has no place for them; they stay in this project.</source>
        <translation>{scores}は書き出されていません。REFI-QDA には入れる場所がないためです。このプロジェクトには残っています。</translation>
    </message>
    <message numerus="yes">
        <source>%n external score(s)</source>
        <translation>
            <numerusform>外部スコア %n 件</numerusform>
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
    <name>Review</name>
    <message>
        <source>no code with id {code_id}</source>
        <translation>ID {code_id} のコードはありません</translation>
    </message>
    <message>
        <source>{name}: write .csv or .xlsx, not {suffix}</source>
        <translation>{name}：書き出せるのは .csv か .xlsx です（{suffix} は不可）</translation>
    </message>
    <message>
        <source>{name}: write .csv or .xlsx (the name has no suffix)</source>
        <translation>{name}：書き出せるのは .csv か .xlsx です（名前に拡張子がありません）</translation>
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
        <source>Updated (UTC)</source>
        <translation>更新日時（UTC）</translation>
    </message>
</context>
<context>
    <name>ReviewView</name>
    <message>
        <source>Filter text, note, translation, code, document…</source>
        <translation>テキスト・注記・訳・コード・文書で絞り込み…</translation>
    </message>
    <message>
        <source>Filter coded passages</source>
        <translation>セグメントの絞り込み</translation>
    </message>
    <message>
        <source>Coded passages</source>
        <translation>セグメント一覧</translation>
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
        <source>{shown} of %Ln segment(s)</source>
        <translation>
            <numerusform>セグメント %Ln 件中 {shown} 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Recode</source>
        <translation>再コーディング</translation>
    </message>
    <message numerus="yes">
        <source>New code for %n segment(s):</source>
        <translation>
            <numerusform>セグメント %n 件の新しいコード：</numerusform>
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
    <message numerus="yes">
        <source>Writing %Ln segment(s) to {name}…</source>
        <translation>
            <numerusform>セグメント %Ln 件を {name} に書き込み中…</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting {name}</source>
        <translation>{name} を書き出し中</translation>
    </message>
    <message>
        <source>Export cancelled: no file was written.</source>
        <translation>書き出しをキャンセルしました：ファイルは書き込んでいません。</translation>
    </message>
    <message>
        <source>Wrote {path}</source>
        <translation>{path} に書き出しました</translation>
    </message>
    <message>
        <source>{name} ({count})</source>
        <translation>{name}（{count}）</translation>
    </message>
</context>
<context>
    <name>Sample</name>
    <message>
        <source>the sample could not be built: {reason}</source>
        <translation>サンプルプロジェクトを作れませんでした：{reason}</translation>
    </message>
</context>
<context>
    <name>Scores</name>
    <message>
        <source>a score series needs a name</source>
        <translation>スコア系列には名前が必要です</translation>
    </message>
    <message>
        <source>series name longer than {n} characters: {name}…</source>
        <translation>系列名が {n} 文字を超えています：{name}…</translation>
    </message>
    <message>
        <source>{source}: the first line must be {header}</source>
        <translation>{source}：1 行目は {header} でなければなりません</translation>
    </message>
    <message>
        <source>{series} / {theme} already given in row {row}</source>
        <translation>{series} / {theme} は {row} 行目で既に指定されています</translation>
    </message>
    <message>
        <source>{source}: no scores in the file</source>
        <translation>{source}：ファイルにスコアがありません</translation>
    </message>
    <message>
        <source>more than three columns</source>
        <translation>列が 3 つより多くあります</translation>
    </message>
    <message>
        <source>no series name</source>
        <translation>系列名がありません</translation>
    </message>
    <message>
        <source>series name longer than {n} characters</source>
        <translation>系列名が {n} 文字を超えています</translation>
    </message>
    <message>
        <source>no theme name</source>
        <translation>テーマ名がありません</translation>
    </message>
    <message>
        <source>no theme named {theme}</source>
        <translation>{theme}というテーマはありません</translation>
    </message>
    <message>
        <source>no score</source>
        <translation>スコアがありません</translation>
    </message>
    <message>
        <source>score {score} is not a number: {reason}</source>
        <translation>スコア{score}は数値ではありません：{reason}</translation>
    </message>
    <message>
        <source>score {score} is not a number</source>
        <translation>スコア{score}は数値ではありません</translation>
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
        <translation>新しい系列（例：MIPEX 2020 Japan）</translation>
    </message>
    <message>
        <source>New series</source>
        <translation>新しい系列</translation>
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
        <source>Scores by theme</source>
        <translation>テーマ別のスコア</translation>
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
        <translation>系列：</translation>
    </message>
    <message>
        <source>The codebook or the scores changed meanwhile: save or discard yours to see it.</source>
        <translation>その間にコードブックかスコアが変更されました。表示するには、入力したスコアを保存するか破棄してください。</translation>
    </message>
    <message>
        <source>Type a score beside each theme, or paste a column copied from a spreadsheet (Ctrl+V: scores, or theme and score), then Save. Empty: no score for that theme.</source>
        <translation>各テーマの横にスコアを入力するか、表計算ソフトからコピーした列を貼り付けて（Ctrl+V：スコアのみ、またはテーマとスコア）、保存してください。空欄はそのテーマのスコアなしです。</translation>
    </message>
    <message>
        <source>Add a series (name it above), then type or paste its scores.</source>
        <translation>系列を追加し（上で名前を付ける）、そのスコアを入力または貼り付けてください。</translation>
    </message>
    <message>
        <source>Save the scores of “{series}” you changed?</source>
        <translation>変更した「{series}」のスコアを保存しますか？</translation>
    </message>
    <message>
        <source>Type or paste the scores of “{series}”, then Save.</source>
        <translation>「{series}」のスコアを入力または貼り付けて、保存してください。</translation>
    </message>
    <message>
        <source>Paste scores</source>
        <translation>スコアの貼り付け</translation>
    </message>
    <message>
        <source>No theme of this codebook is named {names}; nothing was pasted.</source>
        <translation>このコードブックに{names}というテーマはありません。何も貼り付けていません。</translation>
    </message>
    <message>
        <source>{theme}: “{text}”</source>
        <translation>{theme}：「{text}」</translation>
    </message>
    <message>
        <source>{theme}: “{text}” ({reason})</source>
        <translation>{theme}：「{text}」（{reason}）</translation>
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
        <translation>何も保存していません：{error}</translation>
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
        <translation>「{series}」のスコアをすべて削除しますか？元に戻す(Ctrl+Z)と復元されます。</translation>
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
        <source>Search term</source>
        <translation>検索語</translation>
    </message>
    <message>
        <source>Regular expression</source>
        <translation>正規表現</translation>
    </message>
    <message>
        <source>Whole words</source>
        <translation>単語単位</translation>
    </message>
    <message>
        <source>Leave out hits inside longer words of English and other languages written with spaces (“the” in “other”). Japanese has no spaces: its hits stay.</source>
        <translation>英語など単語を空白で区切る言語で、より長い単語の一部に当たるヒットを除きます。日本語には空白がないため、そのヒットはそのまま残ります。</translation>
    </message>
    <message>
        <source>Search hits</source>
        <translation>検索のヒット</translation>
    </message>
    <message>
        <source>Code for the hits</source>
        <translation>ヒットに付けるコード</translation>
    </message>
    <message>
        <source>Choose a code…</source>
        <translation>コードを選択…</translation>
    </message>
    <message>
        <source>its sentence</source>
        <translation>文全体</translation>
    </message>
    <message>
        <source>the hit only</source>
        <translation>一致部分のみ</translation>
    </message>
    <message>
        <source>its paragraph</source>
        <translation>段落全体</translation>
    </message>
    <message>
        <source>What each hit codes: its sentence (to 。！？ . ! ? or the line end), the matched characters only, or its whole paragraph. Hits in one sentence make one segment.</source>
        <translation>各ヒットでコーディングする範囲：文全体（。！？ . ! ? または行末まで）、一致した文字のみ、または段落全体。同じ文の中のヒットは一つのセグメントになります。</translation>
    </message>
    <message>
        <source>Code all hits</source>
        <translation>全ヒットをコーディング</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>コード：</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>単位：</translation>
    </message>
    <message>
        <source>All cases</source>
        <translation>すべてのケース</translation>
    </message>
    <message>
        <source>Choose the code for the hits in the Code box first.</source>
        <translation>先に「コード」欄でヒットに付けるコードを選んでください。</translation>
    </message>
    <message>
        <source>Not a valid expression: {error}</source>
        <translation>正しい正規表現ではありません：{error}</translation>
    </message>
    <message>
        <source>Searching</source>
        <translation>検索中</translation>
    </message>
    <message numerus="yes">
        <source>Coding %Ln hit(s)…</source>
        <translation>
            <numerusform>ヒット %Ln 件をコーディング中…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Coded %Ln sentence(s)</source>
        <translation>
            <numerusform>%Ln 文をコーディング</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Coded %Ln hit(s)</source>
        <translation>
            <numerusform>ヒット %Ln 件をコーディング</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Coded %Ln paragraph(s)</source>
        <translation>
            <numerusform>%Ln 段落をコーディング</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{coded} from %Ln hit(s) as “{code}”</source>
        <translation>
            <numerusform>ヒット %Ln 件から {coded}（コード「{code}」）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %Ln hit(s) not coded: their document was deleted</source>
        <translation>
            <numerusform>。削除された文書のヒット %Ln 件はコーディングしていません</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %Ln hit(s) already coded</source>
        <translation>
            <numerusform>。ヒット %Ln 件はすでにコーディング済みです</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%Ln passage(s) extended to cover their sentences)</source>
        <translation>
            <numerusform>（%Ln 件の箇所をその文まで広げました）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%Ln passage(s) extended to cover the hits)</source>
        <translation>
            <numerusform>（%Ln 件の箇所をそのヒットまで広げました）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%Ln passage(s) extended to cover their paragraphs)</source>
        <translation>
            <numerusform>（%Ln 件の箇所をその段落まで広げました）</numerusform>
        </translation>
    </message>
    <message>
        <source>Coding cancelled: nothing was coded.</source>
        <translation>コーディングをキャンセルしました：何もコーディングしていません。</translation>
    </message>
    <message>
        <source>Searching for “{term}”…</source>
        <translation>「{term}」を検索中…</translation>
    </message>
    <message>
        <source>Could not search: {error}</source>
        <translation>検索できませんでした：{error}</translation>
    </message>
    <message>
        <source>{hits} in {documents} ({ms} ms)</source>
        <translation>{hits}（{documents}、{ms} ms）</translation>
    </message>
    <message numerus="yes">
        <source>%Ln hit(s)</source>
        <translation>
            <numerusform>ヒット %Ln 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>文書 %n 件</numerusform>
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
        <source>The server is back: what you typed for the passage was saved.</source>
        <translation>サーバーに再び接続できました。この箇所に入力した内容を保存しました。</translation>
    </message>
    <message>
        <source>{deleted}; what you typed for it is on the clipboard.</source>
        <translation>{deleted}。入力した内容はクリップボードにあります。</translation>
    </message>
    <message>
        <source>The passage {passage}</source>
        <translation>箇所{passage}</translation>
    </message>
    <message>
        <source>The passage {passage} was deleted in another window or program; what you typed for it is on the clipboard.</source>
        <translation>箇所{passage}は別のウィンドウかプログラムで削除されました。入力した内容はクリップボードにあります。</translation>
    </message>
    <message>
        <source>A passage you typed a note for was deleted in another window or program; what you typed for it is on the clipboard.</source>
        <translation>メモを入力していた箇所が別のウィンドウかプログラムで削除されました。入力した内容はクリップボードにあります。</translation>
    </message>
    <message>
        <source>Edit translation</source>
        <translation>訳の編集</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>注記の編集</translation>
    </message>
    <message>
        <source>Edit note and translation</source>
        <translation>注記と訳の編集</translation>
    </message>
    <message>
        <source>Someone else changed this passage&apos;s note since you began typing in it</source>
        <translation>入力を始めた後に、ほかの人がこの箇所の注記を変更しました</translation>
    </message>
    <message>
        <source>Someone else changed this passage&apos;s translation since you began typing in it</source>
        <translation>入力を始めた後に、ほかの人がこの箇所の英訳を変更しました</translation>
    </message>
    <message>
        <source>Code “{code}” not applied: the passage was deleted.</source>
        <translation>コード「{code}」は適用されませんでした：その箇所は削除されています。</translation>
    </message>
    <message numerus="yes">
        <source>Deleted the passage of %n character(s) coded “{code}”. Undo (Ctrl+Z) brings it back.</source>
        <translation>
            <numerusform>「{code}」でコーディングした %n 文字の箇所を削除しました。元に戻す(Ctrl+Z)で復元できます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Someone else changed this passage</source>
        <translation>ほかの人がこの箇所を変更しました</translation>
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
            <numerusform>コード %n 個</numerusform>
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
            <numerusform>セル %n 個中 {done} 個をチャート化済み</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s) to review</source>
        <translation>
            <numerusform>確認待ちの下書き %n 個</numerusform>
        </translation>
    </message>
    <message>
        <source>{charted}, {drafts}</source>
        <translation>{charted}、{drafts}</translation>
    </message>
    <message numerus="yes">
        <source>{done} of %n theme(s) fully charted</source>
        <translation>
            <numerusform>テーマ %n 件中 {done} 件のチャート化が完了</numerusform>
        </translation>
    </message>
    <message>
        <source>A cell is charted when it has a value or a summary of the researcher&apos;s own: an auto-drafted summary (quotes of the evidence) counts once it is edited or accepted.</source>
        <translation>値か、研究者自身が書いた要約のあるセルをチャート化済みとして数えます。自動下書きした要約（証拠の引用）は、書き直すか確定したときに数えます。</translation>
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
        <translation>日本語・英語の政策文書のフレームワーク分析（Ritchie &amp; Spencer）— 熟知化、主題枠組みの特定、索引付け、チャート化、マッピングと解釈。</translation>
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
    <name>StepText</name>
    <message>
        <source>&amp;Undo {step}</source>
        <translation>元に戻す(&amp;U)：{step}</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo {step}</source>
        <translation>やり直す(&amp;R)：{step}</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>やり直す(&amp;R)</translation>
    </message>
</context>
<context>
    <name>StoreDialogs</name>
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
        <source>the project file is damaged</source>
        <translation>プロジェクトファイルが破損しています</translation>
    </message>
    <message>
        <source>{read_only} — {why}</source>
        <translation>{read_only} — {why}</translation>
    </message>
</context>
<context>
    <name>TemplateDialog</name>
    <message>
        <source>New project</source>
        <translation>新規プロジェクト</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>作成</translation>
    </message>
    <message>
        <source>Framework template for “{name}”:</source>
        <translation>「{name}」のフレームワークのテンプレート：</translation>
    </message>
</context>
<context>
    <name>TextConflictDialog</name>
    <message>
        <source>{what}.
Keep theirs, or keep yours — edit yours first to merge the two.</source>
        <translation>{what}。
相手の版を残すか、自分の版を残してください — 両方をまとめるには、先に自分の版を編集してください。</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>誰か</translation>
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
        <source>Keep your version?</source>
        <translation>自分の版を残しますか？</translation>
    </message>
</context>
<context>
    <name>Unexpected</name>
    <message>
        <source>Not done: the project file is no longer there</source>
        <translation>実行できませんでした：プロジェクトファイルが見つかりません</translation>
    </message>
    <message>
        <source>Something went wrong that FrameworkQDA did not expect, so what you asked for may not have been done: {error}</source>
        <translation>FrameworkQDA で予期しないエラーが起きたため、指示した操作が完了していない可能性があります：{error}</translation>
    </message>
    <message>
        <source>Work already saved is kept. The details below can be copied into a bug report.</source>
        <translation>保存済みの作業は残っています。下の詳細は不具合の報告にコピーできます。</translation>
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
    <message>
        <source>Memos</source>
        <translation>メモ一覧</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>Start, open, import, export, merge and close projects</source>
        <translation>プロジェクトの新規作成・開く・取り込み・書き出し・統合・閉じる</translation>
    </message>
    <message>
        <source>&amp;New project…</source>
        <translation>新規プロジェクト(&amp;N)…</translation>
    </message>
    <message>
        <source>Start a new project from a codebook template</source>
        <translation>コードブックのテンプレートから新しいプロジェクトを作成します</translation>
    </message>
    <message>
        <source>&amp;Open project…</source>
        <translation>プロジェクトを開く(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a project file (.fqda) on this computer</source>
        <translation>このコンピューター上のプロジェクトファイル（.fqda）を開きます</translation>
    </message>
    <message>
        <source>Open &amp;server project…</source>
        <translation>サーバー上のプロジェクトを開く(&amp;S)…</translation>
    </message>
    <message>
        <source>Open a project kept on a PostgreSQL server, shared by a team</source>
        <translation>PostgreSQL サーバー上にある、チームで共有するプロジェクトを開きます</translation>
    </message>
    <message>
        <source>&amp;Import documents…</source>
        <translation>文書の取り込み(&amp;I)…</translation>
    </message>
    <message>
        <source>Add PDF, Word, HTML and text files to the project as documents</source>
        <translation>PDF・Word・HTML・テキストのファイルを文書としてプロジェクトに取り込みます</translation>
    </message>
    <message>
        <source>Import &amp;folder…</source>
        <translation>フォルダーの取り込み(&amp;F)…</translation>
    </message>
    <message>
        <source>Add every document in a folder and its subfolders to the project</source>
        <translation>フォルダーとその下のフォルダーにある文書をすべてプロジェクトに取り込みます</translation>
    </message>
    <message>
        <source>Import &amp;REFI-QDA project (.qdpx, .qde)…</source>
        <translation>REFI-QDA プロジェクトの取り込み (.qdpx, .qde)(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Export REFI-QDA project (.qdpx)…</source>
        <translation>REFI-QDA プロジェクトの書き出し (.qdpx)(&amp;E)…</translation>
    </message>
    <message>
        <source>Save the project as a .qdpx file that NVivo, MAXQDA or ATLAS.ti open</source>
        <translation>NVivo・MAXQDA・ATLAS.ti で開ける .qdpx ファイルにプロジェクトを書き出します</translation>
    </message>
    <message>
        <source>&amp;Merge project…</source>
        <translation>プロジェクトの統合(&amp;M)…</translation>
    </message>
    <message>
        <source>Bring another coder&apos;s copy of the study (.fqda, .qdpx) into this project</source>
        <translation>別のコーダーが作業した同じ研究のコピー（.fqda、.qdpx）をこのプロジェクトに統合します</translation>
    </message>
    <message>
        <source>Export &amp;tables (matrix, counts, ranks)…</source>
        <translation>表の書き出し（マトリックス・件数・順位）(&amp;T)…</translation>
    </message>
    <message>
        <source>Write the matrix, counts or ranks to Excel, Word, CSV or HTML</source>
        <translation>マトリックス・件数・順位を Excel・Word・CSV・HTML に書き出します</translation>
    </message>
    <message>
        <source>&amp;Close project</source>
        <translation>プロジェクトを閉じる(&amp;C)</translation>
    </message>
    <message>
        <source>Close the project and go back to the start page</source>
        <translation>プロジェクトを閉じて、はじめの画面に戻ります</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>Close FrameworkQDA</source>
        <translation>FrameworkQDA を終了します</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>Undo and redo changes, find text, delete a coded passage</source>
        <translation>変更を元に戻す・やり直す、語の検索、セグメントの削除</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>Take back the last change to the project</source>
        <translation>プロジェクトへの最後の変更を元に戻します</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>やり直す(&amp;R)</translation>
    </message>
    <message>
        <source>Make the change last undone again</source>
        <translation>最後に元に戻した変更をやり直します</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>検索(&amp;F)</translation>
    </message>
    <message>
        <source>Find text in the open document, or filter the list shown</source>
        <translation>開いている文書の中の語を検索するか、表示中の一覧を絞り込みます</translation>
    </message>
    <message>
        <source>&amp;Delete segment</source>
        <translation>セグメントを削除(&amp;D)</translation>
    </message>
    <message>
        <source>Deleted &amp;items…</source>
        <translation>削除した項目(&amp;I)…</translation>
    </message>
    <message>
        <source>What was deleted from the project, by whom and when</source>
        <translation>プロジェクトから削除されたもの、削除した人と日時</translation>
    </message>
    <message>
        <source>Delete the coded passage the segment panel shows</source>
        <translation>右側に表示中のセグメントを削除します</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>コード(&amp;C)</translation>
    </message>
    <message>
        <source>Code the selected text, add cases and attributes, switch coder</source>
        <translation>選択したテキストへのコーディング、ケースと属性の追加、コーダーの切り替え</translation>
    </message>
    <message>
        <source>&amp;Code selection…</source>
        <translation>選択範囲をコーディング(&amp;C)…</translation>
    </message>
    <message>
        <source>Give the selected text a code, found by typing its name</source>
        <translation>選択したテキストに、名前を入力して選んだコードを付けます</translation>
    </message>
    <message>
        <source>Apply &amp;last code again</source>
        <translation>直前のコードをもう一度付ける(&amp;L)</translation>
    </message>
    <message>
        <source>Give the selected text the code applied last</source>
        <translation>選択したテキストに、最後に付けたコードを付けます</translation>
    </message>
    <message>
        <source>Add ca&amp;se…</source>
        <translation>ケースの追加(&amp;S)…</translation>
    </message>
    <message>
        <source>Add a case (a city, a country) to group documents by</source>
        <translation>文書をまとめるケース（市、国など）を追加します</translation>
    </message>
    <message>
        <source>Cases and &amp;attributes…</source>
        <translation>ケースと属性(&amp;A)…</translation>
    </message>
    <message>
        <source>Edit the cases and their attributes (Region, Population…) in one sheet</source>
        <translation>ケースとその属性（地域、人口…）を一つの表で編集します</translation>
    </message>
    <message>
        <source>External scores per &amp;theme…</source>
        <translation>テーマ別の外部スコア(&amp;T)…</translation>
    </message>
    <message>
        <source>Enter or import scores per theme (e.g. MIPEX 2015 Japan), which Mapping ranks the themes by</source>
        <translation>テーマ別のスコア（例：MIPEX 2015 Japan）を入力または取り込みます。マッピングでテーマをこのスコアで順位付けします</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>The five stages, Review, Search, Compare coders, memos and the language</source>
        <translation>5 つの段階、セグメントの確認、全文書の検索、コーダーの比較、メモ、表示言語</translation>
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
        <source>Every coded passage in a table: filter, recode, export</source>
        <translation>セグメントをすべて表で表示します：絞り込み、再コーディング、書き出し</translation>
    </message>
    <message>
        <source>&amp;Search all documents</source>
        <translation>全文書を検索(&amp;S)</translation>
    </message>
    <message>
        <source>Find a word in every document and code the hits</source>
        <translation>すべての文書で語を検索し、ヒットにコードを付けます</translation>
    </message>
    <message>
        <source>Compare &amp;coders</source>
        <translation>コーダーの比較(&amp;C)</translation>
    </message>
    <message>
        <source>Agreement between two coders, code by code</source>
        <translation>2 人のコーダーの一致をコードごとに表示します</translation>
    </message>
    <message>
        <source>All &amp;memos</source>
        <translation>すべてのメモ(&amp;M)</translation>
    </message>
    <message>
        <source>Which version of FrameworkQDA this is</source>
        <translation>FrameworkQDA のバージョンを表示します</translation>
    </message>
    <message>
        <source>Every memo of the project in one list</source>
        <translation>プロジェクトのメモをすべて一覧で表示します</translation>
    </message>
    <message>
        <source>Open a project from NVivo, MAXQDA, ATLAS.ti or another REFI-QDA program as a new project</source>
        <translation>NVivo・MAXQDA・ATLAS.ti など REFI-QDA に対応したソフトのプロジェクトを、新しいプロジェクトとして取り込みます</translation>
    </message>
    <message>
        <source>&amp;Memos</source>
        <translation>メモ(&amp;M)</translation>
    </message>
    <message>
        <source>Memos on the project, a document, a case or a code</source>
        <translation>プロジェクト・文書・ケース・コードについてのメモ</translation>
    </message>
    <message>
        <source>&amp;All memos</source>
        <translation>すべてのメモ(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Project memo…</source>
        <translation>プロジェクトのメモ(&amp;P)…</translation>
    </message>
    <message>
        <source>Write or read the memo on the whole project</source>
        <translation>プロジェクト全体についてのメモを書く・読む</translation>
    </message>
    <message>
        <source>&amp;Document memo…</source>
        <translation>文書のメモ(&amp;D)…</translation>
    </message>
    <message>
        <source>Write or read the memo on the document open or selected</source>
        <translation>開いている文書、または選択した文書についてのメモを書く・読む</translation>
    </message>
    <message>
        <source>&amp;Case memo…</source>
        <translation>ケースのメモ(&amp;C)…</translation>
    </message>
    <message>
        <source>Write or read the memo on the selected case, or the matrix cell&apos;s case</source>
        <translation>選択したケース、またはマトリックスのセルのケースについてのメモを書く・読む</translation>
    </message>
    <message>
        <source>C&amp;ode memo…</source>
        <translation>コードのメモ(&amp;O)…</translation>
    </message>
    <message>
        <source>Write or read the memo on the selected code, or the matrix cell&apos;s code</source>
        <translation>選択したコード、またはマトリックスのセルのコードについてのメモを書く・読む</translation>
    </message>
    <message>
        <source>&amp;New free memo…</source>
        <translation>新しいフリーメモ(&amp;N)…</translation>
    </message>
    <message>
        <source>A memo on nothing in particular, with a title, listed with all memos</source>
        <translation>特定の対象に付けない、タイトル付きのメモ（すべてのメモの一覧に表示）</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>About FrameworkQDA</source>
        <translation>FrameworkQDA について</translation>
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
        <source>{task}: {name}</source>
        <translation>{task}：{name}</translation>
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
