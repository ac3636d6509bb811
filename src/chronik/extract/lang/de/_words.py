"""German words: function words, tense markers, reporting verbs, media nouns, abbreviations, and the German
share of the words looked for in texts of every language (:class:`~chronik.extract._language.Pooled`).

Month and weekday names are not here: they come from arrow's ``de``, ``de_AT`` and ``de_CH`` locales.
"""

from __future__ import annotations

from ..._language import Abbreviations, Pooled, ordered, words

#: The commonest function words: ``--lang auto`` counts them.
FUNCTION_WORDS = words("auf das dem den der die ein eine im ist mit nicht sich und von zu")


#: Number words for small counts.
NUMBERS = {
    "ein": 1,
    "eine": 1,
    "einen": 1,
    "einem": 1,
    "einer": 1,
    "eins": 1,
    "zwei": 2,
    "drei": 3,
    "vier": 4,
    "fünf": 5,
    "sechs": 6,
    "sieben": 7,
    "acht": 8,
    "neun": 9,
    "zehn": 10,
    "elf": 11,
    "zwölf": 12,
    "vierzehn": 14,
    "fünfzehn": 15,
    "zwanzig": 20,
    "dreißig": 30,
    "vierzig": 40,
    "fünfzig": 50,
}


#: Stems of duration adjectives.
DURATION_UNITS = {"tägig": "D", "wöchig": "W", "monatig": "M", "jährig": "Y"}


#: Verbs (inflected forms) that make a dated clause a communication act: a report.
COMMUNICATION_VERBS = words(
    """
    angab angaben angekündigt ankündigte ankündigten begrüßte begrüßten bekanntgab bekanntgaben
    bekanntgegeben bekräftigte berichtet berichtete berichteten bestätigte bestätigten betonte betonten
    dementierte erklärt erklärte erklärten erläuterte forderte forderten gemeldet gesagt hieß informierte
    kritisierte kritisierten meinte meldet meldete meldeten mitgeteilt mitteilte mitteilten sagen sagt sagte
    sagten schreibt schrieb twitterte verkündet verkündete verlautete versicherte veröffentlicht
    veröffentlichte veröffentlichten warnte zeigte zeigten zitiert zitierte äußerte äußerten
    appellierte appellierten aufgefordert aufgerufen bekräftigt betont bestätigt dementiert gefordert
    gewarnt kritisiert mahnte mahnten unterstrich unterstrichen verlangte verlangten
    beklagte beklagten bezeichnet bezeichnete bezeichneten gesendet ausgestrahlt versprach versprachen
    herausgegeben herausgab herausgaben erzählt erzählte erzählten erfuhr erfuhren
    so geäußert erläutert geschrieben zurückgewiesen kommunizierte kommunizierten reagierte reagierten
    klargestellt informiert informierten gepredigt predigte predigten
    mitteilt mitteilen bekanntgibt bekanntgeben ankündigt ankündigen sprach sprachen spekulierte spekulierten
    publiziert publizierte publizierten rügte rügten gerügt bedauerte bedauerten bedauert
    gesprochen formulierte formulierten signalisiert signalisierte signalisierten heißt plädierte plädierten plädiert
    bekräftigten dementierten erläuterten meinten twitterten verkündeten verlauteten versicherten warnten zitierten
    schrieben
    """
)


#: Nouns of media and agencies: the name after them is the publisher.
MEDIA_NOUNS = ordered(
    """
    Nachrichtenagentur Presseagentur Agentur Fernsehsender Rundfunksender Radiosender Nachrichtensender
    Sender Zeitung Tageszeitung Wochenzeitung Zeitschrift Magazin Nachrichtenmagazin Boulevardzeitung
    Boulevardblatt Blatt Onlineportal Portal Staatsfernsehen Fernsehen Rundfunk Radio Programm Journal Medien
    Staatsmedien Branchendienst Mediendienst Pressedienst Informationsdienst Fachdienst Nachrichtenportal
    Fachmagazin Branchenmagazin
    """
)


