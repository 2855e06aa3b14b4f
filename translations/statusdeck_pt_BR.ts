<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>Card</name>
    <message>
        <source>Informational</source>
        <translation>Informativa</translation>
    </message>
    <message>
        <source>Successful</source>
        <translation>Bem-sucedida</translation>
    </message>
    <message>
        <source>Redirection</source>
        <translation>Redirecionamento</translation>
    </message>
    <message>
        <source>Client Error</source>
        <translation>Erro do cliente</translation>
    </message>
    <message>
        <source>Server Error</source>
        <translation>Erro do servidor</translation>
    </message>
    <message>
        <source>Not a status code</source>
        <translation>Não é um código de status</translation>
    </message>
    <message>
        <source>Nonstandard</source>
        <translation>Não padronizado</translation>
    </message>
</context>
<context>
    <name>CardExport</name>
    <message>
        <source>Standard</source>
        <translation>Padrão</translation>
    </message>
    <message>
        <source>Temporary registration</source>
        <translation>Registro provisório</translation>
    </message>
    <message>
        <source>Unused (reserved)</source>
        <translation>Sem uso (reservado)</translation>
    </message>
    <message>
        <source>Obsolete</source>
        <translation>Obsoleto</translation>
    </message>
    <message>
        <source>Unofficial (%1)</source>
        <translation>Não oficial (%1)</translation>
    </message>
    <message>
        <source>Not a status code: what %1 reports</source>
        <translation>Não é um código de status: o que o %1 informa</translation>
    </message>
    <message>
        <source>Permanent</source>
        <translation>Permanente</translation>
    </message>
    <message>
        <source>Temporary</source>
        <translation>Temporário</translation>
    </message>
    <message>
        <source>%1; the method and body are kept</source>
        <translation>%1; o método e o corpo são mantidos</translation>
    </message>
    <message>
        <source>%1; a POST may become a GET</source>
        <translation>%1; um POST pode virar GET</translation>
    </message>
    <message>
        <source>%1; the follow-up request is a GET (HEAD stays HEAD)</source>
        <translation>%1; a requisição seguinte é um GET (HEAD continua HEAD)</translation>
    </message>
    <message>
        <source>Class: %1 %2 | Registry: %3</source>
        <translation>Classe: %1 %2 | Registro: %3</translation>
    </message>
    <message>
        <source>Formerly: %1</source>
        <translation>Antes: %1</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>Definição</translation>
    </message>
    <message>
        <source>From the RFC</source>
        <translation>Da RFC</translation>
    </message>
    <message>
        <source>Common causes</source>
        <translation>Causas comuns</translation>
    </message>
    <message>
        <source>Example response</source>
        <translation>Resposta de exemplo</translation>
    </message>
    <message>
        <source>Common misinterpretation</source>
        <translation>Interpretação equivocada comum</translation>
    </message>
    <message>
        <source>When to use it</source>
        <translation>Quando usar</translation>
    </message>
    <message>
        <source>Confused with</source>
        <translation>Confundido com</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>Fatos</translation>
    </message>
    <message>
        <source>Heuristically cacheable by default (RFC 9110, section 15.1)</source>
        <translation>Armazenável em cache por heurística por padrão (RFC 9110, seção 15.1)</translation>
    </message>
    <message>
        <source>Not heuristically cacheable; cached only with explicit freshness</source>
        <translation>Não armazenável em cache por heurística; vai para o cache só com validade explícita</translation>
    </message>
    <message>
        <source>Redirect: %1</source>
        <translation>Redirecionamento: %1</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>Cabeçalhos</translation>
    </message>
    <message>
        <source>[required]</source>
        <translation>[obrigatório]</translation>
    </message>
    <message>
        <source>[typical]</source>
        <translation>[típico]</translation>
    </message>
    <message>
        <source>Snippet: %1 (%2)</source>
        <translation>Trecho: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>CardLoader</name>
    <message>
        <source>missing</source>
        <translation>ausente</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>deve ser uma string</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>não pode estar vazio</translation>
    </message>
    <message>
        <source>must be a list of strings</source>
        <translation>deve ser uma lista de strings</translation>
    </message>
    <message>
        <source>every entry must be a non-empty string</source>
        <translation>cada item deve ser uma string não vazia</translation>
    </message>
    <message>
        <source>needs at least %1 entries</source>
        <translation>precisa de pelo menos %1 itens</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>deve ser uma lista</translation>
    </message>
    <message>
        <source>not valid JSON (%1 at offset %2)</source>
        <translation>JSON inválido (%1 na posição %2)</translation>
    </message>
    <message>
        <source>must be a JSON object</source>
        <translation>deve ser um objeto JSON</translation>
    </message>
    <message>
        <source>must be one of standard, temporary, unused, obsolete, unofficial, pseudo</source>
        <translation>deve ser um de standard, temporary, unused, obsolete, unofficial, pseudo</translation>
    </message>
    <message>
        <source>must be 0 for a pseudo-code</source>
        <translation>deve ser 0 num pseudocódigo</translation>
    </message>
    <message>
        <source>must be a whole number from 100 to 999</source>
        <translation>deve ser um número inteiro de 100 a 999</translation>
    </message>
    <message>
        <source>only a pseudo-code has one, written as zeros (&quot;000&quot;)</source>
        <translation>só um pseudocódigo tem isso, escrito com zeros (&quot;000&quot;)</translation>
    </message>
    <message>
        <source>must name the vendor or tool for an unofficial or pseudo-code and be empty otherwise</source>
        <translation>deve indicar o fornecedor ou a ferramenta num código não oficial ou pseudocódigo, e ficar vazio nos demais casos</translation>
    </message>
    <message>
        <source>needs at least one reference</source>
        <translation>precisa de pelo menos uma referência</translation>
    </message>
    <message>
        <source>every reference needs document, section and quote strings</source>
        <translation>cada referência precisa das strings document, section e quote</translation>
    </message>
    <message>
        <source>must be a list of lines</source>
        <translation>deve ser uma lista de linhas</translation>
    </message>
    <message>
        <source>needs at least one line of what the tool shows</source>
        <translation>precisa de pelo menos uma linha do que a ferramenta mostra</translation>
    </message>
    <message>
        <source>needs a status line, headers and an empty line</source>
        <translation>precisa de uma linha de status, cabeçalhos e uma linha vazia</translation>
    </message>
    <message>
        <source>needs at least one code</source>
        <translation>precisa de pelo menos um código</translation>
    </message>
    <message>
        <source>every entry needs a code and a difference</source>
        <translation>cada item precisa de um code e de uma difference</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>deve ser true ou false</translation>
    </message>
    <message>
        <source>needs permanent (true or false) and method (preserved, post-may-become-get or becomes-get)</source>
        <translation>precisa de permanent (true ou false) e method (preserved, post-may-become-get ou becomes-get)</translation>
    </message>
    <message>
        <source>must be an object or null</source>
        <translation>deve ser um objeto ou null</translation>
    </message>
    <message>
        <source>is required for 301, 302, 303, 307 and 308</source>
        <translation>é obrigatório para 301, 302, 303, 307 e 308</translation>
    </message>
    <message>
        <source>every header needs name, value, required and note</source>
        <translation>cada cabeçalho precisa de name, value, required e note</translation>
    </message>
    <message>
        <source>header &apos;%1&apos; contains a control character (CR, LF, NUL or another one but tab)</source>
        <translation>o cabeçalho &quot;%1&quot; contém um caractere de controle (CR, LF, NUL ou outro que não seja tabulação)</translation>
    </message>
    <message>
        <source>must not have a body for 1xx, 204 and 304</source>
        <translation>não pode ter corpo em 1xx, 204 e 304</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>deve ser um objeto</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a string or a list of lines</source>
        <translation>&quot;%1&quot; deve ser uma string ou uma lista de linhas</translation>
    </message>
    <message>
        <source>wire_status for %1 must be 0 or a status from 100 to 999</source>
        <translation>wire_status para %1 deve ser 0 ou um status de 100 a 999</translation>
    </message>
</context>
<context>
    <name>CardSearch</name>
    <message>
        <source>code</source>
        <translation>código</translation>
    </message>
    <message>
        <source>card id</source>
        <translation>id da ficha</translation>
    </message>
    <message>
        <source>phrase</source>
        <translation>frase</translation>
    </message>
    <message>
        <source>former phrase</source>
        <translation>frase anterior</translation>
    </message>
    <message>
        <source>keyword</source>
        <translation>palavra-chave</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>resumo</translation>
    </message>
    <message>
        <source>definition</source>
        <translation>definição</translation>
    </message>
    <message>
        <source>card text</source>
        <translation>texto da ficha</translation>
    </message>
    <message>
        <source>class</source>
        <translation>classe</translation>
    </message>
    <message>
        <source>matched: %1 %2</source>
        <translation>correspondência: %1 %2</translation>
    </message>
    <message>
        <source>matched: %1</source>
        <translation>correspondência: %1</translation>
    </message>
    <message>
        <source>matched despite a typo</source>
        <translation>encontrado apesar de um erro de digitação</translation>
    </message>
    <message>
        <source>%1 (despite a typo)</source>
        <translation>%1 (apesar de um erro de digitação)</translation>
    </message>
</context>
<context>
    <name>CardView</name>
    <message>
        <source>Remove from favourites</source>
        <translation>Remover dos favoritos</translation>
    </message>
    <message>
        <source>Add to favourites</source>
        <translation>Adicionar aos favoritos</translation>
    </message>
    <message>
        <source>formerly %1</source>
        <translation>antes %1</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>Definição</translation>
    </message>
    <message>
        <source>From the RFC</source>
        <translation>Da RFC</translation>
    </message>
    <message>
        <source>%1, section %2</source>
        <translation>%1, seção %2</translation>
    </message>
    <message>
        <source>Defined in this document; its text is not quoted here.</source>
        <translation>Definido neste documento; o texto dele não é citado aqui.</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>Fatos</translation>
    </message>
    <message>
        <source>Heuristically cacheable</source>
        <translation>Armazenável em cache por heurística</translation>
    </message>
    <message>
        <source>Yes, by default (RFC 9110, section 15.1)</source>
        <translation>Sim, por padrão (RFC 9110, seção 15.1)</translation>
    </message>
    <message>
        <source>No; only with explicit freshness (Cache-Control, Expires)</source>
        <translation>Não; só com validade explícita (Cache-Control, Expires)</translation>
    </message>
    <message>
        <source>Redirect</source>
        <translation>Redirecionamento</translation>
    </message>
    <message>
        <source>Try it in the lab ▸</source>
        <translation>Testar no laboratório ▸</translation>
    </message>
    <message>
        <source>Content allowed</source>
        <translation>Conteúdo permitido</translation>
    </message>
    <message>
        <source>No, the response ends after the header section</source>
        <translation>Não, a resposta termina após a seção de cabeçalhos</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sim</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>Cabeçalhos</translation>
    </message>
    <message>
        <source>required</source>
        <translation>obrigatório</translation>
    </message>
    <message>
        <source>typical</source>
        <translation>típico</translation>
    </message>
    <message>
        <source>Common causes</source>
        <translation>Causas comuns</translation>
    </message>
    <message>
        <source>Example response</source>
        <translation>Resposta de exemplo</translation>
    </message>
    <message>
        <source>Common misinterpretation</source>
        <translation>Interpretação equivocada comum</translation>
    </message>
    <message>
        <source>When to use it</source>
        <translation>Quando usar</translation>
    </message>
    <message>
        <source>Confused with</source>
        <translation>Confundido com</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparar</translation>
    </message>
    <message>
        <source>Card content is in English, the language of the RFCs it quotes.</source>
        <translation>O conteúdo das fichas está em inglês, o idioma das RFCs que ele cita.</translation>
    </message>
    <message>
        <source>Try it live</source>
        <translation>Experimentar ao vivo</translation>
    </message>
    <message>
        <source>sends the requests that make this code happen to the sandbox, and shows what comes back</source>
        <translation>envia ao sandbox as requisições que fazem este código acontecer e mostra o que volta</translation>
    </message>
