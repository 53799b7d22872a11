package io.talentatlas.analysis.regions;

import io.talentatlas.analysis.text.CharSet;

/**
 * Rejects lexicon matches that the surrounding characters show are not place names: 本市/全市 inside 资本市场 or
 * 全市场, and a two-character short name that is a person's given name right after a common surname (王金华, 李长春)
 * unless an administrative suffix follows (李长春市 cannot be a person).
 */
final class SurfaceGuards {

    /** Common single-character surnames that rarely end a word standing before a place name. */
    private static final CharSet SURNAMES = CharSet.of("王李张刘陈杨黄赵吴周徐孙马朱胡郭林罗郑梁宋唐许韩冯邓曹彭肖董袁潘蒋蔡吕沈"
            + "姚卢崔钟谭汪廖贾韦邹孟熊秦邱尹薛闫侯陶毛郝龚邵覃莫孔汤");
    private static final CharSet SUFFIXES = CharSet.of("市区县州盟省旗");

    private SurfaceGuards() {
    }

    /** True when the match of {@code text[start, end)} is not a place name here. */
    static boolean rejects(CharSequence text, int start, int end, RegionLexicon.Match match) {
        return marketWord(text, end, match) || givenName(text, start, end, match);
    }

    private static boolean marketWord(CharSequence text, int end, RegionLexicon.Match match) {
        if (end >= text.length() || text.charAt(end) != '场') {
            return false;
        }
        return match.entries().stream().anyMatch(e -> e.kind() == NameKind.HOME_CITY);
    }

    private static boolean givenName(CharSequence text, int start, int end, RegionLexicon.Match match) {
        boolean afterSurname = start > 0 && SURNAMES.contains(text.charAt(start - 1));
        if (!afterSurname || match.length() != 2) {
            return false;
        }
        boolean suffixFollows = end < text.length() && SUFFIXES.contains(text.charAt(end));
        return !suffixFollows && match.entries().stream().allMatch(e -> e.kind() == NameKind.SHORT);
    }
}
