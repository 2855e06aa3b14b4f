<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>Card</name>
    <message>
        <source>Informational</source>
        <translation>Informativa</translation>
    </message>
    <message>
        <source>Successful</source>
        <translation>Satisfactoria</translation>
    </message>
    <message>
        <source>Redirection</source>
        <translation>Redirección</translation>
    </message>
    <message>
        <source>Client Error</source>
        <translation>Error del cliente</translation>
    </message>
    <message>
        <source>Server Error</source>
        <translation>Error del servidor</translation>
    </message>
    <message>
        <source>Not a status code</source>
        <translation>No es un código de estado</translation>
    </message>
    <message>
        <source>Nonstandard</source>
        <translation>No estándar</translation>
    </message>
</context>
<context>
    <name>CardExport</name>
    <message>
        <source>Standard</source>
        <translation>Estándar</translation>
    </message>
    <message>
        <source>Temporary registration</source>
        <translation>Registro provisional</translation>
    </message>
    <message>
        <source>Unused (reserved)</source>
        <translation>Sin uso (reservado)</translation>
    </message>
    <message>
        <source>Obsolete</source>
        <translation>Obsoleto</translation>
    </message>
    <message>
        <source>Unofficial (%1)</source>
        <translation>No oficial (%1)</translation>
    </message>
    <message>
        <source>Not a status code: what %1 reports</source>
        <translation>No es un código de estado: lo que informa %1</translation>
    </message>
    <message>
        <source>Permanent</source>
        <translation>Permanente</translation>
    </message>
    <message>
        <source>Temporary</source>
        <translation>Temporal</translation>
    </message>
    <message>
        <source>%1; the method and body are kept</source>
        <translation>%1; se conservan el método y el cuerpo</translation>
    </message>
    <message>
        <source>%1; a POST may become a GET</source>
        <translation>%1; un POST puede convertirse en GET</translation>
    </message>
    <message>
        <source>%1; the follow-up request is a GET (HEAD stays HEAD)</source>
        <translation>%1; la petición siguiente es un GET (HEAD sigue siendo HEAD)</translation>
    </message>
    <message>
        <source>Class: %1 %2 | Registry: %3</source>
        <translation>Clase: %1 %2 | Registro: %3</translation>
    </message>
    <message>
        <source>Formerly: %1</source>
        <translation>Antes: %1</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>Definición</translation>
    </message>
    <message>
        <source>From the RFC</source>
        <translation>Según la RFC</translation>
    </message>
    <message>
        <source>Common causes</source>
        <translation>Causas habituales</translation>
    </message>
    <message>
        <source>Example response</source>
        <translation>Respuesta de ejemplo</translation>
    </message>
    <message>
        <source>Common misinterpretation</source>
        <translation>Malentendido habitual</translation>
    </message>
    <message>
        <source>When to use it</source>
        <translation>Cuándo usarlo</translation>
    </message>
    <message>
        <source>Confused with</source>
        <translation>Se confunde con</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>Datos</translation>
    </message>
    <message>
        <source>Heuristically cacheable by default (RFC 9110, section 15.1)</source>
        <translation>Almacenable en caché de forma heurística por defecto (RFC 9110, sección 15.1)</translation>
    </message>
    <message>
        <source>Not heuristically cacheable; cached only with explicit freshness</source>
        <translation>No almacenable en caché de forma heurística; solo se guarda en caché con una frescura explícita</translation>
    </message>
    <message>
        <source>Redirect: %1</source>
        <translation>Redirección: %1</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>Cabeceras</translation>
    </message>
    <message>
        <source>[required]</source>
        <translation>[obligatoria]</translation>
    </message>
    <message>
        <source>[typical]</source>
        <translation>[habitual]</translation>
    </message>
    <message>
        <source>Snippet: %1 (%2)</source>
        <translation>Fragmento: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>CardLoader</name>
    <message>
        <source>missing</source>
        <translation>falta</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>debe ser una cadena</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>no debe estar vacío</translation>
    </message>
    <message>
        <source>must be a list of strings</source>
        <translation>debe ser una lista de cadenas</translation>
    </message>
    <message>
        <source>every entry must be a non-empty string</source>
        <translation>cada entrada debe ser una cadena no vacía</translation>
    </message>
    <message>
        <source>needs at least %1 entries</source>
        <translation>necesita al menos %1 entradas</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>debe ser una lista</translation>
    </message>
    <message>
        <source>not valid JSON (%1 at offset %2)</source>
        <translation>JSON no válido (%1 en la posición %2)</translation>
    </message>
    <message>
        <source>must be a JSON object</source>
        <translation>debe ser un objeto JSON</translation>
    </message>
    <message>
        <source>must be one of standard, temporary, unused, obsolete, unofficial, pseudo</source>
        <translation>debe ser uno de standard, temporary, unused, obsolete, unofficial, pseudo</translation>
    </message>
    <message>
        <source>must be 0 for a pseudo-code</source>
        <translation>debe ser 0 en un pseudocódigo</translation>
    </message>
    <message>
        <source>must be a whole number from 100 to 999</source>
        <translation>debe ser un número entero de 100 a 999</translation>
    </message>
    <message>
        <source>only a pseudo-code has one, written as zeros (&quot;000&quot;)</source>
        <translation>solo lo tiene un pseudocódigo, escrito con ceros (&quot;000&quot;)</translation>
    </message>
    <message>
        <source>must name the vendor or tool for an unofficial or pseudo-code and be empty otherwise</source>
        <translation>debe nombrar al proveedor o la herramienta en un código no oficial o un pseudocódigo, y estar vacío en los demás casos</translation>
    </message>
    <message>
        <source>needs at least one reference</source>
        <translation>necesita al menos una referencia</translation>
    </message>
    <message>
        <source>every reference needs document, section and quote strings</source>
        <translation>cada referencia necesita las cadenas document, section y quote</translation>
    </message>
    <message>
        <source>must be a list of lines</source>
        <translation>debe ser una lista de líneas</translation>
    </message>
    <message>
        <source>needs at least one line of what the tool shows</source>
        <translation>necesita al menos una línea de lo que muestra la herramienta</translation>
    </message>
    <message>
        <source>needs a status line, headers and an empty line</source>
        <translation>necesita una línea de estado, cabeceras y una línea vacía</translation>
    </message>
    <message>
        <source>needs at least one code</source>
        <translation>necesita al menos un código</translation>
    </message>
    <message>
        <source>every entry needs a code and a difference</source>
        <translation>cada entrada necesita un code y una difference</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>debe ser true o false</translation>
    </message>
    <message>
        <source>needs permanent (true or false) and method (preserved, post-may-become-get or becomes-get)</source>
        <translation>necesita permanent (true o false) y method (preserved, post-may-become-get o becomes-get)</translation>
    </message>
    <message>
        <source>must be an object or null</source>
        <translation>debe ser un objeto o null</translation>
    </message>
    <message>
        <source>is required for 301, 302, 303, 307 and 308</source>
        <translation>es obligatorio para 301, 302, 303, 307 y 308</translation>
    </message>
    <message>
        <source>every header needs name, value, required and note</source>
        <translation>cada cabecera necesita name, value, required y note</translation>
    </message>
    <message>
        <source>header &apos;%1&apos; contains a control character (CR, LF, NUL or another one but tab)</source>
        <translation>la cabecera «%1» contiene un carácter de control (CR, LF, NUL u otro que no sea el tabulador)</translation>
    </message>
    <message>
        <source>must not have a body for 1xx, 204 and 304</source>
        <translation>no debe tener cuerpo en 1xx, 204 y 304</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>debe ser un objeto</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a string or a list of lines</source>
        <translation>«%1» debe ser una cadena o una lista de líneas</translation>
    </message>
    <message>
        <source>wire_status for %1 must be 0 or a status from 100 to 999</source>
        <translation>wire_status para %1 debe ser 0 o un estado de 100 a 999</translation>
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
        <translation>id de ficha</translation>
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
        <translation>palabra clave</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>resumen</translation>
    </message>
    <message>
        <source>definition</source>
        <translation>definición</translation>
    </message>
    <message>
        <source>card text</source>
        <translation>texto de la ficha</translation>
    </message>
    <message>
        <source>class</source>
        <translation>clase</translation>
    </message>
    <message>
        <source>matched: %1 %2</source>
        <translation>coincidencia: %1 %2</translation>
    </message>
    <message>
        <source>matched: %1</source>
        <translation>coincidencia: %1</translation>
    </message>
    <message>
        <source>matched despite a typo</source>
        <translation>coincide pese a una errata</translation>
    </message>
    <message>
        <source>%1 (despite a typo)</source>
        <translation>%1 (pese a una errata)</translation>
    </message>
</context>
<context>
    <name>CardView</name>
    <message>
        <source>Remove from favourites</source>
        <translation>Quitar de favoritos</translation>
    </message>
    <message>
        <source>Add to favourites</source>
        <translation>Añadir a favoritos</translation>
    </message>
    <message>
        <source>formerly %1</source>
        <translation>antes %1</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>Definición</translation>
    </message>
    <message>
        <source>From the RFC</source>
        <translation>Según la RFC</translation>
    </message>
    <message>
        <source>%1, section %2</source>
        <translation>%1, sección %2</translation>
    </message>
    <message>
        <source>Defined in this document; its text is not quoted here.</source>
        <translation>Definido en este documento; su texto no se cita aquí.</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>Datos</translation>
    </message>
    <message>
        <source>Heuristically cacheable</source>
        <translation>Almacenable en caché de forma heurística</translation>
    </message>
    <message>
        <source>Yes, by default (RFC 9110, section 15.1)</source>
        <translation>Sí, por defecto (RFC 9110, sección 15.1)</translation>
    </message>
    <message>
        <source>No; only with explicit freshness (Cache-Control, Expires)</source>
        <translation>No; solo con una frescura explícita (Cache-Control, Expires)</translation>
    </message>
    <message>
        <source>Redirect</source>
        <translation>Redirección</translation>
    </message>
    <message>
        <source>Try it in the lab ▸</source>
        <translation>Probarlo en el laboratorio ▸</translation>
    </message>
    <message>
        <source>Content allowed</source>
        <translation>Se permite contenido</translation>
    </message>
    <message>
        <source>No, the response ends after the header section</source>
        <translation>No, la respuesta termina tras la sección de cabeceras</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>Cabeceras</translation>
    </message>
    <message>
        <source>required</source>
        <translation>obligatoria</translation>
    </message>
    <message>
        <source>typical</source>
        <translation>habitual</translation>
    </message>
    <message>
        <source>Common causes</source>
        <translation>Causas habituales</translation>
    </message>
    <message>
        <source>Example response</source>
        <translation>Respuesta de ejemplo</translation>
    </message>
    <message>
        <source>Common misinterpretation</source>
        <translation>Malentendido habitual</translation>
    </message>
    <message>
        <source>When to use it</source>
        <translation>Cuándo usarlo</translation>
    </message>
    <message>
        <source>Confused with</source>
        <translation>Se confunde con</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparar</translation>
    </message>
    <message>
        <source>Card content is in English, the language of the RFCs it quotes.</source>
        <translation>El contenido de las fichas está en inglés, el idioma de las RFC que cita.</translation>
    </message>
    <message>
        <source>Try it live</source>
        <translation>Probar en vivo</translation>
    </message>
    <message>
        <source>sends the requests that make this code happen to the sandbox, and shows what comes back</source>
        <translation>envía al sandbox las peticiones que provocan este código y muestra lo que vuelve</translation>
    </message>
