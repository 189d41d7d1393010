package org.w3id.newskg.extract.coref;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.w3id.newskg.extract.mention.Mentions;
import org.w3id.newskg.extract.mention.PronounMention;
import org.w3id.newskg.extract.mention.TitleMention;
import org.w3id.newskg.extract.person.People;
import org.w3id.newskg.model.Entity;
import org.w3id.newskg.model.EntityRef;
import org.w3id.newskg.model.Gender;
import org.w3id.newskg.model.Role;

/**
 * Resolves pronoun and title mentions, in text order, so a resolved one counts as a mention for the next.
 * <ul>
 * <li>{@code pronoun}: a singular third-person pronoun → the nearest person mentioned before it whose gender
 *     agrees (unknown gender agrees with both); "the former"/"ersterer" → the person named before that one; the
 *     subject of a speech verb ("„…“, sagte er") → the running speaker ({@link SpeakerSalience}), never a person
 *     named inside a quotation;
 * <li>{@code title-role}: a title after an indefinite article ("ein Mitarbeiter", "an aide") is someone new and
 *     stays unresolved; any other title → the nearest person before it who holds a role with the same head
 *     ("die Ministerin" → the person introduced as "Außenministerin"); else, when the title names a gender,
 *     the nearest person of that gender before it, within the last two sentences; also looks ahead to the
 *     next sentence when nobody fits before ("New Zealand's minister … The minister, Hans Beispiel, …").
 * </ul>
 */
public final class Coreference {
    private org.w3id.newskg.model.AnnotatedText text;
    private final java.util.function.Predicate<String> speech;
    private final java.util.function.Predicate<String> indefinite;
    private final java.util.function.BiPredicate<String, String> sameCountry;
    private final java.util.function.BiPredicate<String, String> sameOffice;
    private final OfficeHolders holders;
    private final java.util.function.Function<String, List<org.w3id.newskg.model.CharSpan>> quotations;
    private java.util.function.Predicate<String> possessive = w -> false;
    private SpeakerSalience salience;
    private MentionPositions positions;

    /**
     * @param speech     whether a word is a form of a speech verb or a word that attributes speech to the noun phrase
     *                   after it (", so der GLH-Chef", "laut dem Minister")
     * @param indefinite whether a word is an indefinite article
     */
    public Coreference(java.util.function.Predicate<String> speech, java.util.function.Predicate<String> indefinite) {
        this(speech, indefinite, (a, b) -> org.w3id.newskg.kb.NameKeys.key(a).equals(org.w3id.newskg.kb.NameKeys.key(b)));
    }

    /** @param sameCountry whether two names of countries name the same one ("USA", "Vereinigte Staaten") */
    public Coreference(java.util.function.Predicate<String> speech, java.util.function.Predicate<String> indefinite,
                       java.util.function.BiPredicate<String, String> sameCountry) {
        this(speech, indefinite, sameCountry, (a, b) -> false);
    }

    /**
     * @param sameCountry whether two names of countries name the same one ("USA", "Vereinigte Staaten")
     * @param sameOffice  whether two titles name the same office ("Präsident" and "Staatschef" of a head of state)
     */
    public Coreference(java.util.function.Predicate<String> speech, java.util.function.Predicate<String> indefinite,
                       java.util.function.BiPredicate<String, String> sameCountry, java.util.function.BiPredicate<String, String> sameOffice) {
        this(speech, indefinite, sameCountry, sameOffice, (title, country) -> java.util.Set.of());
    }

    /**
     * The names (folded keys) of whoever held an office in a country at the article's date, as the knowledge base has
     * it: "Premierminister", "Kanada" → the keys of the holder's names.
     */
    @FunctionalInterface
    public interface OfficeHolders {
        java.util.Set<String> names(String title, String country);
    }

    /** @param holders who held a title's office in a country at the article's date ("the Canadian prime minister") */
    public Coreference(java.util.function.Predicate<String> speech, java.util.function.Predicate<String> indefinite,
                       java.util.function.BiPredicate<String, String> sameCountry, java.util.function.BiPredicate<String, String> sameOffice,
                       OfficeHolders holders) {
        this(speech, indefinite, sameCountry, sameOffice, holders, t -> List.of());
    }

