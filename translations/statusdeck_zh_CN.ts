<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Card</name>
    <message>
        <source>Informational</source>
        <translation>信息响应</translation>
    </message>
    <message>
        <source>Successful</source>
        <translation>成功响应</translation>
    </message>
    <message>
        <source>Redirection</source>
        <translation>重定向</translation>
    </message>
    <message>
        <source>Client Error</source>
        <translation>客户端错误</translation>
    </message>
    <message>
        <source>Server Error</source>
        <translation>服务器错误</translation>
    </message>
    <message>
        <source>Not a status code</source>
        <translation>不是状态码</translation>
    </message>
    <message>
        <source>Nonstandard</source>
        <translation>非标准</translation>
    </message>
</context>
<context>
    <name>CardExport</name>
    <message>
        <source>Standard</source>
        <translation>标准</translation>
    </message>
    <message>
        <source>Temporary registration</source>
        <translation>临时注册</translation>
    </message>
    <message>
        <source>Unused (reserved)</source>
        <translation>未使用（保留）</translation>
    </message>
    <message>
        <source>Obsolete</source>
        <translation>已废弃</translation>
    </message>
    <message>
        <source>Unofficial (%1)</source>
        <translation>非官方（%1）</translation>
    </message>
    <message>
        <source>Not a status code: what %1 reports</source>
        <translation>不是状态码：%1 报告的值</translation>
    </message>
    <message>
        <source>Permanent</source>
        <translation>永久</translation>
    </message>
    <message>
        <source>Temporary</source>
        <translation>临时</translation>
    </message>
    <message>
        <source>%1; the method and body are kept</source>
        <translation>%1；保留方法和请求体</translation>
    </message>
    <message>
        <source>%1; a POST may become a GET</source>
        <translation>%1；POST 可能变为 GET</translation>
    </message>
    <message>
        <source>%1; the follow-up request is a GET (HEAD stays HEAD)</source>
        <translation>%1；后续请求为 GET（HEAD 仍为 HEAD）</translation>
    </message>
    <message>
        <source>Class: %1 %2 | Registry: %3</source>
        <translation>类别：%1 %2 | 注册状态：%3</translation>
    </message>
    <message>
        <source>Formerly: %1</source>
        <translation>旧称：%1</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>定义</translation>
    </message>
    <message>
        <source>From the RFC</source>
        <translation>RFC 原文</translation>
    </message>
    <message>
        <source>Common causes</source>
        <translation>常见原因</translation>
    </message>
    <message>
        <source>Example response</source>
        <translation>示例响应</translation>
    </message>
    <message>
        <source>Common misinterpretation</source>
        <translation>常见误解</translation>
    </message>
    <message>
        <source>When to use it</source>
        <translation>何时使用</translation>
    </message>
    <message>
        <source>Confused with</source>
        <translation>易混淆的代码</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>要点</translation>
    </message>
    <message>
        <source>Heuristically cacheable by default (RFC 9110, section 15.1)</source>
        <translation>默认可启发式缓存（RFC 9110，第 15.1 节）</translation>
    </message>
    <message>
        <source>Not heuristically cacheable; cached only with explicit freshness</source>
        <translation>不可启发式缓存；仅在有显式新鲜度时才缓存</translation>
    </message>
    <message>
        <source>Redirect: %1</source>
        <translation>重定向：%1</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>标头</translation>
    </message>
    <message>
        <source>[required]</source>
        <translation>[必需]</translation>
    </message>
    <message>
        <source>[typical]</source>
        <translation>[常见]</translation>
    </message>
    <message>
        <source>Snippet: %1 (%2)</source>
        <translation>代码片段：%1（%2）</translation>
    </message>
</context>
<context>
    <name>CardLoader</name>
    <message>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>必须是字符串</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>不能为空</translation>
    </message>
    <message>
        <source>must be a list of strings</source>
        <translation>必须是字符串列表</translation>
    </message>
    <message>
        <source>every entry must be a non-empty string</source>
        <translation>每一项都必须是非空字符串</translation>
    </message>
    <message>
        <source>needs at least %1 entries</source>
        <translation>至少需要 %1 项</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>必须是列表</translation>
    </message>
    <message>
        <source>not valid JSON (%1 at offset %2)</source>
        <translation>不是有效的 JSON（偏移 %2 处：%1）</translation>
    </message>
    <message>
        <source>must be a JSON object</source>
        <translation>必须是 JSON 对象</translation>
    </message>
    <message>
        <source>must be one of standard, temporary, unused, obsolete, unofficial, pseudo</source>
        <translation>必须是 standard、temporary、unused、obsolete、unofficial、pseudo 之一</translation>
    </message>
    <message>
        <source>must be 0 for a pseudo-code</source>
        <translation>伪状态码必须为 0</translation>
    </message>
    <message>
        <source>must be a whole number from 100 to 999</source>
        <translation>必须是 100 到 999 之间的整数</translation>
    </message>
    <message>
        <source>only a pseudo-code has one, written as zeros (&quot;000&quot;)</source>
        <translation>只有伪状态码才有此项，用零书写（&quot;000&quot;）</translation>
    </message>
    <message>
        <source>must name the vendor or tool for an unofficial or pseudo-code and be empty otherwise</source>
        <translation>非官方代码或伪状态码必须写明厂商或工具，其他情况必须为空</translation>
    </message>
    <message>
        <source>needs at least one reference</source>
        <translation>至少需要一条引用</translation>
    </message>
    <message>
        <source>every reference needs document, section and quote strings</source>
        <translation>每条引用都需要 document、section 和 quote 字符串</translation>
    </message>
    <message>
        <source>must be a list of lines</source>
        <translation>必须是行的列表</translation>
    </message>
    <message>
        <source>needs at least one line of what the tool shows</source>
        <translation>至少需要一行工具显示的内容</translation>
    </message>
    <message>
        <source>needs a status line, headers and an empty line</source>
        <translation>需要状态行、标头和一个空行</translation>
    </message>
    <message>
        <source>needs at least one code</source>
        <translation>至少需要一个代码</translation>
    </message>
    <message>
        <source>every entry needs a code and a difference</source>
        <translation>每一项都需要 code 和 difference</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>必须是 true 或 false</translation>
    </message>
    <message>
        <source>needs permanent (true or false) and method (preserved, post-may-become-get or becomes-get)</source>
        <translation>需要 permanent（true 或 false）和 method（preserved、post-may-become-get 或 becomes-get）</translation>
    </message>
    <message>
        <source>must be an object or null</source>
        <translation>必须是对象或 null</translation>
    </message>
    <message>
        <source>is required for 301, 302, 303, 307 and 308</source>
        <translation>对于 301、302、303、307 和 308 是必需的</translation>
    </message>
    <message>
        <source>every header needs name, value, required and note</source>
        <translation>每个标头都需要 name、value、required 和 note</translation>
    </message>
    <message>
        <source>header &apos;%1&apos; contains a control character (CR, LF, NUL or another one but tab)</source>
        <translation>标头 &apos;%1&apos; 含有控制字符（CR、LF、NUL 或除制表符外的其他控制字符）</translation>
    </message>
    <message>
        <source>must not have a body for 1xx, 204 and 304</source>
        <translation>1xx、204 和 304 不能带有响应体</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>必须是对象</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a string or a list of lines</source>
        <translation>&apos;%1&apos; 必须是字符串或行的列表</translation>
    </message>
    <message>
        <source>wire_status for %1 must be 0 or a status from 100 to 999</source>
        <translation>%1 的 wire_status 必须为 0 或 100 到 999 之间的状态码</translation>
    </message>
</context>
<context>
    <name>CardSearch</name>
    <message>
        <source>code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>card id</source>
        <translation>卡片 ID</translation>
    </message>
    <message>
        <source>phrase</source>
        <translation>短语</translation>
    </message>
    <message>
        <source>former phrase</source>
        <translation>旧短语</translation>
    </message>
    <message>
        <source>keyword</source>
        <translation>关键词</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>definition</source>
        <translation>定义</translation>
    </message>
    <message>
        <source>card text</source>
        <translation>卡片正文</translation>
    </message>
    <message>
        <source>class</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>matched: %1 %2</source>
        <translation>匹配：%1 %2</translation>
    </message>
    <message>
        <source>matched: %1</source>
        <translation>匹配：%1</translation>
    </message>
    <message>
        <source>matched despite a typo</source>
        <translation>容错匹配（有拼写错误）</translation>
    </message>
    <message>
        <source>%1 (despite a typo)</source>
        <translation>%1（有拼写错误）</translation>
    </message>
</context>
<context>
    <name>CardView</name>
    <message>
        <source>Remove from favourites</source>
        <translation>从收藏中移除</translation>
    </message>
    <message>
        <source>Add to favourites</source>
        <translation>添加到收藏</translation>
    </message>
    <message>
        <source>formerly %1</source>
        <translation>旧称 %1</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>定义</translation>
    </message>
    <message>
        <source>From the RFC</source>
        <translation>RFC 原文</translation>
    </message>
    <message>
        <source>%1, section %2</source>
        <translation>%1，第 %2 节</translation>
    </message>
    <message>
        <source>Defined in this document; its text is not quoted here.</source>
        <translation>定义于本文档；此处不引用其原文。</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>要点</translation>
    </message>
    <message>
        <source>Heuristically cacheable</source>
        <translation>可启发式缓存</translation>
    </message>
    <message>
        <source>Yes, by default (RFC 9110, section 15.1)</source>
        <translation>是，默认可以（RFC 9110，第 15.1 节）</translation>
    </message>
    <message>
        <source>No; only with explicit freshness (Cache-Control, Expires)</source>
        <translation>否；仅在有显式新鲜度时（Cache-Control、Expires）</translation>
    </message>
    <message>
        <source>Redirect</source>
        <translation>重定向</translation>
    </message>
    <message>
        <source>Try it in the lab ▸</source>
        <translation>在实验室中试试 ▸</translation>
    </message>
    <message>
        <source>Content allowed</source>
        <translation>允许内容</translation>
    </message>
    <message>
        <source>No, the response ends after the header section</source>
        <translation>否，响应在标头部分之后结束</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>标头</translation>
    </message>
    <message>
        <source>required</source>
        <translation>必需</translation>
    </message>
    <message>
        <source>typical</source>
        <translation>常见</translation>
    </message>
    <message>
        <source>Common causes</source>
        <translation>常见原因</translation>
    </message>
    <message>
        <source>Example response</source>
        <translation>示例响应</translation>
    </message>
    <message>
        <source>Common misinterpretation</source>
        <translation>常见误解</translation>
    </message>
    <message>
        <source>When to use it</source>
        <translation>何时使用</translation>
    </message>
    <message>
        <source>Confused with</source>
        <translation>易混淆的代码</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>比较</translation>
    </message>
    <message>
        <source>Card content is in English, the language of the RFCs it quotes.</source>
        <translation>卡片内容为英文，与其引用的 RFC 保持一致。</translation>
    </message>
    <message>
        <source>Try it live</source>
        <translation>实时试一试</translation>
    </message>
    <message>
        <source>sends the requests that make this code happen to the sandbox, and shows what comes back</source>
        <translation>将产生此状态码的请求发送到沙盒，并显示返回的内容</translation>
    </message>