</context>
<context>
    <name>ClientProfile</name>
    <message>
        <source>final response</source>
        <translation>respuesta final</translation>
    </message>
    <message>
        <source>redirect without a usable Location</source>
        <translation>redirección sin una Location utilizable</translation>
    </message>
    <message>
        <source>redirect limit reached</source>
        <translation>se alcanzó el límite de redirecciones</translation>
    </message>
    <message>
        <source>redirect loop detected</source>
        <translation>se detectó un bucle de redirecciones</translation>
    </message>
    <message>
        <source>the client refused to follow</source>
        <translation>el cliente se negó a seguirla</translation>
    </message>
    <message>
        <source>%1 does not follow a %2.</source>
        <translation>%1 no sigue un %2.</translation>
    </message>
    <message>
        <source>Not a redirect.</source>
        <translation>No es una redirección.</translation>
    </message>
    <message>
        <source>The %1 has no Location to follow.</source>
        <translation>El %1 no tiene una Location que seguir.</translation>
    </message>
    <message>
        <source>%1 stops after %2 redirects.</source>
        <translation>%1 se detiene tras %2 redirecciones.</translation>
    </message>
    <message>
        <source>%1 noticed that it keeps requesting %2.</source>
        <translation>%1 notó que sigue pidiendo %2 una y otra vez.</translation>
    </message>
    <message>
        <source>Fetch standard (browsers, Node.js fetch)</source>
        <translation>El estándar Fetch (navegadores, fetch de Node.js)</translation>
    </message>
    <message>
        <source>Fetch turns this %1 into a GET and drops the body.</source>
        <translation>Fetch convierte este %1 en un GET y descarta el cuerpo.</translation>
    </message>
    <message>
        <source>Fetch keeps the method and the body.</source>
        <translation>Fetch conserva el método y el cuerpo.</translation>
    </message>
    <message>
        <source>curl -L</source>
        <translation>curl -L</translation>
    </message>
    <message>
        <source>curl repeats the %1.</source>
        <translation>curl repite el %1.</translation>
    </message>
    <message>
        <source>curl -d switches to GET on 301, 302 and 303 and drops the data.</source>
        <translation>curl -d cambia a GET en 301, 302 y 303 y descarta los datos.</translation>
    </message>
    <message>
        <source>curl -d re-sends the POST with its data.</source>
        <translation>curl -d reenvía el POST con sus datos.</translation>
    </message>
    <message>
        <source>curl -T switches to GET on 303.</source>
        <translation>curl -T cambia a GET en 303.</translation>
    </message>
    <message>
        <source>curl -T re-sends the upload.</source>
        <translation>curl -T reenvía la subida.</translation>
    </message>
    <message>
        <source>curl -X keeps the method but drops the data on 301, 302 and 303.</source>
        <translation>curl -X conserva el método pero descarta los datos en 301, 302 y 303.</translation>
    </message>
    <message>
        <source>curl -X keeps the method.</source>
        <translation>curl -X conserva el método.</translation>
    </message>
    <message>
        <source>Python requests</source>
        <translation>Python requests</translation>
    </message>
    <message>
        <source>requests turns every method but HEAD into a GET on 302 and 303.</source>
        <translation>requests convierte todo método salvo HEAD en un GET en 302 y 303.</translation>
    </message>
    <message>
        <source>requests turns a POST into a GET on 301.</source>
        <translation>requests convierte un POST en un GET en 301.</translation>
    </message>
    <message>
        <source>requests keeps the method but drops the body on 301, 302 and 303.</source>
        <translation>requests conserva el método pero descarta el cuerpo en 301, 302 y 303.</translation>
    </message>
    <message>
        <source>requests keeps the method and the body on 307 and 308.</source>
        <translation>requests conserva el método y el cuerpo en 307 y 308.</translation>
    </message>
    <message>
        <source>Python urllib</source>
        <translation>Python urllib</translation>
    </message>
    <message>
        <source>urllib follows with a new GET request.</source>
        <translation>urllib sigue con una nueva petición GET.</translation>
    </message>
    <message>
        <source>urllib turns a POST into a GET on 301, 302 and 303.</source>
        <translation>urllib convierte un POST en un GET en 301, 302 y 303.</translation>
    </message>
    <message>
        <source>urllib raises HTTPError: it does not redirect a %1 on %2.</source>
        <translation>urllib lanza HTTPError: no redirige un %1 en %2.</translation>
    </message>
    <message>
        <source>Go net/http</source>
        <translation>Go net/http</translation>
    </message>
    <message>
        <source>Go repeats the %1.</source>
        <translation>Go repite el %1.</translation>
    </message>
    <message>
        <source>Go turns every other method into a GET on 301, 302 and 303.</source>
        <translation>Go convierte cualquier otro método en un GET en 301, 302 y 303.</translation>
    </message>
    <message>
        <source>Go re-sends the method and the body on 307 and 308.</source>
        <translation>Go reenvía el método y el cuerpo en 307 y 308.</translation>
    </message>
    <message>
        <source>Postman (defaults)</source>
        <translation>Postman (valores por defecto)</translation>
    </message>
    <message>
        <source>Postman follows 301, 302 and 303 with a GET unless &quot;Follow original HTTP method&quot; is on.</source>
        <translation>Postman sigue 301, 302 y 303 con un GET salvo que «Follow original HTTP method» esté activado.</translation>
    </message>
    <message>
        <source>Postman keeps the method and the body.</source>
        <translation>Postman conserva el método y el cuerpo.</translation>
    </message>
    <message>
        <source>RFC 9110, strict reading</source>
        <translation>RFC 9110, lectura estricta</translation>
    </message>
    <message>
        <source>RFC 9110 section 15.4.4: the follow-up to a 303 is a retrieval, a GET.</source>
        <translation>RFC 9110, sección 15.4.4: la petición que sigue a un 303 es una recuperación, un GET.</translation>
    </message>
    <message>
        <source>RFC 9110 allows, but does not require, POST to become GET on %1; the strict reading keeps it.</source>
        <translation>La RFC 9110 permite, pero no exige, que un POST pase a GET en %1; la lectura estricta lo conserva.</translation>
    </message>
    <message>
        <source>RFC 9110: the method is kept.</source>
        <translation>RFC 9110: se conserva el método.</translation>
    </message>
    <message>
        <source>GNU Wget</source>
        <translation>GNU Wget</translation>
    </message>
    <message>
        <source>wget turns this %1 into a GET and drops the body.</source>
        <translation>wget convierte este %1 en un GET y descarta el cuerpo.</translation>
    </message>
    <message>
        <source>wget keeps the method and the body.</source>
        <translation>wget conserva el método y el cuerpo.</translation>
    </message>
    <message>
        <source>Qt QNetworkAccessManager</source>
        <translation>Qt QNetworkAccessManager</translation>
    </message>
    <message>
        <source>Qt turns the request into a GET on 301, 302 and 303.</source>
        <translation>Qt convierte la petición en un GET en 301, 302 y 303.</translation>
    </message>
    <message>
        <source>Qt keeps the method and the body.</source>
        <translation>Qt conserva el método y el cuerpo.</translation>
    </message>
    <message>
        <source>Go net/http, body from a stream (no GetBody)</source>
        <translation>Go net/http, cuerpo desde un stream (sin GetBody)</translation>
    </message>
    <message>
        <source>Go cannot send this body again (GetBody is nil), so it returns the %1 to the caller without following it.</source>
        <translation>Go no puede volver a enviar este cuerpo (GetBody es nil), así que devuelve el %1 al llamador sin seguirlo.</translation>
    </message>
    <message>
        <source>Python httpx</source>
        <translation>Python httpx</translation>
    </message>
    <message>
        <source>httpx turns every method but HEAD into a GET on 302 and 303, and drops the body.</source>
        <translation>httpx convierte todo método salvo HEAD en GET en 302 y 303, y descarta el cuerpo.</translation>
    </message>
    <message>
        <source>httpx turns a POST into a GET on 301 and drops the body.</source>
        <translation>httpx convierte un POST en GET en 301 y descarta el cuerpo.</translation>
    </message>
    <message>
        <source>httpx keeps the %1 and sends the body again: only a change to GET drops it.</source>
        <translation>httpx mantiene el %1 y vuelve a enviar el cuerpo: solo un cambio a GET lo descarta.</translation>
    </message>
    <message>
        <source>Python aiohttp</source>
        <translation>Python aiohttp</translation>
    </message>
    <message>
        <source>aiohttp turns this %1 into a GET and drops the data (a 303 for every method but HEAD, a 301 or 302 for POST).</source>
        <translation>aiohttp convierte este %1 en GET y descarta los datos (un 303 para todo método salvo HEAD, un 301 o 302 para POST).</translation>
    </message>
    <message>
        <source>aiohttp keeps the %1 and its data.</source>
        <translation>aiohttp mantiene el %1 y sus datos.</translation>
    </message>
    <message>
        <source>HTTPie (http --follow)</source>
        <translation>HTTPie (http --follow)</translation>
    </message>
    <message>
        <source>HTTPie (through requests) turns every method but HEAD into a GET on 302 and 303.</source>
        <translation>HTTPie (a través de requests) convierte todo método salvo HEAD en GET en 302 y 303.</translation>
    </message>
    <message>
        <source>HTTPie (through requests) turns a POST into a GET on 301.</source>
        <translation>HTTPie (a través de requests) convierte un POST en GET en 301.</translation>
    </message>
    <message>
        <source>HTTPie (through requests) keeps the %1 but drops the body on 301, 302 and 303.</source>
        <translation>HTTPie (a través de requests) mantiene el %1 pero descarta el cuerpo en 301, 302 y 303.</translation>
    </message>
    <message>
        <source>HTTPie (through requests) keeps the method and the body on 307 and 308.</source>
        <translation>HTTPie (a través de requests) mantiene el método y el cuerpo en 307 y 308.</translation>
    </message>
    <message>
        <source>The browser turns the POST into a GET on %1 and drops the body.</source>
        <translation>El navegador convierte el POST en GET en %1 y descarta el cuerpo.</translation>
    </message>
    <message>
        <source>The browser follows a 303 with a GET, without the body.</source>
        <translation>El navegador sigue un 303 con un GET, sin el cuerpo.</translation>
    </message>
    <message>
        <source>The browser keeps the %1 on %2.</source>
        <translation>El navegador mantiene el %1 en %2.</translation>
    </message>
    <message>
        <source>The browser keeps the %1 and its body on %2.</source>
        <translation>El navegador mantiene el %1 y su cuerpo en %2.</translation>
    </message>
    <message>
        <source>HTML form submission (browsers)</source>
        <translation>Envío de formulario HTML (navegadores)</translation>
    </message>
    <message>
        <source>An HTML form sends only GET or POST; a %1 is not possible with a form.</source>
        <translation>Un formulario HTML solo envía GET o POST; un %1 no es posible con un formulario.</translation>
    </message>
    <message>
        <source>Top-level navigation (browsers)</source>
        <translation>Navegación de nivel superior (navegadores)</translation>
    </message>
    <message>
        <source>A navigation is a GET; a %1 is not possible with a navigation.</source>
        <translation>Una navegación es un GET; un %1 no es posible con una navegación.</translation>
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
        <translation>puerto %1 ≠ %2</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>statusdeck: skipped a broken card: %1</source>
        <translation>statusdeck: se omitió una ficha dañada: %1</translation>
    </message>
    <message>
        <source>statusdeck: skipped a broken snippet template: %1</source>
        <translation>statusdeck: se omitió una plantilla de fragmento dañada: %1</translation>
    </message>
    <message>
        <source>statusdeck: no card for status code %1. Nearest known codes: %2.</source>
        <translation>statusdeck: no hay ficha para el código de estado %1. Códigos conocidos más cercanos: %2.</translation>
    </message>
    <message>
        <source>statusdeck: &apos;%1&apos; is not a status code; give a number such as 404, or a card id such as 499-nginx.</source>
        <translation>statusdeck: «%1» no es un código de estado; indique un número como 404 o un id de ficha como 499-nginx.</translation>
    </message>
    <message>
        <source>Use the interface language CODE (for example de).</source>
        <translation>Usar el idioma de la interfaz CODE (por ejemplo es).</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Mostrar esta ayuda.</translation>
    </message>
    <message>
        <source>Usage:</source>
        <translation>Uso:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Opciones:</translation>
    </message>
    <message>
        <source>Run &apos;statusdeck --help&apos; for the other commands.</source>
        <translation>Ejecute «statusdeck --help» para ver las demás órdenes.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Órdenes:</translation>
    </message>
    <message>
        <source>Run &apos;statusdeck help COMMAND&apos; for the options of a command.</source>
        <translation>Ejecute «statusdeck help COMMAND» para ver las opciones de una orden.</translation>
    </message>
    <message>
        <source>Run &apos;statusdeck %1 --help&apos; for its options.</source>
        <translation>Ejecute «statusdeck %1 --help» para ver sus opciones.</translation>
    </message>
    <message>
        <source>Run &apos;statusdeck --help&apos; for the commands and options.</source>
        <translation>Ejecute «statusdeck --help» para ver las órdenes y opciones.</translation>
    </message>
    <message>
        <source>statusdeck: this needs the window.</source>
        <translation>statusdeck: esto necesita la ventana.</translation>
    </message>
    <message>
        <source>print every card</source>
        <translation>imprimir todas las fichas</translation>
    </message>
    <message>
        <source>Export format: json or markdown.</source>
        <translation>Formato de exportación: json o markdown.</translation>
    </message>
    <message>
        <source>statusdeck: export takes no arguments besides --format.</source>
        <translation>statusdeck: export no admite argumentos aparte de --format.</translation>
    </message>
    <message>
        <source>statusdeck: unknown export format &apos;%1&apos;; use json or markdown.</source>
        <translation>statusdeck: formato de exportación desconocido «%1»; use json o markdown.</translation>
    </message>
    <message>
        <source>statusdeck: %1 needs the window.</source>
        <translation>statusdeck: %1 necesita la ventana.</translation>
    </message>
    <message>
        <source>Open the card CODE.</source>
        <translation>Abrir la ficha CODE.</translation>
    </message>
    <message>
        <source>Use the light or dark palette instead of the system&apos;s.</source>
        <translation>Usar la paleta clara u oscura en lugar de la del sistema.</translation>
    </message>
    <message>
        <source>Show the page reference, sandbox or lab.</source>
        <translation>Mostrar la página reference, sandbox o lab.</translation>
    </message>
    <message>
        <source>--theme takes light or dark, not &apos;%1&apos;.</source>
        <translation>--theme admite light o dark, no «%1».</translation>
    </message>
    <message>
        <source>--page takes reference, sandbox or lab, not &apos;%1&apos;.</source>
        <translation>--page admite reference, sandbox o lab, no «%1».</translation>
    </message>
    <message>
        <source>the options of COMMAND, or this help</source>
        <translation>las opciones de COMMAND, o esta ayuda</translation>
    </message>
    <message>
        <source>statusdeck: help takes one command at most.</source>
        <translation>statusdeck: help admite una orden como máximo.</translation>
    </message>
    <message>
        <source>statusdeck: unknown command &apos;%1&apos;.</source>
        <translation>statusdeck: orden desconocida «%1».</translation>
    </message>
    <message>
        <source>write error</source>
        <translation>error de escritura</translation>
    </message>
    <message>
        <source>statusdeck: could not write the output: %1</source>
        <translation>statusdeck: no se pudo escribir la salida: %1</translation>
    </message>
    <message>
        <source>one line per card: code, phrase, registry status</source>
        <translation>una línea por ficha: código, frase, estado en el registro</translation>
    </message>
    <message>
        <source>Print only the card ids, one a line (for scripts and shell completion).</source>
        <translation>Imprimir solo los id de las fichas, uno por línea (para scripts y el autocompletado del shell).</translation>
    </message>
    <message>
        <source>statusdeck: list takes no arguments.</source>
        <translation>statusdeck: list no admite argumentos.</translation>
    </message>
    <message>
        <source>redirect lab: run a client through every method and redirect code and print what the server saw</source>
        <translation>laboratorio de redirecciones: hacer pasar un cliente por cada método y código de redirección e imprimir lo que vio el servidor</translation>
    </message>
    <message>
        <source>Run the installed program instead of its emulated profile.</source>
        <translation>Ejecutar el programa instalado en lugar de su perfil emulado.</translation>
    </message>
    <message>
        <source>Output format: text (a table) or json.</source>
        <translation>Formato de salida: text (una tabla) o json.</translation>
    </message>
    <message>
        <source>statusdeck: matrix --format takes text or json, not &apos;%1&apos;.</source>
        <translation>statusdeck: matrix --format admite text o json, no «%1».</translation>
    </message>
    <message>
        <source>statusdeck: matrix needs --client NAME, for example: statusdeck matrix --client fetch</source>
        <translation>statusdeck: matrix necesita --client NAME, por ejemplo: statusdeck matrix --client fetch</translation>
    </message>
    <message>
        <source>statusdeck: cannot start the sandbox: %1.</source>
        <translation>statusdeck: no se puede iniciar el sandbox: %1.</translation>
    </message>
    <message>
        <source>render the window to a PNG and exit</source>
        <translation>renderizar la ventana en un PNG y salir</translation>
    </message>
    <message>
        <source>Renders the window at 1280x800 to a PNG and exits; works with QT_QPA_PLATFORM=offscreen. The card is 301 unless --card says otherwise. For the sandbox and lab pages it first runs the Fetch matrix on a sandbox on a free port, so the picture shows traffic.</source>
        <translation>Renderiza la ventana a 1280x800 en un PNG y sale; funciona con QT_QPA_PLATFORM=offscreen. La ficha es la 301 salvo que --card indique otra. Para las páginas sandbox y lab, primero ejecuta la matriz Fetch en un sandbox en un puerto libre, para que la imagen muestre tráfico.</translation>
    </message>
    <message>
        <source>screenshot needs exactly one output file, for example: statusdeck screenshot --card 301 window.png</source>
        <translation>screenshot necesita exactamente un archivo de salida, por ejemplo: statusdeck screenshot --card 301 window.png</translation>
    </message>
    <message>
        <source>find the right card: cards ranked by how well they match</source>
        <translation>encontrar la ficha adecuada: fichas ordenadas según lo bien que coinciden</translation>
    </message>
    <message>
        <source>Ranks the cards as the window&apos;s search does: a code or card id first, then the phrase, former phrases and keywords, then the summary and definition, then the rest of the text; ties go to the more common code. Words may come in any order, in any case, with simple plurals and, in words of five letters or more, one typo. The JSON is an array in rank order with id, code, phrase, score, matched (the field that decided the rank), matched_text (the keyword or former phrase) and typo. Exit status: 0 with results, 1 with none, 2 on bad usage.</source>
        <translation>Ordena las fichas como la búsqueda de la ventana: primero un código o id de ficha, luego la frase, las frases anteriores y las palabras clave, luego el resumen y la definición, y luego el resto del texto; en caso de empate gana el código más común. Las palabras pueden ir en cualquier orden, en mayúsculas o minúsculas, con plurales simples y, en palabras de cinco letras o más, con una errata. El JSON es una matriz en orden de clasificación con id, code, phrase, score, matched (el campo que decidió la posición), matched_text (la palabra clave o la frase anterior) y typo. Estado de salida: 0 con resultados, 1 sin ellos, 2 si el uso es incorrecto.</translation>
    </message>
    <message>
        <source>Print at most N results (default 10, 0: all).</source>
        <translation>Imprimir como máximo N resultados (10 por defecto, 0: todos).</translation>
    </message>
    <message>
        <source>Output format: text or json.</source>
        <translation>Formato de salida: text o json.</translation>
    </message>
    <message>
        <source>statusdeck: search needs a query, e.g. &apos;rate limit&apos;.</source>
        <translation>statusdeck: search necesita una consulta, p. ej. «rate limit».</translation>
    </message>
    <message>
        <source>statusdeck: --limit takes a number from 0 up, not &apos;%1&apos;.</source>
        <translation>statusdeck: --limit admite un número desde 0, no «%1».</translation>
    </message>
    <message>
        <source>statusdeck: unknown search format &apos;%1&apos;; use text or json.</source>
        <translation>statusdeck: formato de búsqueda desconocido «%1»; use text o json.</translation>
    </message>
    <message>
        <source>statusdeck: no card matches &apos;%1&apos;. Try a class: 1xx, 2xx, 3xx, 4xx or 5xx.</source>
        <translation>statusdeck: ninguna ficha coincide con «%1». Pruebe una clase: 1xx, 2xx, 3xx, 4xx o 5xx.</translation>
    </message>
    <message>
        <source>run the sandbox HTTP server (default port 8088, on 127.0.0.1 only) until Ctrl+C; logs one line per exchange</source>
        <translation>ejecutar el servidor HTTP del sandbox (puerto 8088 por defecto, solo en 127.0.0.1) hasta Ctrl+C; registra una línea por intercambio</translation>
    </message>
    <message>
        <source>Runs the sandbox HTTP server without a window until Ctrl+C or SIGTERM. It prints its URL, a second origin on a free port for cross-origin redirects, then one line per exchange: time, client, method, target, status, bytes.</source>
        <translation>Ejecuta el servidor HTTP del sandbox sin ventana hasta Ctrl+C o SIGTERM. Imprime su URL, un segundo origen en un puerto libre para redirecciones entre orígenes y luego una línea por intercambio: hora, cliente, método, destino, estado, bytes.</translation>
    </message>
    <message>
        <source>Listen on port N (default 8088, 0 for any free one).</source>
        <translation>Escuchar en el puerto N (8088 por defecto, 0 para uno libre cualquiera).</translation>
    </message>
    <message>
        <source>Listen on ADDR (default 127.0.0.1; another address needs --allow-remote).</source>
        <translation>Escuchar en ADDR (127.0.0.1 por defecto; otra dirección necesita --allow-remote).</translation>
    </message>
    <message>
        <source>Write every exchange to FILE as HAR 1.2 when the server stops (atomically: the old file stays if writing fails).</source>
        <translation>Escribir cada intercambio en FILE como HAR 1.2 cuando el servidor se detiene (de forma atómica: si la escritura falla, se conserva el archivo anterior).</translation>
    </message>
    <message>
        <source>With --har, also write FILE every SECONDS while running.</source>
        <translation>Con --har, escribir también FILE cada SECONDS segundos durante la ejecución.</translation>
    </message>
    <message>
        <source>Allow a --bind address other than loopback: anyone who can reach it can use the sandbox.</source>
        <translation>Permitir una dirección --bind distinta de loopback: cualquiera que llegue a ella puede usar el sandbox.</translation>
    </message>
    <message>
        <source>statusdeck: serve takes no arguments besides --port and --bind.</source>
        <translation>statusdeck: serve no admite argumentos aparte de --port y --bind.</translation>
    </message>
    <message>
        <source>statusdeck: --port takes 0 to 65535, not &apos;%1&apos;.</source>
        <translation>statusdeck: --port admite de 0 a 65535, no «%1».</translation>
    </message>
    <message>
        <source>statusdeck: --bind takes an IP address such as 127.0.0.1, not &apos;%1&apos;.</source>
        <translation>statusdeck: --bind admite una dirección IP como 127.0.0.1, no «%1».</translation>
    </message>
    <message>
        <source>statusdeck: --bind %1 is not a loopback address: anyone who can reach it could use the sandbox. Add --allow-remote if that is meant.</source>
        <translation>statusdeck: --bind %1 no es una dirección de loopback: cualquiera que llegue a ella podría usar el sandbox. Añada --allow-remote si es lo que quiere.</translation>
    </message>
    <message>
        <source>statusdeck: WARNING: listening on %1, not only on loopback: anyone who can reach this address can use the sandbox.</source>
        <translation>statusdeck: AVISO: escuchando en %1, no solo en loopback: cualquiera que llegue a esta dirección puede usar el sandbox.</translation>
    </message>
    <message>
        <source>statusdeck: --har-every takes a number of seconds from 1 up, with --har FILE.</source>
        <translation>statusdeck: --har-every admite un número de segundos desde 1, junto con --har FILE.</translation>
    </message>
    <message>
        <source>statusdeck: could not write the HAR file %1: %2</source>
        <translation>statusdeck: no se pudo escribir el archivo HAR %1: %2</translation>
    </message>
    <message>
        <source>StatusDeck sandbox listening on %1</source>
        <translation>Sandbox de StatusDeck escuchando en %1</translation>
    </message>
    <message>
        <source>Second origin (for cross-origin redirects): %1</source>
        <translation>Segundo origen (para redirecciones entre orígenes): %1</translation>
    </message>
    <message>
        <source>statusdeck: stopping the sandbox.</source>
        <translation>statusdeck: deteniendo el sandbox.</translation>
    </message>
    <message>
        <source>statusdeck: this machine&apos;s addresses: %1</source>
        <translation>statusdeck: direcciones de esta máquina: %1</translation>
    </message>
    <message>
        <source>statusdeck: the HAR file holds the newest %1 of %2 exchanges.</source>
        <translation>statusdeck: el archivo HAR contiene los %1 intercambios más recientes de %2.</translation>
    </message>
    <message>
        <source>statusdeck: wrote %1 exchanges to %2.</source>
        <translation>statusdeck: se escribieron %1 intercambios en %2.</translation>
    </message>
    <message>
        <source>print a card (CODE is 404 or a card id like 499-nginx)</source>
        <translation>imprimir una ficha (CODE es 404 o un id de ficha como 499-nginx)</translation>
    </message>
    <message>
        <source>Prints the card for CODE as readable text: a status code such as 404, or a card id such as 499-nginx. An unknown code names the nearest known ones.</source>
        <translation>Imprime la ficha de CODE como texto legible: un código de estado como 404 o un id de ficha como 499-nginx. Un código desconocido indica los conocidos más cercanos.</translation>
    </message>
    <message>
        <source>Print only the snippet for FRAMEWORK (express, flask, go, nginx, curl, ...).</source>
        <translation>Imprimir solo el fragmento de FRAMEWORK (express, flask, go, nginx, curl…).</translation>
    </message>
    <message>
        <source>statusdeck: show needs one status code, for example: statusdeck show 404</source>
        <translation>statusdeck: show necesita un código de estado, por ejemplo: statusdeck show 404</translation>
    </message>
    <message>
        <source>statusdeck: no snippet framework &apos;%1&apos;. Known: %2.</source>
        <translation>statusdeck: no existe el framework de fragmentos «%1». Conocidos: %2.</translation>
    </message>
    <message>
        <source>
