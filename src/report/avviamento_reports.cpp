#include "gradus/report/avviamento_reports.hpp"

#include "gradus/report/csv_writer.hpp"
#include "gradus/report/html_escape.hpp"
#include "gradus/report/html_page.hpp"
#include "gradus/report/html_table.hpp"
#include "gradus/report/xml_writer.hpp"

namespace gradus::report {

namespace {

std::string date_or_empty(const std::optional<Date>& d) { return d ? d->to_iso() : std::string(); }
std::string italian_or_dash(const std::optional<Date>& d) { return d ? d->to_italian() : std::string("-"); }

std::string_view stato_text(cm::Stato s) {
    switch (s) {
        case cm::Stato::proposta: return "avviamento proposto";
        case cm::Stato::non_dovuta: return "avviamento d'ufficio non dovuto";
        case cm::Stato::posti_coperti: return "posti già coperti";
        case cm::Stato::termine_non_definito: return "termine non definito per la data dell'obbligo";
        case cm::Stato::non_ancora_presentata: return "richiesta successiva alla data di riferimento";
    }
    return "";
}

std::string_view public_reason(cm::Motivo m) {
    switch (m) {
        case cm::Motivo::gia_avviato: return "già avviato";
        case cm::Motivo::gia_proposto: return "proposto per altra richiesta";
        case cm::Motivo::qualifica: return "qualifica diversa";
        case cm::Motivo::patente:
        case cm::Motivo::controindicazione: return "requisiti del posto";
    }
    return "";
}

// The results in the order they were computed, each with its request.
template <class F>
void each_result(const AvviamentoReportInput& in, F f) {
    for (const cm::AvviamentoResult& r : in.results) f(in.requests[r.request], r);
}

void write_explanation(XmlWriter& xml, const Explanation& explanation) {
    xml.open("spiegazione");
    for (const ExplanationStep& step : explanation.steps()) {
        const XmlAttributes attributes = {
            {"regola", step.rule}, {"fonte", step.source}, {"valore", step.value}, {"nota", step.note}};
        if (step.inputs.empty()) {
            xml.leaf("passo", attributes);
            continue;
        }
        xml.open("passo", attributes);
        for (const auto& [name, value] : step.inputs) xml.leaf("input", {{"nome", name}, {"valore", value}});
        xml.close();
    }
    xml.close();
}

XmlAttributes person_attributes(const cm::AvviamentoCandidate& c) {
    return {{"posizione", std::to_string(c.position)},
            {"iscrizione", c.registration},
            {"codicefiscale", c.codice_fiscale},
            {"cognome", c.surname},
            {"nome", c.name}};
}

std::string request_heading(const cm::Richiesta& q) {
    return "Richiesta " + q.id + ": " + q.employer_name + " (" + q.employer_code + "), " + q.qualifica_code + " " +
           q.qualifica_description;
}

std::string facts_html(const cm::Richiesta& q, const cm::AvviamentoResult& r) {
    const std::pair<std::string, std::string> facts[] = {
        {"Datore", std::string(cm::to_string(q.employer_kind))},
        {"Luogo di lavoro", q.comune},
        {"Modalità richiesta", std::string(cm::to_string(q.modalita))},
        {"Lista", std::string(cm::to_string(q.lista))},
        {"Obbligo sorto il", q.obligation_date.to_italian()},
        {"Richiesta del", q.request_date.to_italian()},
        {"Termine per l'assunzione nominativa", italian_or_dash(r.term_end)},
        {"Procedura", std::string(cm::to_string(r.procedura))},
        {"Esito", std::string(stato_text(r.stato))},
        {"Posti (aperti / richiesti)", std::to_string(r.open_posts) + " / " + std::to_string(q.posts)},
        {"Persone proposte", std::to_string(r.proposed.size())},
        {"Posti scoperti", std::to_string(r.uncovered())},
    };
    std::string html = "<dl class=\"summary\">\n";
    for (const auto& [k, v] : facts) html += "<dt>" + escape_html(k) + "</dt><dd>" + escape_html(v) + "</dd>\n";
    return html + "</dl>\n";
}

std::string notes_html(const cm::AvviamentoResult& r) {
    std::string html;
    for (const ExplanationStep& s : r.explanation.steps()) {
        if (!s.note.empty()) html += "<p class=\"note\">" + escape_html(s.note + (s.source.empty() ? "" : " (" + s.source + ")")) + "</p>\n";
    }
    return html;
}

}  // namespace

std::string avviamento_richieste_csv(const AvviamentoReportInput& in) {
    CsvWriter csv;
    for (const char* h : {"richiesta", "datore_codice_fiscale", "datore", "tipo_datore", "qualifica", "descrizione",
                          "comune", "modalita", "lista", "obbligo_dal", "presentata", "termine", "dovuto_dal",
                          "procedura", "stato", "posti", "posti_aperti", "proposti", "scoperti"}) {
        csv.text(h);
    }
    csv.end_row();
    each_result(in, [&](const cm::Richiesta& q, const cm::AvviamentoResult& r) {
        csv.text(q.id).text(q.employer_code).text(q.employer_name).text(cm::to_string(q.employer_kind));
        csv.text(q.qualifica_code).text(q.qualifica_description).text(q.comune).text(cm::to_string(q.modalita));
        csv.text(cm::to_string(q.lista)).text(q.obligation_date.to_iso()).text(q.request_date.to_iso());
        csv.text(date_or_empty(r.term_end)).text(date_or_empty(r.due_from)).text(cm::to_string(r.procedura));
        csv.text(cm::to_string(r.stato)).integer(q.posts).integer(r.open_posts);
        csv.integer(static_cast<long long>(r.proposed.size())).integer(r.uncovered()).end_row();
    });
    return csv.bytes();
}

std::string avviamento_csv(const AvviamentoReportInput& in) {
    CsvWriter csv;
    for (const char* h : {"richiesta", "esito", "posto", "posizione", "iscrizione", "codicefiscale", "cognome", "nome",
                          "residenza", "motivo", "dettaglio"}) {
        csv.text(h);
    }
    csv.end_row();
    std::vector<std::size_t> rank(in.candidates.size());
    const std::vector<std::size_t> order = cm::avviamento_order(in.candidates);
    for (std::size_t i = 0; i < order.size(); ++i) rank[order[i]] = i;
    each_result(in, [&](const cm::Richiesta& q, const cm::AvviamentoResult& r) {
        // Proposals and skips interleaved in avviamento order, as the office went down the list.
        std::size_t p = 0, s = 0;
        while (p < r.proposed.size() || s < r.skipped.size()) {
            const bool take_proposal =
                s == r.skipped.size() ||
                (p < r.proposed.size() && rank[r.proposed[p].candidate] < rank[r.skipped[s].candidate]);
            if (take_proposal) {
                const auto& c = in.candidates[r.proposed[p].candidate];
                csv.text(q.id).text("proposto").integer(r.proposed[p].post).integer(c.position).text(c.registration);
                csv.text(c.codice_fiscale).text(c.surname).text(c.name).text(c.residence).empty().empty().end_row();
                ++p;
            } else {
                const auto& k = r.skipped[s];
                const auto& c = in.candidates[k.candidate];
                csv.text(q.id).text("escluso").empty().integer(c.position).text(c.registration);
                csv.text(c.codice_fiscale).text(c.surname).text(c.name).text(c.residence);
                csv.text(cm::to_string(k.motivo)).text(k.detail).end_row();
                ++s;
            }
        }
    });
    return csv.bytes();
}

std::string avviamento_xml(const AvviamentoReportInput& in) {
    XmlWriter xml;
    XmlAttributes root = {{"xmlns", std::string(avviamento_xml_namespace)}, {"dataRiferimento", in.as_of.to_iso()}};
    if (!in.run_label.empty()) root.emplace_back("esecuzione", in.run_label);
    xml.open("avviamento", root);
    each_result(in, [&](const cm::Richiesta& q, const cm::AvviamentoResult& r) {
        XmlAttributes a = {{"id", q.id},
                           {"datoreCodiceFiscale", q.employer_code},
                           {"datore", q.employer_name},
                           {"tipoDatore", std::string(cm::to_string(q.employer_kind))},
                           {"qualifica", q.qualifica_code},
                           {"descrizione", q.qualifica_description},
                           {"comune", q.comune},
                           {"modalita", std::string(cm::to_string(q.modalita))},
                           {"lista", std::string(cm::to_string(q.lista))},
                           {"obbligoDal", q.obligation_date.to_iso()},
                           {"presentata", q.request_date.to_iso()},
                           {"procedura", std::string(cm::to_string(r.procedura))},
                           {"stato", std::string(cm::to_string(r.stato))},
                           {"posti", std::to_string(q.posts)},
                           {"postiAperti", std::to_string(r.open_posts)},
                           {"scoperti", std::to_string(r.uncovered())}};
        if (r.term_end) a.emplace_back("termine", r.term_end->to_iso());
        if (r.due_from) a.emplace_back("dovutoDal", r.due_from->to_iso());
        xml.open("richiesta", a);
        write_explanation(xml, r.explanation);
        for (const cm::Proposta& p : r.proposed) {
            XmlAttributes pa = person_attributes(in.candidates[p.candidate]);
            pa.insert(pa.begin(), {"posto", std::to_string(p.post)});
            xml.open("proposto", pa);
            write_explanation(xml, p.explanation);
            xml.close();
        }
        for (const cm::Scarto& s : r.skipped) {
            XmlAttributes sa = person_attributes(in.candidates[s.candidate]);
            sa.emplace_back("motivo", std::string(cm::to_string(s.motivo)));
            sa.emplace_back("dettaglio", s.detail);
            xml.open("escluso", sa);
            write_explanation(xml, s.explanation);
            xml.close();
        }
        xml.close();
    });
    xml.close();
    return xml.bytes();
}

std::string avviamento_html(const AvviamentoReportInput& in) {
    std::string body = "<h1>" + escape_html("Avviamento al lavoro (L. 68/1999): proposte al " + in.as_of.to_italian()) + "</h1>\n";
    if (!in.run_label.empty()) body += "<p>" + escape_html("Esecuzione " + in.run_label) + "</p>\n";
    each_result(in, [&](const cm::Richiesta& q, const cm::AvviamentoResult& r) {
        body += "<h2>" + escape_html(request_heading(q)) + "</h2>\n" + facts_html(q, r) + notes_html(r);
        if (!q.notes.empty()) body += "<p>" + escape_html("Capacità e controindicazioni indicate dal datore: " + q.notes) + "</p>\n";
        HtmlTable table({{"Esito"}, {"Posto", true}, {"Posizione", true}, {"Iscrizione"}, {"Codice fiscale"},
                         {"Cognome"}, {"Nome"}, {"Motivo"}, {"Dettaglio"}});
        for (const cm::Proposta& p : r.proposed) {
            const auto& c = in.candidates[p.candidate];
            table.add_row({"proposto", std::to_string(p.post), std::to_string(c.position), c.registration, c.codice_fiscale,
                           c.surname, c.name, "", ""});
        }
        for (const cm::Scarto& s : r.skipped) {
            const auto& c = in.candidates[s.candidate];
            table.add_row({"escluso", "", std::to_string(c.position), c.registration, c.codice_fiscale, c.surname, c.name,
                           std::string(cm::to_string(s.motivo)), s.detail});
        }
        body += table.empty() ? "<p class=\"note\">Nessuna persona esaminata.</p>\n" : table.html();
    });
    return html_page("Avviamento L. 68/1999 " + in.as_of.to_italian(), body);
}

std::string avviamento_pubblico_csv(const AvviamentoReportInput& in) {
    CsvWriter csv;
    for (const char* h : {"richiesta", "datore", "qualifica", "descrizione", "procedura", "stato", "esito", "posto",
                          "posizione", "iscrizione", "motivo"}) {
        csv.text(h);
    }
    csv.end_row();
    each_result(in, [&](const cm::Richiesta& q, const cm::AvviamentoResult& r) {
        const auto lead = [&] {
            csv.text(q.id).text(q.employer_name).text(q.qualifica_code).text(q.qualifica_description);
            csv.text(cm::to_string(r.procedura)).text(cm::to_string(r.stato));
        };
        if (r.proposed.empty() && r.skipped.empty()) {
            lead();
            csv.empty().empty().empty().empty().empty().end_row();
        }
        for (const cm::Proposta& p : r.proposed) {
            const auto& c = in.candidates[p.candidate];
            lead();
            csv.text("proposto").integer(p.post).integer(c.position).text(c.registration).empty().end_row();
        }
        for (const cm::Scarto& s : r.skipped) {
            const auto& c = in.candidates[s.candidate];
            lead();
            csv.text("non proposto").empty().integer(c.position).text(c.registration).text(public_reason(s.motivo)).end_row();
        }
    });
    return csv.bytes();
}

std::string avviamento_pubblico_html(const AvviamentoReportInput& in) {
    std::string body = "<h1>" + escape_html("Avviamento al lavoro (L. 68/1999) al " + in.as_of.to_italian()) + "</h1>\n";
    each_result(in, [&](const cm::Richiesta& q, const cm::AvviamentoResult& r) {
        body += "<h2>" + escape_html("Richiesta " + q.id + ": " + q.employer_name + ", " + q.qualifica_code + " " +
                                     q.qualifica_description) + "</h2>\n";
        body += "<p>" + escape_html(std::string(stato_text(r.stato)) + "; procedura " + std::string(cm::to_string(r.procedura)) +
                                    "; posti " + std::to_string(r.open_posts) + ", proposti " +
                                    std::to_string(r.proposed.size())) + "</p>\n";
        HtmlTable table({{"Esito"}, {"Posto", true}, {"Posizione", true}, {"Iscrizione"}, {"Motivo"}});
        for (const cm::Proposta& p : r.proposed) {
            const auto& c = in.candidates[p.candidate];
            table.add_row({"proposto", std::to_string(p.post), std::to_string(c.position), c.registration, ""});
        }
        for (const cm::Scarto& s : r.skipped) {
            const auto& c = in.candidates[s.candidate];
            table.add_row({"non proposto", "", std::to_string(c.position), c.registration, std::string(public_reason(s.motivo))});
        }
        if (!table.empty()) body += table.html();
    });
    return html_page("Avviamento L. 68/1999 " + in.as_of.to_italian(), body);
}

}  // namespace gradus::report
