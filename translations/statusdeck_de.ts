<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Card</name>
    <message>
        <source>Informational</source>
        <translation>Informativ</translation>
    </message>
    <message>
        <source>Successful</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Redirection</source>
        <translation>Umleitung</translation>
    </message>
    <message>
        <source>Client Error</source>
        <translation>Client-Fehler</translation>
    </message>
    <message>
        <source>Server Error</source>
        <translation>Server-Fehler</translation>
    </message>
    <message>
        <source>Nonstandard</source>
        <translation>Nicht standardisiert</translation>
    </message>
    <message>
        <source>Not a status code</source>
        <translation>Kein Statuscode</translation>
    </message>
</context>
<context>
    <name>CardExport</name>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Temporary registration</source>
        <translation>Vorläufige Registrierung</translation>
    </message>
    <message>
        <source>Unused (reserved)</source>
        <translation>Unbenutzt (reserviert)</translation>
    </message>
    <message>
        <source>Obsolete</source>
        <translation>Veraltet</translation>
    </message>
    <message>
        <source>Unofficial (%1)</source>
        <translation>Inoffiziell (%1)</translation>
    </message>
    <message>
        <source>Not a status code: what %1 reports</source>
        <translation>Kein Statuscode: was %1 meldet</translation>
    </message>
    <message>
        <source>Permanent</source>
        <translation>Dauerhaft</translation>
    </message>
    <message>
        <source>Temporary</source>
        <translation>Vorübergehend</translation>
    </message>
    <message>
        <source>%1; the method and body are kept</source>
        <translation>%1; Methode und Inhalt bleiben erhalten</translation>
    </message>
    <message>
        <source>%1; a POST may become a GET</source>
        <translation>%1; aus einem POST darf ein GET werden</translation>
    </message>
    <message>
        <source>%1; the follow-up request is a GET (HEAD stays HEAD)</source>
        <translation>%1; die Folgeanfrage ist ein GET (HEAD bleibt HEAD)</translation>
    </message>
    <message>
        <source>Class: %1 %2 | Registry: %3</source>
        <translation>Klasse: %1 %2 | Registrierung: %3</translation>
    </message>
    <message>
        <source>Formerly: %1</source>
        <translation>Früher: %1</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>Definition</translation>
    </message>
    <message>
        <source>From the RFC</source>
        <translation>Aus dem RFC</translation>
    </message>
    <message>
        <source>Common causes</source>
        <translation>Häufige Ursachen</translation>
    </message>
    <message>
        <source>Example response</source>
        <translation>Beispielantwort</translation>
    </message>
    <message>
        <source>Common misinterpretation</source>
        <translation>Häufiges Missverständnis</translation>
    </message>
    <message>
        <source>When to use it</source>
        <translation>Wann man ihn verwendet</translation>
    </message>
    <message>
        <source>Confused with</source>
        <translation>Verwechselt mit</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>Fakten</translation>
    </message>
    <message>
        <source>Heuristically cacheable by default (RFC 9110, section 15.1)</source>
        <translation>Standardmäßig heuristisch cachebar (RFC 9110, Abschnitt 15.1)</translation>
    </message>
    <message>
        <source>Not heuristically cacheable; cached only with explicit freshness</source>
        <translation>Nicht heuristisch cachebar; nur mit expliziter Frische zwischengespeichert</translation>
    </message>
    <message>
        <source>Redirect: %1</source>
        <translation>Weiterleitung: %1</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>[required]</source>
        <translation>[erforderlich]</translation>
    </message>
    <message>
        <source>[typical]</source>
        <translation>[üblich]</translation>
    </message>
    <message>
        <source>Snippet: %1 (%2)</source>
        <translation>Snippet: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>CardLoader</name>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <source>must be a list of strings</source>
        <translation>muss eine Liste von Zeichenketten sein</translation>
    </message>
    <message>
        <source>every entry must be a non-empty string</source>
        <translation>jeder Eintrag muss eine nicht leere Zeichenkette sein</translation>
    </message>
    <message>
        <source>needs at least %1 entries</source>
        <translation>braucht mindestens %1 Einträge</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>muss eine Liste sein</translation>
    </message>
    <message>
        <source>not valid JSON (%1 at offset %2)</source>
        <translation>kein gültiges JSON (%1 an Position %2)</translation>
    </message>
    <message>
        <source>must be a JSON object</source>
        <translation>muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <source>must be a whole number from 100 to 999</source>
        <translation>muss eine ganze Zahl von 100 bis 999 sein</translation>
    </message>
    <message>
        <source>must be one of standard, temporary, unused, obsolete, unofficial, pseudo</source>
        <translation>muss standard, temporary, unused, obsolete, unofficial oder pseudo sein</translation>
    </message>
    <message>
        <source>must name the vendor or tool for an unofficial or pseudo-code and be empty otherwise</source>
        <translation>muss bei einem inoffiziellen Code oder Pseudocode den Hersteller oder das Werkzeug nennen und sonst leer sein</translation>
    </message>
    <message>
        <source>must be 0 for a pseudo-code</source>
        <translation>muss bei einem Pseudocode 0 sein</translation>
    </message>
    <message>
        <source>only a pseudo-code has one, written as zeros (&quot;000&quot;)</source>
        <translation>gibt es nur bei einem Pseudocode, in Nullen geschrieben (&quot;000&quot;)</translation>
    </message>
    <message>
        <source>needs at least one line of what the tool shows</source>
        <translation>braucht mindestens eine Zeile dessen, was das Werkzeug anzeigt</translation>
    </message>
    <message>
        <source>needs at least one reference</source>
        <translation>braucht mindestens eine Quelle</translation>
    </message>
    <message>
        <source>every reference needs document, section and quote strings</source>
        <translation>jede Quelle braucht document, section und quote als Zeichenketten</translation>
    </message>
    <message>
        <source>must be a list of lines</source>
        <translation>muss eine Liste von Zeilen sein</translation>
    </message>
    <message>
        <source>needs a status line, headers and an empty line</source>
        <translation>braucht eine Statuszeile, Header und eine Leerzeile</translation>
    </message>
    <message>
        <source>needs at least one code</source>
        <translation>braucht mindestens einen Code</translation>
    </message>
    <message>
        <source>every entry needs a code and a difference</source>
        <translation>jeder Eintrag braucht code und difference</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>muss true oder false sein</translation>
    </message>
    <message>
        <source>needs permanent (true or false) and method (preserved, post-may-become-get or becomes-get)</source>
        <translation>braucht permanent (true oder false) und method (preserved, post-may-become-get oder becomes-get)</translation>
    </message>
    <message>
        <source>must be an object or null</source>
        <translation>muss ein Objekt oder null sein</translation>
    </message>
    <message>
        <source>is required for 301, 302, 303, 307 and 308</source>
        <translation>ist für 301, 302, 303, 307 und 308 erforderlich</translation>
    </message>
    <message>
        <source>every header needs name, value, required and note</source>
        <translation>jeder Header braucht name, value, required und note</translation>
    </message>
    <message>
        <source>must not have a body for 1xx, 204 and 304</source>
        <translation>darf bei 1xx, 204 und 304 keinen Inhalt haben</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>muss ein Objekt sein</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a string or a list of lines</source>
        <translation>„%1“ muss eine Zeichenkette oder eine Liste von Zeilen sein</translation>
    </message>
    <message>
        <source>header &apos;%1&apos; contains a control character (CR, LF, NUL or another one but tab)</source>
        <translation>Header „%1“ enthält ein Steuerzeichen (CR, LF, NUL oder ein anderes außer Tab)</translation>
    </message>
    <message>
        <source>wire_status for %1 must be 0 or a status from 100 to 999</source>
        <translation>wire_status für %1 muss 0 oder ein Status von 100 bis 999 sein</translation>
    </message>
</context>
<context>
    <name>CardSearch</name>
    <message>
        <source>code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>card id</source>
        <translation>Karten-ID</translation>
    </message>
    <message>
        <source>phrase</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>former phrase</source>
        <translation>frühere Bezeichnung</translation>
    </message>
    <message>
        <source>keyword</source>
        <translation>Stichwort</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>definition</source>
        <translation>Definition</translation>
    </message>
    <message>
        <source>card text</source>
        <translation>Kartentext</translation>
    </message>
    <message>
        <source>class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>matched: %1 %2</source>
        <translation>Treffer: %1 %2</translation>
    </message>
    <message>
        <source>matched: %1</source>
        <translation>Treffer: %1</translation>
    </message>
    <message>
        <source>matched despite a typo</source>
        <translation>Treffer trotz Tippfehler</translation>
    </message>
    <message>
        <source>%1 (despite a typo)</source>
        <translation>%1 (trotz Tippfehler)</translation>
    </message>
</context>
<context>
    <name>CardView</name>
    <message>
        <source>formerly %1</source>
        <translation>früher %1</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>Definition</translation>
    </message>
    <message>
        <source>From the RFC</source>
        <translation>Aus dem RFC</translation>
    </message>
    <message>
        <source>%1, section %2</source>
        <translation>%1, Abschnitt %2</translation>
    </message>
    <message>
        <source>Defined in this document; its text is not quoted here.</source>
        <translation>In diesem Dokument definiert; sein Text wird hier nicht zitiert.</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>Fakten</translation>
    </message>
    <message>
        <source>Heuristically cacheable</source>
        <translation>Heuristisch cachebar</translation>
    </message>
    <message>
        <source>Yes, by default (RFC 9110, section 15.1)</source>
        <translation>Ja, standardmäßig (RFC 9110, Abschnitt 15.1)</translation>
    </message>
    <message>
        <source>No; only with explicit freshness (Cache-Control, Expires)</source>
        <translation>Nein; nur mit expliziter Frische (Cache-Control, Expires)</translation>
    </message>
    <message>
        <source>Redirect</source>
        <translation>Weiterleitung</translation>
    </message>
    <message>
        <source>Content allowed</source>
        <translation>Inhalt erlaubt</translation>
    </message>
    <message>
        <source>No, the response ends after the header section</source>
        <translation>Nein, die Antwort endet nach dem Header-Abschnitt</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>required</source>
        <translation>erforderlich</translation>
    </message>
    <message>
        <source>typical</source>
        <translation>üblich</translation>
    </message>
    <message>
        <source>Common causes</source>
        <translation>Häufige Ursachen</translation>
    </message>
    <message>
        <source>Example response</source>
        <translation>Beispielantwort</translation>
    </message>
    <message>
        <source>Common misinterpretation</source>
        <translation>Häufiges Missverständnis</translation>
    </message>
    <message>
        <source>When to use it</source>
        <translation>Wann man ihn verwendet</translation>
    </message>
    <message>
        <source>Confused with</source>
        <translation>Verwechselt mit</translation>
    </message>
    <message>
        <source>Try it in the lab ▸</source>
        <translation>Im Labor ausprobieren ▸</translation>
    </message>
    <message>
        <source>Remove from favourites</source>
        <translation>Aus den Favoriten entfernen</translation>
    </message>
    <message>
        <source>Add to favourites</source>
        <translation>Zu den Favoriten hinzufügen</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <source>Card content is in English, the language of the RFCs it quotes.</source>
        <translation>Karteninhalte sind auf Englisch, der Sprache der RFCs, die sie zitieren.</translation>
    </message>
    <message>
        <source>Try it live</source>
        <translation>Live ausprobieren</translation>
    </message>
    <message>
        <source>sends the requests that make this code happen to the sandbox, and shows what comes back</source>
        <translation>sendet der Sandbox die Anfragen, die diesen Code hervorrufen, und zeigt, was zurückkommt</translation>
    </message>