</context>
<context>
    <name>ClientProfile</name>
    <message>
        <source>final response</source>
        <translation>resposta final</translation>
    </message>
    <message>
        <source>redirect without a usable Location</source>
        <translation>redirecionamento sem um Location utilizável</translation>
    </message>
    <message>
        <source>redirect limit reached</source>
        <translation>limite de redirecionamentos atingido</translation>
    </message>
    <message>
        <source>redirect loop detected</source>
        <translation>loop de redirecionamento detectado</translation>
    </message>
    <message>
        <source>the client refused to follow</source>
        <translation>o cliente se recusou a seguir</translation>
    </message>
    <message>
        <source>%1 does not follow a %2.</source>
        <translation>%1 não segue um %2.</translation>
    </message>
    <message>
        <source>Not a redirect.</source>
        <translation>Não é um redirecionamento.</translation>
    </message>
    <message>
        <source>The %1 has no Location to follow.</source>
        <translation>O %1 não tem um Location para seguir.</translation>
    </message>
    <message>
        <source>%1 stops after %2 redirects.</source>
        <translation>%1 para após %2 redirecionamentos.</translation>
    </message>
    <message>
        <source>%1 noticed that it keeps requesting %2.</source>
        <translation>%1 percebeu que continua pedindo %2.</translation>
    </message>
    <message>
        <source>Fetch standard (browsers, Node.js fetch)</source>
        <translation>Padrão Fetch (navegadores, fetch do Node.js)</translation>
    </message>
    <message>
        <source>Fetch turns this %1 into a GET and drops the body.</source>
        <translation>O Fetch transforma este %1 em GET e descarta o corpo.</translation>
    </message>
    <message>
        <source>Fetch keeps the method and the body.</source>
        <translation>O Fetch mantém o método e o corpo.</translation>
    </message>
    <message>
        <source>curl -L</source>
        <translation>curl -L</translation>
    </message>
    <message>
        <source>curl repeats the %1.</source>
        <translation>O curl repete o %1.</translation>
    </message>
    <message>
        <source>curl -d switches to GET on 301, 302 and 303 and drops the data.</source>
        <translation>curl -d muda para GET em 301, 302 e 303 e descarta os dados.</translation>
    </message>
    <message>
        <source>curl -d re-sends the POST with its data.</source>
        <translation>curl -d reenvia o POST com os dados.</translation>
    </message>
    <message>
        <source>curl -T switches to GET on 303.</source>
        <translation>curl -T muda para GET em 303.</translation>
    </message>
    <message>
        <source>curl -T re-sends the upload.</source>
        <translation>curl -T reenvia o upload.</translation>
    </message>
    <message>
        <source>curl -X keeps the method but drops the data on 301, 302 and 303.</source>
        <translation>curl -X mantém o método, mas descarta os dados em 301, 302 e 303.</translation>
    </message>
    <message>
        <source>curl -X keeps the method.</source>
        <translation>curl -X mantém o método.</translation>
    </message>
    <message>
        <source>Python requests</source>
        <translation>Python requests</translation>
    </message>
    <message>
        <source>requests turns every method but HEAD into a GET on 302 and 303.</source>
        <translation>O requests transforma todo método, exceto HEAD, em GET em 302 e 303.</translation>
    </message>
    <message>
        <source>requests turns a POST into a GET on 301.</source>
        <translation>O requests transforma um POST em GET em 301.</translation>
    </message>
    <message>
        <source>requests keeps the method but drops the body on 301, 302 and 303.</source>
        <translation>O requests mantém o método, mas descarta o corpo em 301, 302 e 303.</translation>
    </message>
    <message>
        <source>requests keeps the method and the body on 307 and 308.</source>
        <translation>O requests mantém o método e o corpo em 307 e 308.</translation>
    </message>
    <message>
        <source>Python urllib</source>
        <translation>Python urllib</translation>
    </message>
    <message>
        <source>urllib follows with a new GET request.</source>
        <translation>O urllib segue com uma nova requisição GET.</translation>
    </message>
    <message>
        <source>urllib turns a POST into a GET on 301, 302 and 303.</source>
        <translation>O urllib transforma um POST em GET em 301, 302 e 303.</translation>
    </message>
    <message>
        <source>urllib raises HTTPError: it does not redirect a %1 on %2.</source>
        <translation>O urllib lança HTTPError: ele não redireciona um %1 em %2.</translation>
    </message>
    <message>
        <source>Go net/http</source>
        <translation>Go net/http</translation>
    </message>
    <message>
        <source>Go repeats the %1.</source>
        <translation>O Go repete o %1.</translation>
    </message>
    <message>
        <source>Go turns every other method into a GET on 301, 302 and 303.</source>
        <translation>O Go transforma qualquer outro método em GET em 301, 302 e 303.</translation>
    </message>
    <message>
        <source>Go re-sends the method and the body on 307 and 308.</source>
        <translation>O Go reenvia o método e o corpo em 307 e 308.</translation>
    </message>
    <message>
        <source>Postman (defaults)</source>
        <translation>Postman (padrões)</translation>
    </message>
    <message>
        <source>Postman follows 301, 302 and 303 with a GET unless &quot;Follow original HTTP method&quot; is on.</source>
        <translation>O Postman segue 301, 302 e 303 com um GET, a menos que &quot;Follow original HTTP method&quot; esteja ativado.</translation>
    </message>
    <message>
        <source>Postman keeps the method and the body.</source>
        <translation>O Postman mantém o método e o corpo.</translation>
    </message>
    <message>
        <source>RFC 9110, strict reading</source>
        <translation>RFC 9110, leitura estrita</translation>
    </message>
    <message>
        <source>RFC 9110 section 15.4.4: the follow-up to a 303 is a retrieval, a GET.</source>
        <translation>RFC 9110, seção 15.4.4: a requisição após um 303 é uma recuperação, um GET.</translation>
    </message>
    <message>
        <source>RFC 9110 allows, but does not require, POST to become GET on %1; the strict reading keeps it.</source>
        <translation>A RFC 9110 permite, mas não exige, que um POST vire GET em %1; a leitura estrita o mantém.</translation>
    </message>
    <message>
        <source>RFC 9110: the method is kept.</source>
        <translation>RFC 9110: o método é mantido.</translation>
    </message>
    <message>
        <source>GNU Wget</source>
        <translation>GNU Wget</translation>
    </message>
    <message>
        <source>wget turns this %1 into a GET and drops the body.</source>
        <translation>O wget transforma este %1 em GET e descarta o corpo.</translation>
    </message>
    <message>
        <source>wget keeps the method and the body.</source>
        <translation>O wget mantém o método e o corpo.</translation>
    </message>
    <message>
        <source>Qt QNetworkAccessManager</source>
        <translation>Qt QNetworkAccessManager</translation>
    </message>
    <message>
        <source>Qt turns the request into a GET on 301, 302 and 303.</source>
        <translation>O Qt transforma a requisição em GET em 301, 302 e 303.</translation>
    </message>
    <message>
        <source>Qt keeps the method and the body.</source>
        <translation>O Qt mantém o método e o corpo.</translation>
    </message>
    <message>
        <source>Go net/http, body from a stream (no GetBody)</source>
        <translation>Go net/http, corpo de um stream (sem GetBody)</translation>
    </message>
    <message>
        <source>Go cannot send this body again (GetBody is nil), so it returns the %1 to the caller without following it.</source>
        <translation>O Go não consegue enviar este corpo de novo (GetBody é nil), então devolve o %1 a quem chamou sem segui-lo.</translation>
    </message>
    <message>
        <source>Python httpx</source>
        <translation>Python httpx</translation>
    </message>
    <message>
        <source>httpx turns every method but HEAD into a GET on 302 and 303, and drops the body.</source>
        <translation>O httpx transforma todo método exceto HEAD em GET em 302 e 303 e descarta o corpo.</translation>
    </message>
    <message>
        <source>httpx turns a POST into a GET on 301 and drops the body.</source>
        <translation>O httpx transforma um POST em GET em 301 e descarta o corpo.</translation>
    </message>
    <message>
        <source>httpx keeps the %1 and sends the body again: only a change to GET drops it.</source>
        <translation>O httpx mantém o %1 e envia o corpo de novo: só uma troca para GET o descarta.</translation>
    </message>
    <message>
        <source>Python aiohttp</source>
        <translation>Python aiohttp</translation>
    </message>
    <message>
        <source>aiohttp turns this %1 into a GET and drops the data (a 303 for every method but HEAD, a 301 or 302 for POST).</source>
        <translation>O aiohttp transforma este %1 em GET e descarta os dados (um 303 para todo método exceto HEAD, um 301 ou 302 para POST).</translation>
    </message>
    <message>
        <source>aiohttp keeps the %1 and its data.</source>
        <translation>O aiohttp mantém o %1 e seus dados.</translation>
    </message>
    <message>
        <source>HTTPie (http --follow)</source>
        <translation>HTTPie (http --follow)</translation>
    </message>
    <message>
        <source>HTTPie (through requests) turns every method but HEAD into a GET on 302 and 303.</source>
        <translation>O HTTPie (via requests) transforma todo método exceto HEAD em GET em 302 e 303.</translation>
    </message>
    <message>
        <source>HTTPie (through requests) turns a POST into a GET on 301.</source>
        <translation>O HTTPie (via requests) transforma um POST em GET em 301.</translation>
    </message>
    <message>
        <source>HTTPie (through requests) keeps the %1 but drops the body on 301, 302 and 303.</source>
        <translation>O HTTPie (via requests) mantém o %1, mas descarta o corpo em 301, 302 e 303.</translation>
    </message>
    <message>
        <source>HTTPie (through requests) keeps the method and the body on 307 and 308.</source>
        <translation>O HTTPie (via requests) mantém o método e o corpo em 307 e 308.</translation>
    </message>
    <message>
        <source>The browser turns the POST into a GET on %1 and drops the body.</source>
        <translation>O navegador transforma o POST em GET em %1 e descarta o corpo.</translation>
    </message>
    <message>
        <source>The browser follows a 303 with a GET, without the body.</source>
        <translation>O navegador segue um 303 com um GET, sem o corpo.</translation>
    </message>
    <message>
        <source>The browser keeps the %1 on %2.</source>
        <translation>O navegador mantém o %1 em %2.</translation>
    </message>
    <message>
        <source>The browser keeps the %1 and its body on %2.</source>
        <translation>O navegador mantém o %1 e seu corpo em %2.</translation>
    </message>
    <message>
        <source>HTML form submission (browsers)</source>
        <translation>Envio de formulário HTML (navegadores)</translation>
    </message>
    <message>
        <source>An HTML form sends only GET or POST; a %1 is not possible with a form.</source>
        <translation>Um formulário HTML envia só GET ou POST; um %1 não é possível com um formulário.</translation>
    </message>
    <message>
        <source>Top-level navigation (browsers)</source>
        <translation>Navegação de nível superior (navegadores)</translation>
    </message>
    <message>
        <source>A navigation is a GET; a %1 is not possible with a navigation.</source>
        <translation>Uma navegação é um GET; um %1 não é possível com uma navegação.</translation>
    </message>
    <message>
        <source>scheme %1 ≠ %2</source>
        <translation>esquema %1 ≠ %2</translation>
    </message>
    <message>
        <source>host %1 ≠ %2</source>
        <translation>host %1 ≠ %2</translation>
    </message>
    <message>
        <source>port %1 ≠ %2</source>
        <translation>porta %1 ≠ %2</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>statusdeck: skipped a broken card: %1</source>
        <translation>statusdeck: ficha com defeito ignorada: %1</translation>
    </message>
    <message>
        <source>statusdeck: skipped a broken snippet template: %1</source>
        <translation>statusdeck: modelo de trecho com defeito ignorado: %1</translation>
    </message>
    <message>
        <source>statusdeck: no card for status code %1. Nearest known codes: %2.</source>
        <translation>statusdeck: nenhuma ficha para o código de status %1. Códigos conhecidos mais próximos: %2.</translation>
    </message>
    <message>
        <source>statusdeck: &apos;%1&apos; is not a status code; give a number such as 404, or a card id such as 499-nginx.</source>
        <translation>statusdeck: &quot;%1&quot; não é um código de status; informe um número como 404 ou um id de ficha como 499-nginx.</translation>
    </message>
    <message>
        <source>Use the interface language CODE (for example de).</source>
        <translation>Usar o idioma de interface CODE (por exemplo pt_BR).</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Mostrar esta ajuda.</translation>
    </message>
    <message>
        <source>Usage:</source>
        <translation>Uso:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Opções:</translation>
    </message>
    <message>
        <source>Run &apos;statusdeck --help&apos; for the other commands.</source>
        <translation>Execute &quot;statusdeck --help&quot; para ver os outros comandos.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Comandos:</translation>
    </message>
    <message>
        <source>Run &apos;statusdeck help COMMAND&apos; for the options of a command.</source>
        <translation>Execute &quot;statusdeck help COMMAND&quot; para ver as opções de um comando.</translation>
    </message>
    <message>
        <source>Run &apos;statusdeck %1 --help&apos; for its options.</source>
        <translation>Execute &quot;statusdeck %1 --help&quot; para ver as opções dele.</translation>
    </message>
    <message>
        <source>Run &apos;statusdeck --help&apos; for the commands and options.</source>
        <translation>Execute &quot;statusdeck --help&quot; para ver os comandos e as opções.</translation>
    </message>
    <message>
        <source>statusdeck: this needs the window.</source>
        <translation>statusdeck: isto precisa da janela.</translation>
    </message>
    <message>
        <source>print every card</source>
        <translation>imprimir todas as fichas</translation>
    </message>
    <message>
        <source>Export format: json or markdown.</source>
        <translation>Formato de exportação: json ou markdown.</translation>
    </message>
    <message>
        <source>statusdeck: export takes no arguments besides --format.</source>
        <translation>statusdeck: export não aceita argumentos além de --format.</translation>
    </message>
    <message>
        <source>statusdeck: unknown export format &apos;%1&apos;; use json or markdown.</source>
        <translation>statusdeck: formato de exportação desconhecido &quot;%1&quot;; use json ou markdown.</translation>
    </message>
    <message>
        <source>statusdeck: %1 needs the window.</source>
        <translation>statusdeck: %1 precisa da janela.</translation>
    </message>
    <message>
        <source>Open the card CODE.</source>
        <translation>Abrir a ficha CODE.</translation>
    </message>
    <message>
        <source>Use the light or dark palette instead of the system&apos;s.</source>
        <translation>Usar a paleta clara ou escura em vez da do sistema.</translation>
    </message>
    <message>
        <source>Show the page reference, sandbox or lab.</source>
        <translation>Mostrar a página reference, sandbox ou lab.</translation>
    </message>
    <message>
        <source>--theme takes light or dark, not &apos;%1&apos;.</source>
        <translation>--theme aceita light ou dark, não &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--page takes reference, sandbox or lab, not &apos;%1&apos;.</source>
        <translation>--page aceita reference, sandbox ou lab, não &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>the options of COMMAND, or this help</source>
        <translation>as opções de COMMAND, ou esta ajuda</translation>
    </message>
    <message>
        <source>statusdeck: help takes one command at most.</source>
        <translation>statusdeck: help aceita no máximo um comando.</translation>
    </message>
    <message>
        <source>statusdeck: unknown command &apos;%1&apos;.</source>
        <translation>statusdeck: comando desconhecido &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>write error</source>
        <translation>erro de escrita</translation>
    </message>
    <message>
        <source>statusdeck: could not write the output: %1</source>
        <translation>statusdeck: não foi possível gravar a saída: %1</translation>
    </message>
    <message>
        <source>one line per card: code, phrase, registry status</source>
        <translation>uma linha por ficha: código, frase, status no registro</translation>
    </message>
    <message>
        <source>Print only the card ids, one a line (for scripts and shell completion).</source>
        <translation>Imprimir só os ids das fichas, um por linha (para scripts e autocompletar do shell).</translation>
    </message>
    <message>
        <source>statusdeck: list takes no arguments.</source>
        <translation>statusdeck: list não aceita argumentos.</translation>
    </message>
    <message>
        <source>redirect lab: run a client through every method and redirect code and print what the server saw</source>
        <translation>laboratório de redirecionamentos: passar um cliente por cada método e código de redirecionamento e imprimir o que o servidor viu</translation>
    </message>
    <message>
        <source>Run the installed program instead of its emulated profile.</source>
        <translation>Executar o programa instalado em vez do perfil emulado dele.</translation>
    </message>
    <message>
        <source>Output format: text (a table) or json.</source>
        <translation>Formato de saída: text (uma tabela) ou json.</translation>
    </message>
    <message>
        <source>statusdeck: matrix --format takes text or json, not &apos;%1&apos;.</source>
        <translation>statusdeck: matrix --format aceita text ou json, não &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>statusdeck: matrix needs --client NAME, for example: statusdeck matrix --client fetch</source>
        <translation>statusdeck: matrix precisa de --client NAME, por exemplo: statusdeck matrix --client fetch</translation>
    </message>
    <message>
        <source>statusdeck: cannot start the sandbox: %1.</source>
        <translation>statusdeck: não foi possível iniciar o sandbox: %1.</translation>
    </message>
    <message>
        <source>render the window to a PNG and exit</source>
        <translation>renderizar a janela num PNG e sair</translation>
    </message>
    <message>
        <source>Renders the window at 1280x800 to a PNG and exits; works with QT_QPA_PLATFORM=offscreen. The card is 301 unless --card says otherwise. For the sandbox and lab pages it first runs the Fetch matrix on a sandbox on a free port, so the picture shows traffic.</source>
        <translation>Renderiza a janela em 1280x800 num PNG e sai; funciona com QT_QPA_PLATFORM=offscreen. A ficha é a 301, a menos que --card diga outra. Para as páginas sandbox e lab, primeiro executa a matriz Fetch num sandbox numa porta livre, para que a imagem mostre tráfego.</translation>
    </message>
    <message>
        <source>screenshot needs exactly one output file, for example: statusdeck screenshot --card 301 window.png</source>
        <translation>screenshot precisa de exatamente um arquivo de saída, por exemplo: statusdeck screenshot --card 301 window.png</translation>
    </message>
    <message>
        <source>find the right card: cards ranked by how well they match</source>
        <translation>encontrar a ficha certa: fichas ordenadas pela relevância</translation>
    </message>
    <message>
        <source>Ranks the cards as the window&apos;s search does: a code or card id first, then the phrase, former phrases and keywords, then the summary and definition, then the rest of the text; ties go to the more common code. Words may come in any order, in any case, with simple plurals and, in words of five letters or more, one typo. The JSON is an array in rank order with id, code, phrase, score, matched (the field that decided the rank), matched_text (the keyword or former phrase) and typo. Exit status: 0 with results, 1 with none, 2 on bad usage.</source>
        <translation>Ordena as fichas como a busca da janela: primeiro um código ou id de ficha, depois a frase, as frases anteriores e as palavras-chave, depois o resumo e a definição e, por fim, o resto do texto; em caso de empate vence o código mais comum. As palavras podem vir em qualquer ordem, com maiúsculas ou minúsculas, com plurais simples e, em palavras de cinco letras ou mais, com um erro de digitação. O JSON é um array na ordem da classificação com id, code, phrase, score, matched (o campo que decidiu a posição), matched_text (a palavra-chave ou a frase anterior) e typo. Status de saída: 0 com resultados, 1 sem resultados, 2 em caso de uso incorreto.</translation>
    </message>
    <message>
        <source>Print at most N results (default 10, 0: all).</source>
        <translation>Imprimir no máximo N resultados (10 por padrão, 0: todos).</translation>
    </message>
    <message>
        <source>Output format: text or json.</source>
        <translation>Formato de saída: text ou json.</translation>
    </message>
    <message>
        <source>statusdeck: search needs a query, e.g. &apos;rate limit&apos;.</source>
        <translation>statusdeck: search precisa de uma consulta, por exemplo &quot;rate limit&quot;.</translation>
    </message>
    <message>
        <source>statusdeck: --limit takes a number from 0 up, not &apos;%1&apos;.</source>
        <translation>statusdeck: --limit aceita um número a partir de 0, não &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>statusdeck: unknown search format &apos;%1&apos;; use text or json.</source>
        <translation>statusdeck: formato de busca desconhecido &quot;%1&quot;; use text ou json.</translation>
    </message>
    <message>
        <source>statusdeck: no card matches &apos;%1&apos;. Try a class: 1xx, 2xx, 3xx, 4xx or 5xx.</source>
        <translation>statusdeck: nenhuma ficha corresponde a &quot;%1&quot;. Tente uma classe: 1xx, 2xx, 3xx, 4xx ou 5xx.</translation>
    </message>
    <message>
        <source>run the sandbox HTTP server (default port 8088, on 127.0.0.1 only) until Ctrl+C; logs one line per exchange</source>
        <translation>executar o servidor HTTP do sandbox (porta 8088 por padrão, só em 127.0.0.1) até Ctrl+C; registra uma linha por troca</translation>
    </message>
    <message>
        <source>Runs the sandbox HTTP server without a window until Ctrl+C or SIGTERM. It prints its URL, a second origin on a free port for cross-origin redirects, then one line per exchange: time, client, method, target, status, bytes.</source>
        <translation>Executa o servidor HTTP do sandbox sem janela até Ctrl+C ou SIGTERM. Imprime a URL, uma segunda origem numa porta livre para redirecionamentos entre origens e, depois, uma linha por troca: hora, cliente, método, destino, status, bytes.</translation>
    </message>
    <message>
        <source>Listen on port N (default 8088, 0 for any free one).</source>
        <translation>Escutar na porta N (8088 por padrão, 0 para qualquer porta livre).</translation>
    </message>
    <message>
        <source>Listen on ADDR (default 127.0.0.1; another address needs --allow-remote).</source>
        <translation>Escutar em ADDR (127.0.0.1 por padrão; outro endereço precisa de --allow-remote).</translation>
    </message>
    <message>
        <source>Write every exchange to FILE as HAR 1.2 when the server stops (atomically: the old file stays if writing fails).</source>
        <translation>Gravar cada troca em FILE como HAR 1.2 quando o servidor parar (de forma atômica: o arquivo antigo fica se a gravação falhar).</translation>
    </message>
    <message>
        <source>With --har, also write FILE every SECONDS while running.</source>
        <translation>Com --har, gravar FILE também a cada SECONDS segundos durante a execução.</translation>
    </message>
    <message>
        <source>Allow a --bind address other than loopback: anyone who can reach it can use the sandbox.</source>
        <translation>Permitir um endereço --bind que não seja loopback: qualquer pessoa que o alcance pode usar o sandbox.</translation>
    </message>
    <message>
        <source>statusdeck: serve takes no arguments besides --port and --bind.</source>
        <translation>statusdeck: serve não aceita argumentos além de --port e --bind.</translation>
    </message>
    <message>
        <source>statusdeck: --port takes 0 to 65535, not &apos;%1&apos;.</source>
        <translation>statusdeck: --port aceita de 0 a 65535, não &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>statusdeck: --bind takes an IP address such as 127.0.0.1, not &apos;%1&apos;.</source>
        <translation>statusdeck: --bind aceita um endereço IP como 127.0.0.1, não &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>statusdeck: --bind %1 is not a loopback address: anyone who can reach it could use the sandbox. Add --allow-remote if that is meant.</source>
        <translation>statusdeck: --bind %1 não é um endereço de loopback: qualquer pessoa que o alcance poderia usar o sandbox. Adicione --allow-remote se for essa a intenção.</translation>
    </message>
    <message>
        <source>statusdeck: WARNING: listening on %1, not only on loopback: anyone who can reach this address can use the sandbox.</source>
        <translation>statusdeck: AVISO: escutando em %1, não só no loopback: qualquer pessoa que alcance este endereço pode usar o sandbox.</translation>
    </message>
    <message>
        <source>statusdeck: --har-every takes a number of seconds from 1 up, with --har FILE.</source>
        <translation>statusdeck: --har-every aceita um número de segundos a partir de 1, junto com --har FILE.</translation>
    </message>
    <message>
        <source>statusdeck: could not write the HAR file %1: %2</source>
        <translation>statusdeck: não foi possível gravar o arquivo HAR %1: %2</translation>
    </message>
    <message>
        <source>StatusDeck sandbox listening on %1</source>
        <translation>Sandbox do StatusDeck escutando em %1</translation>
    </message>
    <message>
        <source>Second origin (for cross-origin redirects): %1</source>
        <translation>Segunda origem (para redirecionamentos entre origens): %1</translation>
    </message>
    <message>
        <source>statusdeck: stopping the sandbox.</source>
        <translation>statusdeck: parando o sandbox.</translation>
    </message>
    <message>
        <source>statusdeck: this machine&apos;s addresses: %1</source>
        <translation>statusdeck: endereços desta máquina: %1</translation>
    </message>
    <message>
        <source>statusdeck: the HAR file holds the newest %1 of %2 exchanges.</source>
        <translation>statusdeck: o arquivo HAR contém as %1 trocas mais recentes de %2.</translation>
    </message>
    <message>
        <source>statusdeck: wrote %1 exchanges to %2.</source>
        <translation>statusdeck: %1 trocas gravadas em %2.</translation>
    </message>
    <message>
        <source>print a card (CODE is 404 or a card id like 499-nginx)</source>
        <translation>imprimir uma ficha (CODE é 404 ou um id de ficha como 499-nginx)</translation>
    </message>
    <message>
        <source>Prints the card for CODE as readable text: a status code such as 404, or a card id such as 499-nginx. An unknown code names the nearest known ones.</source>
        <translation>Imprime a ficha de CODE como texto legível: um código de status como 404 ou um id de ficha como 499-nginx. Um código desconhecido indica os conhecidos mais próximos.</translation>
    </message>
    <message>
        <source>Print only the snippet for FRAMEWORK (express, flask, go, nginx, curl, ...).</source>
        <translation>Imprimir só o trecho de FRAMEWORK (express, flask, go, nginx, curl…).</translation>
    </message>
    <message>
        <source>statusdeck: show needs one status code, for example: statusdeck show 404</source>
        <translation>statusdeck: show precisa de um código de status, por exemplo: statusdeck show 404</translation>
    </message>
    <message>
        <source>statusdeck: no snippet framework &apos;%1&apos;. Known: %2.</source>
        <translation>statusdeck: não há framework de trechos &quot;%1&quot;. Conhecidos: %2.</translation>
    </message>
    <message>
        <source>
