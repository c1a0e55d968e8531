package org.aimsbook.model;

import java.time.LocalDate;
import java.util.Optional;
import org.aimsbook.model.meta.Doc;
import org.aimsbook.model.meta.Refers;

@Doc("A planned action with an owner and a due date.")
public record Action(
        @Doc("What will be done.")
        String description,
        @Doc("The role that does it, as role:id.")
        @Refers(RefKind.ROLE)
        Optional<Ref> owner,
        @Doc("When it is due, YYYY-MM-DD.")
        Optional<LocalDate> due,
        @Doc("When it was done, YYYY-MM-DD; absent while open.")
        Optional<LocalDate> done,
        Origin origin) {
}