#: Words that make a clause past.
PAST_WORDS = words(
    """
    begann begannen begrüßte bekam berichtete beschloss bestätigte besuchte besuchten betonte bezeichnete
    brachte damals dauerte durfte durften empfing endete entschied erfuhr erfuhren ereignete erhielt erklärte
    eröffnete fand
    feierte fiel flog folgte forderte führte gab gaben geschah gestern gewann gewesen ging griff habe haben
    hat hatte hatten hielt hieß kam kamen kehrte konnte konnten kündigte lag landete letzten ließ meldete
    musste mussten nahm nannte reiste rief sagte sagten setzte setzten sprach sprachen stand starb teilte
    traf trafen trat unterzeichnete unterzeichneten vergangene vergangenen verlegte verlor verwies war waren
    wollte wollten worden wurde wurden wählte zeigte zeigten zitierte zuletzt übernahm
    zog zogen fuhr fuhren lief liefen gingen standen fanden nahmen sah sahen hielten fielen riefen schlug schlugen
    brach brachen stieg stiegen traten blieb blieben starben schrieb schrieben warf warfen bat baten bot boten
    verloren erschien erschienen gewannen verließ verließen erhielten stieß stießen floh flohen sank sanken
    brannte brannten rannte rannten verschwand verschwanden entstand entstanden gelang geriet gerieten
    lagen wuchs wuchsen hätte hätten
    """
)


#: Words that make a clause future.
FUTURE_WORDS = words(
    """
    ab anberaumt angesetzt bevorstehende bevorstehenden bis demnächst erwartet festgesetzt geplant geplante
    geplanten kommende kommenden künftig morgen nächste nächsten planen plant soll solle sollen sollte
    stattfindende stattfindenden terminiert vorgesehen werde werden will wird wolle wollen
    """
)


#: Direction words: -1 past, +1 coming, 0 this.
DIRECTIONS = {
    **dict.fromkeys(
        ordered("vergangenen vergangenem vergangene vergangener vergangenes letzten letztem letzte letzter letztes"), -1
    ),
    **dict.fromkeys(ordered("vorigen vorigem vorige voriger voriges"), -1),
    **dict.fromkeys(ordered("vorjahr vorjahres vorjahrs"), -1),  # "im Vorjahr", "im März des Vorjahres"
    **dict.fromkeys(
        ordered("kommenden kommendem kommende kommender kommendes nächsten nächstem nächste nächster nächstes"), 1
    ),
    **dict.fromkeys(ordered("diesen diesem diese dieser dieses laufenden"), 0),
}
MODIFIERS = {"anfang": "early", "beginn": "early", "mitte": "mid", "ende": "late"}
#: Days from the reference date.
RELATIVE_DAYS = {
    **dict.fromkeys(ordered("heute heutigen heutige"), 0),
    **dict.fromkeys(ordered("gestern gestrigen gestrige"), -1),
    "vorgestern": -2,
    **dict.fromkeys(ordered("morgen morgigen morgige"), 1),
    "übermorgen": 2,
}
UNITS = (("tag", "D"), ("woche", "W"), ("monat", "M"))
#: Month abbreviations of German papers arrow does not know (Duden's "Jän.", "Febr.", "Mrz.", "Sept.").
EXTRA_MONTHS = {"jän": 1, "febr": 2, "mrz": 3, "sept": 9}
#: Future words that count double: modals and auxiliaries.
STRONG_FUTURE_WORDS = words("wird werden soll sollen")

#: Prepositions, particles and pronouns that end a subject found before its verb.
STOP = words(
    """
    am an auch auf bei bereits ebenfalls er es für im in laut man mit nach noch sich sie so und vom von vor
    wie zu über seit trotz wegen während bis gegen ohne durch unter zwischen anlässlich aufgrund angesichts dank
    """
)