Also %1 (%2): statusdeck show %3</source>
        <translation>
Também %1 (%2): statusdeck show %3</translation>
    </message>
    <message>
        <source>make a card&apos;s code happen live at a sandbox and show the exchanges</source>
        <translation>fazer o código de uma ficha acontecer ao vivo num sandbox e mostrar as trocas</translation>
    </message>
    <message>
        <source>statusdeck: try needs one status code, for example: statusdeck try 304 (--format text or json)</source>
        <translation>statusdeck: try precisa de um código de status, por exemplo: statusdeck try 304 (--format text ou json)</translation>
    </message>
    <message>
        <source>%1 %2, live against a sandbox at %3</source>
        <translation>%1 %2, ao vivo num sandbox em %3</translation>
    </message>
    <message>
        <source>request %1 of %2</source>
        <translation>requisição %1 de %2</translation>
    </message>
    <message>
        <source>no response</source>
        <translation>sem resposta</translation>
    </message>
    <message>
        <source>as the card says</source>
        <translation>como a ficha diz</translation>
    </message>
    <message>
        <source>NOT as the card says: %1</source>
        <translation>NÃO como a ficha diz: %1</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Mostrar a versão.</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;.</source>
        <translation>comando desconhecido &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>give one card, not both %1 and --card %2.</source>
        <translation>informe uma só ficha, não %1 e --card %2 ao mesmo tempo.</translation>
    </message>
    <message>
        <source>Open a window of its own instead of using the running one (it does not save settings and starts its sandbox on a free port).</source>
        <translation>Abrir uma janela própria em vez de usar a que está em execução (ela não salva as configurações e inicia seu sandbox numa porta livre).</translation>
    </message>
    <message>
        <source>no such file: %1</source>
        <translation>arquivo inexistente: %1</translation>
    </message>
    <message>
        <source>%1 is a folder, not a HAR file.</source>
        <translation>%1 é uma pasta, não um arquivo HAR.</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>%1 não pode ser lido.</translation>
    </message>
    <message>
        <source>Starts a sandbox on free ports and runs a client through GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS x 301, 302, 303, 307, 308, live, and prints what the server saw. A real browser (--client chromium, chrome or firefox with --real) runs headless with a throw-away profile and makes its requests with fetch(), an HTML form or a navigation (--mode). Exit status 1 when it could not run (a real program or browser that is not installed, a Python module that cannot be imported, a Go client that does not build). The real go and go-stream are a small Go program built once with the installed go into the cache folder; go-stream sends the body from a stream Go cannot read again. With --cross-origin it runs the cross-origin matrix instead: a GET with Authorization, Cookie and X-StatusDeck-Probe through each code to the same origin, another port and another host, and shows which headers arrived. Each cell names the rule behind it ([n], listed below the table).</source>
        <translation>Inicia um sandbox em portas livres e executa um cliente por GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS x 301, 302, 303, 307, 308, ao vivo, e imprime o que o servidor viu. Um navegador real (--client chromium, chrome ou firefox com --real) roda headless com um perfil descartável e faz suas requisições com fetch(), um formulário HTML ou uma navegação (--mode). Status de saída 1 quando não foi possível executar (um programa ou navegador real não instalado, um módulo Python que não pode ser importado, um cliente Go que não compila). Os reais go e go-stream são um pequeno programa Go compilado uma vez com o go instalado na pasta de cache; go-stream envia o corpo de um stream que o Go não consegue ler de novo. Com --cross-origin, executa em vez disso a matriz cross-origin: um GET com Authorization, Cookie e X-StatusDeck-Probe por cada código para a mesma origem, outra porta e outro host, e mostra quais cabeçalhos chegaram. Cada célula indica a regra por trás dela ([n], listadas abaixo da tabela).</translation>
    </message>
    <message>
        <source>The client: fetch, curl, requests, urllib, go, postman, rfc, wget, httpx, aiohttp, httpie, go-stream, form, navigate (emulated), qt (Qt itself); with --real: curl, python3, node, wget, requests, httpx, aiohttp, httpie, go, go-stream, chromium, chrome, firefox.</source>
        <translation>O cliente: fetch, curl, requests, urllib, go, postman, rfc, wget, httpx, aiohttp, httpie, go-stream, form, navigate (emulados), qt (o próprio Qt); com --real: curl, python3, node, wget, requests, httpx, aiohttp, httpie, go, go-stream, chromium, chrome, firefox.</translation>
    </message>
    <message>
        <source>With a real browser: how it makes the requests, fetch() (every method, the default), form (GET and POST) or navigate (GET).</source>
        <translation>Com um navegador real: como ele faz as requisições, fetch() (todo método, o padrão), form (GET e POST) ou navigate (GET).</translation>
    </message>
    <message>
        <source>Run the cross-origin matrix: Authorization, Cookie and a custom header to the same origin, another port and another host.</source>
        <translation>Executar a matriz cross-origin: Authorization, Cookie e um cabeçalho personalizado para a mesma origem, outra porta e outro host.</translation>
    </message>
    <message>
        <source>statusdeck: matrix takes no arguments besides --client, --real, --mode, --cross-origin and --format.</source>
        <translation>statusdeck: matrix não aceita argumentos além de --client, --real, --mode, --cross-origin e --format.</translation>
    </message>
    <message>
        <source>statusdeck: matrix --mode takes fetch, form or navigate, not &apos;%1&apos;.</source>
        <translation>statusdeck: matrix --mode aceita fetch, form ou navigate, não &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>statusdeck: matrix --mode needs a real browser: --client chromium, chrome or firefox with --real.</source>
        <translation>statusdeck: matrix --mode precisa de um navegador real: --client chromium, chrome ou firefox com --real.</translation>
    </message>
    <message>
        <source>statusdeck: --client %1 and --mode %2 name different modes.</source>
        <translation>statusdeck: --client %1 e --mode %2 indicam modos diferentes.</translation>
    </message>
    <message>
        <source>open a HAR file in the window&apos;s exchange log</source>
        <translation>abrir um arquivo HAR no registro de trocas da janela</translation>
    </message>
    <message>
        <source>Opens FILE.har (from &apos;statusdeck serve --har&apos;, browser devtools or a proxy) in the exchange log of the Sandbox page, read-only and marked as imported, beside the live exchanges. When a StatusDeck window is open already, the file opens there and that window comes to the front; the command then ends at once, with status 1 when the file could not be read as HAR.</source>
        <translation>Abre FILE.har (de &apos;statusdeck serve --har&apos;, das devtools do navegador ou de um proxy) no registro de trocas da página Sandbox, somente leitura e marcado como importado, ao lado das trocas ao vivo. Quando uma janela do StatusDeck já está aberta, o arquivo abre nela e essa janela vem para a frente; o comando então termina imediatamente, com status 1 quando o arquivo não pôde ser lido como HAR.</translation>
    </message>
    <message>
        <source>open needs exactly one HAR file, for example: statusdeck open run.har</source>
        <translation>open precisa de exatamente um arquivo HAR, por exemplo: statusdeck open run.har</translation>
    </message>
    <message>
        <source>Picture a part of the reference instead: guide (the Which Code dialog, answered to a result), compare (the card beside its first confused-with card) or favourites (a few cards starred).</source>
        <translation>Em vez disso, retratar uma parte da referência: guide (o diálogo Qual Código, respondido até um resultado), compare (o cartão ao lado do primeiro cartão com que é confundido) ou favourites (alguns cartões com estrela).</translation>
    </message>
    <message>
        <source>--show takes guide, compare or favourites, not &apos;%1&apos;.</source>
        <translation>--show aceita guide, compare ou favourites, não &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>HTTP status code reference and redirect lab. With no command, opens the window (on the card CODE, or with FILE.har in the exchange log, if given); when it is open already, brings it to the front and opens the card or file there.</source>
        <translation>Referência de códigos de status HTTP e laboratório de redirecionamentos. Sem comando, abre a janela (no cartão CODE, ou com FILE.har no registro de trocas, se indicado); quando ela já está aberta, traz para a frente e abre o cartão ou arquivo nela.</translation>
    </message>
    <message numerus="yes">
        <source>statusdeck: %n exchange(s) got no line (and are not in the HAR): the log dropped them before they could be printed.</source>
        <translation>
            <numerusform>statusdeck: %n troca ficou sem linha (e não está no HAR): o log a descartou antes que pudesse ser impressa.</numerusform>
            <numerusform>statusdeck: %n trocas ficaram sem linha (e não estão no HAR): o log as descartou antes que pudessem ser impressas.</numerusform>
        </translation>
    </message>
    <message>
        <source>statusdeck: cannot open a window: there is no display (DISPLAY and WAYLAND_DISPLAY are not set). The commands work without one: see statusdeck --help.</source>
        <translation>statusdeck: não é possível abrir uma janela: não há tela (DISPLAY e WAYLAND_DISPLAY não estão definidas). Os comandos funcionam sem ela: veja statusdeck --help.</translation>
    </message>
