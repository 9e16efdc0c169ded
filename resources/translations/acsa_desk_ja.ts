<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>ACSA Desk is used under its owner&apos;s terms. It includes or uses these components, each under its own licence:</source>
        <translation>ACSA Desk は所有者の定める条件で使用されます。次の構成要素を含み、または使用しており、それぞれ固有のライセンスに従います:</translation>
    </message>
    <message>
        <source>ACSA Desk {version}

The ledger of logistic support exchanged under Acquisition and Cross-Servicing Agreements: orders, deliveries, settlements and balances.</source>
        <translation>ACSA Desk {version}

物品役務相互提供協定（ACSA）に基づき相互に提供される後方支援の台帳: 要請、提供、決済および残高。</translation>
    </message>
    <message>
        <source>About</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>About ACSA Desk</source>
        <translation>ACSA Desk について</translation>
    </message>
    <message>
        <source>IPA Font License</source>
        <translation>IPAフォントライセンス</translation>
    </message>
    <message>
        <source>Ledger in use: {where}</source>
        <translation>使用中の台帳: {where}</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>ライセンス</translation>
    </message>
    <message>
        <source>Python {python}, Qt {qt}, PySide6 {pyside}, {system}</source>
        <translation>Python {python}、Qt {qt}、PySide6 {pyside}、{system}</translation>
    </message>
    <message>
        <source>The full text of the IPA Font License is on the next tab and in resources/fonts/ beside the font.</source>
        <translation>IPAフォントライセンスの全文は次のタブと、フォントと同じ resources/fonts/ にあります。</translation>
    </message>
    <message>
        <source>The licence file {path} is missing.</source>
        <translation>ライセンスファイル {path} がありません。</translation>
    </message>
    <message>
        <source>none (no database is open)</source>
        <translation>なし（データベースが開かれていません）</translation>
    </message>
