#pragma once

#include <cstddef>
#include <span>
#include <string_view>

namespace gradus::xml::detail {

// An element a schema check (CandidatureShape, ProspettoShape) has open, and where its children
// stand in its type's sequence. A Particle has a `name` (empty for a wildcard), `min_occurs`,
// `max_occurs`, and a `model` whose `sequence` lists the particles of its children.
template <class Particle>
struct OpenParticle {
    const Particle* element;  // nullptr inside what the schema skips
    std::size_t at = 0;       // the particle of its type that the last child matched
    unsigned matched = 0;     // how many children matched it
};

// The particle of the open element's sequence that its next child `name` matches, or nullptr.
// Taking the first particle that can match is exact for a sequence that names no element twice
// and whose wildcard only ever ends it: each schema check says so of its schema.
template <class Particle>
const Particle* next_child(OpenParticle<Particle>& open, std::string_view name) {
    const std::span<const Particle> sequence = open.element->model->sequence;
    while (open.at < sequence.size()) {
        const Particle& particle = sequence[open.at];
        if ((particle.name.empty() || particle.name == name) && open.matched < particle.max_occurs) {
            ++open.matched;
            return &particle;
        }
        if (open.matched < particle.min_occurs) return nullptr;
        ++open.at;
        open.matched = 0;
    }
    return nullptr;
}

// Whether the children seen so far complete the open element's sequence.
template <class Particle>
bool is_complete(const OpenParticle<Particle>& open) {
    const std::span<const Particle> sequence = open.element->model->sequence;
    for (std::size_t i = open.at; i < sequence.size(); ++i) {
        if ((i == open.at ? open.matched : 0) < sequence[i].min_occurs) return false;
    }
    return true;
}

}  // namespace gradus::xml::detail
