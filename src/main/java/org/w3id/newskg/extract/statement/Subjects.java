package org.w3id.newskg.extract.statement;

import java.util.List;
import java.util.Optional;
import org.w3id.newskg.extract.Lexicon;
import org.w3id.newskg.extract.Lexicon.WordClass;
import org.w3id.newskg.extract.doc.ArticleDoc;
import org.w3id.newskg.extract.person.People;
import org.w3id.newskg.model.CharSpan;
import org.w3id.newskg.model.Entity;
import org.w3id.newskg.model.EntityRef;
import org.w3id.newskg.model.EntityType;
import org.w3id.newskg.model.Gender;
import org.w3id.newskg.model.Sentence;
import org.w3id.newskg.model.Token;

/**
 * Who is the subject of a speech verb: the person, organisation or group named nearest to the verb in a window of
 * the text, weighed by position (see the penalties below), outside quotations and outside what earlier statements
 * say. A pronoun continues the running speaker when the gender agrees ({@link #person}).
 *
 * <p>The distance of a candidate is its distance in characters from the verb plus penalties. Each penalty is larger
 * than any plain distance it must outweigh: a sentence rarely puts a subject more than a few dozen characters from
 * its verb, so 40 already moves a candidate behind every nearer one.
 */
final class Subjects {
    /**
     * A candidate beyond a clause boundary (a complementizer, a full stop or a semicolon between it and the verb) is
     * no subject; at this distance it is taken only when nothing else was found and it is a person.
     */
    static final int OTHER_CLAUSE = 1000;
    /** "mit Jana Beispiel", "referring to Novak": a name in a prepositional phrase is an object, outweighed by any subject of the clause. */
    static final int IN_PREPOSITIONAL_PHRASE = 300;
    /** A name after an English verb is its object ("told Novak"): the subject stands before it, unless nothing does. */
    static final int AFTER_ENGLISH_VERB = 500;
    /** "sagte dem Richter", "kritisierte den Vorstand": a German phrase in the object case is no subject. */
    static final int OBJECT_CASE = 200;
    /** A person in the clause speaks rather than a country or organisation beside it. */
    static final int NOT_A_PERSON = 60;
    /** German puts the subject after the verb often ("sagte Novak"), so a name after it loses only a little. */
    static final int AFTER_GERMAN_VERB = 40;
    /** Where the subject is expected after the verb ("…", sagte X), one before it loses a little. */
    static final int BEFORE_WHEN_AFTER_EXPECTED = 5;
    /** How far the running speaker reaches for a pronoun: three sentences. */
    static final int PRONOUN_REACH = 3;

    private final ArticleDoc doc;
    private final Lexicon lex;
    private final People people;
    private final SourcePhrase phrase;
    private final Drafts sofar;
    private final ClauseSubjects clauses;
    private final RelativeSubjects relatives;
    private final FrontedSubject fronted;
    private final GroupSubjects groups;

    Subjects(ArticleDoc doc, SourcePhrase phrase, Drafts sofar) {
        this.doc = doc;
        this.clauses = new ClauseSubjects(doc);
        this.relatives = new RelativeSubjects(doc, this);
        this.fronted = new FrontedSubject(doc, phrase);
        this.groups = new GroupSubjects(doc, this);
        this.lex = doc.lex();
        this.people = doc.people();
        this.phrase = phrase;
        this.sofar = sofar;
    }

    SourcePhrase phrase() { return phrase; }

