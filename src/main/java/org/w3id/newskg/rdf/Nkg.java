package org.w3id.newskg.rdf;

import static org.w3id.newskg.rdf.Vocab.term;

import org.apache.jena.graph.Node;

/** newskg's own terms, {@code https://w3id.org/newskg#}; defined in {@code ontology/newskg.ttl}. */
public final class Nkg {
    public static final String NS = "https://w3id.org/newskg#";
    private Nkg() {}

    public static final Node DirectQuote = term(NS, "DirectQuote");
    public static final Node ReportedSpeech = term(NS, "ReportedSpeech");
    public static final Node StatementKind = term(NS, "StatementKind");
    public static final Node Mention = term(NS, "Mention");
    public static final Node Channel = term(NS, "Channel");
    public static final Node Role = term(NS, "Role");
    public static final Node Participation = term(NS, "Participation");
    public static final Node ArticleGraph = term(NS, "ArticleGraph");
    public static final Node LinkCandidate = term(NS, "LinkCandidate");

    public static final Node kind = term(NS, "kind");
    public static final Node channel = term(NS, "channel");
    public static final Node speakerMention = term(NS, "speakerMention");
    public static final Node cue = term(NS, "cue");
    public static final Node source = term(NS, "source");
    public static final Node rule = term(NS, "rule");
    public static final Node mention = term(NS, "mention");
    public static final Node refersTo = term(NS, "refersTo");
    public static final Node article = term(NS, "article");
    public static final Node role = term(NS, "role");
    public static final Node roleTitle = term(NS, "roleTitle");
    public static final Node roleOf = term(NS, "roleOf");
    public static final Node participation = term(NS, "participation");
    public static final Node participant = term(NS, "participant");
    public static final Node side = term(NS, "side");
    public static final Node headOfDelegation = term(NS, "headOfDelegation");
    public static final Node eventType = term(NS, "eventType");
    public static final Node format = term(NS, "format");
    public static final Node gender = term(NS, "gender");
    public static final Node personKey = term(NS, "personKey");
    public static final Node linkCandidate = term(NS, "linkCandidate");
    public static final Node candidate = term(NS, "candidate");
    public static final Node score = term(NS, "score");
    public static final Node linkEvidence = term(NS, "linkEvidence");
    public static final Node unlinkedReason = term(NS, "unlinkedReason");
}
