#include "gradus/report/servizi_html.hpp"

#include "gradus/report/html_escape.hpp"
#include "gradus/report/html_page.hpp"
#include "gradus/report/html_table.hpp"
#include "gradus/report/servizi_csv.hpp"

namespace gradus::report {

std::string servizi_html(const std::string& office, const Date& as_of,
                         const std::vector<services::ServiceCount>& counts, const services::Catalogue& catalogue) {
    HtmlTable table({{"LEP"}, {"servizio"}, {"titolo"}, {"stato"}, {"persone", true}, {"codici fiscali"}});
    for (const ServiziRow& r : servizi_rows(counts, catalogue)) {
        table.add_row({r.lep, r.service, r.title, r.state, std::to_string(r.people.size()), joined(r.people)});
    }
    const std::string title = "Servizi LEP dell'ufficio " + office + " al " + as_of.to_italian();
    return html_page(title, "<h1>" + escape_html(title) + "</h1>\n" + table.html());
}

}  // namespace gradus::report