    /**
     * The speaker a person reference gives: the person with the noun phrase around the words, or, for a pronoun
     * ("he said"), the running speaker when the gender agrees and no other person of that gender was named since.
     */
    Attribution person(People.Ref r, CharSpan words) {
        List<Lexicon.Pronoun> pronoun = lex.pronoun(r.span().in(doc.text()));
        if (!pronoun.isEmpty()) {
            Gender g = pronoun.getFirst().gender();
            // the statement before this one's own words: "„…“, sagte er" continues the speaker before the quotation
            Draft last = sofar.lastBefore(words == null ? r.span().begin() : Math.min(r.span().begin(), words.begin()));
            if (last != null && last.speaker() != null && !last.speaker().equals(r.entity()) && doc.distanceInSentences(last.words().end(), r.span().begin()) <= PRONOUN_REACH
                    && people.get(last.speaker()).gender().agreesWith(g) && !namedBetween(last.words().end(), r.span().begin(), g, words))
                return Attribution.person(last.speaker(), r.span());
        }
        return Attribution.person(r.entity(), phrase.around(r.span(), words, true));
    }

    /**
     * A pronoun that is the verb's subject ({@link ClauseSubjects#pronounAfterFinite}): the person it stands for when
     * coreference resolved it or the running speaker agrees ({@link #person}), else the pronoun as an unnamed source.
     */
    private Attribution pronounSubject(Token pronoun, CharSpan words) {
        Optional<People.Ref> ref = people.refIn(pronoun.span()).filter(r -> r.span().equals(pronoun.span()));
        if (ref.isPresent()) return person(ref.get(), words);
        Draft last = sofar.lastBefore(words == null ? pronoun.span().begin() : Math.min(pronoun.span().begin(), words.begin()));
        for (Lexicon.Pronoun p : lex.pronoun(pronoun.text()))
            if (p.grammaticalCase().equals("nom") && last != null && last.speaker() != null
                    && doc.distanceInSentences(last.words().end(), pronoun.span().begin()) <= PRONOUN_REACH
                    && people.get(last.speaker()).gender().agreesWith(p.gender()) && !namedBetween(last.words().end(), pronoun.span().begin(), p.gender(), words))
                return Attribution.person(last.speaker(), pronoun.span());
        return Attribution.unnamed(pronoun.span(), null);
    }

    /** The subject of the verb at {@code v} in the window; see the class comment. */
    Optional<Attribution> near(int v, CharSpan window, CharSpan words, boolean preferAfter) {
        return near(v, window, words, preferAfter, null);
    }

    /** As {@link #near(int, CharSpan, CharSpan, boolean)}, never in {@code exclude} (the statement's own words). */
    Optional<Attribution> near(int v, CharSpan window, CharSpan words, boolean preferAfter, CharSpan exclude) {
        Optional<Attribution> relative = relatives.of(v, words);
        if (relative.isPresent()) return relative;
        Optional<People.Ref> named = clauses.nameBeforeParticiple(v).filter(r -> window.covers(r.span()) && (exclude == null || !exclude.overlaps(r.span())));
        if (named.isPresent()) return Optional.of(person(named.get(), words));
        Optional<People.Ref> shared = sharedSubject(v, window, exclude);
        if (shared.isPresent()) return Optional.of(person(shared.get(), words));
        Optional<Token> pronoun = clauses.pronounAfterFinite(v).filter(t -> window.covers(t.span()) && (exclude == null || !exclude.overlaps(t.span())));
        // "er" is only ever a subject; "sie" may be an object ("forderte sie auf"), so it decides only where nothing else is one
        boolean onlySubject = pronoun.isPresent() && lex.pronoun(pronoun.get().text()).stream().allMatch(p -> p.grammaticalCase().equals("nom"));
        if (onlySubject) return Optional.of(pronounSubject(pronoun.get(), words));
        Optional<Attribution> found = nearest(v, window, words, preferAfter, exclude, pronoun.orElse(null));
        Optional<CharSpan> front = fronted.of(v).filter(np -> window.covers(np) && (exclude == null || !exclude.overlaps(np)) && !sofar.inContent(np, doc.token(v).span()));
        if (front.isEmpty() || found.isPresent() && found.get().speakerSpan() != null && front.get().overlaps(found.get().speakerSpan())) return found;
        // "Diese Darstellung bestätigte Ministerin X, …": a person right after the finite verb may be the subject of an object put first
        if (found.isPresent() && found.get().speaker() != null && found.get().speakerSpan() != null && people.personRefsBetween(front.get().begin(), front.get().end()).isEmpty()
                && !phrase.objectCase(found.get().speakerSpan()) && fronted.rightAfterFinite(v, found.get().speakerSpan())) return found;
        return Optional.of(frontedSubject(v, front.get(), words, exclude));
    }