</context>
<context>
    <name>ClientProfile</name>
    <message>
        <source>final response</source>
        <translation>endgültige Antwort</translation>
    </message>
    <message>
        <source>redirect without a usable Location</source>
        <translation>Weiterleitung ohne verwendbares Location</translation>
    </message>
    <message>
        <source>redirect limit reached</source>
        <translation>Weiterleitungsgrenze erreicht</translation>
    </message>
    <message>
        <source>redirect loop detected</source>
        <translation>Weiterleitungsschleife erkannt</translation>
    </message>
    <message>
        <source>the client refused to follow</source>
        <translation>der Client folgt nicht</translation>
    </message>
    <message>
        <source>%1 does not follow a %2.</source>
        <translation>%1 folgt keinem %2.</translation>
    </message>
    <message>
        <source>Not a redirect.</source>
        <translation>Keine Weiterleitung.</translation>
    </message>
    <message>
        <source>The %1 has no Location to follow.</source>
        <translation>Der %1 hat kein Location, dem gefolgt werden kann.</translation>
    </message>
    <message>
        <source>%1 stops after %2 redirects.</source>
        <translation>%1 hört nach %2 Weiterleitungen auf.</translation>
    </message>
    <message>
        <source>%1 noticed that it keeps requesting %2.</source>
        <translation>%1 hat bemerkt, dass es immer wieder %2 anfragt.</translation>
    </message>
    <message>
        <source>Fetch standard (browsers, Node.js fetch)</source>
        <translation>Fetch-Standard (Browser, Node.js fetch)</translation>
    </message>
    <message>
        <source>Fetch turns this %1 into a GET and drops the body.</source>
        <translation>Fetch macht aus diesem %1 ein GET und verwirft den Inhalt.</translation>
    </message>
    <message>
        <source>Fetch keeps the method and the body.</source>
        <translation>Fetch behält Methode und Inhalt.</translation>
    </message>
    <message>
        <source>curl -L</source>
        <translation>curl -L</translation>
    </message>
    <message>
        <source>curl repeats the %1.</source>
        <translation>curl wiederholt das %1.</translation>
    </message>
    <message>
        <source>curl -d switches to GET on 301, 302 and 303 and drops the data.</source>
        <translation>curl -d wechselt bei 301, 302 und 303 zu GET und verwirft die Daten.</translation>
    </message>
    <message>
        <source>curl -d re-sends the POST with its data.</source>
        <translation>curl -d sendet den POST mit seinen Daten erneut.</translation>
    </message>
    <message>
        <source>curl -T switches to GET on 303.</source>
        <translation>curl -T wechselt bei 303 zu GET.</translation>
    </message>
    <message>
        <source>curl -T re-sends the upload.</source>
        <translation>curl -T sendet den Upload erneut.</translation>
    </message>
    <message>
        <source>curl -X keeps the method but drops the data on 301, 302 and 303.</source>
        <translation>curl -X behält die Methode, verwirft aber bei 301, 302 und 303 die Daten.</translation>
    </message>
    <message>
        <source>curl -X keeps the method.</source>
        <translation>curl -X behält die Methode.</translation>
    </message>
    <message>
        <source>Python requests</source>
        <translation>Python requests</translation>
    </message>
    <message>
        <source>requests turns every method but HEAD into a GET on 302 and 303.</source>
        <translation>requests macht bei 302 und 303 aus jeder Methode außer HEAD ein GET.</translation>
    </message>
    <message>
        <source>requests turns a POST into a GET on 301.</source>
        <translation>requests macht bei 301 aus einem POST ein GET.</translation>
    </message>
    <message>
        <source>requests keeps the method but drops the body on 301, 302 and 303.</source>
        <translation>requests behält die Methode, verwirft aber bei 301, 302 und 303 den Inhalt.</translation>
    </message>
    <message>
        <source>requests keeps the method and the body on 307 and 308.</source>
        <translation>requests behält bei 307 und 308 Methode und Inhalt.</translation>
    </message>
    <message>
        <source>Python urllib</source>
        <translation>Python urllib</translation>
    </message>
    <message>
        <source>urllib follows with a new GET request.</source>
        <translation>urllib folgt mit einer neuen GET-Anfrage.</translation>
    </message>
    <message>
        <source>urllib turns a POST into a GET on 301, 302 and 303.</source>
        <translation>urllib macht bei 301, 302 und 303 aus einem POST ein GET.</translation>
    </message>
    <message>
        <source>urllib raises HTTPError: it does not redirect a %1 on %2.</source>
        <translation>urllib wirft HTTPError: ein %1 wird bei %2 nicht weitergeleitet.</translation>
    </message>
    <message>
        <source>Go net/http</source>
        <translation>Go net/http</translation>
    </message>
    <message>
        <source>Go repeats the %1.</source>
        <translation>Go wiederholt das %1.</translation>
    </message>
    <message>
        <source>Go turns every other method into a GET on 301, 302 and 303.</source>
        <translation>Go macht bei 301, 302 und 303 aus jeder anderen Methode ein GET.</translation>
    </message>
    <message>
        <source>Go re-sends the method and the body on 307 and 308.</source>
        <translation>Go sendet bei 307 und 308 Methode und Inhalt erneut.</translation>
    </message>
    <message>
        <source>Postman (defaults)</source>
        <translation>Postman (Standardeinstellungen)</translation>
    </message>
    <message>
        <source>Postman follows 301, 302 and 303 with a GET unless &quot;Follow original HTTP method&quot; is on.</source>
        <translation>Postman folgt 301, 302 und 303 mit einem GET, außer „Follow original HTTP method“ ist eingeschaltet.</translation>
    </message>
    <message>
        <source>Postman keeps the method and the body.</source>
        <translation>Postman behält Methode und Inhalt.</translation>
    </message>
    <message>
        <source>RFC 9110, strict reading</source>
        <translation>RFC 9110, strenge Lesart</translation>
    </message>
    <message>
        <source>RFC 9110 section 15.4.4: the follow-up to a 303 is a retrieval, a GET.</source>
        <translation>RFC 9110 Abschnitt 15.4.4: die Folgeanfrage auf ein 303 ist ein Abruf, ein GET.</translation>
    </message>
    <message>
        <source>RFC 9110 allows, but does not require, POST to become GET on %1; the strict reading keeps it.</source>
        <translation>RFC 9110 erlaubt, verlangt aber nicht, dass bei %1 aus POST ein GET wird; die strenge Lesart behält es.</translation>
    </message>
    <message>
        <source>RFC 9110: the method is kept.</source>
        <translation>RFC 9110: die Methode bleibt erhalten.</translation>
    </message>
    <message>
        <source>Qt QNetworkAccessManager</source>
        <translation>Qt QNetworkAccessManager</translation>
    </message>
    <message>
        <source>Qt turns the request into a GET on 301, 302 and 303.</source>
        <translation>Qt macht bei 301, 302 und 303 aus der Anfrage ein GET.</translation>
    </message>
    <message>
        <source>Qt keeps the method and the body.</source>
        <translation>Qt behält Methode und Inhalt.</translation>
    </message>
    <message>
        <source>GNU Wget</source>
        <translation>GNU Wget</translation>
    </message>
    <message>
        <source>wget turns this %1 into a GET and drops the body.</source>
        <translation>wget macht aus diesem %1 ein GET und verwirft den Inhalt.</translation>
    </message>
    <message>
        <source>wget keeps the method and the body.</source>
        <translation>wget behält Methode und Inhalt.</translation>
    </message>
    <message>
        <source>The browser turns the POST into a GET on %1 and drops the body.</source>
        <translation>Der Browser macht bei %1 aus dem POST ein GET und verwirft den Inhalt.</translation>
    </message>
    <message>
        <source>The browser follows a 303 with a GET, without the body.</source>
        <translation>Der Browser folgt einem 303 mit einem GET, ohne den Inhalt.</translation>
    </message>
    <message>
        <source>The browser keeps the %1 on %2.</source>
        <translation>Der Browser behält bei %2 das %1.</translation>
    </message>
    <message>
        <source>The browser keeps the %1 and its body on %2.</source>
        <translation>Der Browser behält bei %2 das %1 und seinen Inhalt.</translation>
    </message>
    <message>
        <source>HTML form submission (browsers)</source>
        <translation>HTML-Formular absenden (Browser)</translation>
    </message>
    <message>
        <source>An HTML form sends only GET or POST; a %1 is not possible with a form.</source>
        <translation>Ein HTML-Formular sendet nur GET oder POST; ein %1 ist mit einem Formular nicht möglich.</translation>
    </message>
    <message>
        <source>Top-level navigation (browsers)</source>
        <translation>Navigation auf oberster Ebene (Browser)</translation>
    </message>
    <message>
        <source>A navigation is a GET; a %1 is not possible with a navigation.</source>
        <translation>Eine Navigation ist ein GET; ein %1 ist mit einer Navigation nicht möglich.</translation>
    </message>
    <message>
        <source>scheme %1 ≠ %2</source>
        <translation>Schema %1 ≠ %2</translation>
    </message>
    <message>
        <source>host %1 ≠ %2</source>
        <translation>Host %1 ≠ %2</translation>
    </message>
    <message>
        <source>port %1 ≠ %2</source>
        <translation>Port %1 ≠ %2</translation>
    </message>
    <message>
        <source>Go net/http, body from a stream (no GetBody)</source>
        <translation>Go net/http, Inhalt aus einem Stream (ohne GetBody)</translation>
    </message>
    <message>
        <source>Go cannot send this body again (GetBody is nil), so it returns the %1 to the caller without following it.</source>
        <translation>Go kann diesen Inhalt nicht erneut senden (GetBody ist nil) und gibt den %1 daher an den Aufrufer zurück, ohne zu folgen.</translation>
    </message>
    <message>
        <source>Python httpx</source>
        <translation>Python httpx</translation>
    </message>
    <message>
        <source>httpx turns every method but HEAD into a GET on 302 and 303, and drops the body.</source>
        <translation>httpx macht bei 302 und 303 aus jeder Methode außer HEAD ein GET und verwirft den Inhalt.</translation>
    </message>
    <message>
        <source>httpx turns a POST into a GET on 301 and drops the body.</source>
        <translation>httpx macht bei 301 aus einem POST ein GET und verwirft den Inhalt.</translation>
    </message>
    <message>
        <source>httpx keeps the %1 and sends the body again: only a change to GET drops it.</source>
        <translation>httpx behält das %1 und sendet den Inhalt erneut: nur ein Wechsel zu GET verwirft ihn.</translation>
    </message>
    <message>
        <source>Python aiohttp</source>
        <translation>Python aiohttp</translation>
    </message>
    <message>
        <source>aiohttp turns this %1 into a GET and drops the data (a 303 for every method but HEAD, a 301 or 302 for POST).</source>
        <translation>aiohttp macht aus diesem %1 ein GET und verwirft die Daten (ein 303 bei jeder Methode außer HEAD, ein 301 oder 302 bei POST).</translation>
    </message>
    <message>
        <source>aiohttp keeps the %1 and its data.</source>
        <translation>aiohttp behält das %1 und seine Daten.</translation>
    </message>
    <message>
        <source>HTTPie (http --follow)</source>
        <translation>HTTPie (http --follow)</translation>
    </message>
    <message>
        <source>HTTPie (through requests) turns every method but HEAD into a GET on 302 and 303.</source>
        <translation>HTTPie (über requests) macht bei 302 und 303 aus jeder Methode außer HEAD ein GET.</translation>
    </message>
    <message>
        <source>HTTPie (through requests) turns a POST into a GET on 301.</source>
        <translation>HTTPie (über requests) macht bei 301 aus einem POST ein GET.</translation>
    </message>
    <message>
        <source>HTTPie (through requests) keeps the %1 but drops the body on 301, 302 and 303.</source>
        <translation>HTTPie (über requests) behält das %1, verwirft aber bei 301, 302 und 303 den Inhalt.</translation>
    </message>
    <message>
        <source>HTTPie (through requests) keeps the method and the body on 307 and 308.</source>
        <translation>HTTPie (über requests) behält bei 307 und 308 Methode und Inhalt.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Use the interface language CODE (for example de).</source>
        <translation>Die Oberflächensprache CODE verwenden (zum Beispiel de).</translation>
    </message>
    <message>
        <source>Use the light or dark palette instead of the system&apos;s.</source>
        <translation>Die helle oder dunkle Farbpalette statt der des Systems verwenden.</translation>
    </message>
    <message>
        <source>Export format: json or markdown.</source>
        <translation>Exportformat: json oder markdown.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Die Version anzeigen.</translation>
    </message>
    <message>
        <source>statusdeck: no card for status code %1. Nearest known codes: %2.</source>
        <translation>statusdeck: keine Karte für den Statuscode %1. Nächstliegende bekannte Codes: %2.</translation>
    </message>
    <message>
        <source>statusdeck: &apos;%1&apos; is not a status code; give a number such as 404, or a card id such as 499-nginx.</source>
        <translation>statusdeck: „%1“ ist kein Statuscode; gib eine Zahl wie 404 oder eine Karten-ID wie 499-nginx an.</translation>
    </message>
    <message>
        <source>statusdeck: skipped a broken card: %1</source>
        <translation>statusdeck: fehlerhafte Karte übersprungen: %1</translation>
    </message>
    <message>
        <source>statusdeck: skipped a broken snippet template: %1</source>
        <translation>statusdeck: fehlerhafte Snippet-Vorlage übersprungen: %1</translation>
    </message>
    <message>
        <source>--theme takes light or dark, not &apos;%1&apos;.</source>
        <translation>--theme erwartet light oder dark, nicht „%1“.</translation>
    </message>
    <message>
        <source>screenshot needs exactly one output file, for example: statusdeck screenshot --card 301 window.png</source>
        <translation>screenshot braucht genau eine Ausgabedatei, zum Beispiel: statusdeck screenshot --card 301 fenster.png</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;.</source>
        <translation>unbekannter Befehl „%1“.</translation>
    </message>
    <message>
        <source>statusdeck: unknown command &apos;%1&apos;.</source>
        <translation>statusdeck: unbekannter Befehl „%1“.</translation>
    </message>
    <message>
        <source>statusdeck: list takes no arguments.</source>
        <translation>statusdeck: list erwartet keine Argumente.</translation>
    </message>
    <message>
        <source>statusdeck: show needs one status code, for example: statusdeck show 404</source>
        <translation>statusdeck: show braucht einen Statuscode, zum Beispiel: statusdeck show 404</translation>
    </message>
    <message>
        <source>statusdeck: no snippet framework &apos;%1&apos;. Known: %2.</source>
        <translation>statusdeck: kein Snippet-Framework „%1“. Bekannt: %2.</translation>
    </message>
    <message>
        <source>
Also %1 (%2): statusdeck show %3</source>
        <translation>
