#include "prospetto_shape.hpp"

#include "xsd_lexical.hpp"

namespace gradus::xml::detail {

namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

bool digits(std::string_view text, std::size_t min, std::size_t max) {
    if (text.size() < min || text.size() > max) return false;
    for (const char c : text) {
        if (!is_digit(c)) return false;
    }
    return true;
}

bool is_upper_or_digit(char c) { return (c >= 'A' && c <= 'Z') || is_digit(c); }

// [0-9]{2}:[0-5][0-9]
bool is_orario(std::string_view t) {
    return t.size() == 5 && is_digit(t[0]) && is_digit(t[1]) && t[2] == ':' && t[3] >= '0' && t[3] <= '5' &&
           is_digit(t[4]);
}

// ` *[0-9]{1,3} *`
bool is_percento(std::string_view t) {
    const std::size_t first = t.find_first_not_of(' ');
    if (first == std::string_view::npos) return false;
    const std::size_t last = t.find_last_not_of(' ');
    return digits(t.substr(first, last - first + 1), 1, 3);
}

// [A-Z0-9]{16}|[0-9]{11}
bool is_codice_fiscale(std::string_view t) {
    if (t.size() == 11) return digits(t, 11, 11);
    if (t.size() != 16) return false;
    for (const char c : t) {
        if (!is_upper_or_digit(c)) return false;
    }
    return true;
}

// ([0-9]\.){5}[0-9]{1,2}
bool is_qualifica(std::string_view t) {
    if (t.size() < 11 || t.size() > 12) return false;
    for (std::size_t i = 0; i < 10; i += 2) {
        if (!is_digit(t[i]) || t[i + 1] != '.') return false;
    }
    return digits(t.substr(10), 1, 2);
}

// The length of xs:string text in characters, vouched for only in ASCII: Xerces counts UTF-16
// units where XML Schema counts characters, and a check may refuse too much, never too little.
bool ascii_length(std::string_view t, std::size_t min, std::size_t max) {
    if (t.size() < min || t.size() > max) return false;
    for (const char c : t) {
        if (static_cast<unsigned char>(c) >= 0x80) return false;
    }
    return true;
}

}  // namespace

bool holds(ProspettoValue type, std::string_view t) {
    using Value = ProspettoValue;
    switch (type) {
    case Value::numero: return digits(t, 1, 6);
    case Value::orario: return is_orario(t);
    case Value::percento: return is_percento(t);
    case Value::codice16: return ascii_length(t, 16, 16);
    case Value::provincia: return digits(t, 3, 3);
    case Value::belfiore: return t == "0000" || (t.size() == 4 && t[0] >= 'A' && t[0] <= 'Z' && digits(t.substr(1), 3, 3));
    case Value::si_no: return t == "S" || t == "N";
    case Value::stato: return t == "E" || t == "F";
    case Value::soggetto: return t == "D" || t == "C";
    case Value::verso: return t == "E" || t == "R";
    case Value::fascia: return t == "A" || t == "B" || t == "C";
    case Value::codice_fiscale: return is_codice_fiscale(t);
    case Value::testo: return ascii_length(t, 1, 2000);
    case Value::testo200: return ascii_length(t, 1, 200);
    case Value::string: return true;
    case Value::date: return xsd::is_date(t);
    case Value::date_time: return xsd::is_local_date_time(t);
    case Value::tipo_comunicazione: return t == "01" || t == "02" || t == "03";
    case Value::tipologia_dichiarante: return t == "A" || t == "B" || t == "C" || t == "D";
    case Value::categoria: return digits(t, 4, 4);
    case Value::qualifica: return is_qualifica(t);
    case Value::causale: return ascii_length(t, 1, 1);
    case Value::categoria_ass: return t == "NU" || t == "NO";
    case Value::versione: return t == "PIDISABILI001600";
    case Value::complex: return false;
    }
    return false;
}