    /**
     * The fronted noun phrase is the subject ({@link FrontedSubject}): the person the rules find inside it, with the
     * whole phrase as their words, else the phrase as an unnamed source (its organisation when the phrase opens with it).
     */
    private Attribution frontedSubject(int v, CharSpan front, CharSpan words, CharSpan exclude) {
        if (front.equals(doc.token(doc.tokenFrom(front.begin(), v)).span()) && doc.token(doc.tokenFrom(front.begin(), v)).is("PRON"))
            return pronounSubject(doc.token(doc.tokenFrom(front.begin(), v)), words);
        Optional<Attribution> inside = nearest(v, front, words, false, exclude, null);
        CharSpan all = phrase.around(front, words, false);
        if (inside.isPresent() && inside.get().speaker() != null)
            return Attribution.person(inside.get().speaker(), inside.get().speakerSpan() == null || words != null && all.overlaps(words) ? inside.get().speakerSpan() : all.union(inside.get().speakerSpan()));
        EntityRef org = inside.filter(a -> a.speakerSpan() != null && a.speakerSpan().begin() == front.begin()).map(Attribution::source).orElse(null);
        return Attribution.unnamed(words != null && all.overlaps(words) ? front : all, org);
    }

    /** The candidates of {@link #near} by distance and penalties, groups and unnamed subjects; {@code pronoun} a subject pronoun that may decide. */
    private Optional<Attribution> nearest(int v, CharSpan window, CharSpan words, boolean preferAfter, CharSpan exclude, Token pronoun) {
        Optional<Token> pronounAfter = Optional.ofNullable(pronoun);
        int vb = doc.token(v).span().begin();
        People.Ref best = null;
        int bestDist = Integer.MAX_VALUE;
        for (People.Ref r : people.refs()) {
            if (!window.covers(r.span()) || exclude != null && exclude.overlaps(r.span()) || doc.insideQuote(r.span())) continue;
            if (sofar.inContent(r.span(), doc.token(v).span())) continue;   // the content of a statement, not its speaker
            if (clauses.possessor(r)) continue;   // "Lyndon's lawyer said", "Seidls Anwalt sagte": the lawyer speaks, not Lyndon
            Entity e = people.get(r.entity());
            if (e.type() == EntityType.PLACE && !placeAsSubject(r.span(), v)) continue;
            if (!e.isPerson() && clauses.inAppositionOfPerson(r.span(), v)) continue;   // "X, Sprecher der Stadtwerke, sagte"
            int dist = r.span().begin() > vb ? r.span().begin() - vb : vb - r.span().end();
            if (!clauseMate(r.span(), v)) dist += OTHER_CLAUSE;
            if (!e.isPerson() && prepositionBefore(r.span()).filter(t -> lex.is(WordClass.OBJECT_PREPOSITION, t.text())).isPresent()) continue;   // "gegenüber der Zeitung"
            if (inPrepositionalPhrase(r.span())) dist += IN_PREPOSITIONAL_PHRASE;
            if (!e.isPerson()) dist += NOT_A_PERSON;
            if (phrase.objectCase(r.span()) || clauses.objectInMiddleField(r.span(), v)) dist += OBJECT_CASE;
            if (preferAfter && r.span().begin() < vb) dist += BEFORE_WHEN_AFTER_EXPECTED;
            if (!preferAfter && r.span().begin() > vb) dist += doc.german() ? AFTER_GERMAN_VERB : AFTER_ENGLISH_VERB;
            if (dist < bestDist) { best = r; bestDist = dist; }
        }
        if (best != null && best.span().end() <= vb) best = beforeApposition(best, v, window);
        // "Die Anwälte haben der Richterin X vorgeworfen, …", "Nachdem die Anwältin dem Richter mitgeteilt hatte, …": an
        // object is no speaker when the clause has a subject before it
        if (best != null && (clauses.objectInMiddleField(best.span(), v) || phrase.objectCase(best.span()))) {
            CharSpan object = best.span();
            Optional<CharSpan> subject = phrase.subjectOf(v, words).filter(np -> window.covers(np) && np.end() <= object.begin());
            if (subject.isPresent()) return Optional.of(Attribution.unnamed(phrase.around(subject.get(), words, false), null));
        }
        if (best != null) best = clauses.titledApposition(best, window);
        if (best != null && bestDist < OTHER_CLAUSE && best.span().end() <= vb && doc.isPerson(best)) {   // "A letter to Mayor X warned …"
            Optional<CharSpan> np = clauses.nounSubjectOver(best.span(), v).filter(window::covers);
            if (np.isPresent()) return Optional.of(Attribution.unnamed(np.get(), null));
        }
        Optional<CharSpan> group = groups.near(v, window, exclude);
        if (group.isPresent() && group.get().begin() > vb && !phrase.subjectMayFollow(v)) group = Optional.empty();   // "told Mexican radio"
        // "forderte die Partner auf, …", "urged the members to …": the group after a verb with an object and an infinitive is its object
        if (group.isPresent() && group.get().begin() > vb && doc.verbs().verbAt(v).map(x -> x.takes(Lexicon.Frame.OBJ_INF)).orElse(false)
                && best != null && best.span().end() <= vb) group = Optional.empty();
        if (best != null && group.isPresent() && group.get().end() <= best.span().begin() && groups.governs(group.get(), best.span())) best = null;
        // "Stadtrat X von der SPD-Fraktion sagte", "X of the union said", "X, Sprecherin der Stadt, sagte": the group is the person's affiliation or role
        else if (best != null && group.isPresent() && doc.isPerson(best) && best.span().end() <= group.get().begin() && group.get().end() <= vb
                && (clauses.affiliation(best.span(), group.get()) || clauses.appositive(best.span(), group.get(), v)
                    || clauses.inAppositionOfPerson(group.get(), v))) group = Optional.empty();
        if (pronounAfter.isPresent() && (best == null || bestDist >= OBJECT_CASE) && (group.isEmpty() || group.get().begin() > vb))
            return Optional.of(pronounSubject(pronounAfter.get(), words));
        if (best != null && bestDist < OTHER_CLAUSE && (group.isEmpty() || distance(group.get(), vb) >= bestDist)) {
            Entity e = people.get(best.entity());
            if (e.isPerson()) return Optional.of(person(best, words));
            return Optional.of(Attribution.unnamed(phrase.around(best.span(), words, false), e.ref()));
        }
        if (group.isPresent()) return Optional.of(Attribution.unnamed(phrase.around(group.get(), words, false), null));
        if (best != null && people.get(best.entity()).isPerson()) return Optional.of(person(best, words));
        return Optional.empty();
    }

