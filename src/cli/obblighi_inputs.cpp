#include "obblighi_inputs.hpp"

#include "gradus/cli/files.hpp"
#include "gradus/core/sha256.hpp"
#include "gradus/xml/prospetto_reader.hpp"

#include <oneapi/tbb/parallel_for.h>

#include <algorithm>
#include <optional>
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

ProspettiInput read_prospetti(const std::vector<std::filesystem::path>& paths, const std::filesystem::path& schema_dir) {
    struct PerFile {
        ProspettoFile file;
        std::optional<l68::Prospetto> prospetto;
        IssueLog issues;
    };
    std::vector<PerFile> per_file(paths.size());
    tbb::parallel_for(std::size_t{0}, paths.size(), [&](std::size_t i) {
        PerFile& f = per_file[i];
        f.file.name = paths[i].string();
        try {
            f.file.bytes = read_file(paths[i]);
        } catch (const InputError& e) {
            f.issues.add(e.issue());
            return;
        }
        f.prospetto = xml::read_prospetto_bytes(f.file.bytes, f.file.name, schema_dir, f.issues);
        if (f.prospetto) {
            f.prospetto->file = f.file.name;
            f.prospetto->sha256 = sha256_hex(f.file.bytes);
        }
    });
    ProspettiInput input;
    for (PerFile& f : per_file) {
        if (f.prospetto) input.prospetti.push_back(std::move(*f.prospetto));
        input.refused.append(f.issues);
        if (!f.file.bytes.empty()) input.files.push_back(std::move(f.file));
    }
    return input;
}

ReferenceFiles read_reference_data(const std::filesystem::path& data_dir) {
    const std::filesystem::path dir = data_dir / "data" / "l68";
    ReferenceFiles r;
    for (const char* name : {"categorie-escluse.csv", "importi.csv", "comuni.csv"}) {
        r.files.push_back({name, read_file(dir / name)});
    }
    r.data.categories = l68::ExcludedCategories::parse(r.files[0].bytes, (dir / r.files[0].name).string());
    r.data.amounts = l68::Amounts::parse(r.files[1].bytes, (dir / r.files[1].name).string());
    r.data.comuni = l68::Comuni::parse(r.files[2].bytes, (dir / r.files[2].name).string());
    return r;
}

}  // namespace gradus::cli
