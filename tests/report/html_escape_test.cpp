#include "gradus/report/html_escape.hpp"

#include <catch2/catch.hpp>

#include <string>

using gradus::report::escape_html;

TEST_CASE("escape_html replaces the five markup characters", "[report][html]") {
    CHECK(escape_html("<script>alert('x') & \"y\"</script>") ==
          "&lt;script&gt;alert(&#39;x&#39;) &amp; &quot;y&quot;&lt;/script&gt;");
}

TEST_CASE("escape_html keeps other text, UTF-8 included", "[report][html]") {
    CHECK(escape_html("Forlì, Nicolò; 12,5") == "Forlì, Nicolò; 12,5");
    CHECK(escape_html("&amp;") == "&amp;amp;");
    CHECK(escape_html("") == "");
}

TEST_CASE("append_escaped_html appends what escape_html returns", "[report][html]") {
    std::string out = "<td>";
    gradus::report::append_escaped_html(out, "Nicolò");
    gradus::report::append_escaped_html(out, "<b>D'Angelo & \"Rossi\"</b>");
    CHECK(out == "<td>Nicolò" + escape_html("<b>D'Angelo & \"Rossi\"</b>"));
}