    /**
     * "Warschau hat … zurückgewiesen", "Dublin has rejected …": a place that opens the sentence right before its
     * finite verb (the speech verb or its auxiliary) stands for its government or administration, an unnamed source.
     */
    private boolean placeAsSubject(CharSpan place, int v) {
        Sentence sent = doc.sentenceOf(v);
        if (doc.token(sent.range().begin()).span().begin() != place.begin()) return false;
        int next = doc.tokenFrom(place.end(), -1);
        return next >= 0 && next <= v && (next == v || doc.token(next).is("AUX") || doc.token(next).is("VERB") && doc.verbs().speechVerbAt(next));
    }

    /**
     * A verb that shares the subject of its sentence's main clause — an English participle after a comma (",
     * telling reporters: …", ", saying …") or a verb right after "und"/"and" ("kritisierte X und forderte …") —
     * has that subject: the person named first in the sentence before any verb, not the nearest one.
     */
    private Optional<People.Ref> sharedSubject(int v, CharSpan window, CharSpan exclude) {
        Sentence sent = doc.sentenceOf(v);
        if (v <= sent.range().begin()) return Optional.empty();
        Token prev = doc.token(v - 1), verb = doc.token(v);
        boolean participle = !doc.german() && prev.text().equals(",") && verb.text().endsWith("ing") && verb.is("VERB");
        boolean coordinated = prev.is("CCONJ") && lex.is(WordClass.COORDINATOR, prev.text()) && verb.isVerbal();
        if (!participle && !coordinated) return Optional.empty();
        for (People.Ref r : people.personRefsBetween(sent.span().begin(), verb.span().begin())) {
            if (!window.covers(r.span()) || exclude != null && exclude.overlaps(r.span()) || doc.insideQuote(r.span())) continue;
            if (clauses.inSubordinateSegment(doc.firstToken(r))) continue;   // "As X tried to speak, Y cut in, saying …"
            return beforeFirstVerb(r.span()) && !phrase.objectCase(r.span()) ? Optional.of(r) : Optional.empty();
        }
        return Optional.empty();
    }

