package org.aimsbook.catalogue;

/** An Annex A reference control: its id (A.5.2) and short title. */
public record Control(String id, String title) {
}
