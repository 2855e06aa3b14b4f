<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Card</name>
    <message>
        <source>Informational</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Successful</source>
        <translation>Succès</translation>
    </message>
    <message>
        <source>Redirection</source>
        <translation>Redirection</translation>
    </message>
    <message>
        <source>Client Error</source>
        <translation>Erreur du client</translation>
    </message>
    <message>
        <source>Server Error</source>
        <translation>Erreur du serveur</translation>
    </message>
    <message>
        <source>Not a status code</source>
        <translation>Pas un code d&apos;état</translation>
    </message>
    <message>
        <source>Nonstandard</source>
        <translation>Non standard</translation>
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
        <translation>Enregistrement temporaire</translation>
    </message>
    <message>
        <source>Unused (reserved)</source>
        <translation>Inutilisé (réservé)</translation>
    </message>
    <message>
        <source>Obsolete</source>
        <translation>Obsolète</translation>
    </message>
    <message>
        <source>Unofficial (%1)</source>
        <translation>Non officiel (%1)</translation>
    </message>
    <message>
        <source>Not a status code: what %1 reports</source>
        <translation>Pas un code d&apos;état&#xa0;: ce que %1 signale</translation>
    </message>
    <message>
        <source>Permanent</source>
        <translation>Permanente</translation>
    </message>
    <message>
        <source>Temporary</source>
        <translation>Temporaire</translation>
    </message>
    <message>
        <source>%1; the method and body are kept</source>
        <translation>%1&#xa0;; la méthode et le corps sont conservés</translation>
    </message>
    <message>
        <source>%1; a POST may become a GET</source>
        <translation>%1&#xa0;; un POST peut devenir un GET</translation>
    </message>
    <message>
        <source>%1; the follow-up request is a GET (HEAD stays HEAD)</source>
        <translation>%1&#xa0;; la requête suivante est un GET (HEAD reste HEAD)</translation>
    </message>
    <message>
        <source>Class: %1 %2 | Registry: %3</source>
        <translation>Classe&#xa0;: %1 %2 | Registre&#xa0;: %3</translation>
    </message>
    <message>
        <source>Formerly: %1</source>
        <translation>Anciennement&#xa0;: %1</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>Définition</translation>
    </message>
    <message>
        <source>From the RFC</source>
        <translation>Extrait de la RFC</translation>
    </message>
    <message>
        <source>Common causes</source>
        <translation>Causes fréquentes</translation>
    </message>
    <message>
        <source>Example response</source>
        <translation>Exemple de réponse</translation>
    </message>
    <message>
        <source>Common misinterpretation</source>
        <translation>Contresens fréquent</translation>
    </message>
    <message>
        <source>When to use it</source>
        <translation>Quand l&apos;utiliser</translation>
    </message>
    <message>
        <source>Confused with</source>
        <translation>Confondu avec</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>Faits</translation>
    </message>
    <message>
        <source>Heuristically cacheable by default (RFC 9110, section 15.1)</source>
        <translation>Cacheable par heuristique par défaut (RFC 9110, section 15.1)</translation>
    </message>
    <message>
        <source>Not heuristically cacheable; cached only with explicit freshness</source>
        <translation>Non cacheable par heuristique&#xa0;; mis en cache seulement avec une fraîcheur explicite</translation>
    </message>
    <message>
        <source>Redirect: %1</source>
        <translation>Redirection&#xa0;: %1</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>En-têtes</translation>
    </message>
    <message>
        <source>[required]</source>
        <translation>[obligatoire]</translation>
    </message>
    <message>
        <source>[typical]</source>
        <translation>[habituel]</translation>
    </message>
    <message>
        <source>Snippet: %1 (%2)</source>
        <translation>Extrait de code&#xa0;: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>CardLoader</name>
    <message>
        <source>missing</source>
        <translation>manquant</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>doit être une chaîne</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>ne doit pas être vide</translation>
    </message>
    <message>
        <source>must be a list of strings</source>
        <translation>doit être une liste de chaînes</translation>
    </message>
    <message>
        <source>every entry must be a non-empty string</source>
        <translation>chaque entrée doit être une chaîne non vide</translation>
    </message>
    <message>
        <source>needs at least %1 entries</source>
        <translation>nécessite au moins %1 entrées</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>doit être une liste</translation>
    </message>
    <message>
        <source>not valid JSON (%1 at offset %2)</source>
        <translation>JSON non valide (%1 à la position %2)</translation>
    </message>
    <message>
        <source>must be a JSON object</source>
        <translation>doit être un objet JSON</translation>
    </message>
    <message>
        <source>must be one of standard, temporary, unused, obsolete, unofficial, pseudo</source>
        <translation>doit valoir standard, temporary, unused, obsolete, unofficial ou pseudo</translation>
    </message>
    <message>
        <source>must be 0 for a pseudo-code</source>
        <translation>doit valoir 0 pour un pseudo-code</translation>
    </message>
    <message>
        <source>must be a whole number from 100 to 999</source>
        <translation>doit être un nombre entier de 100 à 999</translation>
    </message>
    <message>
        <source>only a pseudo-code has one, written as zeros (&quot;000&quot;)</source>
        <translation>seul un pseudo-code en a un, écrit avec des zéros (&quot;000&quot;)</translation>
    </message>
    <message>
        <source>must name the vendor or tool for an unofficial or pseudo-code and be empty otherwise</source>
        <translation>doit nommer l&apos;éditeur ou l&apos;outil pour un code non officiel ou un pseudo-code, et être vide sinon</translation>
    </message>
    <message>
        <source>needs at least one reference</source>
        <translation>nécessite au moins une référence</translation>
    </message>
    <message>
        <source>every reference needs document, section and quote strings</source>
        <translation>chaque référence nécessite les chaînes document, section et quote</translation>
    </message>
    <message>
        <source>must be a list of lines</source>
        <translation>doit être une liste de lignes</translation>
    </message>
    <message>
        <source>needs at least one line of what the tool shows</source>
        <translation>nécessite au moins une ligne de ce qu&apos;affiche l&apos;outil</translation>
    </message>
    <message>
        <source>needs a status line, headers and an empty line</source>
        <translation>nécessite une ligne d&apos;état, des en-têtes et une ligne vide</translation>
    </message>
    <message>
        <source>needs at least one code</source>
        <translation>nécessite au moins un code</translation>
    </message>
    <message>
        <source>every entry needs a code and a difference</source>
        <translation>chaque entrée nécessite un code et une différence</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>doit valoir true ou false</translation>
    </message>
    <message>
        <source>needs permanent (true or false) and method (preserved, post-may-become-get or becomes-get)</source>
        <translation>nécessite permanent (true ou false) et method (preserved, post-may-become-get ou becomes-get)</translation>
    </message>
    <message>
        <source>must be an object or null</source>
        <translation>doit être un objet ou null</translation>
    </message>
    <message>
        <source>is required for 301, 302, 303, 307 and 308</source>
        <translation>est obligatoire pour 301, 302, 303, 307 et 308</translation>
    </message>
    <message>
        <source>every header needs name, value, required and note</source>
        <translation>chaque en-tête nécessite name, value, required et note</translation>
    </message>
    <message>
        <source>header &apos;%1&apos; contains a control character (CR, LF, NUL or another one but tab)</source>
        <translation>l&apos;en-tête «&#xa0;%1&#xa0;» contient un caractère de contrôle (CR, LF, NUL ou un autre, hors tabulation)</translation>
    </message>
    <message>
        <source>must not have a body for 1xx, 204 and 304</source>
        <translation>ne doit pas avoir de corps pour 1xx, 204 et 304</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>doit être un objet</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a string or a list of lines</source>
        <translation>«&#xa0;%1&#xa0;» doit être une chaîne ou une liste de lignes</translation>
    </message>
    <message>
        <source>wire_status for %1 must be 0 or a status from 100 to 999</source>
        <translation>wire_status pour %1 doit valoir 0 ou un statut de 100 à 999</translation>
    </message>
</context>
<context>
    <name>CardSearch</name>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>card id</source>
        <translation>identifiant de fiche</translation>
    </message>
    <message>
        <source>phrase</source>
        <translation>libellé</translation>
    </message>
    <message>
        <source>former phrase</source>
        <translation>ancien libellé</translation>
    </message>
    <message>
        <source>keyword</source>
        <translation>mot-clé</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>résumé</translation>
    </message>
    <message>
        <source>definition</source>
        <translation>définition</translation>
    </message>
    <message>
        <source>card text</source>
        <translation>texte de la fiche</translation>
    </message>
    <message>
        <source>class</source>
        <translation>classe</translation>
    </message>
    <message>
        <source>matched: %1 %2</source>
        <translation>correspondance&#xa0;: %1 %2</translation>
    </message>
    <message>
        <source>matched: %1</source>
        <translation>correspondance&#xa0;: %1</translation>
    </message>
    <message>
        <source>matched despite a typo</source>
        <translation>trouvé malgré une faute de frappe</translation>
    </message>
    <message>
        <source>%1 (despite a typo)</source>
        <translation>%1 (malgré une faute de frappe)</translation>
    </message>
</context>
<context>
    <name>CardView</name>
    <message>
        <source>Remove from favourites</source>
        <translation>Retirer des favoris</translation>
    </message>
    <message>
        <source>Add to favourites</source>
        <translation>Ajouter aux favoris</translation>
    </message>
    <message>
        <source>formerly %1</source>
        <translation>anciennement %1</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>Définition</translation>
    </message>
    <message>
        <source>From the RFC</source>
        <translation>Extrait de la RFC</translation>
    </message>
    <message>
        <source>%1, section %2</source>
        <translation>%1, section %2</translation>
    </message>
    <message>
        <source>Defined in this document; its text is not quoted here.</source>
        <translation>Défini dans ce document&#xa0;; son texte n&apos;est pas cité ici.</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>Faits</translation>
    </message>
    <message>
        <source>Heuristically cacheable</source>
        <translation>Cacheable par heuristique</translation>
    </message>
    <message>
        <source>Yes, by default (RFC 9110, section 15.1)</source>
        <translation>Oui, par défaut (RFC 9110, section 15.1)</translation>
    </message>
    <message>
        <source>No; only with explicit freshness (Cache-Control, Expires)</source>
        <translation>Non&#xa0;; seulement avec une fraîcheur explicite (Cache-Control, Expires)</translation>
    </message>
    <message>
        <source>Redirect</source>
        <translation>Redirection</translation>
    </message>
    <message>
        <source>Try it in the lab ▸</source>
        <translation>Essayer dans le labo ▸</translation>
    </message>
    <message>
        <source>Content allowed</source>
        <translation>Contenu autorisé</translation>
    </message>
    <message>
        <source>No, the response ends after the header section</source>
        <translation>Non, la réponse s&apos;arrête après la section d&apos;en-têtes</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>En-têtes</translation>
    </message>
    <message>
        <source>required</source>
        <translation>obligatoire</translation>
    </message>
    <message>
        <source>typical</source>
        <translation>habituel</translation>
    </message>
    <message>
        <source>Common causes</source>
        <translation>Causes fréquentes</translation>
    </message>
    <message>
        <source>Example response</source>
        <translation>Exemple de réponse</translation>
    </message>
    <message>
        <source>Common misinterpretation</source>
        <translation>Contresens fréquent</translation>
    </message>
    <message>
        <source>When to use it</source>
        <translation>Quand l&apos;utiliser</translation>
    </message>
    <message>
        <source>Confused with</source>
        <translation>Confondu avec</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
    <message>
        <source>Card content is in English, the language of the RFCs it quotes.</source>
        <translation>Le contenu des fiches est en anglais, la langue des RFC qu&apos;il cite.</translation>
    </message>
    <message>
        <source>Try it live</source>
        <translation>Essayer en direct</translation>
    </message>
    <message>
        <source>sends the requests that make this code happen to the sandbox, and shows what comes back</source>
        <translation>envoie au bac à sable les requêtes qui produisent ce code, et affiche ce qui revient</translation>
    </message>