    /**
     * @param quotations the words of every quotation of a text, in text order: a person named inside one is not the
     *                   speaker a pronoun outside it continues ({@link SpeakerSalience})
     */
    public Coreference(java.util.function.Predicate<String> speech, java.util.function.Predicate<String> indefinite,
                       java.util.function.BiPredicate<String, String> sameCountry, java.util.function.BiPredicate<String, String> sameOffice,
                       OfficeHolders holders, java.util.function.Function<String, List<org.w3id.newskg.model.CharSpan>> quotations) {
        this.quotations = quotations;
        this.speech = speech;
        this.indefinite = indefinite;
        this.sameCountry = sameCountry;
        this.sameOffice = sameOffice;
        this.holders = holders;
    }

    /** @param possessive whether a word is a possessive pronoun ("sein", "his"): see {@link #owner} */
    public Coreference possessives(java.util.function.Predicate<String> possessive) {
        this.possessive = possessive;
        return this;
    }

    public People resolve(org.w3id.newskg.model.AnnotatedText text, People people, Mentions mentions) {
        this.text = text;
        this.salience = new SpeakerSalience(text, quotations.apply(text.text()), speech);
        this.positions = new MentionPositions(text);
        List<People.Ref> refs = new ArrayList<>(people.refs());
        People current = people;
        List<Object> ordered = new ArrayList<>();
        ordered.addAll(mentions.pronouns());
        ordered.addAll(mentions.titles());
        ordered.sort((a, b) -> Integer.compare(begin(a), begin(b)));
        java.util.Map<EntityRef, List<org.w3id.newskg.model.Mention>> extra = new java.util.HashMap<>();
        for (Object o : ordered) {
            // "the former"/"the latter" choose among the persons named, not among pronouns resolved to them
            Optional<EntityRef> target = o instanceof PronounMention p ? pronoun(p.ordered() ? people : current, p) : title(current, (TitleMention) o);
            if (target.isPresent()) {
                org.w3id.newskg.model.Mention m = o instanceof PronounMention p ? p.mention() : ((TitleMention) o).mention();
                refs.add(new People.Ref(m.span(), target.get()));
                extra.computeIfAbsent(target.get(), k -> new ArrayList<>()).add(m);
                current = new People(people.entities(), refs);
            }
        }
        // resolved pronouns and titles become mentions of their person, for provenance
        List<Entity> entities = new ArrayList<>();
        for (Entity e : people.entities()) {
            List<org.w3id.newskg.model.Mention> more = extra.get(e.ref());
            if (more == null) { entities.add(e); continue; }
            List<org.w3id.newskg.model.Mention> all = new ArrayList<>(e.mentions());
            all.addAll(more);
            all.sort((a, b) -> a.span().compareTo(b.span()));
            entities.add(new Entity(e.ref(), e.type(), e.label(), e.surfaceForms(), all, e.gender(), e.roles(), e.country(), e.memberOf()));
        }
        return new People(entities, refs);
    }

    private static int begin(Object o) {
        return o instanceof PronounMention p ? p.mention().span().begin() : ((TitleMention) o).mention().span().begin();
    }

    private Optional<EntityRef> pronoun(People people, PronounMention p) {
        if (p.plural() && p.gender() == Gender.UNKNOWN) return Optional.empty();
        boolean speaking = !p.ordered() && !p.plural() && salience.speechSubject(p);
        if (!p.ordered() && !p.plural()) {
            Optional<EntityRef> subject = previousSubject(people, p);
            if (subject.isPresent()) return subject;
        }
        if (speaking) {   // "„…“, sagte er": the running speaker, not someone named in what was said
            Optional<EntityRef> speaker = salience.speaker(people, p);
            if (speaker.isPresent()) return speaker;
        }
        EntityRef nearest = null;
        for (People.Ref r : people.personRefsBefore(p.mention().span().begin())) {
            Entity e = people.get(r.entity());
            if (!e.gender().agreesWith(p.gender()) || speaking && salience.insideQuote(r.span())) continue;
            if (!p.earlierOfTwo()) return Optional.of(e.ref());
            if (nearest == null) nearest = e.ref();
            else if (!nearest.equals(e.ref())) return Optional.of(e.ref());   // "the former": the person named before the nearest
        }
        return Optional.empty();
    }

