# Snippet templates, one per framework (format: README.md, "Snippet templates").
set(STATUSDECK_SNIPPET_FILES
    snippets/apache.json
    snippets/aspnet.json
    snippets/axum.json
    snippets/curl.json
    snippets/django.json
    snippets/express.json
    snippets/fastapi.json
    snippets/flask.json
    snippets/go.json
    snippets/nginx.json
    snippets/node-http.json
    snippets/php.json
    snippets/python-http-server.json
    snippets/rails.json
    snippets/spring.json)