</context>
<context>
    <name>GuiMain</name>
    <message>
        <source>Skipped a broken card: %1</source>
        <translation>Ficha com defeito ignorada: %1</translation>
    </message>
    <message>
        <source>Skipped a broken snippet template: %1</source>
        <translation>Modelo de trecho com defeito ignorado: %1</translation>
    </message>
    <message>
        <source>The settings file %1 could not be read; defaults are used and it will be rewritten.</source>
        <translation>O arquivo de configurações %1 não pôde ser lido; os padrões serão usados e ele será regravado.</translation>
    </message>
    <message>
        <source>statusdeck: no card &apos;%1&apos;.</source>
        <translation>statusdeck: nenhuma ficha &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>statusdeck: could not write %1: %2</source>
        <translation>statusdeck: não foi possível gravar %1: %2</translation>
    </message>
    <message>
        <source>statusdeck: a StatusDeck window is running but did not take the request (%1). Close it, or start another with --new-window.</source>
        <translation>statusdeck: uma janela do StatusDeck está em execução, mas não aceitou a solicitação (%1). Feche-a ou inicie outra com --new-window.</translation>
    </message>
</context>
<context>
    <name>Guide</name>
    <message>
        <source>not valid JSON (%1 at offset %2)</source>
        <translation>JSON inválido (%1 na posição %2)</translation>
    </message>
    <message>
        <source>must name the first question</source>
        <translation>deve indicar a primeira pergunta</translation>
    </message>
    <message>
        <source>every question needs an id and a text</source>
        <translation>cada pergunta precisa de um id e de um text</translation>
    </message>
    <message>
        <source>every answer needs a text and exactly one of next or result</source>
        <translation>cada resposta precisa de um text e de exatamente um entre next e result</translation>
    </message>
    <message>
        <source>a question needs at least 2 answers</source>
        <translation>uma pergunta precisa de pelo menos 2 respostas</translation>
    </message>
    <message>
        <source>every result needs an id, a card, why and a rule</source>
        <translation>cada resultado precisa de um id, uma card, um why e uma rule</translation>
    </message>
</context>
<context>
    <name>HarImport</name>
    <message>
        <source>request body not in the HAR</source>
        <translation>corpo da requisição ausente no HAR</translation>
    </message>
    <message>
        <source>request body rebuilt from postData.params</source>
        <translation>corpo da requisição reconstruído a partir de postData.params</translation>
    </message>
    <message>
        <source>no response in the HAR (status 0)</source>
        <translation>nenhuma resposta no HAR (status 0)</translation>
    </message>
    <message>
        <source>no response: %1</source>
        <translation>nenhuma resposta: %1</translation>
    </message>
    <message>
        <source>response body not in the HAR (%1 bytes)</source>
        <translation>corpo da resposta ausente no HAR (%1 bytes)</translation>
    </message>
    <message>
        <source>no request</source>
        <translation>nenhuma requisição</translation>
    </message>
    <message>
        <source>no request.method</source>
        <translation>sem request.method</translation>
    </message>
    <message>
        <source>no request.url</source>
        <translation>sem request.url</translation>
    </message>
    <message>
        <source>no response in the HAR</source>
        <translation>nenhuma resposta no HAR</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2 at byte %3</source>
        <translation>%1 não é JSON válido: %2 no byte %3</translation>
    </message>
    <message>
        <source>%1 is not a HAR file: it has no &quot;log&quot; object</source>
        <translation>%1 não é um arquivo HAR: não tem objeto &quot;log&quot;</translation>
    </message>
    <message>
        <source>%1 is HAR version %2; StatusDeck reads versions 1.1 and 1.2</source>
        <translation>%1 é HAR versão %2; o StatusDeck lê as versões 1.1 e 1.2</translation>
    </message>
    <message>
        <source>%1 is not a HAR file: its log has no &quot;entries&quot; list</source>
        <translation>%1 não é um arquivo HAR: seu log não tem lista &quot;entries&quot;</translation>
    </message>
    <message>
        <source>entry %1: %2</source>
        <translation>entrada %1: %2</translation>
    </message>
    <message>
        <source>cut at %1 KiB per side</source>
        <translation>cortado em %1 KiB por lado</translation>
    </message>
    <message>
        <source>%1, entry %2 of %3</source>
        <translation>%1, entrada %2 de %3</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) skipped (%1)</source>
        <translation>
            <numerusform>%n entrada ignorada (%1)</numerusform>
            <numerusform>%n entradas ignoradas (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>only the first %1 entries were read; %n more left out</source>
        <translation>
            <numerusform>só as primeiras %1 entradas foram lidas; mais %n deixada de fora</numerusform>
            <numerusform>só as primeiras %1 entradas foram lidas; mais %n deixadas de fora</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) cut at %1 KiB per side</source>
        <translation>
            <numerusform>%n entrada cortada em %1 KiB por lado</numerusform>
            <numerusform>%n entradas cortadas em %1 KiB por lado</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 não pôde ser lido: %2</translation>
    </message>
    <message>
        <source>%1 is %2 MiB; StatusDeck opens HAR files of up to %3 MiB</source>
        <translation>%1 tem %2 MiB; o StatusDeck abre arquivos HAR de até %3 MiB</translation>
    </message>
</context>
<context>
    <name>PageShortcuts</name>
    <message>
        <source>Exchange log</source>
        <translation>Registro de trocas</translation>
    </message>
</context>
<context>
    <name>PngWriter</name>
    <message>
        <source>There is no image to write.</source>
        <translation>Não há imagem para gravar.</translation>
    </message>
</context>
<context>
    <name>RequestText</name>
    <message>
        <source>[StatusDeck: the sandbox&apos;s log has no bytes for this hop; the text below is rebuilt from what the client sent and got, it is not what went over the wire]</source>
        <translation>[StatusDeck: o log do sandbox não tem bytes para este salto; o texto abaixo foi reconstruído a partir do que o cliente enviou e recebeu, não é o que passou pela rede]</translation>
    </message>
    <message>
        <source>[StatusDeck: this hop went to %1, not to the sandbox, so nothing was logged; the text below is rebuilt from what the client sent and got]</source>
        <translation>[StatusDeck: este salto foi para %1, não para o sandbox, então nada foi registrado; o texto abaixo foi reconstruído a partir do que o cliente enviou e recebeu]</translation>
    </message>
</context>
<context>
    <name>statusdeck::RawReplay</name>
    <message>
        <source>the sandbox closed the connection without an answer</source>
        <translation>o sandbox fechou a conexão sem responder</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>nenhuma resposta em %1 s</translation>
    </message>
</context>
<context>
    <name>statusdeck::SandboxServer</name>
    <message>
        <source>the sandbox was stopped</source>
        <translation>o sandbox foi parado</translation>
    </message>
</context>
<context>
    <name>statusdeck::gui</name>
    <message>
        <source>none</source>
        <translation>nenhum</translation>
    </message>
    <message>
        <source>%1, section %2</source>
        <translation>%1, seção %2</translation>
    </message>
    <message>
        <source>No quote on this card.</source>
        <translation>Nenhuma citação nesta ficha.</translation>
    </message>
    <message>
        <source>%1 %2 compared with %3 %4</source>
        <translation>%1 %2 comparado com %3 %4</translation>
    </message>
    <message>
        <source>The %1 card:</source>
        <translation>A ficha %1:</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Classe</translation>
    </message>
    <message>
        <source>Registry</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>In short</source>
        <translation>Em resumo</translation>
    </message>
    <message>
        <source>Yes, by default</source>
        <translation>Sim, por padrão</translation>
    </message>
    <message>
        <source>Only with explicit freshness</source>
        <translation>Só com validade explícita</translation>
    </message>
    <message>
        <source>Heuristically cacheable</source>
        <translation>Armazenável em cache por heurística</translation>
    </message>
    <message>
        <source>not a redirect</source>
        <translation>não é um redirecionamento</translation>
    </message>
    <message>
        <source>Redirect</source>
        <translation>Redirecionamento</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Não</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sim</translation>
    </message>
    <message>
        <source>Content allowed</source>
        <translation>Conteúdo permitido</translation>
    </message>
    <message>
        <source>Required headers</source>
        <translation>Cabeçalhos obrigatórios</translation>
    </message>
    <message>
        <source>When to use it</source>
        <translation>Quando usar</translation>
    </message>
    <message>
        <source>From the RFC</source>
        <translation>Da RFC</translation>
    </message>
</context>
<context>
    <name>statusdeck::gui::CardListModel</name>
    <message>
        <source>★ Favourites</source>
        <translation>★ Favoritos</translation>
    </message>
    <message>
        <source>Recent</source>
        <translation>Recentes</translation>
    </message>
    <message>
        <source>No cards match “%1”. Browse a class:</source>
        <translation>Nenhuma ficha corresponde a “%1”. Navegue por uma classe:</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n resultado</numerusform>
            <numerusform>%n resultados</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>statusdeck::gui::CompareView</name>
    <message>
        <source>Compare</source>
        <translation>Comparar</translation>
    </message>
    <message>
        <source>Redirect code</source>
        <translation>Código de redirecionamento</translation>
    </message>
    <message>
        <source>Redirect code:</source>
        <translation>Código de redirecionamento:</translation>
    </message>
    <message>
        <source>Clients compared</source>
        <translation>Clientes comparados</translation>
    </message>
