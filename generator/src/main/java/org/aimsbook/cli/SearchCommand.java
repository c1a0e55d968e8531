package org.aimsbook.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.aimsbook.Handbook;
import org.aimsbook.index.SearchHit;
import org.aimsbook.index.SearchResults;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code aimsbook search [DIR] QUERY [-o OUT] [--version V] [--limit N]}. */
@Command(
        name = "search",
        description = {"Searches a built version of the handbook (the newest by default) with Lucene's query syntax:",
            "words (all required), \"phrases\", -excluded, OR, prefix*, and fields such as type:policy or owner:\"AIMS Manager\".",
            "Builds the version first when it has no search index yet."})
final class SearchCommand implements Callable<Integer> {

    @Parameters(arity = "1..2", paramLabel = "[DIR] QUERY",
            description = "The content folder (default: content), then the query; quote a query of several words.")
    private List<String> arguments;

    @CommandLine.Mixin
    private BuildSettings settings;

    @CommandLine.Mixin
    private SiteOutput site;

    @Option(names = "--limit", defaultValue = "10", paramLabel = "N", description = "How many pages to show (default: ${DEFAULT-VALUE}).")
    private int limit;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter console = spec.commandLine().getOut();
        String query = arguments.get(arguments.size() - 1);
        Path folder = Path.of(arguments.size() == 2 ? arguments.get(0) : "content");
        // A terminal shows matches in bold; piped output marks them as Markdown does.
        String[] mark = System.console() != null ? new String[] {"\u001b[1m", "\u001b[0m"} : new String[] {"**", "**"};
        Optional<String> version = Optional.ofNullable(settings.version);
        try {
            Optional<SearchResults> results = Handbook.search(site.out, version, query, limit, mark);
            if (results.isEmpty()) {
                console.println("no search index in " + site.out + version.map(v -> " for version " + v).orElse("")
                        + " yet: building " + folder);
                if (!BuildCommand.build(Handbook.load(folder), settings, site.out, console)) {
                    console.flush();
                    return Main.CONTENT_ERRORS;
                }
                results = Handbook.search(site.out, version, query, limit, mark);
            }
            print(results.orElseThrow(), query, console);
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println("aimsbook: " + e.getMessage());
            return Main.USAGE_OR_IO;
        }
        console.flush();
        return 0;
    }

    private void print(SearchResults results, String query, PrintWriter console) {
        String types = results.types().entrySet().stream()
                .map(type -> type.getKey() + " " + type.getValue()).collect(Collectors.joining(", "));
        console.println(results.total() + (results.total() == 1 ? " page matches" : " pages match") + " `" + query + "`"
                + (types.isEmpty() ? "" : " (" + types + ")"));
        int rank = 1;
        for (SearchHit hit : results.hits()) {
            console.printf("%2d. %s  [%s] %s%n", rank++, hit.title(), hit.type(), hit.path());
            hit.snippets().forEach(snippet -> console.println("    " + snippet));
        }
    }
}
