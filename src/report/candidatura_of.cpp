#include "gradus/report/candidatura_of.hpp"

#include "gradus/core/errors.hpp"

#include <string>

namespace gradus::report {

const art16::Candidatura& candidatura_of(const art16::Graduatoria& graduatoria, std::size_t index) {
    if (index >= graduatoria.candidature.size()) {
        throw InternalError("graduatoria refers to candidatura " + std::to_string(index) + " of " +
                            std::to_string(graduatoria.candidature.size()));
    }
    return graduatoria.candidature[index];
}

}  // namespace gradus::report
