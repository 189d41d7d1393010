package org.w3id.newskg.extract.mention;

import org.w3id.newskg.model.EntityType;
import org.w3id.newskg.model.Mention;

/** An organisation, country or place named in the text, with the label it gets. */
public record NamedThing(Mention mention, EntityType type, String label) {}
