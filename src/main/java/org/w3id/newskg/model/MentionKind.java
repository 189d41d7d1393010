package org.w3id.newskg.model;

/** How a mention refers: by name ("Jana Beispiel", "Beispiels"), by title or role ("die Ministerin"), by pronoun ("sie"). */
public enum MentionKind { NAME, TITLE, PRONOUN }
