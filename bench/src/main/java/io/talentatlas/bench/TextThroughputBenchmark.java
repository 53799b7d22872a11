package io.talentatlas.bench;

import com.hankcs.hanlp.HanLP;
import io.talentatlas.analysis.facts.FactExtractor;
import io.talentatlas.analysis.numbers.QuantityFinder;
import io.talentatlas.analysis.parse.ArticleParser;
import io.talentatlas.analysis.parse.ParseOptions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Single-threaded text throughput over the same corpus: our quantity finder and our whole analysis pipeline
 * (parse the raw article, extract its facts) against HanLP's default segmenter, a common first step of Chinese NLP
 * pipelines. One operation reads the whole corpus once; {@link BenchMain}
 * turns operations per second into MB/s and prints the ratio.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
public class TextThroughputBenchmark {

    /** Corpus size in MB of UTF-8 text: the sample articles repeated. */
    @Param("3")
    public double corpusMegabytes;

    private List<String> documents;
    private QuantityFinder finder;
    private ArticleParser parser;
    private FactExtractor extractor;

    @Setup
    public void setUp() {
        documents = Corpus.ofSamples(corpusMegabytes).documents();
        finder = new QuantityFinder();
        parser = new ArticleParser();
        extractor = FactExtractor.standard();
        HanLP.segment("预热词典加载");
    }

    @Benchmark
    public void quantityFinder(Blackhole sink) {
        for (String document : documents) {
            sink.consume(finder.find(document));
        }
    }

    @Benchmark
    public void parseAndExtract(Blackhole sink) {
        for (String document : documents) {
            sink.consume(extractor.extract(parser.parse(document, ParseOptions.defaults())));
        }
    }

    @Benchmark
    public void hanlpSegment(Blackhole sink) {
        for (String document : documents) {
            sink.consume(HanLP.segment(document));
        }
    }
}