</context>
<context>
    <name>statusdeck::gui::ComposerView</name>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>Predefinição</translation>
    </message>
    <message>
        <source>Choose an experiment…</source>
        <translation>Escolha um experimento…</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>The sandbox&apos;s URL, or a path on it such as redirect/307</source>
        <translation>A URL do sandbox, ou um caminho nele como redirect/307</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>Cabeçalhos</translation>
    </message>
    <message>
        <source>One header per line: Name: value</source>
        <translation>Um cabeçalho por linha: Nome: valor</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Corpo</translation>
    </message>
    <message>
        <source>Preset:</source>
        <translation>Predefinição:</translation>
    </message>
    <message>
        <source>Request:</source>
        <translation>Requisição:</translation>
    </message>
    <message>
        <source>Headers:</source>
        <translation>Cabeçalhos:</translation>
    </message>
    <message>
        <source>Body:</source>
        <translation>Corpo:</translation>
    </message>
    <message>
        <source>The chosen emulated client follows the redirects hop by hop; every hop really goes to the sandbox and shows up in its log.</source>
        <translation>O cliente emulado escolhido segue os redirecionamentos salto a salto; cada salto vai de verdade ao sandbox e aparece no registro dele.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a URL.</source>
        <translation>&quot;%1&quot; não é uma URL.</translation>
    </message>
    <message>
        <source>The headers were not sent: %1</source>
        <translation>Os cabeçalhos não foram enviados: %1</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;: %n hop(s). Stop: %2. %3</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: %n salto. Fim: %2. %3</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: %n saltos. Fim: %2. %3</numerusform>
        </translation>
    </message>
    <message>
        <source>−%1: %2</source>
        <translation>−%1: %2</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Por quê:</translation>
    </message>
</context>
<context>
    <name>statusdeck::gui::EmptyLogHint</name>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Command to send a first request</source>
        <translation>Comando para enviar uma primeira requisição</translation>
    </message>
    <message>
        <source>Copy this command to the clipboard, to paste it in a terminal</source>
        <translation>Copiar este comando para a área de transferência, para colá-lo num terminal</translation>
    </message>
    <message>
        <source>No exchange matches the filter. Clear it to see all of them.</source>
        <translation>Nenhuma troca corresponde ao filtro. Limpe-o para ver todas.</translation>
    </message>
    <message>
        <source>&lt;b&gt;No exchanges yet.&lt;/b&gt;&lt;br/&gt;Send a request to the sandbox from any client: a browser, your code, or this command in a terminal. It shows up here as it arrives.</source>
        <translation>&lt;b&gt;Nenhuma troca ainda.&lt;/b&gt;&lt;br/&gt;Envie uma requisição ao sandbox de qualquer cliente: um navegador, seu código ou este comando num terminal. Ela aparece aqui assim que chega.</translation>
    </message>
    <message>
        <source>&lt;b&gt;No exchanges yet.&lt;/b&gt;&lt;br/&gt;Start the sandbox, then send it a request from any client, for example with this command in a terminal.</source>
        <translation>&lt;b&gt;Nenhuma troca ainda.&lt;/b&gt;&lt;br/&gt;Inicie o sandbox e envie a ele uma requisição de qualquer cliente, por exemplo com este comando num terminal.</translation>
    </message>
</context>
<context>
    <name>statusdeck::gui::ExchangeActions</name>
    <message>
        <source>Copy as curl</source>
        <translation>Copiar como curl</translation>
    </message>
    <message>
        <source>Copy a curl command that sends this request again</source>
        <translation>Copiar um comando curl que envia esta requisição de novo</translation>
    </message>
    <message>
        <source>Copy as fetch</source>
        <translation>Copiar como fetch</translation>
    </message>
    <message>
        <source>Copy a JavaScript fetch() call that sends this request again</source>
        <translation>Copiar uma chamada JavaScript fetch() que envia esta requisição de novo</translation>
    </message>
    <message>
        <source>Copy URL</source>
        <translation>Copiar URL</translation>
    </message>
    <message>
        <source>Copy the URL of this request</source>
        <translation>Copiar a URL desta requisição</translation>
    </message>
    <message>
        <source>Copied %1 to the clipboard</source>
        <translation>%1 copiado para a área de transferência</translation>
    </message>
    <message>
        <source>Replay</source>
        <translation>Reenviar</translation>
    </message>
    <message>
        <source>Send the same bytes to the sandbox again; the answer shows up as a new exchange</source>
        <translation>Enviar os mesmos bytes ao sandbox de novo; a resposta aparece como uma nova troca</translation>
    </message>
    <message>
        <source>Edit and Resend…</source>
        <translation>Editar e reenviar…</translation>
    </message>
    <message>
        <source>Open this request in the lab&apos;s request composer to change it and send it</source>
        <translation>Abrir esta requisição no compositor de requisições do laboratório para alterá-la e enviá-la</translation>
    </message>
    <message>
        <source>Open the Status Card</source>
        <translation>Abrir o cartão de status</translation>
    </message>
    <message>
        <source>Show the reference card of this exchange&apos;s status code</source>
        <translation>Mostrar o cartão de referência do código de status desta troca</translation>
    </message>
    <message>
        <source>Expand or Collapse the Redirect Chain</source>
        <translation>Expandir ou recolher a cadeia de redirecionamentos</translation>
    </message>
    <message>
        <source>Show or hide the later hops of this redirect chain</source>
        <translation>Mostrar ou ocultar os saltos seguintes desta cadeia de redirecionamentos</translation>
    </message>
    <message>
        <source>This exchange is not a whole HTTP request, so there is nothing to copy as a command</source>
        <translation>Esta troca não é uma requisição HTTP completa, então não há nada para copiar como comando</translation>
    </message>
    <message>
        <source>Copied the fetch() call to the clipboard</source>
        <translation>Chamada fetch() copiada para a área de transferência</translation>
    </message>
    <message>
        <source>Start the sandbox to replay a request</source>
        <translation>Inicie o sandbox para reenviar uma requisição</translation>
    </message>
    <message>
        <source>Replayed %1: %2</source>
        <translation>%1 reenviado: %2</translation>
    </message>
    <message>
        <source>Replay of %1 failed: %2</source>
        <translation>Falha ao reenviar %1: %2</translation>
    </message>
    <message>
        <source>Replaying %1…</source>
        <translation>Reenviando %1…</translation>
    </message>
</context>
<context>
    <name>statusdeck::gui::ExchangeDetail</name>
    <message>
        <source>Raw request</source>
        <translation>Requisição bruta</translation>
    </message>
    <message>
        <source>Raw response</source>
        <translation>Resposta bruta</translation>
    </message>
    <message>
        <source>Request as it arrived</source>
        <translation>A requisição como chegou</translation>
    </message>
    <message>
        <source>Response as it was sent</source>
        <translation>A resposta como foi enviada</translation>
    </message>
    <message>
        <source>Imported, read-only: %1. Rebuilt from the HAR&apos;s fields, not bytes this sandbox saw.</source>
        <translation>Importado, somente leitura: %1. Reconstruído a partir dos campos do HAR, não de bytes que este sandbox viu.</translation>
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
        <translation>Hora</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recebido</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duração</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importado</translation>
    </message>
    <message>
        <source>Imported from %1 (read-only)</source>
        <translation>Importado de %1 (somente leitura)</translation>
    </message>
    <message>
        <source>(nothing arrived)</source>
        <translation>(nada chegou)</translation>
    </message>
    <message>
        <source>(not an HTTP request)</source>
        <translation>(não é uma requisição HTTP)</translation>
    </message>
    <message numerus="yes">
        <source>(%n hop(s))</source>
        <translation>
            <numerusform>(%n salto)</numerusform>
            <numerusform>(%n saltos)</numerusform>
        </translation>
    </message>
    <message>
        <source>A redirect chain: expand it to see every hop (+)</source>
        <translation>Uma cadeia de redirecionamentos: expanda-a para ver cada salto (+)</translation>
    </message>
    <message>
        <source>A redirect chain: collapse it to this first request (−)</source>
        <translation>Uma cadeia de redirecionamentos: recolha-a para esta primeira requisição (−)</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
</context>
<context>
    <name>statusdeck::gui::GuideDialog</name>
    <message>
        <source>Which Code Should I Use?</source>
        <translation>Qual código devo usar?</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Voltar</translation>
    </message>
    <message>
        <source>&amp;Start Over</source>
        <translation>&amp;Recomeçar</translation>
    </message>
    <message>
        <source>&amp;Open Card</source>
        <translation>&amp;Abrir ficha</translation>
    </message>
    <message>
        <source>The guide could not be loaded.</source>
        <translation>Não foi possível carregar o guia.</translation>
    </message>
    <message>
        <source>%1, section %2</source>
        <translation>%1, seção %2</translation>
    </message>
</context>
<context>
    <name>statusdeck::gui::HopDetailView</name>
    <message>
        <source>Hops</source>
        <translation>Saltos</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 into %2&lt;/b&gt; with %3. &lt;a href=&apos;card:%2&apos;&gt;Open the %2 card&lt;/a&gt;</source>
        <translation>&lt;b&gt;%1 via %2&lt;/b&gt; com %3. &lt;a href=&apos;card:%2&apos;&gt;Abrir a ficha %2&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation>Perfil: %1</translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation>Parado: %1</translation>
    </message>
    <message>
        <source>Command: &lt;code&gt;%1&lt;/code&gt;</source>
        <translation>Comando: &lt;code&gt;%1&lt;/code&gt;</translation>
    </message>
    <message>
        <source>[… this exchange has left the sandbox&apos;s log …]</source>
        <translation>[… esta troca saiu do registro do sandbox …]</translation>
    </message>
    <message>
        <source>%1. %2 %3 → %4</source>
        <translation>%1. %2 %3 → %4</translation>
    </message>
    <message numerus="yes">
        <source>body %n byte(s)</source>
        <translation>
            <numerusform>corpo %n byte</numerusform>
            <numerusform>corpo %n bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing changed</source>
        <translation>nada mudou</translation>
    </message>
    <message>
        <source>&lt;a href=&apos;card:%1&apos;&gt;(the %1 card)&lt;/a&gt;</source>
        <translation>&lt;a href=&apos;card:%1&apos;&gt;(o cartão %1)&lt;/a&gt;</translation>
    </message>
    <message>
        <source>rule: %1</source>
        <translation>regra: %1</translation>
    </message>
    <message>
        <source>−%1: %2</source>
        <translation>−%1: %2</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Por quê: %1</translation>
    </message>
    <message>
        <source>Why −%1: %2</source>
        <translation>Por quê −%1: %2</translation>
    </message>
    <message>
        <source>Why every header is kept: %1</source>
        <translation>Por que todos os cabeçalhos são mantidos: %1</translation>
    </message>
    <message>
        <source>Request of the hop, as the sandbox received it</source>
        <translation>Requisição do salto, como a sandbox a recebeu</translation>
    </message>
    <message>
        <source>Response of the hop, as the sandbox sent it</source>
        <translation>Resposta do salto, como a sandbox a enviou</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Requisição</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Resposta</translation>
    </message>
    <message>
        <source>the sandbox logged no bytes for this hop</source>
        <translation>a sandbox não registrou nenhum byte deste salto</translation>
    </message>
</context>
<context>
    <name>statusdeck::gui::HttpLexer</name>
    <message>
        <source>Default</source>
        <translation>Padrão</translation>
    </message>
    <message>
        <source>Start line</source>
        <translation>Linha inicial</translation>
    </message>
    <message>
        <source>Header name</source>
        <translation>Nome do cabeçalho</translation>
    </message>
    <message>
        <source>Header value</source>
        <translation>Valor do cabeçalho</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Corpo</translation>
    </message>
    <message>
        <source>Truncation mark</source>
        <translation>Marca de truncamento</translation>
    </message>
