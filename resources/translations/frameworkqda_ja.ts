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
    <name>MemoDialog</name>
    <message>
        <source>Memo — {subject}</source>
        <translation>メモ — {subject}</translation>
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
</TS>
