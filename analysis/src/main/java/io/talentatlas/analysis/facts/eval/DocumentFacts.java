package io.talentatlas.analysis.facts.eval;

import io.talentatlas.analysis.facts.Fact;
import io.talentatlas.analysis.facts.FactExtractor;
import io.talentatlas.analysis.parse.ArticleParser;
import io.talentatlas.analysis.parse.ParseOptions;
import io.talentatlas.analysis.regions.Gazetteer;
import io.talentatlas.analysis.regions.Region;
import io.talentatlas.events.ArticleParsed;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads an article file, parses it and extracts its facts as {@link FactLine}s: what {@code atlas extract} prints and
 * {@code atlas eval} scores.
 */
public final class DocumentFacts {

    private final ArticleParser parser = new ArticleParser();
    private final FactExtractor extractor = FactExtractor.standard();
    private final Gazetteer gazetteer = Gazetteer.instance();

    /** The facts of the file, with {@code doc} set to the path as given. */
    public List<FactLine> of(String path) throws IOException {
        Path file = Path.of(path);
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new IOException(path + ": no such readable file");
        }
        byte[] raw = Files.readAllBytes(file);
        ArticleParsed article = parser.parse(raw, ParseOptions.defaults().withSourceName(path));
        return extractor.extract(article).stream().map(fact -> FactLine.of(path, fact, regionName(fact))).toList();
    }

    /** 包头市, or 包头市(包头稀土高新区) for a fact about a named zone of the city. */
    private String regionName(Fact fact) {
        String name = fact.region() == null ? null
                : gazetteer.byCode(fact.region()).map(Region::name).orElse(null);
        return name == null || fact.scope() == null ? name : name + "(" + fact.scope() + ")";
    }
}