Außerdem %1 (%2): statusdeck show %3</translation>
    </message>
    <message>
        <source>statusdeck: unknown export format &apos;%1&apos;; use json or markdown.</source>
        <translation>statusdeck: unbekanntes Exportformat „%1“; verwende json oder markdown.</translation>
    </message>
    <message>
        <source>statusdeck: serve takes no arguments besides --port and --bind.</source>
        <translation>statusdeck: serve erwartet außer --port und --bind keine Argumente.</translation>
    </message>
    <message>
        <source>statusdeck: --port takes 0 to 65535, not &apos;%1&apos;.</source>
        <translation>statusdeck: --port erwartet 0 bis 65535, nicht „%1“.</translation>
    </message>
    <message>
        <source>statusdeck: --bind takes an IP address such as 127.0.0.1, not &apos;%1&apos;.</source>
        <translation>statusdeck: --bind erwartet eine IP-Adresse wie 127.0.0.1, nicht „%1“.</translation>
    </message>
    <message>
        <source>statusdeck: WARNING: listening on %1, not only on loopback: anyone who can reach this address can use the sandbox.</source>
        <translation>statusdeck: WARNUNG: lausche auf %1, nicht nur auf Loopback: jeder, der diese Adresse erreicht, kann die Sandbox benutzen.</translation>
    </message>
    <message>
        <source>StatusDeck sandbox listening on %1</source>
        <translation>StatusDeck-Sandbox lauscht auf %1</translation>
    </message>
    <message>
        <source>Second origin (for cross-origin redirects): %1</source>
        <translation>Zweiter Origin (für Weiterleitungen über Origins hinweg): %1</translation>
    </message>
    <message>
        <source>statusdeck: cannot start the sandbox: %1.</source>
        <translation>statusdeck: die Sandbox kann nicht starten: %1.</translation>
    </message>
    <message>
        <source>statusdeck: stopping the sandbox.</source>
        <translation>statusdeck: die Sandbox wird beendet.</translation>
    </message>
    <message>
        <source>--page takes reference, sandbox or lab, not &apos;%1&apos;.</source>
        <translation>--page erwartet reference, sandbox oder lab, nicht „%1“.</translation>
    </message>
    <message>
        <source>statusdeck: matrix --format takes text or json, not &apos;%1&apos;.</source>
        <translation>statusdeck: matrix --format erwartet text oder json, nicht „%1“.</translation>
    </message>
    <message>
        <source>statusdeck: matrix needs --client NAME, for example: statusdeck matrix --client fetch</source>
        <translation>statusdeck: matrix braucht --client NAME, zum Beispiel: statusdeck matrix --client fetch</translation>
    </message>
    <message>
        <source>Usage:</source>
        <translation>Aufruf:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Optionen:</translation>
    </message>
    <message>
        <source>Run &apos;statusdeck --help&apos; for the other commands.</source>
        <translation>„statusdeck --help“ zeigt die anderen Befehle.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>Run &apos;statusdeck help COMMAND&apos; for the options of a command.</source>
        <translation>„statusdeck help COMMAND“ zeigt die Optionen eines Befehls.</translation>
    </message>
    <message>
        <source>Run &apos;statusdeck %1 --help&apos; for its options.</source>
        <translation>„statusdeck %1 --help“ zeigt seine Optionen.</translation>
    </message>
    <message>
        <source>Run &apos;statusdeck --help&apos; for the commands and options.</source>
        <translation>„statusdeck --help“ zeigt die Befehle und Optionen.</translation>
    </message>
    <message>
        <source>statusdeck: this needs the window.</source>
        <translation>statusdeck: dafür braucht es das Fenster.</translation>
    </message>
    <message>
        <source>print every card</source>
        <translation>alle Karten ausgeben</translation>
    </message>
    <message>
        <source>statusdeck: export takes no arguments besides --format.</source>
        <translation>statusdeck: export erwartet außer --format keine Argumente.</translation>
    </message>
    <message>
        <source>statusdeck: %1 needs the window.</source>
        <translation>statusdeck: %1 braucht das Fenster.</translation>
    </message>
    <message>
        <source>Open the card CODE.</source>
        <translation>Die Karte CODE öffnen.</translation>
    </message>
    <message>
        <source>Show the page reference, sandbox or lab.</source>
        <translation>Die Seite reference, sandbox oder lab zeigen.</translation>
    </message>
    <message>
        <source>the options of COMMAND, or this help</source>
        <translation>die Optionen von COMMAND oder diese Hilfe</translation>
    </message>
    <message>
        <source>statusdeck: help takes one command at most.</source>
        <translation>statusdeck: help erwartet höchstens einen Befehl.</translation>
    </message>
    <message>
        <source>write error</source>
        <translation>Schreibfehler</translation>
    </message>
    <message>
        <source>statusdeck: could not write the output: %1</source>
        <translation>statusdeck: die Ausgabe konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>one line per card: code, phrase, registry status</source>
        <translation>eine Zeile pro Karte: Code, Bezeichnung, Registrierungsstatus</translation>
    </message>
    <message>
        <source>redirect lab: run a client through every method and redirect code and print what the server saw</source>
        <translation>Weiterleitungslabor: einen Client durch jede Methode und jeden Weiterleitungscode schicken und ausgeben, was der Server gesehen hat</translation>
    </message>
    <message>
        <source>Run the installed program instead of its emulated profile.</source>
        <translation>Das installierte Programm statt seines emulierten Profils ausführen.</translation>
    </message>
    <message>
        <source>Output format: text (a table) or json.</source>
        <translation>Ausgabeformat: text (eine Tabelle) oder json.</translation>
    </message>
    <message>
        <source>render the window to a PNG and exit</source>
        <translation>das Fenster als PNG speichern und beenden</translation>
    </message>
    <message>
        <source>Renders the window at 1280x800 to a PNG and exits; works with QT_QPA_PLATFORM=offscreen. The card is 301 unless --card says otherwise. For the sandbox and lab pages it first runs the Fetch matrix on a sandbox on a free port, so the picture shows traffic.</source>
        <translation>Speichert das Fenster in 1280x800 als PNG und beendet sich; funktioniert mit QT_QPA_PLATFORM=offscreen. Die Karte ist 301, wenn --card nichts anderes sagt. Für die Seiten sandbox und lab läuft vorher die Fetch-Matrix auf einer Sandbox auf einem freien Port, damit das Bild Verkehr zeigt.</translation>
    </message>
    <message>
        <source>run the sandbox HTTP server (default port 8088, on 127.0.0.1 only) until Ctrl+C; logs one line per exchange</source>
        <translation>den Sandbox-HTTP-Server bis Strg+C betreiben (Standardport 8088, nur auf 127.0.0.1); protokolliert eine Zeile pro Austausch</translation>
    </message>
    <message>
        <source>Runs the sandbox HTTP server without a window until Ctrl+C or SIGTERM. It prints its URL, a second origin on a free port for cross-origin redirects, then one line per exchange: time, client, method, target, status, bytes.</source>
        <translation>Betreibt den Sandbox-HTTP-Server ohne Fenster bis Strg+C oder SIGTERM. Er gibt seine URL aus, einen zweiten Origin auf einem freien Port für Weiterleitungen über Origins hinweg, dann eine Zeile pro Austausch: Zeit, Client, Methode, Ziel, Status, Bytes.</translation>
    </message>
    <message>
        <source>Listen on port N (default 8088, 0 for any free one).</source>
        <translation>Auf Port N lauschen (Standard 8088, 0 für einen beliebigen freien).</translation>
    </message>
    <message>
        <source>print a card (CODE is 404 or a card id like 499-nginx)</source>
        <translation>eine Karte ausgeben (CODE ist 404 oder eine Karten-ID wie 499-nginx)</translation>
    </message>
    <message>
        <source>Prints the card for CODE as readable text: a status code such as 404, or a card id such as 499-nginx. An unknown code names the nearest known ones.</source>
        <translation>Gibt die Karte für CODE als lesbaren Text aus: ein Statuscode wie 404 oder eine Karten-ID wie 499-nginx. Bei einem unbekannten Code werden die nächstliegenden bekannten genannt.</translation>
    </message>
    <message>
        <source>Print only the snippet for FRAMEWORK (express, flask, go, nginx, curl, ...).</source>
        <translation>Nur das Snippet für FRAMEWORK ausgeben (express, flask, go, nginx, curl, ...).</translation>
    </message>
    <message>
        <source>give one card, not both %1 and --card %2.</source>
        <translation>gib eine Karte an, nicht sowohl %1 als auch --card %2.</translation>
    </message>
    <message>
        <source>find the right card: cards ranked by how well they match</source>
        <translation>die richtige Karte finden: Karten nach Übereinstimmung geordnet</translation>
    </message>
    <message>
        <source>Print at most N results (default 10, 0: all).</source>
        <translation>Höchstens N Treffer ausgeben (Vorgabe 10, 0: alle).</translation>
    </message>
    <message>
        <source>Output format: text or json.</source>
        <translation>Ausgabeformat: text oder json.</translation>
    </message>
    <message>
        <source>statusdeck: search needs a query, e.g. &apos;rate limit&apos;.</source>
        <translation>statusdeck: search braucht eine Suchanfrage, z. B. &apos;rate limit&apos;.</translation>
    </message>
    <message>
        <source>statusdeck: --limit takes a number from 0 up, not &apos;%1&apos;.</source>
        <translation>statusdeck: --limit nimmt eine Zahl ab 0, nicht &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>statusdeck: unknown search format &apos;%1&apos;; use text or json.</source>
        <translation>statusdeck: unbekanntes Suchformat &apos;%1&apos;; text oder json verwenden.</translation>
    </message>
    <message>
        <source>statusdeck: no card matches &apos;%1&apos;. Try a class: 1xx, 2xx, 3xx, 4xx or 5xx.</source>
        <translation>statusdeck: keine Karte passt zu &apos;%1&apos;. Eine Klasse versuchen: 1xx, 2xx, 3xx, 4xx oder 5xx.</translation>
    </message>
    <message>
        <source>Ranks the cards as the window&apos;s search does: a code or card id first, then the phrase, former phrases and keywords, then the summary and definition, then the rest of the text; ties go to the more common code. Words may come in any order, in any case, with simple plurals and, in words of five letters or more, one typo. The JSON is an array in rank order with id, code, phrase, score, matched (the field that decided the rank), matched_text (the keyword or former phrase) and typo. Exit status: 0 with results, 1 with none, 2 on bad usage.</source>
        <translation>Ordnet die Karten wie die Suche im Fenster: zuerst ein Code oder eine Karten-ID, dann Bezeichnung, frühere Bezeichnungen und Stichwörter, dann Zusammenfassung und Definition, dann der übrige Text; bei Gleichstand gewinnt der häufigere Code. Wörter dürfen in beliebiger Reihenfolge und Schreibweise stehen, mit einfachen Pluralformen und, in Wörtern ab fünf Buchstaben, einem Tippfehler. Das JSON ist ein Array in Rangfolge mit id, code, phrase, score, matched (das Feld, das den Rang bestimmte), matched_text (das Stichwort oder die frühere Bezeichnung) und typo. Exit-Status: 0 mit Treffern, 1 ohne, 2 bei falscher Verwendung.</translation>
    </message>
    <message>
        <source>Print only the card ids, one a line (for scripts and shell completion).</source>
        <translation>Nur die Karten-IDs ausgeben, eine je Zeile (für Skripte und die Shell-Vervollständigung).</translation>
    </message>
    <message>
        <source>Listen on ADDR (default 127.0.0.1; another address needs --allow-remote).</source>
        <translation>Auf ADDR lauschen (Vorgabe 127.0.0.1; eine andere Adresse braucht --allow-remote).</translation>
    </message>
    <message>
        <source>Allow a --bind address other than loopback: anyone who can reach it can use the sandbox.</source>
        <translation>Eine --bind-Adresse außer Loopback erlauben: jeder, der sie erreicht, kann die Sandbox benutzen.</translation>
    </message>
    <message>
        <source>statusdeck: --bind %1 is not a loopback address: anyone who can reach it could use the sandbox. Add --allow-remote if that is meant.</source>
        <translation>statusdeck: --bind %1 ist keine Loopback-Adresse: jeder, der sie erreicht, könnte die Sandbox benutzen. --allow-remote angeben, wenn das gewollt ist.</translation>
    </message>
    <message>
        <source>statusdeck: this machine&apos;s addresses: %1</source>
        <translation>statusdeck: die Adressen dieses Rechners: %1</translation>
    </message>
    <message>
        <source>Write every exchange to FILE as HAR 1.2 when the server stops (atomically: the old file stays if writing fails).</source>
        <translation>Beim Beenden jeden Austausch als HAR 1.2 in FILE schreiben (atomar: schlägt das Schreiben fehl, bleibt die alte Datei).</translation>
    </message>
    <message>
        <source>With --har, also write FILE every SECONDS while running.</source>
        <translation>Mit --har FILE außerdem alle SECONDS Sekunden während des Laufs schreiben.</translation>
    </message>
    <message>
        <source>statusdeck: --har-every takes a number of seconds from 1 up, with --har FILE.</source>
        <translation>statusdeck: --har-every nimmt eine Sekundenzahl ab 1, zusammen mit --har FILE.</translation>
    </message>
    <message>
        <source>statusdeck: could not write the HAR file %1: %2</source>
        <translation>statusdeck: die HAR-Datei %1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>statusdeck: %n exchange(s) got no line (and are not in the HAR): the log dropped them before they could be printed.</source>
        <translation>
            <numerusform>statusdeck: %n Austausch bekam keine Zeile (und fehlt in der HAR-Datei): das Protokoll hat ihn verworfen, bevor er ausgegeben werden konnte.</numerusform>
            <numerusform>statusdeck: %n Austausche bekamen keine Zeile (und fehlen in der HAR-Datei): das Protokoll hat sie verworfen, bevor sie ausgegeben werden konnten.</numerusform>
        </translation>
    </message>
    <message>
        <source>statusdeck: the HAR file holds the newest %1 of %2 exchanges.</source>
        <translation>statusdeck: die HAR-Datei enthält die neuesten %1 von %2 Austauschen.</translation>
    </message>
    <message>
        <source>statusdeck: wrote %1 exchanges to %2.</source>
        <translation>statusdeck: %1 Austausche nach %2 geschrieben.</translation>
    </message>
    <message>
        <source>make a card&apos;s code happen live at a sandbox and show the exchanges</source>
        <translation>den Code einer Karte live an einer Sandbox auslösen und die Austausche zeigen</translation>
    </message>
    <message>
        <source>statusdeck: try needs one status code, for example: statusdeck try 304 (--format text or json)</source>
        <translation>statusdeck: try braucht einen Statuscode, zum Beispiel: statusdeck try 304 (--format text oder json)</translation>
    </message>
    <message>
        <source>%1 %2, live against a sandbox at %3</source>
        <translation>%1 %2, live an einer Sandbox unter %3</translation>
    </message>
    <message>
        <source>request %1 of %2</source>
        <translation>Anfrage %1 von %2</translation>
    </message>
    <message>
        <source>no response</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>as the card says</source>
        <translation>wie die Karte sagt</translation>
    </message>
    <message>
        <source>NOT as the card says: %1</source>
        <translation>NICHT wie die Karte sagt: %1</translation>
    </message>
    <message>
        <source>Open a window of its own instead of using the running one (it does not save settings and starts its sandbox on a free port).</source>
        <translation>Ein eigenes Fenster öffnen, statt das laufende zu verwenden (es speichert keine Einstellungen und startet seine Sandbox auf einem freien Port).</translation>
    </message>
    <message>
        <source>no such file: %1</source>
        <translation>keine solche Datei: %1</translation>
    </message>
    <message>
        <source>%1 is a folder, not a HAR file.</source>
        <translation>%1 ist ein Ordner, keine HAR-Datei.</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>%1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Starts a sandbox on free ports and runs a client through GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS x 301, 302, 303, 307, 308, live, and prints what the server saw. A real browser (--client chromium, chrome or firefox with --real) runs headless with a throw-away profile and makes its requests with fetch(), an HTML form or a navigation (--mode). Exit status 1 when it could not run (a real program or browser that is not installed, a Python module that cannot be imported, a Go client that does not build). The real go and go-stream are a small Go program built once with the installed go into the cache folder; go-stream sends the body from a stream Go cannot read again. With --cross-origin it runs the cross-origin matrix instead: a GET with Authorization, Cookie and X-StatusDeck-Probe through each code to the same origin, another port and another host, and shows which headers arrived. Each cell names the rule behind it ([n], listed below the table).</source>
        <translation>Startet eine Sandbox auf freien Ports, schickt einen Client live durch GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS x 301, 302, 303, 307, 308 und gibt aus, was der Server gesehen hat. Ein echter Browser (--client chromium, chrome oder firefox mit --real) läuft headless mit einem Wegwerfprofil und stellt seine Anfragen mit fetch(), einem HTML-Formular oder einer Navigation (--mode). Exit-Status 1, wenn er nicht laufen konnte (ein echtes Programm oder ein Browser, das bzw. der nicht installiert ist, ein Python-Modul, das sich nicht importieren lässt, ein Go-Client, der sich nicht bauen lässt). Die echten go und go-stream sind ein kleines Go-Programm, das einmal mit dem installierten go in den Cache-Ordner gebaut wird; go-stream sendet den Body aus einem Stream, den Go nicht noch einmal lesen kann. Mit --cross-origin läuft stattdessen die Cross-Origin-Matrix: ein GET mit Authorization, Cookie und X-StatusDeck-Probe durch jeden Code zum selben Origin, zu einem anderen Port und zu einem anderen Host, und sie zeigt, welche Header angekommen sind. Jede Zelle nennt die Regel dahinter ([n], unter der Tabelle aufgeführt).</translation>
    </message>
    <message>
        <source>The client: fetch, curl, requests, urllib, go, postman, rfc, wget, httpx, aiohttp, httpie, go-stream, form, navigate (emulated), qt (Qt itself); with --real: curl, python3, node, wget, requests, httpx, aiohttp, httpie, go, go-stream, chromium, chrome, firefox.</source>
        <translation>Der Client: fetch, curl, requests, urllib, go, postman, rfc, wget, httpx, aiohttp, httpie, go-stream, form, navigate (emuliert), qt (Qt selbst); mit --real: curl, python3, node, wget, requests, httpx, aiohttp, httpie, go, go-stream, chromium, chrome, firefox.</translation>
    </message>
    <message>
        <source>With a real browser: how it makes the requests, fetch() (every method, the default), form (GET and POST) or navigate (GET).</source>
        <translation>Mit einem echten Browser: wie er die Anfragen stellt, fetch() (jede Methode, die Voreinstellung), form (GET und POST) oder navigate (GET).</translation>
    </message>
    <message>
        <source>Run the cross-origin matrix: Authorization, Cookie and a custom header to the same origin, another port and another host.</source>
        <translation>Die Cross-Origin-Matrix ausführen: Authorization, Cookie und ein eigener Header zum selben Origin, zu einem anderen Port und zu einem anderen Host.</translation>
    </message>
    <message>
        <source>statusdeck: matrix takes no arguments besides --client, --real, --mode, --cross-origin and --format.</source>
        <translation>statusdeck: matrix nimmt außer --client, --real, --mode, --cross-origin und --format keine Argumente.</translation>
    </message>
    <message>
        <source>statusdeck: matrix --mode takes fetch, form or navigate, not &apos;%1&apos;.</source>
        <translation>statusdeck: matrix --mode erwartet fetch, form oder navigate, nicht „%1“.</translation>
    </message>
    <message>
        <source>statusdeck: matrix --mode needs a real browser: --client chromium, chrome or firefox with --real.</source>
        <translation>statusdeck: matrix --mode braucht einen echten Browser: --client chromium, chrome oder firefox mit --real.</translation>
    </message>
    <message>
        <source>statusdeck: --client %1 and --mode %2 name different modes.</source>
        <translation>statusdeck: --client %1 und --mode %2 nennen verschiedene Arten.</translation>
    </message>
    <message>
        <source>open a HAR file in the window&apos;s exchange log</source>
        <translation>eine HAR-Datei im Austauschprotokoll des Fensters öffnen</translation>
    </message>
    <message>
        <source>Opens FILE.har (from &apos;statusdeck serve --har&apos;, browser devtools or a proxy) in the exchange log of the Sandbox page, read-only and marked as imported, beside the live exchanges. When a StatusDeck window is open already, the file opens there and that window comes to the front; the command then ends at once, with status 1 when the file could not be read as HAR.</source>
        <translation>Öffnet FILE.har (von „statusdeck serve --har“, den Entwicklerwerkzeugen eines Browsers oder einem Proxy) im Austauschprotokoll der Sandbox-Seite, schreibgeschützt und als importiert markiert, neben den Live-Austauschen. Ist bereits ein StatusDeck-Fenster offen, wird die Datei dort geöffnet und dieses Fenster nach vorne geholt; der Befehl endet dann sofort, mit Status 1, wenn die Datei nicht als HAR gelesen werden konnte.</translation>
    </message>
    <message>
        <source>open needs exactly one HAR file, for example: statusdeck open run.har</source>
        <translation>open braucht genau eine HAR-Datei, zum Beispiel: statusdeck open lauf.har</translation>
    </message>
    <message>
        <source>Picture a part of the reference instead: guide (the Which Code dialog, answered to a result), compare (the card beside its first confused-with card) or favourites (a few cards starred).</source>
        <translation>Stattdessen einen Teil der Referenz abbilden: guide (den Dialog „Welcher Code?“, bis zu einem Ergebnis beantwortet), compare (die Karte neben ihrer ersten Verwechslungskarte) oder favourites (ein paar Karten mit Stern).</translation>
    </message>
    <message>
        <source>--show takes guide, compare or favourites, not &apos;%1&apos;.</source>
        <translation>--show nimmt guide, compare oder favourites, nicht „%1“.</translation>
    </message>
    <message>
        <source>HTTP status code reference and redirect lab. With no command, opens the window (on the card CODE, or with FILE.har in the exchange log, if given); when it is open already, brings it to the front and opens the card or file there.</source>
        <translation>Nachschlagewerk für HTTP-Statuscodes und Weiterleitungslabor. Ohne Befehl öffnet sich das Fenster (mit der Karte CODE oder mit FILE.har im Austauschprotokoll, falls angegeben); ist es bereits offen, wird es nach vorne geholt und öffnet dort die Karte oder Datei.</translation>
    </message>
    <message>
        <source>statusdeck: cannot open a window: there is no display (DISPLAY and WAYLAND_DISPLAY are not set). The commands work without one: see statusdeck --help.</source>
        <translation>statusdeck: Es kann kein Fenster geöffnet werden: Es gibt keine Anzeige (DISPLAY und WAYLAND_DISPLAY sind nicht gesetzt). Die Befehle funktionieren ohne: siehe statusdeck --help.</translation>
    </message>
