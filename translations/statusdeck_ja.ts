<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>Card</name>
    <message>
        <source>Informational</source>
        <translation>情報</translation>
    </message>
    <message>
        <source>Successful</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>Redirection</source>
        <translation>リダイレクト</translation>
    </message>
    <message>
        <source>Client Error</source>
        <translation>クライアントエラー</translation>
    </message>
    <message>
        <source>Server Error</source>
        <translation>サーバーエラー</translation>
    </message>
    <message>
        <source>Not a status code</source>
        <translation>ステータスコードではない</translation>
    </message>
    <message>
        <source>Nonstandard</source>
        <translation>非標準</translation>
    </message>
</context>
<context>
    <name>CardExport</name>
    <message>
        <source>Standard</source>
        <translation>標準</translation>
    </message>
    <message>
        <source>Temporary registration</source>
        <translation>暫定登録</translation>
    </message>
    <message>
        <source>Unused (reserved)</source>
        <translation>未使用 (予約済み)</translation>
    </message>
    <message>
        <source>Obsolete</source>
        <translation>廃止</translation>
    </message>
    <message>
        <source>Unofficial (%1)</source>
        <translation>非公式 (%1)</translation>
    </message>
    <message>
        <source>Not a status code: what %1 reports</source>
        <translation>ステータスコードではない: %1 が報告する値</translation>
    </message>
    <message>
        <source>Permanent</source>
        <translation>恒久的</translation>
    </message>
    <message>
        <source>Temporary</source>
        <translation>一時的</translation>
    </message>
    <message>
        <source>%1; the method and body are kept</source>
        <translation>%1。メソッドとボディは維持されます</translation>
    </message>
    <message>
        <source>%1; a POST may become a GET</source>
        <translation>%1。POST が GET に変わることがあります</translation>
    </message>
    <message>
        <source>%1; the follow-up request is a GET (HEAD stays HEAD)</source>
        <translation>%1。次のリクエストは GET です (HEAD は HEAD のまま)</translation>
    </message>
    <message>
        <source>Class: %1 %2 | Registry: %3</source>
        <translation>クラス: %1 %2 | レジストリ: %3</translation>
    </message>
    <message>
        <source>Formerly: %1</source>
        <translation>旧名: %1</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>定義</translation>
    </message>
    <message>
        <source>From the RFC</source>
        <translation>RFC の記述</translation>
    </message>
    <message>
        <source>Common causes</source>
        <translation>よくある原因</translation>
    </message>
    <message>
        <source>Example response</source>
        <translation>レスポンスの例</translation>
    </message>
    <message>
        <source>Common misinterpretation</source>
        <translation>よくある誤解</translation>
    </message>
    <message>
        <source>When to use it</source>
        <translation>使うべき場面</translation>
    </message>
    <message>
        <source>Confused with</source>
        <translation>混同されやすいコード</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>特性</translation>
    </message>
    <message>
        <source>Heuristically cacheable by default (RFC 9110, section 15.1)</source>
        <translation>既定でヒューリスティックにキャッシュ可能 (RFC 9110、15.1 節)</translation>
    </message>
    <message>
        <source>Not heuristically cacheable; cached only with explicit freshness</source>
        <translation>ヒューリスティックにはキャッシュ不可。明示的な鮮度がある場合のみキャッシュされます</translation>
    </message>
    <message>
        <source>Redirect: %1</source>
        <translation>リダイレクト: %1</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>ヘッダー</translation>
    </message>
    <message>
        <source>[required]</source>
        <translation>[必須]</translation>
    </message>
    <message>
        <source>[typical]</source>
        <translation>[一般的]</translation>
    </message>
    <message>
        <source>Snippet: %1 (%2)</source>
        <translation>スニペット: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>CardLoader</name>
    <message>
        <source>missing</source>
        <translation>ありません</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>文字列でなければなりません</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>空にはできません</translation>
    </message>
    <message>
        <source>must be a list of strings</source>
        <translation>文字列のリストでなければなりません</translation>
    </message>
    <message>
        <source>every entry must be a non-empty string</source>
        <translation>各要素は空でない文字列でなければなりません</translation>
    </message>
    <message>
        <source>needs at least %1 entries</source>
        <translation>少なくとも %1 個の要素が必要です</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>リストでなければなりません</translation>
    </message>
    <message>
        <source>not valid JSON (%1 at offset %2)</source>
        <translation>不正な JSON です (オフセット %2 で %1)</translation>
    </message>
    <message>
        <source>must be a JSON object</source>
        <translation>JSON オブジェクトでなければなりません</translation>
    </message>
    <message>
        <source>must be one of standard, temporary, unused, obsolete, unofficial, pseudo</source>
        <translation>standard、temporary、unused、obsolete、unofficial、pseudo のいずれかでなければなりません</translation>
    </message>
    <message>
        <source>must be 0 for a pseudo-code</source>
        <translation>疑似コードでは 0 でなければなりません</translation>
    </message>
    <message>
        <source>must be a whole number from 100 to 999</source>
        <translation>100 から 999 までの整数でなければなりません</translation>
    </message>
    <message>
        <source>only a pseudo-code has one, written as zeros (&quot;000&quot;)</source>
        <translation>疑似コードだけが持ち、ゼロで表記します (&quot;000&quot;)</translation>
    </message>
    <message>
        <source>must name the vendor or tool for an unofficial or pseudo-code and be empty otherwise</source>
        <translation>非公式コードや疑似コードではベンダーまたはツール名を指定し、それ以外では空にしてください</translation>
    </message>
    <message>
        <source>needs at least one reference</source>
        <translation>少なくとも 1 つの参照が必要です</translation>
    </message>
    <message>
        <source>every reference needs document, section and quote strings</source>
        <translation>各参照には document、section、quote の文字列が必要です</translation>
    </message>
    <message>
        <source>must be a list of lines</source>
        <translation>行のリストでなければなりません</translation>
    </message>
    <message>
        <source>needs at least one line of what the tool shows</source>
        <translation>ツールが表示する内容が少なくとも 1 行必要です</translation>
    </message>
    <message>
        <source>needs a status line, headers and an empty line</source>
        <translation>ステータス行、ヘッダー、空行が必要です</translation>
    </message>
    <message>
        <source>needs at least one code</source>
        <translation>少なくとも 1 つのコードが必要です</translation>
    </message>
    <message>
        <source>every entry needs a code and a difference</source>
        <translation>各要素には code と difference が必要です</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>true または false でなければなりません</translation>
    </message>
    <message>
        <source>needs permanent (true or false) and method (preserved, post-may-become-get or becomes-get)</source>
        <translation>permanent (true または false) と method (preserved、post-may-become-get、becomes-get) が必要です</translation>
    </message>
    <message>
        <source>must be an object or null</source>
        <translation>オブジェクトまたは null でなければなりません</translation>
    </message>
    <message>
        <source>is required for 301, 302, 303, 307 and 308</source>
        <translation>301、302、303、307、308 では必須です</translation>
    </message>
    <message>
        <source>every header needs name, value, required and note</source>
        <translation>各ヘッダーには name、value、required、note が必要です</translation>
    </message>
    <message>
        <source>header &apos;%1&apos; contains a control character (CR, LF, NUL or another one but tab)</source>
        <translation>ヘッダー &apos;%1&apos; に制御文字 (CR、LF、NUL など、タブ以外) が含まれています</translation>
    </message>
    <message>
        <source>must not have a body for 1xx, 204 and 304</source>
        <translation>1xx、204、304 ではボディを持てません</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>オブジェクトでなければなりません</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a string or a list of lines</source>
        <translation>&apos;%1&apos; は文字列または行のリストでなければなりません</translation>
    </message>
    <message>
        <source>wire_status for %1 must be 0 or a status from 100 to 999</source>
        <translation>%1 の wire_status は 0 または 100〜999 のステータスでなければなりません</translation>
    </message>
</context>
<context>
    <name>CardSearch</name>
    <message>
        <source>code</source>
        <translation>コード</translation>
    </message>
    <message>
        <source>card id</source>
        <translation>カード ID</translation>
    </message>
    <message>
        <source>phrase</source>
        <translation>フレーズ</translation>
    </message>
    <message>
        <source>former phrase</source>
        <translation>旧フレーズ</translation>
    </message>
    <message>
        <source>keyword</source>
        <translation>キーワード</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>definition</source>
        <translation>定義</translation>
    </message>
    <message>
        <source>card text</source>
        <translation>カードの本文</translation>
    </message>
    <message>
        <source>class</source>
        <translation>クラス</translation>
    </message>
    <message>
        <source>matched: %1 %2</source>
        <translation>一致: %1 %2</translation>
    </message>
    <message>
        <source>matched: %1</source>
        <translation>一致: %1</translation>
    </message>
    <message>
        <source>matched despite a typo</source>
        <translation>タイプミスを許容して一致</translation>
    </message>
    <message>
        <source>%1 (despite a typo)</source>
        <translation>%1 (タイプミスを許容)</translation>
    </message>
</context>
<context>
    <name>CardView</name>
    <message>
        <source>Remove from favourites</source>
        <translation>お気に入りから削除</translation>
    </message>
    <message>
        <source>Add to favourites</source>
        <translation>お気に入りに追加</translation>
    </message>
    <message>
        <source>formerly %1</source>
        <translation>旧名 %1</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>定義</translation>
    </message>
    <message>
        <source>From the RFC</source>
        <translation>RFC の記述</translation>
    </message>
    <message>
        <source>%1, section %2</source>
        <translation>%1、%2 節</translation>
    </message>
    <message>
        <source>Defined in this document; its text is not quoted here.</source>
        <translation>この文書で定義されています。本文はここには引用していません。</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>特性</translation>
    </message>
    <message>
        <source>Heuristically cacheable</source>
        <translation>ヒューリスティックにキャッシュ可能</translation>
    </message>
    <message>
        <source>Yes, by default (RFC 9110, section 15.1)</source>
        <translation>はい、既定で (RFC 9110、15.1 節)</translation>
    </message>
    <message>
        <source>No; only with explicit freshness (Cache-Control, Expires)</source>
        <translation>いいえ。明示的な鮮度 (Cache-Control、Expires) がある場合のみ</translation>
    </message>
    <message>
        <source>Redirect</source>
        <translation>リダイレクト</translation>
    </message>
    <message>
        <source>Try it in the lab ▸</source>
        <translation>ラボで試す ▸</translation>
    </message>
    <message>
        <source>Content allowed</source>
        <translation>コンテンツの可否</translation>
    </message>
    <message>
        <source>No, the response ends after the header section</source>
        <translation>いいえ。レスポンスはヘッダー部で終わります</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>ヘッダー</translation>
    </message>
    <message>
        <source>required</source>
        <translation>必須</translation>
    </message>
    <message>
        <source>typical</source>
        <translation>一般的</translation>
    </message>
    <message>
        <source>Common causes</source>
        <translation>よくある原因</translation>
    </message>
    <message>
        <source>Example response</source>
        <translation>レスポンスの例</translation>
    </message>
    <message>
        <source>Common misinterpretation</source>
        <translation>よくある誤解</translation>
    </message>
    <message>
        <source>When to use it</source>
        <translation>使うべき場面</translation>
    </message>
    <message>
        <source>Confused with</source>
        <translation>混同されやすいコード</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>比較</translation>
    </message>
    <message>
        <source>Card content is in English, the language of the RFCs it quotes.</source>
        <translation>カードの内容は、引用している RFC と同じく英語です。</translation>
    </message>
    <message>
        <source>Try it live</source>
        <translation>ライブで試す</translation>
    </message>
    <message>
        <source>sends the requests that make this code happen to the sandbox, and shows what comes back</source>
        <translation>このコードが返る状況を作るリクエストをサンドボックスに送り、返ってきた内容を表示します</translation>
    </message>