</context>
<context>
    <name>ClientProfile</name>
    <message>
        <source>final response</source>
        <translation>最终响应</translation>
    </message>
    <message>
        <source>redirect without a usable Location</source>
        <translation>重定向没有可用的 Location</translation>
    </message>
    <message>
        <source>redirect limit reached</source>
        <translation>已达到重定向次数上限</translation>
    </message>
    <message>
        <source>redirect loop detected</source>
        <translation>检测到重定向循环</translation>
    </message>
    <message>
        <source>the client refused to follow</source>
        <translation>客户端拒绝跟随</translation>
    </message>
    <message>
        <source>%1 does not follow a %2.</source>
        <translation>%1 不跟随 %2。</translation>
    </message>
    <message>
        <source>Not a redirect.</source>
        <translation>不是重定向。</translation>
    </message>
    <message>
        <source>The %1 has no Location to follow.</source>
        <translation>该 %1 没有可跟随的 Location。</translation>
    </message>
    <message>
        <source>%1 stops after %2 redirects.</source>
        <translation>%1 在 %2 次重定向后停止。</translation>
    </message>
    <message>
        <source>%1 noticed that it keeps requesting %2.</source>
        <translation>%1 发现自己在反复请求 %2。</translation>
    </message>
    <message>
        <source>Fetch standard (browsers, Node.js fetch)</source>
        <translation>Fetch 标准（浏览器、Node.js fetch）</translation>
    </message>
    <message>
        <source>Fetch turns this %1 into a GET and drops the body.</source>
        <translation>Fetch 会把这个 %1 变为 GET 并丢弃请求体。</translation>
    </message>
    <message>
        <source>Fetch keeps the method and the body.</source>
        <translation>Fetch 保留方法和请求体。</translation>
    </message>
    <message>
        <source>curl -L</source>
        <translation>curl -L</translation>
    </message>
    <message>
        <source>curl repeats the %1.</source>
        <translation>curl 会重复 %1。</translation>
    </message>
    <message>
        <source>curl -d switches to GET on 301, 302 and 303 and drops the data.</source>
        <translation>curl -d 在 301、302 和 303 时改用 GET 并丢弃数据。</translation>
    </message>
    <message>
        <source>curl -d re-sends the POST with its data.</source>
        <translation>curl -d 会带着数据重新发送 POST。</translation>
    </message>
    <message>
        <source>curl -T switches to GET on 303.</source>
        <translation>curl -T 在 303 时改用 GET。</translation>
    </message>
    <message>
        <source>curl -T re-sends the upload.</source>
        <translation>curl -T 会重新发送上传内容。</translation>
    </message>
    <message>
        <source>curl -X keeps the method but drops the data on 301, 302 and 303.</source>
        <translation>curl -X 保留方法，但在 301、302 和 303 时丢弃数据。</translation>
    </message>
    <message>
        <source>curl -X keeps the method.</source>
        <translation>curl -X 保留方法。</translation>
    </message>
    <message>
        <source>Python requests</source>
        <translation>Python requests</translation>
    </message>
    <message>
        <source>requests turns every method but HEAD into a GET on 302 and 303.</source>
        <translation>requests 在 302 和 303 时把除 HEAD 外的所有方法变为 GET。</translation>
    </message>
    <message>
        <source>requests turns a POST into a GET on 301.</source>
        <translation>requests 在 301 时把 POST 变为 GET。</translation>
    </message>
    <message>
        <source>requests keeps the method but drops the body on 301, 302 and 303.</source>
        <translation>requests 保留方法，但在 301、302 和 303 时丢弃请求体。</translation>
    </message>
    <message>
        <source>requests keeps the method and the body on 307 and 308.</source>
        <translation>requests 在 307 和 308 时保留方法和请求体。</translation>
    </message>
    <message>
        <source>Python urllib</source>
        <translation>Python urllib</translation>
    </message>
    <message>
        <source>urllib follows with a new GET request.</source>
        <translation>urllib 用新的 GET 请求跟随。</translation>
    </message>
    <message>
        <source>urllib turns a POST into a GET on 301, 302 and 303.</source>
        <translation>urllib 在 301、302 和 303 时把 POST 变为 GET。</translation>
    </message>
    <message>
        <source>urllib raises HTTPError: it does not redirect a %1 on %2.</source>
        <translation>urllib 抛出 HTTPError：它不会在 %2 时重定向 %1。</translation>
    </message>
    <message>
        <source>Go net/http</source>
        <translation>Go net/http</translation>
    </message>
    <message>
        <source>Go repeats the %1.</source>
        <translation>Go 会重复 %1。</translation>
    </message>
    <message>
        <source>Go turns every other method into a GET on 301, 302 and 303.</source>
        <translation>Go 在 301、302 和 303 时把其他所有方法变为 GET。</translation>
    </message>
    <message>
        <source>Go re-sends the method and the body on 307 and 308.</source>
        <translation>Go 在 307 和 308 时重新发送方法和请求体。</translation>
    </message>
    <message>
        <source>Postman (defaults)</source>
        <translation>Postman（默认设置）</translation>
    </message>
    <message>
        <source>Postman follows 301, 302 and 303 with a GET unless &quot;Follow original HTTP method&quot; is on.</source>
        <translation>除非打开 &quot;Follow original HTTP method&quot;，Postman 会用 GET 跟随 301、302 和 303。</translation>
    </message>
    <message>
        <source>Postman keeps the method and the body.</source>
        <translation>Postman 保留方法和请求体。</translation>
    </message>
    <message>
        <source>RFC 9110, strict reading</source>
        <translation>RFC 9110，严格解读</translation>
    </message>
    <message>
        <source>RFC 9110 section 15.4.4: the follow-up to a 303 is a retrieval, a GET.</source>
        <translation>RFC 9110 第 15.4.4 节：303 的后续请求是一次获取，即 GET。</translation>
    </message>
    <message>
        <source>RFC 9110 allows, but does not require, POST to become GET on %1; the strict reading keeps it.</source>
        <translation>RFC 9110 允许但不要求 POST 在 %1 时变为 GET；严格解读会保留它。</translation>
    </message>
    <message>
        <source>RFC 9110: the method is kept.</source>
        <translation>RFC 9110：保留方法。</translation>
    </message>
    <message>
        <source>GNU Wget</source>
        <translation>GNU Wget</translation>
    </message>
    <message>
        <source>wget turns this %1 into a GET and drops the body.</source>
        <translation>wget 会把这个 %1 变为 GET 并丢弃请求体。</translation>
    </message>
    <message>
        <source>wget keeps the method and the body.</source>
        <translation>wget 保留方法和请求体。</translation>
    </message>
    <message>
        <source>Qt QNetworkAccessManager</source>
        <translation>Qt QNetworkAccessManager</translation>
    </message>
    <message>
        <source>Qt turns the request into a GET on 301, 302 and 303.</source>
        <translation>Qt 在 301、302 和 303 时把请求变为 GET。</translation>
    </message>
    <message>
        <source>Qt keeps the method and the body.</source>
        <translation>Qt 保留方法和请求体。</translation>
    </message>
    <message>
        <source>Go net/http, body from a stream (no GetBody)</source>
        <translation>Go net/http，来自流的请求体（无 GetBody）</translation>
    </message>
    <message>
        <source>Go cannot send this body again (GetBody is nil), so it returns the %1 to the caller without following it.</source>
        <translation>Go 无法再次发送此请求体（GetBody 为 nil），因此它将 %1 返回给调用方而不跟随。</translation>
    </message>
    <message>
        <source>Python httpx</source>
        <translation>Python httpx</translation>
    </message>
    <message>
        <source>httpx turns every method but HEAD into a GET on 302 and 303, and drops the body.</source>
        <translation>httpx 在 302 和 303 时将除 HEAD 以外的所有方法改为 GET，并丢弃请求体。</translation>
    </message>
    <message>
        <source>httpx turns a POST into a GET on 301 and drops the body.</source>
        <translation>httpx 在 301 时将 POST 改为 GET，并丢弃请求体。</translation>
    </message>
    <message>
        <source>httpx keeps the %1 and sends the body again: only a change to GET drops it.</source>
        <translation>httpx 保留 %1 并再次发送请求体：只有改为 GET 时才会丢弃请求体。</translation>
    </message>
    <message>
        <source>Python aiohttp</source>
        <translation>Python aiohttp</translation>
    </message>
    <message>
        <source>aiohttp turns this %1 into a GET and drops the data (a 303 for every method but HEAD, a 301 or 302 for POST).</source>
        <translation>aiohttp 将此 %1 改为 GET 并丢弃数据（303 对除 HEAD 以外的所有方法，301 或 302 对 POST）。</translation>
    </message>
    <message>
        <source>aiohttp keeps the %1 and its data.</source>
        <translation>aiohttp 保留 %1 及其数据。</translation>
    </message>
    <message>
        <source>HTTPie (http --follow)</source>
        <translation>HTTPie (http --follow)</translation>
    </message>
    <message>
        <source>HTTPie (through requests) turns every method but HEAD into a GET on 302 and 303.</source>
        <translation>HTTPie（通过 requests）在 302 和 303 时将除 HEAD 以外的所有方法改为 GET。</translation>
    </message>
    <message>
        <source>HTTPie (through requests) turns a POST into a GET on 301.</source>
        <translation>HTTPie（通过 requests）在 301 时将 POST 改为 GET。</translation>
    </message>
    <message>
        <source>HTTPie (through requests) keeps the %1 but drops the body on 301, 302 and 303.</source>
        <translation>HTTPie（通过 requests）保留 %1，但在 301、302 和 303 时丢弃请求体。</translation>
    </message>
    <message>
        <source>HTTPie (through requests) keeps the method and the body on 307 and 308.</source>
        <translation>HTTPie（通过 requests）在 307 和 308 时保留方法和请求体。</translation>
    </message>
    <message>
        <source>The browser turns the POST into a GET on %1 and drops the body.</source>
        <translation>浏览器在 %1 时将 POST 改为 GET，并丢弃请求体。</translation>
    </message>
    <message>
        <source>The browser follows a 303 with a GET, without the body.</source>
        <translation>浏览器用 GET 跟随 303，不带请求体。</translation>
    </message>
    <message>
        <source>The browser keeps the %1 on %2.</source>
        <translation>浏览器在 %2 时保留 %1。</translation>
    </message>
    <message>
        <source>The browser keeps the %1 and its body on %2.</source>
        <translation>浏览器在 %2 时保留 %1 及其请求体。</translation>
    </message>
    <message>
        <source>HTML form submission (browsers)</source>
        <translation>HTML 表单提交（浏览器）</translation>
    </message>
    <message>
        <source>An HTML form sends only GET or POST; a %1 is not possible with a form.</source>
        <translation>HTML 表单只能发送 GET 或 POST；无法用表单发送 %1。</translation>
    </message>
    <message>
        <source>Top-level navigation (browsers)</source>
        <translation>顶层导航（浏览器）</translation>
    </message>
    <message>
        <source>A navigation is a GET; a %1 is not possible with a navigation.</source>
        <translation>导航是 GET 请求；无法用导航发送 %1。</translation>
    </message>
    <message>
        <source>scheme %1 ≠ %2</source>
        <translation>协议 %1 ≠ %2</translation>
    </message>
    <message>
        <source>host %1 ≠ %2</source>
        <translation>主机 %1 ≠ %2</translation>
    </message>
    <message>
        <source>port %1 ≠ %2</source>
        <translation>端口 %1 ≠ %2</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>statusdeck: skipped a broken card: %1</source>
        <translation>statusdeck：已跳过损坏的卡片：%1</translation>
    </message>
    <message>
        <source>statusdeck: skipped a broken snippet template: %1</source>
        <translation>statusdeck：已跳过损坏的代码片段模板：%1</translation>
    </message>
    <message>
        <source>statusdeck: no card for status code %1. Nearest known codes: %2.</source>
        <translation>statusdeck：没有状态码 %1 的卡片。最接近的已知代码：%2。</translation>
    </message>
    <message>
        <source>statusdeck: &apos;%1&apos; is not a status code; give a number such as 404, or a card id such as 499-nginx.</source>
        <translation>statusdeck：&apos;%1&apos; 不是状态码；请给出 404 这样的数字，或 499-nginx 这样的卡片 ID。</translation>
    </message>
    <message>
        <source>Use the interface language CODE (for example de).</source>
        <translation>使用界面语言 CODE（例如 zh_CN）。</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>显示此帮助。</translation>
    </message>
    <message>
        <source>Usage:</source>
        <translation>用法：</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>选项：</translation>
    </message>
    <message>
        <source>Run &apos;statusdeck --help&apos; for the other commands.</source>
        <translation>运行 &apos;statusdeck --help&apos; 查看其他命令。</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <source>Run &apos;statusdeck help COMMAND&apos; for the options of a command.</source>
        <translation>运行 &apos;statusdeck help COMMAND&apos; 查看某个命令的选项。</translation>
    </message>
    <message>
        <source>Run &apos;statusdeck %1 --help&apos; for its options.</source>
        <translation>运行 &apos;statusdeck %1 --help&apos; 查看它的选项。</translation>
    </message>
    <message>
        <source>Run &apos;statusdeck --help&apos; for the commands and options.</source>
        <translation>运行 &apos;statusdeck --help&apos; 查看命令和选项。</translation>
    </message>
    <message>
        <source>statusdeck: this needs the window.</source>
        <translation>statusdeck：此操作需要窗口。</translation>
    </message>
    <message>
        <source>print every card</source>
        <translation>打印所有卡片</translation>
    </message>
    <message>
        <source>Export format: json or markdown.</source>
        <translation>导出格式：json 或 markdown。</translation>
    </message>
    <message>
        <source>statusdeck: export takes no arguments besides --format.</source>
        <translation>statusdeck：export 除 --format 外不接受参数。</translation>
    </message>
    <message>
        <source>statusdeck: unknown export format &apos;%1&apos;; use json or markdown.</source>
        <translation>statusdeck：未知的导出格式 &apos;%1&apos;；请使用 json 或 markdown。</translation>
    </message>
    <message>
        <source>statusdeck: %1 needs the window.</source>
        <translation>statusdeck：%1 需要窗口。</translation>
    </message>
    <message>
        <source>Open the card CODE.</source>
        <translation>打开卡片 CODE。</translation>
    </message>
    <message>
        <source>Use the light or dark palette instead of the system&apos;s.</source>
        <translation>使用浅色或深色调色板，而不是系统的调色板。</translation>
    </message>
    <message>
        <source>Show the page reference, sandbox or lab.</source>
        <translation>显示页面 reference、sandbox 或 lab。</translation>
    </message>
    <message>
        <source>--theme takes light or dark, not &apos;%1&apos;.</source>
        <translation>--theme 只接受 light 或 dark，不接受 &apos;%1&apos;。</translation>
    </message>
    <message>
        <source>--page takes reference, sandbox or lab, not &apos;%1&apos;.</source>
        <translation>--page 只接受 reference、sandbox 或 lab，不接受 &apos;%1&apos;。</translation>
    </message>
    <message>
        <source>the options of COMMAND, or this help</source>
        <translation>COMMAND 的选项，或此帮助</translation>
    </message>
    <message>
        <source>statusdeck: help takes one command at most.</source>
        <translation>statusdeck：help 最多接受一个命令。</translation>
    </message>
    <message>
        <source>statusdeck: unknown command &apos;%1&apos;.</source>
        <translation>statusdeck：未知命令 &apos;%1&apos;。</translation>
    </message>
    <message>
        <source>write error</source>
        <translation>写入错误</translation>
    </message>
    <message>
        <source>statusdeck: could not write the output: %1</source>
        <translation>statusdeck：无法写入输出：%1</translation>
    </message>
    <message>
        <source>one line per card: code, phrase, registry status</source>
        <translation>每张卡片一行：代码、短语、注册状态</translation>
    </message>
    <message>
        <source>Print only the card ids, one a line (for scripts and shell completion).</source>
        <translation>只打印卡片 ID，每行一个（用于脚本和 shell 补全）。</translation>
    </message>
    <message>
        <source>statusdeck: list takes no arguments.</source>
        <translation>statusdeck：list 不接受参数。</translation>
    </message>
    <message>
        <source>redirect lab: run a client through every method and redirect code and print what the server saw</source>
        <translation>重定向实验室：让客户端经历每种方法和每个重定向代码，并打印服务器看到的内容</translation>
    </message>
    <message>
        <source>Run the installed program instead of its emulated profile.</source>
        <translation>运行已安装的程序，而不是它的模拟行为模型。</translation>
    </message>
    <message>
        <source>Output format: text (a table) or json.</source>
        <translation>输出格式：text（表格）或 json。</translation>
    </message>
    <message>
        <source>statusdeck: matrix --format takes text or json, not &apos;%1&apos;.</source>
        <translation>statusdeck：matrix --format 只接受 text 或 json，不接受 &apos;%1&apos;。</translation>
    </message>
    <message>
        <source>statusdeck: matrix needs --client NAME, for example: statusdeck matrix --client fetch</source>
        <translation>statusdeck：matrix 需要 --client NAME，例如：statusdeck matrix --client fetch</translation>
    </message>
    <message>
        <source>statusdeck: cannot start the sandbox: %1.</source>
        <translation>statusdeck：无法启动沙盒：%1。</translation>
    </message>
    <message>
        <source>render the window to a PNG and exit</source>
        <translation>将窗口渲染为 PNG 并退出</translation>
    </message>
    <message>
        <source>Renders the window at 1280x800 to a PNG and exits; works with QT_QPA_PLATFORM=offscreen. The card is 301 unless --card says otherwise. For the sandbox and lab pages it first runs the Fetch matrix on a sandbox on a free port, so the picture shows traffic.</source>
        <translation>以 1280x800 将窗口渲染为 PNG 并退出；可在 QT_QPA_PLATFORM=offscreen 下运行。除非 --card 另行指定，卡片为 301。对于 sandbox 和 lab 页面，会先在空闲端口的沙盒上运行 Fetch 矩阵，使图片中显示流量。</translation>
    </message>
    <message>
        <source>screenshot needs exactly one output file, for example: statusdeck screenshot --card 301 window.png</source>
        <translation>screenshot 需要且只需要一个输出文件，例如：statusdeck screenshot --card 301 window.png</translation>
    </message>
    <message>
        <source>find the right card: cards ranked by how well they match</source>
        <translation>找到合适的卡片：按匹配程度排列卡片</translation>
    </message>
    <message>
        <source>Ranks the cards as the window&apos;s search does: a code or card id first, then the phrase, former phrases and keywords, then the summary and definition, then the rest of the text; ties go to the more common code. Words may come in any order, in any case, with simple plurals and, in words of five letters or more, one typo. The JSON is an array in rank order with id, code, phrase, score, matched (the field that decided the rank), matched_text (the keyword or former phrase) and typo. Exit status: 0 with results, 1 with none, 2 on bad usage.</source>
        <translation>按窗口中搜索的方式为卡片排名：先是代码或卡片 ID，然后是短语、旧短语和关键词，再是摘要和定义，最后是其余正文；排名相同时，较常见的代码优先。单词顺序和大小写不限，支持简单的复数形式；五个字母及以上的单词允许一处拼写错误。JSON 是按排名排列的数组，包含 id、code、phrase、score、matched（决定排名的字段）、matched_text（关键词或旧短语）和 typo。退出状态：有结果为 0，无结果为 1，用法错误为 2。</translation>
    </message>
    <message>
        <source>Print at most N results (default 10, 0: all).</source>
        <translation>最多打印 N 个结果（默认 10，0 表示全部）。</translation>
    </message>
    <message>
        <source>Output format: text or json.</source>
        <translation>输出格式：text 或 json。</translation>
    </message>
    <message>
        <source>statusdeck: search needs a query, e.g. &apos;rate limit&apos;.</source>
        <translation>statusdeck：search 需要一个查询，例如 &apos;rate limit&apos;。</translation>
    </message>
    <message>
        <source>statusdeck: --limit takes a number from 0 up, not &apos;%1&apos;.</source>
        <translation>statusdeck：--limit 接受从 0 起的数字，不接受 &apos;%1&apos;。</translation>
    </message>
    <message>
        <source>statusdeck: unknown search format &apos;%1&apos;; use text or json.</source>
        <translation>statusdeck：未知的搜索格式 &apos;%1&apos;；请使用 text 或 json。</translation>
    </message>
    <message>
        <source>statusdeck: no card matches &apos;%1&apos;. Try a class: 1xx, 2xx, 3xx, 4xx or 5xx.</source>
        <translation>statusdeck：没有与 &apos;%1&apos; 匹配的卡片。试试一个类别：1xx、2xx、3xx、4xx 或 5xx。</translation>
    </message>
    <message>
        <source>run the sandbox HTTP server (default port 8088, on 127.0.0.1 only) until Ctrl+C; logs one line per exchange</source>
        <translation>运行沙盒 HTTP 服务器（默认端口 8088，仅 127.0.0.1）直到按下 Ctrl+C；每次交互记录一行</translation>
    </message>
    <message>
        <source>Runs the sandbox HTTP server without a window until Ctrl+C or SIGTERM. It prints its URL, a second origin on a free port for cross-origin redirects, then one line per exchange: time, client, method, target, status, bytes.</source>
        <translation>在没有窗口的情况下运行沙盒 HTTP 服务器，直到 Ctrl+C 或 SIGTERM。它会打印自己的 URL、空闲端口上用于跨源重定向的第二个源，然后每次交互打印一行：时间、客户端、方法、目标、状态、字节数。</translation>
    </message>
    <message>
        <source>Listen on port N (default 8088, 0 for any free one).</source>
        <translation>在端口 N 上监听（默认 8088，0 表示任意空闲端口）。</translation>
    </message>
    <message>
        <source>Listen on ADDR (default 127.0.0.1; another address needs --allow-remote).</source>
        <translation>在 ADDR 上监听（默认 127.0.0.1；其他地址需要 --allow-remote）。</translation>
    </message>
    <message>
        <source>Write every exchange to FILE as HAR 1.2 when the server stops (atomically: the old file stays if writing fails).</source>
        <translation>服务器停止时将每次交互以 HAR 1.2 写入 FILE（原子写入：写入失败时保留旧文件）。</translation>
    </message>
    <message>
        <source>With --har, also write FILE every SECONDS while running.</source>
        <translation>配合 --har，运行期间每 SECONDS 秒也写入一次 FILE。</translation>
    </message>
    <message>
        <source>Allow a --bind address other than loopback: anyone who can reach it can use the sandbox.</source>
        <translation>允许非回环的 --bind 地址：任何能访问该地址的人都能使用沙盒。</translation>
    </message>
    <message>
        <source>statusdeck: serve takes no arguments besides --port and --bind.</source>
        <translation>statusdeck：serve 除 --port 和 --bind 外不接受参数。</translation>
    </message>
    <message>
        <source>statusdeck: --port takes 0 to 65535, not &apos;%1&apos;.</source>
        <translation>statusdeck：--port 接受 0 到 65535，不接受 &apos;%1&apos;。</translation>
    </message>
    <message>
        <source>statusdeck: --bind takes an IP address such as 127.0.0.1, not &apos;%1&apos;.</source>
        <translation>statusdeck：--bind 接受 127.0.0.1 这样的 IP 地址，不接受 &apos;%1&apos;。</translation>
    </message>
    <message>
        <source>statusdeck: --bind %1 is not a loopback address: anyone who can reach it could use the sandbox. Add --allow-remote if that is meant.</source>
        <translation>statusdeck：--bind %1 不是回环地址：任何能访问它的人都可能使用沙盒。如确有此意，请加上 --allow-remote。</translation>
    </message>
    <message>
        <source>statusdeck: WARNING: listening on %1, not only on loopback: anyone who can reach this address can use the sandbox.</source>
        <translation>statusdeck：警告：正在 %1 上监听，而不只是回环地址：任何能访问此地址的人都能使用沙盒。</translation>
    </message>
    <message>
        <source>statusdeck: --har-every takes a number of seconds from 1 up, with --har FILE.</source>
        <translation>statusdeck：--har-every 接受从 1 起的秒数，需配合 --har FILE 使用。</translation>
    </message>
    <message>
        <source>statusdeck: could not write the HAR file %1: %2</source>
        <translation>statusdeck：无法写入 HAR 文件 %1：%2</translation>
    </message>
    <message>
        <source>StatusDeck sandbox listening on %1</source>
        <translation>StatusDeck 沙盒正在 %1 上监听</translation>
    </message>
    <message>
        <source>Second origin (for cross-origin redirects): %1</source>
        <translation>第二个源（用于跨源重定向）：%1</translation>
    </message>
    <message>
        <source>statusdeck: stopping the sandbox.</source>
        <translation>statusdeck：正在停止沙盒。</translation>
    </message>
    <message>
        <source>statusdeck: this machine&apos;s addresses: %1</source>
        <translation>statusdeck：本机地址：%1</translation>
    </message>
    <message>
        <source>statusdeck: the HAR file holds the newest %1 of %2 exchanges.</source>
        <translation>statusdeck：HAR 文件保存了 %2 次交互中最新的 %1 次。</translation>
    </message>
    <message>
        <source>statusdeck: wrote %1 exchanges to %2.</source>
        <translation>statusdeck：已将 %1 次交互写入 %2。</translation>
    </message>
    <message>
        <source>print a card (CODE is 404 or a card id like 499-nginx)</source>
        <translation>打印一张卡片（CODE 为 404 或 499-nginx 这样的卡片 ID）</translation>
    </message>
    <message>
        <source>Prints the card for CODE as readable text: a status code such as 404, or a card id such as 499-nginx. An unknown code names the nearest known ones.</source>
        <translation>以可读文本打印 CODE 的卡片：404 这样的状态码，或 499-nginx 这样的卡片 ID。未知代码会列出最接近的已知代码。</translation>
    </message>
    <message>
        <source>Print only the snippet for FRAMEWORK (express, flask, go, nginx, curl, ...).</source>
        <translation>只打印 FRAMEWORK 的代码片段（express、flask、go、nginx、curl 等）。</translation>
    </message>
    <message>
        <source>statusdeck: show needs one status code, for example: statusdeck show 404</source>
        <translation>statusdeck：show 需要一个状态码，例如：statusdeck show 404</translation>
    </message>
    <message>
        <source>statusdeck: no snippet framework &apos;%1&apos;. Known: %2.</source>
        <translation>statusdeck：没有代码片段框架 &apos;%1&apos;。已知的有：%2。</translation>
    </message>
    <message>
        <source>
