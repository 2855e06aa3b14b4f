// Ruby on Rails under Puma: not run yet (see README, "Snippet templates").

#include "SnippetSuite.h"

namespace snippettest {

std::unique_ptr<Runner> makeRailsRunner()
{
    return {};
}

} // namespace snippettest