</context>
<context>
    <name>ClientProfile</name>
    <message>
        <source>final response</source>
        <translation>最終レスポンス</translation>
    </message>
    <message>
        <source>redirect without a usable Location</source>
        <translation>使える Location のないリダイレクト</translation>
    </message>
    <message>
        <source>redirect limit reached</source>
        <translation>リダイレクトの上限に達しました</translation>
    </message>
    <message>
        <source>redirect loop detected</source>
        <translation>リダイレクトのループを検出しました</translation>
    </message>
    <message>
        <source>the client refused to follow</source>
        <translation>クライアントが追従を拒否しました</translation>
    </message>
    <message>
        <source>%1 does not follow a %2.</source>
        <translation>%1 は %2 に追従しません。</translation>
    </message>
    <message>
        <source>Not a redirect.</source>
        <translation>リダイレクトではありません。</translation>
    </message>
    <message>
        <source>The %1 has no Location to follow.</source>
        <translation>この %1 には追従先の Location がありません。</translation>
    </message>
    <message>
        <source>%1 stops after %2 redirects.</source>
        <translation>%1 は %2 回のリダイレクトで停止します。</translation>
    </message>
    <message>
        <source>%1 noticed that it keeps requesting %2.</source>
        <translation>%1 は %2 を繰り返し要求していることに気づきました。</translation>
    </message>
    <message>
        <source>Fetch standard (browsers, Node.js fetch)</source>
        <translation>Fetch 標準 (ブラウザー、Node.js の fetch)</translation>
    </message>
    <message>
        <source>Fetch turns this %1 into a GET and drops the body.</source>
        <translation>Fetch はこの %1 を GET に変え、ボディを破棄します。</translation>
    </message>
    <message>
        <source>Fetch keeps the method and the body.</source>
        <translation>Fetch はメソッドとボディを維持します。</translation>
    </message>
    <message>
        <source>curl -L</source>
        <translation>curl -L</translation>
    </message>
    <message>
        <source>curl repeats the %1.</source>
        <translation>curl は %1 を繰り返します。</translation>
    </message>
    <message>
        <source>curl -d switches to GET on 301, 302 and 303 and drops the data.</source>
        <translation>curl -d は 301、302、303 で GET に切り替え、データを破棄します。</translation>
    </message>
    <message>
        <source>curl -d re-sends the POST with its data.</source>
        <translation>curl -d は POST をデータ付きで再送します。</translation>
    </message>
    <message>
        <source>curl -T switches to GET on 303.</source>
        <translation>curl -T は 303 で GET に切り替えます。</translation>
    </message>
    <message>
        <source>curl -T re-sends the upload.</source>
        <translation>curl -T はアップロードを再送します。</translation>
    </message>
    <message>
        <source>curl -X keeps the method but drops the data on 301, 302 and 303.</source>
        <translation>curl -X はメソッドを維持しますが、301、302、303 ではデータを破棄します。</translation>
    </message>
    <message>
        <source>curl -X keeps the method.</source>
        <translation>curl -X はメソッドを維持します。</translation>
    </message>
    <message>
        <source>Python requests</source>
        <translation>Python requests</translation>
    </message>
    <message>
        <source>requests turns every method but HEAD into a GET on 302 and 303.</source>
        <translation>requests は 302 と 303 で HEAD 以外のすべてのメソッドを GET に変えます。</translation>
    </message>
    <message>
        <source>requests turns a POST into a GET on 301.</source>
        <translation>requests は 301 で POST を GET に変えます。</translation>
    </message>
    <message>
        <source>requests keeps the method but drops the body on 301, 302 and 303.</source>
        <translation>requests はメソッドを維持しますが、301、302、303 ではボディを破棄します。</translation>
    </message>
    <message>
        <source>requests keeps the method and the body on 307 and 308.</source>
        <translation>requests は 307 と 308 でメソッドとボディを維持します。</translation>
    </message>
    <message>
        <source>Python urllib</source>
        <translation>Python urllib</translation>
    </message>
    <message>
        <source>urllib follows with a new GET request.</source>
        <translation>urllib は新しい GET リクエストで追従します。</translation>
    </message>
    <message>
        <source>urllib turns a POST into a GET on 301, 302 and 303.</source>
        <translation>urllib は 301、302、303 で POST を GET に変えます。</translation>
    </message>
    <message>
        <source>urllib raises HTTPError: it does not redirect a %1 on %2.</source>
        <translation>urllib は HTTPError を送出します: %2 では %1 をリダイレクトしません。</translation>
    </message>
    <message>
        <source>Go net/http</source>
        <translation>Go net/http</translation>
    </message>
    <message>
        <source>Go repeats the %1.</source>
        <translation>Go は %1 を繰り返します。</translation>
    </message>
    <message>
        <source>Go turns every other method into a GET on 301, 302 and 303.</source>
        <translation>Go は 301、302、303 でその他のメソッドをすべて GET に変えます。</translation>
    </message>
    <message>
        <source>Go re-sends the method and the body on 307 and 308.</source>
        <translation>Go は 307 と 308 でメソッドとボディを再送します。</translation>
    </message>
    <message>
        <source>Postman (defaults)</source>
        <translation>Postman (既定の設定)</translation>
    </message>
    <message>
        <source>Postman follows 301, 302 and 303 with a GET unless &quot;Follow original HTTP method&quot; is on.</source>
        <translation>Postman は &quot;Follow original HTTP method&quot; がオンでない限り、301、302、303 に GET で追従します。</translation>
    </message>
    <message>
        <source>Postman keeps the method and the body.</source>
        <translation>Postman はメソッドとボディを維持します。</translation>
    </message>
    <message>
        <source>RFC 9110, strict reading</source>
        <translation>RFC 9110 の厳密な解釈</translation>
    </message>
    <message>
        <source>RFC 9110 section 15.4.4: the follow-up to a 303 is a retrieval, a GET.</source>
        <translation>RFC 9110 15.4.4 節: 303 の後続リクエストは取得、つまり GET です。</translation>
    </message>
    <message>
        <source>RFC 9110 allows, but does not require, POST to become GET on %1; the strict reading keeps it.</source>
        <translation>RFC 9110 は %1 で POST が GET に変わることを許しますが、求めてはいません。厳密な解釈では維持します。</translation>
    </message>
    <message>
        <source>RFC 9110: the method is kept.</source>
        <translation>RFC 9110: メソッドは維持されます。</translation>
    </message>
    <message>
        <source>GNU Wget</source>
        <translation>GNU Wget</translation>
    </message>
    <message>
        <source>wget turns this %1 into a GET and drops the body.</source>
        <translation>wget はこの %1 を GET に変え、ボディを破棄します。</translation>
    </message>
    <message>
        <source>wget keeps the method and the body.</source>
        <translation>wget はメソッドとボディを維持します。</translation>
    </message>
    <message>
        <source>Qt QNetworkAccessManager</source>
        <translation>Qt QNetworkAccessManager</translation>
    </message>
    <message>
        <source>Qt turns the request into a GET on 301, 302 and 303.</source>
        <translation>Qt は 301、302、303 でリクエストを GET に変えます。</translation>
    </message>
    <message>
        <source>Qt keeps the method and the body.</source>
        <translation>Qt はメソッドとボディを維持します。</translation>
    </message>
    <message>
        <source>Go net/http, body from a stream (no GetBody)</source>
        <translation>Go net/http、ストリームからのボディ (GetBody なし)</translation>
    </message>
    <message>
        <source>Go cannot send this body again (GetBody is nil), so it returns the %1 to the caller without following it.</source>
        <translation>Go はこのボディを再送できない (GetBody が nil) ため、%1 を追跡せずに呼び出し元へ返します。</translation>
    </message>
    <message>
        <source>Python httpx</source>
        <translation>Python httpx</translation>
    </message>
    <message>
        <source>httpx turns every method but HEAD into a GET on 302 and 303, and drops the body.</source>
        <translation>httpx は 302 と 303 で HEAD 以外のすべてのメソッドを GET に変え、ボディを破棄します。</translation>
    </message>
    <message>
        <source>httpx turns a POST into a GET on 301 and drops the body.</source>
        <translation>httpx は 301 で POST を GET に変え、ボディを破棄します。</translation>
    </message>
    <message>
        <source>httpx keeps the %1 and sends the body again: only a change to GET drops it.</source>
        <translation>httpx は %1 を維持してボディを再送します。ボディが破棄されるのは GET に変わる場合だけです。</translation>
    </message>
    <message>
        <source>Python aiohttp</source>
        <translation>Python aiohttp</translation>
    </message>
    <message>
        <source>aiohttp turns this %1 into a GET and drops the data (a 303 for every method but HEAD, a 301 or 302 for POST).</source>
        <translation>aiohttp はこの %1 を GET に変え、データを破棄します (303 では HEAD 以外のすべてのメソッド、301 と 302 では POST)。</translation>
    </message>
    <message>
        <source>aiohttp keeps the %1 and its data.</source>
        <translation>aiohttp は %1 とそのデータを維持します。</translation>
    </message>
    <message>
        <source>HTTPie (http --follow)</source>
        <translation>HTTPie (http --follow)</translation>
    </message>
    <message>
        <source>HTTPie (through requests) turns every method but HEAD into a GET on 302 and 303.</source>
        <translation>HTTPie (requests 経由) は 302 と 303 で HEAD 以外のすべてのメソッドを GET に変えます。</translation>
    </message>
    <message>
        <source>HTTPie (through requests) turns a POST into a GET on 301.</source>
        <translation>HTTPie (requests 経由) は 301 で POST を GET に変えます。</translation>
    </message>
    <message>
        <source>HTTPie (through requests) keeps the %1 but drops the body on 301, 302 and 303.</source>
        <translation>HTTPie (requests 経由) は %1 を維持しますが、301、302、303 ではボディを破棄します。</translation>
    </message>
    <message>
        <source>HTTPie (through requests) keeps the method and the body on 307 and 308.</source>
        <translation>HTTPie (requests 経由) は 307 と 308 でメソッドとボディを維持します。</translation>
    </message>
    <message>
        <source>The browser turns the POST into a GET on %1 and drops the body.</source>
        <translation>ブラウザーは %1 で POST を GET に変え、ボディを破棄します。</translation>
    </message>
    <message>
        <source>The browser follows a 303 with a GET, without the body.</source>
        <translation>ブラウザーは 303 を GET で追跡し、ボディは送りません。</translation>
    </message>
    <message>
        <source>The browser keeps the %1 on %2.</source>
        <translation>ブラウザーは %2 で %1 を維持します。</translation>
    </message>
    <message>
        <source>The browser keeps the %1 and its body on %2.</source>
        <translation>ブラウザーは %2 で %1 とそのボディを維持します。</translation>
    </message>
    <message>
        <source>HTML form submission (browsers)</source>
        <translation>HTML フォーム送信 (ブラウザー)</translation>
    </message>
    <message>
        <source>An HTML form sends only GET or POST; a %1 is not possible with a form.</source>
        <translation>HTML フォームが送れるのは GET か POST だけです。フォームで %1 は送れません。</translation>
    </message>
    <message>
        <source>Top-level navigation (browsers)</source>
        <translation>トップレベルナビゲーション (ブラウザー)</translation>
    </message>
    <message>
        <source>A navigation is a GET; a %1 is not possible with a navigation.</source>
        <translation>ナビゲーションは GET です。ナビゲーションで %1 は送れません。</translation>
    </message>
    <message>
        <source>scheme %1 ≠ %2</source>
        <translation>スキーム %1 ≠ %2</translation>
    </message>
    <message>
        <source>host %1 ≠ %2</source>
        <translation>ホスト %1 ≠ %2</translation>
    </message>
    <message>
        <source>port %1 ≠ %2</source>
        <translation>ポート %1 ≠ %2</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>statusdeck: skipped a broken card: %1</source>
        <translation>statusdeck: 壊れたカードをスキップしました: %1</translation>
    </message>
    <message>
        <source>statusdeck: skipped a broken snippet template: %1</source>
        <translation>statusdeck: 壊れたスニペットテンプレートをスキップしました: %1</translation>
    </message>
    <message>
        <source>statusdeck: no card for status code %1. Nearest known codes: %2.</source>
        <translation>statusdeck: ステータスコード %1 のカードはありません。近い既知のコード: %2。</translation>
    </message>
    <message>
        <source>statusdeck: &apos;%1&apos; is not a status code; give a number such as 404, or a card id such as 499-nginx.</source>
        <translation>statusdeck: &apos;%1&apos; はステータスコードではありません。404 のような数値か、499-nginx のようなカード ID を指定してください。</translation>
    </message>
    <message>
        <source>Use the interface language CODE (for example de).</source>
        <translation>インターフェースの言語を CODE にします (例: ja)。</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>このヘルプを表示します。</translation>
    </message>
    <message>
        <source>Usage:</source>
        <translation>使い方:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>オプション:</translation>
    </message>
    <message>
        <source>Run &apos;statusdeck --help&apos; for the other commands.</source>
        <translation>ほかのコマンドは &apos;statusdeck --help&apos; で確認できます。</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>コマンド:</translation>
    </message>
    <message>
        <source>Run &apos;statusdeck help COMMAND&apos; for the options of a command.</source>
        <translation>コマンドのオプションは &apos;statusdeck help COMMAND&apos; で確認できます。</translation>
    </message>
    <message>
        <source>Run &apos;statusdeck %1 --help&apos; for its options.</source>
        <translation>オプションは &apos;statusdeck %1 --help&apos; で確認できます。</translation>
    </message>
    <message>
        <source>Run &apos;statusdeck --help&apos; for the commands and options.</source>
        <translation>コマンドとオプションは &apos;statusdeck --help&apos; で確認できます。</translation>
    </message>
    <message>
        <source>statusdeck: this needs the window.</source>
        <translation>statusdeck: これにはウィンドウが必要です。</translation>
    </message>
    <message>
        <source>print every card</source>
        <translation>すべてのカードを出力する</translation>
    </message>
    <message>
        <source>Export format: json or markdown.</source>
        <translation>エクスポート形式: json または markdown。</translation>
    </message>
    <message>
        <source>statusdeck: export takes no arguments besides --format.</source>
        <translation>statusdeck: export は --format 以外の引数を取りません。</translation>
    </message>
    <message>
        <source>statusdeck: unknown export format &apos;%1&apos;; use json or markdown.</source>
        <translation>statusdeck: 不明なエクスポート形式 &apos;%1&apos; です。json か markdown を使ってください。</translation>
    </message>
    <message>
        <source>statusdeck: %1 needs the window.</source>
        <translation>statusdeck: %1 にはウィンドウが必要です。</translation>
    </message>
    <message>
        <source>Open the card CODE.</source>
        <translation>カード CODE を開きます。</translation>
    </message>
    <message>
        <source>Use the light or dark palette instead of the system&apos;s.</source>
        <translation>システムのパレットの代わりにライトまたはダークのパレットを使います。</translation>
    </message>
    <message>
        <source>Show the page reference, sandbox or lab.</source>
        <translation>ページ reference、sandbox、lab のいずれかを表示します。</translation>
    </message>
    <message>
        <source>--theme takes light or dark, not &apos;%1&apos;.</source>
        <translation>--theme には light か dark を指定します。&apos;%1&apos; は使えません。</translation>
    </message>
    <message>
        <source>--page takes reference, sandbox or lab, not &apos;%1&apos;.</source>
        <translation>--page には reference、sandbox、lab のいずれかを指定します。&apos;%1&apos; は使えません。</translation>
    </message>
    <message>
        <source>the options of COMMAND, or this help</source>
        <translation>COMMAND のオプション、またはこのヘルプ</translation>
    </message>
    <message>
        <source>statusdeck: help takes one command at most.</source>
        <translation>statusdeck: help に指定できるコマンドは 1 つまでです。</translation>
    </message>
    <message>
        <source>statusdeck: unknown command &apos;%1&apos;.</source>
        <translation>statusdeck: 不明なコマンド &apos;%1&apos; です。</translation>
    </message>
    <message>
        <source>write error</source>
        <translation>書き込みエラー</translation>
    </message>
    <message>
        <source>statusdeck: could not write the output: %1</source>
        <translation>statusdeck: 出力を書き込めませんでした: %1</translation>
    </message>
    <message>
        <source>one line per card: code, phrase, registry status</source>
        <translation>カードごとに 1 行: コード、フレーズ、レジストリの状態</translation>
    </message>
    <message>
        <source>Print only the card ids, one a line (for scripts and shell completion).</source>
        <translation>カード ID だけを 1 行に 1 つずつ出力します (スクリプトやシェル補完用)。</translation>
    </message>
    <message>
        <source>statusdeck: list takes no arguments.</source>
        <translation>statusdeck: list は引数を取りません。</translation>
    </message>
    <message>
        <source>redirect lab: run a client through every method and redirect code and print what the server saw</source>
        <translation>リダイレクトラボ: クライアントにすべてのメソッドとリダイレクトコードを試させ、サーバーが受け取った内容を出力する</translation>
    </message>
    <message>
        <source>Run the installed program instead of its emulated profile.</source>
        <translation>エミュレートしたプロファイルの代わりに、インストール済みのプログラムを実行します。</translation>
    </message>
    <message>
        <source>Output format: text (a table) or json.</source>
        <translation>出力形式: text (表) または json。</translation>
    </message>
    <message>
        <source>statusdeck: matrix --format takes text or json, not &apos;%1&apos;.</source>
        <translation>statusdeck: matrix --format には text か json を指定します。&apos;%1&apos; は使えません。</translation>
    </message>
    <message>
        <source>statusdeck: matrix needs --client NAME, for example: statusdeck matrix --client fetch</source>
        <translation>statusdeck: matrix には --client NAME が必要です。例: statusdeck matrix --client fetch</translation>
    </message>
    <message>
        <source>statusdeck: cannot start the sandbox: %1.</source>
        <translation>statusdeck: サンドボックスを起動できません: %1。</translation>
    </message>
    <message>
        <source>render the window to a PNG and exit</source>
        <translation>ウィンドウを PNG に描画して終了する</translation>
    </message>
    <message>
        <source>Renders the window at 1280x800 to a PNG and exits; works with QT_QPA_PLATFORM=offscreen. The card is 301 unless --card says otherwise. For the sandbox and lab pages it first runs the Fetch matrix on a sandbox on a free port, so the picture shows traffic.</source>
        <translation>ウィンドウを 1280x800 で PNG に描画して終了します。QT_QPA_PLATFORM=offscreen でも動作します。--card の指定がなければカードは 301 です。sandbox と lab のページでは、画像に通信が写るよう、空いているポートのサンドボックスで先に Fetch のマトリクスを実行します。</translation>
    </message>
    <message>
        <source>screenshot needs exactly one output file, for example: statusdeck screenshot --card 301 window.png</source>
        <translation>screenshot には出力ファイルをちょうど 1 つ指定してください。例: statusdeck screenshot --card 301 window.png</translation>
    </message>
    <message>
        <source>find the right card: cards ranked by how well they match</source>
        <translation>適切なカードを探す: 一致度の高い順にカードを並べる</translation>
    </message>
    <message>
        <source>Ranks the cards as the window&apos;s search does: a code or card id first, then the phrase, former phrases and keywords, then the summary and definition, then the rest of the text; ties go to the more common code. Words may come in any order, in any case, with simple plurals and, in words of five letters or more, one typo. The JSON is an array in rank order with id, code, phrase, score, matched (the field that decided the rank), matched_text (the keyword or former phrase) and typo. Exit status: 0 with results, 1 with none, 2 on bad usage.</source>
        <translation>ウィンドウの検索と同じ順位でカードを並べます。まずコードまたはカード ID、次にフレーズ、旧フレーズ、キーワード、次に概要と定義、最後に残りの本文の順で、同順位ならよく使われるコードが先になります。単語の順序や大文字小文字は問わず、単純な複数形も一致し、5 文字以上の単語ではタイプミスを 1 つまで許容します。JSON は順位順の配列で、id、code、phrase、score、matched (順位を決めたフィールド)、matched_text (キーワードまたは旧フレーズ)、typo を含みます。終了ステータス: 結果あり 0、なし 1、使い方の誤り 2。</translation>
    </message>
    <message>
        <source>Print at most N results (default 10, 0: all).</source>
        <translation>最大 N 件の結果を出力します (既定は 10、0 ですべて)。</translation>
    </message>
    <message>
        <source>Output format: text or json.</source>
        <translation>出力形式: text または json。</translation>
    </message>
    <message>
        <source>statusdeck: search needs a query, e.g. &apos;rate limit&apos;.</source>
        <translation>statusdeck: search には検索語が必要です。例: &apos;rate limit&apos;。</translation>
    </message>
    <message>
        <source>statusdeck: --limit takes a number from 0 up, not &apos;%1&apos;.</source>
        <translation>statusdeck: --limit には 0 以上の数値を指定します。&apos;%1&apos; は使えません。</translation>
    </message>
    <message>
        <source>statusdeck: unknown search format &apos;%1&apos;; use text or json.</source>
        <translation>statusdeck: 不明な検索出力形式 &apos;%1&apos; です。text か json を使ってください。</translation>
    </message>
    <message>
        <source>statusdeck: no card matches &apos;%1&apos;. Try a class: 1xx, 2xx, 3xx, 4xx or 5xx.</source>
        <translation>statusdeck: &apos;%1&apos; に一致するカードはありません。クラスを試してください: 1xx、2xx、3xx、4xx、5xx。</translation>
    </message>
    <message>
        <source>run the sandbox HTTP server (default port 8088, on 127.0.0.1 only) until Ctrl+C; logs one line per exchange</source>
        <translation>サンドボックスの HTTP サーバーを Ctrl+C まで実行する (既定のポートは 8088、127.0.0.1 のみ)。やり取りごとに 1 行のログを出力</translation>
    </message>
    <message>
        <source>Runs the sandbox HTTP server without a window until Ctrl+C or SIGTERM. It prints its URL, a second origin on a free port for cross-origin redirects, then one line per exchange: time, client, method, target, status, bytes.</source>
        <translation>ウィンドウなしでサンドボックスの HTTP サーバーを Ctrl+C または SIGTERM まで実行します。URL、クロスオリジンのリダイレクト用に空きポートで開く第 2 オリジンを表示し、その後やり取りごとに 1 行 (時刻、クライアント、メソッド、ターゲット、ステータス、バイト数) を出力します。</translation>
    </message>
    <message>
        <source>Listen on port N (default 8088, 0 for any free one).</source>
        <translation>ポート N で待ち受けます (既定は 8088、0 で任意の空きポート)。</translation>
    </message>
    <message>
        <source>Listen on ADDR (default 127.0.0.1; another address needs --allow-remote).</source>
        <translation>ADDR で待ち受けます (既定は 127.0.0.1。ほかのアドレスには --allow-remote が必要です)。</translation>
    </message>
    <message>
        <source>Write every exchange to FILE as HAR 1.2 when the server stops (atomically: the old file stays if writing fails).</source>
        <translation>サーバーの停止時に、すべてのやり取りを HAR 1.2 として FILE に書き込みます (アトミックに書き込むため、失敗しても元のファイルは残ります)。</translation>
    </message>
    <message>
        <source>With --har, also write FILE every SECONDS while running.</source>
        <translation>--har 指定時、実行中も SECONDS 秒ごとに FILE を書き込みます。</translation>
    </message>
    <message>
        <source>Allow a --bind address other than loopback: anyone who can reach it can use the sandbox.</source>
        <translation>ループバック以外の --bind アドレスを許可します。そこに到達できる人は誰でもサンドボックスを使えます。</translation>
    </message>
    <message>
        <source>statusdeck: serve takes no arguments besides --port and --bind.</source>
        <translation>statusdeck: serve は --port と --bind 以外の引数を取りません。</translation>
    </message>
    <message>
        <source>statusdeck: --port takes 0 to 65535, not &apos;%1&apos;.</source>
        <translation>statusdeck: --port には 0 から 65535 を指定します。&apos;%1&apos; は使えません。</translation>
    </message>
    <message>
        <source>statusdeck: --bind takes an IP address such as 127.0.0.1, not &apos;%1&apos;.</source>
        <translation>statusdeck: --bind には 127.0.0.1 のような IP アドレスを指定します。&apos;%1&apos; は使えません。</translation>
    </message>
    <message>
        <source>statusdeck: --bind %1 is not a loopback address: anyone who can reach it could use the sandbox. Add --allow-remote if that is meant.</source>
        <translation>statusdeck: --bind %1 はループバックアドレスではありません。そこに到達できる人は誰でもサンドボックスを使えてしまいます。意図どおりなら --allow-remote を追加してください。</translation>
    </message>
    <message>
        <source>statusdeck: WARNING: listening on %1, not only on loopback: anyone who can reach this address can use the sandbox.</source>
        <translation>statusdeck: 警告: ループバックだけでなく %1 で待ち受けています。このアドレスに到達できる人は誰でもサンドボックスを使えます。</translation>
    </message>
    <message>
        <source>statusdeck: --har-every takes a number of seconds from 1 up, with --har FILE.</source>
        <translation>statusdeck: --har-every には 1 以上の秒数を --har FILE とともに指定します。</translation>
    </message>
    <message>
        <source>statusdeck: could not write the HAR file %1: %2</source>
        <translation>statusdeck: HAR ファイル %1 を書き込めませんでした: %2</translation>
    </message>
    <message>
        <source>StatusDeck sandbox listening on %1</source>
        <translation>StatusDeck サンドボックスが %1 で待ち受けています</translation>
    </message>
    <message>
        <source>Second origin (for cross-origin redirects): %1</source>
        <translation>第 2 オリジン (クロスオリジンのリダイレクト用): %1</translation>
    </message>
    <message>
        <source>statusdeck: stopping the sandbox.</source>
        <translation>statusdeck: サンドボックスを停止しています。</translation>
    </message>
    <message>
        <source>statusdeck: this machine&apos;s addresses: %1</source>
        <translation>statusdeck: このマシンのアドレス: %1</translation>
    </message>
    <message>
        <source>statusdeck: the HAR file holds the newest %1 of %2 exchanges.</source>
        <translation>statusdeck: HAR ファイルには %2 件のうち最新の %1 件のやり取りが入っています。</translation>
    </message>
    <message>
        <source>statusdeck: wrote %1 exchanges to %2.</source>
        <translation>statusdeck: %1 件のやり取りを %2 に書き込みました。</translation>
    </message>
    <message>
        <source>print a card (CODE is 404 or a card id like 499-nginx)</source>
        <translation>カードを出力する (CODE は 404 または 499-nginx のようなカード ID)</translation>
    </message>
    <message>
        <source>Prints the card for CODE as readable text: a status code such as 404, or a card id such as 499-nginx. An unknown code names the nearest known ones.</source>
        <translation>CODE のカードを読みやすいテキストで出力します。CODE は 404 のようなステータスコードか、499-nginx のようなカード ID です。不明なコードの場合は近い既知のコードを示します。</translation>
    </message>
    <message>
        <source>Print only the snippet for FRAMEWORK (express, flask, go, nginx, curl, ...).</source>
        <translation>FRAMEWORK のスニペットだけを出力します (express、flask、go、nginx、curl など)。</translation>
    </message>
    <message>
        <source>statusdeck: show needs one status code, for example: statusdeck show 404</source>
        <translation>statusdeck: show にはステータスコードを 1 つ指定してください。例: statusdeck show 404</translation>
    </message>
    <message>
        <source>statusdeck: no snippet framework &apos;%1&apos;. Known: %2.</source>
        <translation>statusdeck: スニペットのフレームワーク &apos;%1&apos; はありません。既知のもの: %2。</translation>
    </message>
    <message>
        <source>