Also %1 (%2): statusdeck show %3</source>
        <translation>
También %1 (%2): statusdeck show %3</translation>
    </message>
    <message>
        <source>make a card&apos;s code happen live at a sandbox and show the exchanges</source>
        <translation>hacer que el código de una ficha ocurra en vivo en un sandbox y mostrar los intercambios</translation>
    </message>
    <message>
        <source>statusdeck: try needs one status code, for example: statusdeck try 304 (--format text or json)</source>
        <translation>statusdeck: try necesita un código de estado, por ejemplo: statusdeck try 304 (--format text o json)</translation>
    </message>
    <message>
        <source>%1 %2, live against a sandbox at %3</source>
        <translation>%1 %2, en vivo contra un sandbox en %3</translation>
    </message>
    <message>
        <source>request %1 of %2</source>
        <translation>petición %1 de %2</translation>
    </message>
    <message>
        <source>no response</source>
        <translation>sin respuesta</translation>
    </message>
    <message>
        <source>as the card says</source>
        <translation>como dice la ficha</translation>
    </message>
    <message>
        <source>NOT as the card says: %1</source>
        <translation>NO como dice la ficha: %1</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Mostrar la versión.</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;.</source>
        <translation>orden desconocida «%1».</translation>
    </message>
    <message>
        <source>give one card, not both %1 and --card %2.</source>
        <translation>indique una sola ficha, no %1 y --card %2 a la vez.</translation>
    </message>
    <message>
        <source>Open a window of its own instead of using the running one (it does not save settings and starts its sandbox on a free port).</source>
        <translation>Abrir una ventana propia en lugar de usar la que está en ejecución (no guarda la configuración e inicia su sandbox en un puerto libre).</translation>
    </message>
    <message>
        <source>no such file: %1</source>
        <translation>no existe el archivo: %1</translation>
    </message>
    <message>
        <source>%1 is a folder, not a HAR file.</source>
        <translation>%1 es una carpeta, no un archivo HAR.</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>%1 no se puede leer.</translation>
    </message>
    <message>
        <source>Starts a sandbox on free ports and runs a client through GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS x 301, 302, 303, 307, 308, live, and prints what the server saw. A real browser (--client chromium, chrome or firefox with --real) runs headless with a throw-away profile and makes its requests with fetch(), an HTML form or a navigation (--mode). Exit status 1 when it could not run (a real program or browser that is not installed, a Python module that cannot be imported, a Go client that does not build). The real go and go-stream are a small Go program built once with the installed go into the cache folder; go-stream sends the body from a stream Go cannot read again. With --cross-origin it runs the cross-origin matrix instead: a GET with Authorization, Cookie and X-StatusDeck-Probe through each code to the same origin, another port and another host, and shows which headers arrived. Each cell names the rule behind it ([n], listed below the table).</source>
        <translation>Inicia un sandbox en puertos libres, hace pasar un cliente por GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS x 301, 302, 303, 307, 308, en vivo, e imprime lo que vio el servidor. Un navegador real (--client chromium, chrome o firefox con --real) se ejecuta sin interfaz con un perfil desechable y hace sus peticiones con fetch(), un formulario HTML o una navegación (--mode). Estado de salida 1 si no se pudo ejecutar (un programa o navegador real que no está instalado, un módulo de Python que no se puede importar, un cliente Go que no compila). Los go y go-stream reales son un pequeño programa Go compilado una sola vez con el go instalado en la carpeta de caché; go-stream envía el cuerpo desde un stream que Go no puede volver a leer. Con --cross-origin ejecuta en su lugar la matriz entre orígenes: un GET con Authorization, Cookie y X-StatusDeck-Probe a través de cada código al mismo origen, a otro puerto y a otro host, y muestra qué cabeceras llegaron. Cada celda nombra la regla que la explica ([n], listadas bajo la tabla).</translation>
    </message>
    <message>
        <source>The client: fetch, curl, requests, urllib, go, postman, rfc, wget, httpx, aiohttp, httpie, go-stream, form, navigate (emulated), qt (Qt itself); with --real: curl, python3, node, wget, requests, httpx, aiohttp, httpie, go, go-stream, chromium, chrome, firefox.</source>
        <translation>El cliente: fetch, curl, requests, urllib, go, postman, rfc, wget, httpx, aiohttp, httpie, go-stream, form, navigate (emulados), qt (el propio Qt); con --real: curl, python3, node, wget, requests, httpx, aiohttp, httpie, go, go-stream, chromium, chrome, firefox.</translation>
    </message>
    <message>
        <source>With a real browser: how it makes the requests, fetch() (every method, the default), form (GET and POST) or navigate (GET).</source>
        <translation>Con un navegador real: cómo hace las peticiones, fetch() (todos los métodos, el valor predeterminado), form (GET y POST) o navigate (GET).</translation>
    </message>
    <message>
        <source>Run the cross-origin matrix: Authorization, Cookie and a custom header to the same origin, another port and another host.</source>
        <translation>Ejecutar la matriz entre orígenes: Authorization, Cookie y una cabecera personalizada al mismo origen, a otro puerto y a otro host.</translation>
    </message>
    <message>
        <source>statusdeck: matrix takes no arguments besides --client, --real, --mode, --cross-origin and --format.</source>
        <translation>statusdeck: matrix no admite argumentos aparte de --client, --real, --mode, --cross-origin y --format.</translation>
    </message>
    <message>
        <source>statusdeck: matrix --mode takes fetch, form or navigate, not &apos;%1&apos;.</source>
        <translation>statusdeck: matrix --mode admite fetch, form o navigate, no &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>statusdeck: matrix --mode needs a real browser: --client chromium, chrome or firefox with --real.</source>
        <translation>statusdeck: matrix --mode necesita un navegador real: --client chromium, chrome o firefox con --real.</translation>
    </message>
    <message>
        <source>statusdeck: --client %1 and --mode %2 name different modes.</source>
        <translation>statusdeck: --client %1 y --mode %2 indican modos distintos.</translation>
    </message>
    <message>
        <source>open a HAR file in the window&apos;s exchange log</source>
        <translation>abrir un archivo HAR en el registro de intercambios de la ventana</translation>
    </message>
    <message>
        <source>Opens FILE.har (from &apos;statusdeck serve --har&apos;, browser devtools or a proxy) in the exchange log of the Sandbox page, read-only and marked as imported, beside the live exchanges. When a StatusDeck window is open already, the file opens there and that window comes to the front; the command then ends at once, with status 1 when the file could not be read as HAR.</source>
        <translation>Abre FILE.har (de &apos;statusdeck serve --har&apos;, las herramientas de desarrollo del navegador o un proxy) en el registro de intercambios de la página Sandbox, en solo lectura y marcado como importado, junto a los intercambios en vivo. Si ya hay una ventana de StatusDeck abierta, el archivo se abre allí y esa ventana pasa al frente; el comando termina entonces de inmediato, con estado 1 si el archivo no se pudo leer como HAR.</translation>
    </message>
    <message>
        <source>open needs exactly one HAR file, for example: statusdeck open run.har</source>
        <translation>open necesita exactamente un archivo HAR, por ejemplo: statusdeck open run.har</translation>
    </message>
    <message>
        <source>Picture a part of the reference instead: guide (the Which Code dialog, answered to a result), compare (the card beside its first confused-with card) or favourites (a few cards starred).</source>
        <translation>Captura en su lugar una parte de la referencia: guide (el diálogo «¿Qué código?», respondido hasta un resultado), compare (la tarjeta junto a la primera tarjeta con la que se confunde) o favourites (unas cuantas tarjetas marcadas con estrella).</translation>
    </message>
    <message>
        <source>--show takes guide, compare or favourites, not &apos;%1&apos;.</source>
        <translation>--show admite guide, compare o favourites, no &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>HTTP status code reference and redirect lab. With no command, opens the window (on the card CODE, or with FILE.har in the exchange log, if given); when it is open already, brings it to the front and opens the card or file there.</source>
        <translation>Referencia de códigos de estado HTTP y laboratorio de redirecciones. Sin comando, abre la ventana (en la tarjeta CODE, o con FILE.har en el registro de intercambios, si se indica); si ya está abierta, la trae al frente y abre allí la tarjeta o el archivo.</translation>
    </message>
    <message numerus="yes">
        <source>statusdeck: %n exchange(s) got no line (and are not in the HAR): the log dropped them before they could be printed.</source>
        <translation>
            <numerusform>statusdeck: %n intercambio no tuvo línea (y no está en el HAR): el registro lo descartó antes de poder mostrarlo.</numerusform>
            <numerusform>statusdeck: %n intercambios no tuvieron línea (y no están en el HAR): el registro los descartó antes de poder mostrarlos.</numerusform>
        </translation>
    </message>
    <message>
        <source>statusdeck: cannot open a window: there is no display (DISPLAY and WAYLAND_DISPLAY are not set). The commands work without one: see statusdeck --help.</source>
        <translation>statusdeck: no se puede abrir una ventana: no hay pantalla (DISPLAY y WAYLAND_DISPLAY no están definidas). Los comandos funcionan sin ella: consulte statusdeck --help.</translation>
    </message>