</context>
<context>
    <name>GuiMain</name>
    <message>
        <source>Skipped a broken card: %1</source>
        <translation>Fehlerhafte Karte übersprungen: %1</translation>
    </message>
    <message>
        <source>Skipped a broken snippet template: %1</source>
        <translation>Fehlerhafte Snippet-Vorlage übersprungen: %1</translation>
    </message>
    <message>
        <source>The settings file %1 could not be read; defaults are used and it will be rewritten.</source>
        <translation>Die Einstellungsdatei %1 konnte nicht gelesen werden; es gelten die Standardwerte, und sie wird neu geschrieben.</translation>
    </message>
    <message>
        <source>statusdeck: no card &apos;%1&apos;.</source>
        <translation>statusdeck: keine Karte „%1“.</translation>
    </message>
    <message>
        <source>statusdeck: could not write %1: %2</source>
        <translation>statusdeck: %1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>statusdeck: a StatusDeck window is running but did not take the request (%1). Close it, or start another with --new-window.</source>
        <translation>statusdeck: ein StatusDeck-Fenster läuft, hat die Anfrage aber nicht angenommen (%1). Schließe es oder starte ein weiteres mit --new-window.</translation>
    </message>
</context>
<context>
    <name>Guide</name>
    <message>
        <source>not valid JSON (%1 at offset %2)</source>
        <translation>kein gültiges JSON (%1 an Position %2)</translation>
    </message>
    <message>
        <source>must name the first question</source>
        <translation>muss die erste Frage nennen</translation>
    </message>
    <message>
        <source>every question needs an id and a text</source>
        <translation>jede Frage braucht eine ID und einen Text</translation>
    </message>
    <message>
        <source>every answer needs a text and exactly one of next or result</source>
        <translation>jede Antwort braucht einen Text und genau eines von next oder result</translation>
    </message>
    <message>
        <source>a question needs at least 2 answers</source>
        <translation>eine Frage braucht mindestens 2 Antworten</translation>
    </message>
    <message>
        <source>every result needs an id, a card, why and a rule</source>
        <translation>jedes Ergebnis braucht eine ID, eine Karte, why und eine Regel</translation>
    </message>
</context>
<context>
    <name>HarImport</name>
    <message>
        <source>request body not in the HAR</source>
        <translation>Anfrage-Body nicht in der HAR</translation>
    </message>
    <message>
        <source>request body rebuilt from postData.params</source>
        <translation>Anfrage-Body aus postData.params wiederhergestellt</translation>
    </message>
    <message>
        <source>no response in the HAR (status 0)</source>
        <translation>keine Antwort in der HAR (Status 0)</translation>
    </message>
    <message>
        <source>no response: %1</source>
        <translation>keine Antwort: %1</translation>
    </message>
    <message>
        <source>response body not in the HAR (%1 bytes)</source>
        <translation>Antwort-Body nicht in der HAR (%1 Bytes)</translation>
    </message>
    <message>
        <source>no request</source>
        <translation>keine Anfrage</translation>
    </message>
    <message>
        <source>no request.method</source>
        <translation>kein request.method</translation>
    </message>
    <message>
        <source>no request.url</source>
        <translation>kein request.url</translation>
    </message>
    <message>
        <source>no response in the HAR</source>
        <translation>keine Antwort in der HAR</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2 at byte %3</source>
        <translation>%1 ist kein gültiges JSON: %2 bei Byte %3</translation>
    </message>
    <message>
        <source>%1 is not a HAR file: it has no &quot;log&quot; object</source>
        <translation>%1 ist keine HAR-Datei: sie hat kein „log“-Objekt</translation>
    </message>
    <message>
        <source>%1 is HAR version %2; StatusDeck reads versions 1.1 and 1.2</source>
        <translation>%1 ist HAR-Version %2; StatusDeck liest die Versionen 1.1 und 1.2</translation>
    </message>
    <message>
        <source>%1 is not a HAR file: its log has no &quot;entries&quot; list</source>
        <translation>%1 ist keine HAR-Datei: ihr log hat keine „entries“-Liste</translation>
    </message>
    <message>
        <source>entry %1: %2</source>
        <translation>Eintrag %1: %2</translation>
    </message>
    <message>
        <source>cut at %1 KiB per side</source>
        <translation>bei %1 KiB pro Seite abgeschnitten</translation>
    </message>
    <message>
        <source>%1, entry %2 of %3</source>
        <translation>%1, Eintrag %2 von %3</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) skipped (%1)</source>
        <translation>
            <numerusform>%n Eintrag übersprungen (%1)</numerusform>
            <numerusform>%n Einträge übersprungen (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>only the first %1 entries were read; %n more left out</source>
        <translation>
            <numerusform>nur die ersten %1 Einträge wurden gelesen; %n weiterer ausgelassen</numerusform>
            <numerusform>nur die ersten %1 Einträge wurden gelesen; %n weitere ausgelassen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) cut at %1 KiB per side</source>
        <translation>
            <numerusform>%n Eintrag bei %1 KiB pro Seite abgeschnitten</numerusform>
            <numerusform>%n Einträge bei %1 KiB pro Seite abgeschnitten</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is %2 MiB; StatusDeck opens HAR files of up to %3 MiB</source>
        <translation>%1 ist %2 MiB groß; StatusDeck öffnet HAR-Dateien bis %3 MiB</translation>
    </message>
</context>
<context>
    <name>PageShortcuts</name>
    <message>
        <source>Exchange log</source>
        <translation>Austauschprotokoll</translation>
    </message>
</context>
<context>
    <name>PngWriter</name>
    <message>
        <source>There is no image to write.</source>
        <translation>Es gibt kein Bild zum Schreiben.</translation>
    </message>
</context>
<context>
    <name>RequestText</name>
    <message>
        <source>[StatusDeck: the sandbox&apos;s log has no bytes for this hop; the text below is rebuilt from what the client sent and got, it is not what went over the wire]</source>
        <translation>[StatusDeck: Das Protokoll der Sandbox hat keine Bytes für diesen Schritt; der Text unten ist aus dem rekonstruiert, was der Client gesendet und erhalten hat, nicht das, was über die Leitung ging]</translation>
    </message>
    <message>
        <source>[StatusDeck: this hop went to %1, not to the sandbox, so nothing was logged; the text below is rebuilt from what the client sent and got]</source>
        <translation>[StatusDeck: Dieser Schritt ging an %1, nicht an die Sandbox, daher wurde nichts protokolliert; der Text unten ist aus dem rekonstruiert, was der Client gesendet und erhalten hat]</translation>
    </message>
</context>
<context>
    <name>statusdeck::RawReplay</name>
    <message>
        <source>the sandbox closed the connection without an answer</source>
        <translation>die Sandbox hat die Verbindung ohne Antwort geschlossen</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>keine Antwort innerhalb von %1 s</translation>
    </message>
</context>
<context>
    <name>statusdeck::SandboxServer</name>
    <message>
        <source>the sandbox was stopped</source>
        <translation>die Sandbox wurde angehalten</translation>
    </message>
</context>
<context>
    <name>statusdeck::gui</name>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>%1, section %2</source>
        <translation>%1, Abschnitt %2</translation>
    </message>
    <message>
        <source>No quote on this card.</source>
        <translation>Kein Zitat auf dieser Karte.</translation>
    </message>
    <message>
        <source>%1 %2 compared with %3 %4</source>
        <translation>%1 %2 im Vergleich mit %3 %4</translation>
    </message>
    <message>
        <source>The %1 card:</source>
        <translation>Die Karte %1:</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>Registry</source>
        <translation>Registrierung</translation>
    </message>
    <message>
        <source>In short</source>
        <translation>Kurz gesagt</translation>
    </message>
    <message>
        <source>Yes, by default</source>
        <translation>Ja, standardmäßig</translation>
    </message>
    <message>
        <source>Only with explicit freshness</source>
        <translation>Nur mit ausdrücklicher Frische</translation>
    </message>
    <message>
        <source>Heuristically cacheable</source>
        <translation>Heuristisch cachebar</translation>
    </message>
    <message>
        <source>not a redirect</source>
        <translation>keine Umleitung</translation>
    </message>
    <message>
        <source>Redirect</source>
        <translation>Umleitung</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>Content allowed</source>
        <translation>Inhalt erlaubt</translation>
    </message>
    <message>
        <source>Required headers</source>
        <translation>Erforderliche Header</translation>
    </message>
    <message>
        <source>When to use it</source>
        <translation>Wann verwenden</translation>
    </message>
    <message>
        <source>From the RFC</source>
        <translation>Aus dem RFC</translation>
    </message>
