# The store's tallies: counts over all article graphs, kept in one small graph (<https://w3id.org/newskg/id/tallies>)
# so that the shipped queries that rank or list over the whole store read a few hundred rows instead of every
# statement. A tally is a count on a speaker or channel itself (nkg:statementCount, …) or a row of a class
# (nkg:ChannelTally, …) with its key (nkg:ofChannel, nkg:ofSpeaker, …) and nkg:count.
# Beside the counts, the rows keep what the pages of persons, channels and articles-per-event show (offices, countries,
# channel names, the events' articles and places), each channel carries the set of its speakers' names
# (nkg:channelSpeakerLabel) and each event tally its articles and places as one text each (nkg:eventArticleIds,
# nkg:eventPlaces), so those queries read no article graph. Tallies.VERSION names this text's version: a
# store counted by an older one is counted afresh when opened.
# Run with ?g bound to an article graph and ?sign to -1 before the graph is replaced and to 1 after; with ?g unbound
# and ?sign 1 on an empty tallies graph it counts the whole store. Rows that reach 0 are removed (last operation).
# A bulk load whose graphs come one after the other adds the same counts up in Java (store/TallyCounter.java): a change
# here needs the same change there, and TallyCounterTest, which compares the two, fails until it is made.
PREFIX schema: <https://schema.org/>
PREFIX prov:   <http://www.w3.org/ns/prov#>
PREFIX sem:    <http://semanticweb.cs.vu.nl/2009/11/sem/>
PREFIX owl:    <http://www.w3.org/2002/07/owl#>
PREFIX rdfs:   <http://www.w3.org/2000/01/rdf-schema#>
PREFIX xsd:    <http://www.w3.org/2001/XMLSchema#>
PREFIX nkg:    <https://w3id.org/newskg#>