    private Optional<EntityRef> title(People people, TitleMention t) {
        String head = t.word().toLowerCase(Locale.ROOT);
        // "der Vorsitzende der Gewerkschaft X, Jana Beispiel,": the name in apposition right after the title
        for (People.Ref r : people.refs()) {
            int gap = r.span().begin() - t.mention().span().end();
            if (gap < 0 || gap > 60 || !people.get(r.entity()).isPerson()) continue;
            String between = text.text().substring(t.mention().span().end(), r.span().begin());
            if (between.strip().endsWith(",") && !between.contains(".") && between.chars().filter(c -> c == ',').count() == 1
                    && positions.noVerbBetween(t.mention().span().end(), r.span().begin())) return Optional.of(r.entity());
            break;
        }
        if (afterIndefinite(t)) return Optional.empty();   // "ein Mitarbeiter", "an aide": someone new, unnamed
        Owner owner = owner(people, t);
        if (plural(t)) return Optional.empty();   // "die Staatschefs", "beide Präsidenten": more than one person
        List<People.Ref> before = people.personRefsBefore(t.mention().span().begin());
        if (t.title().kind().equals("age"))   // "der 36-Jährige", "the 55-year-old": the person last named as a subject, in
            return ageReference(people, before, t);   // this sentence or the one before, else the person just named
        Optional<EntityRef> holder = holderNamed(people, t);   // "the Canadian prime minister": whoever held that office then
        if (holder.isPresent()) return holder;
        for (People.Ref r : before) {   // the same title word already stood for someone ("Die Vorstandschefin der Stadtwerke, Anna Vogt, …")
            Entity e = people.get(r.entity());
            if (e.ref().equals(owner.person())) continue;
            if (!otherCountry(people, e, t) && namesTitle(r, head)) return Optional.of(e.ref());
            if (!otherCountry(people, e, t) && e.roles().stream().anyMatch(role -> lastWord(role.title()).equals(head))) return Optional.of(e.ref());
        }
        for (People.Ref r : before) {
            Entity e = people.get(r.entity());
            if (otherCountry(people, e, t) || e.ref().equals(owner.person())) continue;   // "der argentinische Präsident" is not the Brazilian one
            for (Role role : e.roles())
                if (sameHead(role.title(), head, t.title().title()) || sameOffice.test(role.title(), t.word())) return Optional.of(e.ref());
        }
        int sentence = t.mention().sentence();
        if (before.isEmpty()) {   // "New Zealand's climate minister said … Minister Jana Beispiel …": the next person with that role
            String written = t.mention().span().in(text.text()).toLowerCase(Locale.ROOT);
            Entity best = null;
            int bestScore = -1;
            for (Entity e : people.persons())
                for (org.w3id.newskg.model.Mention m : e.mentions()) {
                    if (m.sentence() <= sentence || m.sentence() > sentence + 3 || m.kind() != org.w3id.newskg.model.MentionKind.NAME) continue;
                    if (!e.gender().agreesWith(t.title().gender())) continue;
                    int score = 100 - m.sentence();   // the first person named after it …
                    for (Role role : e.roles()) {     // … unless someone named there holds that very office
                        String rt = role.title().toLowerCase(Locale.ROOT);
                        if (written.contains(rt) || rt.contains(written.replaceFirst("^\\S+\\s", ""))) score += 1000;
                    }
                    // "…, so der Sprecher des Vereins. Trainer Jonas Weber …": a spokesperson or a council named later
                    // is someone named there only when that person holds the very office
                    if ((t.title().isRepresentative() || t.title().isBody()) && score < 1000) continue;
                    if (score > bestScore) { best = e; bestScore = score; }
                }
            if (best != null) return Optional.of(best.ref());
        }
        // no one holds that role: a title as the subject of speech ("sagte der CDU-Vorsitzende") is the nearest person of
        // agreeing gender within the last two sentences; elsewhere ("appealed to the minister") it stays open
        if (!subjectOfSpeech(t) || owner.owned()) return Optional.empty();   // "sein Anwalt", "Lyndon's wife": not the person named before
        // "Tom Hale leitet die Bank. „…“, sagte der Sprecher.": a spokesperson speaks for someone, and is not the one named;
        // "Bürgermeister Jonas Feld … Der Stadtrat erklärte, …": the council, not its mayor
        if (t.title().isRepresentative() || t.title().isBody()) return Optional.empty();
        People.Ref nearest = null;
        for (People.Ref r : before) {   // the subject of a recent sentence first, else the nearest person
            Entity e = people.get(r.entity());
            if (!e.gender().agreesWith(t.title().gender()) || sentence - sentenceOf(e, r) > 2 || otherCountry(people, e, t)) continue;
            if (positions.subject(r)) return Optional.of(e.ref());
            if (nearest == null) nearest = r;
        }
        return Optional.ofNullable(nearest).map(People.Ref::entity);
    }

