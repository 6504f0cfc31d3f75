#include "gradus/report/html_escape.hpp"

#include <catch2/catch.hpp>

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
