package org.w3id.newskg.extract.statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every rule and step name of both languages ({@link StatementRules#names()}) occurs in an expected value of the rule
 * tables ({@link VerbComplementTest}, {@link StatementRuleTest}, {@link SpeakerSieveTest}, {@link RevisionTest}), read
 * from their {@code @CsvSource} annotations: a new rule without a test row fails here. And every name in the tables
 * is one the rules know, so a misspelt expectation cannot pass unnoticed.
 */
class RuleNamesTest {
    private static final List<Class<?>> TABLES = List.of(VerbComplementTest.class, StatementRuleTest.class, SpeakerSieveTest.class, RevisionTest.class);
    /** The rule of an expected statement: "{quote+verb-after-quote}". */
    private static final Pattern RULE = Pattern.compile("\\{([a-z+-]+)}");

    private static Set<String> known() {
        Set<String> names = new TreeSet<>(StatementRules.german().names());
        names.addAll(StatementRules.english().names());
        return names;
    }

    /** Each step of each rule the tables expect. */
    private static Set<String> inTables() {
        Set<String> steps = new TreeSet<>();
        for (Class<?> table : TABLES)
            for (Method m : table.getDeclaredMethods()) {
                CsvSource rows = m.getAnnotation(CsvSource.class);
                if (rows == null) continue;
                Matcher found = RULE.matcher(rows.textBlock() + String.join("\n", rows.value()));
                while (found.find()) steps.addAll(List.of(found.group(1).split("\\+")));
            }
        return steps;
    }

    @Test
    void everyRuleNameHasATableRow() {
        Set<String> missing = new TreeSet<>(known());
        missing.removeAll(inTables());
        assertEquals(Set.of(), missing, "rule names no table row expects");
    }

    @Test
    void everyNameInTheTablesIsARule() {
        Set<String> unknown = inTables();
        assertFalse(unknown.isEmpty(), "no rule names read from the tables");
        unknown.removeAll(known());
        assertEquals(Set.of(), unknown, "names in the tables that no rule has");
    }
}
