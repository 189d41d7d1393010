package org.w3id.newskg.model;

public enum EntityType { PERSON, ORGANIZATION, COUNTRY, PLACE }