</context>
<context>
    <name>ClientProfile</name>
    <message>
        <source>final response</source>
        <translation>réponse finale</translation>
    </message>
    <message>
        <source>redirect without a usable Location</source>
        <translation>redirection sans Location utilisable</translation>
    </message>
    <message>
        <source>redirect limit reached</source>
        <translation>limite de redirections atteinte</translation>
    </message>
    <message>
        <source>redirect loop detected</source>
        <translation>boucle de redirections détectée</translation>
    </message>
    <message>
        <source>the client refused to follow</source>
        <translation>le client a refusé de suivre</translation>
    </message>
    <message>
        <source>%1 does not follow a %2.</source>
        <translation>%1 ne suit pas un %2.</translation>
    </message>
    <message>
        <source>Not a redirect.</source>
        <translation>Pas une redirection.</translation>
    </message>
    <message>
        <source>The %1 has no Location to follow.</source>
        <translation>Le %1 n&apos;a pas de Location à suivre.</translation>
    </message>
    <message>
        <source>%1 stops after %2 redirects.</source>
        <translation>%1 s&apos;arrête après %2 redirections.</translation>
    </message>
    <message>
        <source>%1 noticed that it keeps requesting %2.</source>
        <translation>%1 a remarqué qu&apos;il redemande sans cesse %2.</translation>
    </message>
    <message>
        <source>Fetch standard (browsers, Node.js fetch)</source>
        <translation>Norme Fetch (navigateurs, fetch de Node.js)</translation>
    </message>
    <message>
        <source>Fetch turns this %1 into a GET and drops the body.</source>
        <translation>Fetch transforme ce %1 en GET et abandonne le corps.</translation>
    </message>
    <message>
        <source>Fetch keeps the method and the body.</source>
        <translation>Fetch conserve la méthode et le corps.</translation>
    </message>
    <message>
        <source>curl -L</source>
        <translation>curl -L</translation>
    </message>
    <message>
        <source>curl repeats the %1.</source>
        <translation>curl renvoie le %1.</translation>
    </message>
    <message>
        <source>curl -d switches to GET on 301, 302 and 303 and drops the data.</source>
        <translation>curl -d passe à GET sur 301, 302 et 303 et abandonne les données.</translation>
    </message>
    <message>
        <source>curl -d re-sends the POST with its data.</source>
        <translation>curl -d renvoie le POST avec ses données.</translation>
    </message>
    <message>
        <source>curl -T switches to GET on 303.</source>
        <translation>curl -T passe à GET sur 303.</translation>
    </message>
    <message>
        <source>curl -T re-sends the upload.</source>
        <translation>curl -T renvoie le téléversement.</translation>
    </message>
    <message>
        <source>curl -X keeps the method but drops the data on 301, 302 and 303.</source>
        <translation>curl -X conserve la méthode mais abandonne les données sur 301, 302 et 303.</translation>
    </message>
    <message>
        <source>curl -X keeps the method.</source>
        <translation>curl -X conserve la méthode.</translation>
    </message>
    <message>
        <source>Python requests</source>
        <translation>Python requests</translation>
    </message>
    <message>
        <source>requests turns every method but HEAD into a GET on 302 and 303.</source>
        <translation>requests transforme toute méthode sauf HEAD en GET sur 302 et 303.</translation>
    </message>
    <message>
        <source>requests turns a POST into a GET on 301.</source>
        <translation>requests transforme un POST en GET sur 301.</translation>
    </message>
    <message>
        <source>requests keeps the method but drops the body on 301, 302 and 303.</source>
        <translation>requests conserve la méthode mais abandonne le corps sur 301, 302 et 303.</translation>
    </message>
    <message>
        <source>requests keeps the method and the body on 307 and 308.</source>
        <translation>requests conserve la méthode et le corps sur 307 et 308.</translation>
    </message>
    <message>
        <source>Python urllib</source>
        <translation>Python urllib</translation>
    </message>
    <message>
        <source>urllib follows with a new GET request.</source>
        <translation>urllib suit avec une nouvelle requête GET.</translation>
    </message>
    <message>
        <source>urllib turns a POST into a GET on 301, 302 and 303.</source>
        <translation>urllib transforme un POST en GET sur 301, 302 et 303.</translation>
    </message>
    <message>
        <source>urllib raises HTTPError: it does not redirect a %1 on %2.</source>
        <translation>urllib lève HTTPError&#xa0;: il ne redirige pas un %1 sur %2.</translation>
    </message>
    <message>
        <source>Go net/http</source>
        <translation>Go net/http</translation>
    </message>
    <message>
        <source>Go repeats the %1.</source>
        <translation>Go renvoie le %1.</translation>
    </message>
    <message>
        <source>Go turns every other method into a GET on 301, 302 and 303.</source>
        <translation>Go transforme toute autre méthode en GET sur 301, 302 et 303.</translation>
    </message>
    <message>
        <source>Go re-sends the method and the body on 307 and 308.</source>
        <translation>Go renvoie la méthode et le corps sur 307 et 308.</translation>
    </message>
    <message>
        <source>Postman (defaults)</source>
        <translation>Postman (par défaut)</translation>
    </message>
    <message>
        <source>Postman follows 301, 302 and 303 with a GET unless &quot;Follow original HTTP method&quot; is on.</source>
        <translation>Postman suit 301, 302 et 303 avec un GET, sauf si «&#xa0;Follow original HTTP method&#xa0;» est activé.</translation>
    </message>
    <message>
        <source>Postman keeps the method and the body.</source>
        <translation>Postman conserve la méthode et le corps.</translation>
    </message>
    <message>
        <source>RFC 9110, strict reading</source>
        <translation>RFC 9110, lecture stricte</translation>
    </message>
    <message>
        <source>RFC 9110 section 15.4.4: the follow-up to a 303 is a retrieval, a GET.</source>
        <translation>RFC 9110 section 15.4.4&#xa0;: la requête qui suit un 303 est une récupération, un GET.</translation>
    </message>
    <message>
        <source>RFC 9110 allows, but does not require, POST to become GET on %1; the strict reading keeps it.</source>
        <translation>La RFC 9110 permet, sans l&apos;exiger, qu&apos;un POST devienne un GET sur %1&#xa0;; la lecture stricte le conserve.</translation>
    </message>
    <message>
        <source>RFC 9110: the method is kept.</source>
        <translation>RFC 9110&#xa0;: la méthode est conservée.</translation>
    </message>
    <message>
        <source>GNU Wget</source>
        <translation>GNU Wget</translation>
    </message>
    <message>
        <source>wget turns this %1 into a GET and drops the body.</source>
        <translation>wget transforme ce %1 en GET et abandonne le corps.</translation>
    </message>
    <message>
        <source>wget keeps the method and the body.</source>
        <translation>wget conserve la méthode et le corps.</translation>
    </message>
    <message>
        <source>Qt QNetworkAccessManager</source>
        <translation>Qt QNetworkAccessManager</translation>
    </message>
    <message>
        <source>Qt turns the request into a GET on 301, 302 and 303.</source>
        <translation>Qt transforme la requête en GET sur 301, 302 et 303.</translation>
    </message>
    <message>
        <source>Qt keeps the method and the body.</source>
        <translation>Qt conserve la méthode et le corps.</translation>
    </message>
    <message>
        <source>Go net/http, body from a stream (no GetBody)</source>
        <translation>Go net/http, corps issu d&apos;un flux (sans GetBody)</translation>
    </message>
    <message>
        <source>Go cannot send this body again (GetBody is nil), so it returns the %1 to the caller without following it.</source>
        <translation>Go ne peut pas renvoyer ce corps (GetBody vaut nil)&#xa0;; il renvoie donc le %1 à l&apos;appelant sans le suivre.</translation>
    </message>
    <message>
        <source>Python httpx</source>
        <translation>Python httpx</translation>
    </message>
    <message>
        <source>httpx turns every method but HEAD into a GET on 302 and 303, and drops the body.</source>
        <translation>httpx transforme toute méthode sauf HEAD en GET sur 302 et 303, et abandonne le corps.</translation>
    </message>
    <message>
        <source>httpx turns a POST into a GET on 301 and drops the body.</source>
        <translation>httpx transforme un POST en GET sur 301 et abandonne le corps.</translation>
    </message>
    <message>
        <source>httpx keeps the %1 and sends the body again: only a change to GET drops it.</source>
        <translation>httpx conserve le %1 et renvoie le corps&#xa0;: seul un passage à GET l&apos;abandonne.</translation>
    </message>
    <message>
        <source>Python aiohttp</source>
        <translation>Python aiohttp</translation>
    </message>
    <message>
        <source>aiohttp turns this %1 into a GET and drops the data (a 303 for every method but HEAD, a 301 or 302 for POST).</source>
        <translation>aiohttp transforme ce %1 en GET et abandonne les données (un 303 pour toute méthode sauf HEAD, un 301 ou 302 pour POST).</translation>
    </message>
    <message>
        <source>aiohttp keeps the %1 and its data.</source>
        <translation>aiohttp conserve le %1 et ses données.</translation>
    </message>
    <message>
        <source>HTTPie (http --follow)</source>
        <translation>HTTPie (http --follow)</translation>
    </message>
    <message>
        <source>HTTPie (through requests) turns every method but HEAD into a GET on 302 and 303.</source>
        <translation>HTTPie (via requests) transforme toute méthode sauf HEAD en GET sur 302 et 303.</translation>
    </message>
    <message>
        <source>HTTPie (through requests) turns a POST into a GET on 301.</source>
        <translation>HTTPie (via requests) transforme un POST en GET sur 301.</translation>
    </message>
    <message>
        <source>HTTPie (through requests) keeps the %1 but drops the body on 301, 302 and 303.</source>
        <translation>HTTPie (via requests) conserve le %1 mais abandonne le corps sur 301, 302 et 303.</translation>
    </message>
    <message>
        <source>HTTPie (through requests) keeps the method and the body on 307 and 308.</source>
        <translation>HTTPie (via requests) conserve la méthode et le corps sur 307 et 308.</translation>
    </message>
    <message>
        <source>The browser turns the POST into a GET on %1 and drops the body.</source>
        <translation>Le navigateur transforme le POST en GET sur %1 et abandonne le corps.</translation>
    </message>
    <message>
        <source>The browser follows a 303 with a GET, without the body.</source>
        <translation>Le navigateur suit un 303 avec un GET, sans le corps.</translation>
    </message>
    <message>
        <source>The browser keeps the %1 on %2.</source>
        <translation>Le navigateur conserve le %1 sur %2.</translation>
    </message>
    <message>
        <source>The browser keeps the %1 and its body on %2.</source>
        <translation>Le navigateur conserve le %1 et son corps sur %2.</translation>
    </message>
    <message>
        <source>HTML form submission (browsers)</source>
        <translation>Envoi de formulaire HTML (navigateurs)</translation>
    </message>
    <message>
        <source>An HTML form sends only GET or POST; a %1 is not possible with a form.</source>
        <translation>Un formulaire HTML n&apos;envoie que GET ou POST&#xa0;; un %1 est impossible avec un formulaire.</translation>
    </message>
    <message>
        <source>Top-level navigation (browsers)</source>
        <translation>Navigation de premier niveau (navigateurs)</translation>
    </message>
    <message>
        <source>A navigation is a GET; a %1 is not possible with a navigation.</source>
        <translation>Une navigation est un GET&#xa0;; un %1 est impossible avec une navigation.</translation>
    </message>
    <message>
        <source>scheme %1 ≠ %2</source>
        <translation>schéma %1 ≠ %2</translation>
    </message>
    <message>
        <source>host %1 ≠ %2</source>
        <translation>hôte %1 ≠ %2</translation>
    </message>
    <message>
        <source>port %1 ≠ %2</source>
        <translation>port %1 ≠ %2</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>statusdeck: skipped a broken card: %1</source>
        <translation>statusdeck&#xa0;: fiche défectueuse ignorée&#xa0;: %1</translation>
    </message>
    <message>
        <source>statusdeck: skipped a broken snippet template: %1</source>
        <translation>statusdeck&#xa0;: modèle d&apos;extrait défectueux ignoré&#xa0;: %1</translation>
    </message>
    <message>
        <source>statusdeck: no card for status code %1. Nearest known codes: %2.</source>
        <translation>statusdeck&#xa0;: aucune fiche pour le code d&apos;état %1. Codes connus les plus proches&#xa0;: %2.</translation>
    </message>
    <message>
        <source>statusdeck: &apos;%1&apos; is not a status code; give a number such as 404, or a card id such as 499-nginx.</source>
        <translation>statusdeck&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas un code d&apos;état&#xa0;; indiquez un nombre comme 404, ou un identifiant de fiche comme 499-nginx.</translation>
    </message>
    <message>
        <source>Use the interface language CODE (for example de).</source>
        <translation>Utiliser la langue d&apos;interface CODE (par exemple fr).</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <source>Usage:</source>
        <translation>Utilisation&#xa0;:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Options&#xa0;:</translation>
    </message>
    <message>
        <source>Run &apos;statusdeck --help&apos; for the other commands.</source>
        <translation>Lancez «&#xa0;statusdeck --help&#xa0;» pour les autres commandes.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commandes&#xa0;:</translation>
    </message>
    <message>
        <source>Run &apos;statusdeck help COMMAND&apos; for the options of a command.</source>
        <translation>Lancez «&#xa0;statusdeck help COMMAND&#xa0;» pour les options d&apos;une commande.</translation>
    </message>
    <message>
        <source>Run &apos;statusdeck %1 --help&apos; for its options.</source>
        <translation>Lancez «&#xa0;statusdeck %1 --help&#xa0;» pour ses options.</translation>
    </message>
    <message>
        <source>Run &apos;statusdeck --help&apos; for the commands and options.</source>
        <translation>Lancez «&#xa0;statusdeck --help&#xa0;» pour les commandes et les options.</translation>
    </message>
    <message>
        <source>statusdeck: this needs the window.</source>
        <translation>statusdeck&#xa0;: ceci nécessite la fenêtre.</translation>
    </message>
    <message>
        <source>print every card</source>
        <translation>afficher toutes les fiches</translation>
    </message>
    <message>
        <source>Export format: json or markdown.</source>
        <translation>Format d&apos;export&#xa0;: json ou markdown.</translation>
    </message>
    <message>
        <source>statusdeck: export takes no arguments besides --format.</source>
        <translation>statusdeck&#xa0;: export ne prend aucun argument en dehors de --format.</translation>
    </message>
    <message>
        <source>statusdeck: unknown export format &apos;%1&apos;; use json or markdown.</source>
        <translation>statusdeck&#xa0;: format d&apos;export inconnu «&#xa0;%1&#xa0;»&#xa0;; utilisez json ou markdown.</translation>
    </message>
    <message>
        <source>statusdeck: %1 needs the window.</source>
        <translation>statusdeck&#xa0;: %1 nécessite la fenêtre.</translation>
    </message>
    <message>
        <source>Open the card CODE.</source>
        <translation>Ouvrir la fiche CODE.</translation>
    </message>
    <message>
        <source>Use the light or dark palette instead of the system&apos;s.</source>
        <translation>Utiliser la palette claire ou sombre au lieu de celle du système.</translation>
    </message>
    <message>
        <source>Show the page reference, sandbox or lab.</source>
        <translation>Afficher la page reference, sandbox ou lab.</translation>
    </message>
    <message>
        <source>--theme takes light or dark, not &apos;%1&apos;.</source>
        <translation>--theme accepte light ou dark, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--page takes reference, sandbox or lab, not &apos;%1&apos;.</source>
        <translation>--page accepte reference, sandbox ou lab, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>the options of COMMAND, or this help</source>
        <translation>les options de COMMAND, ou cette aide</translation>
    </message>
    <message>
        <source>statusdeck: help takes one command at most.</source>
        <translation>statusdeck&#xa0;: help prend au plus une commande.</translation>
    </message>
    <message>
        <source>statusdeck: unknown command &apos;%1&apos;.</source>
        <translation>statusdeck&#xa0;: commande inconnue «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>write error</source>
        <translation>erreur d&apos;écriture</translation>
    </message>
    <message>
        <source>statusdeck: could not write the output: %1</source>
        <translation>statusdeck&#xa0;: impossible d&apos;écrire la sortie&#xa0;: %1</translation>
    </message>
    <message>
        <source>one line per card: code, phrase, registry status</source>
        <translation>une ligne par fiche&#xa0;: code, libellé, statut au registre</translation>
    </message>
    <message>
        <source>Print only the card ids, one a line (for scripts and shell completion).</source>
        <translation>Afficher seulement les identifiants des fiches, un par ligne (pour les scripts et la complétion du shell).</translation>
    </message>
    <message>
        <source>statusdeck: list takes no arguments.</source>
        <translation>statusdeck&#xa0;: list ne prend aucun argument.</translation>
    </message>
    <message>
        <source>redirect lab: run a client through every method and redirect code and print what the server saw</source>
        <translation>labo des redirections&#xa0;: faire passer un client par chaque méthode et chaque code de redirection, et afficher ce que le serveur a vu</translation>
    </message>
    <message>
        <source>Run the installed program instead of its emulated profile.</source>
        <translation>Exécuter le programme installé au lieu de son profil émulé.</translation>
    </message>
    <message>
        <source>Output format: text (a table) or json.</source>
        <translation>Format de sortie&#xa0;: text (un tableau) ou json.</translation>
    </message>
    <message>
        <source>statusdeck: matrix --format takes text or json, not &apos;%1&apos;.</source>
        <translation>statusdeck&#xa0;: matrix --format accepte text ou json, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>statusdeck: matrix needs --client NAME, for example: statusdeck matrix --client fetch</source>
        <translation>statusdeck&#xa0;: matrix nécessite --client NAME, par exemple&#xa0;: statusdeck matrix --client fetch</translation>
    </message>
    <message>
        <source>statusdeck: cannot start the sandbox: %1.</source>
        <translation>statusdeck&#xa0;: impossible de démarrer la sandbox&#xa0;: %1.</translation>
    </message>
    <message>
        <source>render the window to a PNG and exit</source>
        <translation>rendre la fenêtre dans un PNG et quitter</translation>
    </message>
    <message>
        <source>Renders the window at 1280x800 to a PNG and exits; works with QT_QPA_PLATFORM=offscreen. The card is 301 unless --card says otherwise. For the sandbox and lab pages it first runs the Fetch matrix on a sandbox on a free port, so the picture shows traffic.</source>
        <translation>Rend la fenêtre en 1280x800 dans un PNG et quitte&#xa0;; fonctionne avec QT_QPA_PLATFORM=offscreen. La fiche est 301, sauf indication contraire de --card. Pour les pages sandbox et lab, la matrice Fetch est d&apos;abord exécutée sur une sandbox sur un port libre, pour que l&apos;image montre du trafic.</translation>
    </message>
    <message>
        <source>screenshot needs exactly one output file, for example: statusdeck screenshot --card 301 window.png</source>
        <translation>screenshot nécessite exactement un fichier de sortie, par exemple&#xa0;: statusdeck screenshot --card 301 window.png</translation>
    </message>
    <message>
        <source>find the right card: cards ranked by how well they match</source>
        <translation>trouver la bonne fiche&#xa0;: les fiches classées selon leur pertinence</translation>
    </message>
    <message>
        <source>Ranks the cards as the window&apos;s search does: a code or card id first, then the phrase, former phrases and keywords, then the summary and definition, then the rest of the text; ties go to the more common code. Words may come in any order, in any case, with simple plurals and, in words of five letters or more, one typo. The JSON is an array in rank order with id, code, phrase, score, matched (the field that decided the rank), matched_text (the keyword or former phrase) and typo. Exit status: 0 with results, 1 with none, 2 on bad usage.</source>
        <translation>Classe les fiches comme la recherche de la fenêtre&#xa0;: d&apos;abord un code ou un identifiant de fiche, puis le libellé, les anciens libellés et les mots-clés, puis le résumé et la définition, puis le reste du texte&#xa0;; à égalité, le code le plus courant l&apos;emporte. Les mots peuvent venir dans n&apos;importe quel ordre, en majuscules ou minuscules, avec des pluriels simples et, dans les mots de cinq lettres ou plus, une faute de frappe. Le JSON est un tableau dans l&apos;ordre du classement avec id, code, phrase, score, matched (le champ qui a décidé du rang), matched_text (le mot-clé ou l&apos;ancien libellé) et typo. Code de sortie&#xa0;: 0 avec des résultats, 1 sans, 2 en cas de mauvaise utilisation.</translation>
    </message>
    <message>
        <source>Print at most N results (default 10, 0: all).</source>
        <translation>Afficher au plus N résultats (10 par défaut, 0&#xa0;: tous).</translation>
    </message>
    <message>
        <source>Output format: text or json.</source>
        <translation>Format de sortie&#xa0;: text ou json.</translation>
    </message>
    <message>
        <source>statusdeck: search needs a query, e.g. &apos;rate limit&apos;.</source>
        <translation>statusdeck&#xa0;: search nécessite une requête, par ex. «&#xa0;rate limit&#xa0;».</translation>
    </message>
    <message>
        <source>statusdeck: --limit takes a number from 0 up, not &apos;%1&apos;.</source>
        <translation>statusdeck&#xa0;: --limit accepte un nombre à partir de 0, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>statusdeck: unknown search format &apos;%1&apos;; use text or json.</source>
        <translation>statusdeck&#xa0;: format de recherche inconnu «&#xa0;%1&#xa0;»&#xa0;; utilisez text ou json.</translation>
    </message>
    <message>
        <source>statusdeck: no card matches &apos;%1&apos;. Try a class: 1xx, 2xx, 3xx, 4xx or 5xx.</source>
        <translation>statusdeck&#xa0;: aucune fiche ne correspond à «&#xa0;%1&#xa0;». Essayez une classe&#xa0;: 1xx, 2xx, 3xx, 4xx ou 5xx.</translation>
    </message>
    <message>
        <source>run the sandbox HTTP server (default port 8088, on 127.0.0.1 only) until Ctrl+C; logs one line per exchange</source>
        <translation>lancer le serveur HTTP de la sandbox (port 8088 par défaut, sur 127.0.0.1 uniquement) jusqu&apos;à Ctrl+C&#xa0;; une ligne de journal par échange</translation>
    </message>
    <message>
        <source>Runs the sandbox HTTP server without a window until Ctrl+C or SIGTERM. It prints its URL, a second origin on a free port for cross-origin redirects, then one line per exchange: time, client, method, target, status, bytes.</source>
        <translation>Lance le serveur HTTP de la sandbox sans fenêtre jusqu&apos;à Ctrl+C ou SIGTERM. Il affiche son URL, une seconde origine sur un port libre pour les redirections entre origines, puis une ligne par échange&#xa0;: heure, client, méthode, cible, statut, octets.</translation>
    </message>
    <message>
        <source>Listen on port N (default 8088, 0 for any free one).</source>
        <translation>Écouter sur le port N (8088 par défaut, 0 pour n&apos;importe quel port libre).</translation>
    </message>
    <message>
        <source>Listen on ADDR (default 127.0.0.1; another address needs --allow-remote).</source>
        <translation>Écouter sur ADDR (127.0.0.1 par défaut&#xa0;; une autre adresse nécessite --allow-remote).</translation>
    </message>
    <message>
        <source>Write every exchange to FILE as HAR 1.2 when the server stops (atomically: the old file stays if writing fails).</source>
        <translation>Écrire chaque échange dans FILE au format HAR 1.2 à l&apos;arrêt du serveur (de façon atomique&#xa0;: l&apos;ancien fichier reste si l&apos;écriture échoue).</translation>
    </message>
    <message>
        <source>With --har, also write FILE every SECONDS while running.</source>
        <translation>Avec --har, écrire aussi FILE toutes les SECONDS secondes pendant l&apos;exécution.</translation>
    </message>
    <message>
        <source>Allow a --bind address other than loopback: anyone who can reach it can use the sandbox.</source>
        <translation>Autoriser une adresse --bind autre que loopback&#xa0;: quiconque peut la joindre peut utiliser la sandbox.</translation>
    </message>
    <message>
        <source>statusdeck: serve takes no arguments besides --port and --bind.</source>
        <translation>statusdeck&#xa0;: serve ne prend aucun argument en dehors de --port et --bind.</translation>
    </message>
    <message>
        <source>statusdeck: --port takes 0 to 65535, not &apos;%1&apos;.</source>
        <translation>statusdeck&#xa0;: --port accepte 0 à 65535, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>statusdeck: --bind takes an IP address such as 127.0.0.1, not &apos;%1&apos;.</source>
        <translation>statusdeck&#xa0;: --bind accepte une adresse IP comme 127.0.0.1, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>statusdeck: --bind %1 is not a loopback address: anyone who can reach it could use the sandbox. Add --allow-remote if that is meant.</source>
        <translation>statusdeck&#xa0;: --bind %1 n&apos;est pas une adresse de loopback&#xa0;: quiconque peut la joindre pourrait utiliser la sandbox. Ajoutez --allow-remote si c&apos;est voulu.</translation>
    </message>
    <message>
        <source>statusdeck: WARNING: listening on %1, not only on loopback: anyone who can reach this address can use the sandbox.</source>
        <translation>statusdeck&#xa0;: ATTENTION&#xa0;: écoute sur %1, pas seulement en loopback&#xa0;: quiconque peut joindre cette adresse peut utiliser la sandbox.</translation>
    </message>
    <message>
        <source>statusdeck: --har-every takes a number of seconds from 1 up, with --har FILE.</source>
        <translation>statusdeck&#xa0;: --har-every accepte un nombre de secondes à partir de 1, avec --har FILE.</translation>
    </message>
    <message>
        <source>statusdeck: could not write the HAR file %1: %2</source>
        <translation>statusdeck&#xa0;: impossible d&apos;écrire le fichier HAR %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>StatusDeck sandbox listening on %1</source>
        <translation>Sandbox StatusDeck à l&apos;écoute sur %1</translation>
    </message>
    <message>
        <source>Second origin (for cross-origin redirects): %1</source>
        <translation>Seconde origine (pour les redirections entre origines)&#xa0;: %1</translation>
    </message>
    <message>
        <source>statusdeck: stopping the sandbox.</source>
        <translation>statusdeck&#xa0;: arrêt de la sandbox.</translation>
    </message>
    <message>
        <source>statusdeck: this machine&apos;s addresses: %1</source>
        <translation>statusdeck&#xa0;: adresses de cette machine&#xa0;: %1</translation>
    </message>
    <message>
        <source>statusdeck: the HAR file holds the newest %1 of %2 exchanges.</source>
        <translation>statusdeck&#xa0;: le fichier HAR contient les %1 échanges les plus récents sur %2.</translation>
    </message>
    <message>
        <source>statusdeck: wrote %1 exchanges to %2.</source>
        <translation>statusdeck&#xa0;: %1 échanges écrits dans %2.</translation>
    </message>
    <message>
        <source>print a card (CODE is 404 or a card id like 499-nginx)</source>
        <translation>afficher une fiche (CODE est 404 ou un identifiant de fiche comme 499-nginx)</translation>
    </message>
    <message>
        <source>Prints the card for CODE as readable text: a status code such as 404, or a card id such as 499-nginx. An unknown code names the nearest known ones.</source>
        <translation>Affiche la fiche de CODE en texte lisible&#xa0;: un code d&apos;état comme 404, ou un identifiant de fiche comme 499-nginx. Un code inconnu indique les codes connus les plus proches.</translation>
    </message>
    <message>
        <source>Print only the snippet for FRAMEWORK (express, flask, go, nginx, curl, ...).</source>
        <translation>Afficher seulement l&apos;extrait pour FRAMEWORK (express, flask, go, nginx, curl…).</translation>
    </message>
    <message>
        <source>statusdeck: show needs one status code, for example: statusdeck show 404</source>
        <translation>statusdeck&#xa0;: show nécessite un code d&apos;état, par exemple&#xa0;: statusdeck show 404</translation>
    </message>
    <message>
        <source>statusdeck: no snippet framework &apos;%1&apos;. Known: %2.</source>
        <translation>statusdeck&#xa0;: aucun framework d&apos;extrait «&#xa0;%1&#xa0;». Connus&#xa0;: %2.</translation>
    </message>
    <message>
        <source>
Also %1 (%2): statusdeck show %3</source>
        <translation>
Aussi %1 (%2)&#xa0;: statusdeck show %3</translation>
    </message>
    <message>
        <source>make a card&apos;s code happen live at a sandbox and show the exchanges</source>
        <translation>produire en direct le code d&apos;une fiche sur une sandbox et montrer les échanges</translation>
    </message>
    <message>
        <source>statusdeck: try needs one status code, for example: statusdeck try 304 (--format text or json)</source>
        <translation>statusdeck&#xa0;: try nécessite un code d&apos;état, par exemple&#xa0;: statusdeck try 304 (--format text ou json)</translation>
    </message>
    <message>
        <source>%1 %2, live against a sandbox at %3</source>
        <translation>%1 %2, en direct sur une sandbox à %3</translation>
    </message>
    <message>
        <source>request %1 of %2</source>
        <translation>requête %1 sur %2</translation>
    </message>
    <message>
        <source>no response</source>
        <translation>aucune réponse</translation>
    </message>
    <message>
        <source>as the card says</source>
        <translation>comme le dit la fiche</translation>
    </message>
    <message>
        <source>NOT as the card says: %1</source>
        <translation>PAS comme le dit la fiche&#xa0;: %1</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Afficher la version.</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;.</source>
        <translation>commande inconnue «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>give one card, not both %1 and --card %2.</source>
        <translation>indiquez une seule fiche, pas à la fois %1 et --card %2.</translation>
    </message>
    <message>
        <source>Open a window of its own instead of using the running one (it does not save settings and starts its sandbox on a free port).</source>
        <translation>Ouvrir une fenêtre distincte au lieu d&apos;utiliser celle en cours (elle n&apos;enregistre pas les réglages et lance son bac à sable sur un port libre).</translation>
    </message>
    <message>
        <source>no such file: %1</source>
        <translation>fichier introuvable&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 is a folder, not a HAR file.</source>
        <translation>%1 est un dossier, pas un fichier HAR.</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>%1 est illisible.</translation>
    </message>
    <message>
        <source>Starts a sandbox on free ports and runs a client through GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS x 301, 302, 303, 307, 308, live, and prints what the server saw. A real browser (--client chromium, chrome or firefox with --real) runs headless with a throw-away profile and makes its requests with fetch(), an HTML form or a navigation (--mode). Exit status 1 when it could not run (a real program or browser that is not installed, a Python module that cannot be imported, a Go client that does not build). The real go and go-stream are a small Go program built once with the installed go into the cache folder; go-stream sends the body from a stream Go cannot read again. With --cross-origin it runs the cross-origin matrix instead: a GET with Authorization, Cookie and X-StatusDeck-Probe through each code to the same origin, another port and another host, and shows which headers arrived. Each cell names the rule behind it ([n], listed below the table).</source>
        <translation>Lance un bac à sable sur des ports libres, fait passer un client par GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS x 301, 302, 303, 307, 308, en direct, et affiche ce que le serveur a vu. Un vrai navigateur (--client chromium, chrome ou firefox avec --real) s&apos;exécute sans interface avec un profil jetable et envoie ses requêtes avec fetch(), un formulaire HTML ou une navigation (--mode). Code de sortie 1 si l&apos;exécution est impossible (programme ou navigateur réel non installé, module Python impossible à importer, client Go qui ne compile pas). Les vrais go et go-stream sont un petit programme Go compilé une seule fois avec le go installé dans le dossier de cache&#xa0;; go-stream envoie le corps depuis un flux que Go ne peut pas relire. Avec --cross-origin, c&apos;est la matrice cross-origin qui est exécutée&#xa0;: un GET avec Authorization, Cookie et X-StatusDeck-Probe passant par chaque code vers la même origine, un autre port et un autre hôte, en indiquant quels en-têtes sont arrivés. Chaque cellule nomme la règle qui la justifie ([n], listées sous le tableau).</translation>
    </message>
    <message>
        <source>The client: fetch, curl, requests, urllib, go, postman, rfc, wget, httpx, aiohttp, httpie, go-stream, form, navigate (emulated), qt (Qt itself); with --real: curl, python3, node, wget, requests, httpx, aiohttp, httpie, go, go-stream, chromium, chrome, firefox.</source>
        <translation>Le client&#xa0;: fetch, curl, requests, urllib, go, postman, rfc, wget, httpx, aiohttp, httpie, go-stream, form, navigate (émulés), qt (Qt lui-même)&#xa0;; avec --real&#xa0;: curl, python3, node, wget, requests, httpx, aiohttp, httpie, go, go-stream, chromium, chrome, firefox.</translation>
    </message>
    <message>
        <source>With a real browser: how it makes the requests, fetch() (every method, the default), form (GET and POST) or navigate (GET).</source>
        <translation>Avec un vrai navigateur&#xa0;: comment il envoie les requêtes, fetch() (toutes les méthodes, par défaut), form (GET et POST) ou navigate (GET).</translation>
    </message>
    <message>
        <source>Run the cross-origin matrix: Authorization, Cookie and a custom header to the same origin, another port and another host.</source>
        <translation>Exécuter la matrice cross-origin&#xa0;: Authorization, Cookie et un en-tête personnalisé vers la même origine, un autre port et un autre hôte.</translation>
    </message>
    <message>
        <source>statusdeck: matrix takes no arguments besides --client, --real, --mode, --cross-origin and --format.</source>
        <translation>statusdeck&#xa0;: matrix n&apos;accepte aucun argument hormis --client, --real, --mode, --cross-origin et --format.</translation>
    </message>
    <message>
        <source>statusdeck: matrix --mode takes fetch, form or navigate, not &apos;%1&apos;.</source>
        <translation>statusdeck&#xa0;: matrix --mode accepte fetch, form ou navigate, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>statusdeck: matrix --mode needs a real browser: --client chromium, chrome or firefox with --real.</source>
        <translation>statusdeck&#xa0;: matrix --mode nécessite un vrai navigateur&#xa0;: --client chromium, chrome ou firefox avec --real.</translation>
    </message>
    <message>
        <source>statusdeck: --client %1 and --mode %2 name different modes.</source>
        <translation>statusdeck&#xa0;: --client %1 et --mode %2 désignent des modes différents.</translation>
    </message>
    <message>
        <source>open a HAR file in the window&apos;s exchange log</source>
        <translation>ouvrir un fichier HAR dans le journal des échanges de la fenêtre</translation>
    </message>
    <message>
        <source>Opens FILE.har (from &apos;statusdeck serve --har&apos;, browser devtools or a proxy) in the exchange log of the Sandbox page, read-only and marked as imported, beside the live exchanges. When a StatusDeck window is open already, the file opens there and that window comes to the front; the command then ends at once, with status 1 when the file could not be read as HAR.</source>
        <translation>Ouvre FILE.har (issu de «&#xa0;statusdeck serve --har&#xa0;», des outils de développement d&apos;un navigateur ou d&apos;un proxy) dans le journal des échanges de la page Bac à sable, en lecture seule et marqué comme importé, à côté des échanges en direct. Si une fenêtre StatusDeck est déjà ouverte, le fichier s&apos;y ouvre et elle passe au premier plan&#xa0;; la commande se termine alors aussitôt, avec le code 1 si le fichier n&apos;a pas pu être lu comme HAR.</translation>
    </message>
    <message>
        <source>open needs exactly one HAR file, for example: statusdeck open run.har</source>
        <translation>open nécessite exactement un fichier HAR, par exemple&#xa0;: statusdeck open run.har</translation>
    </message>
    <message>
        <source>Picture a part of the reference instead: guide (the Which Code dialog, answered to a result), compare (the card beside its first confused-with card) or favourites (a few cards starred).</source>
        <translation>Illustrer plutôt une partie de la référence&#xa0;: guide (la boîte de dialogue Quel code, remplie jusqu&apos;à un résultat), compare (la fiche à côté de la première fiche avec laquelle on la confond) ou favourites (quelques fiches favorites).</translation>
    </message>
    <message>
        <source>--show takes guide, compare or favourites, not &apos;%1&apos;.</source>
        <translation>--show accepte guide, compare ou favourites, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>HTTP status code reference and redirect lab. With no command, opens the window (on the card CODE, or with FILE.har in the exchange log, if given); when it is open already, brings it to the front and opens the card or file there.</source>
        <translation>Référence des codes d&apos;état HTTP et labo de redirections. Sans commande, ouvre la fenêtre (sur la fiche CODE, ou avec FILE.har dans le journal des échanges, s&apos;ils sont indiqués)&#xa0;; si elle est déjà ouverte, la met au premier plan et y ouvre la fiche ou le fichier.</translation>
    </message>
    <message numerus="yes">
        <source>statusdeck: %n exchange(s) got no line (and are not in the HAR): the log dropped them before they could be printed.</source>
        <translation>
            <numerusform>statusdeck : %n échange n’a pas eu de ligne (et n’est pas dans le HAR) : le journal l’a supprimé avant qu’il puisse être affiché.</numerusform>
            <numerusform>statusdeck : %n échanges n’ont pas eu de ligne (et ne sont pas dans le HAR) : le journal les a supprimés avant qu’ils puissent être affichés.</numerusform>
        </translation>
    </message>
    <message>
        <source>statusdeck: cannot open a window: there is no display (DISPLAY and WAYLAND_DISPLAY are not set). The commands work without one: see statusdeck --help.</source>
        <translation>statusdeck : impossible d’ouvrir une fenêtre : il n’y a pas d’affichage (DISPLAY et WAYLAND_DISPLAY ne sont pas définies). Les commandes fonctionnent sans : voir statusdeck --help.</translation>
    </message>
</context>
<context>
    <name>GuiMain</name>
    <message>
        <source>Skipped a broken card: %1</source>
        <translation>Fiche défectueuse ignorée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Skipped a broken snippet template: %1</source>
        <translation>Modèle d&apos;extrait défectueux ignoré&#xa0;: %1</translation>
    </message>
    <message>
        <source>The settings file %1 could not be read; defaults are used and it will be rewritten.</source>
        <translation>Le fichier de paramètres %1 n&apos;a pas pu être lu&#xa0;; les valeurs par défaut sont utilisées et il sera réécrit.</translation>
    </message>
    <message>
        <source>statusdeck: no card &apos;%1&apos;.</source>
        <translation>statusdeck&#xa0;: aucune fiche «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>statusdeck: could not write %1: %2</source>
        <translation>statusdeck&#xa0;: impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>statusdeck: a StatusDeck window is running but did not take the request (%1). Close it, or start another with --new-window.</source>
        <translation>statusdeck&#xa0;: une fenêtre StatusDeck est ouverte mais n&apos;a pas accepté la demande (%1). Fermez-la, ou lancez-en une autre avec --new-window.</translation>
    </message>
</context>
<context>
    <name>Guide</name>
    <message>
        <source>not valid JSON (%1 at offset %2)</source>
        <translation>JSON non valide (%1 à la position %2)</translation>
    </message>
    <message>
        <source>must name the first question</source>
        <translation>doit nommer la première question</translation>
    </message>
    <message>
        <source>every question needs an id and a text</source>
        <translation>chaque question nécessite un id et un texte</translation>
    </message>
    <message>
        <source>every answer needs a text and exactly one of next or result</source>
        <translation>chaque réponse nécessite un texte et exactement un next ou un result</translation>
    </message>
    <message>
        <source>a question needs at least 2 answers</source>
        <translation>une question nécessite au moins 2 réponses</translation>
    </message>
    <message>
        <source>every result needs an id, a card, why and a rule</source>
        <translation>chaque résultat nécessite un id, une fiche, un why et une rule</translation>
    </message>
</context>
<context>
    <name>HarImport</name>
    <message>
        <source>request body not in the HAR</source>
        <translation>corps de requête absent du HAR</translation>
    </message>
    <message>
        <source>request body rebuilt from postData.params</source>
        <translation>corps de requête reconstruit depuis postData.params</translation>
    </message>
    <message>
        <source>no response in the HAR (status 0)</source>
        <translation>aucune réponse dans le HAR (statut 0)</translation>
    </message>
    <message>
        <source>no response: %1</source>
        <translation>aucune réponse&#xa0;: %1</translation>
    </message>
    <message>
        <source>response body not in the HAR (%1 bytes)</source>
        <translation>corps de réponse absent du HAR (%1 octets)</translation>
    </message>
    <message>
        <source>no request</source>
        <translation>aucune requête</translation>
    </message>
    <message>
        <source>no request.method</source>
        <translation>pas de request.method</translation>
    </message>
    <message>
        <source>no request.url</source>
        <translation>pas de request.url</translation>
    </message>
    <message>
        <source>no response in the HAR</source>
        <translation>aucune réponse dans le HAR</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2 at byte %3</source>
        <translation>%1 n&apos;est pas du JSON valide&#xa0;: %2 à l&apos;octet %3</translation>
    </message>
    <message>
        <source>%1 is not a HAR file: it has no &quot;log&quot; object</source>
        <translation>%1 n&apos;est pas un fichier HAR&#xa0;: il n&apos;a pas d&apos;objet &quot;log&quot;</translation>
    </message>
    <message>
        <source>%1 is HAR version %2; StatusDeck reads versions 1.1 and 1.2</source>
        <translation>%1 est au format HAR version %2&#xa0;; StatusDeck lit les versions 1.1 et 1.2</translation>
    </message>
    <message>
        <source>%1 is not a HAR file: its log has no &quot;entries&quot; list</source>
        <translation>%1 n&apos;est pas un fichier HAR&#xa0;: son log n&apos;a pas de liste &quot;entries&quot;</translation>
    </message>
    <message>
        <source>entry %1: %2</source>
        <translation>entrée %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cut at %1 KiB per side</source>
        <translation>tronqué à %1 Kio par côté</translation>
    </message>
    <message>
        <source>%1, entry %2 of %3</source>
        <translation>%1, entrée %2 sur %3</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) skipped (%1)</source>
        <translation>
            <numerusform>%n entrée ignorée (%1)</numerusform>
            <numerusform>%n entrées ignorées (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>only the first %1 entries were read; %n more left out</source>
        <translation>
            <numerusform>seules les %1 premières entrées ont été lues&#xa0;; %n autre écartée</numerusform>
            <numerusform>seules les %1 premières entrées ont été lues&#xa0;; %n autres écartées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) cut at %1 KiB per side</source>
        <translation>
            <numerusform>%n entrée tronquée à %1 Kio par côté</numerusform>
            <numerusform>%n entrées tronquées à %1 Kio par côté</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is %2 MiB; StatusDeck opens HAR files of up to %3 MiB</source>
        <translation>%1 fait %2 Mio&#xa0;; StatusDeck ouvre les fichiers HAR jusqu&apos;à %3 Mio</translation>
    </message>
</context>
<context>
    <name>PageShortcuts</name>
    <message>
        <source>Exchange log</source>
        <translation>Journal des échanges</translation>
    </message>
</context>
<context>
    <name>PngWriter</name>
    <message>
        <source>There is no image to write.</source>
        <translation>Il n&apos;y a aucune image à écrire.</translation>
    </message>
</context>
<context>
    <name>RequestText</name>
    <message>
        <source>[StatusDeck: the sandbox&apos;s log has no bytes for this hop; the text below is rebuilt from what the client sent and got, it is not what went over the wire]</source>
        <translation>[StatusDeck&#xa0;: le journal du bac à sable ne contient aucun octet pour ce saut&#xa0;; le texte ci-dessous est reconstruit à partir de ce que le client a envoyé et reçu, ce n&apos;est pas ce qui a transité sur le réseau]</translation>
    </message>
    <message>
        <source>[StatusDeck: this hop went to %1, not to the sandbox, so nothing was logged; the text below is rebuilt from what the client sent and got]</source>
        <translation>[StatusDeck&#xa0;: ce saut est allé vers %1, pas vers le bac à sable, donc rien n&apos;a été journalisé&#xa0;; le texte ci-dessous est reconstruit à partir de ce que le client a envoyé et reçu]</translation>
    </message>
</context>
<context>
    <name>statusdeck::RawReplay</name>
    <message>
        <source>the sandbox closed the connection without an answer</source>
        <translation>le bac à sable a fermé la connexion sans répondre</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>aucune réponse en %1 s</translation>
    </message>
</context>
<context>
    <name>statusdeck::SandboxServer</name>
    <message>
        <source>the sandbox was stopped</source>
        <translation>la sandbox a été arrêtée</translation>
    </message>
</context>
<context>
    <name>statusdeck::gui</name>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>%1, section %2</source>
        <translation>%1, section %2</translation>
    </message>
    <message>
        <source>No quote on this card.</source>
        <translation>Aucune citation sur cette fiche.</translation>
    </message>
    <message>
        <source>%1 %2 compared with %3 %4</source>
        <translation>%1 %2 comparé à %3 %4</translation>
    </message>
    <message>
        <source>The %1 card:</source>
        <translation>La fiche %1&#xa0;:</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Classe</translation>
    </message>
    <message>
        <source>Registry</source>
        <translation>Registre</translation>
    </message>
    <message>
        <source>In short</source>
        <translation>En bref</translation>
    </message>
    <message>
        <source>Yes, by default</source>
        <translation>Oui, par défaut</translation>
    </message>
    <message>
        <source>Only with explicit freshness</source>
        <translation>Seulement avec une fraîcheur explicite</translation>
    </message>
    <message>
        <source>Heuristically cacheable</source>
        <translation>Cacheable par heuristique</translation>
    </message>
    <message>
        <source>not a redirect</source>
        <translation>pas une redirection</translation>
    </message>
    <message>
        <source>Redirect</source>
        <translation>Redirection</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>Content allowed</source>
        <translation>Contenu autorisé</translation>
    </message>
    <message>
        <source>Required headers</source>
        <translation>En-têtes obligatoires</translation>
    </message>
    <message>
        <source>When to use it</source>
        <translation>Quand l&apos;utiliser</translation>
    </message>
    <message>
        <source>From the RFC</source>
        <translation>Extrait de la RFC</translation>
    </message>
</context>
<context>
    <name>statusdeck::gui::CardListModel</name>
    <message>
        <source>★ Favourites</source>
        <translation>★ Favoris</translation>
    </message>
    <message>
        <source>Recent</source>
        <translation>Récents</translation>
    </message>
    <message>
        <source>No cards match “%1”. Browse a class:</source>
        <translation>Aucune fiche ne correspond à «&#xa0;%1&#xa0;». Parcourir une classe&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n résultat</numerusform>
            <numerusform>%n résultats</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>statusdeck::gui::CompareView</name>
    <message>
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
    <message>
        <source>Redirect code</source>
        <translation>Code de redirection</translation>
    </message>
    <message>
        <source>Redirect code:</source>
        <translation>Code de redirection&#xa0;:</translation>
    </message>
    <message>
        <source>Clients compared</source>
        <translation>Clients comparés</translation>
    </message>
</context>
<context>
    <name>statusdeck::gui::ComposerView</name>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>Préréglage</translation>
    </message>
    <message>
        <source>Choose an experiment…</source>
        <translation>Choisir une expérience…</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>The sandbox&apos;s URL, or a path on it such as redirect/307</source>
        <translation>L&apos;URL de la sandbox, ou un chemin sur celle-ci comme redirect/307</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>En-têtes</translation>
    </message>
    <message>
        <source>One header per line: Name: value</source>
        <translation>Un en-tête par ligne&#xa0;: Nom: valeur</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Corps</translation>
    </message>
    <message>
        <source>Preset:</source>
        <translation>Préréglage&#xa0;:</translation>
    </message>
    <message>
        <source>Request:</source>
        <translation>Requête&#xa0;:</translation>
    </message>
    <message>
        <source>Headers:</source>
        <translation>En-têtes&#xa0;:</translation>
    </message>
    <message>
        <source>Body:</source>
        <translation>Corps&#xa0;:</translation>
    </message>
    <message>
        <source>The chosen emulated client follows the redirects hop by hop; every hop really goes to the sandbox and shows up in its log.</source>
        <translation>Le client émulé choisi suit les redirections saut par saut&#xa0;; chaque saut va réellement à la sandbox et apparaît dans son journal.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a URL.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une URL.</translation>
    </message>
    <message>
        <source>The headers were not sent: %1</source>
        <translation>Les en-têtes n&apos;ont pas été envoyés&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;: %n hop(s). Stop: %2. %3</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;&#xa0;: %n saut. Arrêt&#xa0;: %2. %3</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;&#xa0;: %n sauts. Arrêt&#xa0;: %2. %3</numerusform>
        </translation>
    </message>
    <message>
        <source>−%1: %2</source>
        <translation>−%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Pourquoi&#xa0;:</translation>
    </message>
</context>
<context>
    <name>statusdeck::gui::EmptyLogHint</name>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Command to send a first request</source>
        <translation>Commande pour envoyer une première requête</translation>
    </message>
    <message>
        <source>Copy this command to the clipboard, to paste it in a terminal</source>
        <translation>Copier cette commande dans le presse-papiers, pour la coller dans un terminal</translation>
    </message>
    <message>
        <source>No exchange matches the filter. Clear it to see all of them.</source>
        <translation>Aucun échange ne correspond au filtre. Effacez-le pour tous les voir.</translation>
    </message>
    <message>
        <source>&lt;b&gt;No exchanges yet.&lt;/b&gt;&lt;br/&gt;Send a request to the sandbox from any client: a browser, your code, or this command in a terminal. It shows up here as it arrives.</source>
        <translation>&lt;b&gt;Aucun échange pour l&apos;instant.&lt;/b&gt;&lt;br/&gt;Envoyez une requête au bac à sable depuis n&apos;importe quel client&#xa0;: un navigateur, votre code ou cette commande dans un terminal. Elle s&apos;affiche ici dès son arrivée.</translation>
    </message>
    <message>
        <source>&lt;b&gt;No exchanges yet.&lt;/b&gt;&lt;br/&gt;Start the sandbox, then send it a request from any client, for example with this command in a terminal.</source>
        <translation>&lt;b&gt;Aucun échange pour l&apos;instant.&lt;/b&gt;&lt;br/&gt;Démarrez le bac à sable, puis envoyez-lui une requête depuis n&apos;importe quel client, par exemple avec cette commande dans un terminal.</translation>
    </message>
</context>
<context>
    <name>statusdeck::gui::ExchangeActions</name>
    <message>
        <source>Copy as curl</source>
        <translation>Copier en tant que curl</translation>
    </message>
    <message>
        <source>Copy a curl command that sends this request again</source>
        <translation>Copier une commande curl qui renvoie cette requête</translation>
    </message>
    <message>
        <source>Copy as fetch</source>
        <translation>Copier en tant que fetch</translation>
    </message>
    <message>
        <source>Copy a JavaScript fetch() call that sends this request again</source>
        <translation>Copier un appel JavaScript fetch() qui renvoie cette requête</translation>
    </message>
    <message>
        <source>Copy URL</source>
        <translation>Copier l&apos;URL</translation>
    </message>
    <message>
        <source>Copy the URL of this request</source>
        <translation>Copier l&apos;URL de cette requête</translation>
    </message>
    <message>
        <source>Copied %1 to the clipboard</source>
        <translation>%1 copié dans le presse-papiers</translation>
    </message>
    <message>
        <source>Replay</source>
        <translation>Rejouer</translation>
    </message>
    <message>
        <source>Send the same bytes to the sandbox again; the answer shows up as a new exchange</source>
        <translation>Renvoyer les mêmes octets au bac à sable&#xa0;; la réponse apparaît comme un nouvel échange</translation>
    </message>
    <message>
        <source>Edit and Resend…</source>
        <translation>Modifier et renvoyer…</translation>
    </message>
    <message>
        <source>Open this request in the lab&apos;s request composer to change it and send it</source>
        <translation>Ouvrir cette requête dans l&apos;éditeur de requêtes du labo pour la modifier et l&apos;envoyer</translation>
    </message>
    <message>
        <source>Open the Status Card</source>
        <translation>Ouvrir la fiche du code</translation>
    </message>
    <message>
        <source>Show the reference card of this exchange&apos;s status code</source>
        <translation>Afficher la fiche de référence du code d&apos;état de cet échange</translation>
    </message>
    <message>
        <source>Expand or Collapse the Redirect Chain</source>
        <translation>Déplier ou replier la chaîne de redirections</translation>
    </message>
    <message>
        <source>Show or hide the later hops of this redirect chain</source>
        <translation>Afficher ou masquer les sauts suivants de cette chaîne de redirections</translation>
    </message>
    <message>
        <source>This exchange is not a whole HTTP request, so there is nothing to copy as a command</source>
        <translation>Cet échange n&apos;est pas une requête HTTP complète&#xa0;: il n&apos;y a rien à copier en tant que commande</translation>
    </message>
    <message>
        <source>Copied the fetch() call to the clipboard</source>
        <translation>Appel fetch() copié dans le presse-papiers</translation>
    </message>
    <message>
        <source>Start the sandbox to replay a request</source>
        <translation>Démarrez le bac à sable pour rejouer une requête</translation>
    </message>
    <message>
        <source>Replayed %1: %2</source>
        <translation>%1 rejoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>Replay of %1 failed: %2</source>
        <translation>Échec du rejeu de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Replaying %1…</source>
        <translation>Rejeu de %1…</translation>
    </message>
</context>
<context>
    <name>statusdeck::gui::ExchangeDetail</name>
    <message>
        <source>Raw request</source>
        <translation>Requête brute</translation>
    </message>
    <message>
        <source>Raw response</source>
        <translation>Réponse brute</translation>
    </message>
    <message>
        <source>Request as it arrived</source>
        <translation>La requête telle qu&apos;elle est arrivée</translation>
    </message>
    <message>
        <source>Response as it was sent</source>
        <translation>La réponse telle qu&apos;elle a été envoyée</translation>
    </message>
    <message>
        <source>Imported, read-only: %1. Rebuilt from the HAR&apos;s fields, not bytes this sandbox saw.</source>
        <translation>Importé, en lecture seule&#xa0;: %1. Reconstruit à partir des champs du HAR, pas des octets vus par ce bac à sable.</translation>
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
        <translation>Heure</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importé</translation>
    </message>
    <message>
        <source>Imported from %1 (read-only)</source>
        <translation>Importé depuis %1 (lecture seule)</translation>
    </message>
    <message>
        <source>(nothing arrived)</source>
        <translation>(rien n&apos;est arrivé)</translation>
    </message>
    <message>
        <source>(not an HTTP request)</source>
        <translation>(pas une requête HTTP)</translation>
    </message>
    <message numerus="yes">
        <source>(%n hop(s))</source>
        <translation>
            <numerusform>(%n saut)</numerusform>
            <numerusform>(%n sauts)</numerusform>
        </translation>
    </message>
    <message>
        <source>A redirect chain: expand it to see every hop (+)</source>
        <translation>Une chaîne de redirections&#xa0;: dépliez-la pour voir chaque saut (+)</translation>
    </message>
    <message>
        <source>A redirect chain: collapse it to this first request (−)</source>
        <translation>Une chaîne de redirections&#xa0;: repliez-la sur cette première requête (−)</translation>
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
        <translation>Quel code utiliser&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Précédent</translation>
    </message>
    <message>
        <source>&amp;Start Over</source>
        <translation>&amp;Recommencer</translation>
    </message>
    <message>
        <source>&amp;Open Card</source>
        <translation>&amp;Ouvrir la fiche</translation>
    </message>
    <message>
        <source>The guide could not be loaded.</source>
        <translation>Le guide n&apos;a pas pu être chargé.</translation>
    </message>
    <message>
        <source>%1, section %2</source>
        <translation>%1, section %2</translation>
    </message>
</context>
<context>
    <name>statusdeck::gui::HopDetailView</name>
    <message>
        <source>Hops</source>
        <translation>Sauts</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 into %2&lt;/b&gt; with %3. &lt;a href=&apos;card:%2&apos;&gt;Open the %2 card&lt;/a&gt;</source>
        <translation>&lt;b&gt;%1 via %2&lt;/b&gt; avec %3. &lt;a href=&apos;card:%2&apos;&gt;Ouvrir la fiche %2&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation>Profil&#xa0;: %1</translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation>Arrêté&#xa0;: %1</translation>
    </message>
    <message>
        <source>Command: &lt;code&gt;%1&lt;/code&gt;</source>
        <translation>Commande&#xa0;: &lt;code&gt;%1&lt;/code&gt;</translation>
    </message>
    <message>
        <source>[… this exchange has left the sandbox&apos;s log …]</source>
        <translation>[… cet échange a quitté le journal de la sandbox …]</translation>
    </message>
    <message>
        <source>%1. %2 %3 → %4</source>
        <translation>%1. %2 %3 → %4</translation>
    </message>
    <message numerus="yes">
        <source>body %n byte(s)</source>
        <translation>
            <numerusform>corps %n octet</numerusform>
            <numerusform>corps %n octets</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing changed</source>
        <translation>rien n&apos;a changé</translation>
    </message>
    <message>
        <source>&lt;a href=&apos;card:%1&apos;&gt;(the %1 card)&lt;/a&gt;</source>
        <translation>&lt;a href=&apos;card:%1&apos;&gt;(la fiche %1)&lt;/a&gt;</translation>
    </message>
    <message>
        <source>rule: %1</source>
        <translation>règle&#xa0;: %1</translation>
    </message>
    <message>
        <source>−%1: %2</source>
        <translation>−%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Pourquoi&#xa0;: %1</translation>
    </message>
    <message>
        <source>Why −%1: %2</source>
        <translation>Pourquoi −%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Why every header is kept: %1</source>
        <translation>Pourquoi tous les en-têtes sont conservés&#xa0;: %1</translation>
    </message>
    <message>
        <source>Request of the hop, as the sandbox received it</source>
        <translation>Requête de l&apos;étape, telle que la sandbox l&apos;a reçue</translation>
    </message>
    <message>
        <source>Response of the hop, as the sandbox sent it</source>
        <translation>Réponse de l&apos;étape, telle que la sandbox l&apos;a envoyée</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Requête</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>the sandbox logged no bytes for this hop</source>
        <translation>la sandbox n&apos;a journalisé aucun octet pour cette étape</translation>
    </message>
</context>
<context>
    <name>statusdeck::gui::HttpLexer</name>
    <message>
        <source>Default</source>
        <translation>Par défaut</translation>
    </message>
    <message>
        <source>Start line</source>
        <translation>Ligne de début</translation>
    </message>
    <message>
        <source>Header name</source>
        <translation>Nom d&apos;en-tête</translation>
    </message>
    <message>
        <source>Header value</source>
        <translation>Valeur d&apos;en-tête</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Corps</translation>
    </message>
    <message>
        <source>Truncation mark</source>
        <translation>Marque de troncature</translation>
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
        <translation> (exécution réelle)</translation>
    </message>
    <message>
        <source> (emulated)</source>
        <translation> (émulé)</translation>
    </message>
    <message>
        <source>%1 (real program)</source>
        <translation>%1 (vrai programme)</translation>
    </message>
    <message>
        <source>%1 (not installed)</source>
        <translation>%1 (non installé)</translation>
    </message>
    <message>
        <source>Client:</source>
        <translation>Client&#xa0;:</translation>
    </message>
    <message>
        <source>Matrix</source>
        <translation>Matrice</translation>
    </message>
    <message>
        <source>Compare Clients</source>
        <translation>Comparer les clients</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Requête</translation>
    </message>
    <message>
        <source>%1: done. Every cell was run live against %2.</source>
        <translation>%1&#xa0;: terminé. Chaque cellule a été exécutée en direct sur %2.</translation>
    </message>
    <message numerus="yes">
        <source>%1: done; %n cell(s) differ from the profile&apos;s prediction (marked ⚠).</source>
        <translation>
            <numerusform>%1&#xa0;: terminé&#xa0;; %n cellule diffère de la prédiction du profil (marquée ⚠).</numerusform>
            <numerusform>%1&#xa0;: terminé&#xa0;; %n cellules diffèrent de la prédiction du profil (marquées ⚠).</numerusform>
        </translation>
    </message>
    <message>
        <source>Every client on %1, side by side: each column was run live.</source>
        <translation>Tous les clients sur %1, côte à côte&#xa0;: chaque colonne a été exécutée en direct.</translation>
    </message>
    <message>
        <source>Done: what the sandbox received on each hop is also in the Sandbox tab.</source>
        <translation>Terminé&#xa0;: ce que la sandbox a reçu à chaque saut figure aussi dans l&apos;onglet Sandbox.</translation>
    </message>
    <message>
        <source>Pick a client and run the matrix: every method is sent into 301, 302, 303, 307 and 308 on the sandbox, and each cell shows what arrived at the redirect&apos;s target.</source>
        <translation>Choisissez un client et lancez la matrice&#xa0;: chaque méthode est envoyée dans 301, 302, 303, 307 et 308 sur la sandbox, et chaque cellule montre ce qui est arrivé à la cible de la redirection.</translation>
    </message>
    <message>
        <source>%1: run the matrix to see what a client does with it (the POST row shows the classic difference), or compare every client on it.</source>
        <translation>%1&#xa0;: lancez la matrice pour voir ce qu&apos;un client en fait (la ligne POST montre la différence classique), ou comparez-y tous les clients.</translation>
    </message>
    <message>
        <source>Starting the sandbox…</source>
        <translation>Démarrage de la sandbox…</translation>
    </message>
    <message>
        <source>The sandbox could not start: %1</source>
        <translation>La sandbox n&apos;a pas pu démarrer&#xa0;: %1</translation>
    </message>
    <message>
        <source>Running %1 through the matrix on %2…</source>
        <translation>Passage de %1 par la matrice sur %2…</translation>
    </message>
    <message>
        <source>Run the matrix to fill this cell.</source>
        <translation>Lancez la matrice pour remplir cette cellule.</translation>
    </message>
    <message>
        <source>Compare the clients, then pick a cell to see its hops.</source>
        <translation>Comparez les clients, puis choisissez une cellule pour voir ses sauts.</translation>
    </message>
    <message>
        <source>Send a request to see its hops.</source>
        <translation>Envoyez une requête pour voir ses sauts.</translation>
    </message>
    <message>
        <source>%1: press Send to run it with the chosen client.</source>
        <translation>%1&#xa0;: appuyez sur Envoyer pour l&apos;exécuter avec le client choisi.</translation>
    </message>
    <message>
        <source>The request composer runs an emulated client; pick one of the profiles (for Qt and the real programs, run the matrix).</source>
        <translation>L&apos;éditeur de requêtes exécute un client émulé&#xa0;; choisissez l&apos;un des profils (pour Qt et les vrais programmes, lancez la matrice).</translation>
    </message>
    <message>
        <source>Sending with %1…</source>
        <translation>Envoi avec %1…</translation>
    </message>
    <message>
        <source>Comparing every client on %1, live against %2…</source>
        <translation>Comparaison de tous les clients sur %1, en direct sur %2…</translation>
    </message>
    <message>
        <source>Observed with %1</source>
        <translation>Observé avec %1</translation>
    </message>
    <message>
        <source>%1 (real browser)</source>
        <translation>%1 (vrai navigateur)</translation>
    </message>
    <message>
        <source>Cross-Origin</source>
        <translation>Cross-origin</translation>
    </message>
    <message>
        <source>Running %1 through the cross-origin matrix: from %2 to the same origin, to %3 and to %4…</source>
        <translation>Exécution de la matrice cross-origin avec %1&#xa0;: depuis %2 vers la même origine, vers %3 et vers %4…</translation>
    </message>
    <message>
        <source>Running %1 through every method into %2 on %3…</source>
        <translation>Exécution de %1 avec chaque méthode vers %2 sur %3…</translation>
    </message>
    <message>
        <source>run the matrix first</source>
        <translation>exécutez d&apos;abord la matrice</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos;</source>
        <translation>format inconnu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Matrix exported to %1</source>
        <translation>Matrice exportée vers %1</translation>
    </message>
    <message>
        <source>Markdown files (*.md)</source>
        <translation>Fichiers Markdown (*.md)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <source>Export the Matrix</source>
        <translation>Exporter la matrice</translation>
    </message>
    <message>
        <source>The matrix was not exported: %1</source>
        <translation>La matrice n&apos;a pas été exportée&#xa0;: %1</translation>
    </message>
    <message>
        <source>The request from the sandbox&apos;s log: change it, then press Send.</source>
        <translation>La requête issue du journal du bac à sable&#xa0;: modifiez-la, puis appuyez sur Envoyer.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>statusdeck::gui::LiveDemoDialog</name>
    <message>
        <source>Send &amp;Again</source>
        <translation>&amp;Renvoyer</translation>
    </message>
    <message>
        <source>Try %1 %2 live – StatusDeck</source>
        <translation>Essayer %1 %2 en direct – StatusDeck</translation>
    </message>
    <message>
        <source>Exchanges, raw</source>
        <translation>Échanges, bruts</translation>
    </message>
    <message>
        <source>Send the requests to the sandbox again</source>
        <translation>Renvoyer les requêtes au bac à sable</translation>
    </message>
    <message>
        <source>&lt;b&gt;What to notice&lt;/b&gt;</source>
        <translation>&lt;b&gt;À remarquer&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;&amp;Exchanges&lt;/b&gt; (as sent and received; line ends are CR LF)</source>
        <translation>&lt;b&gt;&amp;Échanges&lt;/b&gt; (tels qu&apos;envoyés et reçus&#xa0;; fins de ligne en CR LF)</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <source>Sent to the sandbox at %1.</source>
        <translation>Envoyé au bac à sable sur %1.</translation>
    </message>
    <message>
        <source>Starting the sandbox…</source>
        <translation>Démarrage du bac à sable…</translation>
    </message>
    <message>
        <source>The sandbox was stopped and port %1 is taken: it was started on port %2 (%3). Stop it on the Sandbox page.</source>
        <translation>Le bac à sable était arrêté et le port %1 est occupé&#xa0;: il a été démarré sur le port %2 (%3). Arrêtez-le depuis la page Bac à sable.</translation>
    </message>
    <message>
        <source>The sandbox was stopped: it was started on port %1 (%2). Stop it on the Sandbox page.</source>
        <translation>Le bac à sable était arrêté&#xa0;: il a été démarré sur le port %1 (%2). Arrêtez-le depuis la page Bac à sable.</translation>
    </message>
    <message>
        <source>The sandbox could not be started: %1</source>
        <translation>Impossible de démarrer le bac à sable&#xa0;: %1</translation>
    </message>
    <message>
        <source>--&gt; request %1 of %2</source>
        <translation>--&gt; requête %1 sur %2</translation>
    </message>
    <message>
        <source> (to a port where nothing listens)</source>
        <translation> (vers un port où rien n&apos;écoute)</translation>
    </message>
    <message>
        <source>&lt;-- no response</source>
        <translation>&lt;-- aucune réponse</translation>
    </message>
    <message numerus="yes">
        <source>&lt;-- response (%n byte(s))</source>
        <translation>
            <numerusform>&lt;-- réponse (%n octet)</numerusform>
            <numerusform>&lt;-- réponse (%n octets)</numerusform>
        </translation>
    </message>
    <message>
        <source>    as the card says</source>
        <translation>    conforme à la fiche</translation>
    </message>
    <message>
        <source>    NOT as the card says: %1</source>
        <translation>    NON conforme à la fiche&#xa0;: %1</translation>
    </message>
    <message>
        <source>✔ What arrived is what the card says.</source>
        <translation>✔ Ce qui est arrivé est conforme à la fiche.</translation>
    </message>
    <message>
        <source>✘ What arrived is not what the card says.</source>
        <translation>✘ Ce qui est arrivé n&apos;est pas conforme à la fiche.</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>Rien n&apos;a été envoyé.</translation>
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
        <translation>Référence</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>Redirect Lab</source>
        <translation>Labo des redirections</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s)</source>
        <translation>
            <numerusform>%n fiche</numerusform>
            <numerusform>%n fiches</numerusform>
        </translation>
    </message>
    <message>
        <source>Snippet copied to the clipboard</source>
        <translation>Extrait copié dans le presse-papiers</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Précédent</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Suivant</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>Search the cards by code, phrase or text (%1)</source>
        <translation>Chercher dans les fiches par code, libellé ou texte (%1)</translation>
    </message>
    <message>
        <source>&amp;Copy Snippet</source>
        <translation>&amp;Copier l&apos;extrait</translation>
    </message>
    <message>
        <source>Copy the card&apos;s code snippet to the clipboard (%1)</source>
        <translation>Copier l&apos;extrait de code de la fiche dans le presse-papiers (%1)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>A&amp;ller</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Afficha&amp;ge</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Thème</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;Système</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Clair</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>S&amp;ombre</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>&amp;Export Card as Markdown…</source>
        <translation>&amp;Exporter la fiche en Markdown…</translation>
    </message>
    <message>
        <source>Copy Card as &amp;Markdown</source>
        <translation>Copier la fiche en &amp;Markdown</translation>
    </message>
    <message>
        <source>Card copied to the clipboard as Markdown</source>
        <translation>Fiche copiée dans le presse-papiers en Markdown</translation>
    </message>
    <message>
        <source>Fa&amp;vourite</source>
        <translation>Fa&amp;vori</translation>
    </message>
    <message>
        <source>&amp;Favourites</source>
        <translation>&amp;Favoris</translation>
    </message>
    <message>
        <source>&amp;Recent</source>
        <translation>&amp;Récents</translation>
    </message>
    <message>
        <source>&amp;Which Code…</source>
        <translation>&amp;Quel code…</translation>
    </message>
    <message>
        <source>&amp;Compare with Confused Card</source>
        <translation>&amp;Comparer avec la fiche confondue</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Zoom a&amp;vant</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Zoom &amp;arrière</translation>
    </message>
    <message>
        <source>&amp;Normal Size</source>
        <translation>Taille &amp;normale</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(aucun pour l&apos;instant)</translation>
    </message>
    <message>
        <source>Export Card as Markdown</source>
        <translation>Exporter la fiche en Markdown</translation>
    </message>
    <message>
        <source>Markdown (*.md);;All files (*)</source>
        <translation>Markdown (*.md);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Card exported to %1</source>
        <translation>Fiche exportée dans %1</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>About StatusDeck</source>
        <translation>À propos de StatusDeck</translation>
    </message>
    <message>
        <source>&lt;h3&gt;StatusDeck %1&lt;/h3&gt;&lt;p&gt;An HTTP status code reference and redirect lab.&lt;/p&gt;&lt;p&gt;%2 cards. RFC text is quoted under the IETF Trust&apos;s legal provisions.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;StatusDeck %1&lt;/h3&gt;&lt;p&gt;Une référence des codes d&apos;état HTTP et un labo des redirections.&lt;/p&gt;&lt;p&gt;%2 fiches. Le texte des RFC est cité selon les dispositions légales de l&apos;IETF Trust.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n problem(s) while loading</source>
        <translation>
            <numerusform>⚠ %n problème au chargement</numerusform>
            <numerusform>⚠ %n problèmes au chargement</numerusform>
        </translation>
    </message>
    <message>
        <source>the Reference</source>
        <translation>la Référence</translation>
    </message>
    <message>
        <source>the Sandbox</source>
        <translation>la Sandbox</translation>
    </message>
    <message>
        <source>the Redirect Lab</source>
        <translation>le Labo des redirections</translation>
    </message>
    <message>
        <source>Go back to %1 (%2)</source>
        <translation>Revenir à %1 (%2)</translation>
    </message>
    <message>
        <source>Go back (%1)</source>
        <translation>Revenir en arrière (%1)</translation>
    </message>
    <message>
        <source>Go forward to %1 (%2)</source>
        <translation>Avancer vers %1 (%2)</translation>
    </message>
    <message>
        <source>Go forward (%1)</source>
        <translation>Avancer (%1)</translation>
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
        <translation>Labo des redirections – StatusDeck</translation>
    </message>
    <message>
        <source>Sandbox stopped</source>
        <translation>Sandbox arrêtée</translation>
    </message>
    <message>
        <source>Sandbox starting…</source>
        <translation>Démarrage de la sandbox…</translation>
    </message>
    <message>
        <source>Sandbox running on port %1</source>
        <translation>Sandbox active sur le port %1</translation>
    </message>
    <message>
        <source>Sandbox failed to start</source>
        <translation>Échec du démarrage de la sandbox</translation>
    </message>
    <message>
        <source>Show the Sandbox page (Ctrl+2)</source>
        <translation>Afficher la page Sandbox (Ctrl+2)</translation>
    </message>
    <message>
        <source>&amp;Reference</source>
        <translation>&amp;Référence</translation>
    </message>
    <message>
        <source>&amp;Sandbox</source>
        <translation>&amp;Sandbox</translation>
    </message>
    <message>
        <source>Redirect &amp;Lab</source>
        <translation>&amp;Labo des redirections</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;Report a Problem…</source>
        <translation>&amp;Signaler un problème…</translation>
    </message>
    <message>
        <source>Open the bug tracker in the browser: %1</source>
        <translation>Ouvrir le suivi des bogues dans le navigateur&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;About StatusDeck</source>
        <translation>À &amp;propos de StatusDeck</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>Mouse: the back and forward buttons go back and forward too.</source>
        <translation>Souris&#xa0;: les boutons précédent et suivant reviennent en arrière et avancent aussi.</translation>
    </message>
    <message>
        <source>%1 compared with %2</source>
        <translation>%1 comparé à %2</translation>
    </message>
    <message>
        <source>&amp;Open HAR…</source>
        <translation>&amp;Ouvrir un HAR…</translation>
    </message>
    <message>
        <source>Open a HAR file (from devtools or &apos;statusdeck serve --har&apos;) in the exchange log</source>
        <translation>Ouvrir un fichier HAR (des outils de développement ou de «&#xa0;statusdeck serve --har&#xa0;») dans le journal des échanges</translation>
    </message>
    <message>
        <source>Open HAR</source>
        <translation>Ouvrir un HAR</translation>
    </message>
    <message>
        <source>HAR files (*.har);;JSON files (*.json);;All files (*)</source>
        <translation>Fichiers HAR (*.har);;Fichiers JSON (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>The HAR file was not opened.</source>
        <translation>Le fichier HAR n&apos;a pas été ouvert.</translation>
    </message>
    <message>
        <source>The exchange log is as it was.</source>
        <translation>Le journal des échanges est inchangé.</translation>
    </message>
    <message>
        <source>no card &apos;%1&apos;.</source>
        <translation>aucune fiche «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>statusdeck::gui::MatrixView</name>
    <message>
        <source>Run Matrix</source>
        <translation>Lancer la matrice</translation>
    </message>
    <message>
        <source> + body</source>
        <translation> + corps</translation>
    </message>
    <message>
        <source>Redirect matrix</source>
        <translation>Matrice des redirections</translation>
    </message>
    <message>
        <source>%1 method and body kept · %2 method changed · %3 body dropped · %4 not followed · ⚠ the client did not do what its profile predicts</source>
        <translation>%1 méthode et corps conservés · %2 méthode changée · %3 corps abandonné · %4 non suivi · ⚠ le client n&apos;a pas fait ce que son profil prédit</translation>
    </message>
    <message>
        <source>Run Cross-Origin Matrix</source>
        <translation>Exécuter la matrice cross-origin</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Export the cross-origin matrix</source>
        <translation>Exporter la matrice cross-origin</translation>
    </message>
    <message>
        <source>Export the matrix</source>
        <translation>Exporter la matrice</translation>
    </message>
    <message>
        <source>As Markdown…</source>
        <translation>En Markdown…</translation>
    </message>
    <message>
        <source>As CSV…</source>
        <translation>En CSV…</translation>
    </message>
    <message>
        <source>As JSON…</source>
        <translation>En JSON…</translation>
    </message>
    <message>
        <source>Cross-origin matrix</source>
        <translation>Matrice cross-origin</translation>
    </message>
    <message>
        <source>Each cell: a GET with Authorization, Cookie and X-StatusDeck-Probe redirected to the row&apos;s origin. %1 all three arrived · %2 a header was removed · %3 not followed · ⚠ the client did not do what its profile predicts. A browser&apos;s fetch() sends no Cookie (no page can set one); a form or a navigation sets none of the three, so it is not offered this grid. Pick a cell for the rule behind it.</source>
        <translation>Chaque cellule : un GET avec Authorization, Cookie et X-StatusDeck-Probe redirigé vers l’origine de la ligne. %1 les trois sont arrivés · %2 un en-tête a été retiré · %3 non suivi · ⚠ le client n’a pas fait ce que son profil prévoit. Le fetch() d’un navigateur n’envoie pas de Cookie (aucune page ne peut en définir) ; un formulaire ou une navigation n’en définit aucun des trois, cette grille ne leur est donc pas proposée. Choisissez une cellule pour voir la règle derrière.</translation>
    </message>
</context>
<context>
    <name>statusdeck::gui::RawBytesView</name>
    <message>
        <source>parse error: %1</source>
        <translation>erreur d&apos;analyse&#xa0;: %1</translation>
    </message>
    <message>
        <source>no bytes arrived</source>
        <translation>aucun octet n&apos;est arrivé</translation>
    </message>
    <message numerus="yes">
        <source>the client went after %n byte(s) of the answer</source>
        <translation>
            <numerusform>le client est parti après %n octet de la réponse</numerusform>
            <numerusform>le client est parti après %n octets de la réponse</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>statusdeck::gui::RawModeBar</name>
    <message>
        <source>Show line ends (\r\n)</source>
        <translation>Afficher les fins de ligne (\r\n)</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>Hex</translation>
    </message>
    <message>
        <source>Mark every CR and LF where it is, so CRLF and bare LF line ends can be told apart</source>
        <translation>Marquer chaque CR et LF à sa place, pour distinguer les fins de ligne CRLF des LF seuls</translation>
    </message>
    <message>
        <source>Show the bytes as a hex dump: offset, hex, ASCII</source>
        <translation>Afficher les octets en vidage hexadécimal&#xa0;: décalage, hex, ASCII</translation>
    </message>
</context>
<context>
    <name>statusdeck::gui::ReferencePage</name>
    <message>
        <source>Card</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <source>Search codes, phrases, text (Ctrl+K)</source>
        <translation>Chercher codes, libellés, texte (Ctrl+K)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <source>Registry status</source>
        <translation>Statut au registre</translation>
    </message>
    <message>
        <source>All registry statuses</source>
        <translation>Tous les statuts au registre</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Temporary</source>
        <translation>Temporaire</translation>
    </message>
    <message>
        <source>Unused</source>
        <translation>Inutilisé</translation>
    </message>
    <message>
        <source>Obsolete</source>
        <translation>Obsolète</translation>
    </message>
    <message>
        <source>Unofficial</source>
        <translation>Non officiel</translation>
    </message>
    <message>
        <source>Status codes</source>
        <translation>Codes d&apos;état</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Afficher&#xa0;:</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Compare with the Open Card</source>
        <translation>Comparer avec la fiche ouverte</translation>
    </message>
    <message>
        <source>Favourites could not be saved to %1</source>
        <translation>Les favoris n&apos;ont pas pu être enregistrés dans %1</translation>
    </message>
    <message>
        <source>Comparison: %1 %2 and %3 %4</source>
        <translation>Comparaison&#xa0;: %1 %2 et %3 %4</translation>
    </message>
    <message>
        <source>Card: %1 %2</source>
        <translation>Fiche&#xa0;: %1 %2</translation>
    </message>
</context>
<context>
    <name>statusdeck::gui::SandboxPage</name>
    <message>
        <source>Use a Free Port</source>
        <translation>Utiliser un port libre</translation>
    </message>
    <message>
        <source>Copy URL</source>
        <translation>Copier l&apos;URL</translation>
    </message>
    <message>
        <source>Open in Browser</source>
        <translation>Ouvrir dans le navigateur</translation>
    </message>
    <message>
        <source>any free port</source>
        <translation>n&apos;importe quel port libre</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Port on 127.0.0.1; 0 picks any free port</source>
        <translation>Port sur 127.0.0.1&#xa0;; 0 choisit n&apos;importe quel port libre</translation>
    </message>
    <message>
        <source>Start the sandbox on any free port this time; the chosen port stays saved</source>
        <translation>Démarrer la sandbox sur un port libre cette fois&#xa0;; le port choisi reste enregistré</translation>
    </message>
    <message>
        <source>Copy the sandbox&apos;s address to the clipboard</source>
        <translation>Copier l&apos;adresse de la sandbox dans le presse-papiers</translation>
    </message>
    <message>
        <source>Open the sandbox&apos;s address in the web browser</source>
        <translation>Ouvrir l&apos;adresse de la sandbox dans le navigateur web</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port&#xa0;:</translation>
    </message>
    <message>
        <source>Filter: words, status:4xx, method:POST, client:curl, host:…, -word</source>
        <translation>Filtre&#xa0;: mots, status:4xx, method:POST, client:curl, host:…, -mot</translation>
    </message>
    <message>
        <source>Filter exchanges</source>
        <translation>Filtrer les échanges</translation>
    </message>
    <message>
        <source>Export HAR…</source>
        <translation>Exporter en HAR…</translation>
    </message>
    <message>
        <source>Save the exchanges (or the selected ones) as a HAR file for browser devtools</source>
        <translation>Enregistrer les échanges (ou ceux sélectionnés) dans un fichier HAR pour les outils de développement du navigateur</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Exchanges</source>
        <translation>Échanges</translation>
    </message>
    <message>
        <source>Copied %1 to the clipboard</source>
        <translation>%1 copié dans le presse-papiers</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Démarrer</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Start the sandbox on the port given (Enter in the port field)</source>
        <translation>Démarrer la sandbox sur le port indiqué (Entrée dans le champ du port)</translation>
    </message>
    <message>
        <source>Stop the sandbox; open connections are dropped</source>
        <translation>Arrêter la sandbox&#xa0;; les connexions ouvertes sont coupées</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <source>Listening on the loopback interface only.</source>
        <translation>À l&apos;écoute sur l&apos;interface de loopback uniquement.</translation>
    </message>
    <message>
        <source>Listening on the loopback interface only. Second origin for cross-origin redirects: %1</source>
        <translation>À l&apos;écoute sur l&apos;interface de loopback uniquement. Seconde origine pour les redirections entre origines&#xa0;: %1</translation>
    </message>
    <message>
        <source>Port %1 was taken, so the lab started it on a free port.</source>
        <translation>Le port %1 était pris, le labo l&apos;a donc démarrée sur un port libre.</translation>
    </message>
    <message>
        <source>Not running</source>
        <translation>Arrêtée</translation>
    </message>
    <message>
        <source>Start the sandbox to send requests to it from any client.</source>
        <translation>Démarrez la sandbox pour lui envoyer des requêtes depuis n&apos;importe quel client.</translation>
    </message>
    <message>
        <source>Could not start: %1. Choose another port, or use a free one.</source>
        <translation>Démarrage impossible&#xa0;: %1. Choisissez un autre port, ou utilisez un port libre.</translation>
    </message>
    <message>
        <source>Could not start: %1</source>
        <translation>Démarrage impossible&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n exchange(s)</source>
        <translation>
            <numerusform>%n échange</numerusform>
            <numerusform>%n échanges</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n exchange(s)</source>
        <translation>
            <numerusform>%1 sur %n échange</numerusform>
            <numerusform>%1 sur %n échanges</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n older dropped</source>
        <translation>
            <numerusform>%n plus ancien abandonné</numerusform>
            <numerusform>%n plus anciens abandonnés</numerusform>
        </translation>
    </message>
    <message>
        <source>could not write %1</source>
        <translation>impossible d&apos;écrire %1</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n exchange(s) to %1</source>
        <translation>
            <numerusform>%n échange écrit dans %1</numerusform>
            <numerusform>%n échanges écrits dans %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Selected Exchanges as HAR</source>
        <translation>Exporter les échanges sélectionnés en HAR</translation>
    </message>
    <message>
        <source>Export All Exchanges as HAR</source>
        <translation>Exporter tous les échanges en HAR</translation>
    </message>
    <message>
        <source>HAR files (*.har)</source>
        <translation>Fichiers HAR (*.har)</translation>
    </message>
    <message>
        <source>Export HAR</source>
        <translation>Exporter en HAR</translation>
    </message>
    <message>
        <source>The HAR file was not written: %1</source>
        <translation>Le fichier HAR n&apos;a pas été écrit&#xa0;: %1</translation>
    </message>
    <message>
        <source>another HAR file is being read; open this one when it is done</source>
        <translation>un autre fichier HAR est en cours de lecture&#xa0;; ouvrez celui-ci quand il sera terminé</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message numerus="yes">
        <source>Opened %n exchange(s) from %1</source>
        <translation>
            <numerusform>%n échange ouvert depuis %1</numerusform>
            <numerusform>%n échanges ouverts depuis %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>statusdeck::gui::SnippetPane</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Copy as c&amp;url</source>
        <translation>Copier en c&amp;url</translation>
    </message>
    <message>
        <source>&lt;b&gt;Snippet&lt;/b&gt;</source>
        <translation>&lt;b&gt;Extrait de code&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Framework</source>
        <translation>Framework</translation>
    </message>
    <message>
        <source>Copy the snippet to the clipboard (Ctrl+Shift+C)</source>
        <translation>Copier l&apos;extrait dans le presse-papiers (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <source>&amp;Framework:</source>
        <translation>&amp;Framework&#xa0;:</translation>
    </message>
    <message>
        <source>Snippet code</source>
        <translation>Code de l&apos;extrait</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
    <message>
        <source>Run in tests: %1</source>
        <translation>Exécuté dans les tests&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not run in tests: %1</source>
        <translation>Non exécuté dans les tests&#xa0;: %1</translation>
    </message>
    <message>
        <source>Checked in tests, not run: %1</source>
        <translation>Vérifié par les tests, sans exécution : %1</translation>
    </message>
    <message>
        <source># %1 %2, live from the StatusDeck sandbox on port %3 (it answers any code at /status/CODE)</source>
        <translation># %1 %2, en direct depuis le bac à sable StatusDeck sur le port %3 (il renvoie n&apos;importe quel code sur /status/CODE)</translation>
    </message>
    <message>
        <source>Copied: curl for the sandbox on port %1</source>
        <translation>Copié&#xa0;: curl pour le bac à sable sur le port %1</translation>
    </message>
    <message>
        <source>Copied: the card&apos;s curl example</source>
        <translation>Copié&#xa0;: l&apos;exemple curl de la fiche</translation>
    </message>
    <message>
        <source>Copy a curl command for the running sandbox: curl -i %1</source>
        <translation>Copier une commande curl pour le bac à sable en cours&#xa0;: curl -i %1</translation>
    </message>
    <message>
        <source>Copy the curl commands that show this status and its headers (start the Sandbox to get one for it)</source>
        <translation>Copier les commandes curl qui montrent ce code et ses en-têtes (démarrez le bac à sable pour en obtenir une qui le vise)</translation>
    </message>
</context>
<context>
    <name>statusdeck::lab::BrowserRun</name>
    <message>
        <source>cannot make a temporary profile folder: %1</source>
        <translation>impossible de créer un dossier de profil temporaire&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>[%n option(s) that turn off background work]</source>
        <translation>
            <numerusform>[%n option qui désactive les tâches d&apos;arrière-plan]</numerusform>
            <numerusform>[%n options qui désactivent les tâches d&apos;arrière-plan]</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 exited with status %2 before the page was done</source>
        <translation>%1 s&apos;est terminé avec le code %2 avant la fin de la page</translation>
    </message>
    <message>
        <source>%1 crashed</source>
        <translation>%1 a planté</translation>
    </message>
    <message>
        <source>%1 could not be started: %2</source>
        <translation>impossible de démarrer %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the browser run took longer than %1 s</source>
        <translation>l&apos;exécution du navigateur a dépassé %1 s</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>délai dépassé</translation>
    </message>
</context>
<context>
    <name>statusdeck::lab::Preset</name>
    <message>
        <source>POST through a 302</source>
        <translation>POST à travers un 302</translation>
    </message>
    <message>
        <source>POST through a 307</source>
        <translation>POST à travers un 307</translation>
    </message>
    <message>
        <source>PUT through a 303</source>
        <translation>PUT à travers un 303</translation>
    </message>
    <message>
        <source>DELETE through a 301</source>
        <translation>DELETE à travers un 301</translation>
    </message>
    <message>
        <source>Authorization across origins</source>
        <translation>Authorization entre origines</translation>
    </message>
    <message>
        <source>A chain of three redirects</source>
        <translation>Une chaîne de trois redirections</translation>
    </message>
    <message>
        <source>A redirect loop</source>
        <translation>Une boucle de redirections</translation>
    </message>
    <message>
        <source>the presets are not a JSON object: %1</source>
        <translation>les préréglages ne sont pas un objet JSON&#xa0;: %1</translation>
    </message>
    <message>
        <source>preset %1 needs a name and a path</source>
        <translation>le préréglage %1 nécessite un nom et un chemin</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>statusdeck::lab::RedirectMatrix</name>
    <message>
        <source>%1 crashed</source>
        <translation>%1 a planté</translation>
    </message>
    <message>
        <source>%1 exited with status %2</source>
        <translation>%1 s&apos;est terminé avec le code %2</translation>
    </message>
    <message>
        <source>%1 could not be started: %2</source>
        <translation>%1 n&apos;a pas pu être lancé&#xa0;: %2</translation>
    </message>
    <message>
        <source>the qt client always runs Qt&apos;s own QNetworkAccessManager for real; leave out --real.</source>
        <translation>le client qt exécute toujours réellement le QNetworkAccessManager de Qt&#xa0;; retirez --real.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot run for real; --real works with %2.</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être exécuté réellement&#xa0;; --real fonctionne avec %2.</translation>
    </message>
    <message>
        <source>unknown client &apos;%1&apos;; with --real use one of %2.</source>
        <translation>client inconnu «&#xa0;%1&#xa0;»&#xa0;; avec --real, utilisez l&apos;un de %2.</translation>
    </message>
    <message>
        <source>%1 (real program, compared with the %2 profile)</source>
        <translation>%1 (vrai programme, comparé au profil %2)</translation>
    </message>
    <message>
        <source>%1 is not installed (not found on PATH); install it to run the matrix with the real %1.</source>
        <translation>%1 n&apos;est pas installé (introuvable dans le PATH)&#xa0;; installez-le pour lancer la matrice avec le vrai %1.</translation>
    </message>
    <message>
        <source>unknown client &apos;%1&apos;; use one of %2, qt, or with --real %3.</source>
        <translation>client inconnu «&#xa0;%1&#xa0;»&#xa0;; utilisez l&apos;un de %2, qt, ou avec --real %3.</translation>
    </message>
    <message>
        <source>Qt QNetworkAccessManager, default redirect policy (run for real)</source>
        <translation>Qt QNetworkAccessManager, politique de redirection par défaut (exécution réelle)</translation>
    </message>
    <message>
        <source>%1 (emulated profile)</source>
        <translation>%1 (profil émulé)</translation>
    </message>
    <message>
        <source>...</source>
        <translation>...</translation>
    </message>
    <message>
        <source>not followed: %1</source>
        <translation>non suivi&#xa0;: %1</translation>
    </message>
    <message>
        <source>, kept</source>
        <translation>, conservé</translation>
    </message>
    <message>
        <source>, body dropped</source>
        <translation>, corps abandonné</translation>
    </message>
    <message>
        <source>not followed</source>
        <translation>non suivi</translation>
    </message>
    <message>
        <source>, body kept</source>
        <translation>, corps conservé</translation>
    </message>
    <message>
        <source>  %1: differs from the %2 profile: %3</source>
        <translation>  %1&#xa0;: diffère du profil %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>  %1: followed, then the client reported: %2</source>
        <translation>  %1&#xa0;: suivi, puis le client a signalé&#xa0;: %2</translation>
    </message>
    <message>
        <source>  %1: the client sent the first request %2 times</source>
        <translation>  %1&#xa0;: le client a envoyé la première requête %2 fois</translation>
    </message>
    <message>
        <source>Redirect matrix: %1</source>
        <translation>Matrice des redirections&#xa0;: %1</translation>
    </message>
    <message>
        <source>Program: %1</source>
        <translation>Programme&#xa0;: %1</translation>
    </message>
    <message>
        <source>Each cell: the method that arrived after the redirect; for a request with a body, whether the body came along.</source>
        <translation>Chaque cellule&#xa0;: la méthode arrivée après la redirection&#xa0;; pour une requête avec un corps, si le corps a suivi.</translation>
    </message>
    <message>
        <source>method</source>
        <translation>méthode</translation>
    </message>
    <message>
        <source>Headers of the first request that did not arrive after the redirect:</source>
        <translation>En-têtes de la première requête qui ne sont pas arrivés après la redirection&#xa0;:</translation>
    </message>
    <message>
        <source>Notes (! marks a cell that differs from the profile&apos;s prediction):</source>
        <translation>Remarques (! marque une cellule qui diffère de la prédiction du profil)&#xa0;:</translation>
    </message>
    <message>
        <source>the sandbox saw no request from the client</source>
        <translation>la sandbox n&apos;a vu aucune requête du client</translation>
    </message>
    <message>
        <source>stopped at the %1 without following it</source>
        <translation>arrêté au %1 sans le suivre</translation>
    </message>
    <message>
        <source>the profile predicts a %1 follow-up; the client did not follow</source>
        <translation>le profil prédit une requête suivante %1&#xa0;; le client n&apos;a pas suivi</translation>
    </message>
    <message>
        <source>the profile predicts no follow-up (%1); the client sent a %2</source>
        <translation>le profil ne prédit aucune requête suivante (%1)&#xa0;; le client a envoyé un %2</translation>
    </message>
    <message>
        <source>method: predicted %1, saw %2</source>
        <translation>méthode&#xa0;: %1 prédit, %2 vu</translation>
    </message>
    <message>
        <source>body: predicted kept, saw dropped</source>
        <translation>corps&#xa0;: conservé prédit, abandonné vu</translation>
    </message>
    <message>
        <source>body: predicted dropped, saw kept</source>
        <translation>corps&#xa0;: abandonné prédit, conservé vu</translation>
    </message>
    <message>
        <source>headers dropped: predicted [%1], saw [%2]</source>
        <translation>en-têtes abandonnés&#xa0;: [%1] prédits, [%2] vus</translation>
    </message>
    <message>
        <source>method %1 → %2</source>
        <translation>méthode %1 → %2</translation>
    </message>
    <message>
        <source>body dropped</source>
        <translation>corps abandonné</translation>
    </message>
    <message>
        <source>body changed</source>
        <translation>corps modifié</translation>
    </message>
    <message>
        <source>timed out after %1 s</source>
        <translation>délai dépassé après %1 s</translation>
    </message>
    <message>
        <source>line %1: no colon</source>
        <translation>ligne %1&#xa0;: pas de deux-points</translation>
    </message>
    <message>
        <source>line %1: &apos;%2&apos; is not a header name</source>
        <translation>ligne %1&#xa0;: «&#xa0;%2&#xa0;» n&apos;est pas un nom d&apos;en-tête</translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not run for real.</source>
        <translation>«&#xa0;%1&#xa0;» ne s&apos;exécute pas en réel.</translation>
    </message>
    <message>
        <source>%1 env GOVERSION failed: %2</source>
        <translation>échec de %1 env GOVERSION&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 cannot be imported by %2; install the Debian package %3 (or pip install %1).</source>
        <translation>%1 ne peut pas être importé par %2&#xa0;; installez le paquet Debian %3 (ou pip install %1).</translation>
    </message>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <source>cannot prepare the Go client&apos;s build in %1</source>
        <translation>impossible de préparer la compilation du client Go dans %1</translation>
    </message>
    <message>
        <source>go build of the lab&apos;s Go client failed: %1</source>
        <translation>échec de go build du client Go du labo&#xa0;: %1</translation>
    </message>
    <message>
        <source>the Go client was built but %1 is missing</source>
        <translation>le client Go a été compilé mais %1 est absent</translation>
    </message>
    <message>
        <source>%1 (real program, compared with the %2 profile, observed with %3)</source>
        <translation>%1 (programme réel, comparé au profil %2, observé avec %3)</translation>
    </message>
    <message>
        <source>%1 is not installed (not found on PATH); install the Debian package %2 to run the matrix with the real %3.</source>
        <translation>%1 n&apos;est pas installé (introuvable dans le PATH)&#xa0;; installez le paquet Debian %2 pour exécuter la matrice avec le vrai %3.</translation>
    </message>
    <message>
        <source>%1 (emulated profile, observed with %2)</source>
        <translation>%1 (profil émulé, observé avec %2)</translation>
    </message>
    <message>
        <source>observed with %1, installed %2</source>
        <translation>observé avec %1, installé&#xa0;: %2</translation>
    </message>
    <message>
        <source>  %1: differs from the %2 profile (%3): %4</source>
        <translation>  %1&#xa0;: diffère du profil %2 (%3)&#xa0;: %4</translation>
    </message>
    <message>
        <source>Version: %1 installed; the profile was observed with %2%3</source>
        <translation>Version&#xa0;: %1 installée&#xa0;; le profil a été observé avec %2%3</translation>
    </message>
    <message>
        <source> (a different version: a mismatch may be the version&apos;s, not the profile&apos;s)</source>
        <translation> (version différente&#xa0;: un écart peut venir de la version, pas du profil)</translation>
    </message>
    <message>
        <source>%1 (real browser, compared with the %2 profile)</source>
        <translation>%1 (vrai navigateur, comparé au profil %2)</translation>
    </message>
    <message>
        <source>%1 is not installed (none of %2 is on PATH); install the package %3 to run the matrix in the real browser.</source>
        <translation>%1 n&apos;est pas installé (aucun de %2 n&apos;est dans le PATH)&#xa0;; installez le paquet %3 pour exécuter la matrice dans le vrai navigateur.</translation>
    </message>
    <message>
        <source>all kept</source>
        <translation>tous conservés</translation>
    </message>
    <message>
        <source>Each cell: a GET from %1 with Authorization, Cookie and X-StatusDeck-Probe, redirected to %2; which of the three did not arrive.</source>
        <translation>Chaque cellule&#xa0;: un GET depuis %1 avec Authorization, Cookie et X-StatusDeck-Probe, redirigé vers %2&#xa0;; lesquels des trois ne sont pas arrivés.</translation>
    </message>
    <message>
        <source>redirect to</source>
        <translation>redirection vers</translation>
    </message>
    <message>
        <source>Rules behind the cells (the profile&apos;s; [n] in a cell):</source>
        <translation>Règles justifiant les cellules (celles du profil&#xa0;; [n] dans une cellule)&#xa0;:</translation>
    </message>
    <message>
        <source> (card: statusdeck show %1)</source>
        <translation> (fiche&#xa0;: statusdeck show %1)</translation>
    </message>
    <message>
        <source>Cells that differ from the profile&apos;s prediction (⚠):</source>
        <translation>Cellules qui diffèrent de la prévision du profil (⚠)&#xa0;:</translation>
    </message>
    <message>
        <source>same origin</source>
        <translation>même origine</translation>
    </message>
    <message>
        <source>another port</source>
        <translation>autre port</translation>
    </message>
    <message>
        <source>another host</source>
        <translation>autre hôte</translation>
    </message>
    <message>
        <source>→ another origin: %1, and every header is kept</source>
        <translation>→ autre origine&#xa0;: %1, et tous les en-têtes sont conservés</translation>
    </message>
    <message>
        <source>→ another origin: %1, so %2 is removed</source>
        <translation>→ autre origine&#xa0;: %1, donc %2 est retiré</translation>
    </message>
    <message>
        <source>→ another origin: %1, so %2 and %3 are removed</source>
        <translation>→ autre origine&#xa0;: %1, donc %2 et %3 sont retirés</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>délai dépassé</translation>
    </message>
    <message>
        <source>Each cell: a fetch() GET from %1 with Authorization and X-StatusDeck-Probe (no page can set Cookie), redirected to %2; which of the two did not arrive.</source>
        <translation>Chaque cellule : un GET fetch() depuis %1 avec Authorization et X-StatusDeck-Probe (aucune page ne peut définir Cookie), redirigé vers %2 ; lequel des deux n’est pas arrivé.</translation>
    </message>
</context>
<context>
    <name>statusdeck::lab::RuleBook</name>
    <message>
        <source>%1, section %2</source>
        <translation>%1, section %2</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1 : lecture impossible : %2</translation>
    </message>
    <message>
        <source>%1: not JSON: %2</source>
        <translation>%1 : pas du JSON : %2</translation>
    </message>
    <message>
        <source>%1: not an object with a &quot;rules&quot; array</source>
        <translation>%1 : pas un objet avec un tableau « rules »</translation>
    </message>
    <message>
        <source>%1: rule %2 needs an id, a source and a text</source>
        <translation>%1 : la règle %2 doit avoir un id, une source et un texte</translation>
    </message>
    <message>
        <source>%1: rule %2 is defined twice</source>
        <translation>%1 : la règle %2 est définie deux fois</translation>
    </message>
</context>
<context>
    <name>statusdeck::lab::browser</name>
    <message>
        <source>not possible with a form</source>
        <translation>impossible avec un formulaire</translation>
    </message>
    <message>
        <source>not possible with a navigation</source>
        <translation>impossible avec une navigation</translation>
    </message>
    <message>
        <source>%1, fetch()</source>
        <translation>%1, fetch()</translation>
    </message>
    <message>
        <source>%1, HTML form</source>
        <translation>%1, formulaire HTML</translation>
    </message>
    <message>
        <source>%1, navigation</source>
        <translation>%1, navigation</translation>
    </message>
    <message>
        <source>CORS preflight: before a cross-origin %1, the browser asks this origin whether it may send it.</source>
        <translation>Prévol CORS&#xa0;: avant un %1 cross-origin, le navigateur demande à cette origine s&apos;il peut l&apos;envoyer.</translation>
    </message>
    <message>
        <source>CORS preflight: before a cross-origin %1 with %2, the browser asks this origin whether it may send it (a header a script set needs the server&apos;s permission).</source>
        <translation>Prévol CORS&#xa0;: avant un %1 cross-origin avec %2, le navigateur demande à cette origine s&apos;il peut l&apos;envoyer (un en-tête défini par un script exige l&apos;autorisation du serveur).</translation>
    </message>
    <message>
        <source>Origin: null: after a redirect to another origin the request&apos;s origin is opaque, so the browser sends null.</source>
        <translation>Origin: null&#xa0;: après une redirection vers une autre origine, l&apos;origine de la requête est opaque, donc le navigateur envoie null.</translation>
    </message>
    <message>
        <source>Origin: %1: the browser names the page&apos;s origin on a request that is not a GET or HEAD, or that goes to another origin.</source>
        <translation>Origin: %1&#xa0;: le navigateur indique l&apos;origine de la page sur une requête qui n&apos;est ni GET ni HEAD, ou qui va vers une autre origine.</translation>
    </message>
    <message>
        <source>Origin: %1: the page&apos;s origin, on a request to another origin.</source>
        <translation>Origin: %1&#xa0;: l&apos;origine de la page, sur une requête vers une autre origine.</translation>
    </message>
    <message>
        <source>the cross-origin matrix sends Authorization, Cookie and a custom header, and an HTML form can set none of them, so it is not offered for a form; use the fetch mode, which sends Authorization and the custom header (no page can set Cookie).</source>
        <translation>la matrice cross-origin envoie Authorization, Cookie et un en-tête personnalisé, et un formulaire HTML ne peut en définir aucun : elle n’est donc pas proposée pour un formulaire ; utilisez le mode fetch, qui envoie Authorization et l’en-tête personnalisé (aucune page ne peut définir Cookie).</translation>
    </message>
    <message>
        <source>the cross-origin matrix sends Authorization, Cookie and a custom header, and a navigation can set none of them, so it is not offered for a navigation; use the fetch mode, which sends Authorization and the custom header (no page can set Cookie).</source>
        <translation>la matrice cross-origin envoie Authorization, Cookie et un en-tête personnalisé, et une navigation ne peut en définir aucun : elle n’est donc pas proposée pour une navigation ; utilisez le mode fetch, qui envoie Authorization et l’en-tête personnalisé (aucune page ne peut définir Cookie).</translation>
    </message>
</context>
</TS>
