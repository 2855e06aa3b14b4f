# Snippet templates, one per framework (format: README.md, "Snippet templates").
set(STATUSDECK_SNIPPET_FILES
    snippets/express.json
    snippets/flask.json
    snippets/node-http.json)
