#pragma once

#include "gradus/services/sap_policy.hpp"
#include "gradus/services/service_event.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace gradus::services {

// One policy of a subject's SAP section 6, built from the ledger.
struct SubjectPolicy {
    std::string subject_code;
    std::string service;  // the LEP service it gives
    SapPolicy policy;
    std::int64_t first_event = 0;  // the ledger id the policy started with
};

// Groups recorded events into section-6 policies, one subject at a time. An event that corrects
// another takes its place. Events with the same identificativo, or else with the same subject,
// service, SAP code and data proposta, are one policy; its latest event (by ledger id) gives the
// ultimo evento, the dates and the promoter. Events without a SAP code (LEPs with none) and
// events of firms (they have no SAP) give no policy. A policy without identificativo gets one: `system_code`, the id of its first event as
// sequence, and the check character. Ordered by subject, then first event.
std::vector<SubjectPolicy> section6_policies(const std::vector<RecordedEvent>& events, std::string_view system_code);

}  // namespace gradus::services
