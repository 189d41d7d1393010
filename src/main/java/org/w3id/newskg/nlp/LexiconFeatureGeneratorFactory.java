package org.w3id.newskg.nlp;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import opennlp.tools.util.InvalidFormatException;
import opennlp.tools.util.ext.ExtensionLoader;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.GeneratorFactory;
import opennlp.tools.util.model.ArtifactSerializer;

/**
 * OpenNLP feature generator factory for the person recogniser's dictionary features, named in the model's feature
 * descriptor as {@code <generator class="org.w3id.newskg.nlp.LexiconFeatureGeneratorFactory"><str name="dict">…}.
 *
 * <p>The {@link PersonLexicon} (stored inside the model) maps a token to a class: {@code fn}
 * first name, {@code sn} surname of a gazetteer person, {@code fnsn} both; and {@code #title} (lower case) to
 * {@code tw} (a title word) or {@code ts} (a title that also ends a compound, "minister" in
 * "Verteidigungsministerin"). For one token the generator gives {@code lex=fn|sn|fnsn} and {@code lex=title}, plus
 * two conjunctions a linear model cannot form from separate features: {@code lex=fn+cap} for a first name before
 * a capitalised word and {@code lex=fn+this} for a capitalised word after a first name ("Tom Novak"). The
 * descriptor wraps it in a window so that a title two tokens before a name counts.
 *
 * <p>OpenNLP instantiates only classes of allowed packages; {@link #allow()} adds this one and must run before a
 * model with this generator is trained or loaded.
 */
public final class LexiconFeatureGeneratorFactory extends GeneratorFactory.AbstractXmlFeatureGeneratorFactory {
    /** Shortest title matched as the head of a compound ("chef" in "Parteichef"). */
    static final int MIN_TITLE_SUFFIX = 4;

    static {
        allow();
    }

    /** Lets OpenNLP instantiate this factory from a model's descriptor; idempotent. */
    static void allow() { ExtensionLoader.registerAllowedPackage(LexiconFeatureGeneratorFactory.class.getPackageName()); }

    @Override
    public AdaptiveFeatureGenerator create() throws InvalidFormatException {
        String name = getStr("dict");
        Object dict = resourceManager == null ? null : resourceManager.getResource(name);
        if (!(dict instanceof PersonLexicon d))
            throw new InvalidFormatException("person model: lexicon resource '" + name + "' missing or not a person lexicon");
        return new Generator(d);
    }

    @Override
    public Map<String, ArtifactSerializer<?>> getArtifactSerializerMapping() throws InvalidFormatException {
        return Map.of(getStr("dict"), new PersonLexicon.Serializer());
    }

    /** The features of one token. Stateless, so one instance serves a whole model. */
    record Generator(PersonLexicon dict) implements AdaptiveFeatureGenerator {
        @Override
        public void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
            String token = tokens[index];
            String cls = cls(token);
            if (cls != null) {
                features.add("lex=" + cls);
                if (cls.startsWith("fn") && index + 1 < tokens.length && capitalised(tokens[index + 1])) features.add("lex=fn+cap");
            }
            if (index > 0 && capitalised(token) && cls(tokens[index - 1]) != null && cls(tokens[index - 1]).startsWith("fn"))
                features.add("lex=fn+this");
            if (isTitle(token.toLowerCase(Locale.ROOT))) features.add("lex=title");
        }

        private String cls(String token) { return token.startsWith("#") ? null : dict.lookup(token); }

        private static boolean capitalised(String token) { return !token.isEmpty() && Character.isUpperCase(token.codePointAt(0)); }

        private boolean isTitle(String lower) {
            if (dict.lookup("#" + lower) != null) return true;
            for (int k = 1; lower.length() - k >= MIN_TITLE_SUFFIX; k++)
                if ("ts".equals(dict.lookup("#" + lower.substring(k)))) return true;
            return false;
        }
    }
}
