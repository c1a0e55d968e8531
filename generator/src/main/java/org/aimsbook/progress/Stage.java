package org.aimsbook.progress;

/** The stages of a build, in the order they run, with what each counts. */
public enum Stage {
    CHECK("checking", "documents"),
    RENDER("rendering", "documents"),
    INDEX("indexing", "pages"),
    PUBLISH("publishing", "files"),
    PDF("writing PDFs", "files"),
    ARCHIVE("archiving", "files");

    private final String doing;
    private final String units;

    Stage(String doing, String units) {
        this.doing = doing;
        this.units = units;
    }

    /** What the stage is doing, as a progress line starts: "converting". */
    public String doing() {
        return doing;
    }

    /** What it counts: "narratives". */
    public String units() {
        return units;
    }
}