    /** The person of a person reference before the verb in its sentence, else right after it ("…, sagte sie"), outside quotations. */
    Optional<People.Ref> nearestPersonBefore(int v) {
        Sentence sent = doc.sentenceOf(v);
        People.Ref best = null;
        for (People.Ref r : people.refs())
            if (r.span().begin() >= sent.span().begin() && r.span().end() <= doc.token(v).span().begin() && doc.isPerson(r) && !doc.insideQuote(r.span())) best = r;
        if (best == null)   // "Der Vorschlag sei gut, sagte sie" order: the subject may follow the verb
            for (People.Ref r : people.refs())
                if (r.span().begin() > doc.token(v).span().end() && r.span().end() <= sent.span().end() && doc.isPerson(r)
                        && r.span().begin() - doc.token(v).span().end() < 3) return Optional.of(r);
        return Optional.ofNullable(best);
    }

    /**
     * A person of that gender named by name between two points, outside quotations and outside the statement's own
     * words ("Until Orlov stops …, he added": Orlov is what was said, not who said it): the new topic a pronoun refers to.
     */
    private boolean namedBetween(int from, int to, Gender g, CharSpan words) {
        for (People.Ref r : people.refs())
            if (r.span().begin() >= from && r.span().end() <= to && !doc.insideQuote(r.span()) && doc.isPerson(r) && beforeFirstVerb(r.span())
                    && (words == null || !words.covers(r.span()))
                    && lex.pronoun(r.span().in(doc.text())).isEmpty() && people.get(r.entity()).gender().agreesWith(g)) return true;
        return false;
    }

    /** The words of a noun phrase between a preposition and a name: article, adjectives, titles, hyphenated parts. */
    static final int PHRASE_WORDS = 6;
    /** An apposition or inserted relative clause has at most this many words. */
    static final int INSERTION_WORDS = 30;

    /** A bracket after a name ("(FDP)", "(54)", "(r.)") has at most this many words. */
    private static final int BRACKET_WORDS = 4;

