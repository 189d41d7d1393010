package org.w3id.newskg.model;

/**
 * What an {@link Entity} is: a person, an organisation (party, company, club, authority), a country or another place
 * (city, region). The RDF mapper gives each its schema.org class and the linker compares it only with Wikidata items
 * of that kind.
 */
public enum EntityType { PERSON, ORGANIZATION, COUNTRY, PLACE }
