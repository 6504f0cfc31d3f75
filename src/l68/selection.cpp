#include "gradus/l68/selection.hpp"

#include <algorithm>
#include <functional>
#include <optional>
#include <string_view>
#include <tuple>
#include <unordered_map>

namespace gradus::l68 {
namespace {

class Chooser {
public:
    explicit Chooser(const std::vector<Prospetto>& p) : m_p(p), m_reason(p.size()) {}

    Selection run() {
        drop_duplicates();
        apply_links();
        keep_latest();
        Selection s;
        for (std::size_t i = 0; i < m_p.size(); ++i) {
            if (m_reason[i]) s.superseded.push_back({i, *m_reason[i]});
            else s.counted.push_back(i);
        }
        return s;
    }

private:
    void drop(std::size_t i, std::string reason) {
        if (!m_reason[i]) m_reason[i] = std::move(reason);
    }

    // Same bytes, or the same codicecomunicazione: the first one read stands.
    void drop_duplicates() {
        std::unordered_map<std::string_view, std::size_t> by_hash;
        for (std::size_t i = 0; i < m_p.size(); ++i) {
            const auto [at, fresh] = by_hash.emplace(m_p[i].sha256, i);
            if (!fresh) {
                drop(i, "duplicato esatto del file " + m_p[at->second].file);
                continue;
            }
            const auto [code, new_code] = m_by_code.emplace(m_p[i].codice_comunicazione, i);
            if (!new_code) {
                drop(i, "codicecomunicazione " + m_p[i].codice_comunicazione + " già letto nel file " +
                            m_p[code->second].file);
            }
        }
    }

    // Rettifiche and annullamenti, in order of sending so that chains resolve.
    void apply_links() {
        std::vector<std::size_t> order;
        for (std::size_t i = 0; i < m_p.size(); ++i) {
            if (!m_reason[i] && m_p[i].type != CommunicationType::prospetto) order.push_back(i);
        }
        std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return later(b, a); });
        for (const std::size_t i : order) {
            const Prospetto& p = m_p[i];
            const auto target = m_by_code.find(p.codice_precedente);
            const bool annulment = p.type == CommunicationType::annullamento;
            if (target == m_by_code.end() || target->second == i) {
                if (annulment) drop(i, "annullamento di " + label(p.codice_precedente) + " non presente tra i prospetti letti");
                continue;
            }
            drop(target->second, (annulment ? "annullato da " : "rettificato da ") + p.codice_comunicazione);
            if (annulment) drop(i, "annullamento di " + p.codice_precedente + " (applicato)");
        }
    }

    // Of the remaining sends of one employer and reference date, the latest counts.
    void keep_latest() {
        std::unordered_map<EmployerPeriod, std::size_t, EmployerPeriod::Hash> latest;
        const auto key = [&](std::size_t i) { return EmployerPeriod{m_p[i].codice_fiscale, m_p[i].reference_date}; };
        for (std::size_t i = 0; i < m_p.size(); ++i) {
            if (m_reason[i]) continue;
            const auto [at, fresh] = latest.emplace(key(i), i);
            if (!fresh && later(i, at->second)) at->second = i;
        }
        for (std::size_t i = 0; i < m_p.size(); ++i) {
            if (m_reason[i]) continue;
            const std::size_t winner = latest.at(key(i));
            if (winner != i) drop(i, "superato dall'invio successivo " + m_p[winner].codice_comunicazione);
        }
    }

    bool later(std::size_t a, std::size_t b) const {
        return std::make_tuple(send_time_key(m_p[a].data_invio), m_p[a].codice_comunicazione) >
               std::make_tuple(send_time_key(m_p[b].data_invio), m_p[b].codice_comunicazione);
    }

    static std::string label(const std::string& code) { return code.empty() ? "(nessun codice)" : code; }

    const std::vector<Prospetto>& m_p;
    std::vector<std::optional<std::string>> m_reason;
    // One employer's prospetti for one reference date.
    struct EmployerPeriod {
        std::string_view codice_fiscale;
        Date reference_date;
        bool operator==(const EmployerPeriod&) const = default;
        struct Hash {
            std::size_t operator()(const EmployerPeriod& k) const {
                return std::hash<std::string_view>{}(k.codice_fiscale) ^
                       std::hash<long>{}(k.reference_date.days().time_since_epoch().count()) * 31;
            }
        };
    };

    // The maps are only looked up, never walked, so their order cannot reach the result.
    std::unordered_map<std::string_view, std::size_t> m_by_code;
};

}  // namespace

std::string_view send_time_key(std::string_view data_invio) {
    return data_invio.substr(0, 19);
}

Selection select_counted(const std::vector<Prospetto>& prospetti) {
    return Chooser(prospetti).run();
}

}  // namespace gradus::l68