    /**
     * "Jana Beispiel, Tom Novaks frühere Sprecherin, sagte", "Mr Ellison - who has clashed with Mr Hale - insisted",
     * "X (der Y kritisiert) sagte": a comma, dash or bracket right before the verb closes an apposition (no verb in it)
     * or an inserted relative clause; the person right before it is the subject, not one named inside.
     */
    private People.Ref beforeApposition(People.Ref found, int v, CharSpan window) {
        if (v == 0) return found;
        String close = doc.token(v - 1).text();
        String opening = close.equals(")") ? "(" : close;
        if (!(close.equals(",") || close.equals(")") || close.equals("-") || close.equals("–") || close.equals("—"))) return found;
        int open = -1;
        boolean verb = false;
        int sentBegin = doc.sentenceOf(v).range().begin();
        for (int i = v - 2; i >= Math.max(sentBegin, v - INSERTION_WORDS); i--) {
            if (doc.token(i).text().equals(opening)) { open = i; break; }
            if (doc.token(i).isVerbal()) verb = true;
        }
        if (open < 0 || open + 1 >= v - 1) return found;
        boolean relative = lex.is(WordClass.RELATIVE, doc.token(open + 1).text()) || open + 2 < v && doc.token(open + 1).upos().startsWith("ADP")
                && lex.is(WordClass.RELATIVE, doc.token(open + 2).text());
        if (verb && !relative) return found;   // a clause of its own between: the nearest person stands
        int at = open;   // "Christian Lindner (FDP), der …, sagte": a bracket after the name (a party, an age) belongs to it
        if (at - 1 > sentBegin && doc.token(at - 1).text().equals(")"))
            for (int i = at - 2; i >= Math.max(sentBegin, at - BRACKET_WORDS - 2); i--) if (doc.token(i).text().equals("(")) { at = i; break; }
        int openAt = doc.token(at).span().begin();
        People.Ref head = null;
        for (People.Ref r : people.refs())
            if (r.span().end() <= openAt && window.covers(r.span()) && doc.isPerson(r) && openAt - r.span().end() <= 1) head = r;
        return head != null ? head : found;
    }

    /**
     * The subject position: no verb between the sentence's start and the span ("Jana Beispiel, die Vorsitzende, sieht
     * …"), a fronted subordinate clause aside ("As X spoke, Y interrupted").
     */
    private boolean beforeFirstVerb(CharSpan span) {
        Optional<Sentence> sent = doc.annotated().sentenceAt(span.begin());
        if (sent.isEmpty()) return false;
        for (Token t : sent.get().tokens()) {
            if (t.span().begin() >= span.begin()) return true;
            if (t.isVerbal() && !clauses.inSubordinateSegment(t.index())) return false;
        }
        return true;
    }

    /** "mit Jana Beispiel", "referring to Vice Premier Novak": a preposition before the name's noun phrase ("laut" excepted). */
    boolean inPrepositionalPhrase(CharSpan span) {
        return prepositionBefore(span).filter(t -> !lex.is(WordClass.SOURCE_PREPOSITION, t.text())).isPresent();
    }

    /** The preposition before the span's noun phrase, if one stands there. */
    private Optional<Token> prepositionBefore(CharSpan span) {
        int i = doc.tokenFrom(span.begin(), 0);
        for (int k = i - 1; k >= Math.max(0, i - PHRASE_WORDS); k--) {
            Token t = doc.token(k);
            if (t.is("ADP") || t.is("ADP+DET") || lex.is(WordClass.PREPOSITION, t.text())) return Optional.of(t);   // "Bezüglich" read as a pronoun
            if (!(t.is("DET") || t.is("ADJ") || t.is("NUM") && doc.german() || lex.title(t.text()).isPresent() || t.is("NOUN") && t.isCapitalised() || t.text().equals("-"))) return Optional.empty();   // "um 10:05 Uhr MEZ" ("with one source saying" has its subject in the phrase)
        }
        return Optional.empty();
    }

    private static int distance(CharSpan a, int offset) { return a.begin() > offset ? a.begin() - offset : offset - a.end(); }

    /** No clause boundary (a complementizer, a full stop, a semicolon) between the two. */
    boolean clauseMate(CharSpan span, int v) {
        int a = Math.min(span.end(), doc.token(v).span().begin()), b = Math.max(span.begin(), doc.token(v).span().end());
        for (Token t : doc.annotated().tokens(doc.annotated().tokensWithin(new CharSpan(a, Math.max(a, b)))))
            if (lex.is(WordClass.COMPLEMENTIZER, t.text()) || t.text().equals(".") && !ordinalDot(doc, t.index()) || t.text().equals(";")) return false;
        return true;
    }