</context>
<context>
    <name>statusdeck::gui::LabPage</name>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source> (runs for real)</source>
        <translation> (executa de verdade)</translation>
    </message>
    <message>
        <source> (emulated)</source>
        <translation> (emulado)</translation>
    </message>
    <message>
        <source>%1 (real program)</source>
        <translation>%1 (programa real)</translation>
    </message>
    <message>
        <source>%1 (not installed)</source>
        <translation>%1 (não instalado)</translation>
    </message>
    <message>
        <source>Client:</source>
        <translation>Cliente:</translation>
    </message>
    <message>
        <source>Matrix</source>
        <translation>Matriz</translation>
    </message>
    <message>
        <source>Compare Clients</source>
        <translation>Comparar clientes</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Requisição</translation>
    </message>
    <message>
        <source>%1: done. Every cell was run live against %2.</source>
        <translation>%1: concluído. Cada célula foi executada ao vivo em %2.</translation>
    </message>
    <message numerus="yes">
        <source>%1: done; %n cell(s) differ from the profile&apos;s prediction (marked ⚠).</source>
        <translation>
            <numerusform>%1: concluído; %n célula difere da previsão do perfil (marcada com ⚠).</numerusform>
            <numerusform>%1: concluído; %n células diferem da previsão do perfil (marcadas com ⚠).</numerusform>
        </translation>
    </message>
    <message>
        <source>Every client on %1, side by side: each column was run live.</source>
        <translation>Todos os clientes em %1, lado a lado: cada coluna foi executada ao vivo.</translation>
    </message>
    <message>
        <source>Done: what the sandbox received on each hop is also in the Sandbox tab.</source>
        <translation>Concluído: o que o sandbox recebeu em cada salto também está na aba Sandbox.</translation>
    </message>
    <message>
        <source>Pick a client and run the matrix: every method is sent into 301, 302, 303, 307 and 308 on the sandbox, and each cell shows what arrived at the redirect&apos;s target.</source>
        <translation>Escolha um cliente e execute a matriz: cada método é enviado para 301, 302, 303, 307 e 308 no sandbox, e cada célula mostra o que chegou ao destino do redirecionamento.</translation>
    </message>
    <message>
        <source>%1: run the matrix to see what a client does with it (the POST row shows the classic difference), or compare every client on it.</source>
        <translation>%1: execute a matriz para ver o que um cliente faz com ele (a linha POST mostra a diferença clássica) ou compare todos os clientes nele.</translation>
    </message>
    <message>
        <source>Starting the sandbox…</source>
        <translation>Iniciando o sandbox…</translation>
    </message>
    <message>
        <source>The sandbox could not start: %1</source>
        <translation>Não foi possível iniciar o sandbox: %1</translation>
    </message>
    <message>
        <source>Running %1 through the matrix on %2…</source>
        <translation>Passando %1 pela matriz em %2…</translation>
    </message>
    <message>
        <source>Run the matrix to fill this cell.</source>
        <translation>Execute a matriz para preencher esta célula.</translation>
    </message>
    <message>
        <source>Compare the clients, then pick a cell to see its hops.</source>
        <translation>Compare os clientes e depois escolha uma célula para ver os saltos dela.</translation>
    </message>
    <message>
        <source>Send a request to see its hops.</source>
        <translation>Envie uma requisição para ver os saltos dela.</translation>
    </message>
    <message>
        <source>%1: press Send to run it with the chosen client.</source>
        <translation>%1: pressione Enviar para executar com o cliente escolhido.</translation>
    </message>
    <message>
        <source>The request composer runs an emulated client; pick one of the profiles (for Qt and the real programs, run the matrix).</source>
        <translation>O editor de requisições executa um cliente emulado; escolha um dos perfis (para o Qt e os programas reais, execute a matriz).</translation>
    </message>
    <message>
        <source>Sending with %1…</source>
        <translation>Enviando com %1…</translation>
    </message>
    <message>
        <source>Comparing every client on %1, live against %2…</source>
        <translation>Comparando todos os clientes em %1, ao vivo em %2…</translation>
    </message>
    <message>
        <source>Observed with %1</source>
        <translation>Observado com %1</translation>
    </message>
    <message>
        <source>%1 (real browser)</source>
        <translation>%1 (navegador real)</translation>
    </message>
    <message>
        <source>Cross-Origin</source>
        <translation>Cross-origin</translation>
    </message>
    <message>
        <source>Running %1 through the cross-origin matrix: from %2 to the same origin, to %3 and to %4…</source>
        <translation>Executando %1 pela matriz cross-origin: de %2 para a mesma origem, para %3 e para %4…</translation>
    </message>
    <message>
        <source>Running %1 through every method into %2 on %3…</source>
        <translation>Executando %1 por todos os métodos em %2 em %3…</translation>
    </message>
    <message>
        <source>run the matrix first</source>
        <translation>execute a matriz primeiro</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos;</source>
        <translation>formato desconhecido &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Matrix exported to %1</source>
        <translation>Matriz exportada para %1</translation>
    </message>
    <message>
        <source>Markdown files (*.md)</source>
        <translation>Arquivos Markdown (*.md)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Arquivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Arquivos JSON (*.json)</translation>
    </message>
    <message>
        <source>Export the Matrix</source>
        <translation>Exportar a matriz</translation>
    </message>
    <message>
        <source>The matrix was not exported: %1</source>
        <translation>A matriz não foi exportada: %1</translation>
    </message>
    <message>
        <source>The request from the sandbox&apos;s log: change it, then press Send.</source>
        <translation>A requisição do log do sandbox: altere-a e pressione Enviar.</translation>
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
        <translation>Enviar &amp;novamente</translation>
    </message>
    <message>
        <source>Try %1 %2 live – StatusDeck</source>
        <translation>Experimentar %1 %2 ao vivo – StatusDeck</translation>
    </message>
    <message>
        <source>Exchanges, raw</source>
        <translation>Trocas, brutas</translation>
    </message>
    <message>
        <source>Send the requests to the sandbox again</source>
        <translation>Enviar as requisições ao sandbox de novo</translation>
    </message>
    <message>
        <source>&lt;b&gt;What to notice&lt;/b&gt;</source>
        <translation>&lt;b&gt;O que observar&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;&amp;Exchanges&lt;/b&gt; (as sent and received; line ends are CR LF)</source>
        <translation>&lt;b&gt;&amp;Trocas&lt;/b&gt; (como enviadas e recebidas; os fins de linha são CR LF)</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>Sent to the sandbox at %1.</source>
        <translation>Enviado ao sandbox em %1.</translation>
    </message>
    <message>
        <source>Starting the sandbox…</source>
        <translation>Iniciando o sandbox…</translation>
    </message>
    <message>
        <source>The sandbox was stopped and port %1 is taken: it was started on port %2 (%3). Stop it on the Sandbox page.</source>
        <translation>O sandbox estava parado e a porta %1 está ocupada: ele foi iniciado na porta %2 (%3). Pare-o na página Sandbox.</translation>
    </message>
    <message>
        <source>The sandbox was stopped: it was started on port %1 (%2). Stop it on the Sandbox page.</source>
        <translation>O sandbox estava parado: ele foi iniciado na porta %1 (%2). Pare-o na página Sandbox.</translation>
    </message>
    <message>
        <source>The sandbox could not be started: %1</source>
        <translation>Não foi possível iniciar o sandbox: %1</translation>
    </message>
    <message>
        <source>--&gt; request %1 of %2</source>
        <translation>--&gt; requisição %1 de %2</translation>
    </message>
    <message>
        <source> (to a port where nothing listens)</source>
        <translation> (para uma porta onde nada escuta)</translation>
    </message>
    <message>
        <source>&lt;-- no response</source>
        <translation>&lt;-- nenhuma resposta</translation>
    </message>
    <message numerus="yes">
        <source>&lt;-- response (%n byte(s))</source>
        <translation>
            <numerusform>&lt;-- resposta (%n byte)</numerusform>
            <numerusform>&lt;-- resposta (%n bytes)</numerusform>
        </translation>
    </message>
    <message>
        <source>    as the card says</source>
        <translation>    como o cartão diz</translation>
    </message>
    <message>
        <source>    NOT as the card says: %1</source>
        <translation>    NÃO como o cartão diz: %1</translation>
    </message>
    <message>
        <source>✔ What arrived is what the card says.</source>
        <translation>✔ O que chegou é o que o cartão diz.</translation>
    </message>
    <message>
        <source>✘ What arrived is not what the card says.</source>
        <translation>✘ O que chegou não é o que o cartão diz.</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>Nada foi enviado.</translation>
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
        <translation>Referência</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>Redirect Lab</source>
        <translation>Laboratório de redirecionamentos</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s)</source>
        <translation>
            <numerusform>%n ficha</numerusform>
            <numerusform>%n fichas</numerusform>
        </translation>
    </message>
    <message>
        <source>Snippet copied to the clipboard</source>
        <translation>Trecho copiado para a área de transferência</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Voltar</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Avançar</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Localizar</translation>
    </message>
    <message>
        <source>Search the cards by code, phrase or text (%1)</source>
        <translation>Buscar nas fichas por código, frase ou texto (%1)</translation>
    </message>
    <message>
        <source>&amp;Copy Snippet</source>
        <translation>&amp;Copiar trecho</translation>
    </message>
    <message>
        <source>Copy the card&apos;s code snippet to the clipboard (%1)</source>
        <translation>Copiar o trecho de código da ficha para a área de transferência (%1)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>E&amp;xibir</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;Sistema</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Claro</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Escuro</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navegação</translation>
    </message>
    <message>
        <source>&amp;Export Card as Markdown…</source>
        <translation>&amp;Exportar ficha como Markdown…</translation>
    </message>
    <message>
        <source>Copy Card as &amp;Markdown</source>
        <translation>Copiar ficha como &amp;Markdown</translation>
    </message>
    <message>
        <source>Card copied to the clipboard as Markdown</source>
        <translation>Ficha copiada para a área de transferência como Markdown</translation>
    </message>
    <message>
        <source>Fa&amp;vourite</source>
        <translation>Favori&amp;tar</translation>
    </message>
    <message>
        <source>&amp;Favourites</source>
        <translation>&amp;Favoritos</translation>
    </message>
    <message>
        <source>&amp;Recent</source>
        <translation>&amp;Recentes</translation>
    </message>
    <message>
        <source>&amp;Which Code…</source>
        <translation>&amp;Qual código…</translation>
    </message>
    <message>
        <source>&amp;Compare with Confused Card</source>
        <translation>&amp;Comparar com a ficha confundida</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Ampliar</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Red&amp;uzir</translation>
    </message>
    <message>
        <source>&amp;Normal Size</source>
        <translation>Tamanho &amp;normal</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(nenhum ainda)</translation>
    </message>
    <message>
        <source>Export Card as Markdown</source>
        <translation>Exportar ficha como Markdown</translation>
    </message>
    <message>
        <source>Markdown (*.md);;All files (*)</source>
        <translation>Markdown (*.md);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Card exported to %1</source>
        <translation>Ficha exportada para %1</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Não foi possível gravar %1: %2</translation>
    </message>
    <message>
        <source>About StatusDeck</source>
        <translation>Sobre o StatusDeck</translation>
    </message>
    <message>
        <source>&lt;h3&gt;StatusDeck %1&lt;/h3&gt;&lt;p&gt;An HTTP status code reference and redirect lab.&lt;/p&gt;&lt;p&gt;%2 cards. RFC text is quoted under the IETF Trust&apos;s legal provisions.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;StatusDeck %1&lt;/h3&gt;&lt;p&gt;Uma referência de códigos de status HTTP e um laboratório de redirecionamentos.&lt;/p&gt;&lt;p&gt;%2 fichas. O texto das RFCs é citado conforme as disposições legais do IETF Trust.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n problem(s) while loading</source>
        <translation>
            <numerusform>⚠ %n problema ao carregar</numerusform>
            <numerusform>⚠ %n problemas ao carregar</numerusform>
        </translation>
    </message>
    <message>
        <source>the Reference</source>
        <translation>a Referência</translation>
    </message>
    <message>
        <source>the Sandbox</source>
        <translation>o Sandbox</translation>
    </message>
    <message>
        <source>the Redirect Lab</source>
        <translation>o Laboratório de redirecionamentos</translation>
    </message>
    <message>
        <source>Go back to %1 (%2)</source>
        <translation>Voltar para %1 (%2)</translation>
    </message>
    <message>
        <source>Go back (%1)</source>
        <translation>Voltar (%1)</translation>
    </message>
    <message>
        <source>Go forward to %1 (%2)</source>
        <translation>Avançar para %1 (%2)</translation>
    </message>
    <message>
        <source>Go forward (%1)</source>
        <translation>Avançar (%1)</translation>
    </message>
    <message>
        <source>%1 %2 – StatusDeck</source>
        <translation>%1 %2 – StatusDeck</translation>
    </message>
    <message>
        <source>Sandbox – StatusDeck</source>
        <translation>Sandbox – StatusDeck</translation>
    </message>
    <message>
        <source>Redirect Lab – StatusDeck</source>
        <translation>Laboratório de redirecionamentos – StatusDeck</translation>
    </message>
    <message>
        <source>Sandbox stopped</source>
        <translation>Sandbox parado</translation>
    </message>
    <message>
        <source>Sandbox starting…</source>
        <translation>Iniciando o sandbox…</translation>
    </message>
    <message>
        <source>Sandbox running on port %1</source>
        <translation>Sandbox em execução na porta %1</translation>
    </message>
    <message>
        <source>Sandbox failed to start</source>
        <translation>O sandbox não conseguiu iniciar</translation>
    </message>
    <message>
        <source>Show the Sandbox page (Ctrl+2)</source>
        <translation>Mostrar a página Sandbox (Ctrl+2)</translation>
    </message>
    <message>
        <source>&amp;Reference</source>
        <translation>&amp;Referência</translation>
    </message>
    <message>
        <source>&amp;Sandbox</source>
        <translation>&amp;Sandbox</translation>
    </message>
    <message>
        <source>Redirect &amp;Lab</source>
        <translation>&amp;Laboratório de redirecionamentos</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aj&amp;uda</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Atalhos de teclado</translation>
    </message>
    <message>
        <source>&amp;Report a Problem…</source>
        <translation>&amp;Relatar um problema…</translation>
    </message>
    <message>
        <source>Open the bug tracker in the browser: %1</source>
        <translation>Abrir o rastreador de bugs no navegador: %1</translation>
    </message>
    <message>
        <source>&amp;About StatusDeck</source>
        <translation>&amp;Sobre o StatusDeck</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Sobre o &amp;Qt</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Atalhos de teclado</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atalhos de teclado</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Ação</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>Mouse: the back and forward buttons go back and forward too.</source>
        <translation>Mouse: os botões de voltar e avançar também voltam e avançam.</translation>
    </message>
    <message>
        <source>%1 compared with %2</source>
        <translation>%1 comparado com %2</translation>
    </message>
    <message>
        <source>&amp;Open HAR…</source>
        <translation>&amp;Abrir HAR…</translation>
    </message>
    <message>
        <source>Open a HAR file (from devtools or &apos;statusdeck serve --har&apos;) in the exchange log</source>
        <translation>Abrir um arquivo HAR (das devtools ou de &apos;statusdeck serve --har&apos;) no registro de trocas</translation>
    </message>
    <message>
        <source>Open HAR</source>
        <translation>Abrir HAR</translation>
    </message>
    <message>
        <source>HAR files (*.har);;JSON files (*.json);;All files (*)</source>
        <translation>Arquivos HAR (*.har);;Arquivos JSON (*.json);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>The HAR file was not opened.</source>
        <translation>O arquivo HAR não foi aberto.</translation>
    </message>
    <message>
        <source>The exchange log is as it was.</source>
        <translation>O registro de trocas continua como estava.</translation>
    </message>
    <message>
        <source>no card &apos;%1&apos;.</source>
        <translation>nenhum cartão &apos;%1&apos;.</translation>
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
        <translation>Executar matriz</translation>
    </message>
    <message>
        <source> + body</source>
        <translation> + corpo</translation>
    </message>
    <message>
        <source>Redirect matrix</source>
        <translation>Matriz de redirecionamentos</translation>
    </message>
    <message>
        <source>%1 method and body kept · %2 method changed · %3 body dropped · %4 not followed · ⚠ the client did not do what its profile predicts</source>
        <translation>%1 método e corpo mantidos · %2 método alterado · %3 corpo descartado · %4 não seguido · ⚠ o cliente não fez o que o perfil dele prevê</translation>
    </message>
    <message>
        <source>Run Cross-Origin Matrix</source>
        <translation>Executar matriz cross-origin</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Export the cross-origin matrix</source>
        <translation>Exportar a matriz cross-origin</translation>
    </message>
    <message>
        <source>Export the matrix</source>
        <translation>Exportar a matriz</translation>
    </message>
    <message>
        <source>As Markdown…</source>
        <translation>Como Markdown…</translation>
    </message>
    <message>
        <source>As CSV…</source>
        <translation>Como CSV…</translation>
    </message>
    <message>
        <source>As JSON…</source>
        <translation>Como JSON…</translation>
    </message>
    <message>
        <source>Cross-origin matrix</source>
        <translation>Matriz cross-origin</translation>
    </message>
    <message>
        <source>Each cell: a GET with Authorization, Cookie and X-StatusDeck-Probe redirected to the row&apos;s origin. %1 all three arrived · %2 a header was removed · %3 not followed · ⚠ the client did not do what its profile predicts. A browser&apos;s fetch() sends no Cookie (no page can set one); a form or a navigation sets none of the three, so it is not offered this grid. Pick a cell for the rule behind it.</source>
        <translation>Cada célula: um GET com Authorization, Cookie e X-StatusDeck-Probe redirecionado para a origem da linha. %1 os três chegaram · %2 um cabeçalho foi removido · %3 não seguido · ⚠ o cliente não fez o que seu perfil prevê. O fetch() de um navegador não envia Cookie (nenhuma página pode defini-lo); um formulário ou uma navegação não define nenhum dos três, por isso esta grade não é oferecida a eles. Escolha uma célula para ver a regra por trás.</translation>
    </message>