Also %1 (%2): statusdeck show %3</source>
        <translation>
另有 %1（%2）：statusdeck show %3</translation>
    </message>
    <message>
        <source>make a card&apos;s code happen live at a sandbox and show the exchanges</source>
        <translation>在沙盒中实时重现卡片的代码并显示交互过程</translation>
    </message>
    <message>
        <source>statusdeck: try needs one status code, for example: statusdeck try 304 (--format text or json)</source>
        <translation>statusdeck：try 需要一个状态码，例如：statusdeck try 304（--format text 或 json）</translation>
    </message>
    <message>
        <source>%1 %2, live against a sandbox at %3</source>
        <translation>%1 %2，在 %3 的沙盒上实时运行</translation>
    </message>
    <message>
        <source>request %1 of %2</source>
        <translation>第 %1 个请求，共 %2 个</translation>
    </message>
    <message>
        <source>no response</source>
        <translation>无响应</translation>
    </message>
    <message>
        <source>as the card says</source>
        <translation>与卡片所述一致</translation>
    </message>
    <message>
        <source>NOT as the card says: %1</source>
        <translation>与卡片所述不一致：%1</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>显示版本。</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;.</source>
        <translation>未知命令 &apos;%1&apos;。</translation>
    </message>
    <message>
        <source>give one card, not both %1 and --card %2.</source>
        <translation>只能给出一张卡片，不能同时给出 %1 和 --card %2。</translation>
    </message>
    <message>
        <source>Open a window of its own instead of using the running one (it does not save settings and starts its sandbox on a free port).</source>
        <translation>打开一个独立窗口，而不使用正在运行的窗口（不保存设置，并在空闲端口上启动其沙盒）。</translation>
    </message>
    <message>
        <source>no such file: %1</source>
        <translation>没有此文件：%1</translation>
    </message>
    <message>
        <source>%1 is a folder, not a HAR file.</source>
        <translation>%1 是文件夹，不是 HAR 文件。</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>无法读取 %1。</translation>
    </message>
    <message>
        <source>Starts a sandbox on free ports and runs a client through GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS x 301, 302, 303, 307, 308, live, and prints what the server saw. A real browser (--client chromium, chrome or firefox with --real) runs headless with a throw-away profile and makes its requests with fetch(), an HTML form or a navigation (--mode). Exit status 1 when it could not run (a real program or browser that is not installed, a Python module that cannot be imported, a Go client that does not build). The real go and go-stream are a small Go program built once with the installed go into the cache folder; go-stream sends the body from a stream Go cannot read again. With --cross-origin it runs the cross-origin matrix instead: a GET with Authorization, Cookie and X-StatusDeck-Probe through each code to the same origin, another port and another host, and shows which headers arrived. Each cell names the rule behind it ([n], listed below the table).</source>
        <translation>在空闲端口上启动沙盒，让客户端实时运行 GET、HEAD、POST、PUT、PATCH、DELETE、OPTIONS x 301、302、303、307、308，并打印服务器收到的内容。真实浏览器（--client chromium、chrome 或 firefox 配合 --real）以无头模式运行，使用一次性配置文件，并通过 fetch()、HTML 表单或导航（--mode）发出请求。无法运行时（真实程序或浏览器未安装、Python 模块无法导入、Go 客户端无法构建）退出状态为 1。真实的 go 和 go-stream 是一个小型 Go 程序，用已安装的 go 在缓存文件夹中构建一次；go-stream 从 Go 无法再次读取的流中发送请求体。使用 --cross-origin 时改为运行跨源矩阵：一个带 Authorization、Cookie 和 X-StatusDeck-Probe 的 GET 经每个状态码发往同源、另一端口和另一主机，并显示哪些标头到达。每个单元格都注明其背后的规则（[n]，列于表格下方）。</translation>
    </message>
    <message>
        <source>The client: fetch, curl, requests, urllib, go, postman, rfc, wget, httpx, aiohttp, httpie, go-stream, form, navigate (emulated), qt (Qt itself); with --real: curl, python3, node, wget, requests, httpx, aiohttp, httpie, go, go-stream, chromium, chrome, firefox.</source>
        <translation>客户端：fetch、curl、requests、urllib、go、postman、rfc、wget、httpx、aiohttp、httpie、go-stream、form、navigate（模拟）、qt（Qt 本身）；配合 --real：curl、python3、node、wget、requests、httpx、aiohttp、httpie、go、go-stream、chromium、chrome、firefox。</translation>
    </message>
    <message>
        <source>With a real browser: how it makes the requests, fetch() (every method, the default), form (GET and POST) or navigate (GET).</source>
        <translation>使用真实浏览器时发出请求的方式：fetch()（所有方法，默认）、form（GET 和 POST）或 navigate（GET）。</translation>
    </message>
    <message>
        <source>Run the cross-origin matrix: Authorization, Cookie and a custom header to the same origin, another port and another host.</source>
        <translation>运行跨源矩阵：将 Authorization、Cookie 和一个自定义标头发往同源、另一端口和另一主机。</translation>
    </message>
    <message>
        <source>statusdeck: matrix takes no arguments besides --client, --real, --mode, --cross-origin and --format.</source>
        <translation>statusdeck：matrix 除 --client、--real、--mode、--cross-origin 和 --format 外不接受参数。</translation>
    </message>
    <message>
        <source>statusdeck: matrix --mode takes fetch, form or navigate, not &apos;%1&apos;.</source>
        <translation>statusdeck：matrix --mode 接受 fetch、form 或 navigate，而不是“%1”。</translation>
    </message>
    <message>
        <source>statusdeck: matrix --mode needs a real browser: --client chromium, chrome or firefox with --real.</source>
        <translation>statusdeck：matrix --mode 需要真实浏览器：--client chromium、chrome 或 firefox 配合 --real。</translation>
    </message>
    <message>
        <source>statusdeck: --client %1 and --mode %2 name different modes.</source>
        <translation>statusdeck：--client %1 和 --mode %2 指定的模式不同。</translation>
    </message>
    <message>
        <source>open a HAR file in the window&apos;s exchange log</source>
        <translation>在窗口的交换日志中打开 HAR 文件</translation>
    </message>
    <message>
        <source>Opens FILE.har (from &apos;statusdeck serve --har&apos;, browser devtools or a proxy) in the exchange log of the Sandbox page, read-only and marked as imported, beside the live exchanges. When a StatusDeck window is open already, the file opens there and that window comes to the front; the command then ends at once, with status 1 when the file could not be read as HAR.</source>
        <translation>在沙盒页面的交换日志中打开 FILE.har（来自“statusdeck serve --har”、浏览器开发者工具或代理），只读并标记为已导入，与实时交换并列显示。如果已有 StatusDeck 窗口打开，文件将在该窗口中打开并将其置于前台；命令随即结束，如果文件无法作为 HAR 读取，则状态为 1。</translation>
    </message>
    <message>
        <source>open needs exactly one HAR file, for example: statusdeck open run.har</source>
        <translation>open 需要恰好一个 HAR 文件，例如：statusdeck open run.har</translation>
    </message>
    <message>
        <source>Picture a part of the reference instead: guide (the Which Code dialog, answered to a result), compare (the card beside its first confused-with card) or favourites (a few cards starred).</source>
        <translation>改为截取参考的某一部分：guide（“选哪个状态码”对话框，已答至结果）、compare（卡片及其第一张易混淆卡片并列）或 favourites（几张已加星标的卡片）。</translation>
    </message>
    <message>
        <source>--show takes guide, compare or favourites, not &apos;%1&apos;.</source>
        <translation>--show 接受 guide、compare 或 favourites，而不是“%1”。</translation>
    </message>
    <message>
        <source>HTTP status code reference and redirect lab. With no command, opens the window (on the card CODE, or with FILE.har in the exchange log, if given); when it is open already, brings it to the front and opens the card or file there.</source>
        <translation>HTTP 状态码参考和重定向实验室。不带命令时打开窗口（如已给出，则打开卡片 CODE，或在交换日志中打开 FILE.har）；如果窗口已打开，则将其置于前台并在其中打开卡片或文件。</translation>
    </message>
    <message numerus="yes">
        <source>statusdeck: %n exchange(s) got no line (and are not in the HAR): the log dropped them before they could be printed.</source>
        <translation>
            <numerusform>statusdeck：%n 个交换没有输出行（也不在 HAR 中）：日志在打印之前就丢弃了它们。</numerusform>
        </translation>
    </message>
    <message>
        <source>statusdeck: cannot open a window: there is no display (DISPLAY and WAYLAND_DISPLAY are not set). The commands work without one: see statusdeck --help.</source>
        <translation>statusdeck：无法打开窗口：没有显示器（未设置 DISPLAY 和 WAYLAND_DISPLAY）。命令无需显示器即可运行：参见 statusdeck --help。</translation>
    </message>
