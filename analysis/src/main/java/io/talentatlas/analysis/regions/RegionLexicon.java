package io.talentatlas.analysis.regions;

import io.talentatlas.analysis.text.CharKeyedMap;
import io.talentatlas.analysis.text.CharSet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Every surface form that names a region, with its meanings, in a character trie for longest-match scanning.
 *
 * <p>Built from the gazetteer (official names, derived short names, development zone names) and the curated files
 * next to the CSV: {@code abbreviations.csv}, {@code nicknames.csv} and {@code common-word-names.txt} (short names
 * that are ordinary words and so only count with their suffix).
 */
final class RegionLexicon {

    private static final int PAIR_BITS = 20;

    /** The trie's first level as a table by character: every character of every article is looked up here. */
    private final Node[] roots = new Node[Character.MAX_VALUE + 1];
    /**
     * A Bloom filter of the surfaces' first two characters. Every surface has two or more, and most places in a
     * text start none: one bit says so before the trie is walked (its nodes are scattered over the heap, and the
     * cache misses of the walk were most of the scan's time). 2^20 bits (128 KiB) keep false alarms under one in a
     * hundred for the gazetteer's few thousand opening pairs; 2^16 bits (L1-sized) measured slower, the walks the
     * extra false alarms start costing more than the cache misses saved.
     */
    private final long[] openingPairs = new long[1 << (PAIR_BITS - 6)];
    /** The characters some surface starts with (the first level of the trie, as a set that stays in the L1 cache). */
    private final CharSet openingChars;
    private final Gazetteer gazetteer;
    /** Every surface added, so that the finished trie can be walked once more to collect each node's matches. */
    private final Set<String> surfaces = new HashSet<>();

    RegionLexicon(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        Set<String> commonWords = new HashSet<>();
        CuratedList.rows("/regions/common-word-names.txt").forEach(row -> commonWords.add(row.get(0)));
        for (Region region : gazetteer.all()) {
            if (!Gazetteer.isPseudo(region)) {
                addRegion(region, commonWords);
            }
        }
        addCurated("/regions/abbreviations.csv", NameKind.ABBREVIATION);
        addCurated("/regions/nicknames.csv", NameKind.NICKNAME);
        for (String word : List.of("我市", "全市", "本市")) {
            add(word, new NameEntry(null, NameKind.HOME_CITY));
        }
        for (String word : List.of("我省", "全省", "本省")) {
            add(word, new NameEntry(null, NameKind.HOME_PROVINCE));
        }
        add("首府", new NameEntry(null, NameKind.CAPITAL));
        this.openingChars = CharSet.matching(c -> roots[c] != null);
        surfaces.forEach(this::collectMatches);
    }

    /**
     * The surfaces that start at {@code from}, longest first, each with its meanings. One walk down the trie: the
     * deepest node the text reaches already holds every surface on its path.
     */
    List<Match> matchesAt(String text, int from) {
        Node deepest = roots[text.charAt(from)];
        if (deepest == null) {
            return List.of();
        }
        for (int i = from + 1; i < text.length(); i++) {
            Node next = deepest.next.get(text.charAt(i));
            if (next == null) {
                break;
            }
            deepest = next;
        }
        return deepest.matches;
    }

    /**
     * The first position at or after {@code from} where a surface may start, {@code text.length()} when there is
     * none: two bit tests a position, in one loop over the text. Every character of every article passes through
     * here, so the loop is kept simple enough for the JIT to hoist the string's checks out of it.
     */
    int nextOpening(String text, int from) {
        // Bound written as i < last, not i + 1 < length: the JIT then drops the range checks (a third faster).
        int last = text.length() - 1;
        for (int i = from; i < last; i++) {
            char first = text.charAt(i);
            if (openingChars.contains(first)) {
                int pair = pairSlot(first, text.charAt(i + 1));
                if ((openingPairs[pair >>> 6] & (1L << pair)) != 0) {
                    return i;
                }
            }
        }
        return text.length();
    }

    private static int pairSlot(char first, char second) {
        return (int) ((((long) first << 16 | second) * 0x9E3779B97F4A7C15L) >>> (64 - PAIR_BITS));
    }

