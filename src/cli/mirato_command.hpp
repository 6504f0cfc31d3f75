#pragma once

#include "gradus/cli/command.hpp"
#include "gradus/cli/common_options.hpp"
#include "gradus/core/date.hpp"

#include <optional>
#include <string>
#include <vector>

namespace gradus::cli {

// gradus mirato: graduatoria of the collocamento mirato (L. 68/1999 art. 8), annual at a
// reference date or per call among the applicants.
class MiratoCommand : public Command {
public:
    struct Options {
        std::string iscritti;
        std::string adesioni;
        std::string criteria_file;
        std::optional<Date> reference_date;
        std::string out;
        bool allow_unknown = false;
        bool public_employer = false;
        bool no_store = false;
        std::optional<std::string> office;
        std::vector<std::string> richieste;  // avviamento: request files
        std::vector<std::string> prospetti;  // avviamento: UNIPI prospetti (files or folders) with postilavoro
        std::optional<Date> avviamento_date;
    };

    std::string name() const override { return "mirato"; }
    std::string summary() const override;
    int run(std::ostream& out, std::ostream& err) override;
    const Options& options() const { return m_options; }

protected:
    void declare(boost::program_options::options_description& options,
                 boost::program_options::positional_options_description& positional) override;
    void validate(const boost::program_options::variables_map& vm) override;
    std::string usage_line() const override;

private:
    Options m_options;
    CommonOptions m_common;
    std::string m_date_text;
    std::string m_office_text;
    std::string m_avviamento_date_text;
};

}  // namespace gradus::cli