    /**
     * A pronoun that opens its sentence continues the subject of the sentence before when the gender agrees
     * ("Lighthizer was referring to Vice Premier Liu He … He said …" → Lighthizer): the first person named there
     * before any verb.
     */
    private Optional<EntityRef> previousSubject(People people, PronounMention p) {
        Optional<org.w3id.newskg.model.Sentence> here = text.sentenceAt(p.mention().span().begin());
        if (here.isEmpty() || here.get().index() == 0) return Optional.empty();
        for (org.w3id.newskg.model.Token t : here.get().tokens()) {
            if (t.span().begin() >= p.mention().span().begin()) break;
            if (!t.isPunct()) return Optional.empty();   // not the sentence's first word
        }
        org.w3id.newskg.model.Sentence prev = text.sentences().get(here.get().index() - 1);
        EntityRef first = null;
        for (People.Ref r : people.personRefsBetween(prev.span().begin(), prev.span().end()))
            if (!salience.insideQuote(r.span()) && positions.subject(r)) { first = r.entity(); break; }
        if (first == null) return Optional.empty();
        Gender g = people.get(first).gender();
        return g != Gender.UNKNOWN && g.agreesWith(p.gender()) ? Optional.of(first) : Optional.empty();
    }

    /**
     * "Bürgermeister X traf Landrat Y. Der 58-Jährige sagte …": an age noun continues the person named in subject
     * position (no verb before it in its sentence, not inside a quotation) in its own sentence or the one before; with
     * none there, the person just named. An office holder is named by the office, not the age: "Judge X jailed Y. The
     * 52-year-old …" is Y, the person just named, when only the subject has a title.
     */
    private Optional<EntityRef> ageReference(People people, List<People.Ref> before, TitleMention t) {
        int sentence = t.mention().sentence();
        Optional<EntityRef> nearest = before.stream().findFirst().map(People.Ref::entity);
        for (People.Ref r : before) {
            Optional<org.w3id.newskg.model.Sentence> at = text.sentenceAt(r.span().begin());
            if (at.isEmpty() || sentence - at.get().index() > 1) break;
            if (salience.insideQuote(r.span()) || !positions.subject(r) || positions.afterPreposition(r)) continue;
            boolean officeOnlyHere = nearest.isPresent() && !people.get(r.entity()).roles().isEmpty() && people.get(nearest.get()).roles().isEmpty();
            return officeOnlyHere ? nearest : Optional.of(r.entity());
        }
        return nearest;
    }

    /**
     * The person of the article who, by the knowledge base, held the title's office in the title's country at the
     * article's date ("the Canadian prime minister" and a "Mark Ellison" named before): their full name or surname.
     */
    private Optional<EntityRef> holderNamed(People people, TitleMention t) {
        if (t.country().isEmpty()) return Optional.empty();
        java.util.Set<String> names = holders.names(t.mention().span().in(text.text()), t.country().get());   // "The Canadian Prime Minister": the phrase names the office
        if (names.isEmpty()) return Optional.empty();
        for (Entity e : people.persons()) {
            String key = org.w3id.newskg.kb.NameKeys.key(e.label());
            String surname = key.contains(" ") ? key.substring(key.lastIndexOf(' ') + 1) : key;
            if (names.contains(key) || names.contains(surname)) return Optional.of(e.ref());
        }
        return Optional.empty();
    }

    /** The title names a country ("der argentinische Präsident", "the Canadian prime minister") and the person has another. */
    private boolean otherCountry(People people, Entity e, TitleMention t) {
        if (t.country().isEmpty() || e.country().isEmpty()) return false;
        return !sameCountry.test(people.get(e.country().get()).label(), t.country().get());
    }

    /**
     * A title in the plural: after "beide"/"both"/"alle"/a number, or after the plural article ("die", "the") with a
     * word that is not its own lemma ("die Staatschefs", "the presidents"; "die Ministerin" is its lemma).
     */
    private boolean plural(TitleMention t) {
        org.w3id.newskg.model.TokenRange r = t.mention().tokens();
        org.w3id.newskg.model.Token first = text.token(r.begin()), head = text.token(r.end() - 1);
        String det = first.text().toLowerCase(Locale.ROOT);
        if (first.is("NUM") || java.util.Set.of("beide", "beiden", "both", "alle", "all").contains(det)) return true;
        boolean inflected = !head.text().toLowerCase(Locale.ROOT).equals(head.lemma()) && head.text().toLowerCase(Locale.ROOT).endsWith("s");
        return (det.equals("die") || det.equals("the")) && inflected;
    }