namespace {

using Value = ProspettoValue;
using Particle = ProspettoShape::Particle;
using Model = ProspettoShape::Model;
using AttributeUse = ProspettoShape::AttributeUse;
constexpr unsigned unbounded = ProspettoShape::unbounded;

// No sequence of unipi-pid-1.xsd names an element twice, and a wildcard (an empty name) only ever
// ends one, as SchemaShape needs.

constexpr Particle any{"", 0, unbounded, Value::complex, nullptr};

constexpr Particle non_letto_sequence[] = {any};
constexpr Model non_letto{non_letto_sequence, {}};

// Lavoratori and ParteTempo.
constexpr Particle parte_tempo_sequence[] = {
    {"nlavoratoriparttime", 1, 1, Value::numero, nullptr},
    {"orariosettimanalecontrattuale", 1, 1, Value::orario, nullptr},
    {"orariosettimanaleparttime", 1, 1, Value::orario, nullptr},
};
constexpr Model parte_tempo{parte_tempo_sequence, {}};
constexpr Particle lavoratori_sequence[] = {
    {"nlavoratoritempopieno", 1, 1, Value::numero, nullptr},
    {"parttime", 0, unbounded, Value::complex, &parte_tempo},
};
constexpr Model lavoratori{lavoratori_sequence, {}};

// DatiProspetto, Dichiarante, SedeLegale, DatiAziendali, Quadro1.
constexpr Particle dati_prospetto_sequence[] = {
    {"datariferimento", 1, 1, Value::date, nullptr},
    {"capogruppo", 1, 1, Value::si_no, nullptr},
    {"cfcapogruppo", 0, 1, Value::string, nullptr},
    {"capogruppoestera", 0, 1, Value::si_no, nullptr},
    {"nlavoratorinazionali", 1, 1, Value::numero, nullptr},
    {"categoriaazienda", 0, 1, Value::fascia, nullptr},
    {"dataprimaassunzione", 0, 1, Value::date, nullptr},
    {"datasecondaassunzione", 0, 1, Value::date, nullptr},
    {"nessunaassunzioneaggiuntiva", 0, 1, Value::si_no, nullptr},
};
constexpr Model dati_prospetto{dati_prospetto_sequence, {}};
constexpr Particle dichiarante_sequence[] = {
    {"tipologiadichiarante", 1, 1, Value::tipologia_dichiarante, nullptr},
    {"codicefiscale", 1, 1, Value::codice_fiscale, nullptr},
    {"denominazione", 1, 1, Value::testo, nullptr},
    {"settore", 1, 1, Value::string, nullptr},
    {"ccnl", 1, 1, Value::string, nullptr},
};
constexpr Model dichiarante{dichiarante_sequence, {}};
constexpr Particle sede_legale_sequence[] = {{"comunesedelegale", 1, 1, Value::belfiore, nullptr}, any};
constexpr Model sede_legale{sede_legale_sequence, {}};
constexpr Particle dati_aziendali_sequence[] = {
    {"dichiarante", 1, 1, Value::complex, &dichiarante},
    {"sedelegale", 1, 1, Value::complex, &sede_legale},
    {"referente", 1, 1, Value::complex, &non_letto},
};
constexpr Model dati_aziendali{dati_aziendali_sequence, {}};
constexpr Particle quadro1_sequence[] = {
    {"datiprospetto", 1, 1, Value::complex, &dati_prospetto},
    {"datiaziendali", 1, 1, Value::complex, &dati_aziendali},
    {"gradualita", 0, 1, Value::complex, &non_letto},
    {"sospensionemobilita", 0, 1, Value::complex, &non_letto},
    {"assunzionipubblicaselezione", 0, unbounded, Value::complex, &non_letto},
};
constexpr Model quadro1{quadro1_sequence, {}};

// DatiProvinciali, PersonaleDipendente (and its anonymous types), PersonaleNonDipendente.
constexpr Particle dati_provinciali_sequence[] = {{"provincia", 1, 1, Value::provincia, nullptr}, any};
constexpr Model dati_provinciali{dati_provinciali_sequence, {}};
constexpr Particle categorie_escluse_sequence[] = {
    {"categoria", 1, 1, Value::categoria, nullptr},
    {"numero", 1, 1, Value::numero, nullptr},
};
constexpr Model categorie_escluse{categorie_escluse_sequence, {}};
constexpr Particle dettaglio_part_time_sequence[] = {
    {"numero", 1, 1, Value::numero, nullptr},
    {"orariosettimanalecontrattuale", 1, 1, Value::orario, nullptr},
    {"orariosettimanaleparttime", 1, 1, Value::orario, nullptr},
};
constexpr Model dettaglio_part_time{dettaglio_part_time_sequence, {}};
constexpr Particle dettaglio_intermittenti_sequence[] = {
    {"numero", 1, 1, Value::numero, nullptr},
    {"orariosettimanalecontrattuale", 1, 1, Value::orario, nullptr},
    {"orariosettimanalesvolto", 1, 1, Value::orario, nullptr},
};
constexpr Model dettaglio_intermittenti{dettaglio_intermittenti_sequence, {}};
constexpr Particle personale_dipendente_sequence[] = {
    {"nlavoratori", 1, 1, Value::numero, nullptr},
    {"disabili", 1, 1, Value::complex, &lavoratori},
    {"centralinisti", 1, 1, Value::complex, &lavoratori},
    {"massofisioterapisti", 1, 1, Value::complex, &lavoratori},
    {"telelavoro", 1, 1, Value::complex, &lavoratori},
    {"categorieescluse", 0, unbounded, Value::complex, &categorie_escluse},
    {"dettaglioparttime", 0, unbounded, Value::complex, &dettaglio_part_time},
    {"dettagliointermittenti", 0, unbounded, Value::complex, &dettaglio_intermittenti},
    {"categorieprotette", 1, 1, Value::numero, nullptr},
    {"dicuiinforzaal17012000", 0, 1, Value::numero, nullptr},
};
constexpr Model personale_dipendente{personale_dipendente_sequence, {}};
constexpr Particle personale_non_dipendente_sequence[] = {
    {"lavoratoridisabilisomministrati", 1, 1, Value::complex, &lavoratori},
    {"lavoratoridisabiliconv12bis14", 1, 1, Value::complex, &lavoratori},
};
constexpr Model personale_non_dipendente{personale_non_dipendente_sequence, {}};

// PostoLavoro, Compensazione, Sospensione, Esonero, Esonero60, Quadro2.
constexpr Particle posto_lavoro_sequence[] = {
    {"qualificaprof", 1, 1, Value::qualifica, nullptr},
    {"mansione", 1, 1, Value::testo200, nullptr},
    {"nposti", 1, 1, Value::numero, nullptr},
    {"categoriasogg", 1, 1, Value::soggetto, nullptr},
    {"comuneass", 1, 1, Value::belfiore, nullptr},
    {"capacitacontroindicazioni", 1, 1, Value::testo200, nullptr},
    {"barrierearchitettoniche", 1, 1, Value::si_no, nullptr},
    {"turninotturni", 1, 1, Value::si_no, nullptr},
    {"mezzipubblici", 1, 1, Value::si_no, nullptr},
    {"categoriaass", 0, 1, Value::categoria_ass, nullptr},
};
constexpr Model posto_lavoro{posto_lavoro_sequence, {}};
constexpr Particle compensazione_sequence[] = {
    {"provincia", 1, 1, Value::provincia, nullptr},
    {"categoriacomp", 1, 1, Value::verso, nullptr},
    {"numero", 1, 1, Value::numero, nullptr},
    {"categoriasogg", 1, 1, Value::soggetto, nullptr},
    {"codicefiscaleaziendagruppo", 0, 1, Value::codice_fiscale, nullptr},
};
constexpr Model compensazione{compensazione_sequence, {}};
constexpr Particle sospensione_sequence[] = {
    {"stato", 1, 1, Value::stato, nullptr},
    {"causale", 1, 1, Value::causale, nullptr},
    {"datafinesospensione", 0, 1, Value::date, nullptr},
    {"numerolavoratori", 1, 1, Value::numero, nullptr},
};
constexpr Model sospensione{sospensione_sequence, {}};
constexpr Particle esonero_sequence[] = {
    {"stato", 1, 1, Value::stato, nullptr},
    {"dataatto", 0, 1, Value::date, nullptr},
    {"estremiatto", 0, 1, Value::testo, nullptr},
    {"finoal", 0, 1, Value::date, nullptr},
    {"percentuale", 0, 1, Value::percento, nullptr},
    {"numerolavoratori", 0, 1, Value::numero, nullptr},
};
constexpr Model esonero{esonero_sequence, {}};
constexpr Particle esonero60_sequence[] = {
    {"dataautocertificazione", 1, 1, Value::date, nullptr},
    {"numerolavoratori60permille", 1, 1, Value::numero, nullptr},
    {"numerolavoratoriesonero", 1, 1, Value::numero, nullptr},
    {"percentuale", 0, 1, Value::percento, nullptr},
};
constexpr Model esonero60{esonero60_sequence, {}};
constexpr Particle quadro2_sequence[] = {
    {"datiprovinciali", 1, 1, Value::complex, &dati_provinciali},
    {"personaledipendente", 1, 1, Value::complex, &personale_dipendente},
    {"personalenondipendente", 1, 1, Value::complex, &personale_non_dipendente},
    {"lavoratoricomputabili", 0, unbounded, Value::complex, &non_letto},
    {"postilavoro", 0, unbounded, Value::complex, &posto_lavoro},
    {"compensazioni", 0, unbounded, Value::complex, &compensazione},
    {"sospensioni", 0, 1, Value::complex, &sospensione},
    {"gradualita", 0, 1, Value::complex, &non_letto},
    {"esoneri", 0, 1, Value::complex, &esonero},
    {"esoneri60permille", 0, 1, Value::complex, &esonero60},
    {"convenzione", 0, 1, Value::complex, &non_letto},
    {"note", 0, 1, Value::testo, nullptr},
};
constexpr Model quadro2{quadro2_sequence, {}};

// RiepilogoNazionale, RiepilogoProvinciale, Quadro3.
constexpr Particle riepilogo_nazionale_sequence[] = {
    {"numLavBaseComputoArt3", 1, 1, Value::numero, nullptr},
    {"numLavBaseComputoArt18", 1, 1, Value::numero, nullptr},
    {"quotariservadisabili", 1, 1, Value::numero, nullptr},
    {"quotariservacatprotette", 1, 1, Value::numero, nullptr},
    {"esoneri", 1, 1, Value::numero, nullptr},
    {"disabili", 1, 1, Value::numero, nullptr},
    {"catprotette", 1, 1, Value::numero, nullptr},
    {"quotaesuberiArt18", 1, 1, Value::numero, nullptr},
    {"scoperturedisabili", 1, 1, Value::numero, nullptr},
    {"scoperturecatprotette", 1, 1, Value::numero, nullptr},
    {"sospensioniincorso", 1, 1, Value::si_no, nullptr},
};
constexpr Model riepilogo_nazionale{riepilogo_nazionale_sequence, {}};
constexpr Particle riepilogo_provinciale_sequence[] = {
    {"provincia", 1, 1, Value::provincia, nullptr},
    {"numLavBaseComputoArt3", 1, 1, Value::numero, nullptr},
    {"numLavBaseComputoArt18", 1, 1, Value::numero, nullptr},
    {"categoriacompdisabili", 0, 1, Value::verso, nullptr},
    {"numerocompdisabili", 0, 1, Value::numero, nullptr},
    {"categoriacompcatprotette", 0, 1, Value::verso, nullptr},
    {"numerocompcatprotette", 0, 1, Value::numero, nullptr},
    {"disabili", 1, 1, Value::numero, nullptr},
    {"catprotette", 1, 1, Value::numero, nullptr},
    {"quotariservadisabili", 1, 1, Value::numero, nullptr},
    {"quotariservacatprotette", 1, 1, Value::numero, nullptr},
    {"esonerati", 1, 1, Value::numero, nullptr},
    {"scoperturedisabili", 1, 1, Value::numero, nullptr},
    {"scoperturecatprotette", 1, 1, Value::numero, nullptr},
    {"sospensioniincorso", 1, 1, Value::si_no, nullptr},
};
constexpr Model riepilogo_provinciale{riepilogo_provinciale_sequence, {}};
constexpr Particle quadro3_sequence[] = {
    {"riepilogonazionale", 1, 1, Value::complex, &riepilogo_nazionale},
    {"elencoriepilogativoprovinciale", 1, unbounded, Value::complex, &riepilogo_provinciale},
    {"note", 0, 1, Value::testo, nullptr},
};
constexpr Model quadro3{quadro3_sequence, {}};

// Prospetto, the root.
constexpr Particle prospetto_sequence[] = {
    {"quadro1", 1, 1, Value::complex, &quadro1},
    {"quadro2", 0, unbounded, Value::complex, &quadro2},
    {"quadro3", 0, 1, Value::complex, &quadro3},
    {"tipocomunicazione", 1, 1, Value::tipo_comunicazione, nullptr},
};
constexpr AttributeUse prospetto_attributes[] = {
    {"codicecomunicazione", Value::codice16, true},
    {"codicecomunicazioneprecedente", Value::codice16, false},
    {"dataInvio", Value::date_time, true},
    {"delegato", Value::codice_fiscale, false},
    {"tipoDelegato", Value::string, false},
    {"e-mailDelegato", Value::string, true},
    {"protocollo", Value::string, true},
    {"versione", Value::versione, true},
};
constexpr Model prospetto{prospetto_sequence, prospetto_attributes};

constexpr Particle root{"prospetto", 1, 1, Value::complex, &prospetto};

}  // namespace

ProspettoShape::ProspettoShape(Handler& next) : SchemaShape(next, root) {}

}  // namespace gradus::xml::detail