</context>
<context>
    <name>GuiMain</name>
    <message>
        <source>Skipped a broken card: %1</source>
        <translation>已跳过损坏的卡片：%1</translation>
    </message>
    <message>
        <source>Skipped a broken snippet template: %1</source>
        <translation>已跳过损坏的代码片段模板：%1</translation>
    </message>
    <message>
        <source>The settings file %1 could not be read; defaults are used and it will be rewritten.</source>
        <translation>无法读取设置文件 %1；将使用默认设置，并重新写入该文件。</translation>
    </message>
    <message>
        <source>statusdeck: no card &apos;%1&apos;.</source>
        <translation>statusdeck：没有卡片 &apos;%1&apos;。</translation>
    </message>
    <message>
        <source>statusdeck: could not write %1: %2</source>
        <translation>statusdeck：无法写入 %1：%2</translation>
    </message>
    <message>
        <source>statusdeck: a StatusDeck window is running but did not take the request (%1). Close it, or start another with --new-window.</source>
        <translation>statusdeck：有一个 StatusDeck 窗口正在运行，但未接受请求（%1）。请关闭它，或使用 --new-window 启动另一个窗口。</translation>
    </message>
</context>
<context>
    <name>Guide</name>
    <message>
        <source>not valid JSON (%1 at offset %2)</source>
        <translation>不是有效的 JSON（偏移 %2 处：%1）</translation>
    </message>
    <message>
        <source>must name the first question</source>
        <translation>必须指定第一个问题</translation>
    </message>
    <message>
        <source>every question needs an id and a text</source>
        <translation>每个问题都需要 id 和 text</translation>
    </message>
    <message>
        <source>every answer needs a text and exactly one of next or result</source>
        <translation>每个回答都需要 text，以及 next 和 result 中的恰好一个</translation>
    </message>
    <message>
        <source>a question needs at least 2 answers</source>
        <translation>一个问题至少需要 2 个回答</translation>
    </message>
    <message>
        <source>every result needs an id, a card, why and a rule</source>
        <translation>每个结果都需要 id、card、why 和 rule</translation>
    </message>
</context>
<context>
    <name>HarImport</name>
    <message>
        <source>request body not in the HAR</source>
        <translation>HAR 中没有请求体</translation>
    </message>
    <message>
        <source>request body rebuilt from postData.params</source>
        <translation>请求体由 postData.params 重建</translation>
    </message>
    <message>
        <source>no response in the HAR (status 0)</source>
        <translation>HAR 中没有响应（状态 0）</translation>
    </message>
    <message>
        <source>no response: %1</source>
        <translation>无响应：%1</translation>
    </message>
    <message>
        <source>response body not in the HAR (%1 bytes)</source>
        <translation>HAR 中没有响应体（%1 字节）</translation>
    </message>
    <message>
        <source>no request</source>
        <translation>无请求</translation>
    </message>
    <message>
        <source>no request.method</source>
        <translation>无 request.method</translation>
    </message>
    <message>
        <source>no request.url</source>
        <translation>无 request.url</translation>
    </message>
    <message>
        <source>no response in the HAR</source>
        <translation>HAR 中没有响应</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2 at byte %3</source>
        <translation>%1 不是有效的 JSON：%2，位于字节 %3</translation>
    </message>
    <message>
        <source>%1 is not a HAR file: it has no &quot;log&quot; object</source>
        <translation>%1 不是 HAR 文件：它没有 &quot;log&quot; 对象</translation>
    </message>
    <message>
        <source>%1 is HAR version %2; StatusDeck reads versions 1.1 and 1.2</source>
        <translation>%1 是 HAR 版本 %2；StatusDeck 可读取版本 1.1 和 1.2</translation>
    </message>
    <message>
        <source>%1 is not a HAR file: its log has no &quot;entries&quot; list</source>
        <translation>%1 不是 HAR 文件：其 log 没有 &quot;entries&quot; 列表</translation>
    </message>
    <message>
        <source>entry %1: %2</source>
        <translation>条目 %1：%2</translation>
    </message>
    <message>
        <source>cut at %1 KiB per side</source>
        <translation>每侧截断于 %1 KiB</translation>
    </message>
    <message>
        <source>%1, entry %2 of %3</source>
        <translation>%1，第 %2 个条目，共 %3 个</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) skipped (%1)</source>
        <translation>
            <numerusform>跳过了 %n 个条目（%1）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>only the first %1 entries were read; %n more left out</source>
        <translation>
            <numerusform>只读取了前 %1 个条目；另有 %n 个被略去</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) cut at %1 KiB per side</source>
        <translation>
            <numerusform>%n 个条目每侧截断于 %1 KiB</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is %2 MiB; StatusDeck opens HAR files of up to %3 MiB</source>
        <translation>%1 为 %2 MiB；StatusDeck 可打开最大 %3 MiB 的 HAR 文件</translation>
    </message>
</context>
<context>
    <name>PageShortcuts</name>
    <message>
        <source>Exchange log</source>
        <translation>交换日志</translation>
    </message>
</context>
<context>
    <name>PngWriter</name>
    <message>
        <source>There is no image to write.</source>
        <translation>没有可写入的图像。</translation>
    </message>
</context>
<context>
    <name>RequestText</name>
    <message>
        <source>[StatusDeck: the sandbox&apos;s log has no bytes for this hop; the text below is rebuilt from what the client sent and got, it is not what went over the wire]</source>
        <translation>[StatusDeck：沙盒日志中没有此跳的字节；以下文本根据客户端发送和收到的内容重建，并非实际线路上传输的内容]</translation>
    </message>
    <message>
        <source>[StatusDeck: this hop went to %1, not to the sandbox, so nothing was logged; the text below is rebuilt from what the client sent and got]</source>
        <translation>[StatusDeck：此跳发往 %1 而非沙盒，因此没有记录；以下文本根据客户端发送和收到的内容重建]</translation>
    </message>
</context>
<context>
    <name>statusdeck::RawReplay</name>
    <message>
        <source>the sandbox closed the connection without an answer</source>
        <translation>沙盒未作应答即关闭了连接</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>%1 秒内无应答</translation>
    </message>
</context>
<context>
    <name>statusdeck::SandboxServer</name>
    <message>
        <source>the sandbox was stopped</source>
        <translation>沙盒已停止</translation>
    </message>
</context>
<context>
    <name>statusdeck::gui</name>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>%1, section %2</source>
        <translation>%1，第 %2 节</translation>
    </message>
    <message>
        <source>No quote on this card.</source>
        <translation>这张卡片没有引文。</translation>
    </message>
    <message>
        <source>%1 %2 compared with %3 %4</source>
        <translation>%1 %2 与 %3 %4 的比较</translation>
    </message>
    <message>
        <source>The %1 card:</source>
        <translation>%1 卡片：</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Registry</source>
        <translation>注册状态</translation>
    </message>
    <message>
        <source>In short</source>
        <translation>简述</translation>
    </message>
    <message>
        <source>Yes, by default</source>
        <translation>是，默认可以</translation>
    </message>
    <message>
        <source>Only with explicit freshness</source>
        <translation>仅在有显式新鲜度时</translation>
    </message>
    <message>
        <source>Heuristically cacheable</source>
        <translation>可启发式缓存</translation>
    </message>
    <message>
        <source>not a redirect</source>
        <translation>不是重定向</translation>
    </message>
    <message>
        <source>Redirect</source>
        <translation>重定向</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>Content allowed</source>
        <translation>允许内容</translation>
    </message>
    <message>
        <source>Required headers</source>
        <translation>必需的标头</translation>
    </message>
    <message>
        <source>When to use it</source>
        <translation>何时使用</translation>
    </message>
    <message>
        <source>From the RFC</source>
        <translation>RFC 原文</translation>
    </message>
