#include "obblighi_inputs.hpp"

#include "gradus/cli/files.hpp"

#include <algorithm>
#include <set>

namespace gradus::cli {

std::vector<std::filesystem::path> prospetto_paths(const std::vector<std::string>& args) {
    std::set<std::filesystem::path> seen;
    std::vector<std::filesystem::path> paths;
    const auto add = [&](const std::filesystem::path& p) {
        if (seen.insert(p.lexically_normal()).second) paths.push_back(p);
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
    for (const char* name : {"categorie-escluse.csv", "importi.csv", "comuni.csv"}) {
        inputs.reference.push_back({name, read_file(data_dir / "data" / "l68" / name)});
    }
    return inputs;
}

}  // namespace gradus::cli