Also %1 (%2): statusdeck show %3</source>
        <translation>
ほかに %1 (%2): statusdeck show %3</translation>
    </message>
    <message>
        <source>make a card&apos;s code happen live at a sandbox and show the exchanges</source>
        <translation>カードのコードをサンドボックスで実際に発生させ、やり取りを表示する</translation>
    </message>
    <message>
        <source>statusdeck: try needs one status code, for example: statusdeck try 304 (--format text or json)</source>
        <translation>statusdeck: try にはステータスコードを 1 つ指定してください。例: statusdeck try 304 (--format text または json)</translation>
    </message>
    <message>
        <source>%1 %2, live against a sandbox at %3</source>
        <translation>%1 %2、%3 のサンドボックスで実行</translation>
    </message>
    <message>
        <source>request %1 of %2</source>
        <translation>リクエスト %1/%2</translation>
    </message>
    <message>
        <source>no response</source>
        <translation>レスポンスなし</translation>
    </message>
    <message>
        <source>as the card says</source>
        <translation>カードの記述どおり</translation>
    </message>
    <message>
        <source>NOT as the card says: %1</source>
        <translation>カードの記述と異なります: %1</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>バージョンを表示します。</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;.</source>
        <translation>不明なコマンド &apos;%1&apos; です。</translation>
    </message>
    <message>
        <source>give one card, not both %1 and --card %2.</source>
        <translation>カードは 1 つだけ指定してください。%1 と --card %2 の両方は指定できません。</translation>
    </message>
    <message>
        <source>Open a window of its own instead of using the running one (it does not save settings and starts its sandbox on a free port).</source>
        <translation>実行中のウィンドウを使わず、専用のウィンドウを開きます (設定は保存せず、空いているポートでサンドボックスを起動します)。</translation>
    </message>
    <message>
        <source>no such file: %1</source>
        <translation>ファイルがありません: %1</translation>
    </message>
    <message>
        <source>%1 is a folder, not a HAR file.</source>
        <translation>%1 はフォルダーで、HAR ファイルではありません。</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>%1 を読み込めません。</translation>
    </message>
    <message>
        <source>Starts a sandbox on free ports and runs a client through GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS x 301, 302, 303, 307, 308, live, and prints what the server saw. A real browser (--client chromium, chrome or firefox with --real) runs headless with a throw-away profile and makes its requests with fetch(), an HTML form or a navigation (--mode). Exit status 1 when it could not run (a real program or browser that is not installed, a Python module that cannot be imported, a Go client that does not build). The real go and go-stream are a small Go program built once with the installed go into the cache folder; go-stream sends the body from a stream Go cannot read again. With --cross-origin it runs the cross-origin matrix instead: a GET with Authorization, Cookie and X-StatusDeck-Probe through each code to the same origin, another port and another host, and shows which headers arrived. Each cell names the rule behind it ([n], listed below the table).</source>
        <translation>空いているポートでサンドボックスを起動し、クライアントに GET、HEAD、POST、PUT、PATCH、DELETE、OPTIONS x 301、302、303、307、308 をライブで実行させ、サーバーが受け取った内容を出力します。実際のブラウザー (--real 付きの --client chromium、chrome、firefox) は使い捨てのプロファイルでヘッドレス実行され、fetch()、HTML フォーム、またはナビゲーション (--mode) でリクエストを送ります。実行できなかった場合 (実際のプログラムやブラウザーが未インストール、Python モジュールをインポートできない、Go クライアントがビルドできない) は終了ステータス 1 になります。実際の go と go-stream は、インストール済みの go で一度だけキャッシュフォルダーにビルドされる小さな Go プログラムです。go-stream は、Go が再読み込みできないストリームからボディを送ります。--cross-origin を付けると代わりにクロスオリジンマトリクスを実行します: Authorization、Cookie、X-StatusDeck-Probe 付きの GET を各コード経由で同一オリジン、別ポート、別ホストへ送り、どのヘッダーが届いたかを表示します。各セルには根拠となるルールが示されます ([n]、表の下に一覧)。</translation>
    </message>
    <message>
        <source>The client: fetch, curl, requests, urllib, go, postman, rfc, wget, httpx, aiohttp, httpie, go-stream, form, navigate (emulated), qt (Qt itself); with --real: curl, python3, node, wget, requests, httpx, aiohttp, httpie, go, go-stream, chromium, chrome, firefox.</source>
        <translation>クライアント: fetch、curl、requests、urllib、go、postman、rfc、wget、httpx、aiohttp、httpie、go-stream、form、navigate (エミュレート)、qt (Qt 自体)。--real 付きの場合: curl、python3、node、wget、requests、httpx、aiohttp、httpie、go、go-stream、chromium、chrome、firefox。</translation>
    </message>
    <message>
        <source>With a real browser: how it makes the requests, fetch() (every method, the default), form (GET and POST) or navigate (GET).</source>
        <translation>実際のブラウザーでのリクエストの送り方: fetch() (すべてのメソッド、既定)、form (GET と POST)、navigate (GET)。</translation>
    </message>
    <message>
        <source>Run the cross-origin matrix: Authorization, Cookie and a custom header to the same origin, another port and another host.</source>
        <translation>クロスオリジンマトリクスを実行します: Authorization、Cookie、カスタムヘッダーを同一オリジン、別ポート、別ホストへ送ります。</translation>
    </message>
    <message>
        <source>statusdeck: matrix takes no arguments besides --client, --real, --mode, --cross-origin and --format.</source>
        <translation>statusdeck: matrix は --client、--real、--mode、--cross-origin、--format 以外の引数を取りません。</translation>
    </message>
    <message>
        <source>statusdeck: matrix --mode takes fetch, form or navigate, not &apos;%1&apos;.</source>
        <translation>statusdeck: matrix --mode に指定できるのは fetch、form、navigate です (&apos;%1&apos; は不可)。</translation>
    </message>
    <message>
        <source>statusdeck: matrix --mode needs a real browser: --client chromium, chrome or firefox with --real.</source>
        <translation>statusdeck: matrix --mode には実際のブラウザーが必要です: --real 付きの --client chromium、chrome、firefox。</translation>
    </message>
    <message>
        <source>statusdeck: --client %1 and --mode %2 name different modes.</source>
        <translation>statusdeck: --client %1 と --mode %2 は異なるモードを指定しています。</translation>
    </message>
    <message>
        <source>open a HAR file in the window&apos;s exchange log</source>
        <translation>HAR ファイルをウィンドウのやり取りログで開く</translation>
    </message>
    <message>
        <source>Opens FILE.har (from &apos;statusdeck serve --har&apos;, browser devtools or a proxy) in the exchange log of the Sandbox page, read-only and marked as imported, beside the live exchanges. When a StatusDeck window is open already, the file opens there and that window comes to the front; the command then ends at once, with status 1 when the file could not be read as HAR.</source>
        <translation>FILE.har (&apos;statusdeck serve --har&apos;、ブラウザーの開発者ツール、またはプロキシで作成) を、サンドボックスページのやり取りログに、読み取り専用かつインポート済みとしてライブのやり取りと並べて開きます。StatusDeck ウィンドウがすでに開いている場合はそこでファイルを開き、そのウィンドウを前面に表示します。コマンドはすぐに終了し、ファイルを HAR として読み込めなかった場合はステータス 1 になります。</translation>
    </message>
    <message>
        <source>open needs exactly one HAR file, for example: statusdeck open run.har</source>
        <translation>open には HAR ファイルを 1 つだけ指定してください。例: statusdeck open run.har</translation>
    </message>
    <message>
        <source>Picture a part of the reference instead: guide (the Which Code dialog, answered to a result), compare (the card beside its first confused-with card) or favourites (a few cards starred).</source>
        <translation>代わりにリファレンスの一部を画像にします: guide (結果まで回答した「どのコード?」ダイアログ)、compare (カードと、その最初の混同しやすいカードを並べたもの)、favourites (いくつかのカードにスター付き)。</translation>
    </message>
    <message>
        <source>--show takes guide, compare or favourites, not &apos;%1&apos;.</source>
        <translation>--show に指定できるのは guide、compare、favourites です (&apos;%1&apos; は不可)。</translation>
    </message>
    <message>
        <source>HTTP status code reference and redirect lab. With no command, opens the window (on the card CODE, or with FILE.har in the exchange log, if given); when it is open already, brings it to the front and opens the card or file there.</source>
        <translation>HTTP ステータスコードのリファレンスとリダイレクトラボ。コマンドなしの場合はウィンドウを開きます (指定があればカード CODE を表示、または FILE.har をやり取りログで開きます)。すでに開いている場合はそのウィンドウを前面に表示し、そこでカードまたはファイルを開きます。</translation>
    </message>
    <message numerus="yes">
        <source>statusdeck: %n exchange(s) got no line (and are not in the HAR): the log dropped them before they could be printed.</source>
        <translation>
            <numerusform>statusdeck: %n 件のやり取りが表示されませんでした（HAR にも含まれません）。表示される前にログから破棄されました。</numerusform>
        </translation>
    </message>
    <message>
        <source>statusdeck: cannot open a window: there is no display (DISPLAY and WAYLAND_DISPLAY are not set). The commands work without one: see statusdeck --help.</source>
        <translation>statusdeck: ウィンドウを開けません: ディスプレイがありません (DISPLAY と WAYLAND_DISPLAY が設定されていません)。コマンドはディスプレイなしで動作します: statusdeck --help を参照してください。</translation>
    </message>
