package org.aimsbook.render;

import java.io.IOException;

/**
 * The site could not be rendered because of what it is made from (a user theme's template that
 * fails, narrative that cannot be converted), not because the output could not be written: the
 * faces print its message as it is, without blaming the output folder.
 */
public final class RenderFailure extends IOException {
    RenderFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