</context>
<context>
    <name>GuiMain</name>
    <message>
        <source>Skipped a broken card: %1</source>
        <translation>Se omitió una ficha dañada: %1</translation>
    </message>
    <message>
        <source>Skipped a broken snippet template: %1</source>
        <translation>Se omitió una plantilla de fragmento dañada: %1</translation>
    </message>
    <message>
        <source>The settings file %1 could not be read; defaults are used and it will be rewritten.</source>
        <translation>No se pudo leer el archivo de configuración %1; se usan los valores por defecto y se volverá a escribir.</translation>
    </message>
    <message>
        <source>statusdeck: no card &apos;%1&apos;.</source>
        <translation>statusdeck: no existe la ficha «%1».</translation>
    </message>
    <message>
        <source>statusdeck: could not write %1: %2</source>
        <translation>statusdeck: no se pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>statusdeck: a StatusDeck window is running but did not take the request (%1). Close it, or start another with --new-window.</source>
        <translation>statusdeck: hay una ventana de StatusDeck en ejecución pero no aceptó la petición (%1). Ciérrela o inicie otra con --new-window.</translation>
    </message>
</context>
<context>
    <name>Guide</name>
    <message>
        <source>not valid JSON (%1 at offset %2)</source>
        <translation>JSON no válido (%1 en la posición %2)</translation>
    </message>
    <message>
        <source>must name the first question</source>
        <translation>debe nombrar la primera pregunta</translation>
    </message>
    <message>
        <source>every question needs an id and a text</source>
        <translation>cada pregunta necesita un id y un text</translation>
    </message>
    <message>
        <source>every answer needs a text and exactly one of next or result</source>
        <translation>cada respuesta necesita un text y exactamente uno de next o result</translation>
    </message>
    <message>
        <source>a question needs at least 2 answers</source>
        <translation>una pregunta necesita al menos 2 respuestas</translation>
    </message>
    <message>
        <source>every result needs an id, a card, why and a rule</source>
        <translation>cada resultado necesita un id, una card, un why y una rule</translation>
    </message>
</context>
<context>
    <name>HarImport</name>
    <message>
        <source>request body not in the HAR</source>
        <translation>cuerpo de la petición ausente en el HAR</translation>
    </message>
    <message>
        <source>request body rebuilt from postData.params</source>
        <translation>cuerpo de la petición reconstruido a partir de postData.params</translation>
    </message>
    <message>
        <source>no response in the HAR (status 0)</source>
        <translation>sin respuesta en el HAR (estado 0)</translation>
    </message>
    <message>
        <source>no response: %1</source>
        <translation>sin respuesta: %1</translation>
    </message>
    <message>
        <source>response body not in the HAR (%1 bytes)</source>
        <translation>cuerpo de la respuesta ausente en el HAR (%1 bytes)</translation>
    </message>
    <message>
        <source>no request</source>
        <translation>sin petición</translation>
    </message>
    <message>
        <source>no request.method</source>
        <translation>sin request.method</translation>
    </message>
    <message>
        <source>no request.url</source>
        <translation>sin request.url</translation>
    </message>
    <message>
        <source>no response in the HAR</source>
        <translation>sin respuesta en el HAR</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2 at byte %3</source>
        <translation>%1 no es JSON válido: %2 en el byte %3</translation>
    </message>
    <message>
        <source>%1 is not a HAR file: it has no &quot;log&quot; object</source>
        <translation>%1 no es un archivo HAR: no tiene objeto &quot;log&quot;</translation>
    </message>
    <message>
        <source>%1 is HAR version %2; StatusDeck reads versions 1.1 and 1.2</source>
        <translation>%1 es HAR versión %2; StatusDeck lee las versiones 1.1 y 1.2</translation>
    </message>
    <message>
        <source>%1 is not a HAR file: its log has no &quot;entries&quot; list</source>
        <translation>%1 no es un archivo HAR: su log no tiene lista &quot;entries&quot;</translation>
    </message>
    <message>
        <source>entry %1: %2</source>
        <translation>entrada %1: %2</translation>
    </message>
    <message>
        <source>cut at %1 KiB per side</source>
        <translation>cortado a %1 KiB por lado</translation>
    </message>
    <message>
        <source>%1, entry %2 of %3</source>
        <translation>%1, entrada %2 de %3</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) skipped (%1)</source>
        <translation>
            <numerusform>%n entrada omitida (%1)</numerusform>
            <numerusform>%n entradas omitidas (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>only the first %1 entries were read; %n more left out</source>
        <translation>
            <numerusform>solo se leyeron las primeras %1 entradas; se omitió %n más</numerusform>
            <numerusform>solo se leyeron las primeras %1 entradas; se omitieron %n más</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) cut at %1 KiB per side</source>
        <translation>
            <numerusform>%n entrada cortada a %1 KiB por lado</numerusform>
            <numerusform>%n entradas cortadas a %1 KiB por lado</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 no se pudo leer: %2</translation>
    </message>
    <message>
        <source>%1 is %2 MiB; StatusDeck opens HAR files of up to %3 MiB</source>
        <translation>%1 ocupa %2 MiB; StatusDeck abre archivos HAR de hasta %3 MiB</translation>
    </message>
</context>
<context>
    <name>PageShortcuts</name>
    <message>
        <source>Exchange log</source>
        <translation>Registro de intercambios</translation>
    </message>
</context>
<context>
    <name>PngWriter</name>
    <message>
        <source>There is no image to write.</source>
        <translation>No hay ninguna imagen que escribir.</translation>
    </message>
</context>
<context>
    <name>RequestText</name>
    <message>
        <source>[StatusDeck: the sandbox&apos;s log has no bytes for this hop; the text below is rebuilt from what the client sent and got, it is not what went over the wire]</source>
        <translation>[StatusDeck: el registro del sandbox no tiene bytes de este salto; el texto siguiente está reconstruido a partir de lo que el cliente envió y recibió, no es lo que pasó por la red]</translation>
    </message>
    <message>
        <source>[StatusDeck: this hop went to %1, not to the sandbox, so nothing was logged; the text below is rebuilt from what the client sent and got]</source>
        <translation>[StatusDeck: este salto fue a %1, no al sandbox, así que no se registró nada; el texto siguiente está reconstruido a partir de lo que el cliente envió y recibió]</translation>
    </message>
</context>
<context>
    <name>statusdeck::RawReplay</name>
    <message>
        <source>the sandbox closed the connection without an answer</source>
        <translation>el sandbox cerró la conexión sin responder</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>sin respuesta en %1 s</translation>
    </message>
</context>
<context>
    <name>statusdeck::SandboxServer</name>
    <message>
        <source>the sandbox was stopped</source>
        <translation>se detuvo el sandbox</translation>
    </message>
