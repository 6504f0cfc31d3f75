#include "gradus/services/service_event.hpp"

namespace gradus::services {

std::string_view to_string(Subject s) { return s == Subject::person ? "persona" : "impresa"; }

}  // namespace gradus::services
