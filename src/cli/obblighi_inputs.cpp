#include "obblighi_inputs.hpp"

#include "gradus/cli/files.hpp"

#include <algorithm>
#include <unordered_set>
#include <utility>

namespace gradus::cli {

namespace {

// The order of std::filesystem::path (component by component) on paths that share the folder they
// were found under and join their names with one '/': text order with '/' below every other byte.
// It gives the same order without splitting each path into components, which took most of the
// listing of 100,000 prospetti.
bool before_in_path_order(const std::filesystem::path& a, const std::filesystem::path& b) {
    const std::string& x = a.native();
    const std::string& y = b.native();
    const std::size_t common = std::min(x.size(), y.size());
    const auto differ = std::mismatch(x.begin(), x.begin() + static_cast<std::ptrdiff_t>(common), y.begin());
    if (differ.first == x.begin() + static_cast<std::ptrdiff_t>(common)) return x.size() < y.size();
    const auto rank = [](char c) { return c == '/' ? -1 : static_cast<int>(static_cast<unsigned char>(c)); };
    return rank(*differ.first) < rank(*differ.second);
}

bool is_xml_file(const std::filesystem::directory_entry& entry) {
    const std::string& name = entry.path().native();
    const std::size_t slash = name.rfind('/');
    const std::size_t base = slash == std::string::npos ? 0 : slash + 1;
    // ".xml" alone is a hidden file with no extension, as std::filesystem::path::extension() says.
    return name.size() > base + 4 && name.compare(name.size() - 4, 4, ".xml") == 0 && entry.is_regular_file();
}

void read_reference(app::ObblighiInputs& inputs, const std::filesystem::path& data_dir) {
    for (const char* name : {"categorie-escluse.csv", "importi.csv", "comuni.csv"}) {
        inputs.reference.push_back({name, read_file(data_dir / "data" / "l68" / name)});
    }
}

}  // namespace

std::vector<std::filesystem::path> prospetto_paths(const std::vector<std::string>& args) {
    std::vector<std::filesystem::path> paths;
    std::unordered_set<std::string> seen;  // normalised paths, as text: cheaper than comparing paths
    // One argument lists each file once; the set is for a file named again by another argument.
    const bool may_repeat = args.size() > 1;
    const auto add = [&](std::filesystem::path p) {
        if (!may_repeat || seen.insert(p.lexically_normal().string()).second) paths.push_back(std::move(p));
    };
    for (const std::string& arg : args) {
        const std::filesystem::path path(arg);
        if (std::filesystem::is_directory(path)) {
            std::vector<std::filesystem::path> found;
            for (const auto& entry : std::filesystem::recursive_directory_iterator(path)) {
                if (is_xml_file(entry)) found.push_back(entry.path());
            }
            std::sort(found.begin(), found.end(), before_in_path_order);
            for (auto& f : found) add(std::move(f));
        } else if (std::filesystem::is_regular_file(path)) {
            add(path);  // read when parsed and again when stored: a pipe could be read only once
        } else if (std::filesystem::exists(path)) {
            throw UsageError("--prospetti: '" + arg + "' is neither a regular file nor a folder");
        } else {
            throw UsageError("--prospetti: no file or folder '" + arg + "'");
        }
    }
    return paths;
}

app::ObblighiInputs obblighi_inputs(std::vector<std::filesystem::path> paths, const std::filesystem::path& data_dir) {
    app::ObblighiInputs inputs;
    inputs.prospetti.reserve(paths.size());
    for (const auto& path : paths) inputs.prospetti.push_back({path.string(), {}});
    inputs.read = [paths = std::move(paths)](std::size_t i) { return read_file(paths[i]); };
    read_reference(inputs, data_dir);
    return inputs;
}

}  // namespace gradus::cli
