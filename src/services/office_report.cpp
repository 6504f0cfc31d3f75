#include "gradus/services/office_report.hpp"

#include <map>
#include <set>
#include <tuple>

namespace gradus::services {

namespace {

std::set<std::int64_t> corrected_ids(const std::vector<RecordedEvent>& ledger) {
    std::set<std::int64_t> ids;
    for (const RecordedEvent& r : ledger) {
        if (r.event.corrects) ids.insert(*r.event.corrects);
    }
    return ids;
}

}  // namespace

std::vector<Delivered> delivered_of(const std::vector<RecordedEvent>& ledger, Subject subject, const std::string& code) {
    const std::set<std::int64_t> corrected = corrected_ids(ledger);
    std::vector<Delivered> out;
    for (const RecordedEvent& r : ledger) {
        if (r.event.subject == subject && r.event.subject_code == code && !corrected.count(r.id)) {
            out.push_back({r.event.service, r.event.event, r.event.event_date});
        }
    }
    return out;
}

std::vector<ServiceCount> office_counts(const RuleParameters& parameters, const std::vector<PersonFacts>& people,
                                        const std::vector<RecordedEvent>& ledger, const Date& as_of) {
    std::map<std::tuple<std::string, std::string, int>, std::set<std::string>> counts;
    for (const PersonFacts& p : people) {
        const std::vector<Delivered> given = delivered_of(ledger, Subject::person, p.codice_fiscale);
        for (const DueItem& item : due_items(parameters, p, given, as_of)) {
            if (item.state != DueState::delivered) {
                counts[{p.office, item.service, static_cast<int>(item.state)}].insert(p.codice_fiscale);
            }
        }
    }
    const std::set<std::int64_t> corrected = corrected_ids(ledger);
    for (const RecordedEvent& r : ledger) {
        const ServiceEvent& e = r.event;
        if (!corrected.count(r.id) && counts_as_given(e.event) && e.event_date <= as_of) {
            counts[{e.office, e.service, static_cast<int>(DueState::delivered)}].insert(e.subject_code);
        }
    }
    std::vector<ServiceCount> out;
    for (const auto& [key, who] : counts) {
        out.push_back({std::get<0>(key), std::get<1>(key), static_cast<DueState>(std::get<2>(key)),
                       std::vector<std::string>(who.begin(), who.end())});
    }
    return out;
}

}  // namespace gradus::services