</context>
<context>
    <name>statusdeck::gui</name>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>%1, section %2</source>
        <translation>%1, sección %2</translation>
    </message>
    <message>
        <source>No quote on this card.</source>
        <translation>Esta ficha no tiene cita.</translation>
    </message>
    <message>
        <source>%1 %2 compared with %3 %4</source>
        <translation>%1 %2 comparado con %3 %4</translation>
    </message>
    <message>
        <source>The %1 card:</source>
        <translation>La ficha %1:</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Clase</translation>
    </message>
    <message>
        <source>Registry</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>In short</source>
        <translation>En resumen</translation>
    </message>
    <message>
        <source>Yes, by default</source>
        <translation>Sí, por defecto</translation>
    </message>
    <message>
        <source>Only with explicit freshness</source>
        <translation>Solo con una frescura explícita</translation>
    </message>
    <message>
        <source>Heuristically cacheable</source>
        <translation>Almacenable en caché de forma heurística</translation>
    </message>
    <message>
        <source>not a redirect</source>
        <translation>no es una redirección</translation>
    </message>
    <message>
        <source>Redirect</source>
        <translation>Redirección</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>Content allowed</source>
        <translation>Se permite contenido</translation>
    </message>
    <message>
        <source>Required headers</source>
        <translation>Cabeceras obligatorias</translation>
    </message>
    <message>
        <source>When to use it</source>
        <translation>Cuándo usarlo</translation>
    </message>
    <message>
        <source>From the RFC</source>
        <translation>Según la RFC</translation>
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
        <translation>Recientes</translation>
    </message>
    <message>
        <source>No cards match “%1”. Browse a class:</source>
        <translation>Ninguna ficha coincide con «%1». Explore una clase:</translation>
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
        <translation>Código de redirección</translation>
    </message>
    <message>
        <source>Redirect code:</source>
        <translation>Código de redirección:</translation>
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
        <translation>Preajuste</translation>
    </message>
    <message>
        <source>Choose an experiment…</source>
        <translation>Elija un experimento…</translation>
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
        <translation>La URL del sandbox, o una ruta en él como redirect/307</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>Cabeceras</translation>
    </message>
    <message>
        <source>One header per line: Name: value</source>
        <translation>Una cabecera por línea: Nombre: valor</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Cuerpo</translation>
    </message>
    <message>
        <source>Preset:</source>
        <translation>Preajuste:</translation>
    </message>
    <message>
        <source>Request:</source>
        <translation>Petición:</translation>
    </message>
    <message>
        <source>Headers:</source>
        <translation>Cabeceras:</translation>
    </message>
    <message>
        <source>Body:</source>
        <translation>Cuerpo:</translation>
    </message>
    <message>
        <source>The chosen emulated client follows the redirects hop by hop; every hop really goes to the sandbox and shows up in its log.</source>
        <translation>El cliente emulado elegido sigue las redirecciones salto a salto; cada salto llega de verdad al sandbox y aparece en su registro.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a URL.</source>
        <translation>«%1» no es una URL.</translation>
    </message>
    <message>
        <source>The headers were not sent: %1</source>
        <translation>No se enviaron las cabeceras: %1</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;: %n hop(s). Stop: %2. %3</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: %n salto. Fin: %2. %3</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: %n saltos. Fin: %2. %3</numerusform>
        </translation>
    </message>
    <message>
        <source>−%1: %2</source>
        <translation>−%1: %2</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Por qué:</translation>
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
        <translation>Comando para enviar una primera petición</translation>
    </message>
    <message>
        <source>Copy this command to the clipboard, to paste it in a terminal</source>
        <translation>Copiar este comando al portapapeles para pegarlo en un terminal</translation>
    </message>
    <message>
        <source>No exchange matches the filter. Clear it to see all of them.</source>
        <translation>Ningún intercambio coincide con el filtro. Bórrelo para verlos todos.</translation>
    </message>
    <message>
        <source>&lt;b&gt;No exchanges yet.&lt;/b&gt;&lt;br/&gt;Send a request to the sandbox from any client: a browser, your code, or this command in a terminal. It shows up here as it arrives.</source>
        <translation>&lt;b&gt;Aún no hay intercambios.&lt;/b&gt;&lt;br/&gt;Envíe una petición al sandbox desde cualquier cliente: un navegador, su código o este comando en un terminal. Aparecerá aquí en cuanto llegue.</translation>
    </message>
    <message>
        <source>&lt;b&gt;No exchanges yet.&lt;/b&gt;&lt;br/&gt;Start the sandbox, then send it a request from any client, for example with this command in a terminal.</source>
        <translation>&lt;b&gt;Aún no hay intercambios.&lt;/b&gt;&lt;br/&gt;Inicie el sandbox y envíele una petición desde cualquier cliente, por ejemplo con este comando en un terminal.</translation>
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
        <translation>Copiar un comando curl que vuelva a enviar esta petición</translation>
    </message>
    <message>
        <source>Copy as fetch</source>
        <translation>Copiar como fetch</translation>
    </message>
    <message>
        <source>Copy a JavaScript fetch() call that sends this request again</source>
        <translation>Copiar una llamada fetch() de JavaScript que vuelva a enviar esta petición</translation>
    </message>
    <message>
        <source>Copy URL</source>
        <translation>Copiar URL</translation>
    </message>
    <message>
        <source>Copy the URL of this request</source>
        <translation>Copiar la URL de esta petición</translation>
    </message>
    <message>
        <source>Copied %1 to the clipboard</source>
        <translation>Se copió %1 al portapapeles</translation>
    </message>
    <message>
        <source>Replay</source>
        <translation>Repetir</translation>
    </message>
    <message>
        <source>Send the same bytes to the sandbox again; the answer shows up as a new exchange</source>
        <translation>Enviar de nuevo los mismos bytes al sandbox; la respuesta aparece como un nuevo intercambio</translation>
    </message>
    <message>
        <source>Edit and Resend…</source>
        <translation>Editar y reenviar…</translation>
    </message>
    <message>
        <source>Open this request in the lab&apos;s request composer to change it and send it</source>
        <translation>Abrir esta petición en el editor de peticiones del laboratorio para modificarla y enviarla</translation>
    </message>
    <message>
        <source>Open the Status Card</source>
        <translation>Abrir la tarjeta de estado</translation>
    </message>
    <message>
        <source>Show the reference card of this exchange&apos;s status code</source>
        <translation>Mostrar la tarjeta de referencia del código de estado de este intercambio</translation>
    </message>
    <message>
        <source>Expand or Collapse the Redirect Chain</source>
        <translation>Expandir o contraer la cadena de redirecciones</translation>
    </message>
    <message>
        <source>Show or hide the later hops of this redirect chain</source>
        <translation>Mostrar u ocultar los saltos posteriores de esta cadena de redirecciones</translation>
    </message>
    <message>
        <source>This exchange is not a whole HTTP request, so there is nothing to copy as a command</source>
        <translation>Este intercambio no es una petición HTTP completa, así que no hay nada que copiar como comando</translation>
    </message>
    <message>
        <source>Copied the fetch() call to the clipboard</source>
        <translation>Se copió la llamada fetch() al portapapeles</translation>
    </message>
    <message>
        <source>Start the sandbox to replay a request</source>
        <translation>Inicie el sandbox para repetir una petición</translation>
    </message>
    <message>
        <source>Replayed %1: %2</source>
        <translation>Repetición de %1: %2</translation>
    </message>
    <message>
        <source>Replay of %1 failed: %2</source>
        <translation>Falló la repetición de %1: %2</translation>
    </message>
    <message>
        <source>Replaying %1…</source>
        <translation>Repitiendo %1…</translation>
    </message>
</context>
<context>
    <name>statusdeck::gui::ExchangeDetail</name>
    <message>
        <source>Raw request</source>
        <translation>Petición en bruto</translation>
    </message>
    <message>
        <source>Raw response</source>
        <translation>Respuesta en bruto</translation>
    </message>
    <message>
        <source>Request as it arrived</source>
        <translation>La petición tal como llegó</translation>
    </message>
    <message>
        <source>Response as it was sent</source>
        <translation>La respuesta tal como se envió</translation>
    </message>
    <message>
        <source>Imported, read-only: %1. Rebuilt from the HAR&apos;s fields, not bytes this sandbox saw.</source>
        <translation>Importado, solo lectura: %1. Reconstruido a partir de los campos del HAR, no de bytes que viera este sandbox.</translation>
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
        <translation>Estado</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importado</translation>
    </message>
    <message>
        <source>Imported from %1 (read-only)</source>
        <translation>Importado de %1 (solo lectura)</translation>
    </message>
    <message>
        <source>(nothing arrived)</source>
        <translation>(no llegó nada)</translation>
    </message>
    <message>
        <source>(not an HTTP request)</source>
        <translation>(no es una petición HTTP)</translation>
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
        <translation>Una cadena de redirecciones: expándala para ver cada salto (+)</translation>
    </message>
    <message>
        <source>A redirect chain: collapse it to this first request (−)</source>
        <translation>Una cadena de redirecciones: contráigala a esta primera petición (−)</translation>
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
        <translation>¿Qué código debo usar?</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Atrás</translation>
    </message>
    <message>
        <source>&amp;Start Over</source>
        <translation>&amp;Empezar de nuevo</translation>
    </message>
    <message>
        <source>&amp;Open Card</source>
        <translation>A&amp;brir ficha</translation>
    </message>
    <message>
        <source>The guide could not be loaded.</source>
        <translation>No se pudo cargar la guía.</translation>
    </message>
    <message>
        <source>%1, section %2</source>
        <translation>%1, sección %2</translation>
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
        <translation>&lt;b&gt;%1 a través de %2&lt;/b&gt; con %3. &lt;a href=&apos;card:%2&apos;&gt;Abrir la ficha %2&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation>Perfil: %1</translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation>Detenido: %1</translation>
    </message>
    <message>
        <source>Command: &lt;code&gt;%1&lt;/code&gt;</source>
        <translation>Orden: &lt;code&gt;%1&lt;/code&gt;</translation>
    </message>
    <message>
        <source>[… this exchange has left the sandbox&apos;s log …]</source>
        <translation>[… este intercambio ya no está en el registro del sandbox …]</translation>
    </message>
    <message>
        <source>%1. %2 %3 → %4</source>
        <translation>%1. %2 %3 → %4</translation>
    </message>
    <message numerus="yes">
        <source>body %n byte(s)</source>
        <translation>
            <numerusform>cuerpo %n byte</numerusform>
            <numerusform>cuerpo %n bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing changed</source>
        <translation>nada cambió</translation>
    </message>
    <message>
        <source>&lt;a href=&apos;card:%1&apos;&gt;(the %1 card)&lt;/a&gt;</source>
        <translation>&lt;a href=&apos;card:%1&apos;&gt;(la tarjeta %1)&lt;/a&gt;</translation>
    </message>
    <message>
        <source>rule: %1</source>
        <translation>regla: %1</translation>
    </message>
    <message>
        <source>−%1: %2</source>
        <translation>−%1: %2</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Por qué: %1</translation>
    </message>
    <message>
        <source>Why −%1: %2</source>
        <translation>Por qué −%1: %2</translation>
    </message>
    <message>
        <source>Why every header is kept: %1</source>
        <translation>Por qué se mantienen todas las cabeceras: %1</translation>
    </message>
    <message>
        <source>Request of the hop, as the sandbox received it</source>
        <translation>Petición del salto, tal como la recibió la sandbox</translation>
    </message>
    <message>
        <source>Response of the hop, as the sandbox sent it</source>
        <translation>Respuesta del salto, tal como la envió la sandbox</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Petición</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>the sandbox logged no bytes for this hop</source>
        <translation>la sandbox no registró ningún byte de este salto</translation>
    </message>
