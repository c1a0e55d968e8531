package org.aimsbook.load;

import org.aimsbook.diagnostic.Diagnostics;
import org.aimsbook.model.Content;

/** What the load stage hands on: the model, and the problems met while reading it. */
public record Loaded(Content content, Diagnostics diagnostics) {
}