</context>
<context>
    <name>statusdeck::gui::CardListModel</name>
    <message>
        <source>★ Favourites</source>
        <translation>★ Favoriten</translation>
    </message>
    <message>
        <source>Recent</source>
        <translation>Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>No cards match “%1”. Browse a class:</source>
        <translation>Keine Karte passt zu „%1“. Eine Klasse durchsehen:</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n Treffer</numerusform>
            <numerusform>%n Treffer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>statusdeck::gui::CompareView</name>
    <message>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <source>Redirect code</source>
        <translation>Weiterleitungscode</translation>
    </message>
    <message>
        <source>Redirect code:</source>
        <translation>Weiterleitungscode:</translation>
    </message>
    <message>
        <source>Clients compared</source>
        <translation>Verglichene Clients</translation>
    </message>
</context>
<context>
    <name>statusdeck::gui::ComposerView</name>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>Choose an experiment…</source>
        <translation>Ein Experiment wählen…</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>The sandbox&apos;s URL, or a path on it such as redirect/307</source>
        <translation>Die URL der Sandbox oder ein Pfad darauf wie redirect/307</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>One header per line: Name: value</source>
        <translation>Ein Header pro Zeile: Name: Wert</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Preset:</source>
        <translation>Vorlage:</translation>
    </message>
    <message>
        <source>Request:</source>
        <translation>Anfrage:</translation>
    </message>
    <message>
        <source>Headers:</source>
        <translation>Header:</translation>
    </message>
    <message>
        <source>Body:</source>
        <translation>Inhalt:</translation>
    </message>
    <message>
        <source>The chosen emulated client follows the redirects hop by hop; every hop really goes to the sandbox and shows up in its log.</source>
        <translation>Der gewählte emulierte Client folgt den Weiterleitungen Schritt für Schritt; jeder Schritt geht wirklich an die Sandbox und erscheint in ihrem Protokoll.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a URL.</source>
        <translation>„%1“ ist keine URL.</translation>
    </message>
    <message>
        <source>The headers were not sent: %1</source>
        <translation>Die Header wurden nicht gesendet: %1</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;: %n hop(s). Stop: %2. %3</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: %n Schritt. Ende: %2. %3</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: %n Schritte. Ende: %2. %3</numerusform>
        </translation>
    </message>
    <message>
        <source>−%1: %2</source>
        <translation>−%1: %2</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Warum:</translation>
    </message>
</context>
<context>
    <name>statusdeck::gui::EmptyLogHint</name>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Command to send a first request</source>
        <translation>Befehl für eine erste Anfrage</translation>
    </message>
    <message>
        <source>Copy this command to the clipboard, to paste it in a terminal</source>
        <translation>Diesen Befehl in die Zwischenablage kopieren, um ihn in einem Terminal einzufügen</translation>
    </message>
    <message>
        <source>No exchange matches the filter. Clear it to see all of them.</source>
        <translation>Kein Austausch passt zum Filter. Leeren Sie ihn, um alle zu sehen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;No exchanges yet.&lt;/b&gt;&lt;br/&gt;Send a request to the sandbox from any client: a browser, your code, or this command in a terminal. It shows up here as it arrives.</source>
        <translation>&lt;b&gt;Noch kein Austausch.&lt;/b&gt;&lt;br/&gt;Senden Sie der Sandbox eine Anfrage von einem beliebigen Client: einem Browser, Ihrem Code oder diesem Befehl in einem Terminal. Sie erscheint hier, sobald sie eintrifft.</translation>
    </message>
    <message>
        <source>&lt;b&gt;No exchanges yet.&lt;/b&gt;&lt;br/&gt;Start the sandbox, then send it a request from any client, for example with this command in a terminal.</source>
        <translation>&lt;b&gt;Noch kein Austausch.&lt;/b&gt;&lt;br/&gt;Starten Sie die Sandbox und senden Sie ihr dann eine Anfrage von einem beliebigen Client, zum Beispiel mit diesem Befehl in einem Terminal.</translation>
    </message>
</context>
<context>
    <name>statusdeck::gui::ExchangeActions</name>
    <message>
        <source>Copy as curl</source>
        <translation>Als curl kopieren</translation>
    </message>
    <message>
        <source>Copy a curl command that sends this request again</source>
        <translation>Einen curl-Befehl kopieren, der diese Anfrage erneut sendet</translation>
    </message>
    <message>
        <source>Copy as fetch</source>
        <translation>Als fetch kopieren</translation>
    </message>
    <message>
        <source>Copy a JavaScript fetch() call that sends this request again</source>
        <translation>Einen JavaScript-Aufruf fetch() kopieren, der diese Anfrage erneut sendet</translation>
    </message>
    <message>
        <source>Copy URL</source>
        <translation>URL kopieren</translation>
    </message>
    <message>
        <source>Copy the URL of this request</source>
        <translation>Die URL dieser Anfrage kopieren</translation>
    </message>
    <message>
        <source>Copied %1 to the clipboard</source>
        <translation>%1 in die Zwischenablage kopiert</translation>
    </message>
    <message>
        <source>Replay</source>
        <translation>Erneut senden</translation>
    </message>
    <message>
        <source>Send the same bytes to the sandbox again; the answer shows up as a new exchange</source>
        <translation>Dieselben Bytes erneut an die Sandbox senden; die Antwort erscheint als neuer Austausch</translation>
    </message>
    <message>
        <source>Edit and Resend…</source>
        <translation>Bearbeiten und erneut senden…</translation>
    </message>
    <message>
        <source>Open this request in the lab&apos;s request composer to change it and send it</source>
        <translation>Diese Anfrage im Anfrage-Editor des Labors öffnen, um sie zu ändern und zu senden</translation>
    </message>
    <message>
        <source>Open the Status Card</source>
        <translation>Statuskarte öffnen</translation>
    </message>
    <message>
        <source>Show the reference card of this exchange&apos;s status code</source>
        <translation>Die Referenzkarte zum Statuscode dieses Austauschs zeigen</translation>
    </message>
    <message>
        <source>Expand or Collapse the Redirect Chain</source>
        <translation>Weiterleitungskette auf- oder zuklappen</translation>
    </message>
    <message>
        <source>Show or hide the later hops of this redirect chain</source>
        <translation>Die späteren Schritte dieser Weiterleitungskette zeigen oder verbergen</translation>
    </message>
    <message>
        <source>This exchange is not a whole HTTP request, so there is nothing to copy as a command</source>
        <translation>Dieser Austausch ist keine vollständige HTTP-Anfrage, daher gibt es nichts als Befehl zu kopieren</translation>
    </message>
    <message>
        <source>Copied the fetch() call to the clipboard</source>
        <translation>Den Aufruf fetch() in die Zwischenablage kopiert</translation>
    </message>
    <message>
        <source>Start the sandbox to replay a request</source>
        <translation>Starten Sie die Sandbox, um eine Anfrage erneut zu senden</translation>
    </message>
    <message>
        <source>Replayed %1: %2</source>
        <translation>%1 erneut gesendet: %2</translation>
    </message>
    <message>
        <source>Replay of %1 failed: %2</source>
        <translation>Erneutes Senden von %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Replaying %1…</source>
        <translation>%1 wird erneut gesendet…</translation>
    </message>
</context>
<context>
    <name>statusdeck::gui::ExchangeDetail</name>
    <message>
        <source>Raw request</source>
        <translation>Rohe Anfrage</translation>
    </message>
    <message>
        <source>Raw response</source>
        <translation>Rohe Antwort</translation>
    </message>
    <message>
        <source>Request as it arrived</source>
        <translation>Anfrage, wie sie ankam</translation>
    </message>
    <message>
        <source>Response as it was sent</source>
        <translation>Antwort, wie sie gesendet wurde</translation>
    </message>
    <message>
        <source>Imported, read-only: %1. Rebuilt from the HAR&apos;s fields, not bytes this sandbox saw.</source>
        <translation>Importiert, schreibgeschützt: %1. Aus den Feldern der HAR wiederhergestellt, nicht Bytes, die diese Sandbox gesehen hat.</translation>
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
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importiert</translation>
    </message>
    <message>
        <source>Imported from %1 (read-only)</source>
        <translation>Importiert aus %1 (schreibgeschützt)</translation>
    </message>
    <message>
        <source>(nothing arrived)</source>
        <translation>(nichts angekommen)</translation>
    </message>
    <message>
        <source>(not an HTTP request)</source>
        <translation>(keine HTTP-Anfrage)</translation>
    </message>
    <message numerus="yes">
        <source>(%n hop(s))</source>
        <translation>
            <numerusform>(%n Schritt)</numerusform>
            <numerusform>(%n Schritte)</numerusform>
        </translation>
    </message>
    <message>
        <source>A redirect chain: expand it to see every hop (+)</source>
        <translation>Eine Weiterleitungskette: aufklappen, um jeden Schritt zu sehen (+)</translation>
    </message>
    <message>
        <source>A redirect chain: collapse it to this first request (−)</source>
        <translation>Eine Weiterleitungskette: auf diese erste Anfrage zuklappen (−)</translation>
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
        <translation>Welchen Code soll ich verwenden?</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Start Over</source>
        <translation>&amp;Von vorn</translation>
    </message>
    <message>
        <source>&amp;Open Card</source>
        <translation>Karte ö&amp;ffnen</translation>
    </message>
    <message>
        <source>The guide could not be loaded.</source>
        <translation>Der Ratgeber konnte nicht geladen werden.</translation>
    </message>
    <message>
        <source>%1, section %2</source>
        <translation>%1, Abschnitt %2</translation>
    </message>
</context>
<context>
    <name>statusdeck::gui::HopDetailView</name>
    <message>
        <source>Hops</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 into %2&lt;/b&gt; with %3. &lt;a href=&apos;card:%2&apos;&gt;Open the %2 card&lt;/a&gt;</source>
        <translation>&lt;b&gt;%1 in %2&lt;/b&gt; mit %3. &lt;a href=&apos;card:%2&apos;&gt;Die Karte %2 öffnen&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation>Profil: %1</translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation>Angehalten: %1</translation>
    </message>
    <message>
        <source>Command: &lt;code&gt;%1&lt;/code&gt;</source>
        <translation>Befehl: &lt;code&gt;%1&lt;/code&gt;</translation>
    </message>
    <message>
        <source>[… this exchange has left the sandbox&apos;s log …]</source>
        <translation>[… dieser Austausch ist nicht mehr im Protokoll der Sandbox …]</translation>
    </message>
    <message>
        <source>%1. %2 %3 → %4</source>
        <translation>%1. %2 %3 → %4</translation>
    </message>
    <message numerus="yes">
        <source>body %n byte(s)</source>
        <translation>
            <numerusform>Body %n Byte</numerusform>
            <numerusform>Body %n Bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing changed</source>
        <translation>nichts geändert</translation>
    </message>
    <message>
        <source>&lt;a href=&apos;card:%1&apos;&gt;(the %1 card)&lt;/a&gt;</source>
        <translation>&lt;a href=&apos;card:%1&apos;&gt;(die Karte %1)&lt;/a&gt;</translation>
    </message>
    <message>
        <source>rule: %1</source>
        <translation>Regel: %1</translation>
    </message>
    <message>
        <source>−%1: %2</source>
        <translation>−%1: %2</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Warum: %1</translation>
    </message>
    <message>
        <source>Why −%1: %2</source>
        <translation>Warum −%1: %2</translation>
    </message>
    <message>
        <source>Why every header is kept: %1</source>
        <translation>Warum jeder Header bleibt: %1</translation>
    </message>
    <message>
        <source>Request of the hop, as the sandbox received it</source>
        <translation>Anfrage des Schritts, wie die Sandbox sie empfing</translation>
    </message>
    <message>
        <source>Response of the hop, as the sandbox sent it</source>
        <translation>Antwort des Schritts, wie die Sandbox sie sendete</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>the sandbox logged no bytes for this hop</source>
        <translation>die Sandbox hat für diesen Schritt keine Bytes protokolliert</translation>
    </message>
</context>
<context>
    <name>statusdeck::gui::HttpLexer</name>
    <message>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Start line</source>
        <translation>Startzeile</translation>
    </message>
    <message>
        <source>Header name</source>
        <translation>Header-Name</translation>
    </message>
    <message>
        <source>Header value</source>
        <translation>Header-Wert</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Truncation mark</source>
        <translation>Kürzungsmarke</translation>
    </message>
