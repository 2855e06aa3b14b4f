// One executable per framework (SNIPPET_FRAMEWORK), so CTest runs the frameworks in parallel.

#include "SnippetSuite.h"

#include <QCoreApplication>
#include <QTest>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    snippettest::SnippetSuite suite(QStringLiteral(SNIPPET_FRAMEWORK));
    return QTest::qExec(&suite, argc, argv);
}
