#pragma once

#include "gradus/core/byte_sink.hpp"
#include "gradus/store/run.hpp"
#include "gradus/store/store.hpp"

#include <cstdint>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>

namespace gradus::app {

// One output of a recorded run, computed again: its name, the sha256 the run recorded for it
// (none when the run did not write it) and how to render it now, piece by piece into a sink (it may
// be rendered more than once, the same bytes each time).
using RecomputedOutput = std::function<void(const std::string& name, const std::optional<std::string>& recorded_sha256,
                                            const std::function<void(ByteSink&)>& render)>;

// Computes a recorded run again from its stored inputs and hands each output, in the order the run
// wrote them, to `each`; no output is held whole. Returns the run's record. Art. 16 rankings,
// L. 68 obligations batches and collocamento mirato graduatorie can be recomputed; any other kind
// is a ConfigError naming it.
store::RunRecord recompute_run(store::Store& db, std::int64_t run_id, const std::filesystem::path& schemas,
                               const RecomputedOutput& each);

}  // namespace gradus::app