# statements per speaker, direct quotes and reported speech apart (speakers-ranked): three counts on the speaker
# itself, so that the ranking reads one index entry per speaker
DELETE { GRAPH <https://w3id.org/newskg/id/tallies> { ?p nkg:statementCount ?o1 ; nkg:directQuoteCount ?o2 ; nkg:reportedSpeechCount ?o3 } }
INSERT { GRAPH <https://w3id.org/newskg/id/tallies> { ?p nkg:statementCount ?n1 ; nkg:directQuoteCount ?n2 ; nkg:reportedSpeechCount ?n3 } }
WHERE {
  { SELECT ?p (COUNT(*) AS ?all) (SUM(IF(?k = nkg:DirectQuote, 1, 0)) AS ?dq) (SUM(IF(?k = nkg:ReportedSpeech, 1, 0)) AS ?rs)
    WHERE { GRAPH ?g { ?s prov:wasAttributedTo ?p ; nkg:kind ?k } } GROUP BY ?p }
  OPTIONAL { GRAPH <https://w3id.org/newskg/id/tallies> { ?p nkg:statementCount ?o1 } }
  OPTIONAL { GRAPH <https://w3id.org/newskg/id/tallies> { ?p nkg:directQuoteCount ?o2 } }
  OPTIONAL { GRAPH <https://w3id.org/newskg/id/tallies> { ?p nkg:reportedSpeechCount ?o3 } }
  BIND(COALESCE(?o1, 0) + ?sign * ?all AS ?n1)
  BIND(COALESCE(?o2, 0) + ?sign * ?dq AS ?n2)
  BIND(COALESCE(?o3, 0) + ?sign * ?rs AS ?n3)
} ;

# statements per channel (channels): one count on the channel itself
DELETE { GRAPH <https://w3id.org/newskg/id/tallies> { ?c nkg:channelStatementCount ?old } }
INSERT { GRAPH <https://w3id.org/newskg/id/tallies> { ?c nkg:channelStatementCount ?new } }
WHERE {
  { SELECT ?c (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s nkg:channel ?c } } GROUP BY ?c }
  OPTIONAL { GRAPH <https://w3id.org/newskg/id/tallies> { ?c nkg:channelStatementCount ?old } }
  BIND(COALESCE(?old, 0) + ?sign * ?n AS ?new)
} ;

# statements per channel, speaker and the speaker's label (channels: who spoke on it, by name, one row each)
DELETE { GRAPH <https://w3id.org/newskg/id/tallies> { ?row nkg:count ?old } }
INSERT { GRAPH <https://w3id.org/newskg/id/tallies> { ?row a nkg:ChannelTally ; nkg:ofChannel ?c ; nkg:ofSpeaker ?p ; nkg:ofSpeakerLabel ?label ; nkg:count ?new } }
WHERE {
  {
    { SELECT ?c ?p ?label (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s nkg:channel ?c ; prov:wasAttributedTo ?p . ?p rdfs:label ?label } } GROUP BY ?c ?p ?label }
    BIND(IRI(CONCAT("https://w3id.org/newskg/id/tally/channel/", SHA1(CONCAT(STR(?c), " ", STR(?p), " ", STR(?label))))) AS ?row)
    FILTER (BOUND(?row))   # no row where its text has no value (an unbound ?row would match every row below)
  }
  OPTIONAL { GRAPH <https://w3id.org/newskg/id/tallies> { ?row nkg:count ?old } }
  BIND(COALESCE(?old, 0) + ?sign * ?n AS ?new)
} ;

# the names of the channels (channels): articles per channel and label, so that a channel's name is read from one row
# instead of from every article that names it
DELETE { GRAPH <https://w3id.org/newskg/id/tallies> { ?row nkg:count ?old } }
INSERT { GRAPH <https://w3id.org/newskg/id/tallies> { ?row a nkg:ChannelLabelTally ; nkg:ofNamedChannel ?c ; nkg:ofChannelLabel ?label ; nkg:count ?new } }
WHERE {
  {
    { SELECT ?c ?label (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s nkg:channel ?c . ?c rdfs:label ?label } } GROUP BY ?c ?label }
    BIND(IRI(CONCAT("https://w3id.org/newskg/id/tally/channel-label/", SHA1(CONCAT(STR(?c), " ", STR(?label), "@", LANG(?label))))) AS ?row)
    FILTER (BOUND(?row))   # no row where its text has no value (an unbound ?row would match every row below)
  }
  OPTIONAL { GRAPH <https://w3id.org/newskg/id/tallies> { ?row nkg:count ?old } }
  BIND(COALESCE(?old, 0) + ?sign * ?n AS ?new)
} ;

# the names of a channel's speakers as one set on the channel (channels reads these, not every channel tally): a name
# is there while a channel tally with that channel and name counts more than 0; only the channels and names of ?g are
# looked at
DELETE { GRAPH <https://w3id.org/newskg/id/tallies> { ?c nkg:channelSpeakerLabel ?label } }
WHERE {
  { SELECT DISTINCT ?c ?label WHERE { GRAPH ?g { ?s nkg:channel ?c ; prov:wasAttributedTo ?p . ?p rdfs:label ?label } } }
  GRAPH <https://w3id.org/newskg/id/tallies> { ?c nkg:channelSpeakerLabel ?label }
  FILTER NOT EXISTS { GRAPH <https://w3id.org/newskg/id/tallies> { ?row nkg:ofSpeakerLabel ?label ; nkg:ofChannel ?c ; nkg:count ?n FILTER (?n > 0) } }
} ;
INSERT { GRAPH <https://w3id.org/newskg/id/tallies> { ?c nkg:channelSpeakerLabel ?label } }
WHERE {
  { SELECT DISTINCT ?c ?label WHERE { GRAPH ?g { ?s nkg:channel ?c ; prov:wasAttributedTo ?p . ?p rdfs:label ?label } } }
  FILTER EXISTS { GRAPH <https://w3id.org/newskg/id/tallies> { ?row nkg:ofSpeakerLabel ?label ; nkg:ofChannel ?c ; nkg:count ?n FILTER (?n > 0) } }
} ;

# articles per event label and type (articles-per-event, quoted-about-event, event-participants)
DELETE { GRAPH <https://w3id.org/newskg/id/tallies> { ?row nkg:count ?old } }
INSERT { GRAPH <https://w3id.org/newskg/id/tallies> { ?row a nkg:EventTally ; nkg:ofEventLabel ?label ; nkg:ofEventType ?type ; nkg:count ?new } }
WHERE {
  {
    { SELECT ?label ?type (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?e a sem:Event ; rdfs:label ?label OPTIONAL { ?e nkg:eventType ?type } } } GROUP BY ?label ?type }
    BIND(IRI(CONCAT("https://w3id.org/newskg/id/tally/event/", SHA1(CONCAT(STR(?label), "@", LANG(?label), " ", COALESCE(STR(?type), ""))))) AS ?row)
    FILTER (BOUND(?row))   # no row where its text has no value (an unbound ?row would match every row below)
  }
  OPTIONAL { GRAPH <https://w3id.org/newskg/id/tallies> { ?row nkg:count ?old } }
  BIND(COALESCE(?old, 0) + ?sign * ?n AS ?new)
} ;

# the articles and places of the events per label and type (articles-per-event): one row per event tally and article,
# one per event tally and place, each with the number of articles; ?t is the event tally's IRI, made as above
DELETE { GRAPH <https://w3id.org/newskg/id/tallies> { ?row nkg:count ?old } }
INSERT { GRAPH <https://w3id.org/newskg/id/tallies> { ?row a nkg:EventArticleTally ; nkg:ofEvent ?t ; nkg:ofArticle ?article ; nkg:count ?new } }
WHERE {
  {
    { SELECT ?t ?article (COUNT(DISTINCT ?g) AS ?n) WHERE {
        GRAPH ?g { ?e a sem:Event ; rdfs:label ?label OPTIONAL { ?e nkg:eventType ?type } ?a a schema:NewsArticle OPTIONAL { ?a schema:identifier ?id } }
        BIND(COALESCE(?id, STR(?a)) AS ?article)
        BIND(IRI(CONCAT("https://w3id.org/newskg/id/tally/event/", SHA1(CONCAT(STR(?label), "@", LANG(?label), " ", COALESCE(STR(?type), ""))))) AS ?t)
      } GROUP BY ?t ?article }
    BIND(IRI(CONCAT("https://w3id.org/newskg/id/tally/event-article/", SHA1(CONCAT(STR(?t), " ", STR(?article))))) AS ?row)
    FILTER (BOUND(?row))   # no row where its text has no value (an unbound ?row would match every row below)
  }
  OPTIONAL { GRAPH <https://w3id.org/newskg/id/tallies> { ?row nkg:count ?old } }
  BIND(COALESCE(?old, 0) + ?sign * ?n AS ?new)
} ;

DELETE { GRAPH <https://w3id.org/newskg/id/tallies> { ?row nkg:count ?old } }
INSERT { GRAPH <https://w3id.org/newskg/id/tallies> { ?row a nkg:EventPlaceTally ; nkg:ofLocatedEvent ?t ; nkg:ofPlace ?place ; nkg:count ?new } }
WHERE {
  {
    { SELECT ?t ?place (COUNT(DISTINCT ?g) AS ?n) WHERE {
        GRAPH ?g { ?e a sem:Event ; rdfs:label ?label ; sem:hasPlace/rdfs:label ?place OPTIONAL { ?e nkg:eventType ?type } }
        BIND(IRI(CONCAT("https://w3id.org/newskg/id/tally/event/", SHA1(CONCAT(STR(?label), "@", LANG(?label), " ", COALESCE(STR(?type), ""))))) AS ?t)
      } GROUP BY ?t ?place }
    BIND(IRI(CONCAT("https://w3id.org/newskg/id/tally/event-place/", SHA1(CONCAT(STR(?t), " ", STR(?place), "@", LANG(?place))))) AS ?row)
    FILTER (BOUND(?row))   # no row where its text has no value (an unbound ?row would match every row below)
  }
  OPTIONAL { GRAPH <https://w3id.org/newskg/id/tallies> { ?row nkg:count ?old } }
  BIND(COALESCE(?old, 0) + ?sign * ?n AS ?new)
} ;

# the articles and the places of each event label and type as one text each on its event tally, the names sorted and
# joined by "; " (articles-per-event reads the ten texts of its page instead of every article row of its labels): made
# afresh from the rows above that count more than 0, for the event tallies of ?g only; an event tally without such
# rows has no text (and one that reaches 0 is removed whole below)
DELETE { GRAPH <https://w3id.org/newskg/id/tallies> { ?t nkg:eventArticleIds ?ids ; nkg:eventPlaces ?places } }
WHERE {
  { SELECT DISTINCT ?t WHERE {
      GRAPH ?g { ?e a sem:Event ; rdfs:label ?label OPTIONAL { ?e nkg:eventType ?type } }
      BIND(IRI(CONCAT("https://w3id.org/newskg/id/tally/event/", SHA1(CONCAT(STR(?label), "@", LANG(?label), " ", COALESCE(STR(?type), ""))))) AS ?t)
    } }
  OPTIONAL { GRAPH <https://w3id.org/newskg/id/tallies> { ?t nkg:eventArticleIds ?ids } }
  OPTIONAL { GRAPH <https://w3id.org/newskg/id/tallies> { ?t nkg:eventPlaces ?places } }
} ;

INSERT { GRAPH <https://w3id.org/newskg/id/tallies> { ?t nkg:eventArticleIds ?ids } }
WHERE {
  { SELECT ?t (GROUP_CONCAT(DISTINCT ?article; separator="; ") AS ?ids) WHERE {
      { SELECT ?t ?article WHERE {
          { SELECT DISTINCT ?t WHERE {
      GRAPH ?g { ?e a sem:Event ; rdfs:label ?label OPTIONAL { ?e nkg:eventType ?type } }
      BIND(IRI(CONCAT("https://w3id.org/newskg/id/tally/event/", SHA1(CONCAT(STR(?label), "@", LANG(?label), " ", COALESCE(STR(?type), ""))))) AS ?t)
    } }
          GRAPH <https://w3id.org/newskg/id/tallies> { ?r nkg:ofEvent ?t ; nkg:ofArticle ?article ; nkg:count ?n FILTER (?n > 0) }
        } ORDER BY ?article }
    } GROUP BY ?t }
} ;

INSERT { GRAPH <https://w3id.org/newskg/id/tallies> { ?t nkg:eventPlaces ?places } }
WHERE {
  { SELECT ?t (GROUP_CONCAT(DISTINCT ?place; separator="; ") AS ?places) WHERE {
      { SELECT ?t ?place WHERE {
          { SELECT DISTINCT ?t WHERE {
      GRAPH ?g { ?e a sem:Event ; rdfs:label ?label OPTIONAL { ?e nkg:eventType ?type } }
      BIND(IRI(CONCAT("https://w3id.org/newskg/id/tally/event/", SHA1(CONCAT(STR(?label), "@", LANG(?label), " ", COALESCE(STR(?type), ""))))) AS ?t)
    } }
          GRAPH <https://w3id.org/newskg/id/tallies> { ?r nkg:ofLocatedEvent ?t ; nkg:ofPlace ?place ; nkg:count ?n FILTER (?n > 0) }
        } ORDER BY ?place }
    } GROUP BY ?t }
} ;

# articles per person and label (persons; the page of unlinked-persons)
DELETE { GRAPH <https://w3id.org/newskg/id/tallies> { ?row nkg:count ?old } }
INSERT { GRAPH <https://w3id.org/newskg/id/tallies> { ?row a nkg:PersonTally ; nkg:ofPerson ?p ; nkg:ofLabel ?label ; nkg:count ?new } }
WHERE {
  {
    { SELECT ?p ?label (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?p a schema:Person ; rdfs:label ?label } } GROUP BY ?p ?label }
    BIND(IRI(CONCAT("https://w3id.org/newskg/id/tally/person/", SHA1(CONCAT(STR(?p), " ", STR(?label))))) AS ?row)
    FILTER (BOUND(?row))   # no row where its text has no value (an unbound ?row would match every row below)
  }
  OPTIONAL { GRAPH <https://w3id.org/newskg/id/tallies> { ?row nkg:count ?old } }
  BIND(COALESCE(?old, 0) + ?sign * ?n AS ?new)
} ;

# articles per person and Wikidata link (unlinked-persons; a person asked for by QID)
DELETE { GRAPH <https://w3id.org/newskg/id/tallies> { ?row nkg:count ?old } }
INSERT { GRAPH <https://w3id.org/newskg/id/tallies> { ?row a nkg:LinkTally ; nkg:ofPerson ?p ; nkg:ofLink ?q ; nkg:count ?new } }
WHERE {
  {
    { SELECT ?p ?q (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?p a schema:Person ; owl:sameAs ?q } } GROUP BY ?p ?q }
    BIND(IRI(CONCAT("https://w3id.org/newskg/id/tally/link/", SHA1(CONCAT(STR(?p), " ", STR(?q))))) AS ?row)
    FILTER (BOUND(?row))   # no row where its text has no value (an unbound ?row would match every row below)
  }
  OPTIONAL { GRAPH <https://w3id.org/newskg/id/tallies> { ?row nkg:count ?old } }
  BIND(COALESCE(?old, 0) + ?sign * ?n AS ?new)
} ;

# articles per label of a person not linked in them, and per label and link candidate of such a person with its score
# (unlinked-persons): a person counts in a graph where it has no owl:sameAs, whether or not it has one in another; the
# score is kept as an xsd:decimal, its value, not the double's lexical form (TDB2 stores "0.55"^^xsd:double as "0.55e0")
DELETE { GRAPH <https://w3id.org/newskg/id/tallies> { ?row nkg:count ?old } }
INSERT { GRAPH <https://w3id.org/newskg/id/tallies> { ?row a nkg:UnlinkedTally ; nkg:ofUnlinkedLabel ?label ; nkg:count ?new } }
WHERE {
  {
    { SELECT ?label (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?p a schema:Person ; rdfs:label ?label FILTER NOT EXISTS { ?p owl:sameAs ?any } } } GROUP BY ?label }
    BIND(IRI(CONCAT("https://w3id.org/newskg/id/tally/unlinked/", SHA1(CONCAT(STR(?label), "@", LANG(?label))))) AS ?row)
    FILTER (BOUND(?row))   # no row where its text has no value (an unbound ?row would match every row below)
  }
  OPTIONAL { GRAPH <https://w3id.org/newskg/id/tallies> { ?row nkg:count ?old } }
  BIND(COALESCE(?old, 0) + ?sign * ?n AS ?new)
} ;

DELETE { GRAPH <https://w3id.org/newskg/id/tallies> { ?row nkg:count ?old } }
INSERT { GRAPH <https://w3id.org/newskg/id/tallies> { ?row a nkg:CandidateTally ; nkg:ofCandidateLabel ?label ; nkg:ofCandidate ?cand ; nkg:ofScore ?score ; nkg:count ?new } }
WHERE {
  {
    { SELECT ?label ?cand ?score (COUNT(DISTINCT ?g) AS ?n) WHERE {
        GRAPH ?g { ?p a schema:Person ; rdfs:label ?label ; nkg:linkCandidate ?c . ?c nkg:candidate ?cand ; nkg:score ?sc FILTER NOT EXISTS { ?p owl:sameAs ?any } }
        BIND(xsd:decimal(?sc) AS ?score)
      } GROUP BY ?label ?cand ?score }
    BIND(IRI(CONCAT("https://w3id.org/newskg/id/tally/candidate/", SHA1(CONCAT(STR(?label), "@", LANG(?label), " ", STR(?cand), " ", STR(?score))))) AS ?row)
    FILTER (BOUND(?row))   # no row where its text has no value (an unbound ?row would match every row below)
  }
  OPTIONAL { GRAPH <https://w3id.org/newskg/id/tallies> { ?row nkg:count ?old } }
  BIND(COALESCE(?old, 0) + ?sign * ?n AS ?new)
} ;

# articles per person and name in lower case, every label and surface form (a person asked for by name)
DELETE { GRAPH <https://w3id.org/newskg/id/tallies> { ?row nkg:count ?old } }
INSERT { GRAPH <https://w3id.org/newskg/id/tallies> { ?row a nkg:NameTally ; nkg:ofPerson ?p ; nkg:ofName ?key ; nkg:count ?new } }
WHERE {
  {
    { SELECT ?p ?key (COUNT(DISTINCT ?g) AS ?n) WHERE {
        GRAPH ?g { ?p a schema:Person . { ?p rdfs:label ?name } UNION { ?p schema:alternateName ?name } }
        BIND(LCASE(STR(?name)) AS ?key)
      } GROUP BY ?p ?key }
    BIND(IRI(CONCAT("https://w3id.org/newskg/id/tally/name/", SHA1(CONCAT(STR(?p), " ", ?key)))) AS ?row)
    FILTER (BOUND(?row))   # no row where its text has no value (an unbound ?row would match every row below)
  }
  OPTIONAL { GRAPH <https://w3id.org/newskg/id/tallies> { ?row nkg:count ?old } }
  BIND(COALESCE(?old, 0) + ?sign * ?n AS ?new)
} ;

# articles per person and office, the office as the persons query shows it: "title (whose)" (persons)
DELETE { GRAPH <https://w3id.org/newskg/id/tallies> { ?row nkg:count ?old } }
INSERT { GRAPH <https://w3id.org/newskg/id/tallies> { ?row a nkg:OfficeTally ; nkg:ofHolder ?p ; nkg:ofOffice ?office ; nkg:count ?new } }
WHERE {
  {
    { SELECT ?p ?office (COUNT(DISTINCT ?g) AS ?n) WHERE {
        GRAPH ?g { ?p nkg:role ?r . ?r nkg:roleTitle ?title OPTIONAL { ?r nkg:roleOf/rdfs:label ?of } }
        BIND(IF(BOUND(?of), CONCAT(?title, " (", ?of, ")"), ?title) AS ?office)
      } GROUP BY ?p ?office }
    BIND(IRI(CONCAT("https://w3id.org/newskg/id/tally/office/", SHA1(CONCAT(STR(?p), " ", STR(?office), "@", LANG(?office))))) AS ?row)
    FILTER (BOUND(?row))   # no row where its text has no value (an unbound ?row would match every row below)
  }
  OPTIONAL { GRAPH <https://w3id.org/newskg/id/tallies> { ?row nkg:count ?old } }
  BIND(COALESCE(?old, 0) + ?sign * ?n AS ?new)
} ;

# articles per person and the label of their nationality (persons)
DELETE { GRAPH <https://w3id.org/newskg/id/tallies> { ?row nkg:count ?old } }
INSERT { GRAPH <https://w3id.org/newskg/id/tallies> { ?row a nkg:CountryTally ; nkg:ofNational ?p ; nkg:ofCountry ?country ; nkg:count ?new } }
WHERE {
  {
    { SELECT ?p ?country (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?p schema:nationality/rdfs:label ?country } } GROUP BY ?p ?country }
    BIND(IRI(CONCAT("https://w3id.org/newskg/id/tally/country/", SHA1(CONCAT(STR(?p), " ", STR(?country), "@", LANG(?country))))) AS ?row)
    FILTER (BOUND(?row))   # no row where its text has no value (an unbound ?row would match every row below)
  }
  OPTIONAL { GRAPH <https://w3id.org/newskg/id/tallies> { ?row nkg:count ?old } }
  BIND(COALESCE(?old, 0) + ?sign * ?n AS ?new)
} ;

# statements per article graph, direct quotes and reported speech apart (graphs, kinds-per-article, the pages of
# statement-provenance): three counts on the graph's name itself
DELETE { GRAPH <https://w3id.org/newskg/id/tallies> { ?graph nkg:graphStatementCount ?o1 ; nkg:graphDirectQuoteCount ?o2 ; nkg:graphReportedSpeechCount ?o3 } }
INSERT { GRAPH <https://w3id.org/newskg/id/tallies> { ?graph nkg:graphStatementCount ?n1 ; nkg:graphDirectQuoteCount ?n2 ; nkg:graphReportedSpeechCount ?n3 } }
WHERE {
  { SELECT ?graph (COUNT(*) AS ?all) (SUM(IF(?k = nkg:DirectQuote, 1, 0)) AS ?dq) (SUM(IF(?k = nkg:ReportedSpeech, 1, 0)) AS ?rs)
    WHERE { GRAPH ?g { ?s a schema:Quotation OPTIONAL { ?s nkg:kind ?k } } BIND(?g AS ?graph) } GROUP BY ?graph }
  OPTIONAL { GRAPH <https://w3id.org/newskg/id/tallies> { ?graph nkg:graphStatementCount ?o1 } }
  OPTIONAL { GRAPH <https://w3id.org/newskg/id/tallies> { ?graph nkg:graphDirectQuoteCount ?o2 } }
  OPTIONAL { GRAPH <https://w3id.org/newskg/id/tallies> { ?graph nkg:graphReportedSpeechCount ?o3 } }
  BIND(COALESCE(?o1, 0) + ?sign * ?all AS ?n1)
  BIND(COALESCE(?o2, 0) + ?sign * ?dq AS ?n2)
  BIND(COALESCE(?o3, 0) + ?sign * ?rs AS ?n3)
} ;

# the graphs each speaker has statements in, as one set of graphs on the speaker (statements-by-person takes its page's
# graphs from these in graph order): only the graph ?g's own pairs are touched, so sign -1 deletes them and +1 puts them
# back (?in is unbound for -1: IF gives an error for ?none, and a template triple with an unbound variable is left out)
DELETE { GRAPH <https://w3id.org/newskg/id/tallies> { ?p nkg:statementGraph ?graph } }
INSERT { GRAPH <https://w3id.org/newskg/id/tallies> { ?p nkg:statementGraph ?in } }
WHERE {
  { SELECT DISTINCT ?p ?graph WHERE { GRAPH ?g { ?s prov:wasAttributedTo ?p } BIND(?g AS ?graph) } }
  BIND(IF(?sign > 0, ?graph, ?none) AS ?in)
} ;

# rows that counted down to nothing, then counts of nothing on speakers and channels
DELETE { GRAPH <https://w3id.org/newskg/id/tallies> { ?row ?p ?o } }
WHERE { GRAPH <https://w3id.org/newskg/id/tallies> { ?row nkg:count 0 ; ?p ?o } } ;

DELETE { GRAPH <https://w3id.org/newskg/id/tallies> { ?s ?p 0 } }
WHERE { GRAPH <https://w3id.org/newskg/id/tallies> { ?s ?p 0 } }