#: A balance, or a compound ending in one ("Erntebilanz", "Zwischen-Bilanz"), that a verb "draws" as a statement.
_BALANCE = r"(?:[A-ZÄÖÜ][\w-]*?)?[Bb]ilanz"
#: A particle "vor" ending its clause: "warfen ihm … vor, …".
_CLAUSE_END_VOR = r"vor(?=\s*(?:[,.;:!?]|\Z))"

#: Finite parts of separable communication verbs and what must stand beside them: a particle ("teilte … mit") or
#: the noun a phrase of saying takes ("gab … Entwarnung"); each a pattern of one word.
SEPARABLE = {
    "gegeben": ("bekannt", "Entwarnung"),  # "am Freitag vom Ministerium bekannt gegeben"
    "gab": ("bekannt", "an", "heraus", "Entwarnung"),  # "gab am Dienstag eine Unwetterwarnung heraus"
    "gaben": ("bekannt", "an", "heraus", "Entwarnung"),
    "gibt": ("bekannt", "an", "heraus", "Entwarnung"),
    # "warfen ihm … vor, …", "legte … die Zahlen vor.": "vor" ending its clause, no preposition ("vor dem Rathaus")
    "warf": (_CLAUSE_END_VOR,),
    "warfen": (_CLAUSE_END_VOR,),
    "wirft": (_CLAUSE_END_VOR,),
    "legte": (_CLAUSE_END_VOR,),
    "legten": (_CLAUSE_END_VOR,),
    "legt": (_CLAUSE_END_VOR,),
    # a balance drawn is a statement too, by whatever name: "zog eine positive Bilanz", "Erntebilanz gezogen"
    "zog": (_BALANCE,),
    "zogen": (_BALANCE,),
    "zieht": (_BALANCE,),
    "gezogen": (_BALANCE,),
    "teilte": ("mit",),
    "teilten": ("mit",),
    "teilt": ("mit",),
    "kündigte": ("an",),
    "kündigten": ("an",),
    "kündigt": ("an",),
    "gab's": ("bekannt",),
    "rief": ("auf",),
    "riefen": ("auf",),
    "wies": ("zurück", "hin"),
    "wiesen": ("zurück", "hin"),
    "hob": ("hervor",),
    "hoben": ("hervor",),
    "stellte": ("klar", "fest"),
    "stellten": ("klar", "fest"),
    "stellt": ("klar", "fest"),
    "räumte": ("ein",),
    "räumten": ("ein",),
}


ABBREVIATIONS = Abbreviations(
    months=words("apr aug dez feb febr jan jul jun jän mrz mär nov okt sep sept"),
    weekdays=words("di do fr mi mo sa so"),
    titles=words("capt col dipl dr gen gov hon hr ing lt mr mrs ms pres prof rev sen sgt st"),
    inner=words(
        """
        abs art bzgl bzw ca d.h e.v ehem einschl evtl gem ggf i.d.r inkl max min mind mio mrd nr o.ä
        s.o s.u sog str u.a u.u u.ä v.a vgl z.b z.t zit
        """
    ),
    common=words("co corp etc inc jh jr ltd no sr usw vs"),
    openers=words(
        """
        aber als am an auch auf aus außerdem bei bereits dabei damit danach dann das dem den der des
        die dies diese dieser dieses doch dort ein eine einem einen einer eines er es für gestern he
        heute hier ich im in it jetzt laut man mit morgen nach nachdem noch nun oder schon seit she
        sie so später the they trotz und unter vom von vor we wegen wenn wie wir zudem zum zur zuvor
        über
        """
    ),
)