</context>
<context>
    <name>statusdeck::gui::CardListModel</name>
    <message>
        <source>★ Favourites</source>
        <translation>★ 收藏</translation>
    </message>
    <message>
        <source>Recent</source>
        <translation>最近</translation>
    </message>
    <message>
        <source>No cards match “%1”. Browse a class:</source>
        <translation>没有与“%1”匹配的卡片。浏览一个类别：</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n 个结果</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>statusdeck::gui::CompareView</name>
    <message>
        <source>Compare</source>
        <translation>比较</translation>
    </message>
    <message>
        <source>Redirect code</source>
        <translation>重定向代码</translation>
    </message>
    <message>
        <source>Redirect code:</source>
        <translation>重定向代码：</translation>
    </message>
    <message>
        <source>Clients compared</source>
        <translation>已比较的客户端</translation>
    </message>
</context>
<context>
    <name>statusdeck::gui::ComposerView</name>
    <message>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>预设</translation>
    </message>
    <message>
        <source>Choose an experiment…</source>
        <translation>选择一个实验…</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方法</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>The sandbox&apos;s URL, or a path on it such as redirect/307</source>
        <translation>沙盒的 URL，或其上的路径，例如 redirect/307</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>标头</translation>
    </message>
    <message>
        <source>One header per line: Name: value</source>
        <translation>每行一个标头：Name: value</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>请求体</translation>
    </message>
    <message>
        <source>Preset:</source>
        <translation>预设：</translation>
    </message>
    <message>
        <source>Request:</source>
        <translation>请求：</translation>
    </message>
    <message>
        <source>Headers:</source>
        <translation>标头：</translation>
    </message>
    <message>
        <source>Body:</source>
        <translation>请求体：</translation>
    </message>
    <message>
        <source>The chosen emulated client follows the redirects hop by hop; every hop really goes to the sandbox and shows up in its log.</source>
        <translation>所选的模拟客户端逐跳跟随重定向；每一跳都真实发往沙盒，并出现在沙盒的日志中。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a URL.</source>
        <translation>&apos;%1&apos; 不是 URL。</translation>
    </message>
    <message>
        <source>The headers were not sent: %1</source>
        <translation>标头未发送：%1</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;: %n hop(s). Stop: %2. %3</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;：%n 跳。停止原因：%2。%3</numerusform>
        </translation>
    </message>
    <message>
        <source>−%1: %2</source>
        <translation>−%1：%2</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>原因：</translation>
    </message>
</context>
<context>
    <name>statusdeck::gui::EmptyLogHint</name>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Command to send a first request</source>
        <translation>发送第一个请求的命令</translation>
    </message>
    <message>
        <source>Copy this command to the clipboard, to paste it in a terminal</source>
        <translation>将此命令复制到剪贴板，以便粘贴到终端中</translation>
    </message>
    <message>
        <source>No exchange matches the filter. Clear it to see all of them.</source>
        <translation>没有与筛选条件匹配的交换。清除筛选条件即可查看全部。</translation>
    </message>
    <message>
        <source>&lt;b&gt;No exchanges yet.&lt;/b&gt;&lt;br/&gt;Send a request to the sandbox from any client: a browser, your code, or this command in a terminal. It shows up here as it arrives.</source>
        <translation>&lt;b&gt;尚无交换。&lt;/b&gt;&lt;br/&gt;从任意客户端向沙盒发送请求：浏览器、你的代码，或在终端中运行此命令。请求到达后会显示在这里。</translation>
    </message>
    <message>
        <source>&lt;b&gt;No exchanges yet.&lt;/b&gt;&lt;br/&gt;Start the sandbox, then send it a request from any client, for example with this command in a terminal.</source>
        <translation>&lt;b&gt;尚无交换。&lt;/b&gt;&lt;br/&gt;请启动沙盒，然后从任意客户端向其发送请求，例如在终端中运行此命令。</translation>
    </message>
</context>
<context>
    <name>statusdeck::gui::ExchangeActions</name>
    <message>
        <source>Copy as curl</source>
        <translation>复制为 curl</translation>
    </message>
    <message>
        <source>Copy a curl command that sends this request again</source>
        <translation>复制一条再次发送此请求的 curl 命令</translation>
    </message>
    <message>
        <source>Copy as fetch</source>
        <translation>复制为 fetch</translation>
    </message>
    <message>
        <source>Copy a JavaScript fetch() call that sends this request again</source>
        <translation>复制一个再次发送此请求的 JavaScript fetch() 调用</translation>
    </message>
    <message>
        <source>Copy URL</source>
        <translation>复制 URL</translation>
    </message>
    <message>
        <source>Copy the URL of this request</source>
        <translation>复制此请求的 URL</translation>
    </message>
    <message>
        <source>Copied %1 to the clipboard</source>
        <translation>已将 %1 复制到剪贴板</translation>
    </message>
    <message>
        <source>Replay</source>
        <translation>重放</translation>
    </message>
    <message>
        <source>Send the same bytes to the sandbox again; the answer shows up as a new exchange</source>
        <translation>再次向沙盒发送相同的字节；应答将显示为新的交换</translation>
    </message>
    <message>
        <source>Edit and Resend…</source>
        <translation>编辑并重新发送…</translation>
    </message>
    <message>
        <source>Open this request in the lab&apos;s request composer to change it and send it</source>
        <translation>在实验室的请求编辑器中打开此请求，修改后发送</translation>
    </message>
    <message>
        <source>Open the Status Card</source>
        <translation>打开状态卡片</translation>
    </message>
    <message>
        <source>Show the reference card of this exchange&apos;s status code</source>
        <translation>显示此交换的状态码的参考卡片</translation>
    </message>
    <message>
        <source>Expand or Collapse the Redirect Chain</source>
        <translation>展开或折叠重定向链</translation>
    </message>
    <message>
        <source>Show or hide the later hops of this redirect chain</source>
        <translation>显示或隐藏此重定向链的后续跳</translation>
    </message>
    <message>
        <source>This exchange is not a whole HTTP request, so there is nothing to copy as a command</source>
        <translation>此交换不是完整的 HTTP 请求，因此没有可复制为命令的内容</translation>
    </message>
    <message>
        <source>Copied the fetch() call to the clipboard</source>
        <translation>已将 fetch() 调用复制到剪贴板</translation>
    </message>
    <message>
        <source>Start the sandbox to replay a request</source>
        <translation>启动沙盒以重放请求</translation>
    </message>
    <message>
        <source>Replayed %1: %2</source>
        <translation>已重放 %1：%2</translation>
    </message>
    <message>
        <source>Replay of %1 failed: %2</source>
        <translation>重放 %1 失败：%2</translation>
    </message>
    <message>
        <source>Replaying %1…</source>
        <translation>正在重放 %1…</translation>
    </message>
</context>
<context>
    <name>statusdeck::gui::ExchangeDetail</name>
    <message>
        <source>Raw request</source>
        <translation>原始请求</translation>
    </message>
    <message>
        <source>Raw response</source>
        <translation>原始响应</translation>
    </message>
    <message>
        <source>Request as it arrived</source>
        <translation>到达时的请求</translation>
    </message>
    <message>
        <source>Response as it was sent</source>
        <translation>发出时的响应</translation>
    </message>
    <message>
        <source>Imported, read-only: %1. Rebuilt from the HAR&apos;s fields, not bytes this sandbox saw.</source>
        <translation>已导入，只读：%1。根据 HAR 的字段重建，并非此沙盒收到的字节。</translation>
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
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>客户端</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方法</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>已接收</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>耗时</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>已导入</translation>
    </message>
    <message>
        <source>Imported from %1 (read-only)</source>
        <translation>从 %1 导入（只读）</translation>
    </message>
    <message>
        <source>(nothing arrived)</source>
        <translation>（未收到任何内容）</translation>
    </message>
    <message>
        <source>(not an HTTP request)</source>
        <translation>（不是 HTTP 请求）</translation>
    </message>
    <message numerus="yes">
        <source>(%n hop(s))</source>
        <translation>
            <numerusform>（%n 跳）</numerusform>
        </translation>
    </message>
    <message>
        <source>A redirect chain: expand it to see every hop (+)</source>
        <translation>重定向链：展开以查看每一跳 (+)</translation>
    </message>
    <message>
        <source>A redirect chain: collapse it to this first request (−)</source>
        <translation>重定向链：折叠为第一个请求 (−)</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>主机</translation>
    </message>