</context>
<context>
    <name>statusdeck::gui::LabPage</name>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source> (runs for real)</source>
        <translation> (läuft echt)</translation>
    </message>
    <message>
        <source> (emulated)</source>
        <translation> (emuliert)</translation>
    </message>
    <message>
        <source>%1 (real program)</source>
        <translation>%1 (echtes Programm)</translation>
    </message>
    <message>
        <source>%1 (not installed)</source>
        <translation>%1 (nicht installiert)</translation>
    </message>
    <message>
        <source>Client:</source>
        <translation>Client:</translation>
    </message>
    <message>
        <source>Pick a client and run the matrix: every method is sent into 301, 302, 303, 307 and 308 on the sandbox, and each cell shows what arrived at the redirect&apos;s target.</source>
        <translation>Wähle einen Client und führe die Matrix aus: jede Methode wird in der Sandbox in 301, 302, 303, 307 und 308 geschickt, und jede Zelle zeigt, was am Ziel der Weiterleitung ankam.</translation>
    </message>
    <message>
        <source>Starting the sandbox…</source>
        <translation>Die Sandbox startet…</translation>
    </message>
    <message>
        <source>The sandbox could not start: %1</source>
        <translation>Die Sandbox konnte nicht starten: %1</translation>
    </message>
    <message>
        <source>%1: done. Every cell was run live against %2.</source>
        <translation>%1: fertig. Jede Zelle lief live gegen %2.</translation>
    </message>
    <message numerus="yes">
        <source>%1: done; %n cell(s) differ from the profile&apos;s prediction (marked ⚠).</source>
        <translation>
            <numerusform>%1: fertig; %n Zelle weicht von der Vorhersage des Profils ab (mit ⚠ markiert).</numerusform>
            <numerusform>%1: fertig; %n Zellen weichen von der Vorhersage des Profils ab (mit ⚠ markiert).</numerusform>
        </translation>
    </message>
    <message>
        <source>Running %1 through the matrix on %2…</source>
        <translation>%1 läuft durch die Matrix auf %2…</translation>
    </message>
    <message>
        <source>Run the matrix to fill this cell.</source>
        <translation>Führe die Matrix aus, um diese Zelle zu füllen.</translation>
    </message>
    <message>
        <source>Matrix</source>
        <translation>Matrix</translation>
    </message>
    <message>
        <source>Compare Clients</source>
        <translation>Clients vergleichen</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>%1: run the matrix to see what a client does with it (the POST row shows the classic difference), or compare every client on it.</source>
        <translation>%1: führe die Matrix aus, um zu sehen, was ein Client damit macht (die POST-Zeile zeigt den klassischen Unterschied), oder vergleiche alle Clients darauf.</translation>
    </message>
    <message>
        <source>%1: press Send to run it with the chosen client.</source>
        <translation>%1: drücke Senden, um es mit dem gewählten Client auszuführen.</translation>
    </message>
    <message>
        <source>The request composer runs an emulated client; pick one of the profiles (for Qt and the real programs, run the matrix).</source>
        <translation>Der Anfrage-Editor führt einen emulierten Client aus; wähle eines der Profile (für Qt und die echten Programme führe die Matrix aus).</translation>
    </message>
    <message>
        <source>Done: what the sandbox received on each hop is also in the Sandbox tab.</source>
        <translation>Fertig: was die Sandbox bei jedem Schritt empfing, steht auch im Reiter Sandbox.</translation>
    </message>
    <message>
        <source>Sending with %1…</source>
        <translation>Wird mit %1 gesendet…</translation>
    </message>
    <message>
        <source>Comparing every client on %1, live against %2…</source>
        <translation>Alle Clients auf %1 werden verglichen, live gegen %2…</translation>
    </message>
    <message>
        <source>Every client on %1, side by side: each column was run live.</source>
        <translation>Alle Clients auf %1 nebeneinander: jede Spalte lief live.</translation>
    </message>
    <message>
        <source>Compare the clients, then pick a cell to see its hops.</source>
        <translation>Vergleichen Sie die Clients und wählen Sie dann eine Zelle, um ihre Schritte zu sehen.</translation>
    </message>
    <message>
        <source>Send a request to see its hops.</source>
        <translation>Senden Sie eine Anfrage, um ihre Schritte zu sehen.</translation>
    </message>
    <message>
        <source>Observed with %1</source>
        <translation>Beobachtet mit %1</translation>
    </message>
    <message>
        <source>%1 (real browser)</source>
        <translation>%1 (echter Browser)</translation>
    </message>
    <message>
        <source>Cross-Origin</source>
        <translation>Cross-Origin</translation>
    </message>
    <message>
        <source>Running %1 through the cross-origin matrix: from %2 to the same origin, to %3 and to %4…</source>
        <translation>%1 läuft durch die Cross-Origin-Matrix: von %2 zum selben Origin, zu %3 und zu %4…</translation>
    </message>
    <message>
        <source>Running %1 through every method into %2 on %3…</source>
        <translation>%1 läuft mit jeder Methode in %2 auf %3…</translation>
    </message>
    <message>
        <source>run the matrix first</source>
        <translation>zuerst die Matrix ausführen</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos;</source>
        <translation>unbekanntes Format „%1“</translation>
    </message>
    <message>
        <source>Matrix exported to %1</source>
        <translation>Matrix nach %1 exportiert</translation>
    </message>
    <message>
        <source>Markdown files (*.md)</source>
        <translation>Markdown-Dateien (*.md)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>Export the Matrix</source>
        <translation>Matrix exportieren</translation>
    </message>
    <message>
        <source>The matrix was not exported: %1</source>
        <translation>Die Matrix wurde nicht exportiert: %1</translation>
    </message>
    <message>
        <source>The request from the sandbox&apos;s log: change it, then press Send.</source>
        <translation>Die Anfrage aus dem Protokoll der Sandbox: ändern Sie sie und drücken Sie dann Senden.</translation>
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
        <translation>&amp;Erneut senden</translation>
    </message>
    <message>
        <source>Try %1 %2 live – StatusDeck</source>
        <translation>%1 %2 live ausprobieren – StatusDeck</translation>
    </message>
    <message>
        <source>Exchanges, raw</source>
        <translation>Austausche, roh</translation>
    </message>
    <message>
        <source>Send the requests to the sandbox again</source>
        <translation>Die Anfragen erneut an die Sandbox senden</translation>
    </message>
    <message>
        <source>&lt;b&gt;What to notice&lt;/b&gt;</source>
        <translation>&lt;b&gt;Worauf zu achten ist&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;&amp;Exchanges&lt;/b&gt; (as sent and received; line ends are CR LF)</source>
        <translation>&lt;b&gt;&amp;Austausche&lt;/b&gt; (wie gesendet und empfangen; Zeilenenden sind CR LF)</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <source>Sent to the sandbox at %1.</source>
        <translation>An die Sandbox unter %1 gesendet.</translation>
    </message>
    <message>
        <source>Starting the sandbox…</source>
        <translation>Die Sandbox wird gestartet…</translation>
    </message>
    <message>
        <source>The sandbox was stopped and port %1 is taken: it was started on port %2 (%3). Stop it on the Sandbox page.</source>
        <translation>Die Sandbox war angehalten und Port %1 ist belegt: Sie wurde auf Port %2 gestartet (%3). Anhalten lässt sie sich auf der Sandbox-Seite.</translation>
    </message>
    <message>
        <source>The sandbox was stopped: it was started on port %1 (%2). Stop it on the Sandbox page.</source>
        <translation>Die Sandbox war angehalten: Sie wurde auf Port %1 gestartet (%2). Anhalten lässt sie sich auf der Sandbox-Seite.</translation>
    </message>
    <message>
        <source>The sandbox could not be started: %1</source>
        <translation>Die Sandbox konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>--&gt; request %1 of %2</source>
        <translation>--&gt; Anfrage %1 von %2</translation>
    </message>
    <message>
        <source> (to a port where nothing listens)</source>
        <translation> (an einen Port, auf dem niemand lauscht)</translation>
    </message>
    <message>
        <source>&lt;-- no response</source>
        <translation>&lt;-- keine Antwort</translation>
    </message>
    <message numerus="yes">
        <source>&lt;-- response (%n byte(s))</source>
        <translation>
            <numerusform>&lt;-- Antwort (%n Byte)</numerusform>
            <numerusform>&lt;-- Antwort (%n Bytes)</numerusform>
        </translation>
    </message>
    <message>
        <source>    as the card says</source>
        <translation>    wie die Karte sagt</translation>
    </message>
    <message>
        <source>    NOT as the card says: %1</source>
        <translation>    NICHT wie die Karte sagt: %1</translation>
    </message>
    <message>
        <source>✔ What arrived is what the card says.</source>
        <translation>✔ Was ankam, ist, was die Karte sagt.</translation>
    </message>
    <message>
        <source>✘ What arrived is not what the card says.</source>
        <translation>✘ Was ankam, ist nicht, was die Karte sagt.</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>Es wurde nichts gesendet.</translation>
    </message>
</context>
<context>
    <name>statusdeck::gui::MainWindow</name>
    <message>
        <source>StatusDeck</source>
        <translation>StatusDeck</translation>
    </message>
    <message>
        <source>Snippet copied to the clipboard</source>
        <translation>Snippet in die Zwischenablage kopiert</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Vor</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>&amp;Copy Snippet</source>
        <translation>Snippet &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;System</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About StatusDeck</source>
        <translation>&amp;Über StatusDeck</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>%1 %2 – StatusDeck</source>
        <translation>%1 %2 – StatusDeck</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s)</source>
        <translation>
            <numerusform>%n Karte</numerusform>
            <numerusform>%n Karten</numerusform>
        </translation>
    </message>
    <message>
        <source>About StatusDeck</source>
        <translation>Über StatusDeck</translation>
    </message>
    <message>
        <source>&lt;h3&gt;StatusDeck %1&lt;/h3&gt;&lt;p&gt;An HTTP status code reference and redirect lab.&lt;/p&gt;&lt;p&gt;%2 cards. RFC text is quoted under the IETF Trust&apos;s legal provisions.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;StatusDeck %1&lt;/h3&gt;&lt;p&gt;Eine Referenz für HTTP-Statuscodes und ein Labor für Weiterleitungen.&lt;/p&gt;&lt;p&gt;%2 Karten. RFC-Texte werden gemäß den rechtlichen Bestimmungen des IETF Trust zitiert.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n problem(s) while loading</source>
        <translation>
            <numerusform>⚠ %n Problem beim Laden</numerusform>
            <numerusform>⚠ %n Probleme beim Laden</numerusform>
        </translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>Redirect Lab</source>
        <translation>Weiterleitungslabor</translation>
    </message>
    <message>
        <source>&amp;Export Card as Markdown…</source>
        <translation>Karte als Markdown &amp;exportieren…</translation>
    </message>
    <message>
        <source>Copy Card as &amp;Markdown</source>
        <translation>Karte als &amp;Markdown kopieren</translation>
    </message>
    <message>
        <source>Card copied to the clipboard as Markdown</source>
        <translation>Karte als Markdown in die Zwischenablage kopiert</translation>
    </message>
    <message>
        <source>Fa&amp;vourite</source>
        <translation>Favori&amp;t</translation>
    </message>
    <message>
        <source>&amp;Favourites</source>
        <translation>&amp;Favoriten</translation>
    </message>
    <message>
        <source>&amp;Recent</source>
        <translation>Zuletzt &amp;geöffnet</translation>
    </message>
    <message>
        <source>&amp;Which Code…</source>
        <translation>&amp;Welcher Code…</translation>
    </message>
    <message>
        <source>&amp;Compare with Confused Card</source>
        <translation>Mit verwechselter &amp;Karte vergleichen</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>&amp;Normal Size</source>
        <translation>&amp;Normalgröße</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(noch keine)</translation>
    </message>
    <message>
        <source>Export Card as Markdown</source>
        <translation>Karte als Markdown exportieren</translation>
    </message>
    <message>
        <source>Markdown (*.md);;All files (*)</source>
        <translation>Markdown (*.md);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Card exported to %1</source>
        <translation>Karte nach %1 exportiert</translation>
    </message>
    <message>
        <source>Search the cards by code, phrase or text (%1)</source>
        <translation>Die Karten nach Code, Phrase oder Text durchsuchen (%1)</translation>
    </message>
    <message>
        <source>Copy the card&apos;s code snippet to the clipboard (%1)</source>
        <translation>Das Code-Beispiel der Karte in die Zwischenablage kopieren (%1)</translation>
    </message>
    <message>
        <source>the Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>the Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>the Redirect Lab</source>
        <translation>Weiterleitungslabor</translation>
    </message>
    <message>
        <source>Go back to %1 (%2)</source>
        <translation>Zurück zu: %1 (%2)</translation>
    </message>
    <message>
        <source>Go back (%1)</source>
        <translation>Zurück (%1)</translation>
    </message>
    <message>
        <source>Go forward to %1 (%2)</source>
        <translation>Vorwärts zu: %1 (%2)</translation>
    </message>
    <message>
        <source>Go forward (%1)</source>
        <translation>Vorwärts (%1)</translation>
    </message>
    <message>
        <source>Sandbox – StatusDeck</source>
        <translation>Sandbox – StatusDeck</translation>
    </message>
    <message>
        <source>Redirect Lab – StatusDeck</source>
        <translation>Weiterleitungslabor – StatusDeck</translation>
    </message>
    <message>
        <source>Sandbox stopped</source>
        <translation>Sandbox angehalten</translation>
    </message>
    <message>
        <source>Sandbox starting…</source>
        <translation>Sandbox startet…</translation>
    </message>
    <message>
        <source>Sandbox running on port %1</source>
        <translation>Sandbox läuft auf Port %1</translation>
    </message>
    <message>
        <source>Sandbox failed to start</source>
        <translation>Sandbox konnte nicht starten</translation>
    </message>
    <message>
        <source>Show the Sandbox page (Ctrl+2)</source>
        <translation>Die Sandbox-Seite zeigen (Strg+2)</translation>
    </message>
    <message>
        <source>&amp;Reference</source>
        <translation>&amp;Referenz</translation>
    </message>
    <message>
        <source>&amp;Sandbox</source>
        <translation>&amp;Sandbox</translation>
    </message>
    <message>
        <source>Redirect &amp;Lab</source>
        <translation>Weiterleitungs&amp;labor</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;Report a Problem…</source>
        <translation>Ein &amp;Problem melden…</translation>
    </message>
    <message>
        <source>Open the bug tracker in the browser: %1</source>
        <translation>Den Bugtracker im Browser öffnen: %1</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>Mouse: the back and forward buttons go back and forward too.</source>
        <translation>Maus: Die Zurück- und Vorwärts-Tasten gehen ebenfalls zurück und vorwärts.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1 compared with %2</source>
        <translation>%1 verglichen mit %2</translation>
    </message>
    <message>
        <source>&amp;Open HAR…</source>
        <translation>HAR ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open a HAR file (from devtools or &apos;statusdeck serve --har&apos;) in the exchange log</source>
        <translation>Eine HAR-Datei (aus den Entwicklerwerkzeugen oder von „statusdeck serve --har“) im Austauschprotokoll öffnen</translation>
    </message>
    <message>
        <source>Open HAR</source>
        <translation>HAR öffnen</translation>
    </message>
    <message>
        <source>HAR files (*.har);;JSON files (*.json);;All files (*)</source>
        <translation>HAR-Dateien (*.har);;JSON-Dateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The HAR file was not opened.</source>
        <translation>Die HAR-Datei wurde nicht geöffnet.</translation>
    </message>
    <message>
        <source>The exchange log is as it was.</source>
        <translation>Das Austauschprotokoll ist unverändert.</translation>
    </message>
    <message>
        <source>no card &apos;%1&apos;.</source>
        <translation>keine Karte „%1“.</translation>
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
        <translation>Matrix ausführen</translation>
    </message>
    <message>
        <source> + body</source>
        <translation> + Inhalt</translation>
    </message>
    <message>
        <source>Redirect matrix</source>
        <translation>Weiterleitungsmatrix</translation>
    </message>
    <message>
        <source>%1 method and body kept · %2 method changed · %3 body dropped · %4 not followed · ⚠ the client did not do what its profile predicts</source>
        <translation>%1 Methode und Body behalten · %2 Methode geändert · %3 Body verworfen · %4 nicht gefolgt · ⚠ der Client tat nicht, was sein Profil vorhersagt</translation>
    </message>
    <message>
        <source>Run Cross-Origin Matrix</source>
        <translation>Cross-Origin-Matrix ausführen</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Export the cross-origin matrix</source>
        <translation>Die Cross-Origin-Matrix exportieren</translation>
    </message>
    <message>
        <source>Export the matrix</source>
        <translation>Die Matrix exportieren</translation>
    </message>
    <message>
        <source>As Markdown…</source>
        <translation>Als Markdown…</translation>
    </message>
    <message>
        <source>As CSV…</source>
        <translation>Als CSV…</translation>
    </message>
    <message>
        <source>As JSON…</source>
        <translation>Als JSON…</translation>
    </message>
    <message>
        <source>Cross-origin matrix</source>
        <translation>Cross-Origin-Matrix</translation>
    </message>
    <message>
        <source>Each cell: a GET with Authorization, Cookie and X-StatusDeck-Probe redirected to the row&apos;s origin. %1 all three arrived · %2 a header was removed · %3 not followed · ⚠ the client did not do what its profile predicts. A browser&apos;s fetch() sends no Cookie (no page can set one); a form or a navigation sets none of the three, so it is not offered this grid. Pick a cell for the rule behind it.</source>
        <translation>Jede Zelle: ein GET mit Authorization, Cookie und X-StatusDeck-Probe, weitergeleitet zum Origin der Zeile. %1 alle drei kamen an · %2 ein Header wurde entfernt · %3 nicht gefolgt · ⚠ der Client tat nicht, was sein Profil vorhersagt. Das fetch() eines Browsers sendet kein Cookie (keine Seite kann eines setzen); ein Formular oder eine Navigation setzt keinen der drei Header, daher wird ihnen dieses Raster nicht angeboten. Eine Zelle wählen, um die Regel dahinter zu sehen.</translation>
    </message>
