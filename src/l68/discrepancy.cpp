#include "gradus/l68/discrepancy.hpp"

#include <optional>

namespace gradus::l68 {
namespace {

void compare(std::vector<Discrepancy>& out, const std::string& provincia, const char* field, std::int64_t declared,
             std::int64_t recomputed, const char* rule) {
    if (declared != recomputed) {
        out.push_back({provincia, field, std::to_string(declared), std::to_string(recomputed), rule});
    }
}

std::int64_t signed_count(const std::optional<CompensationKind>& kind, std::int64_t count) {
    if (!kind) return 0;
    return *kind == CompensationKind::surplus ? count : -count;
}

void compare_summary(std::vector<Discrepancy>& out, const DeclaredSummary& d, const Figures& f, bool national) {
    const std::string& p = f.provincia;
    compare(out, p, "numLavBaseComputoArt3", d.base_art3, f.bases.art3.base, "L. 68/1999 art. 4; DPR 333/2000 art. 3");
    compare(out, p, "numLavBaseComputoArt18", d.base_art18, f.bases.art18.base, "L. 68/1999 art. 4 e art. 18");
    compare(out, p, "quotariservadisabili", d.quota_disabled, f.quota_disabled, "L. 68/1999 art. 3 c. 1, art. 4 c. 2");
    compare(out, p, "quotariservacatprotette", d.quota_protected, f.quota_protected, "L. 68/1999 art. 18 c. 2");
    compare(out, p, national ? "esoneri" : "esonerati", d.exempted, f.exempted, "L. 68/1999 art. 5 c. 3 e 3-bis");
    compare(out, p, "disabili", d.disabled, f.disabled, "L. 68/1999 art. 4; nota Min. Lavoro 77/2005");
    compare(out, p, "catprotette", d.protected_category, f.protected_category, "L. 68/1999 art. 18");
    compare(out, p, "scoperturedisabili", d.shortfall_disabled, f.shortfall_disabled, "L. 68/1999 art. 3, 5 c. 8");
    compare(out, p, "scoperturecatprotette", d.shortfall_protected, f.shortfall_protected, "L. 68/1999 art. 18, 5 c. 8");
    if (national) {
        compare(out, p, "quotaesuberiArt18", d.art18_offset, f.art18_offset, "PRODIS, esuberi art. 18 al 17/01/2000 [I]");
    } else {
        compare(out, p, "numerocompdisabili", signed_count(d.compensation_disabled_kind, d.compensation_disabled_count),
                f.compensation_disabled, "L. 68/1999 art. 5 c. 8 (E positivo, R negativo)");
        compare(out, p, "numerocompcatprotette",
                signed_count(d.compensation_protected_kind, d.compensation_protected_count), f.compensation_protected,
                "L. 68/1999 art. 5 c. 8 (E positivo, R negativo)");
    }
    if (d.suspension != f.suspension) {
        out.push_back({p, "sospensioniincorso", d.suspension ? "S" : "N", f.suspension ? "S" : "N", "L. 68/1999 art. 3 c. 5"});
    }
}

}  // namespace

std::vector<Discrepancy> discrepancies(const Prospetto& p, const Obligation& o) {
    std::vector<Discrepancy> out;
    const std::string nat(national_code);
    const std::string declared_category = p.declared_category ? std::string(1, *p.declared_category) : "";
    if (declared_category != to_string(o.category)) {
        out.push_back({nat, "categoriaazienda", declared_category, std::string(to_string(o.category)), "L. 68/1999 art. 3 c. 1"});
    }
    compare(out, nat, "nlavoratorinazionali", p.national_employees, o.national.bases.art3.employees,
            "UNIPI quadro 1: somma dei nlavoratori del quadro 2");
    if (p.declared_national) compare_summary(out, *p.declared_national, o.national, true);
    for (const Figures& f : o.provinces) {
        const DeclaredSummary* declared = nullptr;
        for (const auto& d : p.declared_provinces) {
            if (d.provincia == f.provincia) declared = &d;
        }
        if (declared) compare_summary(out, *declared, f, false);
        else if (p.declared_national) out.push_back({f.provincia, "provincia", "", f.provincia, "UNIPI quadro 3"});
    }
    for (const auto& d : p.declared_provinces) {
        bool known = false;
        for (const Figures& f : o.provinces) known = known || f.provincia == d.provincia;
        if (!known) out.push_back({d.provincia, "provincia", d.provincia, "", "UNIPI quadro 2"});
    }
    return out;
}

}  // namespace gradus::l68
