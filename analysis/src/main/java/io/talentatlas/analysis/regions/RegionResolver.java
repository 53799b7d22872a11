package io.talentatlas.analysis.regions;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Finds the places a Chinese text names and resolves each to a GB/T 2260 region.
 *
 * <p>It scans left to right and takes the longest surface that resolves: official names (大庆市), short names
 * (大庆, 呼和浩特), press abbreviations (呼市), nicknames (鹤城, only when the article's province agrees), the
 * context words 我市/全市/本市 (home city), 我省/全省/本省 (home province) and 首府 (the home province's capital),
 * and development zones and hubs (包头稀土高新区, 和林格尔人才科创中心), which resolve to their city with the zone's
 * name as {@link RegionMention#scope()}. When one surface has several meanings, a more official kind beats a less
 * official one, a higher level beats a lower one (a county named like a city means the city unless written with its
 * suffix), and the home city and province break the remaining ties; a surface still ambiguous after that is skipped
 * rather than guessed. Thread-safe; build once and share.
 */
public final class RegionResolver {

    private static final Comparator<NameEntry> PREFERENCE = Comparator
            .comparing((NameEntry e) -> e.kind() == NameKind.ZONE_LOCAL ? NameKind.ZONE : e.kind())
            .thenComparing(e -> e.region().level());

    private final Gazetteer gazetteer;
    private final RegionLexicon lexicon;
    private final Capitals capitals;

    /** A resolver over {@code gazetteer} and the curated name files on the classpath. */
    public RegionResolver(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.lexicon = new RegionLexicon(gazetteer);
        this.capitals = new Capitals(gazetteer);
    }

    /** The shared resolver over {@link Gazetteer#instance()}. */
    public static RegionResolver standard() {
        return Holder.INSTANCE;
    }

    /** The region mentions in {@code text}, in order, not overlapping. */
    public List<RegionMention> mentions(String text, RegionContext context) {
        RegionContext ctx = context == null ? RegionContext.none() : context;
        List<RegionMention> mentions = new ArrayList<>();
        int i = lexicon.nextOpening(text, 0);
        while (i < text.length()) {
            Optional<RegionMention> mention = mentionAt(text, i, ctx);
            if (mention.isPresent()) {
                mentions.add(mention.get());
                i = mention.get().end();
            } else {
                i++;
            }
            i = lexicon.nextOpening(text, i);
        }
        return mentions;
    }

    private Optional<RegionMention> mentionAt(String text, int start, RegionContext ctx) {
        for (RegionLexicon.Match match : lexicon.matchesAt(text, start)) {
            if (SurfaceGuards.rejects(text, start, start + match.length(), match)) {
                continue;
            }
            Optional<NameEntry> entry = choose(match.entries(), ctx);
            if (entry.isPresent()) {
                return Optional.of(toMention(text, start, match.surface(), entry.get(), ctx));
            }
        }
        return Optional.empty();
    }

    private RegionMention toMention(String text, int start, String surface, NameEntry entry, RegionContext ctx) {
        int end = start + surface.length();
        Region region = entry.region();
        return switch (entry.kind()) {
            case HOME_CITY -> new RegionMention(start, end, surface, ctx.city(), null);
            case HOME_PROVINCE -> new RegionMention(start, end, surface, ctx.province(), null);
            case CAPITAL -> new RegionMention(start, end, surface, capitals.of(ctx.province()).orElseThrow(), null);
            case ZONE -> new RegionMention(start, end, surface, parentCity(region), surface);
            case ZONE_LOCAL -> new RegionMention(start, end, surface, parentCity(region), cityStem(region) + surface);
            default -> extendToZone(text, start, surface, region);
        };
    }

    /** A place name followed by a zone or hub name (呼和浩特科技城) becomes a mention of the city with that scope. */
    private RegionMention extendToZone(String text, int start, String surface, Region region) {
        int end = start + surface.length();
        int extension = region.level() == RegionLevel.PROVINCE ? 0 : ZoneNames.extension(text, end);
        if (extension == 0) {
            return new RegionMention(start, end, surface, region, null);
        }
        String zone = text.substring(start, end + extension);
        return new RegionMention(start, end + extension, zone, gazetteer.city(region.code()).orElse(region), zone);
    }

    private Optional<NameEntry> choose(List<NameEntry> entries, RegionContext ctx) {
        if (entries.size() == 1) {
            // Most surfaces have one meaning: no list to build, no tie to break.
            return usable(entries.get(0), ctx) ? Optional.of(entries.get(0)) : Optional.empty();
        }
        // Loops, not streams: the few surfaces with several meanings (龙江, 吉林, 鹤城) come up in most articles.
        List<NameEntry> usable = matching(entries, e -> usable(e, ctx));
        if (usable.isEmpty()) {
            return Optional.empty();
        }
        if (usable.get(0).region() == null) {
            return Optional.of(usable.get(0));
        }
        NameEntry best = Collections.min(usable, PREFERENCE);
        List<NameEntry> tied = matching(usable, e -> PREFERENCE.compare(e, best) == 0);
        return tied.size() == 1 ? Optional.of(best) : breakTie(tied, ctx);
    }

    private Optional<NameEntry> breakTie(List<NameEntry> tied, RegionContext ctx) {
        List<NameEntry> inCity = matching(tied, e -> ctx.inCity(e.region().code()));
        if (inCity.size() == 1) {
            return Optional.of(inCity.get(0));
        }
        List<NameEntry> inProvince = matching(tied, e -> ctx.inProvince(e.region().code()));
        return inProvince.size() == 1 ? Optional.of(inProvince.get(0)) : Optional.empty();
    }

    /** The entries for which {@code test} holds, in order; Collections.min keeps the first of equals as well. */
    private static List<NameEntry> matching(List<NameEntry> entries, Predicate<NameEntry> test) {
        List<NameEntry> matching = new ArrayList<>(entries.size());
        for (NameEntry entry : entries) {
            if (test.test(entry)) {
                matching.add(entry);
            }
        }
        return matching;
    }

    private boolean usable(NameEntry entry, RegionContext ctx) {
        Region region = entry.region();
        return switch (entry.kind()) {
            case HOME_CITY -> ctx.city() != null;
            case HOME_PROVINCE -> ctx.province() != null;
            case CAPITAL -> ctx.province() != null && capitals.of(ctx.province()).isPresent();
            case NICKNAME -> ctx.inProvince(region.code());
            case ZONE_LOCAL -> ctx.inCity(region.code());
            case SHORT -> region.level() != RegionLevel.COUNTY || ctx.inProvince(region.code());
            default -> true;
        };
    }

    private Region parentCity(Region zone) {
        return gazetteer.city(zone.code()).orElse(zone);
    }

    private String cityStem(Region zone) {
        Region city = parentCity(zone);
        return ShortNames.of(city).orElse(city.name());
    }

    /** Lazy holder: the lexicon is built once, the first time anyone asks. */
    private static final class Holder {
        private static final RegionResolver INSTANCE = new RegionResolver(Gazetteer.instance());
    }
}