</context>
<context>
    <name>statusdeck::gui::HttpLexer</name>
    <message>
        <source>Default</source>
        <translation>Predeterminado</translation>
    </message>
    <message>
        <source>Start line</source>
        <translation>Línea inicial</translation>
    </message>
    <message>
        <source>Header name</source>
        <translation>Nombre de cabecera</translation>
    </message>
    <message>
        <source>Header value</source>
        <translation>Valor de cabecera</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Cuerpo</translation>
    </message>
    <message>
        <source>Truncation mark</source>
        <translation>Marca de truncado</translation>
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
        <translation> (se ejecuta de verdad)</translation>
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
        <translation>%1 (no instalado)</translation>
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
        <translation>Petición</translation>
    </message>
    <message>
        <source>%1: done. Every cell was run live against %2.</source>
        <translation>%1: hecho. Cada celda se ejecutó en vivo contra %2.</translation>
    </message>
    <message numerus="yes">
        <source>%1: done; %n cell(s) differ from the profile&apos;s prediction (marked ⚠).</source>
        <translation>
            <numerusform>%1: hecho; %n celda difiere de la predicción del perfil (marcada con ⚠).</numerusform>
            <numerusform>%1: hecho; %n celdas difieren de la predicción del perfil (marcadas con ⚠).</numerusform>
        </translation>
    </message>
    <message>
        <source>Every client on %1, side by side: each column was run live.</source>
        <translation>Todos los clientes en %1, uno al lado del otro: cada columna se ejecutó en vivo.</translation>
    </message>
    <message>
        <source>Done: what the sandbox received on each hop is also in the Sandbox tab.</source>
        <translation>Hecho: lo que recibió el sandbox en cada salto también está en la pestaña Sandbox.</translation>
    </message>
    <message>
        <source>Pick a client and run the matrix: every method is sent into 301, 302, 303, 307 and 308 on the sandbox, and each cell shows what arrived at the redirect&apos;s target.</source>
        <translation>Elija un cliente y ejecute la matriz: cada método se envía a 301, 302, 303, 307 y 308 en el sandbox, y cada celda muestra lo que llegó al destino de la redirección.</translation>
    </message>
    <message>
        <source>%1: run the matrix to see what a client does with it (the POST row shows the classic difference), or compare every client on it.</source>
        <translation>%1: ejecute la matriz para ver qué hace un cliente con ella (la fila POST muestra la diferencia clásica), o compare todos los clientes en ella.</translation>
    </message>
    <message>
        <source>Starting the sandbox…</source>
        <translation>Iniciando el sandbox…</translation>
    </message>
    <message>
        <source>The sandbox could not start: %1</source>
        <translation>No se pudo iniciar el sandbox: %1</translation>
    </message>
    <message>
        <source>Running %1 through the matrix on %2…</source>
        <translation>Pasando %1 por la matriz en %2…</translation>
    </message>
    <message>
        <source>Run the matrix to fill this cell.</source>
        <translation>Ejecute la matriz para rellenar esta celda.</translation>
    </message>
    <message>
        <source>Compare the clients, then pick a cell to see its hops.</source>
        <translation>Compare los clientes y luego elija una celda para ver sus saltos.</translation>
    </message>
    <message>
        <source>Send a request to see its hops.</source>
        <translation>Envíe una petición para ver sus saltos.</translation>
    </message>
    <message>
        <source>%1: press Send to run it with the chosen client.</source>
        <translation>%1: pulse Enviar para ejecutarla con el cliente elegido.</translation>
    </message>
    <message>
        <source>The request composer runs an emulated client; pick one of the profiles (for Qt and the real programs, run the matrix).</source>
        <translation>El editor de peticiones ejecuta un cliente emulado; elija uno de los perfiles (para Qt y los programas reales, ejecute la matriz).</translation>
    </message>
    <message>
        <source>Sending with %1…</source>
        <translation>Enviando con %1…</translation>
    </message>
    <message>
        <source>Comparing every client on %1, live against %2…</source>
        <translation>Comparando todos los clientes en %1, en vivo contra %2…</translation>
    </message>
    <message>
        <source>Observed with %1</source>
        <translation>Observado con %1</translation>
    </message>
    <message>
        <source>%1 (real browser)</source>
        <translation>%1 (navegador real)</translation>
    </message>
    <message>
        <source>Cross-Origin</source>
        <translation>Entre orígenes</translation>
    </message>
    <message>
        <source>Running %1 through the cross-origin matrix: from %2 to the same origin, to %3 and to %4…</source>
        <translation>Ejecutando %1 en la matriz entre orígenes: desde %2 al mismo origen, a %3 y a %4…</translation>
    </message>
    <message>
        <source>Running %1 through every method into %2 on %3…</source>
        <translation>Ejecutando %1 con todos los métodos hacia %2 en %3…</translation>
    </message>
    <message>
        <source>run the matrix first</source>
        <translation>ejecute primero la matriz</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos;</source>
        <translation>formato desconocido &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Matrix exported to %1</source>
        <translation>Matriz exportada a %1</translation>
    </message>
    <message>
        <source>Markdown files (*.md)</source>
        <translation>Archivos Markdown (*.md)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Archivos JSON (*.json)</translation>
    </message>
    <message>
        <source>Export the Matrix</source>
        <translation>Exportar la matriz</translation>
    </message>
    <message>
        <source>The matrix was not exported: %1</source>
        <translation>La matriz no se exportó: %1</translation>
    </message>
    <message>
        <source>The request from the sandbox&apos;s log: change it, then press Send.</source>
        <translation>La petición del registro del sandbox: modifíquela y pulse Enviar.</translation>
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
        <translation>Enviar &amp;de nuevo</translation>
    </message>
    <message>
        <source>Try %1 %2 live – StatusDeck</source>
        <translation>Probar %1 %2 en vivo – StatusDeck</translation>
    </message>
    <message>
        <source>Exchanges, raw</source>
        <translation>Intercambios, en bruto</translation>
    </message>
    <message>
        <source>Send the requests to the sandbox again</source>
        <translation>Enviar de nuevo las peticiones al sandbox</translation>
    </message>
    <message>
        <source>&lt;b&gt;What to notice&lt;/b&gt;</source>
        <translation>&lt;b&gt;Qué observar&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;&amp;Exchanges&lt;/b&gt; (as sent and received; line ends are CR LF)</source>
        <translation>&lt;b&gt;&amp;Intercambios&lt;/b&gt; (tal como se enviaron y recibieron; los finales de línea son CR LF)</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>Sent to the sandbox at %1.</source>
        <translation>Enviado al sandbox en %1.</translation>
    </message>
    <message>
        <source>Starting the sandbox…</source>
        <translation>Iniciando el sandbox…</translation>
    </message>
    <message>
        <source>The sandbox was stopped and port %1 is taken: it was started on port %2 (%3). Stop it on the Sandbox page.</source>
        <translation>El sandbox estaba detenido y el puerto %1 está ocupado: se inició en el puerto %2 (%3). Deténgalo en la página Sandbox.</translation>
    </message>
    <message>
        <source>The sandbox was stopped: it was started on port %1 (%2). Stop it on the Sandbox page.</source>
        <translation>El sandbox estaba detenido: se inició en el puerto %1 (%2). Deténgalo en la página Sandbox.</translation>
    </message>
    <message>
        <source>The sandbox could not be started: %1</source>
        <translation>No se pudo iniciar el sandbox: %1</translation>
    </message>
    <message>
        <source>--&gt; request %1 of %2</source>
        <translation>--&gt; petición %1 de %2</translation>
    </message>
    <message>
        <source> (to a port where nothing listens)</source>
        <translation> (a un puerto donde nada escucha)</translation>
    </message>
    <message>
        <source>&lt;-- no response</source>
        <translation>&lt;-- sin respuesta</translation>
    </message>
    <message numerus="yes">
        <source>&lt;-- response (%n byte(s))</source>
        <translation>
            <numerusform>&lt;-- respuesta (%n byte)</numerusform>
            <numerusform>&lt;-- respuesta (%n bytes)</numerusform>
        </translation>
    </message>
    <message>
        <source>    as the card says</source>
        <translation>    como dice la tarjeta</translation>
    </message>
    <message>
        <source>    NOT as the card says: %1</source>
        <translation>    NO como dice la tarjeta: %1</translation>
    </message>
    <message>
        <source>✔ What arrived is what the card says.</source>
        <translation>✔ Lo que llegó es lo que dice la tarjeta.</translation>
    </message>
    <message>
        <source>✘ What arrived is not what the card says.</source>
        <translation>✘ Lo que llegó no es lo que dice la tarjeta.</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>No se envió nada.</translation>
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
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>Redirect Lab</source>
        <translation>Laboratorio de redirecciones</translation>
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
        <translation>Fragmento copiado al portapapeles</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Atrás</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>A&amp;delante</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>Search the cards by code, phrase or text (%1)</source>
        <translation>Buscar fichas por código, frase o texto (%1)</translation>
    </message>
    <message>
        <source>&amp;Copy Snippet</source>
        <translation>&amp;Copiar fragmento</translation>
    </message>
    <message>
        <source>Copy the card&apos;s code snippet to the clipboard (%1)</source>
        <translation>Copiar el fragmento de código de la ficha al portapapeles (%1)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
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
        <translation>&amp;Ver</translation>
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
        <translation>&amp;Oscuro</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navegación</translation>
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
        <translation>Ficha copiada al portapapeles como Markdown</translation>
    </message>
    <message>
        <source>Fa&amp;vourite</source>
        <translation>Marcar como fa&amp;vorito</translation>
    </message>
    <message>
        <source>&amp;Favourites</source>
        <translation>&amp;Favoritos</translation>
    </message>
    <message>
        <source>&amp;Recent</source>
        <translation>&amp;Recientes</translation>
    </message>
    <message>
        <source>&amp;Which Code…</source>
        <translation>¿&amp;Qué código…?</translation>
    </message>
    <message>
        <source>&amp;Compare with Confused Card</source>
        <translation>&amp;Comparar con la ficha que se confunde</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Acercar</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ale&amp;jar</translation>
    </message>
    <message>
        <source>&amp;Normal Size</source>
        <translation>Tamaño &amp;normal</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(ninguno todavía)</translation>
    </message>
    <message>
        <source>Export Card as Markdown</source>
        <translation>Exportar ficha como Markdown</translation>
    </message>
    <message>
        <source>Markdown (*.md);;All files (*)</source>
        <translation>Markdown (*.md);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Card exported to %1</source>
        <translation>Ficha exportada a %1</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>About StatusDeck</source>
        <translation>Acerca de StatusDeck</translation>
    </message>
    <message>
        <source>&lt;h3&gt;StatusDeck %1&lt;/h3&gt;&lt;p&gt;An HTTP status code reference and redirect lab.&lt;/p&gt;&lt;p&gt;%2 cards. RFC text is quoted under the IETF Trust&apos;s legal provisions.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;StatusDeck %1&lt;/h3&gt;&lt;p&gt;Una referencia de códigos de estado HTTP y un laboratorio de redirecciones.&lt;/p&gt;&lt;p&gt;%2 fichas. El texto de las RFC se cita conforme a las disposiciones legales del IETF Trust.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n problem(s) while loading</source>
        <translation>
            <numerusform>⚠ %n problema al cargar</numerusform>
            <numerusform>⚠ %n problemas al cargar</numerusform>
        </translation>
    </message>
    <message>
        <source>the Reference</source>
        <translation>la Referencia</translation>
    </message>
    <message>
        <source>the Sandbox</source>
        <translation>el Sandbox</translation>
    </message>
    <message>
        <source>the Redirect Lab</source>
        <translation>el Laboratorio de redirecciones</translation>
    </message>
    <message>
        <source>Go back to %1 (%2)</source>
        <translation>Volver a %1 (%2)</translation>
    </message>
    <message>
        <source>Go back (%1)</source>
        <translation>Volver (%1)</translation>
    </message>
    <message>
        <source>Go forward to %1 (%2)</source>
        <translation>Avanzar a %1 (%2)</translation>
    </message>
    <message>
        <source>Go forward (%1)</source>
        <translation>Avanzar (%1)</translation>
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
        <translation>Laboratorio de redirecciones – StatusDeck</translation>
    </message>
    <message>
        <source>Sandbox stopped</source>
        <translation>Sandbox detenido</translation>
    </message>
    <message>
        <source>Sandbox starting…</source>
        <translation>Iniciando el sandbox…</translation>
    </message>
    <message>
        <source>Sandbox running on port %1</source>
        <translation>Sandbox en ejecución en el puerto %1</translation>
    </message>
    <message>
        <source>Sandbox failed to start</source>
        <translation>El sandbox no pudo iniciarse</translation>
    </message>
    <message>
        <source>Show the Sandbox page (Ctrl+2)</source>
        <translation>Mostrar la página Sandbox (Ctrl+2)</translation>
    </message>
    <message>
        <source>&amp;Reference</source>
        <translation>&amp;Referencia</translation>
    </message>
    <message>
        <source>&amp;Sandbox</source>
        <translation>&amp;Sandbox</translation>
    </message>
    <message>
        <source>Redirect &amp;Lab</source>
        <translation>&amp;Laboratorio de redirecciones</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>A&amp;tajos de teclado</translation>
    </message>
    <message>
        <source>&amp;Report a Problem…</source>
        <translation>&amp;Informar de un problema…</translation>
    </message>
    <message>
        <source>Open the bug tracker in the browser: %1</source>
        <translation>Abrir el gestor de incidencias en el navegador: %1</translation>
    </message>
    <message>
        <source>&amp;About StatusDeck</source>
        <translation>Acerca &amp;de StatusDeck</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>Mouse: the back and forward buttons go back and forward too.</source>
        <translation>Ratón: los botones de atrás y adelante también retroceden y avanzan.</translation>
    </message>
    <message>
        <source>%1 compared with %2</source>
        <translation>%1 comparado con %2</translation>
    </message>
    <message>
        <source>&amp;Open HAR…</source>
        <translation>&amp;Abrir HAR…</translation>
    </message>
    <message>
        <source>Open a HAR file (from devtools or &apos;statusdeck serve --har&apos;) in the exchange log</source>
        <translation>Abrir un archivo HAR (de las herramientas de desarrollo o de &apos;statusdeck serve --har&apos;) en el registro de intercambios</translation>
    </message>
    <message>
        <source>Open HAR</source>
        <translation>Abrir HAR</translation>
    </message>
    <message>
        <source>HAR files (*.har);;JSON files (*.json);;All files (*)</source>
        <translation>Archivos HAR (*.har);;Archivos JSON (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>The HAR file was not opened.</source>
        <translation>No se abrió el archivo HAR.</translation>
    </message>
    <message>
        <source>The exchange log is as it was.</source>
        <translation>El registro de intercambios sigue como estaba.</translation>
    </message>
    <message>
        <source>no card &apos;%1&apos;.</source>
        <translation>no hay ninguna tarjeta &apos;%1&apos;.</translation>
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
        <translation>Ejecutar matriz</translation>
    </message>
    <message>
        <source> + body</source>
        <translation> + cuerpo</translation>
    </message>
    <message>
        <source>Redirect matrix</source>
        <translation>Matriz de redirecciones</translation>
    </message>
    <message>
        <source>%1 method and body kept · %2 method changed · %3 body dropped · %4 not followed · ⚠ the client did not do what its profile predicts</source>
        <translation>%1 método y cuerpo conservados · %2 método cambiado · %3 cuerpo descartado · %4 no seguida · ⚠ el cliente no hizo lo que predice su perfil</translation>
    </message>
    <message>
        <source>Run Cross-Origin Matrix</source>
        <translation>Ejecutar matriz entre orígenes</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Export the cross-origin matrix</source>
        <translation>Exportar la matriz entre orígenes</translation>
    </message>
    <message>
        <source>Export the matrix</source>
        <translation>Exportar la matriz</translation>
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
        <translation>Matriz entre orígenes</translation>
    </message>
    <message>
        <source>Each cell: a GET with Authorization, Cookie and X-StatusDeck-Probe redirected to the row&apos;s origin. %1 all three arrived · %2 a header was removed · %3 not followed · ⚠ the client did not do what its profile predicts. A browser&apos;s fetch() sends no Cookie (no page can set one); a form or a navigation sets none of the three, so it is not offered this grid. Pick a cell for the rule behind it.</source>
        <translation>Cada celda: un GET con Authorization, Cookie y X-StatusDeck-Probe redirigido al origen de la fila. %1 llegaron los tres · %2 se quitó una cabecera · %3 no seguido · ⚠ el cliente no hizo lo que predice su perfil. El fetch() de un navegador no envía Cookie (ninguna página puede fijarla); un formulario o una navegación no fija ninguna de las tres, así que no se le ofrece esta cuadrícula. Elija una celda para ver la regla que hay detrás.</translation>
    </message>
</context>
<context>
    <name>statusdeck::gui::RawBytesView</name>
    <message>
        <source>parse error: %1</source>
        <translation>error de análisis: %1</translation>
    </message>
    <message>
        <source>no bytes arrived</source>
        <translation>no llegó ningún byte</translation>
    </message>
    <message numerus="yes">
        <source>the client went after %n byte(s) of the answer</source>
        <translation>
            <numerusform>el cliente se desconectó tras %n byte de la respuesta</numerusform>
            <numerusform>el cliente se desconectó tras %n bytes de la respuesta</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>statusdeck::gui::RawModeBar</name>
    <message>
        <source>Show line ends (\r\n)</source>
        <translation>Mostrar finales de línea (\r\n)</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>Hex</translation>
    </message>
    <message>
        <source>Mark every CR and LF where it is, so CRLF and bare LF line ends can be told apart</source>
        <translation>Marcar cada CR y LF donde esté, para distinguir los finales de línea CRLF de los LF sueltos</translation>
    </message>
    <message>
        <source>Show the bytes as a hex dump: offset, hex, ASCII</source>
        <translation>Mostrar los bytes como volcado hexadecimal: desplazamiento, hex, ASCII</translation>
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
        <translation>Estado en el registro</translation>
    </message>
    <message>
        <source>All registry statuses</source>
        <translation>Todos los estados del registro</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Estándar</translation>
    </message>
    <message>
        <source>Temporary</source>
        <translation>Temporal</translation>
    </message>
    <message>
        <source>Unused</source>
        <translation>Sin uso</translation>
    </message>
    <message>
        <source>Obsolete</source>
        <translation>Obsoleto</translation>
    </message>
    <message>
        <source>Unofficial</source>
        <translation>No oficial</translation>
    </message>
    <message>
        <source>Status codes</source>
        <translation>Códigos de estado</translation>
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
        <translation>Comparar con la ficha abierta</translation>
    </message>
    <message>
        <source>Favourites could not be saved to %1</source>
        <translation>No se pudieron guardar los favoritos en %1</translation>
    </message>
    <message>
        <source>Comparison: %1 %2 and %3 %4</source>
        <translation>Comparación: %1 %2 y %3 %4</translation>
    </message>
    <message>
        <source>Card: %1 %2</source>
        <translation>Tarjeta: %1 %2</translation>
    </message>
</context>
<context>
    <name>statusdeck::gui::SandboxPage</name>
    <message>
        <source>Use a Free Port</source>
        <translation>Usar un puerto libre</translation>
    </message>
    <message>
        <source>Copy URL</source>
        <translation>Copiar URL</translation>
    </message>
    <message>
        <source>Open in Browser</source>
        <translation>Abrir en el navegador</translation>
    </message>
    <message>
        <source>any free port</source>
        <translation>cualquier puerto libre</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <source>Port on 127.0.0.1; 0 picks any free port</source>
        <translation>Puerto en 127.0.0.1; 0 elige cualquier puerto libre</translation>
    </message>
    <message>
        <source>Start the sandbox on any free port this time; the chosen port stays saved</source>
        <translation>Iniciar el sandbox en un puerto libre esta vez; el puerto elegido sigue guardado</translation>
    </message>
    <message>
        <source>Copy the sandbox&apos;s address to the clipboard</source>
        <translation>Copiar la dirección del sandbox al portapapeles</translation>
    </message>
    <message>
        <source>Open the sandbox&apos;s address in the web browser</source>
        <translation>Abrir la dirección del sandbox en el navegador web</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Puerto:</translation>
    </message>
    <message>
        <source>Filter: words, status:4xx, method:POST, client:curl, host:…, -word</source>
        <translation>Filtro: palabras, status:4xx, method:POST, client:curl, host:…, -palabra</translation>
    </message>
    <message>
        <source>Filter exchanges</source>
        <translation>Filtrar intercambios</translation>
    </message>
    <message>
        <source>Export HAR…</source>
        <translation>Exportar HAR…</translation>
    </message>
    <message>
        <source>Save the exchanges (or the selected ones) as a HAR file for browser devtools</source>
        <translation>Guardar los intercambios (o los seleccionados) en un archivo HAR para las herramientas de desarrollo del navegador</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Vaciar</translation>
    </message>
    <message>
        <source>Exchanges</source>
        <translation>Intercambios</translation>
    </message>
    <message>
        <source>Copied %1 to the clipboard</source>
        <translation>%1 copiado al portapapeles</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Iniciar</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Start the sandbox on the port given (Enter in the port field)</source>
        <translation>Iniciar el sandbox en el puerto indicado (Intro en el campo del puerto)</translation>
    </message>
    <message>
        <source>Stop the sandbox; open connections are dropped</source>
        <translation>Detener el sandbox; se cortan las conexiones abiertas</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <source>Listening on the loopback interface only.</source>
        <translation>Escuchando solo en la interfaz de loopback.</translation>
    </message>
    <message>
        <source>Listening on the loopback interface only. Second origin for cross-origin redirects: %1</source>
        <translation>Escuchando solo en la interfaz de loopback. Segundo origen para redirecciones entre orígenes: %1</translation>
    </message>
    <message>
        <source>Port %1 was taken, so the lab started it on a free port.</source>
        <translation>El puerto %1 estaba ocupado, así que el laboratorio lo inició en un puerto libre.</translation>
    </message>
    <message>
        <source>Not running</source>
        <translation>Detenido</translation>
    </message>
    <message>
        <source>Start the sandbox to send requests to it from any client.</source>
        <translation>Inicie el sandbox para enviarle peticiones desde cualquier cliente.</translation>
    </message>
    <message>
        <source>Could not start: %1. Choose another port, or use a free one.</source>
        <translation>No se pudo iniciar: %1. Elija otro puerto o use uno libre.</translation>
    </message>
    <message>
        <source>Could not start: %1</source>
        <translation>No se pudo iniciar: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n exchange(s)</source>
        <translation>
            <numerusform>%n intercambio</numerusform>
            <numerusform>%n intercambios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n exchange(s)</source>
        <translation>
            <numerusform>%1 de %n intercambio</numerusform>
            <numerusform>%1 de %n intercambios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n older dropped</source>
        <translation>
            <numerusform>%n antiguo descartado</numerusform>
            <numerusform>%n antiguos descartados</numerusform>
        </translation>
    </message>
    <message>
        <source>could not write %1</source>
        <translation>no se pudo escribir %1</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n exchange(s) to %1</source>
        <translation>
            <numerusform>%n intercambio escrito en %1</numerusform>
            <numerusform>%n intercambios escritos en %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Selected Exchanges as HAR</source>
        <translation>Exportar los intercambios seleccionados como HAR</translation>
    </message>
    <message>
        <source>Export All Exchanges as HAR</source>
        <translation>Exportar todos los intercambios como HAR</translation>
    </message>
    <message>
        <source>HAR files (*.har)</source>
        <translation>Archivos HAR (*.har)</translation>
    </message>
    <message>
        <source>Export HAR</source>
        <translation>Exportar HAR</translation>
    </message>
    <message>
        <source>The HAR file was not written: %1</source>
        <translation>No se escribió el archivo HAR: %1</translation>
    </message>
    <message>
        <source>another HAR file is being read; open this one when it is done</source>
        <translation>se está leyendo otro archivo HAR; abra este cuando termine</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Leyendo %1…</translation>
    </message>
    <message numerus="yes">
        <source>Opened %n exchange(s) from %1</source>
        <translation>
            <numerusform>Se abrió %n intercambio de %1</numerusform>
            <numerusform>Se abrieron %n intercambios de %1</numerusform>
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
        <translation>&lt;b&gt;Fragmento&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Framework</source>
        <translation>Framework</translation>
    </message>
    <message>
        <source>Copy the snippet to the clipboard (Ctrl+Shift+C)</source>
        <translation>Copiar el fragmento al portapapeles (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <source>&amp;Framework:</source>
        <translation>&amp;Framework:</translation>
    </message>
    <message>
        <source>Snippet code</source>
        <translation>Código del fragmento</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
    <message>
        <source>Run in tests: %1</source>
        <translation>Ejecutado en las pruebas: %1</translation>
    </message>
    <message>
        <source>Not run in tests: %1</source>
        <translation>No ejecutado en las pruebas: %1</translation>
    </message>
    <message>
        <source>Checked in tests, not run: %1</source>
        <translation>Comprobado en las pruebas, sin ejecutar: %1</translation>
    </message>
    <message>
        <source># %1 %2, live from the StatusDeck sandbox on port %3 (it answers any code at /status/CODE)</source>
        <translation># %1 %2, en vivo desde el sandbox de StatusDeck en el puerto %3 (responde cualquier código en /status/CODE)</translation>
    </message>
    <message>
        <source>Copied: curl for the sandbox on port %1</source>
        <translation>Copiado: curl para el sandbox en el puerto %1</translation>
    </message>
    <message>
        <source>Copied: the card&apos;s curl example</source>
        <translation>Copiado: el ejemplo de curl de la tarjeta</translation>
    </message>
    <message>
        <source>Copy a curl command for the running sandbox: curl -i %1</source>
        <translation>Copiar un comando curl para el sandbox en ejecución: curl -i %1</translation>
    </message>
    <message>
        <source>Copy the curl commands that show this status and its headers (start the Sandbox to get one for it)</source>
        <translation>Copiar los comandos curl que muestran este estado y sus cabeceras (inicie el Sandbox para obtener uno para él)</translation>
    </message>
</context>
<context>
    <name>statusdeck::lab::BrowserRun</name>
    <message>
        <source>cannot make a temporary profile folder: %1</source>
        <translation>no se puede crear una carpeta de perfil temporal: %1</translation>
    </message>
    <message numerus="yes">
        <source>[%n option(s) that turn off background work]</source>
        <translation>
            <numerusform>[%n opción que desactiva el trabajo en segundo plano]</numerusform>
            <numerusform>[%n opciones que desactivan el trabajo en segundo plano]</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 exited with status %2 before the page was done</source>
        <translation>%1 terminó con estado %2 antes de que la página acabara</translation>
    </message>
    <message>
        <source>%1 crashed</source>
        <translation>%1 se cerró inesperadamente</translation>
    </message>
    <message>
        <source>%1 could not be started: %2</source>
        <translation>%1 no se pudo iniciar: %2</translation>
    </message>
    <message>
        <source>the browser run took longer than %1 s</source>
        <translation>la ejecución del navegador tardó más de %1 s</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>tiempo de espera agotado</translation>
    </message>
</context>
<context>
    <name>statusdeck::lab::Preset</name>
    <message>
        <source>POST through a 302</source>
        <translation>POST a través de un 302</translation>
    </message>
    <message>
        <source>POST through a 307</source>
        <translation>POST a través de un 307</translation>
    </message>
    <message>
        <source>PUT through a 303</source>
        <translation>PUT a través de un 303</translation>
    </message>
    <message>
        <source>DELETE through a 301</source>
        <translation>DELETE a través de un 301</translation>
    </message>
    <message>
        <source>Authorization across origins</source>
        <translation>Authorization entre orígenes</translation>
    </message>
    <message>
        <source>A chain of three redirects</source>
        <translation>Una cadena de tres redirecciones</translation>
    </message>
    <message>
        <source>A redirect loop</source>
        <translation>Un bucle de redirecciones</translation>
    </message>
    <message>
        <source>the presets are not a JSON object: %1</source>
        <translation>los preajustes no son un objeto JSON: %1</translation>
    </message>
    <message>
        <source>preset %1 needs a name and a path</source>
        <translation>el preajuste %1 necesita un nombre y una ruta</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
</context>
<context>
    <name>statusdeck::lab::RedirectMatrix</name>
    <message>
        <source>%1 crashed</source>
        <translation>%1 se bloqueó</translation>
    </message>
    <message>
        <source>%1 exited with status %2</source>
        <translation>%1 terminó con el estado %2</translation>
    </message>
    <message>
        <source>%1 could not be started: %2</source>
        <translation>no se pudo iniciar %1: %2</translation>
    </message>
    <message>
        <source>the qt client always runs Qt&apos;s own QNetworkAccessManager for real; leave out --real.</source>
        <translation>el cliente qt siempre ejecuta de verdad el QNetworkAccessManager de Qt; quite --real.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot run for real; --real works with %2.</source>
        <translation>«%1» no se puede ejecutar de verdad; --real funciona con %2.</translation>
    </message>
    <message>
        <source>unknown client &apos;%1&apos;; with --real use one of %2.</source>
        <translation>cliente desconocido «%1»; con --real use uno de %2.</translation>
    </message>
    <message>
        <source>%1 (real program, compared with the %2 profile)</source>
        <translation>%1 (programa real, comparado con el perfil %2)</translation>
    </message>
    <message>
        <source>%1 is not installed (not found on PATH); install it to run the matrix with the real %1.</source>
        <translation>%1 no está instalado (no se encuentra en el PATH); instálelo para ejecutar la matriz con el %1 real.</translation>
    </message>
    <message>
        <source>unknown client &apos;%1&apos;; use one of %2, qt, or with --real %3.</source>
        <translation>cliente desconocido «%1»; use uno de %2, qt o, con --real, %3.</translation>
    </message>
    <message>
        <source>Qt QNetworkAccessManager, default redirect policy (run for real)</source>
        <translation>Qt QNetworkAccessManager, política de redirección predeterminada (se ejecuta de verdad)</translation>
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
        <translation>no seguida: %1</translation>
    </message>
    <message>
        <source>, kept</source>
        <translation>, conservado</translation>
    </message>
    <message>
        <source>, body dropped</source>
        <translation>, cuerpo descartado</translation>
    </message>
    <message>
        <source>not followed</source>
        <translation>no seguida</translation>
    </message>
    <message>
        <source>, body kept</source>
        <translation>, cuerpo conservado</translation>
    </message>
    <message>
        <source>  %1: differs from the %2 profile: %3</source>
        <translation>  %1: difiere del perfil %2: %3</translation>
    </message>
    <message>
        <source>  %1: followed, then the client reported: %2</source>
        <translation>  %1: seguida, y luego el cliente informó: %2</translation>
    </message>
    <message>
        <source>  %1: the client sent the first request %2 times</source>
        <translation>  %1: el cliente envió la primera petición %2 veces</translation>
    </message>
    <message>
        <source>Redirect matrix: %1</source>
        <translation>Matriz de redirecciones: %1</translation>
    </message>
    <message>
        <source>Program: %1</source>
        <translation>Programa: %1</translation>
    </message>
    <message>
        <source>Each cell: the method that arrived after the redirect; for a request with a body, whether the body came along.</source>
        <translation>Cada celda: el método que llegó tras la redirección; en una petición con cuerpo, si el cuerpo llegó también.</translation>
    </message>
    <message>
        <source>method</source>
        <translation>método</translation>
    </message>
    <message>
        <source>Headers of the first request that did not arrive after the redirect:</source>
        <translation>Cabeceras de la primera petición que no llegaron tras la redirección:</translation>
    </message>
    <message>
        <source>Notes (! marks a cell that differs from the profile&apos;s prediction):</source>
        <translation>Notas (! marca una celda que difiere de la predicción del perfil):</translation>
    </message>
    <message>
        <source>the sandbox saw no request from the client</source>
        <translation>el sandbox no vio ninguna petición del cliente</translation>
    </message>
    <message>
        <source>stopped at the %1 without following it</source>
        <translation>se detuvo en el %1 sin seguirlo</translation>
    </message>
    <message>
        <source>the profile predicts a %1 follow-up; the client did not follow</source>
        <translation>el perfil predice una petición siguiente %1; el cliente no la siguió</translation>
    </message>
    <message>
        <source>the profile predicts no follow-up (%1); the client sent a %2</source>
        <translation>el perfil no predice petición siguiente (%1); el cliente envió un %2</translation>
    </message>
    <message>
        <source>method: predicted %1, saw %2</source>
        <translation>método: se predijo %1, se vio %2</translation>
    </message>
    <message>
        <source>body: predicted kept, saw dropped</source>
        <translation>cuerpo: se predijo conservado, se vio descartado</translation>
    </message>
    <message>
        <source>body: predicted dropped, saw kept</source>
        <translation>cuerpo: se predijo descartado, se vio conservado</translation>
    </message>
    <message>
        <source>headers dropped: predicted [%1], saw [%2]</source>
        <translation>cabeceras descartadas: se predijo [%1], se vio [%2]</translation>
    </message>
    <message>
        <source>method %1 → %2</source>
        <translation>método %1 → %2</translation>
    </message>
    <message>
        <source>body dropped</source>
        <translation>cuerpo descartado</translation>
    </message>
    <message>
        <source>body changed</source>
        <translation>cuerpo modificado</translation>
    </message>
    <message>
        <source>timed out after %1 s</source>
        <translation>se agotó el tiempo tras %1 s</translation>
    </message>
    <message>
        <source>line %1: no colon</source>
        <translation>línea %1: sin dos puntos</translation>
    </message>
    <message>
        <source>line %1: &apos;%2&apos; is not a header name</source>
        <translation>línea %1: «%2» no es un nombre de cabecera</translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not run for real.</source>
        <translation>&apos;%1&apos; no se ejecuta de verdad.</translation>
    </message>
    <message>
        <source>%1 env GOVERSION failed: %2</source>
        <translation>%1 env GOVERSION falló: %2</translation>
    </message>
    <message>
        <source>%1 cannot be imported by %2; install the Debian package %3 (or pip install %1).</source>
        <translation>%2 no puede importar %1; instale el paquete de Debian %3 (o pip install %1).</translation>
    </message>
    <message>
        <source> or </source>
        <translation> o </translation>
    </message>
    <message>
        <source>cannot prepare the Go client&apos;s build in %1</source>
        <translation>no se puede preparar la compilación del cliente Go en %1</translation>
    </message>
    <message>
        <source>go build of the lab&apos;s Go client failed: %1</source>
        <translation>go build del cliente Go del laboratorio falló: %1</translation>
    </message>
    <message>
        <source>the Go client was built but %1 is missing</source>
        <translation>el cliente Go se compiló pero falta %1</translation>
    </message>
    <message>
        <source>%1 (real program, compared with the %2 profile, observed with %3)</source>
        <translation>%1 (programa real, comparado con el perfil %2, observado con %3)</translation>
    </message>
    <message>
        <source>%1 is not installed (not found on PATH); install the Debian package %2 to run the matrix with the real %3.</source>
        <translation>%1 no está instalado (no se encuentra en el PATH); instale el paquete de Debian %2 para ejecutar la matriz con el %3 real.</translation>
    </message>
    <message>
        <source>%1 (emulated profile, observed with %2)</source>
        <translation>%1 (perfil emulado, observado con %2)</translation>
    </message>
    <message>
        <source>observed with %1, installed %2</source>
        <translation>observado con %1, instalado %2</translation>
    </message>
    <message>
        <source>  %1: differs from the %2 profile (%3): %4</source>
        <translation>  %1: difiere del perfil %2 (%3): %4</translation>
    </message>
    <message>
        <source>Version: %1 installed; the profile was observed with %2%3</source>
        <translation>Versión: %1 instalada; el perfil se observó con %2%3</translation>
    </message>
    <message>
        <source> (a different version: a mismatch may be the version&apos;s, not the profile&apos;s)</source>
        <translation> (una versión distinta: una discrepancia puede deberse a la versión, no al perfil)</translation>
    </message>
    <message>
        <source>%1 (real browser, compared with the %2 profile)</source>
        <translation>%1 (navegador real, comparado con el perfil %2)</translation>
    </message>
    <message>
        <source>%1 is not installed (none of %2 is on PATH); install the package %3 to run the matrix in the real browser.</source>
        <translation>%1 no está instalado (ninguno de %2 está en el PATH); instale el paquete %3 para ejecutar la matriz en el navegador real.</translation>
    </message>
    <message>
        <source>all kept</source>
        <translation>se mantienen todas</translation>
    </message>
    <message>
        <source>Each cell: a GET from %1 with Authorization, Cookie and X-StatusDeck-Probe, redirected to %2; which of the three did not arrive.</source>
        <translation>Cada celda: un GET desde %1 con Authorization, Cookie y X-StatusDeck-Probe, redirigido a %2; cuáles de las tres no llegaron.</translation>
    </message>
    <message>
        <source>redirect to</source>
        <translation>redirección a</translation>
    </message>
    <message>
        <source>Rules behind the cells (the profile&apos;s; [n] in a cell):</source>
        <translation>Reglas que explican las celdas (las del perfil; [n] en una celda):</translation>
    </message>
    <message>
        <source> (card: statusdeck show %1)</source>
        <translation> (tarjeta: statusdeck show %1)</translation>
    </message>
    <message>
        <source>Cells that differ from the profile&apos;s prediction (⚠):</source>
        <translation>Celdas que difieren de la predicción del perfil (⚠):</translation>
    </message>
    <message>
        <source>same origin</source>
        <translation>mismo origen</translation>
    </message>
    <message>
        <source>another port</source>
        <translation>otro puerto</translation>
    </message>
    <message>
        <source>another host</source>
        <translation>otro host</translation>
    </message>
    <message>
        <source>→ another origin: %1, and every header is kept</source>
        <translation>→ otro origen: %1, y se mantienen todas las cabeceras</translation>
    </message>
    <message>
        <source>→ another origin: %1, so %2 is removed</source>
        <translation>→ otro origen: %1, así que se elimina %2</translation>
    </message>
    <message>
        <source>→ another origin: %1, so %2 and %3 are removed</source>
        <translation>→ otro origen: %1, así que se eliminan %2 y %3</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>tiempo de espera agotado</translation>
    </message>
    <message>
        <source>Each cell: a fetch() GET from %1 with Authorization and X-StatusDeck-Probe (no page can set Cookie), redirected to %2; which of the two did not arrive.</source>
        <translation>Cada celda: un GET con fetch() desde %1 con Authorization y X-StatusDeck-Probe (ninguna página puede fijar Cookie), redirigido a %2; cuál de las dos no llegó.</translation>
    </message>
</context>
<context>
    <name>statusdeck::lab::RuleBook</name>
    <message>
        <source>%1, section %2</source>
        <translation>%1, sección %2</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1: no se puede leer: %2</translation>
    </message>
    <message>
        <source>%1: not JSON: %2</source>
        <translation>%1: no es JSON: %2</translation>
    </message>
    <message>
        <source>%1: not an object with a &quot;rules&quot; array</source>
        <translation>%1: no es un objeto con una matriz &quot;rules&quot;</translation>
    </message>
    <message>
        <source>%1: rule %2 needs an id, a source and a text</source>
        <translation>%1: la regla %2 necesita un id, una fuente y un texto</translation>
    </message>
    <message>
        <source>%1: rule %2 is defined twice</source>
        <translation>%1: la regla %2 está definida dos veces</translation>
    </message>
</context>
<context>
    <name>statusdeck::lab::browser</name>
    <message>
        <source>not possible with a form</source>
        <translation>no es posible con un formulario</translation>
    </message>
    <message>
        <source>not possible with a navigation</source>
        <translation>no es posible con una navegación</translation>
    </message>
    <message>
        <source>%1, fetch()</source>
        <translation>%1, fetch()</translation>
    </message>
    <message>
        <source>%1, HTML form</source>
        <translation>%1, formulario HTML</translation>
    </message>
    <message>
        <source>%1, navigation</source>
        <translation>%1, navegación</translation>
    </message>
    <message>
        <source>CORS preflight: before a cross-origin %1, the browser asks this origin whether it may send it.</source>
        <translation>Preflight CORS: antes de un %1 entre orígenes, el navegador pregunta a este origen si puede enviarlo.</translation>
    </message>
    <message>
        <source>CORS preflight: before a cross-origin %1 with %2, the browser asks this origin whether it may send it (a header a script set needs the server&apos;s permission).</source>
        <translation>Preflight CORS: antes de un %1 entre orígenes con %2, el navegador pregunta a este origen si puede enviarlo (una cabecera fijada por un script necesita el permiso del servidor).</translation>
    </message>
    <message>
        <source>Origin: null: after a redirect to another origin the request&apos;s origin is opaque, so the browser sends null.</source>
        <translation>Origin: null: tras una redirección a otro origen, el origen de la petición es opaco, así que el navegador envía null.</translation>
    </message>
    <message>
        <source>Origin: %1: the browser names the page&apos;s origin on a request that is not a GET or HEAD, or that goes to another origin.</source>
        <translation>Origin: %1: el navegador indica el origen de la página en una petición que no es GET ni HEAD, o que va a otro origen.</translation>
    </message>
    <message>
        <source>Origin: %1: the page&apos;s origin, on a request to another origin.</source>
        <translation>Origin: %1: el origen de la página, en una petición a otro origen.</translation>
    </message>
    <message>
        <source>the cross-origin matrix sends Authorization, Cookie and a custom header, and an HTML form can set none of them, so it is not offered for a form; use the fetch mode, which sends Authorization and the custom header (no page can set Cookie).</source>
        <translation>la matriz cross-origin envía Authorization, Cookie y una cabecera propia, y un formulario HTML no puede fijar ninguna, así que no se ofrece para un formulario; use el modo fetch, que envía Authorization y la cabecera propia (ninguna página puede fijar Cookie).</translation>
    </message>
    <message>
        <source>the cross-origin matrix sends Authorization, Cookie and a custom header, and a navigation can set none of them, so it is not offered for a navigation; use the fetch mode, which sends Authorization and the custom header (no page can set Cookie).</source>
        <translation>la matriz cross-origin envía Authorization, Cookie y una cabecera propia, y una navegación no puede fijar ninguna, así que no se ofrece para una navegación; use el modo fetch, que envía Authorization y la cabecera propia (ninguna página puede fijar Cookie).</translation>
    </message>
</context>
</TS>
