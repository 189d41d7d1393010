package org.w3id.newskg.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EventFinderTest {
    @Test
    void durationsInWordsAndDigits() {
        assertEquals(Optional.of(Duration.ofMinutes(165)), EventFinder.duration("Die Beratungen dauerten zwei Stunden und 45 Minuten."));
        assertEquals(Optional.of(Duration.ofHours(3)), EventFinder.duration("It was a three-hour meeting."));
        assertEquals(Optional.of(Duration.ofMinutes(90)), EventFinder.duration("Das Telefonat dauerte 90 Minuten."));
        assertEquals(Optional.empty(), EventFinder.duration("Sie trafen sich am Montag."));
    }

    @Test
    void formats() {
        assertEquals(Optional.of("zwei gegen zwei"), EventFinder.format("Sie sprachen im Format „zwei gegen zwei“ miteinander."));
        assertEquals(Optional.of("one-on-one"), EventFinder.format("The leaders held a one-on-one meeting."));
        assertEquals(Optional.empty(), EventFinder.format("Sie sprachen lange."));
    }
}