</context>
<context>
    <name>statusdeck::gui::RawBytesView</name>
    <message>
        <source>parse error: %1</source>
        <translation>Parserfehler: %1</translation>
    </message>
    <message>
        <source>no bytes arrived</source>
        <translation>keine Bytes angekommen</translation>
    </message>
    <message numerus="yes">
        <source>the client went after %n byte(s) of the answer</source>
        <translation>
            <numerusform>der Client ging nach %n Byte der Antwort</numerusform>
            <numerusform>der Client ging nach %n Bytes der Antwort</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>statusdeck::gui::RawModeBar</name>
    <message>
        <source>Show line ends (\r\n)</source>
        <translation>Zeilenenden zeigen (\r\n)</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>Hex</translation>
    </message>
    <message>
        <source>Mark every CR and LF where it is, so CRLF and bare LF line ends can be told apart</source>
        <translation>Jedes CR und LF an seiner Stelle markieren, damit CRLF- und reine LF-Zeilenenden unterscheidbar sind</translation>
    </message>
    <message>
        <source>Show the bytes as a hex dump: offset, hex, ASCII</source>
        <translation>Die Bytes als Hex-Dump zeigen: Offset, Hex, ASCII</translation>
    </message>
</context>
<context>
    <name>statusdeck::gui::ReferencePage</name>
    <message>
        <source>Card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>Search codes, phrases, text (Ctrl+K)</source>
        <translation>Codes, Bezeichnungen, Text suchen (Strg+K)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <source>Registry status</source>
        <translation>Registrierungsstatus</translation>
    </message>
    <message>
        <source>All registry statuses</source>
        <translation>Alle Registrierungsstatus</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Temporary</source>
        <translation>Vorübergehend</translation>
    </message>
    <message>
        <source>Unused</source>
        <translation>Unbenutzt</translation>
    </message>
    <message>
        <source>Obsolete</source>
        <translation>Veraltet</translation>
    </message>
    <message>
        <source>Unofficial</source>
        <translation>Inoffiziell</translation>
    </message>
    <message>
        <source>Status codes</source>
        <translation>Statuscodes</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Compare with the Open Card</source>
        <translation>Mit der geöffneten Karte vergleichen</translation>
    </message>
    <message>
        <source>Favourites could not be saved to %1</source>
        <translation>Die Favoriten konnten nicht in %1 gespeichert werden</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Zeigen:</translation>
    </message>
    <message>
        <source>Comparison: %1 %2 and %3 %4</source>
        <translation>Vergleich: %1 %2 und %3 %4</translation>
    </message>
    <message>
        <source>Card: %1 %2</source>
        <translation>Karte: %1 %2</translation>
    </message>
</context>
<context>
    <name>statusdeck::gui::SandboxPage</name>
    <message>
        <source>Copy URL</source>
        <translation>URL kopieren</translation>
    </message>
    <message>
        <source>Open in Browser</source>
        <translation>Im Browser öffnen</translation>
    </message>
    <message>
        <source>any free port</source>
        <translation>beliebiger freier Port</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Port on 127.0.0.1; 0 picks any free port</source>
        <translation>Port auf 127.0.0.1; 0 wählt einen freien Port</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <source>Export HAR…</source>
        <translation>HAR exportieren…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Exchanges</source>
        <translation>Austausche</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Startet…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <source>Listening on the loopback interface only.</source>
        <translation>Lauscht nur auf der Loopback-Schnittstelle.</translation>
    </message>
    <message>
        <source>Listening on the loopback interface only. Second origin for cross-origin redirects: %1</source>
        <translation>Lauscht nur auf der Loopback-Schnittstelle. Zweiter Origin für Weiterleitungen über Origins hinweg: %1</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Not running</source>
        <translation>Läuft nicht</translation>
    </message>
    <message>
        <source>Start the sandbox to send requests to it from any client.</source>
        <translation>Starte die Sandbox, um ihr von einem beliebigen Client Anfragen zu senden.</translation>
    </message>
    <message>
        <source>Could not start: %1</source>
        <translation>Start nicht möglich: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n exchange(s)</source>
        <translation>
            <numerusform>%n Austausch</numerusform>
            <numerusform>%n Austausche</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n older dropped</source>
        <translation>
            <numerusform>%n älterer verworfen</numerusform>
            <numerusform>%n ältere verworfen</numerusform>
        </translation>
    </message>
    <message>
        <source>could not write %1</source>
        <translation>%1 konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Export Selected Exchanges as HAR</source>
        <translation>Ausgewählte Austausche als HAR exportieren</translation>
    </message>
    <message>
        <source>Export All Exchanges as HAR</source>
        <translation>Alle Austausche als HAR exportieren</translation>
    </message>
    <message>
        <source>HAR files (*.har)</source>
        <translation>HAR-Dateien (*.har)</translation>
    </message>
    <message>
        <source>Export HAR</source>
        <translation>HAR exportieren</translation>
    </message>
    <message>
        <source>The HAR file was not written: %1</source>
        <translation>Die HAR-Datei wurde nicht geschrieben: %1</translation>
    </message>
    <message>
        <source>Use a Free Port</source>
        <translation>Freien Port verwenden</translation>
    </message>
    <message>
        <source>Start the sandbox on any free port this time; the chosen port stays saved</source>
        <translation>Die Sandbox diesmal auf einem freien Port starten; der gewählte Port bleibt gespeichert</translation>
    </message>
    <message>
        <source>Port %1 was taken, so the lab started it on a free port.</source>
        <translation>Port %1 war belegt, daher hat das Labor sie auf einem freien Port gestartet.</translation>
    </message>
    <message>
        <source>Could not start: %1. Choose another port, or use a free one.</source>
        <translation>Start fehlgeschlagen: %1. Wählen Sie einen anderen Port oder verwenden Sie einen freien.</translation>
    </message>
    <message>
        <source>Copy the sandbox&apos;s address to the clipboard</source>
        <translation>Die Adresse der Sandbox in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Open the sandbox&apos;s address in the web browser</source>
        <translation>Die Adresse der Sandbox im Webbrowser öffnen</translation>
    </message>
    <message>
        <source>Save the exchanges (or the selected ones) as a HAR file for browser devtools</source>
        <translation>Die Austausche (oder die ausgewählten) als HAR-Datei für die Entwicklerwerkzeuge des Browsers speichern</translation>
    </message>
    <message>
        <source>Copied %1 to the clipboard</source>
        <translation>%1 in die Zwischenablage kopiert</translation>
    </message>
    <message>
        <source>Start the sandbox on the port given (Enter in the port field)</source>
        <translation>Die Sandbox auf dem angegebenen Port starten (Eingabe im Port-Feld)</translation>
    </message>
    <message>
        <source>Stop the sandbox; open connections are dropped</source>
        <translation>Die Sandbox anhalten; offene Verbindungen werden getrennt</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n exchange(s) to %1</source>
        <translation>
            <numerusform>%n Austausch nach %1 geschrieben</numerusform>
            <numerusform>%n Austausche nach %1 geschrieben</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter exchanges</source>
        <translation>Austausche filtern</translation>
    </message>
    <message>
        <source>Filter: words, status:4xx, method:POST, client:curl, host:…, -word</source>
        <translation>Filter: Wörter, status:4xx, method:POST, client:curl, host:…, -Wort</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n exchange(s)</source>
        <translation>
            <numerusform>%1 von %n Austausch</numerusform>
            <numerusform>%1 von %n Austauschen</numerusform>
        </translation>
    </message>
    <message>
        <source>another HAR file is being read; open this one when it is done</source>
        <translation>eine andere HAR-Datei wird gerade gelesen; öffne diese, wenn das fertig ist</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lese %1…</translation>
    </message>
    <message numerus="yes">
        <source>Opened %n exchange(s) from %1</source>
        <translation>
            <numerusform>%n Austausch aus %1 geöffnet</numerusform>
            <numerusform>%n Austausche aus %1 geöffnet</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>statusdeck::gui::SnippetPane</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&lt;b&gt;Snippet&lt;/b&gt;</source>
        <translation>&lt;b&gt;Snippet&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Framework</source>
        <translation>Framework</translation>
    </message>
    <message>
        <source>Copy the snippet to the clipboard (Ctrl+Shift+C)</source>
        <translation>Das Snippet in die Zwischenablage kopieren (Strg+Umschalt+C)</translation>
    </message>
    <message>
        <source>Snippet code</source>
        <translation>Snippet-Code</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <source>Copy as c&amp;url</source>
        <translation>Als c&amp;url kopieren</translation>
    </message>
    <message>
        <source>Run in tests: %1</source>
        <translation>In den Tests ausgeführt: %1</translation>
    </message>
    <message>
        <source>Not run in tests: %1</source>
        <translation>Nicht in den Tests ausgeführt: %1</translation>
    </message>
    <message>
        <source>&amp;Framework:</source>
        <translation>&amp;Framework:</translation>
    </message>
    <message>
        <source>Checked in tests, not run: %1</source>
        <translation>In Tests geprüft, nicht ausgeführt: %1</translation>
    </message>
    <message>
        <source># %1 %2, live from the StatusDeck sandbox on port %3 (it answers any code at /status/CODE)</source>
        <translation># %1 %2, live von der StatusDeck-Sandbox auf Port %3 (sie antwortet jeden Code unter /status/CODE)</translation>
    </message>
    <message>
        <source>Copied: curl for the sandbox on port %1</source>
        <translation>Kopiert: curl für die Sandbox auf Port %1</translation>
    </message>
    <message>
        <source>Copied: the card&apos;s curl example</source>
        <translation>Kopiert: das curl-Beispiel der Karte</translation>
    </message>
    <message>
        <source>Copy a curl command for the running sandbox: curl -i %1</source>
        <translation>Einen curl-Befehl für die laufende Sandbox kopieren: curl -i %1</translation>
    </message>
    <message>
        <source>Copy the curl commands that show this status and its headers (start the Sandbox to get one for it)</source>
        <translation>Die curl-Befehle kopieren, die diesen Status und seine Header zeigen (mit laufender Sandbox einen für sie)</translation>
    </message>
</context>
<context>
    <name>statusdeck::lab::BrowserRun</name>
    <message>
        <source>cannot make a temporary profile folder: %1</source>
        <translation>kann keinen temporären Profilordner anlegen: %1</translation>
    </message>
    <message numerus="yes">
        <source>[%n option(s) that turn off background work]</source>
        <translation>
            <numerusform>[%n Option, die Hintergrundarbeit abschaltet]</numerusform>
            <numerusform>[%n Optionen, die Hintergrundarbeit abschalten]</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 exited with status %2 before the page was done</source>
        <translation>%1 hat sich mit Status %2 beendet, bevor die Seite fertig war</translation>
    </message>
    <message>
        <source>%1 crashed</source>
        <translation>%1 ist abgestürzt</translation>
    </message>
    <message>
        <source>%1 could not be started: %2</source>
        <translation>%1 konnte nicht gestartet werden: %2</translation>
    </message>
    <message>
        <source>the browser run took longer than %1 s</source>
        <translation>der Browserlauf dauerte länger als %1 s</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>Zeit überschritten</translation>
    </message>