    private void addRegion(Region region, Set<String> commonWords) {
        if (region.devZone()) {
            addZone(region);
            return;
        }
        add(region.name(), new NameEntry(region, NameKind.OFFICIAL));
        ShortNames.of(region).filter(stem -> !commonWords.contains(stem))
                .ifPresent(stem -> add(stem, new NameEntry(region, NameKind.SHORT)));
    }

    /** 包头稀土高新技术产业开发区 → itself, 包头稀土高新区, 包头市稀土高新区 (ZONE) and 稀土高新区 (ZONE_LOCAL). */
    private void addZone(Region zone) {
        Region city = gazetteer.byCode(zone.parentCode()).orElse(null);
        Region province = gazetteer.province(zone.code()).orElse(null);
        if (city == null || province == null) {
            return;
        }
        for (String name : ZoneNames.spellings(zone.name())) {
            add(name, new NameEntry(zone, NameKind.ZONE));
            String withoutProvince = ZoneNames.stripPrefix(name, province);
            String local = ZoneNames.stripPrefix(withoutProvince, city);
            if (local.equals(withoutProvince) || !ZoneNames.hasOwnStem(local)) {
                continue;
            }
            // 包头稀土高新区 names its city and stands anywhere; 稀土高新区 only inside an article about 包头.
            add(local, new NameEntry(zone, NameKind.ZONE_LOCAL));
            add(city.name() + local, new NameEntry(zone, NameKind.ZONE));
            ShortNames.of(city).ifPresent(stem -> add(stem + local, new NameEntry(zone, NameKind.ZONE)));
        }
    }

    private void addCurated(String resource, NameKind kind) {
        for (List<String> row : CuratedList.rows(resource)) {
            Region region = gazetteer.byCode(row.get(1))
                    .orElseThrow(() -> new IllegalStateException(resource + ": unknown code " + row.get(1)));
            add(row.get(0), new NameEntry(region, kind));
        }
    }

    private void add(String surface, NameEntry entry) {
        if (surface.length() < 2) {
            return;
        }
        char first = surface.charAt(0);
        int pair = pairSlot(first, surface.charAt(1));
        openingPairs[pair >>> 6] |= 1L << pair;
        if (roots[first] == null) {
            roots[first] = new Node();
        }
        Node node = roots[first];
        for (int i = 1; i < surface.length(); i++) {
            node = node.next.computeIfAbsent(surface.charAt(i), Node::new);
        }
        if (!node.entries.contains(entry)) {
            node.entries.add(entry);
        }
        surfaces.add(surface);
    }

    /** Sets {@link Node#matches} on the path of {@code surface}; a node's matches depend only on its path. */
    private void collectMatches(String surface) {
        Node node = roots[surface.charAt(0)];
        node.matches = List.of(); // no surface is a single character
        for (int i = 1; i < surface.length(); i++) {
            List<Match> above = node.matches;
            node = node.next.get(surface.charAt(i));
            if (node.matches == null) {
                node.matches = node.entries.isEmpty() ? above
                        : withMatch(new Match(surface.substring(0, i + 1), List.copyOf(node.entries)), above);
            }
        }
    }

    private static List<Match> withMatch(Match longest, List<Match> shorter) {
        List<Match> matches = new ArrayList<>(shorter.size() + 1);
        matches.add(longest);
        matches.addAll(shorter);
        return List.copyOf(matches);
    }

    /**
     * A surface and what it may mean. The mention of a match reuses {@code surface}, the very characters it
     * matched, instead of cutting a new string out of the text.
     */
    record Match(String surface, List<NameEntry> entries) {

        int length() {
            return surface.length();
        }
    }

    private static final class Node {
        private final CharKeyedMap<Node> next = new CharKeyedMap<>();
        private final List<NameEntry> entries = new ArrayList<>(1);
        /**
         * The surfaces that end here or above on the path from the root, longest first, made once when the trie is
         * complete: a scan hands the list out as it is instead of building one at every position it walks from.
         */
        private List<Match> matches;
    }
}
