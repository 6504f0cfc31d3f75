#pragma once

#include "gradus/cli/command.hpp"

#include "gradus/core/date.hpp"

#include <optional>

namespace gradus::cli {

// gradus job run|check|unlock JOBFILE: scheduled jobs (docs/GUIDE.md, "Jobs").
class JobCommand : public Command {
public:
    std::string name() const override { return "job"; }
    std::string summary() const override { return "run, check or unlock a scheduled job (jobs/NAME.job)"; }
    int run(std::ostream& out, std::ostream& err) override;

protected:
    void declare(boost::program_options::options_description& options,
                 boost::program_options::positional_options_description& positional) override;
    void validate(const boost::program_options::variables_map& vm) override;
    std::string usage_line() const override {
        return "gradus job run|check|unlock JOBFILE [--today DATE] [--db URL] [--log FILE] [--json]";
    }

private:
    std::string m_action;
    std::string m_file;
    std::string m_today_text;
    std::string m_db;
    std::optional<Date> m_today;
};

}  // namespace gradus::cli