</context>
<context>
    <name>AgreementsPage</name>
    <message>
        <source>&amp;Add official</source>
        <translation>責任者を追加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;New agreement</source>
        <translation>新しい協定(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Partner:</source>
        <translation>相手国(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>参照番号(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Save agreement</source>
        <translation>協定を保存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>名称(&amp;T):</translation>
    </message>
    <message>
        <source>(not linked)</source>
        <translation>（未連携）</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>協定</translation>
    </message>
    <message>
        <source>Agreement with {partner} saved.</source>
        <translation>{partner} との協定を保存しました。</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>協定</translation>
    </message>
    <message>
        <source>Categories:</source>
        <translation>区分:</translation>
    </message>
    <message>
        <source>Changed terms apply to orders from:</source>
        <translation>変更した条件を適用する要請の日付:</translation>
    </message>
    <message>
        <source>Claim days</source>
        <translation>請求期限（日）</translation>
    </message>
    <message>
        <source>Claim within (days of delivery):</source>
        <translation>請求期限（引渡し後の日数）:</translation>
    </message>
    <message>
        <source>Currencies of payment:</source>
        <translation>支払通貨:</translation>
    </message>
    <message>
        <source>Currency of the limit</source>
        <translation>上限額の通貨</translation>
    </message>
    <message>
        <source>Deadline (months)</source>
        <translation>決済期限（月）</translation>
    </message>
    <message>
        <source>Delegated by</source>
        <translation>委任者</translation>
    </message>
    <message>
        <source>Delegated by (optional)</source>
        <translation>委任者（任意）</translation>
    </message>
    <message>
        <source>Designated officials</source>
        <translation>指定責任者</translation>
    </message>
    <message>
        <source>From</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>From YYYY-MM-DD</source>
        <translation>開始 年-月-日</translation>
    </message>
    <message>
        <source>ISO 3166 alpha-3, e.g. JPN</source>
        <translation>ISO 3166 3文字コード（例: JPN）</translation>
    </message>
    <message>
        <source>In force from</source>
        <translation>発効日</translation>
    </message>
    <message>
        <source>In force from:</source>
        <translation>発効日:</translation>
    </message>
    <message>
        <source>In force until:</source>
        <translation>失効日:</translation>
    </message>
    <message>
        <source>Legislature notified on:</source>
        <translation>議会通知日:</translation>
    </message>
    <message>
        <source>Limit per order</source>
        <translation>要請ごとの上限</translation>
    </message>
    <message>
        <source>Limit, e.g. {amount}</source>
        <translation>上限額（例: {amount}）</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Official</source>
        <translation>責任者</translation>
    </message>
    <message>
        <source>Only an admin can change the agreements and designated officials</source>
        <translation>協定と指定責任者を変更できるのは管理者だけです</translation>
    </message>
    <message>
        <source>Our designated officials (sign up to their limit)</source>
        <translation>当方の指定責任者（上限まで署名可）</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>相手国</translation>
    </message>
    <message>
        <source>Partners and agreements</source>
        <translation>相手国と協定</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>階級</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>参照番号</translation>
    </message>
    <message>
        <source>Settlement deadline (months):</source>
        <translation>決済期限（月）:</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>署名日</translation>
    </message>
    <message>
        <source>Signed on:</source>
        <translation>署名日:</translation>
    </message>
    <message>
        <source>Signs in as</source>
        <translation>サインイン名</translation>
    </message>
    <message>
        <source>The registered officer who signs under this designation, signed in as themself</source>
        <translation>この指定に基づき署名する登録済みの幹部（本人としてサインイン）</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>Until (optional)</source>
        <translation>終了（任意）</translation>
    </message>
    <message>
        <source>User (login)</source>
        <translation>利用者（ログイン名）</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>年-月-日</translation>
    </message>
    <message>
        <source>e.g. CAD,JPY (empty: any)</source>
        <translation>例: CAD,JPY（空欄: 制限なし）</translation>
    </message>
    <message>
        <source>empty: all 16 categories</source>
        <translation>空欄: 16区分すべて</translation>
    </message>
    <message>
        <source>say from when the official may sign</source>
        <translation>責任者が署名できる開始日を入力してください</translation>
    </message>
</context>
<context>
    <name>AnchorsPanel</name>
    <message>
        <source>&amp;Check</source>
        <translation>確認(&amp;C)</translation>
    </message>
    <message>
        <source>Anchor now:</source>
        <translation>現在のアンカー:</translation>
    </message>
    <message>
        <source>Anchors written down:</source>
        <translation>記録済みアンカー:</translation>
    </message>
    <message>
        <source>Appends the anchor to the anchors file beside the ledger. Keep anchors outside the ledger&apos;s folder too (print, e-mail): a history cut short or rewritten fails against any older anchor.</source>
        <translation>台帳の隣のアンカーファイルにアンカーを追記します。台帳のフォルダー以外にも保管してください(印刷、電子メール)。切り詰められた履歴や書き換えられた履歴は、それ以前のどのアンカーとも一致しません。</translation>
    </message>
    <message>
        <source>Check an &amp;anchor:</source>
        <translation>アンカーを確認(&amp;A):</translation>
    </message>
    <message>
        <source>OK: {what}</source>
        <translation>OK: {what}</translation>
    </message>
    <message>
        <source>PROBLEM: {problem}</source>
        <translation>問題: {problem}</translation>
    </message>
    <message>
        <source>Write &amp;down anchor</source>
        <translation>アンカーを記録(&amp;D)</translation>
    </message>
    <message>
        <source>Written anchors</source>
        <translation>書き出したアンカー</translation>
    </message>
    <message>
        <source>Written down: {anchor}</source>
        <translation>記録しました: {anchor}</translation>
    </message>
    <message>
        <source>acsa1:… as printed on a statement or order form</source>
        <translation>明細書または要請書に印刷された acsa1:…</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n 明細</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order line(s) written to {path}, sealed.</source>
        <translation>
            <numerusform>{path} に %n 件の要請明細を書き出しました（封印済み）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order line(s) written to {path}.</source>
        <translation>
            <numerusform>{path} に %n 件の要請明細を書き出しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n 件の要請</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n settlement(s)</source>
        <translation>
            <numerusform>%n 件の決済</numerusform>
        </translation>
    </message>
    <message>
        <source>ACSA Desk ledgers</source>
        <translation>ACSA Desk 台帳</translation>
    </message>
    <message>
        <source>ACSA Desk stays open: a window has work not saved yet.</source>
        <translation>ACSA Desk を終了しませんでした：保存していない作業のあるウィンドウがあります。</translation>
    </message>
    <message>
        <source>Backup</source>
        <extracomment>The longest wait for a view&apos;s background work (a safety net; normally much shorter). How long the order form&apos;s preview is given to draw its pages (about 0.2 s is enough). The money locale of each interface language (as cli/window.py chooses it). The column names of the spreadsheet the tour gives the import assistant (a unit&apos;s own). The dashboard&apos;s lists after the first (overdue), by tab.</extracomment>
        <translation>バックアップ</translation>
    </message>
    <message>
        <source>Backup written to {path}.</source>
        <translation>バックアップを {path} に書き出しました。</translation>
    </message>
    <message>
        <source>Building a demo ledger of {count} orders…</source>
        <translation>{count} 件の要請を含むデモ台帳を作成しています…</translation>
    </message>
    <message>
        <source>CSV files</source>
        <translation>CSV ファイル</translation>
    </message>
    <message>
        <source>Choose another file: a backup cannot replace the ledger itself.</source>
        <translation>別のファイルを選んでください。バックアップで台帳そのものを置き換えることはできません。</translation>
    </message>
    <message>
        <source>Close the open windows first; another ledger was not opened.</source>
        <translation>先に開いているウィンドウを閉じてください。別の台帳は開かれていません。</translation>
    </message>
    <message>
        <source>Database in use</source>
        <translation>使用中のデータベース</translation>
    </message>
    <message>
        <source>Database: {where}</source>
        <extracomment>A ledger was opened and the pages rebuilt for it. Argument: the Ledger. The first look at a newly opened ledger is done (banner set; welcome page shown if empty). Argument: the LedgerSummary. An import finished and its result was reported. Argument: the result. Housekeeping and slow figures (the integrity check and backup after the window opens, the dashboard&apos;s audit-exceptions count): low-priority workers of their own, so that the pages&apos; reads never queue behind them; two, so that the count does not wait for the check (which runs in SQLite, off the interpreter&apos;s lock). Shows the preferences dialog (replaceable in tests: it is modal). The ledger whose first look (check_first_run) is awaited, if any. Watches the open ledger&apos;s file (deleted or replaced by another program). Who is working: loads the ledger&apos;s users, asks on a shared ledger, names them.</extracomment>
        <translation>データベース: {where}</translation>
    </message>
    <message>
        <source>Demo ledger</source>
        <translation>デモ台帳</translation>
    </message>
    <message>
        <source>Demo ledger (temporary, deleted on exit): {path}</source>
        <translation>デモ台帳（一時的、終了時に削除）: {path}</translation>
    </message>
    <message>
        <source>Demo ledger of {count} orders open; it is deleted when ACSA Desk closes. Your ledger {previous} is unchanged (File &gt; Open recent).</source>
        <translation>{count} 件の要請を含むデモ台帳を開きました。ACSA Desk の終了時に削除されます。お使いの台帳 {previous} は変更されていません（ファイル &gt; 最近使ったデータベース）。</translation>
    </message>
    <message>
        <source>Export finance CSV</source>
        <translation>経理用 CSV の書き出し</translation>
    </message>
    <message>
        <source>Import of {name} cancelled: nothing was imported.</source>
        <translation>{name} のインポートを取り消しました。何もインポートされていません。</translation>
    </message>
    <message>
        <source>Import orders</source>
        <translation>要請のインポート</translation>
    </message>
    <message>
        <source>Import settlements</source>
        <translation>決済のインポート</translation>
    </message>
    <message>
        <source>Importing {name}…</source>
        <translation>{name} をインポートしています…</translation>
    </message>
    <message>
        <source>It is a temporary demo ledger, deleted when ACSA Desk closes.</source>
        <translation>これは一時的なデモ台帳で、ACSA Desk の終了時に削除されます。</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>新規データベース</translation>
    </message>
    <message>
        <source>New exercises: {names}.</source>
        <translation>新しい演習: {names}。</translation>
    </message>
    <message>
        <source>New partners: {codes}.</source>
        <translation>新しい相手国: {codes}。</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>データベースが開かれていません。</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>データベースを開く</translation>
    </message>
    <message>
        <source>Order {number} does not allow this step now.</source>
        <translation>要請 {number} では今この手続きはできません。</translation>
    </message>
    <message>
        <source>Orders files</source>
        <translation>要請ファイル</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Sealed backup written to {path}.</source>
        <translation>封緘したバックアップを {path} に書き出しました。</translation>
    </message>
    <message>
        <source>Select an order in the Orders list first (Ctrl+3).</source>
        <translation>先に要請一覧で要請を選んでください (Ctrl+3)。</translation>
    </message>
    <message>
        <source>The database in use is:
{where}</source>
        <translation>使用中のデータベース:
{where}</translation>
    </message>
    <message>
        <source>This ledger is kept on a database server ({where}). Backing it up is the server&apos;s job (for instance pg_dump by its administrator), not ACSA Desk&apos;s.</source>
        <translation>この台帳はデータベースサーバー（{where}）に保管されています。バックアップはサーバー側（例えば管理者による pg_dump）で行うもので、ACSA Desk では行いません。</translation>
    </message>
    <message numerus="yes">
        <source>{name} was refused: %n problem(s) found, each listed with its row and column in the details. Nothing was imported.

First: {first}</source>
        <translation>
            <numerusform>{name} は取り込めませんでした：%n 件の問題があります（行と列は詳細に表示）。何も取り込んでいません。

最初の問題：{first}</numerusform>
        </translation>
    </message>
    <message>
        <source>{orders} ({lines}) imported from {name}.</source>
        <translation>{name} から {orders}（{lines}）を取り込みました。</translation>
    </message>
    <message>
        <source>{path} already exists. ACSA Desk never overwrites a database: choose a new name, or use Open database… to open it.</source>
        <translation>{path} は既に存在します。ACSA Desk はデータベースを上書きしません。新しい名前を選ぶか、「データベースを開く…」で開いてください。</translation>
    </message>
    <message>
        <source>{path} no longer exists.</source>
        <translation>{path} はもう存在しません。</translation>
    </message>
    <message>
        <source>{settlements} imported from {name}; now settled: {orders}.</source>
        <translation>{name} から {settlements}を取り込みました。決済済となった要請：{orders}。</translation>
    </message>
</context>
<context>
    <name>Attachments</name>
    <message>
        <source>Correspondence</source>
        <translation>往復文書</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>請求書</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>その他</translation>
    </message>
    <message>
        <source>Payment advice</source>
        <translation>支払通知</translation>
    </message>
    <message>
        <source>Proof of delivery</source>
        <translation>引渡証明</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>受領書</translation>
    </message>
    <message>
        <source>Signed order form</source>
        <translation>署名済み要請書</translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message numerus="yes">
        <source>%n document(s) attached.</source>
        <translation>
            <numerusform>%n 件の文書を添付しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Attach file…</source>
        <translation>ファイルを添付(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Notify finance</source>
        <translation>会計部門に通知(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>開く(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation>取り下げ(&amp;W)</translation>
    </message>
    <message>
        <source>Attach a supporting document</source>
        <translation>証拠書類を添付</translation>
    </message>
    <message>
        <source>Attached</source>
        <translation>添付日</translation>
    </message>
    <message>
        <source>Audit readiness: {badge}</source>
        <translation>監査準備: {badge}</translation>
    </message>
    <message>
        <source>Audit readiness: {badge} — {names}</source>
        <translation>監査準備: {badge} — {names}</translation>
    </message>
    <message>
        <source>Claim notice to finance</source>
        <translation>会計部門への請求通知</translation>
    </message>
    <message>
        <source>Delivery of {day}</source>
        <translation>{day} の提供</translation>
    </message>
    <message>
        <source>Document for</source>
        <translation>書類の対象</translation>
    </message>
    <message>
        <source>Documents of the order</source>
        <translation>要請の書類</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Finance notified on</source>
        <translation>会計部門への通知日</translation>
    </message>
    <message>
        <source>Finance or revenue office</source>
        <translation>会計・歳入部門</translation>
    </message>
    <message>
        <source>For</source>
        <translation>対象</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Kind of document</source>
        <translation>書類の種類</translation>
    </message>
    <message>
        <source>No preview for this kind of file: open it instead.</source>
        <translation>この種類のファイルはプレビューできません。開いてください。</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備考</translation>
    </message>
    <message>
        <source>Note (optional); or a reason to withdraw</source>
        <translation>備考（任意）または取り下げ理由</translation>
    </message>
    <message>
        <source>Or drop files onto the order.</source>
        <translation>またはファイルを要請にドロップします。</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>プレビュー(&amp;V)</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>参照番号</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>名前を付けて保存(&amp;A)…</translation>
    </message>
    <message>
        <source>Save the document as</source>
        <translation>書類を保存</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>{path} を保存しました</translation>
    </message>
    <message>
        <source>Select a document first.</source>
        <translation>先に書類を選択してください。</translation>
    </message>
    <message>
        <source>Settlement of {day} {reference} ({amount})</source>
        <translation>{day} の決済 {reference}（{amount}）</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>The order</source>
        <translation>要請全体</translation>
    </message>
    <message>
        <source>WITHDRAWN: {reason}</source>
        <translation>取り下げ: {reason}</translation>
    </message>
    <message>
        <source>What the document supports: the order, one of its deliveries (e.g. its proof) or one of its settlements</source>
        <translation>書類の対象：要請全体、提供（受領証明など）または決済のいずれか</translation>
    </message>
    <message>
        <source>Withdraws the selected document, with the reason typed in the note; it stays in the ledger.</source>
        <translation>選択した書類を備考欄の理由で取り下げます。書類は台帳に残ります。</translation>
    </message>
    <message>
        <source>notified {office} on {day} ({ref})</source>
        <translation>{day} に {office} へ通知（{ref}）</translation>
    </message>
</context>
<context>
    <name>BalanceChart</name>
    <message>
        <source>%.{decimals}fM</source>
        <translation>%.{decimals}f百万</translation>
    </message>
    <message>
        <source>%.{decimals}fk</source>
        <translation>%.{decimals}f千</translation>
    </message>
    <message>
        <source>(millions)</source>
        <translation>（百万）</translation>
    </message>
    <message>
        <source>(thousands)</source>
        <translation>（千）</translation>
    </message>
    <message>
        <source>Currency shown in the chart</source>
        <extracomment>A bar was clicked. Arguments: partner code, currency.</extracomment>
        <translation>グラフに表示する通貨</translation>
    </message>
    <message>
        <source>Net balance by partner in</source>
        <translation>相手国別差引残高（通貨）</translation>
    </message>
    <message>
        <source>Nothing outstanding.</source>
        <translation>未決済額はありません。</translation>
    </message>
    <message>
        <source>Partner owes us</source>
        <translation>相手国の債務</translation>
    </message>
    <message>
        <source>We owe the partner</source>
        <translation>当方の債務</translation>
    </message>
    <message>
        <source>{position}: {net}
Click to see the orders.</source>
        <translation>{position}: {net}
クリックすると要請を表示します。</translation>
    </message>
</context>
<context>
    <name>Balances</name>
    <message>
        <source>Even</source>
        <translation>貸借なし</translation>
    </message>
    <message>
        <source>We owe {partner}</source>
        <translation>当方が{partner}に債務</translation>
    </message>
    <message>
        <source>{partner} owes us</source>
        <extracomment>The partner owes us (net &gt; 0) / we owe the partner (net &lt; 0). Dark enough to read on white.</extracomment>
        <translation>{partner}が当方に債務</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Contains foreign government information: {codes}</source>
        <extracomment>Background colour per marking level for a plain-text marking (first matching prefix).</extracomment>
        <translation>外国政府情報を含む: {codes}</translation>
    </message>
</context>
<context>
    <name>CountersignBox</name>
    <message>
        <source>Certifying officer</source>
        <translation>確認する幹部</translation>
    </message>
    <message>
        <source>Four eyes: {entered} entered this, and no other officer is registered in this ledger. An admin adds one in Preferences &gt; Users (or: acsa-desk user add LOGIN --role officer).</source>
        <translation>二者確認: {entered} が入力しましたが、この台帳に他の幹部は登録されていません。管理者が 設定 &gt; 利用者 で追加します（または acsa-desk user add LOGIN --role officer）。</translation>
    </message>
    <message>
        <source>Four eyes: {entered} entered this, so another officer certifies it; they type their own passphrase here.</source>
        <translation>二者確認: {entered} が入力したため、別の幹部が確認します。その幹部がここで自分のパスフレーズを入力します。</translation>
    </message>
    <message>
        <source>choose the officer who certifies this</source>
        <translation>確認する幹部を選んでください</translation>
    </message>
    <message>
        <source>choose the officer who signs</source>
        <translation>署名する幹部を選んでください</translation>
    </message>
    <message>
        <source>nobody yet (awaits an officer&apos;s approval)</source>
        <translation>未定（幹部の承認待ち）</translation>
    </message>
    <message>
        <source>the officer&apos;s own passphrase</source>
        <translation>幹部本人のパスフレーズ</translation>
    </message>
    <message>
        <source>{login} types their passphrase to certify this</source>
        <translation>{login} が確認のためにパスフレーズを入力します</translation>
    </message>
</context>
<context>
    <name>CrashHandler</name>
    <message>
        <source>ACSA Desk closed unexpectedly</source>
        <extracomment>A crash log was written. Argument: its Path. Emitted in the main thread.</extracomment>
        <translation>ACSA Desk が予期せず終了しました</translation>
    </message>
    <message>
        <source>ACSA Desk closed unexpectedly the last time it ran. A report was saved to:
{path}

Please send this file to your system support.</source>
        <translation>前回の実行時に ACSA Desk が予期せず終了しました。報告書を次の場所に保存しました:
{path}

このファイルをシステム担当者に送ってください。</translation>
    </message>
    <message>
        <source>ACSA Desk met an error it did not expect: {error}

{where}

Your saved work is safe. Please send the file to your system support and restart ACSA Desk if it misbehaves.</source>
        <translation>ACSA Desk で予期しないエラーが発生しました: {error}

{where}

保存済みの作業は失われていません。ファイルをシステム担当者に送り、動作がおかしい場合は ACSA Desk を再起動してください。</translation>
    </message>
    <message>
        <source>ACSA Desk: unexpected error</source>
        <translation>ACSA Desk: 予期しないエラー</translation>
    </message>
    <message>
        <source>The details could not be saved to a file.</source>
        <translation>詳細をファイルに保存できませんでした。</translation>
    </message>
    <message>
        <source>The details were saved to:
{path}</source>
        <translation>詳細を次の場所に保存しました:
{path}</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>Provided</source>
        <translation>提供</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受領</translation>
    </message>
    <message>
        <source>We provided it: the partner owes us</source>
        <translation>当方が提供: 相手国の債務</translation>
    </message>
    <message>
        <source>We received it: we owe the partner</source>
        <translation>当方が受領: 当方の債務</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>&amp;Statement…</source>
        <translation>決済明細書(&amp;S)…</translation>
    </message>
    <message>
        <source>0–90 days</source>
        <translation>0～90日</translation>
    </message>
    <message>
        <source>181–365 days</source>
        <translation>181～365日</translation>
    </message>
    <message>
        <source>91–180 days</source>
        <translation>91～180日</translation>
    </message>
    <message>
        <source>Ageing</source>
        <translation>経過期間別</translation>
    </message>
    <message>
        <source>Ageing of what is outstanding</source>
        <translation>未決済額の経過期間</translation>
    </message>
    <message>
        <source>Audit exceptions</source>
        <translation>監査上の不備</translation>
    </message>
    <message>
        <source>Awaiting signatures</source>
        <extracomment>Set when the page goes or the program closes: the audit count stops. The content fingerprint the figures in view were read at (None: unknown). (fingerprint, count) of the last audit-exceptions count. When the figures in view were read, if they come from the snapshot. Reads wait for the kept figures&apos; paint (True), and one was asked for meanwhile. The ledger summary read with the figures in view (kept with them).</extracomment>
        <translation>署名待ち</translation>
    </message>
    <message>
        <source>Balances per partner and currency</source>
        <translation>相手国・通貨別残高</translation>
    </message>
    <message>
        <source>Becomes overdue</source>
        <translation>期限超過日</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>通貨</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <extracomment>What a read of the figures returns: the fingerprint it was read at, the ledger summary (kept with the figures), the figures. Every figure was (re)read and shown, the audit-exceptions count included. Figures were painted: True when just read, False when the last ones shown (snapshot). The reads held by :meth:`hold_reads` may start: the kept figures were painted (or a second passed without a paint), or there were none. (The reads import the ORM models: they wait, so as not to slow the first paint.)</extracomment>
        <translation>ダッシュボード</translation>
    </message>
    <message>
        <source>Days since delivery of what is still unpaid. Double-click a row to see the orders.</source>
        <translation>未払い分の提供からの経過日数。行をダブルクリックすると要請を表示します。</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>提供日</translation>
    </message>
    <message>
        <source>Delivered without both signatures</source>
        <translation>双方署名なしで提供済</translation>
    </message>
    <message>
        <source>Delivered, not invoiced</source>
        <translation>提供済・未請求</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>区分</translation>
    </message>
    <message>
        <source>Double-click a figure to see the orders behind it.</source>
        <translation>数値をダブルクリックすると、その内訳の要請を表示します。</translation>
    </message>
    <message>
        <source>Double-click an order to open it.</source>
        <translation>要請をダブルクリックすると開きます。</translation>
    </message>
    <message>
        <source>Due within 60 days</source>
        <translation>60日以内に期限</translation>
    </message>
    <message>
        <source>Figures as of {date}; overdue means unpaid past the agreement&apos;s settlement deadline.</source>
        <translation>{date} 現在の数値。期限超過とは、協定の決済期限を過ぎても未払いであることを指します。</translation>
    </message>
    <message>
        <source>Invoiced, not settled</source>
        <translation>請求済・未決済</translation>
    </message>
    <message>
        <source>Last figures shown (as of {date}, read {when}); being read again…</source>
        <translation>前回表示した数値（{date} 現在、{when} 読込）；再読込中…</translation>
    </message>
    <message>
        <source>Last reconciled</source>
        <translation>最終照合日</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>差引</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>要請</translation>
    </message>
    <message>
        <source>Orders an auditor would fault (missing data, signatures or documents, late claims...): opens Audit readiness.</source>
        <translation>監査で指摘される要請（データ・署名・書類の欠落、請求の遅延など）：監査準備状況を開きます。</translation>
    </message>
    <message>
        <source>Orders delivered (or further) that lack one side&apos;s signature.</source>
        <translation>提供済（またはそれ以降）で、一方の署名が欠けている要請。</translation>
    </message>
    <message>
        <source>Orders delivered or received for which no invoice or claim was raised.</source>
        <translation>提供または受領済で、請求が行われていない要請。</translation>
    </message>
    <message>
        <source>Orders invoiced and waiting for settlement.</source>
        <translation>請求済で決済を待っている要請。</translation>
    </message>
    <message>
        <source>Orders requested but not yet signed by both sides&apos; officials.</source>
        <translation>要請済で、まだ双方の責任者が署名していない要請。</translation>
    </message>
    <message>
        <source>Orders with an unpaid delivery that passes the deadline within 60 days.</source>
        <translation>未払いの提供が60日以内に期限を超える要請。</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>未決済額</translation>
    </message>
    <message>
        <source>Outstanding on what we provided: the partner owes it</source>
        <translation>当方が提供した分の未決済額: 相手国の債務</translation>
    </message>
    <message>
        <source>Outstanding on what we received: we owe it</source>
        <translation>当方が受領した分の未決済額: 当方の債務</translation>
    </message>
    <message>
        <source>Over 365 days</source>
        <translation>365日超</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>期限超過</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>相手国</translation>
    </message>
    <message>
        <source>Payable</source>
        <translation>債務</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>状況</translation>
    </message>
    <message>
        <source>Preview, save or print the settlement statement of the selected partner</source>
        <translation>選択した相手国の決済明細書をプレビュー、保存または印刷します</translation>
    </message>
    <message>
        <source>Receivable</source>
        <translation>債権</translation>
    </message>
    <message>
        <source>Receivable minus payable, in one currency</source>
        <translation>債権から債務を差し引いた額（同一通貨内）</translation>
    </message>
    <message>
        <source>Reconciled by {by} on {at} UTC</source>
        <translation>{by} が {at} UTC に照合</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Show in Orders</source>
        <translation>要請一覧に表示</translation>
    </message>
    <message>
        <source>The oldest delivery still (partly) unpaid</source>
        <translation>未払い（一部を含む）の最も古い提供</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合計</translation>
    </message>
    <message>
        <source>Unpaid deliveries older than the agreement&apos;s settlement deadline (12 months unless the agreement says otherwise). Double-click an order to open it.</source>
        <translation>協定の決済期限（協定に別段の定めがない限り12か月）を過ぎた未払いの提供。要請をダブルクリックすると開きます。</translation>
    </message>
    <message>
        <source>When our ledger was last reconciled with the partner&apos;s statement (Reconciliation page)</source>
        <translation>自国の台帳を相手国の明細と最後に照合した日（照合ページ）</translation>
    </message>
    <message>
        <source>never</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>{count} due within 60 days — showing the {shown} oldest; Show in Orders for all.</source>
        <translation>60日以内に期限: {count} 件 — 古い順に {shown} 件を表示。すべては「要請一覧に表示」で。</translation>
    </message>
    <message>
        <source>{count} overdue — showing the {shown} oldest; Show in Orders for all.</source>
        <translation>期限超過: {count} 件 — 古い順に {shown} 件を表示。すべては「要請一覧に表示」で。</translation>
    </message>
    <message>
        <source>{list} ({count})</source>
        <translation>{list}（{count}）</translation>
    </message>
</context>
<context>
    <name>DeliveryDialog</name>
    <message>
        <source>Delivered now</source>
        <translation>今回の提供数量</translation>
    </message>
    <message>
        <source>Delivered now, line {number}</source>
        <translation>今回の提供数量（明細 {number}）</translation>
    </message>
    <message>
        <source>Delivered on:</source>
        <translation>提供日:</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Record a delivery on order {number}</source>
        <translation>要請 {number} の提供を記録</translation>
    </message>
    <message>
        <source>Still to deliver</source>
        <translation>未提供数量</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>All files</source>
        <translation>すべてのファイル</translation>
    </message>
</context>
<context>
    <name>Direction</name>
    <message>
        <source>Provided</source>
        <translation>提供</translation>
    </message>
    <message>
        <source>Provided by us (receivable)</source>
        <translation>当方が提供（債権）</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受領</translation>
    </message>
    <message>
        <source>Received by us (payable)</source>
        <translation>当方が受領（債務）</translation>
    </message>
</context>
<context>
    <name>DocumentControl</name>
    <message>
        <source>&amp;Print…</source>
        <translation>印刷(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <extracomment>A document is shown. Argument: its page count. Building failed with an expected error. Argument: the message. A print job was sent. Argument: the number of pages printed. Building started or ended (the owner may enable its own buttons). The request the shown document was built from (None: nothing shown).</extracomment>
        <translation>PDF として保存(&amp;S)…</translation>
    </message>
    <message>
        <source>Building the document…</source>
        <translation>文書を作成しています…</translation>
    </message>
    <message>
        <source>Pages sent to the printer: {count}</source>
        <translation>プリンターに送ったページ数: {count}</translation>
    </message>
    <message>
        <source>Pages: {count}</source>
        <translation>ページ数: {count}</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>印刷</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>PDF files</source>
        <translation>PDF ファイル</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <extracomment>Pages are rendered for the printer at no more than this resolution (dots per inch): a 1200 dpi A4 page would be a 500 MB image, and 300 dpi is finer than the type needs. A document is shown and ready. Argument: its page count.</extracomment>
        <translation>PDF として保存</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>{path} を保存しました</translation>
    </message>
    <message>
        <source>Saved {path}, sealed</source>
        <translation>{path} を封緘して保存しました</translation>
    </message>
</context>
<context>
    <name>DocumentsPage</name>
    <message>
        <source>&amp;Document:</source>
        <translation>文書(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Exercise:</source>
        <translation>演習(&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Languages:</source>
        <translation>言語(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Order number:</source>
        <translation>要請番号(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Partner:</source>
        <translation>相手国(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>年(&amp;Y):</translation>
    </message>
    <message>
        <source>All exercises</source>
        <translation>すべての演習</translation>
    </message>
    <message>
        <source>Annual report</source>
        <translation>年次報告書</translation>
    </message>
    <message>
        <source>Choose a document, then press Preview.</source>
        <translation>文書を選び、「プレビュー」を押してください。</translation>
    </message>
    <message>
        <source>Choose a partner first (the ledger has none yet).</source>
        <translation>先に相手国を選んでください（台帳にはまだ相手国がありません）。</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>文書</translation>
    </message>
    <message>
        <source>Order form</source>
        <translation>要請書</translation>
    </message>
    <message>
        <source>P&amp;review</source>
        <translation>プレビュー(&amp;R)</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>プレビュー</translation>
    </message>
    <message>
        <source>Settlement statement</source>
        <extracomment>The partner and exercise pickers were (re)loaded. A preview is shown. Argument: its page count. Building a preview failed with an expected error. Argument: the message. A print job was sent. Argument: the number of pages printed.</extracomment>
        <translation>決済明細書</translation>
    </message>
    <message>
        <source>Type the number of the order first.</source>
        <translation>先に要請番号を入力してください。</translation>
    </message>
    <message>
        <source>e.g. CAN-JPN-25-0101</source>
        <translation>例: CAN-JPN-25-0101</translation>
    </message>
</context>
<context>
    <name>ExerciseDialog</name>
    <message>
        <source>&amp;Activity:</source>
        <translation>活動(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Ends on:</source>
        <translation>終了日(&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>場所(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Starts on:</source>
        <translation>開始日(&amp;S):</translation>
    </message>
    <message>
        <source>Edit exercise</source>
        <translation>演習の編集</translation>
    </message>
    <message>
        <source>Give the exercise or operation a name.</source>
        <translation>演習または作戦の名称を入力してください。</translation>
    </message>
    <message>
        <source>New exercise</source>
        <extracomment>Saved. Argument: the exercise id.</extracomment>
        <translation>新規演習</translation>
    </message>
    <message>
        <source>Pa&amp;rtners (ISO codes):</source>
        <translation>相手国（ISO コード）(&amp;R):</translation>
    </message>
    <message>
        <source>The end is before the start ({start}).</source>
        <translation>終了日が開始日（{start}）より前です。</translation>
    </message>
    <message>
        <source>e.g. JPN, USA</source>
        <translation>例: JPN, USA</translation>
    </message>
    <message>
        <source>e.g. KAEDEX 2025</source>
        <translation>例: KAEDEX 2025</translation>
    </message>
    <message>
        <source>e.g. Sea of Japan</source>
        <translation>例: 日本海</translation>
    </message>
</context>
<context>
    <name>Exercises</name>
    <message>
        <source>Humanitarian or disaster relief</source>
        <translation>人道支援・災害救援</translation>
    </message>
    <message>
        <source>Liaison or routine (port call, surveillance)</source>
        <translation>連絡・日常活動（寄港、警戒監視）</translation>
    </message>
    <message>
        <source>Other activity</source>
        <translation>その他の活動</translation>
    </message>
    <message>
        <source>Peacekeeping or coordinated operation</source>
        <translation>平和維持・共同対処活動</translation>
    </message>
    <message>
        <source>Protection or transport of nationals</source>
        <translation>在外邦人等の保護・輸送</translation>
    </message>
    <message>
        <source>Training or exercise</source>
        <extracomment>A date edit at this date shows &quot;not set&quot; (dates of imported exercises may be unknown).</extracomment>
        <translation>訓練・演習</translation>
    </message>
    <message>
        <source>{code} is not an ISO 3166 country code.</source>
        <translation>{code} は ISO 3166 の国コードではありません。</translation>
    </message>
    <message>
        <source>{code}: enter three-letter codes, e.g. JPN, USA.</source>
        <translation>{code}: 3文字のコードを入力してください（例: JPN, USA）。</translation>
    </message>
</context>
<context>
    <name>ExercisesPage</name>
    <message>
        <source>&amp;Edit…</source>
        <translation>編集(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;New exercise…</source>
        <extracomment>The exercises were (re)loaded. The selected exercise&apos;s balances were loaded.</extracomment>
        <translation>新規演習(&amp;N)…</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>活動</translation>
    </message>
    <message>
        <source>Balances of the exercise</source>
        <translation>演習の残高</translation>
    </message>
    <message>
        <source>Balances of {name}</source>
        <translation>{name} の残高</translation>
    </message>
    <message>
        <source>Balances of {name}: nothing outstanding</source>
        <translation>{name} の残高: 未決済額なし</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>通貨</translation>
    </message>
    <message>
        <source>Double-click a balance to see the exercise&apos;s orders.</source>
        <translation>残高をダブルクリックすると、その演習の要請を表示します。</translation>
    </message>
    <message>
        <source>Double-click an exercise to edit it.</source>
        <translation>演習をダブルクリックすると編集できます。</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>終了日</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>演習</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>差引</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>要請</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>相手国</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>相手国</translation>
    </message>
    <message>
        <source>Payable</source>
        <translation>債務</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>場所</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>状況</translation>
    </message>
    <message>
        <source>Receivable</source>
        <translation>債権</translation>
    </message>
    <message>
        <source>Select an exercise to see its balances.</source>
        <translation>演習を選択すると残高を表示します。</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>開始日</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>Agreement</source>
        <translation>協定</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>提供</translation>
    </message>
    <message>
        <source>Exchange rate</source>
        <translation>為替レート</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>演習</translation>
    </message>
    <message>
        <source>Exercise partner</source>
        <translation>演習の相手国</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>請求</translation>
    </message>
    <message>
        <source>Ledger setting</source>
        <translation>台帳の設定</translation>
    </message>
    <message>
        <source>Order</source>
        <extracomment>Typing in the &quot;who&quot; box filters after this pause (milliseconds).</extracomment>
        <translation>要請</translation>
    </message>
    <message>
        <source>Order line</source>
        <translation>要請明細</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>相手国</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>受領</translation>
    </message>
    <message>
        <source>Settlement</source>
        <translation>決済</translation>
    </message>
    <message>
        <source>Settlement approval</source>
        <translation>決済の承認</translation>
    </message>
    <message>
        <source>Status change</source>
        <translation>状態の変更</translation>
    </message>
    <message>
        <source>User</source>
        <translation>利用者</translation>
    </message>
    <message>
        <source>added</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>変更</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>削除</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>#</source>
        <translation>番号</translation>
    </message>
    <message>
        <source>&amp;Record:</source>
        <translation>記録(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Verify chain</source>
        <translation>チェーンを検証(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Who:</source>
        <translation>実施者(&amp;W):</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>All records</source>
        <extracomment>The chain was verified. Argument: the VerifyReport.</extracomment>
        <translation>すべての記録</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>監査記録</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>変更内容</translation>
    </message>
    <message>
        <source>Checks that no audit entry was removed, changed or reordered (hashes, the ledger key&apos;s MACs, the written anchors), that every table is what the log says, and that every order&apos;s totals equal its entries.</source>
        <translation>監査エントリの削除・変更・並べ替えがないこと(ハッシュ、台帳キーの MAC、記録済みアンカー)、すべての表がログどおりであること、各要請の合計が記帳と一致することを確認します。</translation>
    </message>
    <message>
        <source>History</source>
        <translation>履歴</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>OK: {entries} audit entries chained and MAC-checked under the ledger key; {rows} rows match the log; the totals of {orders} orders equal their entries; {anchors} written anchors found. Anchor: {anchor}</source>
        <translation>OK: 監査エントリ {entries} 件の連鎖と台帳キーによる MAC を確認。{rows} 行がログと一致。要請 {orders} 件の合計が記帳と一致。記録済みアンカー {anchors} 件を確認。アンカー: {anchor}</translation>
    </message>
    <message>
        <source>PROBLEM: {problems}
Chain head as found: {head}</source>
        <translation>問題あり: {problems}
検出時のチェーンの先頭: {head}</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>記録</translation>
    </message>
    <message>
        <source>Stored as {time} (UTC)</source>
        <translation>記録値 {time}（UTC）</translation>
    </message>
    <message>
        <source>Verify chain</source>
        <translation>チェーンの検証</translation>
    </message>
    <message>
        <source>Verifying the audit chain…</source>
        <translation>監査チェーンを検証しています…</translation>
    </message>
    <message>
        <source>When (local time)</source>
        <translation>日時（現地時刻）</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>実施者</translation>
    </message>
    <message>
        <source>login</source>
        <translation>ログイン名</translation>
    </message>
</context>
<context>
    <name>ImportAssistant</name>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n 明細</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n 件の要請</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found: nothing can be imported until they are corrected (in the file, or by mapping its columns). The cells concerned are red.</source>
        <translation>
            <numerusform>%n 件の問題があります：修正するまで取り込めません（ファイルで、または列の対応付けで修正）。該当するセルは赤で表示しています。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Import all</source>
        <translation>すべて取り込む(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Mapping:</source>
        <translation>対応表(&amp;M)：</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>（取り込まない）</translation>
    </message>
    <message>
        <source>ACSA Desk column</source>
        <translation>ACSA Desk の列</translation>
    </message>
    <message>
        <source>ACSA Desk column for {name}</source>
        <translation>{name} に対応する ACSA Desk の列</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>ファイルの列</translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation>列の対応</translation>
    </message>
    <message>
        <source>First rows of the file</source>
        <translation>ファイルの先頭行</translation>
    </message>
    <message>
        <source>Guess from the column names</source>
        <translation>列名から推定</translation>
    </message>
    <message>
        <source>Import orders from {name}</source>
        <extracomment>Rows shown in the preview. A preview (trial import) was shown. Argument: the ImportPreview. The orders were imported. Argument: the OrdersImportResult.</extracomment>
        <translation>{name} から要請を取り込む</translation>
    </message>
    <message>
        <source>Mapping {name} saved; on the command line: import-orders FILE --mapping &quot;{name}&quot;</source>
        <translation>対応表 {name} を保存しました。コマンドラインでは：import-orders FILE --mapping &quot;{name}&quot;</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>見つかった問題</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>{name} を読み込み中…</translation>
    </message>
    <message>
        <source>Ready: {orders} ({lines}) will be imported, all or nothing.</source>
        <translation>準備完了：{orders}（{lines}）を一括で取り込みます（全部か、何もしないか）。</translation>
    </message>
    <message>
        <source>S&amp;heet:</source>
        <translation>シート(&amp;H)：</translation>
    </message>
    <message>
        <source>Save &amp;mapping</source>
        <translation>対応表を保存(&amp;M)</translation>
    </message>
    <message>
        <source>Save as:</source>
        <translation>保存名：</translation>
    </message>
    <message>
        <source>Save the mapping as</source>
        <translation>対応表の保存名</translation>
    </message>
    <message>
        <source>Saved mapping</source>
        <translation>保存済みの対応表</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>シート</translation>
    </message>
    <message>
        <source>Type a name for this source&apos;s mapping first.</source>
        <translation>先にこの取込み元の対応表の名前を入力してください。</translation>
    </message>
    <message>
        <source>e.g. 1st Bn fuel log</source>
        <translation>例：第1大隊 燃料記録</translation>
    </message>
</context>
<context>
    <name>InvoiceDialog</name>
    <message>
        <source>Billable so far:</source>
        <translation>現時点の請求額:</translation>
    </message>
    <message>
        <source>Issued on:</source>
        <translation>発行日:</translation>
    </message>
    <message>
        <source>Raise the invoice for order {number}</source>
        <translation>要請 {number} の請求を行う</translation>
    </message>
    <message>
        <source>Reference:</source>
        <translation>参照番号:</translation>
    </message>
    <message>
        <source>e.g. INV-2025-0042</source>
        <translation>例: INV-2025-0042</translation>
    </message>
</context>
<context>
    <name>LedgerWatch</name>
    <message>
        <source>Ledger file deleted</source>
        <extracomment>How often the file is checked besides the notifications (a network share sends none).</extracomment>
        <translation>台帳ファイルが削除されました</translation>
    </message>
    <message>
        <source>Ledger file gone, nothing more is saved: {path}</source>
        <translation>台帳ファイルがありません。これ以上保存されません：{path}</translation>
    </message>
    <message>
        <source>Ledger file replaced</source>
        <translation>台帳ファイルが置き換えられました</translation>
    </message>
    <message>
        <source>Nothing more can be saved to it, and nothing you saved before is lost: it is in the file that was opened, or in its backups. Open windows keep their unsaved changes: copy what you need, then open the ledger again (File &gt; Open), which asks about each window with unsaved changes first.</source>
        <translation>これ以上この台帳には保存できませんが、保存済みの内容は失われていません（開いていたファイルまたはそのバックアップにあります）。開いているウィンドウの未保存の変更はそのまま残ります。必要な内容を控えてから台帳を開き直してください（ファイル &gt; 開く）。開き直す前に、未保存の変更があるウィンドウごとに確認します。</translation>
    </message>
    <message>
        <source>The ledger file {path} was deleted by another program while it was open.</source>
        <translation>台帳ファイル {path} は、開いている間に別のプログラムによって削除されました。</translation>
    </message>
    <message>
        <source>The ledger file {path} was replaced by another file while it was open (another program, a restore or a synchronised folder).</source>
        <translation>台帳ファイル {path} は、開いている間に別のファイルに置き換えられました（別のプログラム、復元、または同期フォルダーによるもの）。</translation>
    </message>
</context>
<context>
    <name>LinesModel</name>
    <message>
        <source>Add line</source>
        <extracomment>Why a cell is refused (str), None when it is fine. The line&apos;s ordered amount in minor units (int or None), in the AMOUNT column. Cells typed and shown as numbers of the locale (&quot;2,50&quot; in French); stored plain (&quot;2.50&quot;). Lines were added, removed or edited (totals and messages should follow).</extracomment>
        <translation>行を追加</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>品目区分</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>提供数量</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>品名・役務内容</translation>
    </message>
    <message>
        <source>Duplicate line</source>
        <translation>行を複製</translation>
    </message>
    <message>
        <source>Edit line {n}</source>
        <translation>{n} 行目を編集</translation>
    </message>
    <message>
        <source>NSN</source>
        <translation>NSN</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>行を削除</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>単位</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>単価</translation>
    </message>
    <message>
        <source>Unit price ({currency})</source>
        <translation>単価（{currency}）</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;About ACSA Desk</source>
        <translation>ACSA Desk について(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Backup…</source>
        <translation>バックアップ(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Database in use</source>
        <translation>使用中のデータベース(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Export finance CSV…</source>
        <translation>経理用 CSV の書き出し(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>検索(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Import orders…</source>
        <translation>要請のインポート(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>新規データベース(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;New order…</source>
        <translation>新規要請(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>データベースを開く(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Open selected order</source>
        <translation>選択した要請を開く(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Order</source>
        <translation>要請(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>設定(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>やり直し(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>利用の手引き(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>ACSA Desk</source>
        <translation>ACSA Desk</translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation>一覧を消去</translation>
    </message>
    <message>
        <source>Database in use</source>
        <translation>使用中のデータベース</translation>
    </message>
    <message>
        <source>Database: {path}</source>
        <translation>データベース: {path}</translation>
    </message>
    <message>
        <source>Import &amp;settlements…</source>
        <translation>決済のインポート(&amp;S)…</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>データベースが開かれていません。</translation>
    </message>
    <message>
        <source>No database open</source>
        <translation>データベース未接続</translation>
    </message>
    <message>
        <source>No recent databases</source>
        <translation>最近使ったデータベースはありません</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>最近使ったデータベース(&amp;R)</translation>
    </message>
    <message>
        <source>Pages</source>
        <extracomment>Files that dropped on the window start the orders import assistant. Longer database paths are shortened in the middle in the status bar (full path: tooltip). Shortcuts where the platform defines no standard one (e.g. Quit on Windows). File &gt; New database…: the wiring asks where (dialogs.save_file) and creates it. File &gt; Open database…: the wiring asks which file (dialogs.open_file) and opens it. File &gt; Open recent &gt; a database. Argument: its Path. File &gt; Import orders… File &gt; Import settlements… File &gt; Export finance CSV… File &gt; Backup… Edit &gt; Find: the current page should focus its search box. Edit &gt; Preferences…: the wiring loads LedgerPreferences and calls PreferencesDialog.edit. Order &gt; New order… Order &gt; Open order Order &gt; a life-cycle step. Argument: its action name (&quot;sign&quot;, &quot;deliver&quot;...). Another page is shown. Argument: its PageId, or None for the welcome page. The window is closing (its state is already saved). An orders file (.csv, .xlsx, .ods) was dropped on the window. Argument: its Path. Pages made the first time they are needed (add_page_factory). Asked before the window closes: False keeps it open (DeskController.may_quit). Editors register their QUndoStack here (addStack / setActiveStack); Edit &gt; Undo and Redo follow the active stack. The marking of the ledger in view; dialogs&apos; banners follow it (ui/banner.py).</extracomment>
        <translation>ページ</translation>
    </message>
    <message>
        <source>The database in use is:
{path}</source>
        <translation>使用中のデータベース:
{path}</translation>
    </message>
    <message>
        <source>User: {login}</source>
        <translation>利用者: {login}</translation>
    </message>
    <message>
        <source>User: {login} ({officer})</source>
        <translation>利用者: {login}（{officer}）</translation>
    </message>
</context>
<context>
    <name>MarkingForm</name>
    <message>
        <source>&amp;Level:</source>
        <translation>区分(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Releasable to (REL TO):</source>
        <translation>提供可能国 REL TO(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Scheme:</source>
        <translation>体系(&amp;S):</translation>
    </message>
    <message>
        <source>Ca&amp;veat:</source>
        <translation>注記(&amp;V):</translation>
    </message>
    <message>
        <source>Canada</source>
        <translation>カナダ</translation>
    </message>
    <message>
        <source>Foreign &amp;government information of:</source>
        <translation>外国政府情報の提供国(&amp;G):</translation>
    </message>
    <message>
        <source>Handling marking (every screen, page and export)</source>
        <translation>取扱区分(すべての画面・ページ・出力)</translation>
    </message>
    <message>
        <source>Japan</source>
        <translation>日本</translation>
    </message>
    <message>
        <source>Shown as:</source>
        <translation>表示:</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>米国</translation>
    </message>
    <message>
        <source>e.g. CAN, JPN</source>
        <translation>例: CAN, JPN</translation>
    </message>
    <message>
        <source>e.g. JPN</source>
        <translation>例: JPN</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>ACSA Desk</source>
        <extracomment>How long an information message stays in the status bar (milliseconds). A message to show now, always emitted in the bridge&apos;s (main) thread. Argument: Message.</extracomment>
        <translation>ACSA Desk</translation>
    </message>
    <message>
        <source>ACSA Desk: error</source>
        <translation>ACSA Desk: エラー</translation>
    </message>
    <message>
        <source>ACSA Desk: warning</source>
        <translation>ACSA Desk: 警告</translation>
    </message>
</context>
<context>
    <name>NotifyFinanceDialog</name>
    <message>
        <source>Finance or revenue office</source>
        <translation>会計部門または歳入担当</translation>
    </message>
    <message>
        <source>Notified on:</source>
        <translation>通知日:</translation>
    </message>
    <message>
        <source>Notify finance of the claim on order {number}</source>
        <translation>要請 {number} の請求を会計部門に通知</translation>
    </message>
    <message>
        <source>Office notified:</source>
        <translation>通知先:</translation>
    </message>
    <message>
        <source>Reference:</source>
        <translation>参照番号:</translation>
    </message>
    <message>
        <source>e.g. memo 2025-31</source>
        <translation>例: 通知 2025-31</translation>
    </message>
</context>
<context>
    <name>OpenSealedDialog</name>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>パスフレーズ(&amp;P):</translation>
    </message>
    <message>
        <source>{file} is sealed (marked {marking}). Give its passphrase to open it; a copy is opened in a private folder and removed afterwards.</source>
        <translation>{file} は封緘されています（区分 {marking}）。開くにはパスフレーズを入力してください。複製は専用フォルダーで開かれ、終了後に削除されます。</translation>
    </message>
</context>
<context>
    <name>OrderEditor</name>
    <message>
        <source>&amp;Add line</source>
        <translation>行を追加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Close window</source>
        <translation>ウィンドウを閉じる(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation>区分(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Funding reference:</source>
        <translation>予算・会計区分(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>番号(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Order</source>
        <translation>要請(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Order form…</source>
        <translation>要請書(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Ordered on:</source>
        <translation>要請日(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Partner:</source>
        <translation>相手国(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>やり直し(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Reload the order</source>
        <translation>要請を読み込み直す(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Remove line</source>
        <translation>行を削除(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message numerus="yes">
        <source>(%n line(s) not counted)</source>
        <translation>
            <numerusform>（%n 行は未集計）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n more problem(s) marked in red)</source>
        <translation>
            <numerusform>（ほかに %n 件の問題を赤で表示）</numerusform>
        </translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>承認者</translation>
    </message>
    <message>
        <source>Before it can be signed, this order needs: {items}.</source>
        <translation>署名の前に、この要請には次の項目が必要です: {items}。</translation>
    </message>
    <message>
        <source>Billable {billable}   Settled {settled}   Outstanding {outstanding}</source>
        <translation>請求額 {billable}   決済済額 {settled}   未決済額 {outstanding}</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>通貨(&amp;U):</translation>
    </message>
    <message>
        <source>Cancel order…</source>
        <translation>要請を取り消す…</translation>
    </message>
    <message>
        <source>Close order…</source>
        <translation>要請を完了する…</translation>
    </message>
    <message>
        <source>D&amp;uplicate line</source>
        <translation>行を複製(&amp;U)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Deli&amp;very place:</source>
        <translation>引渡場所(&amp;V):</translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation>提供</translation>
    </message>
    <message>
        <source>Deliveries ({n})</source>
        <translation>提供（{n}）</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>提供</translation>
    </message>
    <message>
        <source>Delivery (reversed)</source>
        <translation>提供（取消済）</translation>
    </message>
    <message>
        <source>Documents and claim</source>
        <translation>書類と請求</translation>
    </message>
    <message>
        <source>E&amp;xercise:</source>
        <translation>演習(&amp;X):</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>電子メール：</translation>
    </message>
    <message>
        <source>Edit {field}</source>
        <translation>{field}を編集</translation>
    </message>
    <message>
        <source>Entered by {who}; last changed by {changed} at {at} UTC.</source>
        <translation>入力者 {who}。最終変更 {changed}（{at} UTC）。</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>記録</translation>
    </message>
    <message>
        <source>From</source>
        <translation>変更前</translation>
    </message>
    <message>
        <source>History</source>
        <translation>履歴</translation>
    </message>
    <message>
        <source>History ({n})</source>
        <translation>履歴（{n}）</translation>
    </message>
    <message>
        <source>Invoice: {text}</source>
        <translation>請求: {text}</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>明細</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>決済方法</translation>
    </message>
    <message>
        <source>New order</source>
        <extracomment>The life-cycle steps, in the order their buttons appear. Header fields in undo-command order (their index makes the command&apos;s merge id).</extracomment>
        <translation>新規要請</translation>
    </message>
    <message>
        <source>Not ready for signature: correct the fields and lines marked in red first.</source>
        <translation>署名の準備ができていません：先に赤で示した項目と行を修正してください。</translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation>未保存です。</translation>
    </message>
    <message>
        <source>Not saved: correct the fields marked in red.</source>
        <translation>保存されていません。赤く示された項目を修正してください。</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <extracomment>Marks the message bar while it shows a draft&apos;s refusal (cleared when fixed).</extracomment>
        <translation>保存されていません: {reason}</translation>
    </message>
    <message>
        <source>Not signed.</source>
        <translation>未署名。</translation>
    </message>
    <message>
        <source>Notify finance…</source>
        <translation>会計部門に通知…</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>要請</translation>
    </message>
    <message>
        <source>Order &amp;form…</source>
        <translation>要請書(&amp;F)…</translation>
    </message>
    <message>
        <source>Order lines</source>
        <translation>要請明細</translation>
    </message>
    <message>
        <source>Order not saved</source>
        <translation>要請は保存されていません</translation>
    </message>
    <message>
        <source>Order {number}</source>
        <translation>要請 {number}</translation>
    </message>
    <message>
        <source>Order {number} does not allow &apos;{action}&apos; now</source>
        <extracomment>The order was saved. Argument: its id. The editor shows the ledger&apos;s current state of the order (after open, save or a step). A life-cycle step was recorded. Argument: its action name (&quot;sign&quot;, &quot;deliver&quot;...).</extracomment>
        <translation>要請 {number} では現在「{action}」を行えません</translation>
    </message>
    <message>
        <source>Order {number} entered</source>
        <translation>要請 {number} を登録しました</translation>
    </message>
    <message>
        <source>Order {number} saved</source>
        <translation>要請 {number} を保存しました</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>電話番号(&amp;H)：</translation>
    </message>
    <message>
        <source>Partner&apos;s number:</source>
        <translation>相手国の番号:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>電話番号：</translation>
    </message>
    <message>
        <source>Preview, save or print the order form</source>
        <translation>要請書をプレビュー、保存または印刷します</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Raise invoice…</source>
        <translation>請求を行う…</translation>
    </message>
    <message>
        <source>Re&amp;quired by:</source>
        <translation>所要日(&amp;Q):</translation>
    </message>
    <message>
        <source>Read the order as it is now in the ledger (your unsaved edits are dropped)</source>
        <translation>台帳にある現在の要請を読み込み直します（保存していない編集は破棄されます）</translation>
    </message>
    <message>
        <source>Read-only: only a requested order is edited; later changes are new entries.</source>
        <translation>読み取り専用: 編集できるのは要請段階の要請のみです。以後の変更は新しい記録として追加します。</translation>
    </message>
    <message>
        <source>Ready for signature: nothing required is missing.</source>
        <translation>署名可能: 必要な項目はすべてそろっています。</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Receipt: {text}</source>
        <translation>受領: {text}</translation>
    </message>
    <message>
        <source>Record delivery…</source>
        <translation>提供を記録…</translation>
    </message>
    <message>
        <source>Record receipt…</source>
        <translation>受領を記録…</translation>
    </message>
    <message>
        <source>Record settlement…</source>
        <translation>決済を記録…</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>記録者</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>参照番号</translation>
    </message>
    <message>
        <source>Requesting &amp;unit:</source>
        <translation>要請部隊(&amp;U):</translation>
    </message>
    <message>
        <source>Requesting contact:</source>
        <translation>要請側の連絡担当者：</translation>
    </message>
    <message>
        <source>Reversal of an earlier delivery</source>
        <translation>以前の提供の取消</translation>
    </message>
    <message>
        <source>Reversal of an earlier settlement</source>
        <translation>以前の決済の取消</translation>
    </message>
    <message>
        <source>Reverse an entry…</source>
        <translation>記録を取り消す…</translation>
    </message>
    <message>
        <source>Save changes?</source>
        <translation>変更を保存しますか？</translation>
    </message>
    <message>
        <source>Save order</source>
        <translation>要請の保存</translation>
    </message>
    <message>
        <source>Settle&amp;ment:</source>
        <translation>決済方法(&amp;M):</translation>
    </message>
    <message>
        <source>Settlement</source>
        <translation>決済</translation>
    </message>
    <message>
        <source>Settlement (reversed)</source>
        <translation>決済（取消済）</translation>
    </message>
    <message>
        <source>Settlements</source>
        <translation>決済</translation>
    </message>
    <message>
        <source>Settlements ({n})</source>
        <translation>決済（{n}）</translation>
    </message>
    <message>
        <source>Signed {date} by {ordering} (ordering) and {issuing} (issuing).</source>
        <translation>{date} 署名: {ordering}（要請責任者）、{issuing}（提供責任者）。</translation>
    </message>
    <message>
        <source>Sign…</source>
        <translation>署名…</translation>
    </message>
    <message>
        <source>Supp&amp;lying unit:</source>
        <translation>提供部隊(&amp;L):</translation>
    </message>
    <message>
        <source>Supplying contact:</source>
        <translation>提供側の連絡担当者：</translation>
    </message>
    <message>
        <source>The changes to order {number} have not been saved.</source>
        <translation>要請 {number} の変更は保存されていません。</translation>
    </message>
    <message>
        <source>The step could not be recorded because of an error in ACSA Desk; nothing was changed.</source>
        <translation>ACSA Desk のエラーのため、この手続きを記録できませんでした。何も変更されていません。</translation>
    </message>
    <message>
        <source>This new order has not been saved.</source>
        <translation>この新しい要請は保存されていません。</translation>
    </message>
    <message>
        <source>This order is not in the ledger now open; close this window.</source>
        <translation>この要請は現在開いている台帳にありません。このウィンドウを閉じてください。</translation>
    </message>
    <message>
        <source>This order was changed elsewhere since you opened it; saving your edits will be refused. Undo them, or reload the order.</source>
        <translation>開いた後にこの要請は他で変更されました。編集を保存しても拒否されます。編集を元に戻すか、要請を読み込み直してください。</translation>
    </message>
    <message>
        <source>To</source>
        <translation>変更後</translation>
    </message>
    <message>
        <source>Total ordered: {total}</source>
        <translation>要請合計: {total}</translation>
    </message>
    <message>
        <source>Total: enter a valid currency</source>
        <translation>合計: 有効な通貨を入力してください</translation>
    </message>
    <message>
        <source>Wait a moment: the order is being written.</source>
        <translation>お待ちください。要請を書き込んでいます。</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>日時（UTC）</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>実施者</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>awaiting approval</source>
        <translation>承認待ち</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>通貨</translation>
    </message>
    <message>
        <source>date required</source>
        <translation>所要日</translation>
    </message>
    <message>
        <source>delivery place</source>
        <translation>引渡場所</translation>
    </message>
    <message>
        <source>direction</source>
        <translation>区分</translation>
    </message>
    <message>
        <source>e.g. +1 613 555 0100</source>
        <translation>例：+1 613 555 0100</translation>
    </message>
    <message>
        <source>e.g. +81 3 1234 5678</source>
        <translation>例：+81 3 1234 5678</translation>
    </message>
    <message>
        <source>e.g. CAN-JPN-25-0001</source>
        <translation>例: CAN-JPN-25-0001</translation>
    </message>
    <message>
        <source>e.g. JPN</source>
        <translation>例: JPN</translation>
    </message>
    <message>
        <source>e.g. JS Kirisame</source>
        <translation>例: 護衛艦きりさめ</translation>
    </message>
    <message>
        <source>e.g. MV Asterix</source>
        <translation>例: MV Asterix</translation>
    </message>
    <message>
        <source>e.g. Yokosuka, berth 4</source>
        <translation>例: 横須賀 4番岸壁</translation>
    </message>
    <message>
        <source>e.g. name@forces.gc.ca</source>
        <translation>例：name@forces.gc.ca</translation>
    </message>
    <message>
        <source>e.g. name@mod.go.jp</source>
        <translation>例：name@mod.go.jp</translation>
    </message>
    <message>
        <source>exercise</source>
        <translation>演習</translation>
    </message>
    <message>
        <source>funding or accounting citation</source>
        <translation>予算・会計の区分</translation>
    </message>
    <message>
        <source>funding reference</source>
        <translation>予算・会計区分</translation>
    </message>
    <message>
        <source>name and rank</source>
        <translation>氏名・階級</translation>
    </message>
    <message>
        <source>number</source>
        <translation>番号</translation>
    </message>
    <message>
        <source>order date</source>
        <translation>要請日</translation>
    </message>
    <message>
        <source>partner</source>
        <translation>相手国</translation>
    </message>
    <message>
        <source>partner&apos;s number</source>
        <translation>相手国の番号</translation>
    </message>
    <message>
        <source>received {date} by {who}{condition}</source>
        <translation>{date} 受領 {who}{condition}</translation>
    </message>
    <message>
        <source>requesting contact&apos;s e-mail</source>
        <translation>要請側担当者の電子メール</translation>
    </message>
    <message>
        <source>requesting contact&apos;s phone</source>
        <translation>要請側担当者の電話番号</translation>
    </message>
    <message>
        <source>requesting point of contact</source>
        <translation>要請側の連絡担当者</translation>
    </message>
    <message>
        <source>requesting unit</source>
        <translation>要請部隊</translation>
    </message>
    <message>
        <source>set</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>settlement method</source>
        <translation>決済方法</translation>
    </message>
    <message>
        <source>supplying contact&apos;s e-mail</source>
        <translation>提供側担当者の電子メール</translation>
    </message>
    <message>
        <source>supplying contact&apos;s phone</source>
        <translation>提供側担当者の電話番号</translation>
    </message>
    <message>
        <source>supplying point of contact</source>
        <translation>提供側の連絡担当者</translation>
    </message>
    <message>
        <source>supplying unit</source>
        <translation>提供部隊</translation>
    </message>
    <message>
        <source>their own number, if known</source>
        <translation>相手国側の番号（判明している場合）</translation>
    </message>
    <message>
        <source>{status} WITHOUT both officials&apos; signatures.</source>
        <translation>{status}（双方責任者の署名なし）。</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (see the red cells)</source>
        <translation>
            <numerusform>… ほか %n 件（赤いセルを参照）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrderSteps</name>
    <message>
        <source>&amp;Cancel order…</source>
        <translation>要請を取り消す(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Notify finance…</source>
        <translation>財務に通知(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Sign…</source>
        <extracomment>The steps in menu order, with their shortcut. Adding a step is one line here (and its dialog in steps.py, offered by services.orders.allowed_actions). The steps the order editor offers as actions (its toolbar and menus), in toolbar order.</extracomment>
        <translation>署名(&amp;S)…</translation>
    </message>
    <message>
        <source>C&amp;lose order…</source>
        <translation>要請を完了する(&amp;L)…</translation>
    </message>
    <message>
        <source>Raise &amp;invoice…</source>
        <translation>請求を行う(&amp;I)…</translation>
    </message>
    <message>
        <source>Re&amp;verse an entry…</source>
        <translation>記録を取り消す(&amp;V)…</translation>
    </message>
    <message>
        <source>Record &amp;delivery…</source>
        <translation>提供を記録(&amp;D)…</translation>
    </message>
    <message>
        <source>Record &amp;receipt…</source>
        <translation>受領を記録(&amp;R)…</translation>
    </message>
    <message>
        <source>Record se&amp;ttlement…</source>
        <translation>決済を記録(&amp;T)…</translation>
    </message>
</context>
<context>
    <name>OrdersPage</name>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n 件の要請</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) written to {path}, sealed.</source>
        <translation>
            <numerusform>{path} に %n 件の要請を書き出しました（封印済み）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) written to {path}.</source>
        <translation>
            <numerusform>{path} に %n 件の要請を書き出しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n status(es)</source>
        <translation>
            <numerusform>%n 状態</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>品目区分(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation>区分(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Export this list…</source>
        <translation>この一覧を書き出す(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;New order…</source>
        <extracomment>How long typing in the search box may pause before the list is queried (milliseconds). The name under which the table&apos;s column layout is remembered. The list was exported. Argument: the file&apos;s Path. The open order editors (answers context.events.open_order too).</extracomment>
        <translation>新規要請(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>開く(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Partner:</source>
        <translation>相手国(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>状態(&amp;S):</translation>
    </message>
    <message>
        <source>All</source>
        <translation>すべて</translation>
    </message>
    <message>
        <source>CSV files</source>
        <translation>CSV ファイル</translation>
    </message>
    <message>
        <source>Delivered or later without both signatures</source>
        <translation>提供済以降で双方の署名なし</translation>
    </message>
    <message>
        <source>E&amp;xercise:</source>
        <translation>演習(&amp;X):</translation>
    </message>
    <message>
        <source>Excel workbooks</source>
        <translation>Excel ブック</translation>
    </message>
    <message>
        <source>Export this list</source>
        <translation>この一覧を書き出す</translation>
    </message>
    <message>
        <source>Only orders with an amount unpaid past the settlement deadline</source>
        <translation>決済期限を過ぎた未払い額がある要請のみ</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>要請</translation>
    </message>
    <message>
        <source>Orders an auditor would fault, and why (see Audit readiness)</source>
        <translation>監査で指摘される要請とその理由（監査準備状況を参照）</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>期限超過</translation>
    </message>
    <message>
        <source>Rea&amp;diness:</source>
        <translation>準備状況(&amp;D)：</translation>
    </message>
    <message>
        <source>Remove this condition</source>
        <translation>この条件を外す</translation>
    </message>
    <message>
        <source>Search number, unit or line description</source>
        <translation>番号、部隊、明細の品名で検索</translation>
    </message>
    <message>
        <source>Search orders</source>
        <translation>要請の検索</translation>
    </message>
    <message>
        <source>Several statuses</source>
        <translation>複数の状態</translation>
    </message>
    <message>
        <source>Several…</source>
        <translation>複数…</translation>
    </message>
    <message>
        <source>Show all orders again</source>
        <translation>すべての要請を再表示</translation>
    </message>
    <message>
        <source>Show the orders in any of several statuses</source>
        <translation>複数の状態のいずれかにある要請を表示</translation>
    </message>
    <message numerus="yes">
        <source>Showing %n selected order(s)</source>
        <translation>
            <numerusform>選択した %n 件の要請を表示中</numerusform>
        </translation>
    </message>
    <message>
        <source>The orders shown, in their order, as CSV or XLSX</source>
        <translation>表示中の要請を表示順に CSV または XLSX で</translation>
    </message>
    <message>
        <source>Totals of the orders listed — {totals}</source>
        <translation>表示中の要請の合計 — {totals}</translation>
    </message>
    <message>
        <source>With exceptions</source>
        <translation>不備あり</translation>
    </message>
    <message>
        <source>{currency}: billable {billable}, outstanding {outstanding}</source>
        <translation>{currency}：請求額 {billable}、未決済額 {outstanding}</translation>
    </message>
</context>
<context>
    <name>OrdersTableModel</name>
    <message>
        <source>Awaiting</source>
        <translation>署名待ち</translation>
    </message>
    <message>
        <source>Billable</source>
        <translation>請求額</translation>
    </message>
    <message>
        <source>Both</source>
        <translation>双方済</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>通貨</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>区分</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>演習</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>欠落</translation>
    </message>
    <message>
        <source>Number</source>
        <extracomment>The order&apos;s database id (int). The order&apos;s status code (str, e.g. &quot;signed&quot;). A money cell&apos;s amount in minor units (int); None in other columns. The whole OrderRow of the row. The order&apos;s readiness exception codes (a tuple; () when ready). The key of ``queries.SORTABLE`` each column sorts by (None: not sortable). Statuses in which an order should carry both signatures.</extracomment>
        <translation>番号</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>要請日</translation>
    </message>
    <message>
        <source>Ordered value</source>
        <translation>要請額</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>未決済額</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>相手国</translation>
    </message>
    <message>
        <source>Partner&apos;s number</source>
        <translation>相手国の番号</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>準備状況</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>署名</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Whether both sides&apos; officials have signed the order</source>
        <extracomment>The filter or sort changed and the first page was loaded. Argument: the total count.</extracomment>
        <translation>双方の責任者が要請に署名したかどうか</translation>
    </message>
    <message>
        <source>{status} without both officials&apos; signatures</source>
        <translation>{status}（双方責任者の署名なし）</translation>
    </message>
</context>
<context>
    <name>PageId</name>
    <message>
        <source>Agreements</source>
        <translation>協定</translation>
    </message>
    <message>
        <source>Audit readiness</source>
        <translation>監査準備</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>ダッシュボード</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>文書</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>演習</translation>
    </message>
    <message>
        <source>History</source>
        <translation>履歴</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>要請</translation>
    </message>
    <message>
        <source>Reconciliation</source>
        <translation>照合</translation>
    </message>
    <message>
        <source>Settlements</source>
        <translation>決済</translation>
    </message>
</context>
<context>
    <name>PassphraseField</name>
    <message>
        <source>Hide</source>
        <translation>隠す</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>表示</translation>
    </message>
    <message>
        <source>Show or hide the passphrase as it is typed</source>
        <translation>入力中のパスフレーズを表示または非表示にします</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <source>The {page} page is not available yet.</source>
        <translation>「{page}」ページはまだ利用できません。</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>氏名(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Rank:</source>
        <translation>階級(&amp;R):</translation>
    </message>
    <message>
        <source>A new language shows the next time ACSA Desk starts.</source>
        <translation>新しい言語は ACSA Desk の次回起動時に反映されます。</translation>
    </message>
    <message>
        <source>A&amp;ppointment:</source>
        <translation>官職(&amp;P):</translation>
    </message>
    <message>
        <source>Default &amp;currency (ISO code):</source>
        <translation>既定の通貨（ISO コード）(&amp;C):</translation>
    </message>
    <message>
        <source>Enter three letters, e.g. CAD or JPY.</source>
        <translation>3文字で入力してください（例: CAD、JPY）。</translation>
    </message>
    <message>
        <source>Enter three letters, e.g. CAN or JPN.</source>
        <translation>3文字で入力してください（例: CAN、JPN）。</translation>
    </message>
    <message>
        <source>Home &amp;nation (ISO code):</source>
        <translation>自国（ISO コード）(&amp;N):</translation>
    </message>
    <message>
        <source>Home &amp;unit:</source>
        <translation>所属部隊(&amp;U):</translation>
    </message>
    <message>
        <source>Preferences</source>
        <extracomment>The ledger&apos;s handling marking (None: the one ``banner`` stands for) and its schemes.</extracomment>
        <translation>設定</translation>
    </message>
    <message>
        <source>This ledger (shared by everyone using the database)</source>
        <translation>この台帳（データベースの全利用者に共通）</translation>
    </message>
    <message>
        <source>Users of this ledger</source>
        <translation>この台帳の利用者</translation>
    </message>
    <message>
        <source>You (for signature blocks)</source>
        <translation>ご自身（署名欄用）</translation>
    </message>
    <message>
        <source>e.g. 1 Canadian Division</source>
        <translation>例: 第1カナダ師団</translation>
    </message>
    <message>
        <source>e.g. Capt</source>
        <translation>例: 1尉</translation>
    </message>
    <message>
        <source>e.g. Jane Doe</source>
        <translation>例: 山田 花子</translation>
    </message>
    <message>
        <source>e.g. Logistics Officer</source>
        <translation>例: 補給幹部</translation>
    </message>
    <message>
        <source>{code} is not an ISO 3166 country code.</source>
        <translation>{code} は ISO 3166 の国コードではありません。</translation>
    </message>
    <message>
        <source>{code} is not an ISO 4217 currency code.</source>
        <translation>{code} は ISO 4217 の通貨コードではありません。</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <source>&amp;Languages:</source>
        <translation>言語(&amp;L):</translation>
    </message>
    <message>
        <source>Building the document…</source>
        <translation>文書を作成しています…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Order form {number}</source>
        <extracomment>The document is shown. Argument: its page count. Building it failed with an expected error. Argument: the message. A print job was sent. Argument: the number of pages printed.</extracomment>
        <translation>要請書 {number}</translation>
    </message>
    <message>
        <source>Settlement statement {partner}</source>
        <translation>決済明細書 {partner}</translation>
    </message>
</context>
<context>
    <name>Readiness</name>
    <message>
        <source>Awaiting approval</source>
        <translation>承認待ち</translation>
    </message>
    <message>
        <source>Claim late</source>
        <translation>請求遅延</translation>
    </message>
    <message>
        <source>Could close, not closed</source>
        <translation>終結可能・未終結</translation>
    </message>
    <message>
        <source>Deadline within 60 days</source>
        <translation>期限まで60日以内</translation>
    </message>
    <message>
        <source>Documents missing</source>
        <translation>証拠書類なし</translation>
    </message>
    <message>
        <source>Finance not notified</source>
        <translation>会計部門に未通知</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>期限超過</translation>
    </message>
    <message>
        <source>Required data missing</source>
        <translation>必要記載事項なし</translation>
    </message>
    <message>
        <source>Signatures missing</source>
        <translation>署名なし</translation>
    </message>
    <message>
        <source>⚠ {count}</source>
        <translation>⚠ 例外 {count} 件</translation>
    </message>
    <message>
        <source>✓ ready</source>
        <translation>✓ 準備完了</translation>
    </message>
</context>
<context>
    <name>ReadinessPage</name>
    <message numerus="yes">
        <source>%n order(s) with exceptions as of {day}</source>
        <translation>
            <numerusform>{day} 時点で例外事項のある要請 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <translation>基準日(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Partner:</source>
        <translation>相手国(&amp;P):</translation>
    </message>
    <message>
        <source>All partners</source>
        <translation>すべての相手国</translation>
    </message>
    <message>
        <source>Audit readiness</source>
        <translation>監査準備</translation>
    </message>
    <message>
        <source>CSV files</source>
        <translation>CSV ファイル</translation>
    </message>
    <message>
        <source>Checking every order…</source>
        <translation>全要請を確認中…</translation>
    </message>
    <message>
        <source>Double-click an exception to list its orders.</source>
        <translation>例外事項をダブルクリックすると該当要請を表示します。</translation>
    </message>
    <message>
        <source>Double-click an order to open it.</source>
        <translation>要請をダブルクリックすると開きます。</translation>
    </message>
    <message>
        <source>E&amp;xception:</source>
        <translation>例外事項(&amp;X):</translation>
    </message>
    <message>
        <source>Every exception</source>
        <translation>すべての例外事項</translation>
    </message>
    <message>
        <source>Exception</source>
        <translation>例外事項</translation>
    </message>
    <message>
        <source>Exceptions</source>
        <translation>例外事項</translation>
    </message>
    <message>
        <source>Exceptions by kind</source>
        <translation>種類別の例外事項</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>演習</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>要請</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>件数</translation>
    </message>
    <message>
        <source>Orders with exceptions</source>
        <translation>例外事項のある要請</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>未決済額</translation>
    </message>
    <message>
        <source>PDF documents</source>
        <translation>PDF 文書</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>相手国</translation>
    </message>
    <message>
        <source>Save as &amp;CSV…</source>
        <translation>CSV で保存(&amp;C)…</translation>
    </message>
    <message>
        <source>Save register as &amp;PDF…</source>
        <translation>一覧を PDF で保存(&amp;P)…</translation>
    </message>
    <message>
        <source>Save the exceptions register</source>
        <translation>例外事項一覧を保存</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>{path} を保存しました</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>The register was not saved</source>
        <translation>一覧は保存されませんでした</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Cancel order {number}</source>
        <translation>要請 {number} の取消</translation>
    </message>
    <message>
        <source>Close order {number}</source>
        <translation>要請 {number} の完了</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>理由:</translation>
    </message>
    <message>
        <source>e.g. requirement withdrawn</source>
        <translation>例: 所要の取り下げ</translation>
    </message>
</context>
<context>
    <name>ReceiptDialog</name>
    <message>
        <source>Condition:</source>
        <translation>状態:</translation>
    </message>
    <message>
        <source>Received by:</source>
        <translation>受領者:</translation>
    </message>
    <message>
        <source>Received on:</source>
        <translation>受領日:</translation>
    </message>
    <message>
        <source>Record receipt of order {number}</source>
        <translation>要請 {number} の受領を記録</translation>
    </message>
    <message>
        <source>e.g. PO1 M. Gagnon</source>
        <translation>例: 1曹 佐藤</translation>
    </message>
    <message>
        <source>e.g. complete, good condition</source>
        <translation>例: 全数、状態良好</translation>
    </message>
</context>
<context>
    <name>Reconciliation</name>
    <message>
        <source>Accepted</source>
        <translation>受入れ</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>一致</translation>
    </message>
    <message>
        <source>Differs</source>
        <translation>不一致</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>異議</translation>
    </message>
    <message>
        <source>Explained</source>
        <translation>説明済</translation>
    </message>
    <message>
        <source>Not in our ledger</source>
        <translation>自国の台帳になし</translation>
    </message>
    <message>
        <source>Not on their statement</source>
        <translation>相手国の明細になし</translation>
    </message>
    <message>
        <source>billable</source>
        <translation>請求額</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>通貨</translation>
    </message>
    <message>
        <source>differences were {fields}</source>
        <translation>前回の不一致：{fields}</translation>
    </message>
    <message>
        <source>direction</source>
        <translation>区分</translation>
    </message>
    <message>
        <source>figures changed</source>
        <translation>数値が変更</translation>
    </message>
    <message>
        <source>new since the last reconciliation</source>
        <translation>前回の照合以降に追加</translation>
    </message>
    <message>
        <source>partner&apos;s number</source>
        <translation>相手国の番号</translation>
    </message>
    <message>
        <source>settled</source>
        <translation>決済済額</translation>
    </message>
    <message>
        <source>status</source>
        <translation>状況</translation>
    </message>
    <message>
        <source>there were no differences</source>
        <translation>前回は不一致なし</translation>
    </message>
    <message>
        <source>was {state}</source>
        <translation>前回：{state}</translation>
    </message>
    <message>
        <source>was {state} ({fields})</source>
        <translation>前回：{state}（{fields}）</translation>
    </message>
</context>
<context>
    <name>ReconciliationPage</name>
    <message>
        <source>&amp;Accept theirs</source>
        <translation>相手国の値を受入れ(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Dispute</source>
        <translation>異議(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Open their statement…</source>
        <translation>相手国の明細を開く(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Partner:</source>
        <extracomment>A reconciliation was saved or acted on. Argument: the reconciliation id.</extracomment>
        <translation>相手国(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Reconciliation statement…</source>
        <translation>照合明細書(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>表示(&amp;S)：</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全て</translation>
    </message>
    <message>
        <source>Choose the partner first.</source>
        <translation>先に相手国を選んでください。</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>通貨</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>処置</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>不一致</translation>
    </message>
    <message>
        <source>Differences and missing</source>
        <translation>不一致・欠落</translation>
    </message>
    <message>
        <source>E&amp;xplain</source>
        <translation>説明(&amp;X)</translation>
    </message>
    <message>
        <source>Not acted on yet</source>
        <translation>未処置</translation>
    </message>
    <message>
        <source>Not reconciled yet. Open the partner&apos;s statement to compare it with our ledger.</source>
        <translation>未照合です。相手国の明細を開いて自国の台帳と照合してください。</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>記録されませんでした</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>保存されませんでした</translation>
    </message>
    <message>
        <source>Open the partner&apos;s statement</source>
        <translation>相手国の明細を開く</translation>
    </message>
    <message>
        <source>Our billable</source>
        <translation>自国の請求額</translation>
    </message>
    <message>
        <source>Our number</source>
        <translation>自国番号</translation>
    </message>
    <message>
        <source>Our settled</source>
        <translation>自国の決済済額</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF文書</translation>
    </message>
    <message>
        <source>Partner statement (CSV)</source>
        <translation>相手国の明細（CSV）</translation>
    </message>
    <message>
        <source>Rea&amp;son:</source>
        <translation>理由(&amp;S)：</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Reconcile</source>
        <translation>照合</translation>
    </message>
    <message>
        <source>Reconcile the partner&apos;s statement (CSV) with our ledger and save the reconciliation</source>
        <translation>相手国の明細（CSV）を自国の台帳と照合し、照合結果を保存します</translation>
    </message>
    <message>
        <source>Reconciliation</source>
        <translation>照合</translation>
    </message>
    <message>
        <source>Reconciliation #{id} of {f}, saved by {by} on {at} UTC: {a} agreed, {d} differ, {t} not on their statement, {o} not in our ledger.</source>
        <translation>照合 #{id}（{f}）、{by} が {at} UTC に保存：一致 {a}件、不一致 {d}件、相手国の明細になし {t}件、自国の台帳になし {o}件。</translation>
    </message>
    <message>
        <source>Reconciliation statement</source>
        <translation>照合明細書</translation>
    </message>
    <message>
        <source>Reconciliation statement saved to {p}</source>
        <translation>照合明細書を {p} に保存しました</translation>
    </message>
    <message>
        <source>Save the reconciliation statement</source>
        <translation>照合明細書を保存</translation>
    </message>
    <message>
        <source>Since last time</source>
        <translation>前回からの変化</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Statement not read</source>
        <translation>明細を読み込めません</translation>
    </message>
    <message>
        <source>Statement {f} reconciled and saved.</source>
        <translation>明細 {f} を照合し保存しました。</translation>
    </message>
    <message>
        <source>Their billable</source>
        <translation>相手国の請求額</translation>
    </message>
    <message>
        <source>Their figure is right: record their number, or correct our settled amount (a reversal and a new entry)</source>
        <translation>相手国の値が正しい：相手国の番号を記録するか、自国の決済済額を訂正します（取消と新規記録）</translation>
    </message>
    <message>
        <source>Their number</source>
        <translation>相手国番号</translation>
    </message>
    <message>
        <source>Their settled</source>
        <translation>相手国の決済済額</translation>
    </message>
    <message>
        <source>e.g. their delivery date differs; our proof of delivery attached</source>
        <translation>例：相手国の提供日が異なる。自国の提供証明を添付</translation>
    </message>
    <message>
        <source>{r} ({by})</source>
        <translation>{r}（{by}）</translation>
    </message>
</context>
<context>
    <name>ReverseDialog</name>
    <message>
        <source>Delivery of {date}: line {line}, {quantity} {unit} ({amount})</source>
        <translation>{date} の提供: {line} 行目、{quantity} {unit}（{amount}）</translation>
    </message>
    <message>
        <source>Entry:</source>
        <translation>記録:</translation>
    </message>
    <message>
        <source>Nothing to reverse: no delivery or settlement is on record.</source>
        <translation>取り消す記録はありません。提供も決済も記録されていません。</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>理由:</translation>
    </message>
    <message>
        <source>Reverse an entry of order {number}</source>
        <translation>要請 {number} の記録の取消</translation>
    </message>
    <message>
        <source>Settlement of {date}: {method}, {amount}</source>
        <translation>{date} の決済: {method}、{amount}</translation>
    </message>
    <message>
        <source>choose the entry to reverse</source>
        <translation>取り消す記録を選んでください</translation>
    </message>
    <message>
        <source>why the entry was wrong</source>
        <translation>記録が誤っていた理由</translation>
    </message>
</context>
<context>
    <name>SealDialog</name>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>パスフレーズ(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>再入力(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Seal the file (AES-256-GCM; saved as .acsa)</source>
        <translation>ファイルを封緘する（AES-256-GCM、.acsa として保存）(&amp;S)</translation>
    </message>
    <message>
        <source>Also for partner offices:</source>
        <translation>相手国事務所にも:</translation>
    </message>
    <message>
        <source>Long enough. Longer is stronger: several words are easy to remember.</source>
        <translation>十分な長さです。長いほど強くなります。複数の単語にすると覚えやすくなります。</translation>
    </message>
    <message>
        <source>Long: a strong passphrase. Keep it apart from the file.</source>
        <translation>長い: 強いパスフレーズです。ファイルとは別に保管してください。</translation>
    </message>
    <message>
        <source>Save unsealed</source>
        <translation>封緘せずに保存</translation>
    </message>
    <message>
        <source>Seal and save</source>
        <translation>封緘して保存</translation>
    </message>
    <message>
        <source>Sealed for the partner offices ticked (no passphrase).</source>
        <translation>チェックした相手国事務所向けに封緘します（パスフレーズなし）。</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>2つのパスフレーズが一致しません。</translation>
    </message>
    <message>
        <source>Too short: a passphrase has at least {min} characters ({missing} more).</source>
        <translation>短すぎます: パスフレーズは {min} 文字以上です（あと {missing} 文字）。</translation>
    </message>
    <message>
        <source>{file} is marked {marking}. A file marked above UNCLASSIFIED should leave this machine sealed: encrypted, opened only with the passphrase or a partner office&apos;s key.</source>
        <translation>{file} の区分は {marking} です。UNCLASSIFIED より高い区分のファイルは封緘して端末の外に出すべきです。暗号化され、パスフレーズまたは相手国事務所の鍵でのみ開けます。</translation>
    </message>
    <message>
        <source>{file} is marked {marking}. This ledger&apos;s policy seals this file: it is written encrypted and opens only with the passphrase or a partner office&apos;s key.</source>
        <translation>{file} の区分は {marking} です。この台帳の方針によりこのファイルは封緘されます。暗号化して書き出され、パスフレーズまたは相手国事務所の鍵でのみ開けます。</translation>
    </message>
</context>
<context>
    <name>ServiceMessages</name>
    <message>
        <source>&apos;{backups}&apos; is not one of {join}</source>
        <translation>「{backups}」は {join} のいずれでもありません</translation>
    </message>
    <message>
        <source>&apos;{category}&apos; is not one of the 16 categories</source>
        <translation>「{category}」は16の品目区分のいずれでもありません</translation>
    </message>
    <message>
        <source>&apos;{cls}&apos; is not a level class ({names})</source>
        <translation>「{cls}」は区分のクラスではありません（{names}）</translation>
    </message>
    <message>
        <source>&apos;{code}&apos; is not a currency of payment (a metal or an accounting unit)</source>
        <translation>「{code}」は決済通貨ではありません（貴金属または計算単位）</translation>
    </message>
    <message>
        <source>&apos;{code}&apos; is not a known marking scheme</source>
        <translation>「{code}」は既知の表示方式ではありません</translation>
    </message>
    <message>
        <source>&apos;{code}&apos; is not a scheme code (2 to 8 lower-case letters)</source>
        <translation>「{code}」は方式コード（小文字2～8文字）ではありません</translation>
    </message>
    <message>
        <source>&apos;{code}&apos; is not an ISO 3166-1 alpha-3 country code</source>
        <translation>「{code}」は ISO 3166-1 alpha-3 の国コードではありません</translation>
    </message>
    <message>
        <source>&apos;{code}&apos; is not an ISO 3166-1 alpha-3 country code (e.g. JPN)</source>
        <translation>「{code}」は ISO 3166-1 alpha-3 の国コード（例: JPN）ではありません</translation>
    </message>
    <message>
        <source>&apos;{code}&apos; is not an ISO 4217 currency code</source>
        <translation>「{code}」は ISO 4217 の通貨コードではありません</translation>
    </message>
    <message>
        <source>&apos;{code}&apos; is not one of the 16 category codes</source>
        <translation>「{code}」は16の品目区分コードのいずれでもありません</translation>
    </message>
    <message>
        <source>&apos;{kind}&apos; is not a kind of document ({join})</source>
        <translation>「{kind}」は書類の種類ではありません（{join}）</translation>
    </message>
    <message>
        <source>&apos;{method}&apos; is not one of: {join}</source>
        <translation>「{method}」は次のいずれでもありません: {join}</translation>
    </message>
    <message>
        <source>&apos;{mine}&apos; differs from row {first_row} of order {number} (&apos;{theirs}&apos;); an order&apos;s rows must agree</source>
        <translation>「{mine}」は要請 {number} の {first_row} 行目（「{theirs}」）と異なります。同じ要請の行は一致している必要があります</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not a data element an order carries (known: {join})</source>
        <translation>「{name}」は要請の記載事項ではありません（既知: {join}）</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not a mapping name (letters, digits, spaces and - _ . ( ) #, at most 80)</source>
        <translation>「{name}」は対応表の名前として使えません（文字、数字、空白、- _ . ( ) #、80 文字まで）</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not a recipient name (letters, digits, - _ ., e.g. JPN-JMSDF)</source>
        <translation>「{name}」は受信者名ではありません(英数字と - _ .、例: JPN-JMSDF)</translation>
    </message>
    <message>
        <source>&apos;{term}&apos; is not a level of the {name} scheme ({code}); its levels are {known}</source>
        <translation>「{term}」は {name} 方式（{code}）の区分ではありません。区分は {known} です</translation>
    </message>
    <message>
        <source>&apos;{term}&apos; is not a level term (1 to 40 characters, no /)</source>
        <translation>「{term}」は区分の名称（1～40文字、/ は使用不可）ではありません</translation>
    </message>
    <message>
        <source>&apos;{text_value}&apos; is not a database URL</source>
        <translation>「{text_value}」はデータベースの URL ではありません</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a NATO Stock Number (13 digits, NNNN-NN-NNN-NNNN)</source>
        <translation>「{text}」は NATO 物品番号（13桁、NNNN-NN-NNN-NNNN）ではありません</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a date written YYYY-MM-DD</source>
        <translation>「{text}」は YYYY-MM-DD 形式の日付ではありません</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a decimal number</source>
        <translation>「{text}」は10進数ではありません</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a language list such as en or en,ja</source>
        <translation>「{text}」は en や en,ja のような言語の指定ではありません</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a plain decimal number such as 12 or 12.50 (at most 40 characters)</source>
        <translation>「{text}」は 12 や 12.50 のような単純な10進数ではありません（40文字以内）</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a real calendar date</source>
        <translation>「{text}」は実在する日付ではありません</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not one of the 16 category codes</source>
        <translation>「{text}」は16の品目区分コードのいずれでもありません</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not one of: provided, received</source>
        <translation>「{text}」は provided、received のいずれでもありません</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not one of: {join}</source>
        <translation>「{text}」は次のいずれでもありません: {join}</translation>
    </message>
    <message>
        <source>&apos;{text}&apos;: a document shows one language or two, not more</source>
        <translation>「{text}」: 文書に表示できる言語は1つか2つです</translation>
    </message>
    <message>
        <source>&apos;{text}&apos;: the same language is given twice</source>
        <translation>「{text}」: 同じ言語が2回指定されています</translation>
    </message>
    <message>
        <source>&apos;{their_status}&apos; is not one of the order&apos;s stages here: explain or dispute it</source>
        <translation>「{their_status}」は当方の要請の段階にありません。説明するか、異議を申し立ててください</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is already on row {first}: one row per order</source>
        <translation>「{value}」は既に {first} 行目にあります。要請ごとに1行です</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a number</source>
        <translation>「{value}」は数値ではありません</translation>
    </message>
    <message>
        <source>&apos;{value}&apos;: &apos;//&apos; separates a marking&apos;s parts and cannot be in one</source>
        <translation>「{value}」: 「//」は表示の各部分の区切りであり、部分の中には使えません</translation>
    </message>
    <message>
        <source>&apos;{value}...&apos; is longer than {max_text} characters</source>
        <translation>「{value}...」は{max_text}文字を超えています</translation>
    </message>
    <message>
        <source>&apos;{visible}&apos; contains {describe}: an identifier is printable ASCII (letters, digits, punctuation) without spaces</source>
        <translation>「{visible}」に {describe} が含まれています。識別子は空白のない印字可能なASCII（英字・数字・記号）です</translation>
    </message>
    <message>
        <source>&apos;{visible}&apos; has leading, trailing or double spaces</source>
        <translation>「{visible}」の先頭・末尾に空白があるか、空白が連続しています</translation>
    </message>
    <message>
        <source>--sheet is for .xlsx and .ods workbooks, not CSV files</source>
        <translation>--sheet は .xlsx と .ods のブック用です（CSV には使えません）</translation>
    </message>
    <message>
        <source>a delivery ({delivered_on}) cannot be dated before the order date ({ordered_on})</source>
        <translation>提供（{delivered_on}）を要請日（{ordered_on}）より前の日付にすることはできません</translation>
    </message>
    <message>
        <source>a designated official needs a name</source>
        <translation>指定責任者には氏名が必要です</translation>
    </message>
    <message>
        <source>a file name is at most 255 characters</source>
        <translation>ファイル名は255文字以内です</translation>
    </message>
    <message>
        <source>a login has at most {max_login} characters</source>
        <translation>ログイン名は {max_login} 文字以内です</translation>
    </message>
    <message>
        <source>a note is at most 400 characters</source>
        <translation>備考は400文字以内です</translation>
    </message>
    <message>
        <source>a passphrase has at least {min_length} characters</source>
        <translation>パスフレーズは {min_length} 文字以上です</translation>
    </message>
    <message>
        <source>a passphrase has at least {min_passphrase} characters</source>
        <translation>パスフレーズは {min_passphrase} 文字以上です</translation>
    </message>
    <message>
        <source>a rate must be more than 0</source>
        <translation>レートは0より大きくなければなりません</translation>
    </message>
    <message>
        <source>a rate needs two different currencies</source>
        <translation>レートには異なる2つの通貨が必要です</translation>
    </message>
    <message>
        <source>a reason is at most 400 characters</source>
        <translation>理由は400文字以内です</translation>
    </message>
    <message>
        <source>a reversal cannot itself be reversed; enter it again</source>
        <translation>取消の記録をさらに取り消すことはできません。改めて入力してください</translation>
    </message>
    <message>
        <source>a scheme needs at least one level</source>
        <translation>方式には少なくとも1つの区分が必要です</translation>
    </message>
    <message>
        <source>a scheme&apos;s level terms must differ</source>
        <translation>方式の区分の名称はそれぞれ異なる必要があります</translation>
    </message>
    <message>
        <source>a settlement ({settled_on}) cannot be dated before order {number}&apos;s invoice ({invoiced_on})</source>
        <translation>決済（{settled_on}）を要請 {number} の請求（{invoiced_on}）より前の日付にすることはできません</translation>
    </message>
    <message>
        <source>a settlement amount must be more than 0</source>
        <translation>決済額は0より大きくなければなりません</translation>
    </message>
    <message>
        <source>a status word is at most 40 characters</source>
        <translation>状態を表す語は40文字以内です</translation>
    </message>
    <message>
        <source>a user needs a login name</source>
        <translation>利用者にはログイン名が必要です</translation>
    </message>
    <message>
        <source>a {base}/{quote} rate of {on_date} from {source} is already recorded; rates are not overwritten</source>
        <translation>{on_date} の {base}/{quote} レート（{source}）は既に記録されています。レートは上書きされません</translation>
    </message>
    <message>
        <source>activity type must be one of: {kinds}</source>
        <translation>活動の種類は次のいずれかでなければなりません: {kinds}</translation>
    </message>
    <message>
        <source>add at least one line</source>
        <translation>明細を1行以上追加してください</translation>
    </message>
    <message>
        <source>admin init and admin add-user are for PostgreSQL ledgers; on SQLite use &apos;acsa-desk user add&apos;</source>
        <translation>admin init と admin add-user は PostgreSQL の台帳用です。SQLite では &apos;acsa-desk user add&apos; を使ってください</translation>
    </message>
    <message>
        <source>already approved by {approved_by}</source>
        <translation>既に {approved_by} が承認しています</translation>
    </message>
    <message>
        <source>already withdrawn by {withdrawn_by}: {reason}</source>
        <translation>{withdrawn_by} が取り下げ済み: {reason}</translation>
    </message>
    <message>
        <source>an agreement reference is at most 200 characters</source>
        <translation>協定の参照番号は200文字以内です</translation>
    </message>
    <message>
        <source>an auditor reads the ledger and changes nothing</source>
        <translation>監査者は台帳を閲覧するだけで、何も変更しません</translation>
    </message>
    <message>
        <source>an exercise named &apos;{name}&apos; already exists</source>
        <translation>「{name}」という名称の演習は既に存在します</translation>
    </message>
    <message>
        <source>an exercise needs a name</source>
        <translation>演習には名称が必要です</translation>
    </message>
    <message>
        <source>an order cannot be signed before it was ordered</source>
        <translation>要請日より前に署名することはできません</translation>
    </message>
    <message>
        <source>an order number is at most {max_number_length} characters</source>
        <translation>要請番号は{max_number_length}文字以内です</translation>
    </message>
    <message>
        <source>an order numbered &apos;{number}&apos; already exists</source>
        <translation>要請番号「{number}」の要請は既に存在します</translation>
    </message>
    <message>
        <source>an order with deliveries cannot be cancelled: reverse the deliveries first</source>
        <translation>提供の記録がある要請は取り消せません。先に提供を取り消してください</translation>
    </message>
    <message>
        <source>anchor {anchor}: entry {count} now has another hash: the history up to it was rewritten</source>
        <translation>アンカー {anchor}: エントリ {count} のハッシュが変わっています。そこまでの履歴が書き換えられました</translation>
    </message>
    <message>
        <source>anchor {anchor}: not the anchor of an empty ledger</source>
        <translation>アンカー {anchor}: 空の台帳のアンカーではありません</translation>
    </message>
    <message>
        <source>anchor {anchor}: the log has no entry {count} (it ends at entry {last}): the history was cut short</source>
        <translation>アンカー {anchor}: ログにエントリ {count} がありません(エントリ {last} で終わっています)。履歴が切り詰められました</translation>
    </message>
    <message>
        <source>attachment {document} does not match its SHA-256: the ledger was altered</source>
        <translation>添付書類 {document} が SHA-256 と一致しません: 台帳が改ざんされています</translation>
    </message>
    <message>
        <source>backups to another folder are sealed: give a passphrase (--passphrase-file or ACSA_DESK_PASSPHRASE) or a recipient (--recipient NAME)</source>
        <translation>別のフォルダーへのバックアップは暗号化されます。パスフレーズ(--passphrase-file または ACSA_DESK_PASSPHRASE)か受信者(--recipient NAME)を指定してください</translation>
    </message>
    <message>
        <source>cancel it and enter it again the other way round</source>
        <translation>取り消して、逆の区分で入力し直してください</translation>
    </message>
    <message>
        <source>cannot accept their currency {currency} for order {number}: its unit prices are in {currency2}; {todo}</source>
        <translation>要請{number}について相手国の通貨{currency}は受け入れられません。単価は{currency2}建てです。{todo}</translation>
    </message>
    <message>
        <source>cannot accept their direction for order {number}: it is {status}, and once signed who supplied whom is part of the binding commitment; {todo}</source>
        <translation>要請{number}について相手国の区分は受け入れられません。状態は{status}で、署名後はどちらが提供したかが拘束力のある約束の一部です。{todo}</translation>
    </message>
    <message>
        <source>cannot accept {their} for order {number}: {message}</source>
        <translation>要請{number}について{their}は受け入れられません：{message}</translation>
    </message>
    <message>
        <source>cannot combine {currency} with {currency2}: amounts are netted only within one currency</source>
        <translation>{currency} と {currency2} は合算できません。相殺は同一通貨内でのみ行います</translation>
    </message>
    <message>
        <source>cannot open the database {describe}: {orig}</source>
        <translation>データベース {describe} を開けません: {orig}</translation>
    </message>
    <message>
        <source>cannot read the anchors file {path}</source>
        <translation>アンカーファイル {path} を読み込めません</translation>
    </message>
    <message>
        <source>cannot read the key file {path}</source>
        <translation>キーファイル {path} を読み込めません</translation>
    </message>
    <message>
        <source>cannot read the ledger key {path}: {strerror}</source>
        <translation>台帳キー {path} を読み込めません: {strerror}</translation>
    </message>
    <message>
        <source>cannot sign order {number}: it is {status}; only a requested order, or imported history without signatures, is signed</source>
        <translation>要請 {number} に署名できません：状態は {status} です。署名できるのは要請中の要請、または署名のない取込み履歴だけです</translation>
    </message>
    <message>
        <source>cannot {action} order {number}: it is {status} (allowed when {names})</source>
        <translation>要請 {number} では「{action}」を行えません。状態は{status}です（可能な状態: {names}）</translation>
    </message>
    <message>
        <source>choose a category</source>
        <translation>品目区分を選んでください</translation>
    </message>
    <message>
        <source>choose a valid currency first: the price&apos;s decimals depend on it</source>
        <translation>先に有効な通貨を選んでください。単価の小数桁数は通貨で決まります</translation>
    </message>
    <message>
        <source>choose the exercise or operation the order belongs to</source>
        <translation>要請が属する演習または作戦を選んでください</translation>
    </message>
    <message>
        <source>close it in the order window</source>
        <translation>要請画面で終結してください</translation>
    </message>
    <message>
        <source>contains {describe}, which is not allowed in text</source>
        <translation>{describe} を含んでいます。テキストには使用できません</translation>
    </message>
    <message>
        <source>direction must be &apos;provided&apos; or &apos;received&apos;</source>
        <translation>区分は「provided」（提供）または「received」（受領）でなければなりません</translation>
    </message>
    <message>
        <source>dispute or explain it (deliveries and settlements stand on this direction)</source>
        <translation>異議を申し立てるか説明してください（提供と決済はこの区分に基づいています）</translation>
    </message>
    <message>
        <source>dispute or explain it (once signed, the currency is part of the commitment)</source>
        <translation>異議を申し立てるか説明してください（署名後は通貨も約束の一部です）</translation>
    </message>
    <message>
        <source>enter its prices in {currency} in the order editor (a requested order can still be edited)</source>
        <translation>要請編集画面で{currency}建ての単価を入力してください（要請段階の要請はまだ編集できます）</translation>
    </message>
    <message>
        <source>enter the currency (ISO 4217, e.g. CAD or JPY)</source>
        <translation>通貨を入力してください（ISO 4217、例: CAD、JPY）</translation>
    </message>
    <message>
        <source>enter the order date</source>
        <translation>要請日を入力してください</translation>
    </message>
    <message>
        <source>enter the partner nation (ISO 3166-1 alpha-3, e.g. JPN)</source>
        <translation>相手国を入力してください（ISO 3166-1 alpha-3、例: JPN）</translation>
    </message>
    <message>
        <source>enter the quantity delivered on at least one line</source>
        <translation>少なくとも1行に提供数量を入力してください</translation>
    </message>
    <message>
        <source>every backup is sealed (--backups always): a backup key is needed; set another policy first</source>
        <translation>すべてのバックアップが封緘されます（--backups always）。バックアップ用の鍵が必要です。先に別の方針を設定してください</translation>
    </message>
    <message>
        <source>every backup of this ledger is sealed, but its backup key is not set: name it (`protection set --backup-key NAME`); no backup was written</source>
        <translation>この台帳のバックアップはすべて封緘されますが、バックアップ用の鍵が設定されていません。設定してください（`protection set --backup-key NAME`）。バックアップは書き出されていません</translation>
    </message>
    <message>
        <source>finance cannot be notified before the claim was raised ({isoformat})</source>
        <translation>請求（{isoformat}）より前に会計部門へ通知することはできません</translation>
    </message>
    <message>
        <source>folder {folder} does not exist</source>
        <translation>フォルダー {folder} は存在しません</translation>
    </message>
    <message>
        <source>folder {parent} does not exist</source>
        <translation>フォルダー {parent} は存在しません</translation>
    </message>
    <message>
        <source>four eyes: {shown} entered {subject}, so another officer must {verb} it: {hint}</source>
        <translation>二者確認: {shown} が {subject} を入力したため、別の幹部が行う必要があります（{verb}）: {hint}</translation>
    </message>
    <message>
        <source>give the reason for your decision (it is recorded)</source>
        <translation>処置の理由を入力してください（理由は記録されます）</translation>
    </message>
    <message>
        <source>has more than {max_quantity_decimals} decimals</source>
        <translation>小数点以下が{max_quantity_decimals}桁を超えています</translation>
    </message>
    <message>
        <source>has no sheet named &apos;{sheet}&apos; (its sheets: {join})</source>
        <translation>「{sheet}」という名前のシートがありません（シート：{join}）</translation>
    </message>
    <message>
        <source>has {len} cells but the header has {len2} columns</source>
        <translation>セルが {len} 個ありますが、見出し行は {len2} 列です</translation>
    </message>
    <message>
        <source>has {value} or more cells but the header has {width} columns</source>
        <translation>セルが {value} 個以上ありますが、見出しは {width} 列です</translation>
    </message>
    <message>
        <source>is above the largest amount the ledger holds (10^15 minor units)</source>
        <translation>台帳で扱える最大額（10^15 最小単位）を超えています</translation>
    </message>
    <message>
        <source>is above the largest quantity the ledger holds ({max_quantity_digits} digits)</source>
        <translation>台帳で扱える最大数量（{max_quantity_digits}桁）を超えています</translation>
    </message>
    <message>
        <source>is empty but required</source>
        <translation>必須ですが空欄です</translation>
    </message>
    <message>
        <source>is not a partner statement</source>
        <translation>相手国の明細書ではありません</translation>
    </message>
    <message>
        <source>is not a readable {upper} workbook ({exc})</source>
        <translation>読み取れる {upper} ブックではありません（{exc}）</translation>
    </message>
    <message>
        <source>is not valid CSV ({exc})</source>
        <translation>有効な CSV ではありません（{exc}）</translation>
    </message>
    <message>
        <source>is required when delivered_quantity is more than 0</source>
        <translation>delivered_quantity が0より大きい場合は必須です</translation>
    </message>
    <message>
        <source>is {len} characters long; at most {max_length}</source>
        <translation>{len}文字あります。上限は{max_length}文字です</translation>
    </message>
    <message>
        <source>it is {value} and their {value2} needs the next step first: {todo}, then accept again</source>
        <translation>状態は{value}で、相手国の{value2}にはまず次の段階が必要です：{todo}。その後もう一度受け入れてください</translation>
    </message>
    <message>
        <source>it is {value}, and an order&apos;s life does not go back to {value2} (only a reversed delivery or settlement does): dispute or explain it</source>
        <translation>状態は{value}で、要請の段階は{value2}に戻りません（提供または決済の取消のみが戻します）。異議を申し立てるか説明してください</translation>
    </message>
    <message>
        <source>it is {value}: an order with deliveries is not cancelled (reverse them first), so dispute or explain it</source>
        <translation>状態は{value}です。提供済みの要請は取り消せません（先に提供を取り消してください）。異議を申し立てるか説明してください</translation>
    </message>
    <message>
        <source>line {line_no}: a delivered quantity cannot be negative; reverse the wrong delivery instead</source>
        <translation>{line_no} 行目: 提供数量を負にすることはできません。誤った提供は取消で処理してください</translation>
    </message>
    <message>
        <source>line {line_no}: {message}</source>
        <translation>{line_no} 行目: {message}</translation>
    </message>
    <message>
        <source>line {line_no}: {qty} {unit_of_issue} is more than the {left} still to deliver</source>
        <translation>{line_no} 行目: {qty} {unit_of_issue} は未提供数量 {left} を超えています</translation>
    </message>
    <message>
        <source>mapping {name} ({path}) is not a mapping of column names</source>
        <translation>対応表 {name}（{path}）は列名の対応表ではありません</translation>
    </message>
    <message>
        <source>mapping {name} could not be read: {exc}</source>
        <translation>対応表 {name} を読み込めませんでした：{exc}</translation>
    </message>
    <message>
        <source>mapping {name} could not be saved: {value}</source>
        <translation>対応表 {name} を保存できませんでした：{value}</translation>
    </message>
    <message>
        <source>mapping {name}: {unknown} is not a column of the orders import</source>
        <translation>対応表 {name}：{unknown} は要請取込みの列ではありません</translation>
    </message>
    <message>
        <source>name one exercise or one order</source>
        <translation>演習または要請を1つ指定してください</translation>
    </message>
    <message>
        <source>name the finance or revenue office notified</source>
        <translation>通知した会計・歳入部門を入力してください</translation>
    </message>
    <message>
        <source>name who received the delivery</source>
        <translation>受領者の氏名を入力してください</translation>
    </message>
    <message>
        <source>no anchors file {path}</source>
        <translation>アンカーファイル {path} がありません</translation>
    </message>
    <message>
        <source>no attachment with id {attachment_id}</source>
        <translation>ID {attachment_id} の添付書類はありません</translation>
    </message>
    <message>
        <source>no backup file {backup_path}</source>
        <translation>バックアップファイル {backup_path} はありません</translation>
    </message>
    <message>
        <source>no delivered quantity at our unit prices (fixed since signing) bills {amount} {currency}: dispute or explain it</source>
        <translation>当方の単価（署名時に確定）では、どの提供数量でも{amount} {currency}になりません。異議を申し立てるか説明してください</translation>
    </message>
    <message>
        <source>no delivery with id {delivery_id}</source>
        <translation>ID {delivery_id} の提供はありません</translation>
    </message>
    <message>
        <source>no designated official with id {official_id}</source>
        <translation>ID {official_id} の指定責任者はいません</translation>
    </message>
    <message>
        <source>no exercise named &apos;{exercise}&apos;</source>
        <translation>「{exercise}」という名称の演習はありません</translation>
    </message>
    <message>
        <source>no exercise named &apos;{name}&apos;</source>
        <translation>「{name}」という名称の演習はありません</translation>
    </message>
    <message>
        <source>no exercise with id {exercise_id}</source>
        <translation>ID {exercise_id} の演習はありません</translation>
    </message>
    <message>
        <source>no import mapping named &apos;{name}&apos; (saved: {known})</source>
        <translation>「{name}」という取込み対応表はありません（保存済み：{known}）</translation>
    </message>
    <message>
        <source>no ledger at {existing}: the file does not exist (check --db; only a command that writes, such as an import or demo, creates a new ledger)</source>
        <translation>{existing} に台帳がありません：ファイルが存在しません（--db を確認してください。新しい台帳を作るのは取込みや demo など書き込むコマンドだけです）</translation>
    </message>
    <message>
        <source>no order numbered &apos;{number}&apos;</source>
        <translation>要請番号「{number}」の要請はありません</translation>
    </message>
    <message>
        <source>no order numbered &apos;{number}&apos; in the ledger</source>
        <translation>台帳に要請番号「{number}」の要請はありません</translation>
    </message>
    <message>
        <source>no order numbered &apos;{order_number}&apos;</source>
        <translation>要請番号「{order_number}」の要請はありません</translation>
    </message>
    <message>
        <source>no order numbered &apos;{order}&apos;</source>
        <translation>要請番号「{order}」の要請はありません</translation>
    </message>
    <message>
        <source>no order with id {order_id}</source>
        <translation>ID {order_id} の要請はありません</translation>
    </message>
    <message>
        <source>no partner &apos;{code}&apos; in the ledger</source>
        <translation>台帳に相手国「{code}」はありません</translation>
    </message>
    <message>
        <source>no partner {code} in this ledger</source>
        <translation>この台帳に相手国 {code} はありません</translation>
    </message>
    <message>
        <source>no recipient {missing} in this ledger (add it with `protection set --recipient NAME=PUBLIC_KEY`)</source>
        <translation>この台帳に受信者 {missing} はありません(`protection set --recipient NAME=PUBLIC_KEY` で追加してください)</translation>
    </message>
    <message>
        <source>no recipient {name} in this ledger (add it with `protection set --recipient NAME=PUBLIC_KEY`)</source>
        <translation>この台帳に受取人 {name} はありません（`protection set --recipient NAME=PUBLIC_KEY` で追加）</translation>
    </message>
    <message>
        <source>no reconciliation item {item_id}</source>
        <translation>照合項目 {item_id} はありません</translation>
    </message>
    <message>
        <source>no reconciliation {reconciliation_id}</source>
        <translation>照合 {reconciliation_id} はありません</translation>
    </message>
    <message>
        <source>no registered user &apos;{login}&apos;: add the user first (Preferences &gt; Users, or acsa-desk user add)</source>
        <translation>登録済みの利用者「{login}」はいません：先に利用者を追加してください（設定 &gt; 利用者、または acsa-desk user add）</translation>
    </message>
    <message>
        <source>no settlement with id {settlement_id}</source>
        <translation>ID {settlement_id} の決済はありません</translation>
    </message>
    <message>
        <source>no {base}/{quote} exchange rate on or before {on_date}</source>
        <translation>{on_date} 以前の {base}/{quote} 為替レートはありません</translation>
    </message>
    <message>
        <source>nothing has been delivered, so there is nothing to bill</source>
        <translation>まだ何も提供されていないため、請求するものがありません</translation>
    </message>
    <message>
        <source>on PostgreSQL you act as your server login ({default}); connect as the other user instead of --as</source>
        <translation>PostgreSQL ではサーバーのログイン名（{default}）で操作します。--as ではなく、その利用者として接続してください</translation>
    </message>
    <message>
        <source>on PostgreSQL you act as your server login ({server}); connect as the other user instead of --as</source>
        <translation>PostgreSQL ではサーバーのログイン名（{server}）で操作します。--as ではなく、その利用者として接続してください</translation>
    </message>
    <message>
        <source>only a difference on one of our orders can be accepted; an order missing on one side is explained or disputed (or entered in the order editor)</source>
        <translation>受け入れられるのは当方の要請の差異だけです。一方にしかない要請は説明するか異議を申し立てます（または要請エディタで入力します）</translation>
    </message>
    <message>
        <source>only an admin can change the agreements</source>
        <translation>協定を変更できるのは管理者だけです</translation>
    </message>
    <message>
        <source>order {number} ({format_plain} {currency}) is above {name}&apos;s authority limit of {format_plain2} {currency2} per order</source>
        <translation>要請 {number}（{format_plain} {currency}）は {name} の要請ごとの権限上限 {format_plain2} {currency2} を超えています</translation>
    </message>
    <message>
        <source>order {number} already agrees with their figures (corrected since this reconciliation): reconcile again to see it agree</source>
        <translation>要請{number}は既に相手国の数値と一致しています（この照合以降に訂正済み）。もう一度照合して確認してください</translation>
    </message>
    <message>
        <source>order {number} already carries both signatures</source>
        <translation>要請 {number} には既に双方の署名があります</translation>
    </message>
    <message>
        <source>order {number} already exists in the ledger</source>
        <translation>要請 {number} は既に台帳にあります</translation>
    </message>
    <message>
        <source>order {number} cannot be delivered before both sides have signed it</source>
        <translation>要請 {number} は双方の署名前に提供できません</translation>
    </message>
    <message>
        <source>order {number} cannot be {action} while {waiting} settlement(s) await approval: an officer approves them first</source>
        <translation>承認待ちの決済（{waiting} 件）があるため、要請 {number} は {action} できません。先に幹部が承認します</translation>
    </message>
    <message>
        <source>order {number} has no claim yet: raise the invoice before notifying finance</source>
        <translation>要請 {number} はまだ請求されていません: 会計部門への通知の前に請求書を発行してください</translation>
    </message>
    <message>
        <source>order {number} has no delivery on {isoformat}</source>
        <translation>要請 {number} には {isoformat} の提供がありません</translation>
    </message>
    <message>
        <source>order {number} has no delivery to acknowledge</source>
        <translation>要請 {number} には受領を確認する提供がありません</translation>
    </message>
    <message>
        <source>order {number} has no delivery {delivery_id}</source>
        <translation>要請 {number} に引渡し {delivery_id} はありません</translation>
    </message>
    <message>
        <source>order {number} has no line with id {line_id}</source>
        <translation>要請 {number} に ID {line_id} の行はありません</translation>
    </message>
    <message>
        <source>order {number} has no receipt: invoice after it</source>
        <translation>要請 {number} には受領がありません：受領の後に請求してください</translation>
    </message>
    <message>
        <source>order {number} has no settlement to reverse</source>
        <translation>要請 {number} に取り消す決済はありません</translation>
    </message>
    <message>
        <source>order {number} has no settlement with reference or date &apos;{text}&apos;</source>
        <translation>要請 {number} には参照番号または日付が「{text}」の決済がありません</translation>
    </message>
    <message>
        <source>order {number} has no settlement {settlement_id}</source>
        <translation>要請 {number} に決済 {settlement_id} はありません</translation>
    </message>
    <message>
        <source>order {number} has {len} settlements for &apos;{text}&apos; ({named}): name it by its reference</source>
        <translation>要請 {number} には「{text}」に該当する決済が {len} 件あります（{named}）：参照番号で指定してください</translation>
    </message>
    <message>
        <source>order {number} is back at delivered after the delivery correction: record the receipt and raise the corrected invoice</source>
        <translation>提供の訂正により要請{number}は提供済に戻りました。受領を記録し、訂正した請求を行ってください</translation>
    </message>
    <message>
        <source>order {number} is cancelled</source>
        <translation>要請 {number} は取り消されています</translation>
    </message>
    <message>
        <source>order {number} is settled by replacement in kind (rik), which is only for supplies, but {en} is a service</source>
        <translation>要請 {number} は同種返還（rik）で決済されますが、同種返還は物品に限られ、{en} は役務です</translation>
    </message>
    <message>
        <source>order {number} still has an amount outstanding</source>
        <translation>要請 {number} にはまだ未決済額があります</translation>
    </message>
    <message>
        <source>order {number} was changed by {value} at {updated_at} UTC since you opened it; reload it and try again</source>
        <translation>要請 {number} は開いた後に {value} が変更しました（{updated_at} UTC）。読み込み直してからやり直してください</translation>
    </message>
    <message>
        <source>order {number} would bill {format_plain} {currency}, above the largest amount the ledger holds (10^15 minor units)</source>
        <translation>要請 {number} の請求額 {format_plain} {currency} は台帳で扱える最大額（10^15 最小単位）を超えます</translation>
    </message>
    <message>
        <source>raise the invoice in the order window (its reference and date are needed)</source>
        <translation>要請画面で請求を行ってください（参照番号と日付が必要です）</translation>
    </message>
    <message>
        <source>receipt ({received_on}) cannot be dated before the delivery ({last_delivered_on})</source>
        <translation>受領（{received_on}）を提供（{last_delivered_on}）より前の日付にすることはできません</translation>
    </message>
    <message>
        <source>record the agreement with {partner_code} first</source>
        <translation>先に {partner_code} との協定を登録してください</translation>
    </message>
    <message>
        <source>record the delivery in the order window (the quantities are needed)</source>
        <translation>要請画面で提供を記録してください（数量が必要です）</translation>
    </message>
    <message>
        <source>record the receipt in the order window (who received it is needed)</source>
        <translation>要請画面で受領を記録してください（受領者の氏名が必要です）</translation>
    </message>
    <message>
        <source>record the settlement that clears it (or accept their settled amount)</source>
        <translation>残額を決済する決済を記録してください（または相手国の決済済額を受け入れてください）</translation>
    </message>
    <message>
        <source>replacement in kind is only for supplies, and this order has services ({names})</source>
        <translation>同種返還は物品に限られますが、この要請には役務（{names}）が含まれています</translation>
    </message>
    <message>
        <source>required column is missing from the header</source>
        <translation>見出し行に必須の列がありません</translation>
    </message>
    <message>
        <source>reversing this delivery would leave order {number} settled above its billable amount: reverse the settlement first</source>
        <translation>この提供を取り消すと要請 {number} の決済額が請求額を超えます。先に決済を取り消してください</translation>
    </message>
    <message>
        <source>rotated backups are sealed for {name}: name another backup key before forgetting it</source>
        <translation>自動バックアップは {name} 向けに封緘されています。削除する前に別のバックアップ用の鍵を設定してください</translation>
    </message>
    <message>
        <source>rotated backups are taken without asking, so they are sealed for a key: name it first (--backup-key NAME)</source>
        <translation>自動バックアップは確認なしで取られるため鍵で封緘されます。先に鍵を設定してください（--backup-key NAME）</translation>
    </message>
    <message>
        <source>run &apos;acsa-desk --db URL admin init&apos; first</source>
        <translation>先に &apos;acsa-desk --db URL admin init&apos; を実行してください</translation>
    </message>
    <message>
        <source>say where the rate comes from (e.g. Bank of Canada)</source>
        <translation>レートの出典を入力してください（例: カナダ銀行）</translation>
    </message>
    <message>
        <source>say which registered user {strip} signs in as: a designated official signs as themself</source>
        <translation>{strip} がどの登録利用者としてサインインするか指定してください：指定職員は本人として署名します</translation>
    </message>
    <message>
        <source>say why the document is withdrawn</source>
        <translation>書類を取り下げる理由を入力してください</translation>
    </message>
    <message>
        <source>say why the entry is reversed</source>
        <translation>取消の理由を入力してください</translation>
    </message>
    <message>
        <source>say why the order is cancelled</source>
        <translation>要請を取り消す理由を入力してください</translation>
    </message>
    <message>
        <source>say why the order is closed</source>
        <translation>要請を完了する理由を入力してください</translation>
    </message>
    <message>
        <source>set your own passphrase first: once a ledger has two users, each proves who they are with one</source>
        <translation>先に自分のパスフレーズを設定してください。台帳の利用者が2人以上になると、各自がパスフレーズで本人確認します</translation>
    </message>
    <message>
        <source>settlement method must be cash, rik or eve</source>
        <translation>決済方法は cash、rik、eve のいずれかでなければなりません</translation>
    </message>
    <message>
        <source>settlement {settlement_id} was approved by another officer a moment ago</source>
        <translation>決済 {settlement_id} は先ほど別の幹部が承認しました</translation>
    </message>
    <message>
        <source>sign it in the order window (both officials&apos; names are needed)</source>
        <translation>要請画面で署名してください（双方の担当官の氏名が必要です）</translation>
    </message>
    <message>
        <source>the action must be explain, accept or dispute</source>
        <translation>操作は explain、accept、dispute のいずれかです</translation>
    </message>
    <message>
        <source>the agreement cannot end before it comes into force</source>
        <translation>協定は発効前に終了できません</translation>
    </message>
    <message>
        <source>the agreement needs a reference</source>
        <translation>協定には参照番号が必要です</translation>
    </message>
    <message>
        <source>the authority limit per order must be more than 0</source>
        <translation>要請ごとの権限上限は0より大きくしてください</translation>
    </message>
    <message>
        <source>the backup {backup_path} is damaged too ({problems})</source>
        <translation>バックアップ {backup_path} も破損しています（{problems}）</translation>
    </message>
    <message>
        <source>the claim days must be 1 to 365</source>
        <translation>請求期限は1〜365日です</translation>
    </message>
    <message>
        <source>the column appears twice in the header</source>
        <translation>見出し行に同じ列が2回あります</translation>
    </message>
    <message>
        <source>the content of attachment {attachment_id} is missing</source>
        <translation>添付書類 {attachment_id} の内容がありません</translation>
    </message>
    <message>
        <source>the database {describe} needs an upgrade</source>
        <translation>データベース {describe} は更新が必要です</translation>
    </message>
    <message>
        <source>the database {describe} was made by a newer version of ACSA Desk (schema {current}); this program knows schemas up to {head}. Install the newer ACSA Desk to open it.</source>
        <translation>データベース {describe} は新しいバージョンの ACSA Desk で作成されています（スキーマ {current}）。このプログラムが扱えるのはスキーマ {head} までです。開くには新しい ACSA Desk をインストールしてください。</translation>
    </message>
    <message>
        <source>the date required</source>
        <translation>所要日</translation>
    </message>
    <message>
        <source>the date required cannot be before the order date</source>
        <translation>所要日を要請日より前にすることはできません</translation>
    </message>
    <message>
        <source>the delivery place</source>
        <translation>引渡場所</translation>
    </message>
    <message>
        <source>the description is missing</source>
        <translation>品名・役務内容が未入力です</translation>
    </message>
    <message>
        <source>the designation cannot end before it begins</source>
        <translation>指定は開始前に終了できません</translation>
    </message>
    <message>
        <source>the document needs a file name</source>
        <translation>書類にはファイル名が必要です</translation>
    </message>
    <message>
        <source>the exercise cannot end before it starts</source>
        <translation>演習の終了日を開始日より前にすることはできません</translation>
    </message>
    <message>
        <source>the file is empty: it needs a header row</source>
        <translation>ファイルが空です。見出し行が必要です</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text (byte 0x{byte})</source>
        <translation>ファイルが UTF-8 テキストではありません（バイト 0x{byte}）</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text (byte 0x{data})</source>
        <translation>ファイルが UTF-8 のテキストではありません（バイト 0x{data}）</translation>
    </message>
    <message>
        <source>the handling banner is limited to 120 characters</source>
        <translation>取扱区分表示は120文字以内です</translation>
    </message>
    <message>
        <source>the import&apos;s temporary file was cut short; nothing was imported</source>
        <translation>取り込みの一時ファイルが途中で切れていました。何も取り込まれていません</translation>
    </message>
    <message>
        <source>the invoice ({issued_on}) cannot be dated before the receipt ({received_on})</source>
        <translation>請求（{issued_on}）を受領（{received_on}）より前の日付にすることはできません</translation>
    </message>
    <message>
        <source>the invoice or claim needs a reference</source>
        <translation>請求には参照番号が必要です</translation>
    </message>
    <message>
        <source>the issuing official&apos;s name is missing</source>
        <translation>提供責任者の氏名が未入力です</translation>
    </message>
    <message>
        <source>the ledger is marked in the {scheme} scheme; a part cannot be marked in {scheme2}</source>
        <translation>台帳は {scheme} 方式で表示されています。一部を {scheme2} 方式で表示することはできません</translation>
    </message>
    <message>
        <source>the ledger would hold more than {max_ledger_total_minor} minor units billable in all (the largest total its balances and reports can add up)</source>
        <translation>台帳の請求可能額の合計が {max_ledger_total_minor} 補助単位を超えます（残高と報告書が合計できる最大額です）</translation>
    </message>
    <message>
        <source>the ledger {ledger} is in use by another copy of ACSA Desk (a window or a command); close it first, then {what} again</source>
        <translation>台帳 {ledger} は別の ACSA Desk（ウィンドウまたはコマンド）が使用中です。先にそれを閉じてから、もう一度 {what} を実行してください</translation>
    </message>
    <message>
        <source>the ledger&apos;s schema needs an upgrade, which only its owner ({owner}) may run: ask the database administrator to open it once</source>
        <translation>台帳のスキーマの更新が必要ですが、実行できるのは所有者（{owner}）だけです。データベース管理者に一度開いてもらってください</translation>
    </message>
    <message>
        <source>the lock-out {what} must be from {low} to {high}, not {value}</source>
        <translation>ロックアウトの {what} は {low} から {high} までです（{value} は不可）</translation>
    </message>
    <message>
        <source>the login &apos;{login}&apos; may not contain spaces or control characters</source>
        <translation>ログイン名 &apos;{login}&apos; に空白や制御文字は使えません</translation>
    </message>
    <message>
        <source>the marking is too long to keep (at most 400 characters of settings); shorten its caveats or designation</source>
        <translation>表示が長すぎて保存できません（設定は400文字以内）。注意事項または指定を短くしてください</translation>
    </message>
    <message>
        <source>the method must be cash, rik, eve or offset</source>
        <translation>決済方法は cash、rik、eve、offset のいずれかでなければなりません</translation>
    </message>
    <message>
        <source>the new settlement of order {number} awaits approval by another officer (four eyes)</source>
        <translation>要請{number}の新しい決済は別の担当官の承認待ちです（二者確認）</translation>
    </message>
    <message>
        <source>the new settlement of order {number} awaits approval by another officer (four eyes); the order is settled once it is approved</source>
        <translation>要請{number}の新しい決済は別の担当官の承認待ちです（二者確認）。承認されると要請は決済済になります</translation>
    </message>
    <message>
        <source>the office and reference are at most 200 characters</source>
        <translation>部門名と参照番号は200文字以内です</translation>
    </message>
    <message>
        <source>the offset needs the agreement&apos;s reference</source>
        <translation>相殺には協定の参照番号が必要です</translation>
    </message>
    <message>
        <source>the offset with {partner} in {currency} now comes to {format_plain}, not {format_plain2}: print the agreement again</source>
        <translation>{partner} との {currency} 建ての相殺額は現在 {format_plain} で、{format_plain2} ではありません。合意書を印刷し直してください</translation>
    </message>
    <message>
        <source>the order has no lines</source>
        <translation>要請に明細がありません</translation>
    </message>
    <message>
        <source>the order needs a number</source>
        <translation>要請には番号が必要です</translation>
    </message>
    <message>
        <source>the ordering official&apos;s name is missing</source>
        <translation>要請責任者の氏名が未入力です</translation>
    </message>
    <message>
        <source>the period ends before it starts</source>
        <translation>期間の終わりが始まりより前です</translation>
    </message>
    <message>
        <source>the quantity is missing</source>
        <translation>数量が未入力です</translation>
    </message>
    <message>
        <source>the quantity must be more than 0</source>
        <translation>数量は0より大きくなければなりません</translation>
    </message>
    <message>
        <source>the requesting unit</source>
        <translation>要請部隊</translation>
    </message>
    <message>
        <source>the requesting unit&apos;s point of contact</source>
        <translation>要請部隊の連絡担当者</translation>
    </message>
    <message>
        <source>the role must be one of {join}</source>
        <translation>役割は {join} のいずれかです</translation>
    </message>
    <message>
        <source>the role must be one of {join}, not &apos;{text}&apos;</source>
        <translation>役割は {join} のいずれかです（&apos;{text}&apos; は不可）</translation>
    </message>
    <message>
        <source>the same payment (order {number}, {settled_on}, {format_plain} {currency}, reference &apos;{strip}&apos;) is already recorded</source>
        <translation>同じ支払い（要請 {number}、{settled_on}、{format_plain} {currency}、参照「{strip}」）は既に記録されています</translation>
    </message>
    <message>
        <source>the settlement deadline must be 1 to 60 months</source>
        <translation>決済期限は1～60か月でなければなりません</translation>
    </message>
    <message>
        <source>the sheet is empty: it needs a header row</source>
        <translation>シートが空です：見出し行が必要です</translation>
    </message>
    <message>
        <source>the supplying unit</source>
        <translation>提供部隊</translation>
    </message>
    <message>
        <source>the supplying unit&apos;s point of contact</source>
        <translation>提供部隊の連絡担当者</translation>
    </message>
    <message>
        <source>the unit of issue is missing (e.g. L, KL, EA, HR)</source>
        <translation>単位が未入力です（例: L、KL、EA、HR）</translation>
    </message>
    <message>
        <source>the unit price is missing (0 for no charge)</source>
        <translation>単価が未入力です（無償の場合は0）</translation>
    </message>
    <message>
        <source>the workbook has no sheet</source>
        <translation>ブックにシートがありません</translation>
    </message>
    <message>
        <source>the {code} scheme is fixed by its national rules</source>
        <translation>{code} 方式は自国の規則で定められています</translation>
    </message>
    <message>
        <source>their billable</source>
        <translation>相手国の請求額</translation>
    </message>
    <message>
        <source>their direction</source>
        <translation>相手国の区分</translation>
    </message>
    <message>
        <source>their settled</source>
        <translation>相手国の決済済額</translation>
    </message>
    <message>
        <source>their status</source>
        <translation>相手国の状態</translation>
    </message>
    <message>
        <source>this entry has already been reversed</source>
        <translation>この記録は既に取り消されています</translation>
    </message>
    <message>
        <source>this file is a finance export, not an orders file: importing it would turn cancelled and settled orders back into live ones without their settlements (import the orders file it came from)</source>
        <translation>このファイルは会計向けエクスポートであり、要請ファイルではありません。取り込むと取消済・決済済の要請が決済記録なしで有効な要請に戻ってしまいます（元の要請ファイルを取り込んでください）</translation>
    </message>
    <message>
        <source>this order agrees on every figure: nothing to act on</source>
        <translation>この要請はすべての数値が一致しています。対応は不要です</translation>
    </message>
    <message>
        <source>unknown defect</source>
        <translation>不明な不備</translation>
    </message>
    <message>
        <source>unknown language &apos;{part}&apos; (choose one or two of {join})</source>
        <translation>不明な言語「{part}」（{join} から1つか2つを選んでください）</translation>
    </message>
    <message>
        <source>{actor} is no longer an active user of this ledger, so changes nothing</source>
        <translation>{actor} はこの台帳の有効な利用者ではないため、何も変更できません</translation>
    </message>
    <message>
        <source>{cells} is more than billable ({cells2})</source>
        <translation>{cells} は請求額（{cells2}）を超えています</translation>
    </message>
    <message>
        <source>{currency} is not the currency of order {number} ({currency2})</source>
        <translation>{currency} は要請 {number} の通貨（{currency2}）ではありません</translation>
    </message>
    <message>
        <source>{currency} is not the currency of order {number} ({order_currency})</source>
        <translation>{currency} は要請 {number} の通貨（{order_currency}）ではありません</translation>
    </message>
    <message>
        <source>{date_required} is missing</source>
        <translation>{date_required}が未入力です</translation>
    </message>
    <message>
        <source>{delivered_on} is before ordered_on ({ordered_on})</source>
        <translation>{delivered_on} は ordered_on（{ordered_on}）より前です</translation>
    </message>
    <message>
        <source>{delivered} is more than the quantity ordered ({quantity})</source>
        <translation>{delivered} は要請数量（{quantity}）を超えています</translation>
    </message>
    <message>
        <source>{describe} already holds a ledger; copy into an empty database</source>
        <translation>{describe} には既に台帳があります。空のデータベースにコピーしてください</translation>
    </message>
    <message>
        <source>{describe} is not an ACSA Desk ledger (it holds other tables)</source>
        <translation>{describe} は ACSA Desk の台帳ではありません（他のテーブルがあります）</translation>
    </message>
    <message>
        <source>{en} is not covered by the agreement with {code}</source>
        <translation>{en} は {code} との協定の対象外です</translation>
    </message>
    <message>
        <source>{format_plain} {currency} would take order {number} above its billable amount ({format_plain2} {currency2} left to settle)</source>
        <translation>{format_plain} {currency} では要請 {number} が請求額を超えます（未決済 {format_plain2} {currency2}）</translation>
    </message>
    <message>
        <source>{format_quantity} must be more than 0</source>
        <translation>{format_quantity} は0より大きくなければなりません</translation>
    </message>
    <message>
        <source>{isoformat} is outside the dates the ledger holds ({isoformat2} to {isoformat3})</source>
        <translation>{isoformat} は台帳で扱える日付（{isoformat2}〜{isoformat3}）の範囲外です</translation>
    </message>
    <message>
        <source>{label} is missing</source>
        <translation>{label}が未入力です</translation>
    </message>
    <message>
        <source>{len} exercises or orders are marked in another scheme; a ledger&apos;s markings all use one scheme</source>
        <translation>{len} 件の演習または要請が別の方式で表示されています。台帳の表示はすべて同じ方式で行います</translation>
    </message>
    <message>
        <source>{level} is lower than the ledger&apos;s {level2}: a part may only be marked higher</source>
        <translation>{level} は台帳の {level2} より低い区分です。一部に付けられるのはより高い区分のみです</translation>
    </message>
    <message>
        <source>{login} is a {role}: only an officer signs orders</source>
        <translation>{login} の役割は {role} です：要請に署名できるのは幹部のみです</translation>
    </message>
    <message>
        <source>{login} is not a user of this ledger</source>
        <translation>{login} はこの台帳の利用者ではありません</translation>
    </message>
    <message>
        <source>{login} is registered as &apos;{strip}&apos;, not &apos;{strip2}&apos;: the designation names the user</source>
        <translation>{login} は「{strip2}」ではなく「{strip}」として登録されています：指定は利用者の氏名で行います</translation>
    </message>
    <message>
        <source>{login} is the ledger&apos;s last admin: make another user admin first</source>
        <translation>{login} は台帳の最後の管理者です。先に別の利用者を管理者にしてください</translation>
    </message>
    <message>
        <source>{login} {state}, so cannot {what}</source>
        <translation>{login}: {state}。そのため {what} はできません</translation>
    </message>
    <message>
        <source>{many}: say who you are with --as LOGIN (the passphrase is asked for)</source>
        <translation>{many}：--as ログイン名 で誰かを示してください（パスフレーズを尋ねます）</translation>
    </message>
    <message>
        <source>{name} has no authority limit in {currency}</source>
        <translation>{name} には {currency} の権限上限がありません</translation>
    </message>
    <message>
        <source>{name} is designated as user {linked}: {name2} signs in as {linked2} to sign, not {who}</source>
        <translation>{name} は利用者 {linked} として指定されています：署名するには {who} ではなく {linked2} として {name2} がサインインしてください</translation>
    </message>
    <message>
        <source>{name} is empty</source>
        <translation>{name} は空です</translation>
    </message>
    <message>
        <source>{name} is not a designated official under the agreement with {partner_code}</source>
        <translation>{name} は {partner_code} との協定の指定責任者ではありません</translation>
    </message>
    <message>
        <source>{name} is {value} MB: supporting documents are limited to {value2} MB</source>
        <translation>{name} は {value} MB です: 証拠書類の上限は {value2} MB です</translation>
    </message>
    <message>
        <source>{name}&apos;s designation is not in force on {isoformat}</source>
        <translation>{name} の指定は {isoformat} に有効ではありません</translation>
    </message>
    <message>
        <source>{name}: choose a .csv or .xlsx file name</source>
        <translation>{name}：.csv または .xlsx のファイル名を選んでください</translation>
    </message>
    <message>
        <source>{normal} is already a user of this ledger</source>
        <translation>{normal} はすでにこの台帳の利用者です</translation>
    </message>
    <message>
        <source>{path} could not be written: {value}</source>
        <translation>{path} に書き込めませんでした：{value}</translation>
    </message>
    <message>
        <source>{path} holds another ledger&apos;s key</source>
        <translation>{path} は別の台帳のキーです</translation>
    </message>
    <message>
        <source>{path} is a folder, not a database file</source>
        <translation>{path} はフォルダーで、データベースファイルではありません</translation>
    </message>
    <message>
        <source>{path} is the key {key_id}, but this ledger&apos;s key is {expected_id}</source>
        <translation>{path} はキー {key_id} ですが、この台帳のキーは {expected_id} です</translation>
    </message>
    <message>
        <source>{quantity} x {cells} is above the largest line amount the ledger holds (10^15 minor units)</source>
        <translation>{quantity} x {cells} は台帳で扱える明細の最大額（10^15 最小単位）を超えています</translation>
    </message>
    <message>
        <source>{required_on} is before ordered_on ({ordered_on})</source>
        <translation>{required_on} は ordered_on（{ordered_on}）より前です</translation>
    </message>
    <message>
        <source>{target} already exists: a new ledger is built only where no file is</source>
        <translation>{target} は既に存在します。新しい台帳はファイルのない場所にのみ作成されます</translation>
    </message>
    <message>
        <source>{target} appeared while the new ledger was being built; it was left alone and the new ledger was not kept</source>
        <translation>新しい台帳の作成中に {target} が現れました。そのファイルには触れず、新しい台帳は保存しませんでした</translation>
    </message>
    <message>
        <source>{temp}: the finished ledger could not be put in WAL mode</source>
        <translation>{temp}：完成した台帳を WAL モードにできませんでした</translation>
    </message>
    <message>
        <source>{text} is above the largest amount the ledger holds (10^15 minor units)</source>
        <translation>{text} は台帳で扱える最大額（10^15 最小単位）を超えています</translation>
    </message>
    <message>
        <source>{text} is beyond any ledger&apos;s amounts</source>
        <translation>{text} は台帳で扱える金額を超えています</translation>
    </message>
    <message>
        <source>{text} must be more than 0</source>
        <translation>{text}は0より大きくなければなりません</translation>
    </message>
    <message>
        <source>{value} has more decimals than {currency} allows ({places})</source>
        <translation>{value} の小数桁数が {currency} で認められる桁数（{places}）を超えています</translation>
    </message>
    <message>
        <source>{where} is not an ACSA Desk ledger key</source>
        <translation>{where} は ACSA Desk の台帳キーではありません</translation>
    </message>
    <message>
        <source>{where}: &apos;{category}&apos; is not one of the 16 categories</source>
        <translation>{where}: 「{category}」は16の品目区分のいずれでもありません</translation>
    </message>
    <message>
        <source>{where}: &apos;{strip}&apos; is not an anchor (acsa1:&lt;entry count&gt;:&lt;at least {min_digits} hex digits&gt;)</source>
        <translation>{where}: 「{strip}」はアンカーではありません(acsa1:&lt;エントリ数&gt;:&lt;16進数 {min_digits} 桁以上&gt;)</translation>
    </message>
    <message>
        <source>{where}: the description is missing</source>
        <translation>{where}: 品名・役務内容が未入力です</translation>
    </message>
    <message>
        <source>{where}: the key&apos;s id does not match its secret (damaged file)</source>
        <translation>{where}: キーの ID が秘密鍵と一致しません(ファイルの破損)</translation>
    </message>
    <message>
        <source>{where}: the key&apos;s secret is damaged</source>
        <translation>{where}: キーの秘密鍵が破損しています</translation>
    </message>
    <message>
        <source>{where}: the quantity must be more than 0</source>
        <translation>{where}: 数量は0より大きくなければなりません</translation>
    </message>
    <message>
        <source>{where}: the unit of issue is missing</source>
        <translation>{where}: 単位が未入力です</translation>
    </message>
    <message>
        <source>{where}: the unit price cannot be negative</source>
        <translation>{where}: 単価を負にすることはできません</translation>
    </message>
    <message>
        <source>{where}: {en} is not covered by the agreement</source>
        <translation>{where}: {en} は協定の対象外です</translation>
    </message>
    <message>
        <source>{where}: {message}</source>
        <translation>{where}：{message}</translation>
    </message>
    <message>
        <source>{where}: {why}</source>
        <translation>{where}：{why}</translation>
    </message>
    <message>
        <source>{year} is not a year such as 2025</source>
        <translation>{year} は 2025 のような年ではありません</translation>
    </message>
</context>
<context>
    <name>ServiceText</name>
    <message>
        <source>row {row}, column {column}: {message}</source>
        <translation>{row} 行目、{column} 列: {message}</translation>
    </message>
    <message>
        <source>row {row}: {message}</source>
        <translation>{row} 行目: {message}</translation>
    </message>
</context>
<context>
    <name>SettlementDialog</name>
    <message>
        <source>Amount ({currency}):</source>
        <translation>金額（{currency}）:</translation>
    </message>
    <message>
        <source>Approved by:</source>
        <translation>承認者:</translation>
    </message>
    <message>
        <source>Method:</source>
        <translation>決済方法:</translation>
    </message>
    <message>
        <source>Outstanding:</source>
        <translation>未決済額:</translation>
    </message>
    <message>
        <source>Record a settlement on order {number}</source>
        <translation>要請 {number} の決済を記録</translation>
    </message>
    <message>
        <source>Reference:</source>
        <translation>参照番号:</translation>
    </message>
    <message>
        <source>Replacement in kind is only for supplies</source>
        <translation>同種返還は物品に限られます</translation>
    </message>
    <message>
        <source>Settled on:</source>
        <translation>決済日:</translation>
    </message>
    <message>
        <source>e.g. transfer 2025-118</source>
        <translation>例: 振込 2025-118</translation>
    </message>
</context>
<context>
    <name>SettlementMethod</name>
    <message>
        <source>Cash</source>
        <translation>現金償還</translation>
    </message>
    <message>
        <source>Equal value exchange</source>
        <translation>等価交換</translation>
    </message>
    <message>
        <source>Offset</source>
        <translation>相殺</translation>
    </message>
    <message>
        <source>Replacement in kind</source>
        <translation>同種返還</translation>
    </message>
</context>
<context>
    <name>Settlements</name>
    <message>
        <source>Cash</source>
        <translation>現金償還</translation>
    </message>
    <message>
        <source>Equal value exchange</source>
        <translation>等価交換</translation>
    </message>
    <message>
        <source>Offset</source>
        <translation>相殺</translation>
    </message>
    <message>
        <source>Replacement in kind</source>
        <translation>同種返還</translation>
    </message>
</context>
<context>
    <name>SettlementsPage</name>
    <message numerus="yes">
        <source>%n settlement(s)</source>
        <translation>
            <numerusform>%n 件の決済</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Awaiting approval only</source>
        <extracomment>An approval was saved. Argument: the settlement id.</extracomment>
        <translation>承認待ちのみ(&amp;A)</translation>
    </message>
    <message>
        <source>A&amp;pprove</source>
        <translation>承認(&amp;P)</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>Approval refused</source>
        <translation>承認できません</translation>
    </message>
    <message>
        <source>Approve a settlement</source>
        <translation>決済の承認</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>承認者</translation>
    </message>
    <message>
        <source>Double-click a settlement to open its order.</source>
        <translation>決済をダブルクリックすると、その要請を開きます。</translation>
    </message>
    <message>
        <source>Entered by</source>
        <translation>入力者</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>決済方法</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>要請</translation>
    </message>
    <message>
        <source>Our side approves the settlement of order {number} ({amount}). Four eyes: not {entered}, who entered it.</source>
        <translation>当方が要請 {number} の決済（{amount}）を承認します。二者確認: 入力した {entered} 以外の者が承認します。</translation>
    </message>
    <message>
        <source>Our side&apos;s approval of the selected settlement. Four eyes: whoever entered a settlement cannot approve it.</source>
        <translation>選択した決済の当方による承認。二者確認: 決済を入力した者はその決済を承認できません。</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>参照番号</translation>
    </message>
    <message>
        <source>Reverses an earlier settlement: {reason}</source>
        <translation>以前の決済の取消: {reason}</translation>
    </message>
    <message>
        <source>Settled on</source>
        <translation>決済日</translation>
    </message>
    <message>
        <source>Settlement of order {number} approved.</source>
        <translation>要請 {number} の決済を承認しました。</translation>
    </message>
    <message>
        <source>Settlements</source>
        <translation>決済</translation>
    </message>
    <message>
        <source>awaiting approval</source>
        <translation>承認待ち</translation>
    </message>
    <message>
        <source>{count} awaiting approval</source>
        <translation>承認待ち {count} 件</translation>
    </message>
    <message>
        <source>{entered} entered this settlement, and no other officer is registered in this ledger: an admin adds one in Preferences &gt; Users.</source>
        <translation>{entered} がこの決済を入力しましたが、この台帳に他の幹部は登録されていません。管理者が 設定 &gt; 利用者 で追加します。</translation>
    </message>
    <message>
        <source>{shown} (more as you scroll)</source>
        <translation>{shown}（スクロールで続きを表示）</translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <source>Four eyes: whoever entered the order ({entered}) cannot sign it for our side.</source>
        <translation>二者確認: 要請を入力した者（{entered}）は当方として署名できません。</translation>
    </message>
    <message>
        <source>Issuing official&apos;s rank:</source>
        <translation>提供責任者の階級:</translation>
    </message>
    <message>
        <source>Issuing official:</source>
        <translation>提供責任者:</translation>
    </message>
    <message>
        <source>Ordering official&apos;s rank:</source>
        <translation>要請責任者の階級:</translation>
    </message>
    <message>
        <source>Ordering official:</source>
        <translation>要請責任者:</translation>
    </message>
    <message>
        <source>Sign order {number}</source>
        <translation>要請 {number} の署名</translation>
    </message>
    <message>
        <source>Signed on:</source>
        <translation>署名日:</translation>
    </message>
    <message>
        <source>Signs for our side:</source>
        <translation>当方の署名者:</translation>
    </message>
    <message>
        <source>e.g. 2佐 or Cdr</source>
        <translation>例: 2佐 または Cdr</translation>
    </message>
    <message>
        <source>e.g. Anne Tremblay</source>
        <translation>例: Anne Tremblay</translation>
    </message>
    <message>
        <source>e.g. Cdr</source>
        <translation>例: Cdr</translation>
    </message>
    <message>
        <source>e.g. Hiroshi Sato</source>
        <translation>例: 佐藤 博</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>&amp;Open another ledger…</source>
        <translation>別の台帳を開く(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>パスフレーズ(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>サインイン(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>利用者(&amp;U):</translation>
    </message>
    <message>
        <source>Nobody is signed in yet: sign in, open another ledger, or quit.</source>
        <extracomment>True once withdrawn because another ledger opened (not a refusal to sign in).</extracomment>
        <translation>まだ誰もサインインしていません。サインインするか、別の台帳を開くか、終了してください。</translation>
    </message>
    <message>
        <source>This ledger has several users: choose who you are and type your passphrase. Every change is recorded under your name. A forgotten passphrase is reset by an admin (Preferences &gt; Users).</source>
        <translation>この台帳には複数の利用者がいます。自分を選び、パスフレーズを入力してください。すべての変更はあなたの名前で記録されます。パスフレーズを忘れた場合は管理者が再設定します（環境設定 &gt; 利用者）。</translation>
    </message>
    <message>
        <source>Who is working?</source>
        <extracomment>The signed-in login (normalised). &quot;Open another ledger...&quot;: the window offers its file dialog; this one stays until another ledger opens.</extracomment>
        <translation>作業者の確認</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>ACSA Desk ledgers (*.sqlite *.db);;All files (*)</source>
        <translation>ACSA Desk 台帳 (*.sqlite *.db);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>データベースを開けません</translation>
    </message>
    <message>
        <source>Checking the ledger</source>
        <translation>台帳を確認しています</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>データベースを開く</translation>
    </message>
    <message>
        <source>The ledger is damaged</source>
        <extracomment>When &quot;1&quot;: print ``painted &lt;seconds since the process started&gt;`` on standard error once the window has painted with the dashboard&apos;s figures (or the welcome page) -- the benchmark&apos;s marker -- and ``refreshed &lt;seconds&gt;`` once the figures just read are painted (the same moment when there was no snapshot to show first); each followed by ``cpu &lt;seconds&gt;``, the process&apos;s CPU time (user + system, all threads) so far. The locale money is formatted in, per interface language.</extracomment>
        <translation>台帳が破損しています</translation>
    </message>
    <message>
        <source>{path} fails its integrity check ({problem}).

Restore the latest good backup, {backup}? The damaged file is kept aside.</source>
        <translation>{path} は整合性検査に合格しません（{problem}）。

最新の正常なバックアップ {backup} を復元しますか? 破損したファイルは別に保管されます。</translation>
    </message>
    <message>
        <source>{path} fails its integrity check ({problem}). Do not enter anything until it is restored from a backup (acsa-desk restore).</source>
        <translation>{path} は整合性検査に合格しません（{problem}）。バックアップから復元する（acsa-desk restore）まで何も入力しないでください。</translation>
    </message>
    <message>
        <source>{problem}

Choose another database file?</source>
        <translation>{problem}

別のデータベースファイルを選びますか?</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Cancelled</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>提供済</translation>
    </message>
    <message>
        <source>Invoiced</source>
        <translation>請求済</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受領済</translation>
    </message>
    <message>
        <source>Requested</source>
        <extracomment>Text and marker colour for an order that lacks signatures it should have. Colour of validation messages (as in the preferences dialog). Background of a cell whose value is refused.</extracomment>
        <translation>要請</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>決済済</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>署名済</translation>
    </message>
</context>
<context>
    <name>StepDialog</name>
    <message>
        <source>Order {number} ({status})</source>
        <extracomment>A life-cycle step: calls one service in the given session, as the given actor. The step was recorded in the ledger (the dialog then closes).</extracomment>
        <translation>要請 {number}（{status}）</translation>
    </message>
</context>
<context>
    <name>TaskManager</name>
    <message>
        <source>ACSA Desk</source>
        <translation>ACSA Desk</translation>
    </message>
    <message>
        <source>Cancel</source>
        <extracomment>How long work may run before its progress dialog appears (milliseconds). The work returned. Argument: its result. The work raised an expected LedgerError. Argument: the exception. The work raised an unexpected exception (handed to the crash handler). Argument: it. The work stopped because the user pressed Cancel. The task is over, whatever the outcome. Progress reported by the work: (done, total). True when the first task starts, False when the last one ends.</extracomment>
        <translation>キャンセル</translation>
    </message>
</context>
<context>
    <name>Tile</name>
    <message>
        <source>{count} {caption}</source>
        <translation>{caption} {count} 件</translation>
    </message>
    <message>
        <source>{explanation} Being counted…</source>
        <translation>{explanation} 集計中…</translation>
    </message>
</context>
<context>
    <name>UserGuide</name>
    <message>
        <source>ACSA Desk user guide</source>
        <extracomment>Third-party components shipped with or used by ACSA Desk, with their licences (names are proper names: not translated).</extracomment>
        <translation>ACSA Desk 利用の手引き</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>利用の手引き</translation>
    </message>
</context>
<context>
    <name>UsersPanel</name>
    <message>
        <source>&amp;Add user</source>
        <translation>利用者を追加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>無効化(&amp;D)</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>有効</translation>
    </message>
    <message>
        <source>Change &amp;role</source>
        <translation>役割を変更(&amp;R)</translation>
    </message>
    <message>
        <source>Lock a user out after</source>
        <translation>ロックアウト：連続</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>ログイン名</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>ログイン名:</translation>
    </message>
    <message>
        <source>Minutes a lock-out lasts</source>
        <translation>ロックアウトの継続時間（分）</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>氏名:</translation>
    </message>
    <message>
        <source>On PostgreSQL each user logs in as their own database role: adding a user here creates their login role in its group, a new role moves it, and deactivating refuses it the connection. The database administrator adds the first admin: acsa-desk --db URL admin add-user LOGIN --role admin.</source>
        <translation>PostgreSQL では各利用者が自分のデータベースロールでログインします。ここで利用者を追加するとそのグループにログインロールが作成され、役割を変えるとグループが移り、無効にすると接続が拒否されます。最初の管理者はデータベース管理者が追加します：acsa-desk --db URL admin add-user LOGIN --role admin</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>パスフレーズ</translation>
    </message>
    <message>
        <source>Passphrase of {login} reset.</source>
        <translation>{login} のパスフレーズを再設定しました。</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>パスフレーズ:</translation>
    </message>
    <message>
        <source>Rank:</source>
        <translation>階級:</translation>
    </message>
    <message>
        <source>Reset &amp;passphrase</source>
        <translation>パスフレーズを再設定(&amp;P)</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>役割</translation>
    </message>
    <message>
        <source>Role of the selected user</source>
        <translation>選択した利用者の役割</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>役割:</translation>
    </message>
    <message>
        <source>Server password (optional):</source>
        <translation>サーバーのパスワード（任意）：</translation>
    </message>
    <message>
        <source>Set &amp;lock-out</source>
        <translation>ロックアウトを設定(&amp;L)</translation>
    </message>
    <message>
        <source>Set server &amp;password</source>
        <translation>サーバーのパスワードを設定(&amp;P)</translation>
    </message>
    <message>
        <source>Users</source>
        <extracomment>The users changed (the window re-reads who may certify).</extracomment>
        <translation>利用者</translation>
    </message>
    <message>
        <source>Wrong passphrases before a lock-out</source>
        <translation>ロックアウトまでの誤ったパスフレーズの回数</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>管理者</translation>
    </message>
    <message>
        <source>auditor</source>
        <translation>監査者</translation>
    </message>
    <message>
        <source>clerk</source>
        <translation>事務担当</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>分間</translation>
    </message>
    <message>
        <source>new passphrase</source>
        <translation>新しいパスフレーズ</translation>
    </message>
    <message>
        <source>new server password</source>
        <translation>新しいサーバーのパスワード</translation>
    </message>
    <message>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>officer</source>
        <translation>幹部</translation>
    </message>
    <message>
        <source>set</source>
        <translation>設定済</translation>
    </message>
    <message>
        <source>wrong passphrases in a row, for</source>
        <translation>回の誤りで</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>{login} added.</source>
        <translation>{login} を追加しました。</translation>
    </message>
    <message>
        <source>{login} can no longer act; their records stay theirs.</source>
        <translation>{login} は今後操作できません。記録はその利用者のものとして残ります。</translation>
    </message>
    <message>
        <source>{login} is now {role}.</source>
        <translation>{login} の役割は {role} になりました。</translation>
    </message>
    <message>
        <source>{tries} wrong passphrases in a row now lock a user out for {minutes} minutes.</source>
        <translation>連続 {tries} 回パスフレーズを誤ると、利用者は {minutes} 分間ロックアウトされます。</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Bring in orders kept so far in a spreadsheet saved as CSV.</source>
        <translation>これまで表計算ソフトで管理し CSV で保存した要請を取り込みます。</translation>
    </message>
    <message>
        <source>Explore a demo ledger</source>
        <translation>デモ台帳を見る</translation>
    </message>
    <message>
        <source>Import from a spreadsheet (CSV)</source>
        <translation>表計算ファイル（CSV）から取り込む</translation>
    </message>
    <message>
        <source>Look around a ledger filled with made-up orders; nothing is kept.</source>
        <translation>架空の要請を収めた台帳を自由に操作できます。何も保存されません。</translation>
    </message>
    <message>
        <source>New exercise</source>
        <translation>新規演習</translation>
    </message>
    <message>
        <source>Start with the exercise or operation the orders belong to.</source>
        <translation>まず要請が属する演習または作戦を登録します。</translation>
    </message>
    <message>
        <source>This ledger is empty. Record the logistic support your forces provide to and receive from a partner nation, and see at a glance who owes what.</source>
        <translation>この台帳は空です。自国の部隊が相手国に提供し、また相手国から受領する後方支援を記録し、債権債務を一目で確認できます。</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>ようこそ</translation>
    </message>
    <message>
        <source>Welcome to ACSA Desk</source>
        <extracomment>The user wants to create the first exercise. The user wants to import orders from a spreadsheet saved as CSV. The user wants to explore a demo ledger.</extracomment>
        <translation>ACSA Desk へようこそ</translation>
    </message>
</context>
<context>
    <name>WhoIsWorking</name>
    <message>
        <source>Sign in</source>
        <translation>サインイン</translation>
    </message>
    <message>
        <source>User: {login}</source>
        <translation>利用者: {login}</translation>
    </message>
    <message>
        <source>User: {name} ({login}, {role})</source>
        <translation>利用者: {name}（{login}、{role}）</translation>
    </message>
    <message>
        <source>Users</source>
        <extracomment>The login now working (after the users are loaded, or after a sign-in). Nobody signed in to the shared ledger: they chose Quit. The sign-in&apos;s &quot;Open another ledger...&quot;.</extracomment>
        <translation>利用者</translation>
    </message>
    <message>
        <source>You are this ledger&apos;s only user. Four eyes needs a second registered user: an admin adds one in Preferences &gt; Users.</source>
        <translation>あなたはこの台帳の唯一の利用者です。二者確認には2人目の登録利用者が必要です。管理者が 設定 &gt; 利用者 で追加します。</translation>
    </message>
</context>
<context>
    <name>_DateEdit</name>
    <message>
        <source>not set</source>
        <translation>未設定</translation>
    </message>
</context>
</TS>