</context>
<context>
    <name>GuiMain</name>
    <message>
        <source>Skipped a broken card: %1</source>
        <translation>壊れたカードをスキップしました: %1</translation>
    </message>
    <message>
        <source>Skipped a broken snippet template: %1</source>
        <translation>壊れたスニペットテンプレートをスキップしました: %1</translation>
    </message>
    <message>
        <source>The settings file %1 could not be read; defaults are used and it will be rewritten.</source>
        <translation>設定ファイル %1 を読み込めませんでした。既定値を使い、ファイルは書き直されます。</translation>
    </message>
    <message>
        <source>statusdeck: no card &apos;%1&apos;.</source>
        <translation>statusdeck: カード &apos;%1&apos; はありません。</translation>
    </message>
    <message>
        <source>statusdeck: could not write %1: %2</source>
        <translation>statusdeck: %1 を書き込めませんでした: %2</translation>
    </message>
    <message>
        <source>statusdeck: a StatusDeck window is running but did not take the request (%1). Close it, or start another with --new-window.</source>
        <translation>statusdeck: StatusDeck ウィンドウが実行中ですが、要求を受け付けませんでした (%1)。そのウィンドウを閉じるか、--new-window で別のウィンドウを起動してください。</translation>
    </message>
</context>
<context>
    <name>Guide</name>
    <message>
        <source>not valid JSON (%1 at offset %2)</source>
        <translation>不正な JSON です (オフセット %2 で %1)</translation>
    </message>
    <message>
        <source>must name the first question</source>
        <translation>最初の質問を指定してください</translation>
    </message>
    <message>
        <source>every question needs an id and a text</source>
        <translation>各質問には id と text が必要です</translation>
    </message>
    <message>
        <source>every answer needs a text and exactly one of next or result</source>
        <translation>各回答には text と、next または result のどちらか一方が必要です</translation>
    </message>
    <message>
        <source>a question needs at least 2 answers</source>
        <translation>質問には少なくとも 2 つの回答が必要です</translation>
    </message>
    <message>
        <source>every result needs an id, a card, why and a rule</source>
        <translation>各結果には id、card、why、rule が必要です</translation>
    </message>
</context>
<context>
    <name>HarImport</name>
    <message>
        <source>request body not in the HAR</source>
        <translation>リクエストボディが HAR にありません</translation>
    </message>
    <message>
        <source>request body rebuilt from postData.params</source>
        <translation>リクエストボディを postData.params から再構築しました</translation>
    </message>
    <message>
        <source>no response in the HAR (status 0)</source>
        <translation>HAR にレスポンスがありません (ステータス 0)</translation>
    </message>
    <message>
        <source>no response: %1</source>
        <translation>レスポンスなし: %1</translation>
    </message>
    <message>
        <source>response body not in the HAR (%1 bytes)</source>
        <translation>レスポンスボディが HAR にありません (%1 バイト)</translation>
    </message>
    <message>
        <source>no request</source>
        <translation>リクエストなし</translation>
    </message>
    <message>
        <source>no request.method</source>
        <translation>request.method なし</translation>
    </message>
    <message>
        <source>no request.url</source>
        <translation>request.url なし</translation>
    </message>
    <message>
        <source>no response in the HAR</source>
        <translation>HAR にレスポンスがありません</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2 at byte %3</source>
        <translation>%1 は有効な JSON ではありません: %2 (バイト %3)</translation>
    </message>
    <message>
        <source>%1 is not a HAR file: it has no &quot;log&quot; object</source>
        <translation>%1 は HAR ファイルではありません: &quot;log&quot; オブジェクトがありません</translation>
    </message>
    <message>
        <source>%1 is HAR version %2; StatusDeck reads versions 1.1 and 1.2</source>
        <translation>%1 は HAR バージョン %2 です。StatusDeck が読み込めるのはバージョン 1.1 と 1.2 です</translation>
    </message>
    <message>
        <source>%1 is not a HAR file: its log has no &quot;entries&quot; list</source>
        <translation>%1 は HAR ファイルではありません: log に &quot;entries&quot; リストがありません</translation>
    </message>
    <message>
        <source>entry %1: %2</source>
        <translation>エントリ %1: %2</translation>
    </message>
    <message>
        <source>cut at %1 KiB per side</source>
        <translation>片側 %1 KiB で切り詰め</translation>
    </message>
    <message>
        <source>%1, entry %2 of %3</source>
        <translation>%1、エントリ %2/%3</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) skipped (%1)</source>
        <translation>
            <numerusform>%n 件のエントリをスキップしました (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>only the first %1 entries were read; %n more left out</source>
        <translation>
            <numerusform>最初の %1 件のエントリのみ読み込みました。残り %n 件は除外しました</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) cut at %1 KiB per side</source>
        <translation>
            <numerusform>%n 件のエントリを片側 %1 KiB で切り詰めました</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 を読み込めませんでした: %2</translation>
    </message>
    <message>
        <source>%1 is %2 MiB; StatusDeck opens HAR files of up to %3 MiB</source>
        <translation>%1 は %2 MiB です。StatusDeck が開ける HAR ファイルは最大 %3 MiB です</translation>
    </message>
</context>
<context>
    <name>PageShortcuts</name>
    <message>
        <source>Exchange log</source>
        <translation>やり取りログ</translation>
    </message>
</context>
<context>
    <name>PngWriter</name>
    <message>
        <source>There is no image to write.</source>
        <translation>書き込む画像がありません。</translation>
    </message>
</context>
<context>
    <name>RequestText</name>
    <message>
        <source>[StatusDeck: the sandbox&apos;s log has no bytes for this hop; the text below is rebuilt from what the client sent and got, it is not what went over the wire]</source>
        <translation>[StatusDeck: サンドボックスのログにこのホップのバイト列がありません。以下のテキストはクライアントが送受信した内容から再構築したもので、実際に通信された内容ではありません]</translation>
    </message>
    <message>
        <source>[StatusDeck: this hop went to %1, not to the sandbox, so nothing was logged; the text below is rebuilt from what the client sent and got]</source>
        <translation>[StatusDeck: このホップはサンドボックスではなく %1 へ送られたため、何も記録されていません。以下のテキストはクライアントが送受信した内容から再構築したものです]</translation>
    </message>
</context>
<context>
    <name>statusdeck::RawReplay</name>
    <message>
        <source>the sandbox closed the connection without an answer</source>
        <translation>サンドボックスが応答せずに接続を閉じました</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>%1 秒以内に応答がありません</translation>
    </message>
</context>
<context>
    <name>statusdeck::SandboxServer</name>
    <message>
        <source>the sandbox was stopped</source>
        <translation>サンドボックスは停止されました</translation>
    </message>
</context>
<context>
    <name>statusdeck::gui</name>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>%1, section %2</source>
        <translation>%1、%2 節</translation>
    </message>
    <message>
        <source>No quote on this card.</source>
        <translation>このカードに引用はありません。</translation>
    </message>
    <message>
        <source>%1 %2 compared with %3 %4</source>
        <translation>%1 %2 と %3 %4 の比較</translation>
    </message>
    <message>
        <source>The %1 card:</source>
        <translation>%1 のカード:</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>クラス</translation>
    </message>
    <message>
        <source>Registry</source>
        <translation>レジストリ</translation>
    </message>
    <message>
        <source>In short</source>
        <translation>要点</translation>
    </message>
    <message>
        <source>Yes, by default</source>
        <translation>はい、既定で</translation>
    </message>
    <message>
        <source>Only with explicit freshness</source>
        <translation>明示的な鮮度がある場合のみ</translation>
    </message>
    <message>
        <source>Heuristically cacheable</source>
        <translation>ヒューリスティックにキャッシュ可能</translation>
    </message>
    <message>
        <source>not a redirect</source>
        <translation>リダイレクトではない</translation>
    </message>
    <message>
        <source>Redirect</source>
        <translation>リダイレクト</translation>
    </message>
    <message>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>Content allowed</source>
        <translation>コンテンツの可否</translation>
    </message>
    <message>
        <source>Required headers</source>
        <translation>必須ヘッダー</translation>
    </message>
    <message>
        <source>When to use it</source>
        <translation>使うべき場面</translation>
    </message>
    <message>
        <source>From the RFC</source>
        <translation>RFC の記述</translation>
    </message>
</context>
<context>
    <name>statusdeck::gui::CardListModel</name>
    <message>
        <source>★ Favourites</source>
        <translation>★ お気に入り</translation>
    </message>
    <message>
        <source>Recent</source>
        <translation>最近使ったカード</translation>
    </message>
    <message>
        <source>No cards match “%1”. Browse a class:</source>
        <translation>「%1」に一致するカードはありません。クラスから探す:</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n 件の結果</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>statusdeck::gui::CompareView</name>
    <message>
        <source>Compare</source>
        <translation>比較</translation>
    </message>
    <message>
        <source>Redirect code</source>
        <translation>リダイレクトコード</translation>
    </message>
    <message>
        <source>Redirect code:</source>
        <translation>リダイレクトコード:</translation>
    </message>
    <message>
        <source>Clients compared</source>
        <translation>比較したクライアント</translation>
    </message>
