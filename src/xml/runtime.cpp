#include "gradus/xml/sax_parser.hpp"

#include <xercesc/util/PlatformUtils.hpp>

#include <cstdlib>
#include <mutex>
#include <string_view>

namespace gradus::xml {

namespace {

void terminate_runtime() { xercesc::XMLPlatformUtils::Terminate(); }

}  // namespace

void ensure_runtime() {
    static std::once_flag once;
    std::call_once(once, [] {
        // Debian's mitigation for CVE-2018-1311: the scanner refuses every DTD (NEWS.Debian).
        // The program sets it in main before any thread starts; a library user gets it here.
        const char* disabled = std::getenv("XERCES_DISABLE_DTD");
        if (disabled == nullptr || std::string_view(disabled) != "1") {
            ::setenv("XERCES_DISABLE_DTD", "1", 1);
        }
        xercesc::XMLPlatformUtils::Initialize();
        std::atexit(terminate_runtime);
    });
}

}  // namespace gradus::xml