    /**
     * "am 25. November", "der 3. Oktober": a full stop right after a number inside its sentence (words of the sentence
     * follow it) marks an ordinal, not the end of a clause; the sentence splitter already kept the sentence whole.
     */
    static boolean ordinalDot(ArticleDoc doc, int i) {
        if (i == 0 || i + 1 >= doc.size() || !doc.token(i).text().equals(".")) return false;
        Sentence sent = doc.sentenceOf(i);
        return i + 1 < sent.range().end() && doc.token(i - 1).is("NUM") && doc.token(i - 1).text().chars().allMatch(Character::isDigit)
                && doc.token(i - 1).adjoins(doc.token(i)) && !doc.token(i + 1).isPunct();
    }

    /**
     * "nach ihren Angaben", "seiner Ansicht nach": the person a possessive stands for, the speaker of the statement
     * just before if the gender agrees, else the nearest person of that gender in this or the previous sentence.
     */
    Optional<EntityRef> possessor(Token det, Sentence sent) {
        Optional<Lexicon.Pronoun> poss = lex.pronoun(det.text()).stream().filter(p -> p.grammaticalCase().equals("poss") && !p.plural()).findFirst();
        if (poss.isEmpty()) return Optional.empty();
        Gender g = poss.get().gender();
        Draft last = sofar.lastBefore(sent.span().begin());
        if (last != null && last.speaker() != null && doc.distanceInSentences(last.words().end(), sent.span().begin()) <= PRONOUN_REACH
                && people.get(last.speaker()).gender().agreesWith(g)) return Optional.of(last.speaker());
        int from = sent.index() > 0 ? doc.sentences().get(sent.index() - 1).span().begin() : sent.span().begin();
        EntityRef best = null;
        for (People.Ref r : people.refs())
            if (r.span().begin() >= from && r.span().end() <= det.span().begin() && doc.isPerson(r) && !doc.insideQuote(r.span())
                    && people.get(r.entity()).gender().agreesWith(g)) best = r.entity();
        return Optional.ofNullable(best);
    }

    /** Whether the singular possessive {@code det} ("his", "ihre") can stand for the person {@code e}. */
    boolean possessiveAgrees(Token det, EntityRef e) {
        return lex.pronoun(det.text()).stream().anyMatch(p -> p.grammaticalCase().equals("poss") && !p.plural() && people.get(e).gender().agreesWith(p.gender()));
    }

    /** The name of the step that takes the person a possessive stands for as the source ("nach ihren Angaben"). */
    static final String POSSESSIVE = "possessive";

    /**
     * The speaker named in a source phrase ("laut der Ministerin", "nach Angaben von X", "nach ihren Angaben"): the
     * person a possessive stands for ({@link #POSSESSIVE}, when {@code possessive} is on), else the person named in it
     * with the phrase as the speaker's words, else the organisation or group, still undecided.
     */
    Draft named(Draft d, CharSpan sourceSpan, boolean possessive) {
        Optional<Token> first = doc.annotated().firstTokenFrom(sourceSpan.begin());
        Optional<EntityRef> owner = possessive ? first.flatMap(t -> possessor(t, doc.sentenceOf(t.index()))) : Optional.empty();
        if (owner.isPresent()) return d.with(Attribution.person(owner.get(), sourceSpan)).by(POSSESSIVE);
        Optional<People.Ref> r = people.refIn(sourceSpan);
        if (r.isPresent() && doc.isPerson(r.get())) {
            Draft named = d.with(person(r.get(), d.words()));
            // "Angaben von Jana Beispiel, der Sprecherin,": the whole phrase names her
            return named.speakerSpan().overlaps(d.words()) ? named : named.speakerSpan(named.speakerSpan().union(sourceSpan));
        }
        return d.undecidedSource(r.map(People.Ref::entity).orElse(null), sourceSpan);
    }
}