</context>
<context>
    <name>statusdeck::gui::ComposerView</name>
    <message>
        <source>Send</source>
        <translation>送信</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>プリセット</translation>
    </message>
    <message>
        <source>Choose an experiment…</source>
        <translation>実験を選択…</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>メソッド</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>The sandbox&apos;s URL, or a path on it such as redirect/307</source>
        <translation>サンドボックスの URL、または redirect/307 のようなその上のパス</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>ヘッダー</translation>
    </message>
    <message>
        <source>One header per line: Name: value</source>
        <translation>1 行に 1 つのヘッダー: Name: value</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>ボディ</translation>
    </message>
    <message>
        <source>Preset:</source>
        <translation>プリセット:</translation>
    </message>
    <message>
        <source>Request:</source>
        <translation>リクエスト:</translation>
    </message>
    <message>
        <source>Headers:</source>
        <translation>ヘッダー:</translation>
    </message>
    <message>
        <source>Body:</source>
        <translation>ボディ:</translation>
    </message>
    <message>
        <source>The chosen emulated client follows the redirects hop by hop; every hop really goes to the sandbox and shows up in its log.</source>
        <translation>選んだエミュレートクライアントがリダイレクトを 1 ホップずつ追従します。各ホップは実際にサンドボックスに送られ、そのログに表示されます。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a URL.</source>
        <translation>&apos;%1&apos; は URL ではありません。</translation>
    </message>
    <message>
        <source>The headers were not sent: %1</source>
        <translation>ヘッダーは送信されませんでした: %1</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;: %n hop(s). Stop: %2. %3</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: %n ホップ。停止: %2。%3</numerusform>
        </translation>
    </message>
    <message>
        <source>−%1: %2</source>
        <translation>−%1: %2</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>理由:</translation>
    </message>
</context>
<context>
    <name>statusdeck::gui::EmptyLogHint</name>
    <message>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <source>Command to send a first request</source>
        <translation>最初のリクエストを送るコマンド</translation>
    </message>
    <message>
        <source>Copy this command to the clipboard, to paste it in a terminal</source>
        <translation>このコマンドをクリップボードにコピーして、ターミナルに貼り付けます</translation>
    </message>
    <message>
        <source>No exchange matches the filter. Clear it to see all of them.</source>
        <translation>フィルターに一致するやり取りはありません。フィルターをクリアするとすべて表示されます。</translation>
    </message>
    <message>
        <source>&lt;b&gt;No exchanges yet.&lt;/b&gt;&lt;br/&gt;Send a request to the sandbox from any client: a browser, your code, or this command in a terminal. It shows up here as it arrives.</source>
        <translation>&lt;b&gt;まだやり取りはありません。&lt;/b&gt;&lt;br/&gt;任意のクライアント (ブラウザー、自分のコード、またはターミナルでこのコマンド) からサンドボックスにリクエストを送ってください。届くとここに表示されます。</translation>
    </message>
    <message>
        <source>&lt;b&gt;No exchanges yet.&lt;/b&gt;&lt;br/&gt;Start the sandbox, then send it a request from any client, for example with this command in a terminal.</source>
        <translation>&lt;b&gt;まだやり取りはありません。&lt;/b&gt;&lt;br/&gt;サンドボックスを起動し、任意のクライアントからリクエストを送ってください。例えばターミナルでこのコマンドを実行します。</translation>
    </message>
</context>
<context>
    <name>statusdeck::gui::ExchangeActions</name>
    <message>
        <source>Copy as curl</source>
        <translation>curl としてコピー</translation>
    </message>
    <message>
        <source>Copy a curl command that sends this request again</source>
        <translation>このリクエストを再送する curl コマンドをコピーします</translation>
    </message>
    <message>
        <source>Copy as fetch</source>
        <translation>fetch としてコピー</translation>
    </message>
    <message>
        <source>Copy a JavaScript fetch() call that sends this request again</source>
        <translation>このリクエストを再送する JavaScript の fetch() 呼び出しをコピーします</translation>
    </message>
    <message>
        <source>Copy URL</source>
        <translation>URL をコピー</translation>
    </message>
    <message>
        <source>Copy the URL of this request</source>
        <translation>このリクエストの URL をコピーします</translation>
    </message>
    <message>
        <source>Copied %1 to the clipboard</source>
        <translation>%1 をクリップボードにコピーしました</translation>
    </message>
    <message>
        <source>Replay</source>
        <translation>リプレイ</translation>
    </message>
    <message>
        <source>Send the same bytes to the sandbox again; the answer shows up as a new exchange</source>
        <translation>同じバイト列をサンドボックスに再送します。応答は新しいやり取りとして表示されます</translation>
    </message>
    <message>
        <source>Edit and Resend…</source>
        <translation>編集して再送信…</translation>
    </message>
    <message>
        <source>Open this request in the lab&apos;s request composer to change it and send it</source>
        <translation>このリクエストをラボのリクエスト作成画面で開き、変更して送信します</translation>
    </message>
    <message>
        <source>Open the Status Card</source>
        <translation>ステータスカードを開く</translation>
    </message>
    <message>
        <source>Show the reference card of this exchange&apos;s status code</source>
        <translation>このやり取りのステータスコードのリファレンスカードを表示します</translation>
    </message>
    <message>
        <source>Expand or Collapse the Redirect Chain</source>
        <translation>リダイレクトチェーンを展開/折りたたみ</translation>
    </message>
    <message>
        <source>Show or hide the later hops of this redirect chain</source>
        <translation>このリダイレクトチェーンの以降のホップを表示または非表示にします</translation>
    </message>
    <message>
        <source>This exchange is not a whole HTTP request, so there is nothing to copy as a command</source>
        <translation>このやり取りは完全な HTTP リクエストではないため、コマンドとしてコピーできるものがありません</translation>
    </message>
    <message>
        <source>Copied the fetch() call to the clipboard</source>
        <translation>fetch() 呼び出しをクリップボードにコピーしました</translation>
    </message>
    <message>
        <source>Start the sandbox to replay a request</source>
        <translation>リクエストをリプレイするにはサンドボックスを起動してください</translation>
    </message>
    <message>
        <source>Replayed %1: %2</source>
        <translation>%1 をリプレイしました: %2</translation>
    </message>
    <message>
        <source>Replay of %1 failed: %2</source>
        <translation>%1 のリプレイに失敗しました: %2</translation>
    </message>
    <message>
        <source>Replaying %1…</source>
        <translation>%1 をリプレイしています…</translation>
    </message>
</context>
<context>
    <name>statusdeck::gui::ExchangeDetail</name>
    <message>
        <source>Raw request</source>
        <translation>生のリクエスト</translation>
    </message>
    <message>
        <source>Raw response</source>
        <translation>生のレスポンス</translation>
    </message>
    <message>
        <source>Request as it arrived</source>
        <translation>届いたままのリクエスト</translation>
    </message>
    <message>
        <source>Response as it was sent</source>
        <translation>送信したままのレスポンス</translation>
    </message>
    <message>
        <source>Imported, read-only: %1. Rebuilt from the HAR&apos;s fields, not bytes this sandbox saw.</source>
        <translation>インポート済み、読み取り専用: %1。このサンドボックスが受け取ったバイト列ではなく、HAR のフィールドから再構築したものです。</translation>
    </message>
</context>
<context>
    <name>statusdeck::gui::ExchangeTableModel</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>クライアント</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>メソッド</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>ターゲット</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>送信</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受信</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>所要時間</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>インポート済み</translation>
    </message>
    <message>
        <source>Imported from %1 (read-only)</source>
        <translation>%1 からインポート (読み取り専用)</translation>
    </message>
    <message>
        <source>(nothing arrived)</source>
        <translation>(何も届きませんでした)</translation>
    </message>
    <message>
        <source>(not an HTTP request)</source>
        <translation>(HTTP リクエストではありません)</translation>
    </message>
    <message numerus="yes">
        <source>(%n hop(s))</source>
        <translation>
            <numerusform>(%n ホップ)</numerusform>
        </translation>
    </message>
    <message>
        <source>A redirect chain: expand it to see every hop (+)</source>
        <translation>リダイレクトチェーン: 展開するとすべてのホップを表示します (+)</translation>
    </message>
    <message>
        <source>A redirect chain: collapse it to this first request (−)</source>
        <translation>リダイレクトチェーン: この最初のリクエストまで折りたたみます (−)</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>ホスト</translation>
    </message>
