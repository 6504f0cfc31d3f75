#pragma once

#include "gradus/l68/prospetto.hpp"

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace gradus::l68 {

struct Superseded {
    std::size_t index;   // into the prospetti given
    std::string reason;
};

struct Selection {
    std::vector<std::size_t> counted;  // ascending
    std::vector<Superseded> superseded;  // ascending by index
};

// Which prospetti count, per employer (codice fiscale) and reference date (D.I. 2/11/2010, UNIPI
// tipocomunicazione): an exact duplicate file counts once; a rettifica (02) replaces the
// communication it names; an annullamento (03) removes it and never counts itself; of several
// unlinked sends the latest dataInvio counts, then the greater codicecomunicazione. Every
// prospetto that does not count is listed once with its reason.
Selection select_counted(const std::vector<Prospetto>& prospetti);

// A sortable key of an xs:dateTime "YYYY-MM-DDThh:mm:ss[.f][zone]": date and time, zone ignored.
std::string_view send_time_key(std::string_view data_invio);

}  // namespace gradus::l68
