#include "check_store_command.hpp"
#include "explain_command.hpp"
#include "lsu_command.hpp"
#include "obblighi_command.hpp"
#include "persona_command.hpp"
#include "rank_command.hpp"
#include "replay_command.hpp"
#include "riesame_command.hpp"
#include "runs_command.hpp"
#include "servizi_command.hpp"
#include "verify_command.hpp"
#include "mirato_command.hpp"

namespace gradus::cli {

std::vector<std::unique_ptr<Command>> all_commands() {
    std::vector<std::unique_ptr<Command>> commands;
    commands.push_back(std::make_unique<RankCommand>());
    commands.push_back(std::make_unique<ObblighiCommand>());
    commands.push_back(std::make_unique<LsuCommand>());
    commands.push_back(std::make_unique<ReplayCommand>());
    commands.push_back(std::make_unique<ExplainCommand>());
    commands.push_back(std::make_unique<RiesameCommand>());
    commands.push_back(std::make_unique<ServiziCommand>());
    commands.push_back(std::make_unique<PersonaCommand>());
    commands.push_back(std::make_unique<VerifyCommand>());
    commands.push_back(std::make_unique<RunsCommand>());
    commands.push_back(std::make_unique<CheckStoreCommand>());
    commands.push_back(std::make_unique<MiratoCommand>());
    return commands;
}

}  // namespace gradus::cli
