#include "obblighi_inputs.hpp"

#include "gradus/cli/files.hpp"

#include <algorithm>
#include <unordered_set>

namespace gradus::cli {

std::vector<std::filesystem::path> prospetto_paths(const std::vector<std::string>& args) {
    std::unordered_set<std::string> seen;  // normalised paths, as text: cheaper than comparing paths
    std::vector<std::filesystem::path> paths;
    const auto add = [&](const std::filesystem::path& p) {
        if (seen.insert(p.lexically_normal().string()).second) paths.push_back(p);
    };
    for (const std::string& arg : args) {
        const std::filesystem::path path(arg);
        if (std::filesystem::is_directory(path)) {
            std::vector<std::filesystem::path> found;
            for (const auto& entry : std::filesystem::recursive_directory_iterator(path)) {
                if (entry.is_regular_file() && entry.path().extension() == ".xml") found.push_back(entry.path());
            }
            std::sort(found.begin(), found.end());
            for (const auto& f : found) add(f);
        } else if (std::filesystem::exists(path)) {
            add(path);
        } else {
            throw UsageError("--prospetti: no file or folder '" + arg + "'");
        }
    }
    return paths;
}

namespace {

void read_reference(app::ObblighiInputs& inputs, const std::filesystem::path& data_dir) {
    for (const char* name : {"categorie-escluse.csv", "importi.csv", "comuni.csv"}) {
        inputs.reference.push_back({name, read_file(data_dir / "data" / "l68" / name)});
    }
}

}  // namespace

app::ObblighiInputs read_obblighi_inputs(const std::vector<std::filesystem::path>& paths,
                                         const std::filesystem::path& data_dir) {
    app::ObblighiInputs inputs;
    for (const auto& path : paths) {
        try {
            inputs.prospetti.push_back({path.string(), read_file(path)});
        } catch (const InputError& e) {
            inputs.unreadable.add(e.issue());
        }
    }
    read_reference(inputs, data_dir);
    return inputs;
}

app::ObblighiInputs obblighi_inputs_read_when_parsed(const std::vector<std::filesystem::path>& paths,
                                                     const std::filesystem::path& data_dir) {
    app::ObblighiInputs inputs;
    for (const auto& path : paths) inputs.prospetti.push_back({path.string(), {}});
    inputs.read = [paths](std::size_t i) { return read_file(paths[i]); };
    read_reference(inputs, data_dir);
    return inputs;
}

}  // namespace gradus::cli