</context>
<context>
    <name>statusdeck::gui::RawBytesView</name>
    <message>
        <source>parse error: %1</source>
        <translation>erro de análise: %1</translation>
    </message>
    <message>
        <source>no bytes arrived</source>
        <translation>nenhum byte chegou</translation>
    </message>
    <message numerus="yes">
        <source>the client went after %n byte(s) of the answer</source>
        <translation>
            <numerusform>o cliente desistiu após %n byte da resposta</numerusform>
            <numerusform>o cliente desistiu após %n bytes da resposta</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>statusdeck::gui::RawModeBar</name>
    <message>
        <source>Show line ends (\r\n)</source>
        <translation>Mostrar fins de linha (\r\n)</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>Hex</translation>
    </message>
    <message>
        <source>Mark every CR and LF where it is, so CRLF and bare LF line ends can be told apart</source>
        <translation>Marcar cada CR e LF onde estão, para distinguir fins de linha CRLF e LF isolado</translation>
    </message>
    <message>
        <source>Show the bytes as a hex dump: offset, hex, ASCII</source>
        <translation>Mostrar os bytes como dump hexadecimal: offset, hex, ASCII</translation>
    </message>
</context>
<context>
    <name>statusdeck::gui::ReferencePage</name>
    <message>
        <source>Card</source>
        <translation>Ficha</translation>
    </message>
    <message>
        <source>Search codes, phrases, text (Ctrl+K)</source>
        <translation>Buscar códigos, frases, texto (Ctrl+K)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Registry status</source>
        <translation>Status no registro</translation>
    </message>
    <message>
        <source>All registry statuses</source>
        <translation>Todos os status do registro</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Padrão</translation>
    </message>
    <message>
        <source>Temporary</source>
        <translation>Temporário</translation>
    </message>
    <message>
        <source>Unused</source>
        <translation>Sem uso</translation>
    </message>
    <message>
        <source>Obsolete</source>
        <translation>Obsoleto</translation>
    </message>
    <message>
        <source>Unofficial</source>
        <translation>Não oficial</translation>
    </message>
    <message>
        <source>Status codes</source>
        <translation>Códigos de status</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Compare with the Open Card</source>
        <translation>Comparar com a ficha aberta</translation>
    </message>
    <message>
        <source>Favourites could not be saved to %1</source>
        <translation>Não foi possível salvar os favoritos em %1</translation>
    </message>
    <message>
        <source>Comparison: %1 %2 and %3 %4</source>
        <translation>Comparação: %1 %2 e %3 %4</translation>
    </message>
    <message>
        <source>Card: %1 %2</source>
        <translation>Cartão: %1 %2</translation>
    </message>