#: The German share of the words looked for in texts of every language.
POOLED = Pooled(
    articles=words("das dem den der des die ein eine einem einen einer"),
    no_publisher=words("er es ich man sie wir aktualisiert veröffentlicht erstellt stand"),  # a page's labels too
    measure_words=words(
        "liter meter kilometer km tonnen hektar quadratmeter einwohner personen betten plätze sitzplätze mann "
        "euro dollar watt kilowatt megawatt volt pixel"
    ),
    subject_leads=words("aber und doch mit"),
    page_labels=words("aktualisiert veröffentlicht stand erstellt geändert"),  # "Zuletzt geändert: …"
    phrase_prepositions=words("im bei mit auf"),
    update_labels=words("update aktualisierung aktualisiert nachtrag berichtigung korrektur"),
    channel_prepositions=words("im in auf bei gegenüber via über"),
    release_words=(
        "pressemitteilung",
        "pressemeldung",
        "presseinformation",
        "presseaussendung",
        "medienmitteilung",
        "medieninformation",
        "aussendung",
        "pressestelle",
        "pressereferat",
        "pr-referat",
        "medienstelle",
        "medienreferat",
    ),
    clock_words=("Uhr",),
    ranks=words("Erster Erste Stellvertretender Stellvertretende Amtierender Amtierende Ehemaliger Ehemalige"),
    pronouns=words("er es sie"),
    demonstratives=words("das dem dies diese dieser dieses er es sie"),
    role_nouns=words(
        """
        Chef Chefin Direktor Direktorin Leiter Leiterin Mitarbeiter Präsident Präsidentin Sprecher
        Sprecherin Vertreter Vertreterin Vorsitzende Vorsitzender Pressestelle Pressesprecher Pressesprecherin
        """
    ),
    role_links=words("der des"),
    genitive_links=words("des"),
    name_tail=words("der des und von"),
    title_endings=ordered(
        """
        minister ministerin präsident präsidentin kanzler kanzlerin chef chefin sprecher sprecherin
        kommandant kommandantin trainer trainerin coach anwalt anwältin richter richterin bischof bischöfin
        beauftragte beauftragter professor professorin kommissar kommissarin sekretär sekretärin
        hauptmann hauptfrau experte expertin pfarrer pfarrerin pastor pastorin
        meister meisterin senator senatorin botschafter botschafterin direktor direktorin leiter
        leiterin vorsitzende vorsitzender abgeordnete gesandte kandidat kandidatin geschäftsführer
        geschäftsführerin landesrat landesrätin kollege kollegin gouverneur gouverneurin
        historiker historikerin politiker politikerin wissenschaftler wissenschaftlerin forscher forscherin
        ökonom ökonomin jurist juristin autor autorin kardinal papst rabbiner rabbinerin imam dekan dekanin
        superintendent superintendentin intendant intendantin stadtrat stadträtin
        """
    ),
    stop_words=STOP,
    verb_fillers=words("auch bereits ebenfalls noch sich"),
    name_joiners=words("der des für von"),
    hyphen_joiners=words("oder und"),
    date_prepositions=words("am im"),
    subject_tail=ordered("bereits auch ebenfalls noch"),
    day_prepositions=words("am"),
    zone_words=frozenset({"Ortszeit", "deutscher Zeit", "mitteleuropäischer Zeit"}),
    subject_joiners=words("der des für und"),
    subject_head=words("auch für und wie"),
    list_words=words("am bis den im oder und vom von"),
    against_the_tense=ordered("schon bereits rückwirkend"),
    organisation_words=words(
        "International Polizei Landespolizei Kantonspolizei Stadt Gemeinde Kanton Verband Stiftung Kammer Gesellschaft "
        "Verein Universität Hochschule Institut Museum Zoo Behörde Ministerium Amt Rat Gericht Partei Bund Kommission "
        "Bahn Agentur Bundesamt Landesamt Kanzlei Staatsanwaltschaft Feuerwehr Stadtwerke Landkreis "
        "Regierung Landesregierung Parlament Landtag Bundestag Senat Direktion Präsidium Bistum Diözese Klinikum "
        "Gewerkschaft Landratsamt Bezirksamt Verwaltung Vereinigung Magistrat"
    ),
    organisation_kinds=ordered(
        "institut unternehmen konzern hersteller anbieter dienstleister firma händler autobauer flugzeugbauer "
        "maschinenbauer versicherer zulieferer versorger fluggesellschaft airline betreiber organisation verband "
        "gewerkschaft stiftung initiative bündnis klub club verein veranstalter"
    ),
    date_openers=ordered("Am Bis Im"),
    byline_words=words("von"),
    lead_articles=ordered("den die das"),
    not_topics=words("Ab Anfang Bis Ende Frühjahr Frühling Herbst Im In Jahr Jahre Jahres Mitte Seit Sommer Winter"),
    topic_openers=words("für"),
    start_verbs=ordered("begann beginnt begannen beginnen startete startet starten brach bricht aufgebrochen"),
    frame_words=words(
        """
        ab am auch bereits bis das dem den der des die erst frühestens für im in noch schon seit
        spätestens um vom von zum zur
        """
    ),
    draft_stop_words=words(
        """
        aber alle allem allen aller alles also anschließend april auch august beim bereits berichtet
        berichtete berichteten bisher dabei damit dann dass dem den denen der des dessen dezember
        die dienstag dies diese diesem diesen dieser dieses doch donnerstag dort durch ebenfalls
        eine einem einen einer eines einige erklärt erklärte etwa februar freitag für gegen habe
        haben hatte hatten heute hier ihre ihrem ihren ihrer immer januar jetzt juli juni kein keine
        laut mehr meldet meldete mitteilte mittlerweile mittwoch montag märz nach nicht noch
        november nun oder ohne oktober sagt sagte samstag schon sehr seine seinem seinen seiner seit
        september sich sind soll sollen sonnabend sonntag sowie teilte unter viel vom von vor wann
        war waren weil wenn werden wieder wird wollen wurde wurden zudem zum zur zuvor zwischen über
        """
    ),
    id_articles=words("das der die"),
    separable_verbs=SEPARABLE,
    transliteration={"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ß": "ss"},
    quantifiers=words("alle beide"),
    outlet_heads=ordered(
        "zeitung zeitschrift post morgenpost rundschau anzeiger kurier presse tagblatt tagespost nachrichten "
        "magazin fernsehen rundfunk journal radio antenne welle report"
    ),
    section_labels=frozenset(
        (
            *(f"{kind} nachrichten" for kind in ordered("lokale regionale aktuelle neueste weitere internationale")),
            # "Nachricht 23. November 2014", "Redaktion 28.09.2010", a paper's "Ausgabe 02.09.2020"
            *ordered("nachricht nachrichten redaktion ausgabe meldung beitrag artikel"),
        )
    ),
)