</context>
<context>
    <name>statusdeck::lab::Preset</name>
    <message>
        <source>POST through a 302</source>
        <translation>POST durch ein 302</translation>
    </message>
    <message>
        <source>POST through a 307</source>
        <translation>POST durch ein 307</translation>
    </message>
    <message>
        <source>PUT through a 303</source>
        <translation>PUT durch ein 303</translation>
    </message>
    <message>
        <source>DELETE through a 301</source>
        <translation>DELETE durch ein 301</translation>
    </message>
    <message>
        <source>Authorization across origins</source>
        <translation>Authorization über Origins hinweg</translation>
    </message>
    <message>
        <source>A chain of three redirects</source>
        <translation>Eine Kette aus drei Weiterleitungen</translation>
    </message>
    <message>
        <source>A redirect loop</source>
        <translation>Eine Weiterleitungsschleife</translation>
    </message>
    <message>
        <source>the presets are not a JSON object: %1</source>
        <translation>die Vorlagen sind kein JSON-Objekt: %1</translation>
    </message>
    <message>
        <source>preset %1 needs a name and a path</source>
        <translation>Vorlage %1 braucht einen Namen und einen Pfad</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>statusdeck::lab::RedirectMatrix</name>
    <message>
        <source>the qt client always runs Qt&apos;s own QNetworkAccessManager for real; leave out --real.</source>
        <translation>der Client qt führt immer Qts eigenen QNetworkAccessManager echt aus; lass --real weg.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot run for real; --real works with %2.</source>
        <translation>„%1“ kann nicht echt laufen; --real funktioniert mit %2.</translation>
    </message>
    <message>
        <source>unknown client &apos;%1&apos;; with --real use one of %2.</source>
        <translation>unbekannter Client „%1“; mit --real einer von %2.</translation>
    </message>
    <message>
        <source>%1 (real program, compared with the %2 profile)</source>
        <translation>%1 (echtes Programm, verglichen mit dem Profil %2)</translation>
    </message>
    <message>
        <source>%1 is not installed (not found on PATH); install it to run the matrix with the real %1.</source>
        <translation>%1 ist nicht installiert (nicht im PATH); installiere es, um die Matrix mit dem echten %1 auszuführen.</translation>
    </message>
    <message>
        <source>unknown client &apos;%1&apos;; use one of %2, qt, or with --real %3.</source>
        <translation>unbekannter Client „%1“; verwende einen von %2, qt oder mit --real %3.</translation>
    </message>
    <message>
        <source>Qt QNetworkAccessManager, default redirect policy (run for real)</source>
        <translation>Qt QNetworkAccessManager, Standard-Weiterleitungsrichtlinie (läuft echt)</translation>
    </message>
    <message>
        <source>%1 (emulated profile)</source>
        <translation>%1 (emuliertes Profil)</translation>
    </message>
    <message>
        <source>timed out after %1 s</source>
        <translation>Zeitüberschreitung nach %1 s</translation>
    </message>
    <message>
        <source>%1 crashed</source>
        <translation>%1 ist abgestürzt</translation>
    </message>
    <message>
        <source>%1 exited with status %2</source>
        <translation>%1 endete mit Status %2</translation>
    </message>
    <message>
        <source>%1 could not be started: %2</source>
        <translation>%1 konnte nicht gestartet werden: %2</translation>
    </message>
    <message>
        <source>the sandbox saw no request from the client</source>
        <translation>die Sandbox sah keine Anfrage des Clients</translation>
    </message>
    <message>
        <source>stopped at the %1 without following it</source>
        <translation>hielt beim %1 an, ohne zu folgen</translation>
    </message>
    <message>
        <source>the profile predicts a %1 follow-up; the client did not follow</source>
        <translation>das Profil sagt eine %1-Folgeanfrage voraus; der Client folgte nicht</translation>
    </message>
    <message>
        <source>the profile predicts no follow-up (%1); the client sent a %2</source>
        <translation>das Profil sagt keine Folgeanfrage voraus (%1); der Client sandte ein %2</translation>
    </message>
    <message>
        <source>method: predicted %1, saw %2</source>
        <translation>Methode: vorhergesagt %1, gesehen %2</translation>
    </message>
    <message>
        <source>body: predicted kept, saw dropped</source>
        <translation>Inhalt: vorhergesagt behalten, gesehen verworfen</translation>
    </message>
    <message>
        <source>body: predicted dropped, saw kept</source>
        <translation>Inhalt: vorhergesagt verworfen, gesehen behalten</translation>
    </message>
    <message>
        <source>headers dropped: predicted [%1], saw [%2]</source>
        <translation>verworfene Header: vorhergesagt [%1], gesehen [%2]</translation>
    </message>
    <message>
        <source>...</source>
        <translation>...</translation>
    </message>
    <message>
        <source>not followed: %1</source>
        <translation>nicht gefolgt: %1</translation>
    </message>
    <message>
        <source>, kept</source>
        <translation>, behalten</translation>
    </message>
    <message>
        <source>, body dropped</source>
        <translation>, Inhalt verworfen</translation>
    </message>
    <message>
        <source>  %1: differs from the %2 profile: %3</source>
        <translation>  %1: weicht vom Profil %2 ab: %3</translation>
    </message>
    <message>
        <source>  %1: followed, then the client reported: %2</source>
        <translation>  %1: gefolgt, dann meldete der Client: %2</translation>
    </message>
    <message>
        <source>  %1: the client sent the first request %2 times</source>
        <translation>  %1: der Client sandte die erste Anfrage %2-mal</translation>
    </message>
    <message>
        <source>Redirect matrix: %1</source>
        <translation>Weiterleitungsmatrix: %1</translation>
    </message>
    <message>
        <source>Program: %1</source>
        <translation>Programm: %1</translation>
    </message>
    <message>
        <source>Each cell: the method that arrived after the redirect; for a request with a body, whether the body came along.</source>
        <translation>Jede Zelle: die Methode, die nach der Weiterleitung ankam; bei einer Anfrage mit Inhalt, ob der Inhalt mitkam.</translation>
    </message>
    <message>
        <source>method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Headers of the first request that did not arrive after the redirect:</source>
        <translation>Header der ersten Anfrage, die nach der Weiterleitung nicht ankamen:</translation>
    </message>
    <message>
        <source>Notes (! marks a cell that differs from the profile&apos;s prediction):</source>
        <translation>Hinweise (! markiert eine Zelle, die von der Vorhersage des Profils abweicht):</translation>
    </message>
    <message>
        <source>method %1 → %2</source>
        <translation>Methode %1 → %2</translation>
    </message>
    <message>
        <source>body dropped</source>
        <translation>Inhalt verworfen</translation>
    </message>
    <message>
        <source>body changed</source>
        <translation>Inhalt geändert</translation>
    </message>
    <message>
        <source>not followed</source>
        <translation>nicht gefolgt</translation>
    </message>
    <message>
        <source>, body kept</source>
        <translation>, Inhalt behalten</translation>
    </message>
    <message>
        <source>line %1: no colon</source>
        <translation>Zeile %1: kein Doppelpunkt</translation>
    </message>
    <message>
        <source>line %1: &apos;%2&apos; is not a header name</source>
        <translation>Zeile %1: „%2“ ist kein Header-Name</translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not run for real.</source>
        <translation>„%1“ läuft nicht echt.</translation>
    </message>
    <message>
        <source>%1 env GOVERSION failed: %2</source>
        <translation>%1 env GOVERSION schlug fehl: %2</translation>
    </message>
    <message>
        <source>%1 cannot be imported by %2; install the Debian package %3 (or pip install %1).</source>
        <translation>%1 lässt sich von %2 nicht importieren; installiere das Debian-Paket %3 (oder pip install %1).</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>cannot prepare the Go client&apos;s build in %1</source>
        <translation>der Bau des Go-Clients in %1 lässt sich nicht vorbereiten</translation>
    </message>
    <message>
        <source>go build of the lab&apos;s Go client failed: %1</source>
        <translation>go build des Go-Clients des Labors schlug fehl: %1</translation>
    </message>
    <message>
        <source>the Go client was built but %1 is missing</source>
        <translation>der Go-Client wurde gebaut, aber %1 fehlt</translation>
    </message>
    <message>
        <source>%1 (real browser, compared with the %2 profile)</source>
        <translation>%1 (echter Browser, verglichen mit dem Profil %2)</translation>
    </message>
    <message>
        <source>%1 is not installed (none of %2 is on PATH); install the package %3 to run the matrix in the real browser.</source>
        <translation>%1 ist nicht installiert (keins von %2 ist im PATH); installieren Sie das Paket %3, um die Matrix im echten Browser auszuführen.</translation>
    </message>
    <message>
        <source>%1 (real program, compared with the %2 profile, observed with %3)</source>
        <translation>%1 (echtes Programm, verglichen mit dem Profil %2, beobachtet mit %3)</translation>
    </message>
    <message>
        <source>%1 is not installed (not found on PATH); install the Debian package %2 to run the matrix with the real %3.</source>
        <translation>%1 ist nicht installiert (nicht im PATH gefunden); installiere das Debian-Paket %2, um die Matrix mit dem echten %3 auszuführen.</translation>
    </message>
    <message>
        <source>%1 (emulated profile, observed with %2)</source>
        <translation>%1 (emuliertes Profil, beobachtet mit %2)</translation>
    </message>
    <message>
        <source>observed with %1, installed %2</source>
        <translation>beobachtet mit %1, installiert %2</translation>
    </message>
    <message>
        <source>all kept</source>
        <translation>alle behalten</translation>
    </message>
    <message>
        <source>  %1: differs from the %2 profile (%3): %4</source>
        <translation>  %1: weicht vom Profil %2 ab (%3): %4</translation>
    </message>
    <message>
        <source>Version: %1 installed; the profile was observed with %2%3</source>
        <translation>Version: %1 installiert; das Profil wurde beobachtet mit %2%3</translation>
    </message>
    <message>
        <source> (a different version: a mismatch may be the version&apos;s, not the profile&apos;s)</source>
        <translation> (eine andere Version: eine Abweichung kann an der Version liegen, nicht am Profil)</translation>
    </message>
    <message>
        <source>Each cell: a GET from %1 with Authorization, Cookie and X-StatusDeck-Probe, redirected to %2; which of the three did not arrive.</source>
        <translation>Jede Zelle: ein GET von %1 mit Authorization, Cookie und X-StatusDeck-Probe, weitergeleitet zu %2; welche der drei nicht ankamen.</translation>
    </message>
    <message>
        <source>redirect to</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Rules behind the cells (the profile&apos;s; [n] in a cell):</source>
        <translation>Regeln hinter den Zellen (die des Profils; [n] in einer Zelle):</translation>
    </message>
    <message>
        <source> (card: statusdeck show %1)</source>
        <translation> (Karte: statusdeck show %1)</translation>
    </message>
    <message>
        <source>Cells that differ from the profile&apos;s prediction (⚠):</source>
        <translation>Zellen, die von der Vorhersage des Profils abweichen (⚠):</translation>
    </message>
    <message>
        <source>same origin</source>
        <translation>selber Origin</translation>
    </message>
    <message>
        <source>another port</source>
        <translation>anderer Port</translation>
    </message>
    <message>
        <source>another host</source>
        <translation>anderer Host</translation>
    </message>
    <message>
        <source>→ another origin: %1, and every header is kept</source>
        <translation>→ anderer Origin: %1, und jeder Header bleibt</translation>
    </message>
    <message>
        <source>→ another origin: %1, so %2 is removed</source>
        <translation>→ anderer Origin: %1, also wird %2 entfernt</translation>
    </message>
    <message>
        <source>→ another origin: %1, so %2 and %3 are removed</source>
        <translation>→ anderer Origin: %1, also werden %2 und %3 entfernt</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>Zeit überschritten</translation>
    </message>
    <message>
        <source>Each cell: a fetch() GET from %1 with Authorization and X-StatusDeck-Probe (no page can set Cookie), redirected to %2; which of the two did not arrive.</source>
        <translation>Jede Zelle: ein fetch()-GET von %1 mit Authorization und X-StatusDeck-Probe (keine Seite kann Cookie setzen), weitergeleitet zu %2; welche der beiden nicht ankamen.</translation>
    </message>
</context>
<context>
    <name>statusdeck::lab::RuleBook</name>
    <message>
        <source>%1, section %2</source>
        <translation>%1, Abschnitt %2</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1: kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: not JSON: %2</source>
        <translation>%1: kein JSON: %2</translation>
    </message>
    <message>
        <source>%1: not an object with a &quot;rules&quot; array</source>
        <translation>%1: kein Objekt mit einem Array &quot;rules&quot;</translation>
    </message>
    <message>
        <source>%1: rule %2 needs an id, a source and a text</source>
        <translation>%1: Regel %2 braucht eine id, eine Quelle und einen Text</translation>
    </message>
    <message>
        <source>%1: rule %2 is defined twice</source>
        <translation>%1: Regel %2 ist zweimal definiert</translation>
    </message>
</context>
<context>
    <name>statusdeck::lab::browser</name>
    <message>
        <source>not possible with a form</source>
        <translation>mit einem Formular nicht möglich</translation>
    </message>
    <message>
        <source>not possible with a navigation</source>
        <translation>mit einer Navigation nicht möglich</translation>
    </message>
    <message>
        <source>%1, fetch()</source>
        <translation>%1, fetch()</translation>
    </message>
    <message>
        <source>%1, HTML form</source>
        <translation>%1, HTML-Formular</translation>
    </message>
    <message>
        <source>%1, navigation</source>
        <translation>%1, Navigation</translation>
    </message>
    <message>
        <source>CORS preflight: before a cross-origin %1, the browser asks this origin whether it may send it.</source>
        <translation>CORS-Preflight: vor einem %1 an einen anderen Ursprung fragt der Browser diesen Ursprung, ob er es senden darf.</translation>
    </message>
    <message>
        <source>CORS preflight: before a cross-origin %1 with %2, the browser asks this origin whether it may send it (a header a script set needs the server&apos;s permission).</source>
        <translation>CORS-Preflight: vor einem %1 mit %2 an einen anderen Ursprung fragt der Browser diesen Ursprung, ob er es senden darf (ein Header, den ein Skript setzt, braucht die Erlaubnis des Servers).</translation>
    </message>
    <message>
        <source>Origin: null: after a redirect to another origin the request&apos;s origin is opaque, so the browser sends null.</source>
        <translation>Origin: null: nach einer Weiterleitung an einen anderen Ursprung ist der Ursprung der Anfrage undurchsichtig, also sendet der Browser null.</translation>
    </message>
    <message>
        <source>Origin: %1: the browser names the page&apos;s origin on a request that is not a GET or HEAD, or that goes to another origin.</source>
        <translation>Origin: %1: der Browser nennt den Ursprung der Seite bei einer Anfrage, die kein GET oder HEAD ist oder an einen anderen Ursprung geht.</translation>
    </message>
    <message>
        <source>Origin: %1: the page&apos;s origin, on a request to another origin.</source>
        <translation>Origin: %1: der Ursprung der Seite, bei einer Anfrage an einen anderen Ursprung.</translation>
    </message>
    <message>
        <source>the cross-origin matrix sends Authorization, Cookie and a custom header, and an HTML form can set none of them, so it is not offered for a form; use the fetch mode, which sends Authorization and the custom header (no page can set Cookie).</source>
        <translation>die Cross-Origin-Matrix sendet Authorization, Cookie und einen eigenen Header, und ein HTML-Formular kann keinen davon setzen, daher wird sie für ein Formular nicht angeboten; den Modus fetch verwenden, der Authorization und den eigenen Header sendet (keine Seite kann Cookie setzen).</translation>
    </message>
    <message>
        <source>the cross-origin matrix sends Authorization, Cookie and a custom header, and a navigation can set none of them, so it is not offered for a navigation; use the fetch mode, which sends Authorization and the custom header (no page can set Cookie).</source>
        <translation>die Cross-Origin-Matrix sendet Authorization, Cookie und einen eigenen Header, und eine Navigation kann keinen davon setzen, daher wird sie für eine Navigation nicht angeboten; den Modus fetch verwenden, der Authorization und den eigenen Header sendet (keine Seite kann Cookie setzen).</translation>
    </message>
</context>
</TS>