</context>
<context>
    <name>statusdeck::gui::SandboxPage</name>
    <message>
        <source>Use a Free Port</source>
        <translation>Usar uma porta livre</translation>
    </message>
    <message>
        <source>Copy URL</source>
        <translation>Copiar URL</translation>
    </message>
    <message>
        <source>Open in Browser</source>
        <translation>Abrir no navegador</translation>
    </message>
    <message>
        <source>any free port</source>
        <translation>qualquer porta livre</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Porta</translation>
    </message>
    <message>
        <source>Port on 127.0.0.1; 0 picks any free port</source>
        <translation>Porta em 127.0.0.1; 0 escolhe qualquer porta livre</translation>
    </message>
    <message>
        <source>Start the sandbox on any free port this time; the chosen port stays saved</source>
        <translation>Iniciar o sandbox numa porta livre desta vez; a porta escolhida continua salva</translation>
    </message>
    <message>
        <source>Copy the sandbox&apos;s address to the clipboard</source>
        <translation>Copiar o endereço do sandbox para a área de transferência</translation>
    </message>
    <message>
        <source>Open the sandbox&apos;s address in the web browser</source>
        <translation>Abrir o endereço do sandbox no navegador</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Porta:</translation>
    </message>
    <message>
        <source>Filter: words, status:4xx, method:POST, client:curl, host:…, -word</source>
        <translation>Filtro: palavras, status:4xx, method:POST, client:curl, host:…, -palavra</translation>
    </message>
    <message>
        <source>Filter exchanges</source>
        <translation>Filtrar trocas</translation>
    </message>
    <message>
        <source>Export HAR…</source>
        <translation>Exportar HAR…</translation>
    </message>
    <message>
        <source>Save the exchanges (or the selected ones) as a HAR file for browser devtools</source>
        <translation>Salvar as trocas (ou as selecionadas) num arquivo HAR para as ferramentas de desenvolvedor do navegador</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Limpar</translation>
    </message>
    <message>
        <source>Exchanges</source>
        <translation>Trocas</translation>
    </message>
    <message>
        <source>Copied %1 to the clipboard</source>
        <translation>%1 copiado para a área de transferência</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Iniciar</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Parar</translation>
    </message>
    <message>
        <source>Start the sandbox on the port given (Enter in the port field)</source>
        <translation>Iniciar o sandbox na porta informada (Enter no campo da porta)</translation>
    </message>
    <message>
        <source>Stop the sandbox; open connections are dropped</source>
        <translation>Parar o sandbox; as conexões abertas são encerradas</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <source>Listening on the loopback interface only.</source>
        <translation>Escutando só na interface de loopback.</translation>
    </message>
    <message>
        <source>Listening on the loopback interface only. Second origin for cross-origin redirects: %1</source>
        <translation>Escutando só na interface de loopback. Segunda origem para redirecionamentos entre origens: %1</translation>
    </message>
    <message>
        <source>Port %1 was taken, so the lab started it on a free port.</source>
        <translation>A porta %1 estava ocupada, então o laboratório o iniciou numa porta livre.</translation>
    </message>
    <message>
        <source>Not running</source>
        <translation>Parado</translation>
    </message>
    <message>
        <source>Start the sandbox to send requests to it from any client.</source>
        <translation>Inicie o sandbox para enviar requisições a ele de qualquer cliente.</translation>
    </message>
    <message>
        <source>Could not start: %1. Choose another port, or use a free one.</source>
        <translation>Não foi possível iniciar: %1. Escolha outra porta ou use uma livre.</translation>
    </message>
    <message>
        <source>Could not start: %1</source>
        <translation>Não foi possível iniciar: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n exchange(s)</source>
        <translation>
            <numerusform>%n troca</numerusform>
            <numerusform>%n trocas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n exchange(s)</source>
        <translation>
            <numerusform>%1 de %n troca</numerusform>
            <numerusform>%1 de %n trocas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n older dropped</source>
        <translation>
            <numerusform>%n mais antiga descartada</numerusform>
            <numerusform>%n mais antigas descartadas</numerusform>
        </translation>
    </message>
    <message>
        <source>could not write %1</source>
        <translation>não foi possível gravar %1</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n exchange(s) to %1</source>
        <translation>
            <numerusform>%n troca gravada em %1</numerusform>
            <numerusform>%n trocas gravadas em %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Selected Exchanges as HAR</source>
        <translation>Exportar as trocas selecionadas como HAR</translation>
    </message>
    <message>
        <source>Export All Exchanges as HAR</source>
        <translation>Exportar todas as trocas como HAR</translation>
    </message>
    <message>
        <source>HAR files (*.har)</source>
        <translation>Arquivos HAR (*.har)</translation>
    </message>
    <message>
        <source>Export HAR</source>
        <translation>Exportar HAR</translation>
    </message>
    <message>
        <source>The HAR file was not written: %1</source>
        <translation>O arquivo HAR não foi gravado: %1</translation>
    </message>
    <message>
        <source>another HAR file is being read; open this one when it is done</source>
        <translation>outro arquivo HAR está sendo lido; abra este quando terminar</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lendo %1…</translation>
    </message>
    <message numerus="yes">
        <source>Opened %n exchange(s) from %1</source>
        <translation>
            <numerusform>%n troca aberta de %1</numerusform>
            <numerusform>%n trocas abertas de %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>statusdeck::gui::SnippetPane</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Copy as c&amp;url</source>
        <translation>Copiar como c&amp;url</translation>
    </message>
    <message>
        <source>&lt;b&gt;Snippet&lt;/b&gt;</source>
        <translation>&lt;b&gt;Trecho&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Framework</source>
        <translation>Framework</translation>
    </message>
    <message>
        <source>Copy the snippet to the clipboard (Ctrl+Shift+C)</source>
        <translation>Copiar o trecho para a área de transferência (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <source>&amp;Framework:</source>
        <translation>&amp;Framework:</translation>
    </message>
    <message>
        <source>Snippet code</source>
        <translation>Código do trecho</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
    <message>
        <source>Run in tests: %1</source>
        <translation>Executado nos testes: %1</translation>
    </message>
    <message>
        <source>Not run in tests: %1</source>
        <translation>Não executado nos testes: %1</translation>
    </message>
    <message>
        <source>Checked in tests, not run: %1</source>
        <translation>Verificado nos testes, sem execução: %1</translation>
    </message>
    <message>
        <source># %1 %2, live from the StatusDeck sandbox on port %3 (it answers any code at /status/CODE)</source>
        <translation># %1 %2, ao vivo do sandbox do StatusDeck na porta %3 (ele responde qualquer código em /status/CODE)</translation>
    </message>
    <message>
        <source>Copied: curl for the sandbox on port %1</source>
        <translation>Copiado: curl para o sandbox na porta %1</translation>
    </message>
    <message>
        <source>Copied: the card&apos;s curl example</source>
        <translation>Copiado: o exemplo de curl do cartão</translation>
    </message>
    <message>
        <source>Copy a curl command for the running sandbox: curl -i %1</source>
        <translation>Copiar um comando curl para o sandbox em execução: curl -i %1</translation>
    </message>
    <message>
        <source>Copy the curl commands that show this status and its headers (start the Sandbox to get one for it)</source>
        <translation>Copiar os comandos curl que mostram este status e seus cabeçalhos (inicie o Sandbox para obter um para ele)</translation>
    </message>
</context>
<context>
    <name>statusdeck::lab::BrowserRun</name>
    <message>
        <source>cannot make a temporary profile folder: %1</source>
        <translation>não é possível criar uma pasta de perfil temporária: %1</translation>
    </message>
    <message numerus="yes">
        <source>[%n option(s) that turn off background work]</source>
        <translation>
            <numerusform>[%n opção que desativa trabalho em segundo plano]</numerusform>
            <numerusform>[%n opções que desativam trabalho em segundo plano]</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 exited with status %2 before the page was done</source>
        <translation>%1 saiu com status %2 antes de a página terminar</translation>
    </message>
    <message>
        <source>%1 crashed</source>
        <translation>%1 travou</translation>
    </message>
    <message>
        <source>%1 could not be started: %2</source>
        <translation>%1 não pôde ser iniciado: %2</translation>
    </message>
    <message>
        <source>the browser run took longer than %1 s</source>
        <translation>a execução do navegador levou mais de %1 s</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>tempo esgotado</translation>
    </message>
</context>
<context>
    <name>statusdeck::lab::Preset</name>
    <message>
        <source>POST through a 302</source>
        <translation>POST por um 302</translation>
    </message>
    <message>
        <source>POST through a 307</source>
        <translation>POST por um 307</translation>
    </message>
    <message>
        <source>PUT through a 303</source>
        <translation>PUT por um 303</translation>
    </message>
    <message>
        <source>DELETE through a 301</source>
        <translation>DELETE por um 301</translation>
    </message>
    <message>
        <source>Authorization across origins</source>
        <translation>Authorization entre origens</translation>
    </message>
    <message>
        <source>A chain of three redirects</source>
        <translation>Uma cadeia de três redirecionamentos</translation>
    </message>
    <message>
        <source>A redirect loop</source>
        <translation>Um loop de redirecionamento</translation>
    </message>
    <message>
        <source>the presets are not a JSON object: %1</source>
        <translation>as predefinições não são um objeto JSON: %1</translation>
    </message>
    <message>
        <source>preset %1 needs a name and a path</source>
        <translation>a predefinição %1 precisa de um nome e de um caminho</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>não foi possível ler %1: %2</translation>
    </message>
</context>
<context>
    <name>statusdeck::lab::RedirectMatrix</name>
    <message>
        <source>%1 crashed</source>
        <translation>%1 travou</translation>
    </message>
    <message>
        <source>%1 exited with status %2</source>
        <translation>%1 saiu com o status %2</translation>
    </message>
    <message>
        <source>%1 could not be started: %2</source>
        <translation>não foi possível iniciar %1: %2</translation>
    </message>
    <message>
        <source>the qt client always runs Qt&apos;s own QNetworkAccessManager for real; leave out --real.</source>
        <translation>o cliente qt sempre executa de verdade o QNetworkAccessManager do Qt; retire --real.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot run for real; --real works with %2.</source>
        <translation>&quot;%1&quot; não pode ser executado de verdade; --real funciona com %2.</translation>
    </message>
    <message>
        <source>unknown client &apos;%1&apos;; with --real use one of %2.</source>
        <translation>cliente desconhecido &quot;%1&quot;; com --real, use um de %2.</translation>
    </message>
    <message>
        <source>%1 (real program, compared with the %2 profile)</source>
        <translation>%1 (programa real, comparado com o perfil %2)</translation>
    </message>
    <message>
        <source>%1 is not installed (not found on PATH); install it to run the matrix with the real %1.</source>
        <translation>%1 não está instalado (não encontrado no PATH); instale-o para executar a matriz com o %1 real.</translation>
    </message>
    <message>
        <source>unknown client &apos;%1&apos;; use one of %2, qt, or with --real %3.</source>
        <translation>cliente desconhecido &quot;%1&quot;; use um de %2, qt ou, com --real, %3.</translation>
    </message>
    <message>
        <source>Qt QNetworkAccessManager, default redirect policy (run for real)</source>
        <translation>Qt QNetworkAccessManager, política de redirecionamento padrão (executa de verdade)</translation>
    </message>
    <message>
        <source>%1 (emulated profile)</source>
        <translation>%1 (perfil emulado)</translation>
    </message>
    <message>
        <source>...</source>
        <translation>...</translation>
    </message>
    <message>
        <source>not followed: %1</source>
        <translation>não seguido: %1</translation>
    </message>
    <message>
        <source>, kept</source>
        <translation>, mantido</translation>
    </message>
    <message>
        <source>, body dropped</source>
        <translation>, corpo descartado</translation>
    </message>
    <message>
        <source>not followed</source>
        <translation>não seguido</translation>
    </message>
    <message>
        <source>, body kept</source>
        <translation>, corpo mantido</translation>
    </message>
    <message>
        <source>  %1: differs from the %2 profile: %3</source>
        <translation>  %1: difere do perfil %2: %3</translation>
    </message>
    <message>
        <source>  %1: followed, then the client reported: %2</source>
        <translation>  %1: seguido, depois o cliente informou: %2</translation>
    </message>
    <message>
        <source>  %1: the client sent the first request %2 times</source>
        <translation>  %1: o cliente enviou a primeira requisição %2 vezes</translation>
    </message>
    <message>
        <source>Redirect matrix: %1</source>
        <translation>Matriz de redirecionamentos: %1</translation>
    </message>
    <message>
        <source>Program: %1</source>
        <translation>Programa: %1</translation>
    </message>
    <message>
        <source>Each cell: the method that arrived after the redirect; for a request with a body, whether the body came along.</source>
        <translation>Cada célula: o método que chegou após o redirecionamento; numa requisição com corpo, se o corpo chegou junto.</translation>
    </message>
    <message>
        <source>method</source>
        <translation>método</translation>
    </message>
    <message>
        <source>Headers of the first request that did not arrive after the redirect:</source>
        <translation>Cabeçalhos da primeira requisição que não chegaram após o redirecionamento:</translation>
    </message>
    <message>
        <source>Notes (! marks a cell that differs from the profile&apos;s prediction):</source>
        <translation>Notas (! marca uma célula que difere da previsão do perfil):</translation>
    </message>
    <message>
        <source>the sandbox saw no request from the client</source>
        <translation>o sandbox não viu nenhuma requisição do cliente</translation>
    </message>
    <message>
        <source>stopped at the %1 without following it</source>
        <translation>parou no %1 sem segui-lo</translation>
    </message>
    <message>
        <source>the profile predicts a %1 follow-up; the client did not follow</source>
        <translation>o perfil prevê uma requisição seguinte %1; o cliente não seguiu</translation>
    </message>
    <message>
        <source>the profile predicts no follow-up (%1); the client sent a %2</source>
        <translation>o perfil não prevê requisição seguinte (%1); o cliente enviou um %2</translation>
    </message>
    <message>
        <source>method: predicted %1, saw %2</source>
        <translation>método: previsto %1, visto %2</translation>
    </message>
    <message>
        <source>body: predicted kept, saw dropped</source>
        <translation>corpo: previsto mantido, visto descartado</translation>
    </message>
    <message>
        <source>body: predicted dropped, saw kept</source>
        <translation>corpo: previsto descartado, visto mantido</translation>
    </message>
    <message>
        <source>headers dropped: predicted [%1], saw [%2]</source>
        <translation>cabeçalhos descartados: previstos [%1], vistos [%2]</translation>
    </message>
    <message>
        <source>method %1 → %2</source>
        <translation>método %1 → %2</translation>
    </message>
    <message>
        <source>body dropped</source>
        <translation>corpo descartado</translation>
    </message>
    <message>
        <source>body changed</source>
        <translation>corpo alterado</translation>
    </message>
    <message>
        <source>timed out after %1 s</source>
        <translation>tempo esgotado após %1 s</translation>
    </message>
    <message>
        <source>line %1: no colon</source>
        <translation>linha %1: sem dois-pontos</translation>
    </message>
    <message>
        <source>line %1: &apos;%2&apos; is not a header name</source>
        <translation>linha %1: &quot;%2&quot; não é um nome de cabeçalho</translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not run for real.</source>
        <translation>&apos;%1&apos; não roda de verdade.</translation>
    </message>
    <message>
        <source>%1 env GOVERSION failed: %2</source>
        <translation>%1 env GOVERSION falhou: %2</translation>
    </message>
    <message>
        <source>%1 cannot be imported by %2; install the Debian package %3 (or pip install %1).</source>
        <translation>%1 não pode ser importado por %2; instale o pacote Debian %3 (ou pip install %1).</translation>
    </message>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <source>cannot prepare the Go client&apos;s build in %1</source>
        <translation>não é possível preparar a compilação do cliente Go em %1</translation>
    </message>
    <message>
        <source>go build of the lab&apos;s Go client failed: %1</source>
        <translation>go build do cliente Go do laboratório falhou: %1</translation>
    </message>
    <message>
        <source>the Go client was built but %1 is missing</source>
        <translation>o cliente Go foi compilado, mas %1 está faltando</translation>
    </message>
    <message>
        <source>%1 (real program, compared with the %2 profile, observed with %3)</source>
        <translation>%1 (programa real, comparado com o perfil %2, observado com %3)</translation>
    </message>
    <message>
        <source>%1 is not installed (not found on PATH); install the Debian package %2 to run the matrix with the real %3.</source>
        <translation>%1 não está instalado (não encontrado no PATH); instale o pacote Debian %2 para executar a matriz com o %3 real.</translation>
    </message>
    <message>
        <source>%1 (emulated profile, observed with %2)</source>
        <translation>%1 (perfil emulado, observado com %2)</translation>
    </message>
    <message>
        <source>observed with %1, installed %2</source>
        <translation>observado com %1, instalado %2</translation>
    </message>
    <message>
        <source>  %1: differs from the %2 profile (%3): %4</source>
        <translation>  %1: difere do perfil %2 (%3): %4</translation>
    </message>
    <message>
        <source>Version: %1 installed; the profile was observed with %2%3</source>
        <translation>Versão: %1 instalada; o perfil foi observado com %2%3</translation>
    </message>
    <message>
        <source> (a different version: a mismatch may be the version&apos;s, not the profile&apos;s)</source>
        <translation> (uma versão diferente: uma divergência pode ser da versão, não do perfil)</translation>
    </message>
    <message>
        <source>%1 (real browser, compared with the %2 profile)</source>
        <translation>%1 (navegador real, comparado com o perfil %2)</translation>
    </message>
    <message>
        <source>%1 is not installed (none of %2 is on PATH); install the package %3 to run the matrix in the real browser.</source>
        <translation>%1 não está instalado (nenhum de %2 está no PATH); instale o pacote %3 para executar a matriz no navegador real.</translation>
    </message>
    <message>
        <source>all kept</source>
        <translation>todos mantidos</translation>
    </message>
    <message>
        <source>Each cell: a GET from %1 with Authorization, Cookie and X-StatusDeck-Probe, redirected to %2; which of the three did not arrive.</source>
        <translation>Cada célula: um GET de %1 com Authorization, Cookie e X-StatusDeck-Probe, redirecionado para %2; qual dos três não chegou.</translation>
    </message>
    <message>
        <source>redirect to</source>
        <translation>redirecionar para</translation>
    </message>
    <message>
        <source>Rules behind the cells (the profile&apos;s; [n] in a cell):</source>
        <translation>Regras por trás das células (as do perfil; [n] numa célula):</translation>
    </message>
    <message>
        <source> (card: statusdeck show %1)</source>
        <translation> (cartão: statusdeck show %1)</translation>
    </message>
    <message>
        <source>Cells that differ from the profile&apos;s prediction (⚠):</source>
        <translation>Células que diferem da previsão do perfil (⚠):</translation>
    </message>
    <message>
        <source>same origin</source>
        <translation>mesma origem</translation>
    </message>
    <message>
        <source>another port</source>
        <translation>outra porta</translation>
    </message>
    <message>
        <source>another host</source>
        <translation>outro host</translation>
    </message>
    <message>
        <source>→ another origin: %1, and every header is kept</source>
        <translation>→ outra origem: %1, e todos os cabeçalhos são mantidos</translation>
    </message>
    <message>
        <source>→ another origin: %1, so %2 is removed</source>
        <translation>→ outra origem: %1, então %2 é removido</translation>
    </message>
    <message>
        <source>→ another origin: %1, so %2 and %3 are removed</source>
        <translation>→ outra origem: %1, então %2 e %3 são removidos</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>tempo esgotado</translation>
    </message>
    <message>
        <source>Each cell: a fetch() GET from %1 with Authorization and X-StatusDeck-Probe (no page can set Cookie), redirected to %2; which of the two did not arrive.</source>
        <translation>Cada célula: um GET com fetch() de %1 com Authorization e X-StatusDeck-Probe (nenhuma página pode definir Cookie), redirecionado para %2; qual dos dois não chegou.</translation>
    </message>
</context>
<context>
    <name>statusdeck::lab::RuleBook</name>
    <message>
        <source>%1, section %2</source>
        <translation>%1, seção %2</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1: não pode ser lido: %2</translation>
    </message>
    <message>
        <source>%1: not JSON: %2</source>
        <translation>%1: não é JSON: %2</translation>
    </message>
    <message>
        <source>%1: not an object with a &quot;rules&quot; array</source>
        <translation>%1: não é um objeto com um array &quot;rules&quot;</translation>
    </message>
    <message>
        <source>%1: rule %2 needs an id, a source and a text</source>
        <translation>%1: a regra %2 precisa de um id, uma fonte e um texto</translation>
    </message>
    <message>
        <source>%1: rule %2 is defined twice</source>
        <translation>%1: a regra %2 está definida duas vezes</translation>
    </message>
</context>
<context>
    <name>statusdeck::lab::browser</name>
    <message>
        <source>not possible with a form</source>
        <translation>não é possível com um formulário</translation>
    </message>
    <message>
        <source>not possible with a navigation</source>
        <translation>não é possível com uma navegação</translation>
    </message>
    <message>
        <source>%1, fetch()</source>
        <translation>%1, fetch()</translation>
    </message>
    <message>
        <source>%1, HTML form</source>
        <translation>%1, formulário HTML</translation>
    </message>
    <message>
        <source>%1, navigation</source>
        <translation>%1, navegação</translation>
    </message>
    <message>
        <source>CORS preflight: before a cross-origin %1, the browser asks this origin whether it may send it.</source>
        <translation>Preflight CORS: antes de um %1 cross-origin, o navegador pergunta a esta origem se pode enviá-lo.</translation>
    </message>
    <message>
        <source>CORS preflight: before a cross-origin %1 with %2, the browser asks this origin whether it may send it (a header a script set needs the server&apos;s permission).</source>
        <translation>Preflight CORS: antes de um %1 cross-origin com %2, o navegador pergunta a esta origem se pode enviá-lo (um cabeçalho definido por um script precisa da permissão do servidor).</translation>
    </message>
    <message>
        <source>Origin: null: after a redirect to another origin the request&apos;s origin is opaque, so the browser sends null.</source>
        <translation>Origin: null: após um redirecionamento para outra origem, a origem da requisição é opaca, então o navegador envia null.</translation>
    </message>
    <message>
        <source>Origin: %1: the browser names the page&apos;s origin on a request that is not a GET or HEAD, or that goes to another origin.</source>
        <translation>Origin: %1: o navegador informa a origem da página numa requisição que não é GET nem HEAD, ou que vai para outra origem.</translation>
    </message>
    <message>
        <source>Origin: %1: the page&apos;s origin, on a request to another origin.</source>
        <translation>Origin: %1: a origem da página, numa requisição para outra origem.</translation>
    </message>
    <message>
        <source>the cross-origin matrix sends Authorization, Cookie and a custom header, and an HTML form can set none of them, so it is not offered for a form; use the fetch mode, which sends Authorization and the custom header (no page can set Cookie).</source>
        <translation>a matriz cross-origin envia Authorization, Cookie e um cabeçalho próprio, e um formulário HTML não pode definir nenhum deles, por isso não é oferecida para um formulário; use o modo fetch, que envia Authorization e o cabeçalho próprio (nenhuma página pode definir Cookie).</translation>
    </message>
    <message>
        <source>the cross-origin matrix sends Authorization, Cookie and a custom header, and a navigation can set none of them, so it is not offered for a navigation; use the fetch mode, which sends Authorization and the custom header (no page can set Cookie).</source>
        <translation>a matriz cross-origin envia Authorization, Cookie e um cabeçalho próprio, e uma navegação não pode definir nenhum deles, por isso não é oferecida para uma navegação; use o modo fetch, que envia Authorization e o cabeçalho próprio (nenhuma página pode definir Cookie).</translation>
    </message>
</context>
</TS>