    /**
     * Whom a title belongs to: "Lyndon's lawyer", "Seidls Anwalt" (a person named right before it with a possessive
     * "'s" or German genitive "s"), "sein Anwalt", "his wife" (a possessive pronoun); the title then names someone else
     * than that person.
     */
    private record Owner(boolean owned, EntityRef person) {}

    private Owner owner(People people, TitleMention t) {
        org.w3id.newskg.model.TokenRange r = t.mention().tokens();
        for (int i = Math.max(0, r.begin() - 1); i < r.end() - 1; i++) {
            org.w3id.newskg.model.Token k = text.token(i);
            if (possessive.test(k.text())) return new Owner(true, null);
            boolean s = k.text().matches("['’]s?") && i > 0, glued = k.text().matches("\\p{Lu}\\p{L}+(['’]s|s|['’])");
            if (!s && !glued) continue;
            org.w3id.newskg.model.CharSpan at = s ? text.token(i - 1).span() : k.span();
            for (People.Ref p : people.refs())
                if (p.span().overlaps(at) && people.get(p.entity()).isPerson()) return new Owner(true, p.entity());
            if (s || k.text().matches(".*['’]s?")) return new Owner(true, null);   // "Lyndon's lawyer": an owner not known as a person
        }
        return new Owner(false, null);
    }

    /** The title's mention opens with an indefinite article: "ein langjähriger Mitarbeiter", "a senior aide". */
    private boolean afterIndefinite(TitleMention t) {
        return indefinite.test(text.token(t.mention().tokens().begin()).text());
    }

    private boolean subjectOfSpeech(TitleMention t) {
        org.w3id.newskg.model.TokenRange r = t.mention().tokens();
        int b = r.begin();   // "sagte der neue CDU-Vorsitzende": the verb before the article and adjectives
        while (b > 0 && r.begin() - b < 3 && (text.token(b - 1).is("DET") || text.token(b - 1).is("ADJ"))) b--;
        // "said the victim was stable": a verb right after the title makes it the subject of the clause said, not the speaker
        boolean verbAfter = r.end() < text.tokens().size() && text.token(r.end()).isVerbal();
        return b > 0 && speech.test(text.token(b - 1).text()) && !verbAfter || r.end() < text.tokens().size() && speech.test(text.token(r.end()).text());
    }

    private int sentenceOf(Entity e, People.Ref r) {
        return text.sentenceAt(r.span().begin()).map(org.w3id.newskg.model.Sentence::index).orElse(-10);
    }

    /**
     * "Außenministerin" and "Ministerin" share the head "ministerin"; "Kanzler" and "Kanzlerin" share "kanzler". Two
     * compounds of one title with different first parts are two offices ("Vorstandschefin", "Aufsichtsratschef").
     */
    static boolean sameHead(String roleTitle, String word, String lexiconTitle) {
        String last = lastWord(roleTitle);
        String stem = stem(lexiconTitle);
        if (otherFirstPart(last, word, stem)) return false;
        return last.endsWith(word) || word.endsWith(last) || stem.length() >= 4 && stem(last).endsWith(stem);
    }

    /** The last word of a title, in lower case ("Deputy Prime Minister" → "minister", "member of the board" → "member"). */
    private static String lastWord(String title) {
        String r = title.toLowerCase(Locale.ROOT);
        if (r.contains(" of ")) r = r.substring(0, r.indexOf(" of "));
        return r.contains(" ") ? r.substring(r.lastIndexOf(' ') + 1) : r;
    }

    /** Both words are compounds of the title's stem, and neither first part ends the other ("bundesfinanz", "finanz" do). */
    private static boolean otherFirstPart(String a, String b, String stem) {
        int i = a.lastIndexOf(stem), j = b.lastIndexOf(stem);
        if (stem.length() < 3 || i <= 0 || j <= 0) return false;
        String x = a.substring(0, i).replace("-", ""), y = b.substring(0, j).replace("-", "");
        return !x.endsWith(y) && !y.endsWith(x);
    }

    /** The reference's words hold the title word ("Die Vorstandschefin", "Vorstandschefin Anna Vogt"). */
    private boolean namesTitle(People.Ref r, String word) {
        for (org.w3id.newskg.model.Token t : text.tokens(text.tokensWithin(r.span()))) if (t.text().toLowerCase(Locale.ROOT).equals(word)) return true;
        return false;
    }

    private static String stem(String w) {
        return w.toLowerCase(Locale.ROOT).replaceAll("(innen|in|en|er|e|s|n)$", "");   // "Vorsitzender", "Vorsitzende" → "vorsitzend"
    }
}