#: The draft's notes and titles.
DRAFT_WORDS = {
    "article": "Quelltext",
    "title": "Entwurf: {0}",
    "title_more": "Entwurf: {0} und {1} weitere Texte",
    "title_one_more": "Entwurf: {0} und ein weiterer Text",
    "description": (
        "Entwurf, erzeugt von chronik extract: Daten, Zuordnungen, Orte und Personen "
        "vor der Verwendung mit den Zitaten prüfen."
    ),
    "expression": "Zeitangabe: \u201e{0}\u201c",
    "unresolved": "Datum offen: \u201e{0}\u201c",
    "unresolved_bare": "Datum offen",
    "invalid": "Datum offen: \u201e{0}\u201c (ungültiger Wert {1})",
    "duration": "Dauer laut Text: {0}",
    "local_time": "Uhrzeit laut Text: {0}, ohne Zeitzone; mit einer Zeitzone bliebe sie erhalten",
    "report_span": "Zeitraum laut Text: {0}, kein einzelnes Erscheinungsdatum",
    "report_unresolved": "Erscheinungsdatum offen: \u201e{0}\u201c",
    "report_invalid": "Erscheinungsdatum offen: \u201e{0}\u201c (ungültiger Wert {1})",
    "report": "bericht",
    "undated": "offen",
    "event": "ereignis",
    "place": "ort",
    "person": "person",
}

#: Adverbs a sentence may open with that never name anyone.
SENTENCE_ADVERBS = words(
    """
    aktuell derzeit zurzeit momentan bislang bisher inzwischen mittlerweile nun jetzt zunächst zuletzt außerdem
    zudem dennoch deshalb daher allerdings jedoch indes unterdessen
    """
)
