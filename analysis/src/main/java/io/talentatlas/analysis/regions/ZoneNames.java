package io.talentatlas.analysis.regions;

import io.talentatlas.analysis.text.CharKeyedMap;
import io.talentatlas.analysis.text.CharSet;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * How development zones and named hubs are written: the suffixes that end their names, the press abbreviations of
 * the official suffixes, and the scan that extends a place name into a zone name (和林格尔 + 人才科创中心).
 */
final class ZoneNames {

    /** Zone suffixes, longest first so that 经济技术开发区 wins over 开发区. */
    static final List<String> SUFFIXES = List.of(
            "高新技术产业开发区", "经济技术开发区", "经济开发区", "产业园区", "工业园区", "高新区", "经开区",
            "开发区", "科创中心", "科创城", "科技城", "产业园", "示范区", "试验区", "自贸区", "保税区", "综保区",
            "管理区", "新区", "园区");

    /** Longest run of characters allowed between the place name and the suffix (稀土, 人才). */
    private static final int MAX_MIDDLE = 6;

    /** Characters that end a name: a zone's middle part never contains them. */
    private static final CharSet BREAKS = CharSet.of("的和与及等在是为对将了从向把被、，。；：！？,.;:!?()（）《》 \n");

    /**
     * {@link #SUFFIXES} by first character, in list order within each group. Every place name the scan finds asks
     * for an extension: at most positions after it no suffix starts, and where one may, only the few suffixes with
     * that first character are compared instead of all twenty.
     */
    private static final CharKeyedMap<List<String>> SUFFIXES_BY_FIRST = new CharKeyedMap<>();

    static {
        for (String suffix : SUFFIXES) {
            SUFFIXES_BY_FIRST.computeIfAbsent(suffix.charAt(0), ArrayList::new).add(suffix);
        }
    }

    private ZoneNames() {
    }

    /** The official name and its press abbreviation (高新技术产业开发区 → 高新区, 经济技术开发区 → 经开区). */
    static Set<String> spellings(String official) {
        Set<String> names = new LinkedHashSet<>();
        names.add(official);
        names.add(official.replace("高新技术产业开发区", "高新区").replace("经济技术开发区", "经开区")
                .replace("经济开发区", "经开区"));
        return names;
    }

    /** {@code name} without a leading full or short name of {@code region}. */
    static String stripPrefix(String name, Region region) {
        if (name.startsWith(region.name())) {
            return name.substring(region.name().length());
        }
        String stem = ShortNames.of(region).orElse(null);
        return stem != null && name.startsWith(stem) ? name.substring(stem.length()) : name;
    }

    /** True when a zone name, once its suffix is taken off, still has a name of its own of two or more characters. */
    static boolean hasOwnStem(String name) {
        for (String suffix : SUFFIXES) {
            if (name.endsWith(suffix)) {
                return name.length() - suffix.length() >= 2;
            }
        }
        return name.length() >= 2;
    }

    /**
     * The length of a zone or hub name that continues a place name ending at {@code from}: up to six characters of
     * its own then a zone suffix (呼和浩特|科技城, 和林格尔|人才科创中心); 0 when none follows.
     */
    static int extension(CharSequence text, int from) {
        for (int middle = 0; middle <= MAX_MIDDLE && from + middle < text.length(); middle++) {
            if (middle > 0 && BREAKS.contains(text.charAt(from + middle - 1))) {
                return 0;
            }
            List<String> suffixes = SUFFIXES_BY_FIRST.get(text.charAt(from + middle));
            int suffix = suffixes == null ? 0 : suffixAt(text, from + middle, suffixes);
            if (suffix > 0) {
                return middle + suffix;
            }
        }
        return 0;
    }

    /** The length of the first of {@code suffixes} written at {@code at}, 0 when none is. */
    private static int suffixAt(CharSequence text, int at, List<String> suffixes) {
        for (String suffix : suffixes) {
            if (startsWith(text, at, suffix)) {
                return suffix.length();
            }
        }
        return 0;
    }

    private static boolean startsWith(CharSequence text, int at, String prefix) {
        if (at + prefix.length() > text.length()) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            if (text.charAt(at + i) != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