</context>
<context>
    <name>statusdeck::gui::GuideDialog</name>
    <message>
        <source>Which Code Should I Use?</source>
        <translation>どのコードを使うべき?</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>戻る(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Start Over</source>
        <translation>最初からやり直す(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Open Card</source>
        <translation>カードを開く(&amp;O)</translation>
    </message>
    <message>
        <source>The guide could not be loaded.</source>
        <translation>ガイドを読み込めませんでした。</translation>
    </message>
    <message>
        <source>%1, section %2</source>
        <translation>%1、%2 節</translation>
    </message>
</context>
<context>
    <name>statusdeck::gui::HopDetailView</name>
    <message>
        <source>Hops</source>
        <translation>ホップ</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 into %2&lt;/b&gt; with %3. &lt;a href=&apos;card:%2&apos;&gt;Open the %2 card&lt;/a&gt;</source>
        <translation>&lt;b&gt;%2 に %1&lt;/b&gt; (%3)。&lt;a href=&apos;card:%2&apos;&gt;%2 のカードを開く&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation>プロファイル: %1</translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation>停止: %1</translation>
    </message>
    <message>
        <source>Command: &lt;code&gt;%1&lt;/code&gt;</source>
        <translation>コマンド: &lt;code&gt;%1&lt;/code&gt;</translation>
    </message>
    <message>
        <source>[… this exchange has left the sandbox&apos;s log …]</source>
        <translation>[… このやり取りはサンドボックスのログから消えました …]</translation>
    </message>
    <message>
        <source>%1. %2 %3 → %4</source>
        <translation>%1. %2 %3 → %4</translation>
    </message>
    <message numerus="yes">
        <source>body %n byte(s)</source>
        <translation>
            <numerusform>ボディ %n バイト</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing changed</source>
        <translation>変化なし</translation>
    </message>
    <message>
        <source>&lt;a href=&apos;card:%1&apos;&gt;(the %1 card)&lt;/a&gt;</source>
        <translation>&lt;a href=&apos;card:%1&apos;&gt;(%1 のカード)&lt;/a&gt;</translation>
    </message>
    <message>
        <source>rule: %1</source>
        <translation>ルール: %1</translation>
    </message>
    <message>
        <source>−%1: %2</source>
        <translation>−%1: %2</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>理由: %1</translation>
    </message>
    <message>
        <source>Why −%1: %2</source>
        <translation>−%1 の理由: %2</translation>
    </message>
    <message>
        <source>Why every header is kept: %1</source>
        <translation>すべてのヘッダーが維持される理由: %1</translation>
    </message>
    <message>
        <source>Request of the hop, as the sandbox received it</source>
        <translation>サンドボックスが受け取ったままのホップのリクエスト</translation>
    </message>
    <message>
        <source>Response of the hop, as the sandbox sent it</source>
        <translation>サンドボックスが送信したままのホップのレスポンス</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>リクエスト</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>レスポンス</translation>
    </message>
    <message>
        <source>the sandbox logged no bytes for this hop</source>
        <translation>サンドボックスはこのホップのバイトを記録していません</translation>
    </message>
</context>
<context>
    <name>statusdeck::gui::HttpLexer</name>
    <message>
        <source>Default</source>
        <translation>既定</translation>
    </message>
    <message>
        <source>Start line</source>
        <translation>開始行</translation>
    </message>
    <message>
        <source>Header name</source>
        <translation>ヘッダー名</translation>
    </message>
    <message>
        <source>Header value</source>
        <translation>ヘッダー値</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>ボディ</translation>
    </message>
    <message>
        <source>Truncation mark</source>
        <translation>切り詰めの印</translation>
    </message>
</context>
<context>
    <name>statusdeck::gui::LabPage</name>
    <message>
        <source>Client</source>
        <translation>クライアント</translation>
    </message>
    <message>
        <source> (runs for real)</source>
        <translation> (実際に実行)</translation>
    </message>
    <message>
        <source> (emulated)</source>
        <translation> (エミュレート)</translation>
    </message>
    <message>
        <source>%1 (real program)</source>
        <translation>%1 (実プログラム)</translation>
    </message>
    <message>
        <source>%1 (not installed)</source>
        <translation>%1 (未インストール)</translation>
    </message>
    <message>
        <source>Client:</source>
        <translation>クライアント:</translation>
    </message>
    <message>
        <source>Matrix</source>
        <translation>マトリクス</translation>
    </message>
    <message>
        <source>Compare Clients</source>
        <translation>クライアントを比較</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>リクエスト</translation>
    </message>
    <message>
        <source>%1: done. Every cell was run live against %2.</source>
        <translation>%1: 完了。すべてのセルを %2 に対して実際に実行しました。</translation>
    </message>
    <message numerus="yes">
        <source>%1: done; %n cell(s) differ from the profile&apos;s prediction (marked ⚠).</source>
        <translation>
            <numerusform>%1: 完了。%n 個のセルがプロファイルの予測と異なります (⚠ 印)。</numerusform>
        </translation>
    </message>
    <message>
        <source>Every client on %1, side by side: each column was run live.</source>
        <translation>%1 でのすべてのクライアントを並べて表示: 各列は実際に実行した結果です。</translation>
    </message>
    <message>
        <source>Done: what the sandbox received on each hop is also in the Sandbox tab.</source>
        <translation>完了: 各ホップでサンドボックスが受け取った内容はサンドボックスタブにもあります。</translation>
    </message>
    <message>
        <source>Pick a client and run the matrix: every method is sent into 301, 302, 303, 307 and 308 on the sandbox, and each cell shows what arrived at the redirect&apos;s target.</source>
        <translation>クライアントを選んでマトリクスを実行してください。各メソッドがサンドボックス上の 301、302、303、307、308 に送られ、各セルにはリダイレクト先に届いた内容が表示されます。</translation>
    </message>
    <message>
        <source>%1: run the matrix to see what a client does with it (the POST row shows the classic difference), or compare every client on it.</source>
        <translation>%1: マトリクスを実行するとクライアントの扱いがわかります (POST の行に典型的な違いが出ます)。すべてのクライアントを比較することもできます。</translation>
    </message>
    <message>
        <source>Starting the sandbox…</source>
        <translation>サンドボックスを起動しています…</translation>
    </message>
    <message>
        <source>The sandbox could not start: %1</source>
        <translation>サンドボックスを起動できませんでした: %1</translation>
    </message>
    <message>
        <source>Running %1 through the matrix on %2…</source>
        <translation>%2 で %1 のマトリクスを実行しています…</translation>
    </message>
    <message>
        <source>Run the matrix to fill this cell.</source>
        <translation>マトリクスを実行するとこのセルが埋まります。</translation>
    </message>
    <message>
        <source>Compare the clients, then pick a cell to see its hops.</source>
        <translation>クライアントを比較してから、セルを選ぶとそのホップが表示されます。</translation>
    </message>
    <message>
        <source>Send a request to see its hops.</source>
        <translation>リクエストを送信すると、そのホップが表示されます。</translation>
    </message>
    <message>
        <source>%1: press Send to run it with the chosen client.</source>
        <translation>%1: 送信を押すと、選んだクライアントで実行します。</translation>
    </message>
    <message>
        <source>The request composer runs an emulated client; pick one of the profiles (for Qt and the real programs, run the matrix).</source>
        <translation>リクエストエディタはエミュレートしたクライアントで実行します。プロファイルを 1 つ選んでください (Qt と実プログラムはマトリクスを実行してください)。</translation>
    </message>
    <message>
        <source>Sending with %1…</source>
        <translation>%1 で送信しています…</translation>
    </message>
    <message>
        <source>Comparing every client on %1, live against %2…</source>
        <translation>%1 ですべてのクライアントを %2 に対して比較しています…</translation>
    </message>
    <message>
        <source>Observed with %1</source>
        <translation>%1 で観測</translation>
    </message>
    <message>
        <source>%1 (real browser)</source>
        <translation>%1 (実際のブラウザー)</translation>
    </message>
    <message>
        <source>Cross-Origin</source>
        <translation>クロスオリジン</translation>
    </message>
    <message>
        <source>Running %1 through the cross-origin matrix: from %2 to the same origin, to %3 and to %4…</source>
        <translation>%1 でクロスオリジンマトリクスを実行しています: %2 から同一オリジン、%3、%4 へ…</translation>
    </message>
    <message>
        <source>Running %1 through every method into %2 on %3…</source>
        <translation>%1 ですべてのメソッドを %3 の %2 へ実行しています…</translation>
    </message>
    <message>
        <source>run the matrix first</source>
        <translation>先にマトリクスを実行してください</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos;</source>
        <translation>不明な形式 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Matrix exported to %1</source>
        <translation>マトリクスを %1 にエクスポートしました</translation>
    </message>
    <message>
        <source>Markdown files (*.md)</source>
        <translation>Markdown ファイル (*.md)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON ファイル (*.json)</translation>
    </message>
    <message>
        <source>Export the Matrix</source>
        <translation>マトリクスのエクスポート</translation>
    </message>
    <message>
        <source>The matrix was not exported: %1</source>
        <translation>マトリクスはエクスポートされませんでした: %1</translation>
    </message>
    <message>
        <source>The request from the sandbox&apos;s log: change it, then press Send.</source>
        <translation>サンドボックスのログにあるリクエストです。変更してから「送信」を押してください。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>statusdeck::gui::LiveDemoDialog</name>
    <message>
        <source>Send &amp;Again</source>
        <translation>再送信(&amp;A)</translation>
    </message>
    <message>
        <source>Try %1 %2 live – StatusDeck</source>
        <translation>%1 %2 をライブで試す – StatusDeck</translation>
    </message>
    <message>
        <source>Exchanges, raw</source>
        <translation>やり取り (生データ)</translation>
    </message>
    <message>
        <source>Send the requests to the sandbox again</source>
        <translation>リクエストをサンドボックスに再送します</translation>
    </message>
    <message>
        <source>&lt;b&gt;What to notice&lt;/b&gt;</source>
        <translation>&lt;b&gt;注目点&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;&amp;Exchanges&lt;/b&gt; (as sent and received; line ends are CR LF)</source>
        <translation>&lt;b&gt;やり取り(&amp;E)&lt;/b&gt; (送受信したとおり。改行は CR LF)</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>送信しています…</translation>
    </message>
    <message>
        <source>Sent to the sandbox at %1.</source>
        <translation>%1 のサンドボックスに送信しました。</translation>
    </message>
    <message>
        <source>Starting the sandbox…</source>
        <translation>サンドボックスを起動しています…</translation>
    </message>
    <message>
        <source>The sandbox was stopped and port %1 is taken: it was started on port %2 (%3). Stop it on the Sandbox page.</source>
        <translation>サンドボックスは停止中で、ポート %1 が使用中だったため、ポート %2 で起動しました (%3)。停止するにはサンドボックスページを使ってください。</translation>
    </message>
    <message>
        <source>The sandbox was stopped: it was started on port %1 (%2). Stop it on the Sandbox page.</source>
        <translation>サンドボックスは停止中だったため、ポート %1 で起動しました (%2)。停止するにはサンドボックスページを使ってください。</translation>
    </message>
    <message>
        <source>The sandbox could not be started: %1</source>
        <translation>サンドボックスを起動できませんでした: %1</translation>
    </message>
    <message>
        <source>--&gt; request %1 of %2</source>
        <translation>--&gt; リクエスト %1/%2</translation>
    </message>
    <message>
        <source> (to a port where nothing listens)</source>
        <translation> (何も待ち受けていないポートへ)</translation>
    </message>
    <message>
        <source>&lt;-- no response</source>
        <translation>&lt;-- レスポンスなし</translation>
    </message>
    <message numerus="yes">
        <source>&lt;-- response (%n byte(s))</source>
        <translation>
            <numerusform>&lt;-- レスポンス (%n バイト)</numerusform>
        </translation>
    </message>
    <message>
        <source>    as the card says</source>
        <translation>    カードのとおり</translation>
    </message>
    <message>
        <source>    NOT as the card says: %1</source>
        <translation>    カードのとおりではありません: %1</translation>
    </message>
    <message>
        <source>✔ What arrived is what the card says.</source>
        <translation>✔ 届いた内容はカードのとおりです。</translation>
    </message>
    <message>
        <source>✘ What arrived is not what the card says.</source>
        <translation>✘ 届いた内容はカードのとおりではありません。</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>何も送信されませんでした。</translation>
    </message>
</context>
<context>
    <name>statusdeck::gui::MainWindow</name>
    <message>
        <source>StatusDeck</source>
        <translation>StatusDeck</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>リファレンス</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>サンドボックス</translation>
    </message>
    <message>
        <source>Redirect Lab</source>
        <translation>リダイレクトラボ</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s)</source>
        <translation>
            <numerusform>%n 枚のカード</numerusform>
        </translation>
    </message>
    <message>
        <source>Snippet copied to the clipboard</source>
        <translation>スニペットをクリップボードにコピーしました</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>戻る(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>進む(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>検索(&amp;F)</translation>
    </message>
    <message>
        <source>Search the cards by code, phrase or text (%1)</source>
        <translation>コード、フレーズ、本文でカードを検索 (%1)</translation>
    </message>
    <message>
        <source>&amp;Copy Snippet</source>
        <translation>スニペットをコピー(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the card&apos;s code snippet to the clipboard (%1)</source>
        <translation>カードのコードスニペットをクリップボードにコピー (%1)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>移動(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>テーマ(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>システム(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>ライト(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>ダーク(&amp;D)</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>ナビゲーション</translation>
    </message>
    <message>
        <source>&amp;Export Card as Markdown…</source>
        <translation>カードを Markdown でエクスポート(&amp;E)…</translation>
    </message>
    <message>
        <source>Copy Card as &amp;Markdown</source>
        <translation>カードを Markdown でコピー(&amp;M)</translation>
    </message>
    <message>
        <source>Card copied to the clipboard as Markdown</source>
        <translation>カードを Markdown としてクリップボードにコピーしました</translation>
    </message>
    <message>
        <source>Fa&amp;vourite</source>
        <translation>お気に入り(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Favourites</source>
        <translation>お気に入り一覧(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Recent</source>
        <translation>最近使ったカード(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Which Code…</source>
        <translation>どのコード?(&amp;W)…</translation>
    </message>
    <message>
        <source>&amp;Compare with Confused Card</source>
        <translation>混同されやすいカードと比較(&amp;C)</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>拡大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>縮小(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Normal Size</source>
        <translation>標準のサイズ(&amp;N)</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(まだありません)</translation>
    </message>
    <message>
        <source>Export Card as Markdown</source>
        <translation>カードを Markdown でエクスポート</translation>
    </message>
    <message>
        <source>Markdown (*.md);;All files (*)</source>
        <translation>Markdown (*.md);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Card exported to %1</source>
        <translation>カードを %1 にエクスポートしました</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 を書き込めませんでした: %2</translation>
    </message>
    <message>
        <source>About StatusDeck</source>
        <translation>StatusDeck について</translation>
    </message>
    <message>
        <source>&lt;h3&gt;StatusDeck %1&lt;/h3&gt;&lt;p&gt;An HTTP status code reference and redirect lab.&lt;/p&gt;&lt;p&gt;%2 cards. RFC text is quoted under the IETF Trust&apos;s legal provisions.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;StatusDeck %1&lt;/h3&gt;&lt;p&gt;HTTP ステータスコードのリファレンスとリダイレクトラボ。&lt;/p&gt;&lt;p&gt;カード %2 枚。RFC の本文は IETF Trust の法的規定に基づいて引用しています。&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n problem(s) while loading</source>
        <translation>
            <numerusform>⚠ 読み込み中に %n 件の問題</numerusform>
        </translation>
    </message>
    <message>
        <source>the Reference</source>
        <translation>リファレンス</translation>
    </message>
    <message>
        <source>the Sandbox</source>
        <translation>サンドボックス</translation>
    </message>
    <message>
        <source>the Redirect Lab</source>
        <translation>リダイレクトラボ</translation>
    </message>
    <message>
        <source>Go back to %1 (%2)</source>
        <translation>%1 に戻る (%2)</translation>
    </message>
    <message>
        <source>Go back (%1)</source>
        <translation>戻る (%1)</translation>
    </message>
    <message>
        <source>Go forward to %1 (%2)</source>
        <translation>%1 に進む (%2)</translation>
    </message>
    <message>
        <source>Go forward (%1)</source>
        <translation>進む (%1)</translation>
    </message>
    <message>
        <source>%1 %2 – StatusDeck</source>
        <translation>%1 %2 – StatusDeck</translation>
    </message>
    <message>
        <source>Sandbox – StatusDeck</source>
        <translation>サンドボックス – StatusDeck</translation>
    </message>
    <message>
        <source>Redirect Lab – StatusDeck</source>
        <translation>リダイレクトラボ – StatusDeck</translation>
    </message>
    <message>
        <source>Sandbox stopped</source>
        <translation>サンドボックス停止中</translation>
    </message>
    <message>
        <source>Sandbox starting…</source>
        <translation>サンドボックス起動中…</translation>
    </message>
    <message>
        <source>Sandbox running on port %1</source>
        <translation>サンドボックス実行中 (ポート %1)</translation>
    </message>
    <message>
        <source>Sandbox failed to start</source>
        <translation>サンドボックスを起動できませんでした</translation>
    </message>
    <message>
        <source>Show the Sandbox page (Ctrl+2)</source>
        <translation>サンドボックスのページを表示 (Ctrl+2)</translation>
    </message>
    <message>
        <source>&amp;Reference</source>
        <translation>リファレンス(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Sandbox</source>
        <translation>サンドボックス(&amp;S)</translation>
    </message>
    <message>
        <source>Redirect &amp;Lab</source>
        <translation>リダイレクトラボ(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>キーボードショートカット(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Report a Problem…</source>
        <translation>問題を報告(&amp;R)…</translation>
    </message>
    <message>
        <source>Open the bug tracker in the browser: %1</source>
        <translation>ブラウザーでバグトラッカーを開く: %1</translation>
    </message>
    <message>
        <source>&amp;About StatusDeck</source>
        <translation>StatusDeck について(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Qt について(&amp;Q)</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>キーボードショートカット</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>キーボードショートカット</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>キー</translation>
    </message>
    <message>
        <source>Mouse: the back and forward buttons go back and forward too.</source>
        <translation>マウス: 戻る/進むボタンでも戻ったり進んだりできます。</translation>
    </message>
    <message>
        <source>%1 compared with %2</source>
        <translation>%1 と %2 の比較</translation>
    </message>
    <message>
        <source>&amp;Open HAR…</source>
        <translation>HAR を開く(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a HAR file (from devtools or &apos;statusdeck serve --har&apos;) in the exchange log</source>
        <translation>HAR ファイル (開発者ツールまたは &apos;statusdeck serve --har&apos; で作成) をやり取りログで開きます</translation>
    </message>
    <message>
        <source>Open HAR</source>
        <translation>HAR を開く</translation>
    </message>
    <message>
        <source>HAR files (*.har);;JSON files (*.json);;All files (*)</source>
        <translation>HAR ファイル (*.har);;JSON ファイル (*.json);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>The HAR file was not opened.</source>
        <translation>HAR ファイルは開かれませんでした。</translation>
    </message>
    <message>
        <source>The exchange log is as it was.</source>
        <translation>やり取りログは変更されていません。</translation>
    </message>
    <message>
        <source>no card &apos;%1&apos;.</source>
        <translation>カード &apos;%1&apos; はありません。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>statusdeck::gui::MatrixView</name>
    <message>
        <source>Run Matrix</source>
        <translation>マトリクスを実行</translation>
    </message>
    <message>
        <source> + body</source>
        <translation> + ボディ</translation>
    </message>
    <message>
        <source>Redirect matrix</source>
        <translation>リダイレクトマトリクス</translation>
    </message>
    <message>
        <source>%1 method and body kept · %2 method changed · %3 body dropped · %4 not followed · ⚠ the client did not do what its profile predicts</source>
        <translation>%1 メソッドとボディを維持 · %2 メソッドが変化 · %3 ボディを破棄 · %4 追従せず · ⚠ クライアントがプロファイルの予測どおりに動かなかった</translation>
    </message>
    <message>
        <source>Run Cross-Origin Matrix</source>
        <translation>クロスオリジンマトリクスを実行</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>エクスポート</translation>
    </message>
    <message>
        <source>Export the cross-origin matrix</source>
        <translation>クロスオリジンマトリクスをエクスポートします</translation>
    </message>
    <message>
        <source>Export the matrix</source>
        <translation>マトリクスをエクスポートします</translation>
    </message>
    <message>
        <source>As Markdown…</source>
        <translation>Markdown として…</translation>
    </message>
    <message>
        <source>As CSV…</source>
        <translation>CSV として…</translation>
    </message>
    <message>
        <source>As JSON…</source>
        <translation>JSON として…</translation>
    </message>
    <message>
        <source>Cross-origin matrix</source>
        <translation>クロスオリジンマトリクス</translation>
    </message>
    <message>
        <source>Each cell: a GET with Authorization, Cookie and X-StatusDeck-Probe redirected to the row&apos;s origin. %1 all three arrived · %2 a header was removed · %3 not followed · ⚠ the client did not do what its profile predicts. A browser&apos;s fetch() sends no Cookie (no page can set one); a form or a navigation sets none of the three, so it is not offered this grid. Pick a cell for the rule behind it.</source>
        <translation>各セル: Authorization、Cookie、X-StatusDeck-Probe 付きの GET を行のオリジンへリダイレクト。%1 3 つとも届いた · %2 ヘッダーが削除された · %3 追従しなかった · ⚠ クライアントがプロファイルの予測どおりに動かなかった。ブラウザーの fetch() は Cookie を送りません（ページからは設定できません）。フォームとナビゲーションは 3 つのどれも設定できないため、このグリッドは提供されません。セルを選ぶと背後のルールが表示されます。</translation>
    </message>
</context>
<context>
    <name>statusdeck::gui::RawBytesView</name>
    <message>
        <source>parse error: %1</source>
        <translation>解析エラー: %1</translation>
    </message>
    <message>
        <source>no bytes arrived</source>
        <translation>バイトは届きませんでした</translation>
    </message>
    <message numerus="yes">
        <source>the client went after %n byte(s) of the answer</source>
        <translation>
            <numerusform>クライアントは応答を %n バイト受け取った後に切断しました</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>statusdeck::gui::RawModeBar</name>
    <message>
        <source>Show line ends (\r\n)</source>
        <translation>改行を表示 (\r\n)</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>16 進</translation>
    </message>
    <message>
        <source>Mark every CR and LF where it is, so CRLF and bare LF line ends can be told apart</source>
        <translation>すべての CR と LF の位置に印を付け、CRLF と単独の LF の改行を区別できるようにします</translation>
    </message>
    <message>
        <source>Show the bytes as a hex dump: offset, hex, ASCII</source>
        <translation>バイト列を 16 進ダンプ (オフセット、16 進、ASCII) で表示します</translation>
    </message>
</context>
<context>
    <name>statusdeck::gui::ReferencePage</name>
    <message>
        <source>Card</source>
        <translation>カード</translation>
    </message>
    <message>
        <source>Search codes, phrases, text (Ctrl+K)</source>
        <translation>コード、フレーズ、本文を検索 (Ctrl+K)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>検索</translation>
    </message>
    <message>
        <source>Registry status</source>
        <translation>レジストリの状態</translation>
    </message>
    <message>
        <source>All registry statuses</source>
        <translation>すべてのレジストリの状態</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>標準</translation>
    </message>
    <message>
        <source>Temporary</source>
        <translation>一時的</translation>
    </message>
    <message>
        <source>Unused</source>
        <translation>未使用</translation>
    </message>
    <message>
        <source>Obsolete</source>
        <translation>廃止</translation>
    </message>
    <message>
        <source>Unofficial</source>
        <translation>非公式</translation>
    </message>
    <message>
        <source>Status codes</source>
        <translation>ステータスコード</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>表示(&amp;S):</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <source>Compare with the Open Card</source>
        <translation>開いているカードと比較</translation>
    </message>
    <message>
        <source>Favourites could not be saved to %1</source>
        <translation>お気に入りを %1 に保存できませんでした</translation>
    </message>
    <message>
        <source>Comparison: %1 %2 and %3 %4</source>
        <translation>比較: %1 %2 と %3 %4</translation>
    </message>
    <message>
        <source>Card: %1 %2</source>
        <translation>カード: %1 %2</translation>
    </message>
</context>
<context>
    <name>statusdeck::gui::SandboxPage</name>
    <message>
        <source>Use a Free Port</source>
        <translation>空きポートを使う</translation>
    </message>
    <message>
        <source>Copy URL</source>
        <translation>URL をコピー</translation>
    </message>
    <message>
        <source>Open in Browser</source>
        <translation>ブラウザーで開く</translation>
    </message>
    <message>
        <source>any free port</source>
        <translation>任意の空きポート</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>ポート</translation>
    </message>
    <message>
        <source>Port on 127.0.0.1; 0 picks any free port</source>
        <translation>127.0.0.1 のポート。0 で任意の空きポートを選びます</translation>
    </message>
    <message>
        <source>Start the sandbox on any free port this time; the chosen port stays saved</source>
        <translation>今回は任意の空きポートでサンドボックスを起動します。選んだポートは保存されたままです</translation>
    </message>
    <message>
        <source>Copy the sandbox&apos;s address to the clipboard</source>
        <translation>サンドボックスのアドレスをクリップボードにコピー</translation>
    </message>
    <message>
        <source>Open the sandbox&apos;s address in the web browser</source>
        <translation>サンドボックスのアドレスをウェブブラウザーで開く</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>ポート:</translation>
    </message>
    <message>
        <source>Filter: words, status:4xx, method:POST, client:curl, host:…, -word</source>
        <translation>絞り込み: 単語、status:4xx、method:POST、client:curl、host:…、-単語</translation>
    </message>
    <message>
        <source>Filter exchanges</source>
        <translation>やり取りを絞り込み</translation>
    </message>
    <message>
        <source>Export HAR…</source>
        <translation>HAR をエクスポート…</translation>
    </message>
    <message>
        <source>Save the exchanges (or the selected ones) as a HAR file for browser devtools</source>
        <translation>やり取り (または選択したもの) をブラウザーの開発者ツール用に HAR ファイルとして保存</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>クリア</translation>
    </message>
    <message>
        <source>Exchanges</source>
        <translation>やり取り</translation>
    </message>
    <message>
        <source>Copied %1 to the clipboard</source>
        <translation>%1 をクリップボードにコピーしました</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>起動</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Start the sandbox on the port given (Enter in the port field)</source>
        <translation>指定したポートでサンドボックスを起動 (ポート欄で Enter)</translation>
    </message>
    <message>
        <source>Stop the sandbox; open connections are dropped</source>
        <translation>サンドボックスを停止。開いている接続は切断されます</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>起動中…</translation>
    </message>
    <message>
        <source>Listening on the loopback interface only.</source>
        <translation>ループバックインターフェースでのみ待ち受けています。</translation>
    </message>
    <message>
        <source>Listening on the loopback interface only. Second origin for cross-origin redirects: %1</source>
        <translation>ループバックインターフェースでのみ待ち受けています。クロスオリジンのリダイレクト用の第 2 オリジン: %1</translation>
    </message>
    <message>
        <source>Port %1 was taken, so the lab started it on a free port.</source>
        <translation>ポート %1 は使用中だったため、ラボは空きポートで起動しました。</translation>
    </message>
    <message>
        <source>Not running</source>
        <translation>停止中</translation>
    </message>
    <message>
        <source>Start the sandbox to send requests to it from any client.</source>
        <translation>サンドボックスを起動すると、どのクライアントからでもリクエストを送れます。</translation>
    </message>
    <message>
        <source>Could not start: %1. Choose another port, or use a free one.</source>
        <translation>起動できませんでした: %1。別のポートを選ぶか、空きポートを使ってください。</translation>
    </message>
    <message>
        <source>Could not start: %1</source>
        <translation>起動できませんでした: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n exchange(s)</source>
        <translation>
            <numerusform>%n 件のやり取り</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n exchange(s)</source>
        <translation>
            <numerusform>%n 件中 %1 件のやり取り</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n older dropped</source>
        <translation>
            <numerusform>古い %n 件を破棄</numerusform>
        </translation>
    </message>
    <message>
        <source>could not write %1</source>
        <translation>%1 を書き込めませんでした</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n exchange(s) to %1</source>
        <translation>
            <numerusform>%n 件のやり取りを %1 に書き込みました</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Selected Exchanges as HAR</source>
        <translation>選択したやり取りを HAR としてエクスポート</translation>
    </message>
    <message>
        <source>Export All Exchanges as HAR</source>
        <translation>すべてのやり取りを HAR としてエクスポート</translation>
    </message>
    <message>
        <source>HAR files (*.har)</source>
        <translation>HAR ファイル (*.har)</translation>
    </message>
    <message>
        <source>Export HAR</source>
        <translation>HAR をエクスポート</translation>
    </message>
    <message>
        <source>The HAR file was not written: %1</source>
        <translation>HAR ファイルは書き込まれませんでした: %1</translation>
    </message>
    <message>
        <source>another HAR file is being read; open this one when it is done</source>
        <translation>別の HAR ファイルを読み込み中です。完了してからこのファイルを開いてください</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 を読み込んでいます…</translation>
    </message>
    <message numerus="yes">
        <source>Opened %n exchange(s) from %1</source>
        <translation>
            <numerusform>%1 から %n 件のやり取りを開きました</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>statusdeck::gui::SnippetPane</name>
    <message>
        <source>&amp;Copy</source>
        <translation>コピー(&amp;C)</translation>
    </message>
    <message>
        <source>Copy as c&amp;url</source>
        <translation>curl としてコピー(&amp;U)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Snippet&lt;/b&gt;</source>
        <translation>&lt;b&gt;スニペット&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Framework</source>
        <translation>フレームワーク</translation>
    </message>
    <message>
        <source>Copy the snippet to the clipboard (Ctrl+Shift+C)</source>
        <translation>スニペットをクリップボードにコピー (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <source>&amp;Framework:</source>
        <translation>フレームワーク(&amp;F):</translation>
    </message>
    <message>
        <source>Snippet code</source>
        <translation>スニペットのコード</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>コピーしました</translation>
    </message>
    <message>
        <source>Run in tests: %1</source>
        <translation>テストで実行: %1</translation>
    </message>
    <message>
        <source>Not run in tests: %1</source>
        <translation>テストでは未実行: %1</translation>
    </message>
    <message>
        <source>Checked in tests, not run: %1</source>
        <translation>テストで検査済み（実行はしていません）: %1</translation>
    </message>
    <message>
        <source># %1 %2, live from the StatusDeck sandbox on port %3 (it answers any code at /status/CODE)</source>
        <translation># %1 %2、ポート %3 の StatusDeck サンドボックスからライブ (/status/CODE で任意のコードを返します)</translation>
    </message>
    <message>
        <source>Copied: curl for the sandbox on port %1</source>
        <translation>コピーしました: ポート %1 のサンドボックス用 curl</translation>
    </message>
    <message>
        <source>Copied: the card&apos;s curl example</source>
        <translation>コピーしました: カードの curl の例</translation>
    </message>
    <message>
        <source>Copy a curl command for the running sandbox: curl -i %1</source>
        <translation>実行中のサンドボックス用の curl コマンドをコピーします: curl -i %1</translation>
    </message>
    <message>
        <source>Copy the curl commands that show this status and its headers (start the Sandbox to get one for it)</source>
        <translation>このステータスとそのヘッダーを表示する curl コマンドをコピーします (サンドボックスを起動すると、それ用のコマンドも得られます)</translation>
    </message>
</context>
<context>
    <name>statusdeck::lab::BrowserRun</name>
    <message>
        <source>cannot make a temporary profile folder: %1</source>
        <translation>一時プロファイルフォルダーを作成できません: %1</translation>
    </message>
    <message numerus="yes">
        <source>[%n option(s) that turn off background work]</source>
        <translation>
            <numerusform>[バックグラウンド処理を無効にする %n 個のオプション]</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 exited with status %2 before the page was done</source>
        <translation>%1 はページの完了前にステータス %2 で終了しました</translation>
    </message>
    <message>
        <source>%1 crashed</source>
        <translation>%1 がクラッシュしました</translation>
    </message>
    <message>
        <source>%1 could not be started: %2</source>
        <translation>%1 を起動できませんでした: %2</translation>
    </message>
    <message>
        <source>the browser run took longer than %1 s</source>
        <translation>ブラウザーの実行が %1 秒を超えました</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>タイムアウトしました</translation>
    </message>
</context>
<context>
    <name>statusdeck::lab::Preset</name>
    <message>
        <source>POST through a 302</source>
        <translation>302 を経由する POST</translation>
    </message>
    <message>
        <source>POST through a 307</source>
        <translation>307 を経由する POST</translation>
    </message>
    <message>
        <source>PUT through a 303</source>
        <translation>303 を経由する PUT</translation>
    </message>
    <message>
        <source>DELETE through a 301</source>
        <translation>301 を経由する DELETE</translation>
    </message>
    <message>
        <source>Authorization across origins</source>
        <translation>オリジンをまたぐ Authorization</translation>
    </message>
    <message>
        <source>A chain of three redirects</source>
        <translation>3 回のリダイレクトの連鎖</translation>
    </message>
    <message>
        <source>A redirect loop</source>
        <translation>リダイレクトのループ</translation>
    </message>
    <message>
        <source>the presets are not a JSON object: %1</source>
        <translation>プリセットが JSON オブジェクトではありません: %1</translation>
    </message>
    <message>
        <source>preset %1 needs a name and a path</source>
        <translation>プリセット %1 には名前とパスが必要です</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
</context>
<context>
    <name>statusdeck::lab::RedirectMatrix</name>
    <message>
        <source>%1 crashed</source>
        <translation>%1 がクラッシュしました</translation>
    </message>
    <message>
        <source>%1 exited with status %2</source>
        <translation>%1 がステータス %2 で終了しました</translation>
    </message>
    <message>
        <source>%1 could not be started: %2</source>
        <translation>%1 を起動できませんでした: %2</translation>
    </message>
    <message>
        <source>the qt client always runs Qt&apos;s own QNetworkAccessManager for real; leave out --real.</source>
        <translation>qt クライアントは常に Qt 自身の QNetworkAccessManager を実際に実行します。--real を外してください。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot run for real; --real works with %2.</source>
        <translation>&apos;%1&apos; は実際には実行できません。--real は %2 で使えます。</translation>
    </message>
    <message>
        <source>unknown client &apos;%1&apos;; with --real use one of %2.</source>
        <translation>不明なクライアント &apos;%1&apos; です。--real では %2 のいずれかを使ってください。</translation>
    </message>
    <message>
        <source>%1 (real program, compared with the %2 profile)</source>
        <translation>%1 (実プログラム、%2 プロファイルと比較)</translation>
    </message>
    <message>
        <source>%1 is not installed (not found on PATH); install it to run the matrix with the real %1.</source>
        <translation>%1 がインストールされていません (PATH にありません)。実際の %1 でマトリクスを実行するにはインストールしてください。</translation>
    </message>
    <message>
        <source>unknown client &apos;%1&apos;; use one of %2, qt, or with --real %3.</source>
        <translation>不明なクライアント &apos;%1&apos; です。%2、qt、または --real 付きで %3 のいずれかを使ってください。</translation>
    </message>
    <message>
        <source>Qt QNetworkAccessManager, default redirect policy (run for real)</source>
        <translation>Qt QNetworkAccessManager、既定のリダイレクトポリシー (実際に実行)</translation>
    </message>
    <message>
        <source>%1 (emulated profile)</source>
        <translation>%1 (エミュレートしたプロファイル)</translation>
    </message>
    <message>
        <source>...</source>
        <translation>...</translation>
    </message>
    <message>
        <source>not followed: %1</source>
        <translation>追従せず: %1</translation>
    </message>
    <message>
        <source>, kept</source>
        <translation>、維持</translation>
    </message>
    <message>
        <source>, body dropped</source>
        <translation>、ボディを破棄</translation>
    </message>
    <message>
        <source>not followed</source>
        <translation>追従せず</translation>
    </message>
    <message>
        <source>, body kept</source>
        <translation>、ボディを維持</translation>
    </message>
    <message>
        <source>  %1: differs from the %2 profile: %3</source>
        <translation>  %1: %2 プロファイルと異なります: %3</translation>
    </message>
    <message>
        <source>  %1: followed, then the client reported: %2</source>
        <translation>  %1: 追従後にクライアントが報告: %2</translation>
    </message>
    <message>
        <source>  %1: the client sent the first request %2 times</source>
        <translation>  %1: クライアントが最初のリクエストを %2 回送信しました</translation>
    </message>
    <message>
        <source>Redirect matrix: %1</source>
        <translation>リダイレクトマトリクス: %1</translation>
    </message>
    <message>
        <source>Program: %1</source>
        <translation>プログラム: %1</translation>
    </message>
    <message>
        <source>Each cell: the method that arrived after the redirect; for a request with a body, whether the body came along.</source>
        <translation>各セル: リダイレクト後に届いたメソッド。ボディ付きのリクエストでは、ボディも届いたかどうか。</translation>
    </message>
    <message>
        <source>method</source>
        <translation>メソッド</translation>
    </message>
    <message>
        <source>Headers of the first request that did not arrive after the redirect:</source>
        <translation>リダイレクト後に届かなかった最初のリクエストのヘッダー:</translation>
    </message>
    <message>
        <source>Notes (! marks a cell that differs from the profile&apos;s prediction):</source>
        <translation>注記 (! はプロファイルの予測と異なるセル):</translation>
    </message>
    <message>
        <source>the sandbox saw no request from the client</source>
        <translation>サンドボックスはクライアントからのリクエストを受け取りませんでした</translation>
    </message>
    <message>
        <source>stopped at the %1 without following it</source>
        <translation>%1 で停止し、追従しませんでした</translation>
    </message>
    <message>
        <source>the profile predicts a %1 follow-up; the client did not follow</source>
        <translation>プロファイルは %1 の後続リクエストを予測しましたが、クライアントは追従しませんでした</translation>
    </message>
    <message>
        <source>the profile predicts no follow-up (%1); the client sent a %2</source>
        <translation>プロファイルは後続リクエストなし (%1) と予測しましたが、クライアントは %2 を送信しました</translation>
    </message>
    <message>
        <source>method: predicted %1, saw %2</source>
        <translation>メソッド: 予測 %1、実際 %2</translation>
    </message>
    <message>
        <source>body: predicted kept, saw dropped</source>
        <translation>ボディ: 予測は維持、実際は破棄</translation>
    </message>
    <message>
        <source>body: predicted dropped, saw kept</source>
        <translation>ボディ: 予測は破棄、実際は維持</translation>
    </message>
    <message>
        <source>headers dropped: predicted [%1], saw [%2]</source>
        <translation>破棄されたヘッダー: 予測 [%1]、実際 [%2]</translation>
    </message>
    <message>
        <source>method %1 → %2</source>
        <translation>メソッド %1 → %2</translation>
    </message>
    <message>
        <source>body dropped</source>
        <translation>ボディを破棄</translation>
    </message>
    <message>
        <source>body changed</source>
        <translation>ボディが変化</translation>
    </message>
    <message>
        <source>timed out after %1 s</source>
        <translation>%1 秒でタイムアウトしました</translation>
    </message>
    <message>
        <source>line %1: no colon</source>
        <translation>%1 行目: コロンがありません</translation>
    </message>
    <message>
        <source>line %1: &apos;%2&apos; is not a header name</source>
        <translation>%1 行目: &apos;%2&apos; はヘッダー名ではありません</translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not run for real.</source>
        <translation>&apos;%1&apos; は実際には実行されません。</translation>
    </message>
    <message>
        <source>%1 env GOVERSION failed: %2</source>
        <translation>%1 env GOVERSION が失敗しました: %2</translation>
    </message>
    <message>
        <source>%1 cannot be imported by %2; install the Debian package %3 (or pip install %1).</source>
        <translation>%2 は %1 をインポートできません。Debian パッケージ %3 をインストールしてください (または pip install %1)。</translation>
    </message>
    <message>
        <source> or </source>
        <translation> または </translation>
    </message>
    <message>
        <source>cannot prepare the Go client&apos;s build in %1</source>
        <translation>%1 で Go クライアントのビルドを準備できません</translation>
    </message>
    <message>
        <source>go build of the lab&apos;s Go client failed: %1</source>
        <translation>ラボの Go クライアントの go build に失敗しました: %1</translation>
    </message>
    <message>
        <source>the Go client was built but %1 is missing</source>
        <translation>Go クライアントはビルドされましたが、%1 がありません</translation>
    </message>
    <message>
        <source>%1 (real program, compared with the %2 profile, observed with %3)</source>
        <translation>%1 (実際のプログラム、%2 プロファイルと比較、%3 で観測)</translation>
    </message>
    <message>
        <source>%1 is not installed (not found on PATH); install the Debian package %2 to run the matrix with the real %3.</source>
        <translation>%1 がインストールされていません (PATH にありません)。実際の %3 でマトリクスを実行するには Debian パッケージ %2 をインストールしてください。</translation>
    </message>
    <message>
        <source>%1 (emulated profile, observed with %2)</source>
        <translation>%1 (エミュレートしたプロファイル、%2 で観測)</translation>
    </message>
    <message>
        <source>observed with %1, installed %2</source>
        <translation>%1 で観測、インストール済み %2</translation>
    </message>
    <message>
        <source>  %1: differs from the %2 profile (%3): %4</source>
        <translation>  %1: %2 プロファイルと異なります (%3): %4</translation>
    </message>
    <message>
        <source>Version: %1 installed; the profile was observed with %2%3</source>
        <translation>バージョン: %1 がインストール済み。プロファイルは %2%3 で観測</translation>
    </message>
    <message>
        <source> (a different version: a mismatch may be the version&apos;s, not the profile&apos;s)</source>
        <translation> (異なるバージョンです。不一致はプロファイルではなくバージョンによる可能性があります)</translation>
    </message>
    <message>
        <source>%1 (real browser, compared with the %2 profile)</source>
        <translation>%1 (実際のブラウザー、%2 プロファイルと比較)</translation>
    </message>
    <message>
        <source>%1 is not installed (none of %2 is on PATH); install the package %3 to run the matrix in the real browser.</source>
        <translation>%1 がインストールされていません (%2 のいずれも PATH にありません)。実際のブラウザーでマトリクスを実行するにはパッケージ %3 をインストールしてください。</translation>
    </message>
    <message>
        <source>all kept</source>
        <translation>すべて維持</translation>
    </message>
    <message>
        <source>Each cell: a GET from %1 with Authorization, Cookie and X-StatusDeck-Probe, redirected to %2; which of the three did not arrive.</source>
        <translation>各セル: %1 から Authorization、Cookie、X-StatusDeck-Probe 付きの GET を %2 へリダイレクト。3 つのうち届かなかったもの。</translation>
    </message>
    <message>
        <source>redirect to</source>
        <translation>リダイレクト先</translation>
    </message>
    <message>
        <source>Rules behind the cells (the profile&apos;s; [n] in a cell):</source>
        <translation>セルの根拠となるルール (プロファイルのもの。セル内の [n]):</translation>
    </message>
    <message>
        <source> (card: statusdeck show %1)</source>
        <translation> (カード: statusdeck show %1)</translation>
    </message>
    <message>
        <source>Cells that differ from the profile&apos;s prediction (⚠):</source>
        <translation>プロファイルの予測と異なるセル (⚠):</translation>
    </message>
    <message>
        <source>same origin</source>
        <translation>同一オリジン</translation>
    </message>
    <message>
        <source>another port</source>
        <translation>別ポート</translation>
    </message>
    <message>
        <source>another host</source>
        <translation>別ホスト</translation>
    </message>
    <message>
        <source>→ another origin: %1, and every header is kept</source>
        <translation>→ 別オリジン: %1。すべてのヘッダーを維持</translation>
    </message>
    <message>
        <source>→ another origin: %1, so %2 is removed</source>
        <translation>→ 別オリジン: %1。そのため %2 を削除</translation>
    </message>
    <message>
        <source>→ another origin: %1, so %2 and %3 are removed</source>
        <translation>→ 別オリジン: %1。そのため %2 と %3 を削除</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>タイムアウトしました</translation>
    </message>
    <message>
        <source>Each cell: a fetch() GET from %1 with Authorization and X-StatusDeck-Probe (no page can set Cookie), redirected to %2; which of the two did not arrive.</source>
        <translation>各セル: %1 からの Authorization と X-StatusDeck-Probe 付きの fetch() GET（ページからは Cookie を設定できません）を %2 へリダイレクト。2 つのうち届かなかったもの。</translation>
    </message>
</context>
<context>
    <name>statusdeck::lab::RuleBook</name>
    <message>
        <source>%1, section %2</source>
        <translation>%1、セクション %2</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1: 読み込めません: %2</translation>
    </message>
    <message>
        <source>%1: not JSON: %2</source>
        <translation>%1: JSON ではありません: %2</translation>
    </message>
    <message>
        <source>%1: not an object with a &quot;rules&quot; array</source>
        <translation>%1: &quot;rules&quot; 配列を持つオブジェクトではありません</translation>
    </message>
    <message>
        <source>%1: rule %2 needs an id, a source and a text</source>
        <translation>%1: ルール %2 には id、出典、本文が必要です</translation>
    </message>
    <message>
        <source>%1: rule %2 is defined twice</source>
        <translation>%1: ルール %2 が二重に定義されています</translation>
    </message>
</context>
<context>
    <name>statusdeck::lab::browser</name>
    <message>
        <source>not possible with a form</source>
        <translation>フォームでは不可</translation>
    </message>
    <message>
        <source>not possible with a navigation</source>
        <translation>ナビゲーションでは不可</translation>
    </message>
    <message>
        <source>%1, fetch()</source>
        <translation>%1、fetch()</translation>
    </message>
    <message>
        <source>%1, HTML form</source>
        <translation>%1、HTML フォーム</translation>
    </message>
    <message>
        <source>%1, navigation</source>
        <translation>%1、ナビゲーション</translation>
    </message>
    <message>
        <source>CORS preflight: before a cross-origin %1, the browser asks this origin whether it may send it.</source>
        <translation>CORS プリフライト: クロスオリジンの %1 の前に、ブラウザーはこのオリジンに送信してよいかを問い合わせます。</translation>
    </message>
    <message>
        <source>CORS preflight: before a cross-origin %1 with %2, the browser asks this origin whether it may send it (a header a script set needs the server&apos;s permission).</source>
        <translation>CORS プリフライト: %2 付きのクロスオリジンの %1 の前に、ブラウザーはこのオリジンに送信してよいかを問い合わせます (スクリプトが設定したヘッダーにはサーバーの許可が必要です)。</translation>
    </message>
    <message>
        <source>Origin: null: after a redirect to another origin the request&apos;s origin is opaque, so the browser sends null.</source>
        <translation>Origin: null: 別オリジンへのリダイレクト後はリクエストのオリジンが不透明になるため、ブラウザーは null を送ります。</translation>
    </message>
    <message>
        <source>Origin: %1: the browser names the page&apos;s origin on a request that is not a GET or HEAD, or that goes to another origin.</source>
        <translation>Origin: %1: GET や HEAD 以外のリクエスト、または別オリジンへのリクエストでは、ブラウザーはページのオリジンを示します。</translation>
    </message>
    <message>
        <source>Origin: %1: the page&apos;s origin, on a request to another origin.</source>
        <translation>Origin: %1: 別オリジンへのリクエストでの、ページのオリジン。</translation>
    </message>
    <message>
        <source>the cross-origin matrix sends Authorization, Cookie and a custom header, and an HTML form can set none of them, so it is not offered for a form; use the fetch mode, which sends Authorization and the custom header (no page can set Cookie).</source>
        <translation>クロスオリジン マトリックスは Authorization、Cookie、独自ヘッダーを送りますが、HTML フォームはそのどれも設定できないため、フォームには提供されません。Authorization と独自ヘッダーを送る fetch モードを使ってください（ページからは Cookie を設定できません）。</translation>
    </message>
    <message>
        <source>the cross-origin matrix sends Authorization, Cookie and a custom header, and a navigation can set none of them, so it is not offered for a navigation; use the fetch mode, which sends Authorization and the custom header (no page can set Cookie).</source>
        <translation>クロスオリジン マトリックスは Authorization、Cookie、独自ヘッダーを送りますが、ナビゲーションはそのどれも設定できないため、ナビゲーションには提供されません。Authorization と独自ヘッダーを送る fetch モードを使ってください（ページからは Cookie を設定できません）。</translation>
    </message>
</context>
</TS>