</context>
<context>
    <name>statusdeck::gui::GuideDialog</name>
    <message>
        <source>Which Code Should I Use?</source>
        <translation>我该用哪个状态码？</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>后退(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Start Over</source>
        <translation>重新开始(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Open Card</source>
        <translation>打开卡片(&amp;O)</translation>
    </message>
    <message>
        <source>The guide could not be loaded.</source>
        <translation>无法加载向导。</translation>
    </message>
    <message>
        <source>%1, section %2</source>
        <translation>%1，第 %2 节</translation>
    </message>
</context>
<context>
    <name>statusdeck::gui::HopDetailView</name>
    <message>
        <source>Hops</source>
        <translation>跳</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 into %2&lt;/b&gt; with %3. &lt;a href=&apos;card:%2&apos;&gt;Open the %2 card&lt;/a&gt;</source>
        <translation>&lt;b&gt;%1 经 %2&lt;/b&gt;，使用 %3。&lt;a href=&apos;card:%2&apos;&gt;打开 %2 卡片&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation>行为模型：%1</translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation>已停止：%1</translation>
    </message>
    <message>
        <source>Command: &lt;code&gt;%1&lt;/code&gt;</source>
        <translation>命令：&lt;code&gt;%1&lt;/code&gt;</translation>
    </message>
    <message>
        <source>[… this exchange has left the sandbox&apos;s log …]</source>
        <translation>[… 此交互已不在沙盒日志中 …]</translation>
    </message>
    <message>
        <source>%1. %2 %3 → %4</source>
        <translation>%1. %2 %3 → %4</translation>
    </message>
    <message numerus="yes">
        <source>body %n byte(s)</source>
        <translation>
            <numerusform>请求体 %n 字节</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing changed</source>
        <translation>没有变化</translation>
    </message>
    <message>
        <source>&lt;a href=&apos;card:%1&apos;&gt;(the %1 card)&lt;/a&gt;</source>
        <translation>&lt;a href=&apos;card:%1&apos;&gt;（%1 卡片）&lt;/a&gt;</translation>
    </message>
    <message>
        <source>rule: %1</source>
        <translation>规则：%1</translation>
    </message>
    <message>
        <source>−%1: %2</source>
        <translation>−%1：%2</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>原因：%1</translation>
    </message>
    <message>
        <source>Why −%1: %2</source>
        <translation>原因 −%1：%2</translation>
    </message>
    <message>
        <source>Why every header is kept: %1</source>
        <translation>保留所有标头的原因：%1</translation>
    </message>
    <message>
        <source>Request of the hop, as the sandbox received it</source>
        <translation>沙箱收到的该跳请求</translation>
    </message>
    <message>
        <source>Response of the hop, as the sandbox sent it</source>
        <translation>沙箱发出的该跳响应</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>请求</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>响应</translation>
    </message>
    <message>
        <source>the sandbox logged no bytes for this hop</source>
        <translation>沙箱没有记录这一跳的任何字节</translation>
    </message>
</context>
<context>
    <name>statusdeck::gui::HttpLexer</name>
    <message>
        <source>Default</source>
        <translation>默认</translation>
    </message>
    <message>
        <source>Start line</source>
        <translation>起始行</translation>
    </message>
    <message>
        <source>Header name</source>
        <translation>标头名称</translation>
    </message>
    <message>
        <source>Header value</source>
        <translation>标头值</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>请求体</translation>
    </message>
    <message>
        <source>Truncation mark</source>
        <translation>截断标记</translation>
    </message>
</context>
<context>
    <name>statusdeck::gui::LabPage</name>
    <message>
        <source>Client</source>
        <translation>客户端</translation>
    </message>
    <message>
        <source> (runs for real)</source>
        <translation> （真实运行）</translation>
    </message>
    <message>
        <source> (emulated)</source>
        <translation> （模拟）</translation>
    </message>
    <message>
        <source>%1 (real program)</source>
        <translation>%1（真实程序）</translation>
    </message>
    <message>
        <source>%1 (not installed)</source>
        <translation>%1（未安装）</translation>
    </message>
    <message>
        <source>Client:</source>
        <translation>客户端：</translation>
    </message>
    <message>
        <source>Matrix</source>
        <translation>矩阵</translation>
    </message>
    <message>
        <source>Compare Clients</source>
        <translation>比较客户端</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>请求</translation>
    </message>
    <message>
        <source>%1: done. Every cell was run live against %2.</source>
        <translation>%1：完成。每个单元格都已在 %2 上实时运行。</translation>
    </message>
    <message numerus="yes">
        <source>%1: done; %n cell(s) differ from the profile&apos;s prediction (marked ⚠).</source>
        <translation>
            <numerusform>%1：完成；有 %n 个单元格与行为模型的预测不同（标有 ⚠）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Every client on %1, side by side: each column was run live.</source>
        <translation>%1 上的所有客户端并排显示：每一列都是实时运行的结果。</translation>
    </message>
    <message>
        <source>Done: what the sandbox received on each hop is also in the Sandbox tab.</source>
        <translation>完成：沙盒在每一跳收到的内容也显示在“沙盒”标签页中。</translation>
    </message>
    <message>
        <source>Pick a client and run the matrix: every method is sent into 301, 302, 303, 307 and 308 on the sandbox, and each cell shows what arrived at the redirect&apos;s target.</source>
        <translation>选择一个客户端并运行矩阵：每种方法都会被发往沙盒上的 301、302、303、307 和 308，每个单元格显示到达重定向目标的内容。</translation>
    </message>
    <message>
        <source>%1: run the matrix to see what a client does with it (the POST row shows the classic difference), or compare every client on it.</source>
        <translation>%1：运行矩阵，看看客户端如何处理它（POST 行显示了典型差异），或在它上面比较所有客户端。</translation>
    </message>
    <message>
        <source>Starting the sandbox…</source>
        <translation>正在启动沙盒…</translation>
    </message>
    <message>
        <source>The sandbox could not start: %1</source>
        <translation>沙盒无法启动：%1</translation>
    </message>
    <message>
        <source>Running %1 through the matrix on %2…</source>
        <translation>正在 %2 上用 %1 运行矩阵…</translation>
    </message>
    <message>
        <source>Run the matrix to fill this cell.</source>
        <translation>运行矩阵以填充此单元格。</translation>
    </message>
    <message>
        <source>Compare the clients, then pick a cell to see its hops.</source>
        <translation>先比较客户端，然后选择一个单元格查看它的各跳。</translation>
    </message>
    <message>
        <source>Send a request to see its hops.</source>
        <translation>发送一个请求以查看它的各跳。</translation>
    </message>
    <message>
        <source>%1: press Send to run it with the chosen client.</source>
        <translation>%1：按“发送”用所选客户端运行。</translation>
    </message>
    <message>
        <source>The request composer runs an emulated client; pick one of the profiles (for Qt and the real programs, run the matrix).</source>
        <translation>请求编辑器运行的是模拟客户端；请选择一个行为模型（Qt 和真实程序请运行矩阵）。</translation>
    </message>
    <message>
        <source>Sending with %1…</source>
        <translation>正在用 %1 发送…</translation>
    </message>
    <message>
        <source>Comparing every client on %1, live against %2…</source>
        <translation>正在比较所有客户端在 %1 上的表现，实时连接 %2…</translation>
    </message>
    <message>
        <source>Observed with %1</source>
        <translation>使用 %1 观察</translation>
    </message>
    <message>
        <source>%1 (real browser)</source>
        <translation>%1（真实浏览器）</translation>
    </message>
    <message>
        <source>Cross-Origin</source>
        <translation>跨源</translation>
    </message>
    <message>
        <source>Running %1 through the cross-origin matrix: from %2 to the same origin, to %3 and to %4…</source>
        <translation>正在让 %1 运行跨源矩阵：从 %2 发往同源、%3 和 %4…</translation>
    </message>
    <message>
        <source>Running %1 through every method into %2 on %3…</source>
        <translation>正在让 %1 以每种方法运行 %2，于 %3…</translation>
    </message>
    <message>
        <source>run the matrix first</source>
        <translation>请先运行矩阵</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos;</source>
        <translation>未知格式“%1”</translation>
    </message>
    <message>
        <source>Matrix exported to %1</source>
        <translation>矩阵已导出到 %1</translation>
    </message>
    <message>
        <source>Markdown files (*.md)</source>
        <translation>Markdown 文件 (*.md)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON 文件 (*.json)</translation>
    </message>
    <message>
        <source>Export the Matrix</source>
        <translation>导出矩阵</translation>
    </message>
    <message>
        <source>The matrix was not exported: %1</source>
        <translation>矩阵未导出：%1</translation>
    </message>
    <message>
        <source>The request from the sandbox&apos;s log: change it, then press Send.</source>
        <translation>来自沙盒日志的请求：修改后按“发送”。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>statusdeck::gui::LiveDemoDialog</name>
    <message>
        <source>Send &amp;Again</source>
        <translation>再次发送(&amp;A)</translation>
    </message>
    <message>
        <source>Try %1 %2 live – StatusDeck</source>
        <translation>实时试用 %1 %2 – StatusDeck</translation>
    </message>
    <message>
        <source>Exchanges, raw</source>
        <translation>交换（原始）</translation>
    </message>
    <message>
        <source>Send the requests to the sandbox again</source>
        <translation>再次向沙盒发送这些请求</translation>
    </message>
    <message>
        <source>&lt;b&gt;What to notice&lt;/b&gt;</source>
        <translation>&lt;b&gt;注意事项&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;&amp;Exchanges&lt;/b&gt; (as sent and received; line ends are CR LF)</source>
        <translation>&lt;b&gt;交换(&amp;E)&lt;/b&gt;（按发送和接收的原样；行尾为 CR LF）</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>正在发送…</translation>
    </message>
    <message>
        <source>Sent to the sandbox at %1.</source>
        <translation>已发送到 %1 的沙盒。</translation>
    </message>
    <message>
        <source>Starting the sandbox…</source>
        <translation>正在启动沙盒…</translation>
    </message>
    <message>
        <source>The sandbox was stopped and port %1 is taken: it was started on port %2 (%3). Stop it on the Sandbox page.</source>
        <translation>沙盒原已停止且端口 %1 被占用：已在端口 %2 上启动（%3）。可在沙盒页面上停止它。</translation>
    </message>
    <message>
        <source>The sandbox was stopped: it was started on port %1 (%2). Stop it on the Sandbox page.</source>
        <translation>沙盒原已停止：已在端口 %1 上启动（%2）。可在沙盒页面上停止它。</translation>
    </message>
    <message>
        <source>The sandbox could not be started: %1</source>
        <translation>无法启动沙盒：%1</translation>
    </message>
    <message>
        <source>--&gt; request %1 of %2</source>
        <translation>--&gt; 请求 %1/%2</translation>
    </message>
    <message>
        <source> (to a port where nothing listens)</source>
        <translation> （发往无人监听的端口）</translation>
    </message>
    <message>
        <source>&lt;-- no response</source>
        <translation>&lt;-- 无响应</translation>
    </message>
    <message numerus="yes">
        <source>&lt;-- response (%n byte(s))</source>
        <translation>
            <numerusform>&lt;-- 响应（%n 字节）</numerusform>
        </translation>
    </message>
    <message>
        <source>    as the card says</source>
        <translation>    与卡片所述一致</translation>
    </message>
    <message>
        <source>    NOT as the card says: %1</source>
        <translation>    与卡片所述不一致：%1</translation>
    </message>
    <message>
        <source>✔ What arrived is what the card says.</source>
        <translation>✔ 收到的内容与卡片所述一致。</translation>
    </message>
    <message>
        <source>✘ What arrived is not what the card says.</source>
        <translation>✘ 收到的内容与卡片所述不一致。</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>未发送任何内容。</translation>
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
        <translation>参考</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>沙盒</translation>
    </message>
    <message>
        <source>Redirect Lab</source>
        <translation>重定向实验室</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s)</source>
        <translation>
            <numerusform>%n 张卡片</numerusform>
        </translation>
    </message>
    <message>
        <source>Snippet copied to the clipboard</source>
        <translation>代码片段已复制到剪贴板</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>后退(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>前进(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <source>Search the cards by code, phrase or text (%1)</source>
        <translation>按代码、短语或正文搜索卡片（%1）</translation>
    </message>
    <message>
        <source>&amp;Copy Snippet</source>
        <translation>复制代码片段(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the card&apos;s code snippet to the clipboard (%1)</source>
        <translation>将卡片的代码片段复制到剪贴板（%1）</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>跟随系统(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>浅色(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>深色(&amp;D)</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>导航</translation>
    </message>
    <message>
        <source>&amp;Export Card as Markdown…</source>
        <translation>将卡片导出为 Markdown(&amp;E)…</translation>
    </message>
    <message>
        <source>Copy Card as &amp;Markdown</source>
        <translation>将卡片复制为 Markdown(&amp;M)</translation>
    </message>
    <message>
        <source>Card copied to the clipboard as Markdown</source>
        <translation>卡片已作为 Markdown 复制到剪贴板</translation>
    </message>
    <message>
        <source>Fa&amp;vourite</source>
        <translation>收藏(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Favourites</source>
        <translation>收藏夹(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Recent</source>
        <translation>最近(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Which Code…</source>
        <translation>用哪个状态码(&amp;W)…</translation>
    </message>
    <message>
        <source>&amp;Compare with Confused Card</source>
        <translation>与易混淆的卡片比较(&amp;C)</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Normal Size</source>
        <translation>正常大小(&amp;N)</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>（暂无）</translation>
    </message>
    <message>
        <source>Export Card as Markdown</source>
        <translation>将卡片导出为 Markdown</translation>
    </message>
    <message>
        <source>Markdown (*.md);;All files (*)</source>
        <translation>Markdown (*.md);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Card exported to %1</source>
        <translation>卡片已导出到 %1</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>About StatusDeck</source>
        <translation>关于 StatusDeck</translation>
    </message>
    <message>
        <source>&lt;h3&gt;StatusDeck %1&lt;/h3&gt;&lt;p&gt;An HTTP status code reference and redirect lab.&lt;/p&gt;&lt;p&gt;%2 cards. RFC text is quoted under the IETF Trust&apos;s legal provisions.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;StatusDeck %1&lt;/h3&gt;&lt;p&gt;HTTP 状态码参考和重定向实验室。&lt;/p&gt;&lt;p&gt;%2 张卡片。RFC 文本依据 IETF Trust 的法律条款引用。&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n problem(s) while loading</source>
        <translation>
            <numerusform>⚠ 加载时有 %n 个问题</numerusform>
        </translation>
    </message>
    <message>
        <source>the Reference</source>
        <translation>参考</translation>
    </message>
    <message>
        <source>the Sandbox</source>
        <translation>沙盒</translation>
    </message>
    <message>
        <source>the Redirect Lab</source>
        <translation>重定向实验室</translation>
    </message>
    <message>
        <source>Go back to %1 (%2)</source>
        <translation>返回%1（%2）</translation>
    </message>
    <message>
        <source>Go back (%1)</source>
        <translation>后退（%1）</translation>
    </message>
    <message>
        <source>Go forward to %1 (%2)</source>
        <translation>前进到%1（%2）</translation>
    </message>
    <message>
        <source>Go forward (%1)</source>
        <translation>前进（%1）</translation>
    </message>
    <message>
        <source>%1 %2 – StatusDeck</source>
        <translation>%1 %2 – StatusDeck</translation>
    </message>
    <message>
        <source>Sandbox – StatusDeck</source>
        <translation>沙盒 – StatusDeck</translation>
    </message>
    <message>
        <source>Redirect Lab – StatusDeck</source>
        <translation>重定向实验室 – StatusDeck</translation>
    </message>
    <message>
        <source>Sandbox stopped</source>
        <translation>沙盒已停止</translation>
    </message>
    <message>
        <source>Sandbox starting…</source>
        <translation>沙盒正在启动…</translation>
    </message>
    <message>
        <source>Sandbox running on port %1</source>
        <translation>沙盒正在端口 %1 上运行</translation>
    </message>
    <message>
        <source>Sandbox failed to start</source>
        <translation>沙盒启动失败</translation>
    </message>
    <message>
        <source>Show the Sandbox page (Ctrl+2)</source>
        <translation>显示沙盒页面（Ctrl+2）</translation>
    </message>
    <message>
        <source>&amp;Reference</source>
        <translation>参考(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Sandbox</source>
        <translation>沙盒(&amp;S)</translation>
    </message>
    <message>
        <source>Redirect &amp;Lab</source>
        <translation>重定向实验室(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Report a Problem…</source>
        <translation>报告问题(&amp;R)…</translation>
    </message>
    <message>
        <source>Open the bug tracker in the browser: %1</source>
        <translation>在浏览器中打开问题跟踪器：%1</translation>
    </message>
    <message>
        <source>&amp;About StatusDeck</source>
        <translation>关于 StatusDeck(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <source>Mouse: the back and forward buttons go back and forward too.</source>
        <translation>鼠标：后退和前进按钮同样可以后退和前进。</translation>
    </message>
    <message>
        <source>%1 compared with %2</source>
        <translation>%1 与 %2 对比</translation>
    </message>
    <message>
        <source>&amp;Open HAR…</source>
        <translation>打开 HAR(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a HAR file (from devtools or &apos;statusdeck serve --har&apos;) in the exchange log</source>
        <translation>在交换日志中打开 HAR 文件（来自开发者工具或“statusdeck serve --har”）</translation>
    </message>
    <message>
        <source>Open HAR</source>
        <translation>打开 HAR</translation>
    </message>
    <message>
        <source>HAR files (*.har);;JSON files (*.json);;All files (*)</source>
        <translation>HAR 文件 (*.har);;JSON 文件 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>The HAR file was not opened.</source>
        <translation>未打开 HAR 文件。</translation>
    </message>
    <message>
        <source>The exchange log is as it was.</source>
        <translation>交换日志保持不变。</translation>
    </message>
    <message>
        <source>no card &apos;%1&apos;.</source>
        <translation>没有卡片“%1”。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>statusdeck::gui::MatrixView</name>
    <message>
        <source>Run Matrix</source>
        <translation>运行矩阵</translation>
    </message>
    <message>
        <source> + body</source>
        <translation> + 请求体</translation>
    </message>
    <message>
        <source>Redirect matrix</source>
        <translation>重定向矩阵</translation>
    </message>
    <message>
        <source>%1 method and body kept · %2 method changed · %3 body dropped · %4 not followed · ⚠ the client did not do what its profile predicts</source>
        <translation>%1 方法和请求体保留 · %2 方法改变 · %3 请求体丢弃 · %4 未跟随 · ⚠ 客户端的行为与其行为模型的预测不符</translation>
    </message>
    <message>
        <source>Run Cross-Origin Matrix</source>
        <translation>运行跨源矩阵</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Export the cross-origin matrix</source>
        <translation>导出跨源矩阵</translation>
    </message>
    <message>
        <source>Export the matrix</source>
        <translation>导出矩阵</translation>
    </message>
    <message>
        <source>As Markdown…</source>
        <translation>导出为 Markdown…</translation>
    </message>
    <message>
        <source>As CSV…</source>
        <translation>导出为 CSV…</translation>
    </message>
    <message>
        <source>As JSON…</source>
        <translation>导出为 JSON…</translation>
    </message>
    <message>
        <source>Cross-origin matrix</source>
        <translation>跨源矩阵</translation>
    </message>
    <message>
        <source>Each cell: a GET with Authorization, Cookie and X-StatusDeck-Probe redirected to the row&apos;s origin. %1 all three arrived · %2 a header was removed · %3 not followed · ⚠ the client did not do what its profile predicts. A browser&apos;s fetch() sends no Cookie (no page can set one); a form or a navigation sets none of the three, so it is not offered this grid. Pick a cell for the rule behind it.</source>
        <translation>每个单元格：一个带 Authorization、Cookie 和 X-StatusDeck-Probe 的 GET，被重定向到该行的源。%1 三个都到达 · %2 有标头被移除 · %3 未跟随 · ⚠ 客户端的行为与其配置文件的预测不符。浏览器的 fetch() 不发送 Cookie（页面无法设置）；表单或导航三个都无法设置，因此不提供此网格。选择一个单元格查看其背后的规则。</translation>
    </message>
</context>
<context>
    <name>statusdeck::gui::RawBytesView</name>
    <message>
        <source>parse error: %1</source>
        <translation>解析错误：%1</translation>
    </message>
    <message>
        <source>no bytes arrived</source>
        <translation>未收到任何字节</translation>
    </message>
    <message numerus="yes">
        <source>the client went after %n byte(s) of the answer</source>
        <translation>
            <numerusform>客户端在应答的 %n 字节后离开</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>statusdeck::gui::RawModeBar</name>
    <message>
        <source>Show line ends (\r\n)</source>
        <translation>显示行尾 (\r\n)</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>十六进制</translation>
    </message>
    <message>
        <source>Mark every CR and LF where it is, so CRLF and bare LF line ends can be told apart</source>
        <translation>在每个 CR 和 LF 所在位置加以标记，以便区分 CRLF 和单独 LF 行尾</translation>
    </message>
    <message>
        <source>Show the bytes as a hex dump: offset, hex, ASCII</source>
        <translation>以十六进制转储显示字节：偏移、十六进制、ASCII</translation>
    </message>
</context>
<context>
    <name>statusdeck::gui::ReferencePage</name>
    <message>
        <source>Card</source>
        <translation>卡片</translation>
    </message>
    <message>
        <source>Search codes, phrases, text (Ctrl+K)</source>
        <translation>搜索代码、短语、正文（Ctrl+K）</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Registry status</source>
        <translation>注册状态</translation>
    </message>
    <message>
        <source>All registry statuses</source>
        <translation>所有注册状态</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>标准</translation>
    </message>
    <message>
        <source>Temporary</source>
        <translation>临时</translation>
    </message>
    <message>
        <source>Unused</source>
        <translation>未使用</translation>
    </message>
    <message>
        <source>Obsolete</source>
        <translation>已废弃</translation>
    </message>
    <message>
        <source>Unofficial</source>
        <translation>非官方</translation>
    </message>
    <message>
        <source>Status codes</source>
        <translation>状态码</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>显示(&amp;S)：</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Compare with the Open Card</source>
        <translation>与打开的卡片比较</translation>
    </message>
    <message>
        <source>Favourites could not be saved to %1</source>
        <translation>无法将收藏保存到 %1</translation>
    </message>
    <message>
        <source>Comparison: %1 %2 and %3 %4</source>
        <translation>对比：%1 %2 与 %3 %4</translation>
    </message>
    <message>
        <source>Card: %1 %2</source>
        <translation>卡片：%1 %2</translation>
    </message>
</context>
<context>
    <name>statusdeck::gui::SandboxPage</name>
    <message>
        <source>Use a Free Port</source>
        <translation>使用空闲端口</translation>
    </message>
    <message>
        <source>Copy URL</source>
        <translation>复制 URL</translation>
    </message>
    <message>
        <source>Open in Browser</source>
        <translation>在浏览器中打开</translation>
    </message>
    <message>
        <source>any free port</source>
        <translation>任意空闲端口</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>Port on 127.0.0.1; 0 picks any free port</source>
        <translation>127.0.0.1 上的端口；0 表示选择任意空闲端口</translation>
    </message>
    <message>
        <source>Start the sandbox on any free port this time; the chosen port stays saved</source>
        <translation>这次在任意空闲端口上启动沙盒；所选端口仍会保存</translation>
    </message>
    <message>
        <source>Copy the sandbox&apos;s address to the clipboard</source>
        <translation>将沙盒地址复制到剪贴板</translation>
    </message>
    <message>
        <source>Open the sandbox&apos;s address in the web browser</source>
        <translation>在网页浏览器中打开沙盒地址</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>端口：</translation>
    </message>
    <message>
        <source>Filter: words, status:4xx, method:POST, client:curl, host:…, -word</source>
        <translation>筛选：单词、status:4xx、method:POST、client:curl、host:…、-单词</translation>
    </message>
    <message>
        <source>Filter exchanges</source>
        <translation>筛选交互</translation>
    </message>
    <message>
        <source>Export HAR…</source>
        <translation>导出 HAR…</translation>
    </message>
    <message>
        <source>Save the exchanges (or the selected ones) as a HAR file for browser devtools</source>
        <translation>将交互（或所选交互）保存为 HAR 文件，供浏览器开发者工具使用</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Exchanges</source>
        <translation>交互</translation>
    </message>
    <message>
        <source>Copied %1 to the clipboard</source>
        <translation>已将 %1 复制到剪贴板</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>启动</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Start the sandbox on the port given (Enter in the port field)</source>
        <translation>在给定端口上启动沙盒（在端口栏中按 Enter）</translation>
    </message>
    <message>
        <source>Stop the sandbox; open connections are dropped</source>
        <translation>停止沙盒；已打开的连接会被断开</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>正在启动…</translation>
    </message>
    <message>
        <source>Listening on the loopback interface only.</source>
        <translation>仅在回环接口上监听。</translation>
    </message>
    <message>
        <source>Listening on the loopback interface only. Second origin for cross-origin redirects: %1</source>
        <translation>仅在回环接口上监听。用于跨源重定向的第二个源：%1</translation>
    </message>
    <message>
        <source>Port %1 was taken, so the lab started it on a free port.</source>
        <translation>端口 %1 已被占用，因此实验室在一个空闲端口上启动了沙盒。</translation>
    </message>
    <message>
        <source>Not running</source>
        <translation>未运行</translation>
    </message>
    <message>
        <source>Start the sandbox to send requests to it from any client.</source>
        <translation>启动沙盒后，即可从任何客户端向它发送请求。</translation>
    </message>
    <message>
        <source>Could not start: %1. Choose another port, or use a free one.</source>
        <translation>无法启动：%1。请选择其他端口，或使用空闲端口。</translation>
    </message>
    <message>
        <source>Could not start: %1</source>
        <translation>无法启动：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n exchange(s)</source>
        <translation>
            <numerusform>%n 次交互</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n exchange(s)</source>
        <translation>
            <numerusform>%1 / %n 次交互</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n older dropped</source>
        <translation>
            <numerusform>已丢弃 %n 条较早的记录</numerusform>
        </translation>
    </message>
    <message>
        <source>could not write %1</source>
        <translation>无法写入 %1</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n exchange(s) to %1</source>
        <translation>
            <numerusform>已将 %n 次交互写入 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Selected Exchanges as HAR</source>
        <translation>将所选交互导出为 HAR</translation>
    </message>
    <message>
        <source>Export All Exchanges as HAR</source>
        <translation>将所有交互导出为 HAR</translation>
    </message>
    <message>
        <source>HAR files (*.har)</source>
        <translation>HAR 文件 (*.har)</translation>
    </message>
    <message>
        <source>Export HAR</source>
        <translation>导出 HAR</translation>
    </message>
    <message>
        <source>The HAR file was not written: %1</source>
        <translation>HAR 文件未写入：%1</translation>
    </message>
    <message>
        <source>another HAR file is being read; open this one when it is done</source>
        <translation>另一个 HAR 文件正在读取中；请待其完成后再打开此文件</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message numerus="yes">
        <source>Opened %n exchange(s) from %1</source>
        <translation>
            <numerusform>已从 %1 打开 %n 个交换</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>statusdeck::gui::SnippetPane</name>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>Copy as c&amp;url</source>
        <translation>复制为 curl(&amp;U)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Snippet&lt;/b&gt;</source>
        <translation>&lt;b&gt;代码片段&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Framework</source>
        <translation>框架</translation>
    </message>
    <message>
        <source>Copy the snippet to the clipboard (Ctrl+Shift+C)</source>
        <translation>将代码片段复制到剪贴板（Ctrl+Shift+C）</translation>
    </message>
    <message>
        <source>&amp;Framework:</source>
        <translation>框架(&amp;F)：</translation>
    </message>
    <message>
        <source>Snippet code</source>
        <translation>代码片段代码</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>已复制</translation>
    </message>
    <message>
        <source>Run in tests: %1</source>
        <translation>已在测试中运行：%1</translation>
    </message>
    <message>
        <source>Not run in tests: %1</source>
        <translation>未在测试中运行：%1</translation>
    </message>
    <message>
        <source>Checked in tests, not run: %1</source>
        <translation>已在测试中检查，未运行：%1</translation>
    </message>
    <message>
        <source># %1 %2, live from the StatusDeck sandbox on port %3 (it answers any code at /status/CODE)</source>
        <translation># %1 %2，实时来自端口 %3 上的 StatusDeck 沙盒（它在 /status/CODE 应答任意状态码）</translation>
    </message>
    <message>
        <source>Copied: curl for the sandbox on port %1</source>
        <translation>已复制：端口 %1 上沙盒的 curl 命令</translation>
    </message>
    <message>
        <source>Copied: the card&apos;s curl example</source>
        <translation>已复制：卡片的 curl 示例</translation>
    </message>
    <message>
        <source>Copy a curl command for the running sandbox: curl -i %1</source>
        <translation>为正在运行的沙盒复制 curl 命令：curl -i %1</translation>
    </message>
    <message>
        <source>Copy the curl commands that show this status and its headers (start the Sandbox to get one for it)</source>
        <translation>复制显示此状态及其标头的 curl 命令（启动沙盒以获取针对它的命令）</translation>
    </message>
</context>
<context>
    <name>statusdeck::lab::BrowserRun</name>
    <message>
        <source>cannot make a temporary profile folder: %1</source>
        <translation>无法创建临时配置文件文件夹：%1</translation>
    </message>
    <message numerus="yes">
        <source>[%n option(s) that turn off background work]</source>
        <translation>
            <numerusform>[%n 个关闭后台活动的选项]</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 exited with status %2 before the page was done</source>
        <translation>%1 在页面完成前以状态 %2 退出</translation>
    </message>
    <message>
        <source>%1 crashed</source>
        <translation>%1 崩溃</translation>
    </message>
    <message>
        <source>%1 could not be started: %2</source>
        <translation>无法启动 %1：%2</translation>
    </message>
    <message>
        <source>the browser run took longer than %1 s</source>
        <translation>浏览器运行时间超过 %1 秒</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>超时</translation>
    </message>
</context>
<context>
    <name>statusdeck::lab::Preset</name>
    <message>
        <source>POST through a 302</source>
        <translation>经 302 的 POST</translation>
    </message>
    <message>
        <source>POST through a 307</source>
        <translation>经 307 的 POST</translation>
    </message>
    <message>
        <source>PUT through a 303</source>
        <translation>经 303 的 PUT</translation>
    </message>
    <message>
        <source>DELETE through a 301</source>
        <translation>经 301 的 DELETE</translation>
    </message>
    <message>
        <source>Authorization across origins</source>
        <translation>跨源的 Authorization</translation>
    </message>
    <message>
        <source>A chain of three redirects</source>
        <translation>三次重定向组成的链</translation>
    </message>
    <message>
        <source>A redirect loop</source>
        <translation>重定向循环</translation>
    </message>
    <message>
        <source>the presets are not a JSON object: %1</source>
        <translation>预设不是 JSON 对象：%1</translation>
    </message>
    <message>
        <source>preset %1 needs a name and a path</source>
        <translation>预设 %1 需要名称和路径</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
</context>
<context>
    <name>statusdeck::lab::RedirectMatrix</name>
    <message>
        <source>%1 crashed</source>
        <translation>%1 崩溃了</translation>
    </message>
    <message>
        <source>%1 exited with status %2</source>
        <translation>%1 以状态 %2 退出</translation>
    </message>
    <message>
        <source>%1 could not be started: %2</source>
        <translation>无法启动 %1：%2</translation>
    </message>
    <message>
        <source>the qt client always runs Qt&apos;s own QNetworkAccessManager for real; leave out --real.</source>
        <translation>qt 客户端总是真实运行 Qt 自己的 QNetworkAccessManager；请去掉 --real。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot run for real; --real works with %2.</source>
        <translation>&apos;%1&apos; 无法真实运行；--real 适用于 %2。</translation>
    </message>
    <message>
        <source>unknown client &apos;%1&apos;; with --real use one of %2.</source>
        <translation>未知客户端 &apos;%1&apos;；使用 --real 时请选用 %2 之一。</translation>
    </message>
    <message>
        <source>%1 (real program, compared with the %2 profile)</source>
        <translation>%1（真实程序，与 %2 行为模型比较）</translation>
    </message>
    <message>
        <source>%1 is not installed (not found on PATH); install it to run the matrix with the real %1.</source>
        <translation>%1 未安装（在 PATH 中找不到）；请安装后再用真实的 %1 运行矩阵。</translation>
    </message>
    <message>
        <source>unknown client &apos;%1&apos;; use one of %2, qt, or with --real %3.</source>
        <translation>未知客户端 &apos;%1&apos;；请使用 %2、qt 之一，或在 --real 下使用 %3。</translation>
    </message>
    <message>
        <source>Qt QNetworkAccessManager, default redirect policy (run for real)</source>
        <translation>Qt QNetworkAccessManager，默认重定向策略（真实运行）</translation>
    </message>
    <message>
        <source>%1 (emulated profile)</source>
        <translation>%1（模拟行为模型）</translation>
    </message>
    <message>
        <source>...</source>
        <translation>...</translation>
    </message>
    <message>
        <source>not followed: %1</source>
        <translation>未跟随：%1</translation>
    </message>
    <message>
        <source>, kept</source>
        <translation>，保留</translation>
    </message>
    <message>
        <source>, body dropped</source>
        <translation>，请求体丢弃</translation>
    </message>
    <message>
        <source>not followed</source>
        <translation>未跟随</translation>
    </message>
    <message>
        <source>, body kept</source>
        <translation>，请求体保留</translation>
    </message>
    <message>
        <source>  %1: differs from the %2 profile: %3</source>
        <translation>  %1：与 %2 行为模型不同：%3</translation>
    </message>
    <message>
        <source>  %1: followed, then the client reported: %2</source>
        <translation>  %1：已跟随，之后客户端报告：%2</translation>
    </message>
    <message>
        <source>  %1: the client sent the first request %2 times</source>
        <translation>  %1：客户端发送了 %2 次首个请求</translation>
    </message>
    <message>
        <source>Redirect matrix: %1</source>
        <translation>重定向矩阵：%1</translation>
    </message>
    <message>
        <source>Program: %1</source>
        <translation>程序：%1</translation>
    </message>
    <message>
        <source>Each cell: the method that arrived after the redirect; for a request with a body, whether the body came along.</source>
        <translation>每个单元格：重定向后到达的方法；对于带请求体的请求，还显示请求体是否一同到达。</translation>
    </message>
    <message>
        <source>method</source>
        <translation>方法</translation>
    </message>
    <message>
        <source>Headers of the first request that did not arrive after the redirect:</source>
        <translation>首个请求中在重定向后没有到达的标头：</translation>
    </message>
    <message>
        <source>Notes (! marks a cell that differs from the profile&apos;s prediction):</source>
        <translation>说明（! 标记与行为模型预测不同的单元格）：</translation>
    </message>
    <message>
        <source>the sandbox saw no request from the client</source>
        <translation>沙盒没有收到客户端的任何请求</translation>
    </message>
    <message>
        <source>stopped at the %1 without following it</source>
        <translation>停在 %1，未跟随</translation>
    </message>
    <message>
        <source>the profile predicts a %1 follow-up; the client did not follow</source>
        <translation>行为模型预测后续请求为 %1；客户端没有跟随</translation>
    </message>
    <message>
        <source>the profile predicts no follow-up (%1); the client sent a %2</source>
        <translation>行为模型预测没有后续请求（%1）；客户端发送了 %2</translation>
    </message>
    <message>
        <source>method: predicted %1, saw %2</source>
        <translation>方法：预测 %1，实际 %2</translation>
    </message>
    <message>
        <source>body: predicted kept, saw dropped</source>
        <translation>请求体：预测保留，实际丢弃</translation>
    </message>
    <message>
        <source>body: predicted dropped, saw kept</source>
        <translation>请求体：预测丢弃，实际保留</translation>
    </message>
    <message>
        <source>headers dropped: predicted [%1], saw [%2]</source>
        <translation>丢弃的标头：预测 [%1]，实际 [%2]</translation>
    </message>
    <message>
        <source>method %1 → %2</source>
        <translation>方法 %1 → %2</translation>
    </message>
    <message>
        <source>body dropped</source>
        <translation>请求体丢弃</translation>
    </message>
    <message>
        <source>body changed</source>
        <translation>请求体改变</translation>
    </message>
    <message>
        <source>timed out after %1 s</source>
        <translation>%1 秒后超时</translation>
    </message>
    <message>
        <source>line %1: no colon</source>
        <translation>第 %1 行：没有冒号</translation>
    </message>
    <message>
        <source>line %1: &apos;%2&apos; is not a header name</source>
        <translation>第 %1 行：&apos;%2&apos; 不是标头名称</translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not run for real.</source>
        <translation>“%1”不以真实方式运行。</translation>
    </message>
    <message>
        <source>%1 env GOVERSION failed: %2</source>
        <translation>%1 env GOVERSION 失败：%2</translation>
    </message>
    <message>
        <source>%1 cannot be imported by %2; install the Debian package %3 (or pip install %1).</source>
        <translation>%2 无法导入 %1；请安装 Debian 软件包 %3（或 pip install %1）。</translation>
    </message>
    <message>
        <source> or </source>
        <translation> 或 </translation>
    </message>
    <message>
        <source>cannot prepare the Go client&apos;s build in %1</source>
        <translation>无法在 %1 中准备 Go 客户端的构建</translation>
    </message>
    <message>
        <source>go build of the lab&apos;s Go client failed: %1</source>
        <translation>实验室 Go 客户端的 go build 失败：%1</translation>
    </message>
    <message>
        <source>the Go client was built but %1 is missing</source>
        <translation>Go 客户端已构建，但缺少 %1</translation>
    </message>
    <message>
        <source>%1 (real program, compared with the %2 profile, observed with %3)</source>
        <translation>%1（真实程序，与 %2 配置文件对比，使用 %3 观察）</translation>
    </message>
    <message>
        <source>%1 is not installed (not found on PATH); install the Debian package %2 to run the matrix with the real %3.</source>
        <translation>%1 未安装（在 PATH 中未找到）；请安装 Debian 软件包 %2，以便用真实的 %3 运行矩阵。</translation>
    </message>
    <message>
        <source>%1 (emulated profile, observed with %2)</source>
        <translation>%1（模拟配置文件，使用 %2 观察）</translation>
    </message>
    <message>
        <source>observed with %1, installed %2</source>
        <translation>使用 %1 观察，已安装 %2</translation>
    </message>
    <message>
        <source>  %1: differs from the %2 profile (%3): %4</source>
        <translation>  %1：与 %2 配置文件不同（%3）：%4</translation>
    </message>
    <message>
        <source>Version: %1 installed; the profile was observed with %2%3</source>
        <translation>版本：已安装 %1；配置文件是使用 %2 观察的%3</translation>
    </message>
    <message>
        <source> (a different version: a mismatch may be the version&apos;s, not the profile&apos;s)</source>
        <translation> （版本不同：不一致可能源于版本，而非配置文件）</translation>
    </message>
    <message>
        <source>%1 (real browser, compared with the %2 profile)</source>
        <translation>%1（真实浏览器，与 %2 配置文件对比）</translation>
    </message>
    <message>
        <source>%1 is not installed (none of %2 is on PATH); install the package %3 to run the matrix in the real browser.</source>
        <translation>%1 未安装（%2 均不在 PATH 中）；请安装软件包 %3，以便在真实浏览器中运行矩阵。</translation>
    </message>
    <message>
        <source>all kept</source>
        <translation>全部保留</translation>
    </message>
    <message>
        <source>Each cell: a GET from %1 with Authorization, Cookie and X-StatusDeck-Probe, redirected to %2; which of the three did not arrive.</source>
        <translation>每个单元格：一个从 %1 发出、带 Authorization、Cookie 和 X-StatusDeck-Probe 的 GET，被重定向到 %2；三者中哪些未到达。</translation>
    </message>
    <message>
        <source>redirect to</source>
        <translation>重定向到</translation>
    </message>
    <message>
        <source>Rules behind the cells (the profile&apos;s; [n] in a cell):</source>
        <translation>单元格背后的规则（来自配置文件；单元格中的 [n]）：</translation>
    </message>
    <message>
        <source> (card: statusdeck show %1)</source>
        <translation> （卡片：statusdeck show %1）</translation>
    </message>
    <message>
        <source>Cells that differ from the profile&apos;s prediction (⚠):</source>
        <translation>与配置文件预测不同的单元格 (⚠)：</translation>
    </message>
    <message>
        <source>same origin</source>
        <translation>同源</translation>
    </message>
    <message>
        <source>another port</source>
        <translation>另一端口</translation>
    </message>
    <message>
        <source>another host</source>
        <translation>另一主机</translation>
    </message>
    <message>
        <source>→ another origin: %1, and every header is kept</source>
        <translation>→ 另一个源：%1，所有标头均保留</translation>
    </message>
    <message>
        <source>→ another origin: %1, so %2 is removed</source>
        <translation>→ 另一个源：%1，因此 %2 被移除</translation>
    </message>
    <message>
        <source>→ another origin: %1, so %2 and %3 are removed</source>
        <translation>→ 另一个源：%1，因此 %2 和 %3 被移除</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>超时</translation>
    </message>
    <message>
        <source>Each cell: a fetch() GET from %1 with Authorization and X-StatusDeck-Probe (no page can set Cookie), redirected to %2; which of the two did not arrive.</source>
        <translation>每个单元格：一个从 %1 发出、带 Authorization 和 X-StatusDeck-Probe 的 fetch() GET（页面无法设置 Cookie），被重定向到 %2；两者中哪个没有到达。</translation>
    </message>
</context>
<context>
    <name>statusdeck::lab::RuleBook</name>
    <message>
        <source>%1, section %2</source>
        <translation>%1，第 %2 节</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1：无法读取：%2</translation>
    </message>
    <message>
        <source>%1: not JSON: %2</source>
        <translation>%1：不是 JSON：%2</translation>
    </message>
    <message>
        <source>%1: not an object with a &quot;rules&quot; array</source>
        <translation>%1：不是带有 &quot;rules&quot; 数组的对象</translation>
    </message>
    <message>
        <source>%1: rule %2 needs an id, a source and a text</source>
        <translation>%1：规则 %2 需要 id、来源和正文</translation>
    </message>
    <message>
        <source>%1: rule %2 is defined twice</source>
        <translation>%1：规则 %2 定义了两次</translation>
    </message>
</context>
<context>
    <name>statusdeck::lab::browser</name>
    <message>
        <source>not possible with a form</source>
        <translation>无法用表单实现</translation>
    </message>
    <message>
        <source>not possible with a navigation</source>
        <translation>无法用导航实现</translation>
    </message>
    <message>
        <source>%1, fetch()</source>
        <translation>%1，fetch()</translation>
    </message>
    <message>
        <source>%1, HTML form</source>
        <translation>%1，HTML 表单</translation>
    </message>
    <message>
        <source>%1, navigation</source>
        <translation>%1，导航</translation>
    </message>
    <message>
        <source>CORS preflight: before a cross-origin %1, the browser asks this origin whether it may send it.</source>
        <translation>CORS 预检：在跨源 %1 之前，浏览器会询问此源是否可以发送。</translation>
    </message>
    <message>
        <source>CORS preflight: before a cross-origin %1 with %2, the browser asks this origin whether it may send it (a header a script set needs the server&apos;s permission).</source>
        <translation>CORS 预检：在带 %2 的跨源 %1 之前，浏览器会询问此源是否可以发送（脚本设置的标头需要服务器许可）。</translation>
    </message>
    <message>
        <source>Origin: null: after a redirect to another origin the request&apos;s origin is opaque, so the browser sends null.</source>
        <translation>Origin: null：重定向到另一个源后，请求的源是不透明的，因此浏览器发送 null。</translation>
    </message>
    <message>
        <source>Origin: %1: the browser names the page&apos;s origin on a request that is not a GET or HEAD, or that goes to another origin.</source>
        <translation>Origin: %1：对于非 GET 或 HEAD 的请求，或发往另一个源的请求，浏览器会注明页面的源。</translation>
    </message>
    <message>
        <source>Origin: %1: the page&apos;s origin, on a request to another origin.</source>
        <translation>Origin: %1：页面的源，用于发往另一个源的请求。</translation>
    </message>
    <message>
        <source>the cross-origin matrix sends Authorization, Cookie and a custom header, and an HTML form can set none of them, so it is not offered for a form; use the fetch mode, which sends Authorization and the custom header (no page can set Cookie).</source>
        <translation>跨源矩阵会发送 Authorization、Cookie 和一个自定义标头，而 HTML 表单一个都无法设置，因此不为表单提供；请使用 fetch 模式，它会发送 Authorization 和自定义标头（页面无法设置 Cookie）。</translation>
    </message>
    <message>
        <source>the cross-origin matrix sends Authorization, Cookie and a custom header, and a navigation can set none of them, so it is not offered for a navigation; use the fetch mode, which sends Authorization and the custom header (no page can set Cookie).</source>
        <translation>跨源矩阵会发送 Authorization、Cookie 和一个自定义标头，而导航一个都无法设置，因此不为导航提供；请使用 fetch 模式，它会发送 Authorization 和自定义标头（页面无法设置 Cookie）。</translation>
    </message>
</context>
</TS>
