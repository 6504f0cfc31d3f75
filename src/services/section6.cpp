#include "gradus/services/section6.hpp"

#include "gradus/services/identificativo_politica.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

namespace gradus::services {

namespace {

// The events of persons that still stand: a correction replaces the event it names.
std::vector<const RecordedEvent*> standing(const std::vector<RecordedEvent>& events) {
    std::set<std::int64_t> corrected;
    for (const RecordedEvent& r : events) {
        if (r.event.corrects) corrected.insert(*r.event.corrects);
    }
    std::vector<const RecordedEvent*> kept;
    for (const RecordedEvent& r : events) {
        if (!corrected.count(r.id) && !r.event.sap_code.empty() && r.event.subject == Subject::person) {
            kept.push_back(&r);
        }
    }
    std::sort(kept.begin(), kept.end(), [](const RecordedEvent* a, const RecordedEvent* b) { return a->id < b->id; });
    return kept;
}

using PolicyKey = std::tuple<std::string, std::string, std::string, std::string, std::string>;

PolicyKey key_of(const RecordedEvent& r) {
    const ServiceEvent& e = r.event;
    if (!e.identificativo.empty()) return {e.subject_code, e.identificativo, "", "", ""};
    return {e.subject_code, "", e.service, e.sap_code, e.proposed ? e.proposed->to_iso() : e.event_date.to_iso()};
}

}  // namespace

std::vector<SubjectPolicy> section6_policies(const std::vector<RecordedEvent>& events, std::string_view system_code) {
    std::map<PolicyKey, SubjectPolicy> by_key;
    for (const RecordedEvent* r : standing(events)) {
        const ServiceEvent& e = r->event;
        SubjectPolicy& sp = by_key[key_of(*r)];
        if (sp.first_event == 0) {
            sp.first_event = r->id;
            sp.subject_code = e.subject_code;
            sp.service = e.service;
        }
        SapPolicy& p = sp.policy;
        p.tipo_attivita = e.sap_code;
        p.proposed = e.proposed.value_or(e.event_date);
        p.started = e.started;
        p.ended = e.ended;
        p.description = e.outcome;
        p.promoter_code = e.office;
        if (!e.identificativo.empty()) p.identificativo = e.identificativo;
        p.last_event = e.event;
        p.last_event_date = e.event_date;
    }
    std::vector<SubjectPolicy> policies;
    for (auto& [key, sp] : by_key) {
        SapPolicy& p = sp.policy;
        if (p.identificativo.empty() && p.promoter_code.size() == 11 && p.tipo_attivita.size() == 3) {
            p.identificativo = make_identificativo_politica(system_code, static_cast<std::uint32_t>(sp.first_event),
                                                            p.promoter_code, p.tipo_attivita, p.proposed);
        }
        policies.push_back(std::move(sp));
    }
    std::sort(policies.begin(), policies.end(), [](const SubjectPolicy& a, const SubjectPolicy& b) {
        return std::tie(a.subject_code, a.first_event) < std::tie(b.subject_code, b.first_event);
    });
    return policies;
}

}  // namespace gradus::services
