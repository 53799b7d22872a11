package io.talentatlas.analysis.parse;

import io.talentatlas.analysis.regions.CuratedList;
import io.talentatlas.analysis.regions.RegionContext;
import io.talentatlas.analysis.regions.RegionMention;
import io.talentatlas.analysis.regions.RegionResolver;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the parser knows about news outlets: how to clean an outlet name as sources write it
 * ({@code 内蒙古新闻网-《内蒙古日报} → 内蒙古新闻网, {@code 大庆日报社} → 大庆日报) and which region an outlet
 * covers: the curated {@code parse/outlets.csv} first (national outlets cover none), else the place its name starts
 * with (大庆日报 → 大庆市, 黑龙江日报 → 黑龙江省).
 */
final class Outlets {

    /** Where a written outlet's first segment ends. */
    private static final String SEPARATOR_CHARS = "-—–|｜/·";
    /** Quotes and brackets a written outlet may carry, none part of the name. */
    private static final String QUOTE_CHARS = "《》〈〉“”\"'「」【】()（）";
    private static final int MAX_LENGTH = 30;

    private final RegionResolver resolver;
    private final Map<String, String> regionByOutlet = new HashMap<>();

    Outlets(RegionResolver resolver) {
        this.resolver = resolver;
        for (List<String> row : CuratedList.rows("/parse/outlets.csv")) {
            regionByOutlet.put(row.get(0), row.get(1));
        }
    }

    /**
     * The outlet named in {@code written}: its first segment, without quotes and a trailing 社; null if none. Char
     * scans give the answers of {@code SEPARATORS.split(stripped, 2)[0]} and {@code QUOTES.matcher(first)
     * .replaceAll("")}: every credit and header asks, and most names hold neither.
     */
    static String clean(String written) {
        if (written == null) {
            return null;
        }
        String stripped = written.strip();
        int separator = indexOfAny(stripped, SEPARATOR_CHARS);
        String first = separator < 0 ? stripped : stripped.substring(0, separator);
        String name = withoutQuotes(first).strip();
        if (name.endsWith("报社")) {
            name = name.substring(0, name.length() - 1);
        }
        boolean hasHan = name.codePoints()
                .anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
        return hasHan && name.length() <= MAX_LENGTH && name.length() >= 2 ? name : null;
    }

    private static int indexOfAny(String text, String chars) {
        for (int i = 0; i < text.length(); i++) {
            if (chars.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    private static String withoutQuotes(String text) {
        int first = indexOfAny(text, QUOTE_CHARS);
        if (first < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length()).append(text, 0, first);
        for (int i = first + 1; i < text.length(); i++) {
            if (QUOTE_CHARS.indexOf(text.charAt(i)) < 0) {
                out.append(text.charAt(i));
            }
        }
        return out.toString();
    }

    /** The GB/T 2260 code of the region {@code outlet} covers, empty for national or unknown outlets. */
    Optional<String> regionOf(String outlet) {
        if (outlet == null) {
            return Optional.empty();
        }
        String curated = regionByOutlet.get(outlet);
        if (curated != null) {
            return "-".equals(curated) ? Optional.empty() : Optional.of(curated);
        }
        List<RegionMention> mentions = resolver.mentions(outlet, RegionContext.none());
        return mentions.isEmpty() || mentions.get(0).start() != 0 ? Optional.empty()
                : Optional.of(mentions.get(0).region().code());
    }
}
